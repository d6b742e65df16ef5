"""The window fits a 1366x768 laptop: started as a user starts it (first start, logged in to the demo store),
its frame, menu and status bar lie on the available screen, the map keeps at least 45 % of the window, and
every dialog of the menus (and the village performance window) opens within the screen.

Checked twice, each in a process of its own (``tests/console/fit_probe.py``): on a real X screen (Xvfb with
the xcb platform, as a user's desktop; skipped when Xvfb is not installed) and on Qt's offscreen platform
given a 1366x768 screen (always).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_session import demo_store_copy

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1366, 768
MAP_SHARE = 0.45


@pytest.fixture(scope="module")
def xvfb_display():
    """A display number of an Xvfb of our own, 1366x768, stopped after the module."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (make system-deps installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def demo(demo_township, demo_project, tmp_path_factory) -> list[str]:
    """The probe's arguments: the demo project and a copy of the demo store with its keys."""
    store, keys = demo_store_copy(demo_township, tmp_path_factory.mktemp("store"))
    return ["--project", str(demo_project), "--store", str(store), "--keys", str(keys)]


def _probe(env: dict, lang: str, demo: list[str]) -> dict:
    env = {**os.environ, **env}
    done = subprocess.run([sys.executable, "-m", "tests.console.fit_probe", "--dialogs", "--lang", lang,
                           *demo], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def _check(report: dict) -> None:
    area = report["available"]
    assert area[2] <= WIDTH and area[3] <= HEIGHT, report["screen"]
    assert report["maximized"], "the first start fills the screen"
    for part in ("window", "menu_bar", "status_bar", "canvas"):
        assert _inside(report[part], area), (part, report[part], area)
    for name, rect in report["docks"].items():
        if rect[0] >= 0:  # docks tabbed behind another one are parked off-screen by Qt
            assert _inside(rect, area), (name, rect)
    assert report["canvas_share"] >= MAP_SHARE, report["canvas_share"]
    dialogs = report["dialogs"]
    assert len(dialogs) >= 8, [d["action"] for d in dialogs]
    assert any(d["class"] == "VillageStatsPanel" for d in dialogs)
    outside = [(d["action"], d["frame"]) for d in dialogs if not _inside(d["frame"], area)]
    assert not outside, outside


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_fits_a_laptop_screen_under_xvfb(xvfb_display, demo, lang):
    _check(_probe({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}, lang, demo))


@pytest.mark.parametrize("lang", ["en"])
def test_fits_a_laptop_screen_offscreen(tmp_path, demo, lang):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    _check(_probe({"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}, lang, demo))
