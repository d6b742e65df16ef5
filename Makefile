# Township Console: set-up, run, test, benchmark.
# `make run` and `make test` work on a fresh Debian 12 / Ubuntu machine: they first install the system packages
# that are missing (as root, or through sudo after saying what and why; `make system-deps` installs them all).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO := resources/demo/township.gpkg
DEMO_PROJECT := resources/demo/qingxi.project.gpkg
DEMO_STORE := resources/demo/qingxi.township.gpkg
export QT_QPA_PLATFORM ?= offscreen

SYSTEM_PACKAGES := xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-wqy-microhei imagemagick python3-qgis \
	postgresql-15 postgresql-15-postgis-3 python3-venv mosquitto \
	gdal-bin chromium chromium-driver poppler-utils

.PHONY: run test system-deps system-check venv demo bench screenshot translations lint clean pg-start \
	pg-stop stress compiled

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $@

venv: $(VENV)/.installed

system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES)

# The missing ones of SYSTEM_PACKAGES only (one dpkg-query when none is missing); needs only python3.
system-check:
	@$(PYTHON) -m console.preflight --system $(SYSTEM_PACKAGES)

$(DEMO): $(VENV)/.installed resources/scripts/build_demo.py $(wildcard resources/scripts/demo_parts/*.py)
	$(PY) -m resources.scripts.build_demo --out resources/demo

$(DEMO_PROJECT): $(DEMO) resources/scripts/demo_project.py layers/township.py
	$(PY) -m resources.scripts.demo_project resources/demo

$(DEMO_STORE): $(DEMO) resources/scripts/demo_store.py $(wildcard datasources/store/*.py) \
		$(wildcard datasources/store/migrations/versions/*.py)
	$(PY) -m resources.scripts.demo_store resources/demo

demo: $(DEMO_PROJECT) $(DEMO_STORE)

translations: $(VENV)/.installed
	$(PY) -m console.i18n build

# The project's modules compiled once, as pip does for an installed package (an editable install is not
# compiled, and where PYTHONDONTWRITEBYTECODE is set every start compiled 300 modules again: 0.2 s).
# Up to date in a few milliseconds.
compiled: $(VENV)/.installed
	$(PY) -m compileall -q -j 0 console widgets layers datasources resources benchmarks > /dev/null

run: system-check $(VENV)/.installed $(DEMO_PROJECT) $(DEMO_STORE) translations compiled
	$(PY) -m console.preflight
	QT_QPA_PLATFORM= $(VENV)/bin/township-console --db $(DEMO_STORE) --key-dir resources/demo/keys \
		$(DEMO_PROJECT)

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

test: system-check $(VENV)/.installed $(DEMO_PROJECT) $(DEMO_STORE) translations compiled lint
	# tests/datasources and tests/layers run with Qt blocked: proof that the models need no GUI.
	$(PY) -m pytest -q -p no:pytest-qt -p tests.no_qt tests/datasources tests/layers
	$(PY) -m pytest -q tests --ignore=tests/datasources --ignore=tests/layers

# A throwaway PostgreSQL 15 + PostGIS server on 127.0.0.1 for the tests (prints its URL).
pg-start:
	bash resources/scripts/pg_server.sh start

pg-stop:
	bash resources/scripts/pg_server.sh stop

# Crash and concurrency proofs at scale: 100 SIGKILLs of a console saving to a .gpkg store, and 1000 rounds
# of two consoles editing the same PostGIS features (plus 2 x 500 edits in two threads), and 20 consoles
# logged in as their own database users filing, walking, reading and exporting reports for 2 minutes, and
# 10 stops and kills of the MQTT broker while the live feed receives readings. Without
# TOWNSHIP_PG_URL a throwaway server of its own is started (own folder and port) and stopped after.
# Each test may take up to 30 minutes here (100 kills of a console take about 5 minutes on a quiet machine).
STRESS_PG := TOWNSHIP_PG_DIR=$${TMPDIR:-/tmp}/township-pg-stress TOWNSHIP_PG_PORT=54359
stress: $(VENV)/.installed
	@start=$$(date +%s); started=; url="$$TOWNSHIP_PG_URL"; report=$$(mktemp); \
	trap 'rm -f "$$report"; if [ -n "$$started" ]; then $(STRESS_PG) bash resources/scripts/pg_server.sh stop; fi' EXIT; \
	trap 'exit 130' INT TERM; \
	if [ -z "$$url" ]; then url=$$($(STRESS_PG) bash resources/scripts/pg_server.sh start) || exit 1; started=1; fi; \
	TOWNSHIP_PG_URL="$$url" TOWNSHIP_STRESS_REPORT="$$report" TOWNSHIP_CRASH_KILLS=100 \
		TOWNSHIP_STRESS_EDITS=1000 TOWNSHIP_LOAD_CONSOLES=20 TOWNSHIP_LOAD_SECONDS=120 TOWNSHIP_FEED_STRESS=1 \
		$(PY) -m pytest -q -s --timeout=1800 -p no:pytest-qt -p tests.no_qt \
		-p no:cacheprovider tests/datasources/test_store_crash.py \
		tests/datasources/test_store_concurrency.py tests/datasources/test_pg_load.py \
		tests/datasources/test_feeds_mqtt.py::test_stress_10_broker_restarts; \
	status=$$?; echo; echo "== make stress: $$(( $$(date +%s) - start )) s"; cat "$$report"; \
	exit $$status

bench: $(VENV)/.installed $(DEMO) $(DEMO_PROJECT) compiled
	$(PY) -m benchmarks

screenshot: $(VENV)/.installed $(DEMO_PROJECT) $(DEMO_STORE) translations compiled
	bash resources/scripts/screenshot.sh docs/screenshot.png
	$(PY) -m resources.scripts.screenshot_desk docs/incident_desk.png
	bash resources/scripts/screenshots.sh docs/screenshots

clean:
	rm -rf $(VENV) resources/demo build *.egg-info
