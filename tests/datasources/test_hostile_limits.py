"""Hostile files that used to end in a Python error (RecursionError, OverflowError, a full disk) end in one
clear sentence, or are read with a safe default."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing

import pandas as pd
import pytest

from datasources.errors import Damaged
from datasources.project_file import SETTINGS_TABLE, load_project, save_project
from datasources.tiles import MBTiles
from layers.expression import ExpressionError, evaluate
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, fill_township, make_store, reopen

FRAME = pd.DataFrame({"a": [1, 2, 3], "name": ["x", "y", "z"]})


@pytest.mark.parametrize("text", ["(" * 5000 + "a = 1" + ")" * 5000, "not " * 5000 + "a = 1",
                                  "(" * 5000])
def test_a_5000_deep_filter_is_refused_in_a_sentence(text):
    with pytest.raises(ExpressionError, match="more than 100 deep"):
        evaluate(text, FRAME)


def test_filters_nesting_as_people_write_them_still_work():
    assert evaluate("not (not (a = 1 or (a = 2 and name = 'y')))", FRAME).tolist() == [True, True, False]
    assert evaluate("(" * 100 + "a = 3" + ")" * 100, FRAME).tolist() == [False, False, True]


@pytest.mark.parametrize("maxzoom", ["9" * 5000, "1e999", "-1e999", "nan"])
def test_an_mbtiles_with_an_absurd_maxzoom_opens_with_the_zooms_it_has(tmp_path, maxzoom):
    path = tmp_path / "hostile.mbtiles"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                    "tile_data BLOB)")
        con.executemany("INSERT INTO metadata VALUES (?, ?)",
                        [("maxzoom", maxzoom), ("minzoom", maxzoom), ("format", "png")])
        con.commit()
    with MBTiles(path) as tiles:
        assert 0 <= tiles.minzoom <= tiles.maxzoom <= 30


def test_a_project_with_5000_deep_settings_is_refused_in_a_sentence(tmp_path):
    path = save_project(tmp_path / "deep.gpkg", [], {"crs": "EPSG:4326"})
    with closing(sqlite3.connect(path)) as con:
        con.execute(f'UPDATE "{SETTINGS_TABLE}" SET value = ? WHERE key = ?', ("[" * 5000 + "]" * 5000, "crs"))
        con.execute(f'INSERT OR REPLACE INTO "{SETTINGS_TABLE}" (key, value) VALUES (?, ?)',
                    ("layers", '"not a list"'))
        con.commit()
    with pytest.raises(Damaged, match="project settings cannot be read"):
        load_project(path)
    with closing(sqlite3.connect(path)) as con:
        con.execute(f'UPDATE "{SETTINGS_TABLE}" SET value = ? WHERE key = ?', ('"EPSG:4326"', "crs"))
        con.commit()
    with pytest.raises(Damaged, match="list of layers is not valid"):
        load_project(path)


FULL_DISK_CHILD = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
from console.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_full_disk_during_a_backup_is_one_sentence(tmp_path):
    import subprocess

    from tests.datasources.store_kit import ROOT

    store = make_store(tmp_path)
    fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    store.engine.dispose()
    out = tmp_path / "backups" / "full.gpkg"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, "db", "backup",
                           str(tmp_path / "township.gpkg"), str(out)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "full.gpkg: " in done.stderr and "could not be written" in done.stderr
    assert list(out.parent.iterdir()) == []  # no half backup, no private folder left


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_full_disk_during_an_import_is_one_sentence_and_files_nothing(tmp_path):
    import subprocess

    from tests.datasources.store_kit import ROOT, X0, Y0, audit_count
    from tests.datasources.test_incident_import import lonlat

    store = make_store(tmp_path)
    fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    before = audit_count(store)
    with store.engine.connect() as con:
        reports = con.exec_driver_sql("SELECT count(*) FROM incidents").scalar()
    store.engine.dispose()
    lon, lat = lonlat(X0 + 100, Y0 + 100)
    many = tmp_path / "hotline.csv"
    many.write_text("category,description,lon,lat\n" + "".join(
        f"noise,{'广场舞噪音扰民' * 40} {n},{lon},{lat}\n" for n in range(3000)), encoding="utf-8")
    store_size = (tmp_path / "township.gpkg").stat().st_size
    child = FULL_DISK_CHILD.replace("64 * 1024", str(store_size + 256 * 1024))
    done = subprocess.run([sys.executable, "-c", child, "incidents", "import", str(many),
                           "--db", str(tmp_path / "township.gpkg"), "--user", ADMIN,
                           "--key-dir", str(tmp_path / "keys")],
                          capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**__import__("os").environ, "TOWNSHIP_PASSWORD": ADMIN_PASSWORD})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "the disk is full or cannot be written" in done.stderr, done.stderr
    again = reopen(store)
    with again.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM incidents").scalar() == reports
    with again.engine.connect() as con:
        events = con.exec_driver_sql("SELECT event FROM audit_events WHERE seq > ?", (before,)).scalars()
        assert set(events) == {"login"}  # nothing of the import
    assert again.login(ADMIN, ADMIN_PASSWORD).audit.verify() == []
