"""Files the readers used to refuse as "not a map format": UTF-32/UTF-16 tables without a byte order mark,
and a JSON array of records with coordinate fields (a real rain-gauge list); and what the libraries' own
error texts, collected from really broken files, mean in one sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from datasources.errors import DataSourceError, UnsupportedFormat
from datasources.library_text import UNKNOWN, library_sentence
from datasources.vector import open_vector

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real"
RAIN = REAL / "tw" / "tw_cwb_rain_stations_2013.json"
TABLE = "名称,经度,纬度\n一号井,116.10,39.20\n二号井,116.20,39.30\n"


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-32", "utf-16"])
def test_a_wide_unicode_table_opens_with_or_without_a_byte_order_mark(tmp_path, codec):
    path = tmp_path / "水井.csv"
    path.write_bytes(TABLE.encode(codec))
    source = open_vector(path)
    assert source.data["名称"].tolist() == ["一号井", "二号井"]
    assert source.data.geometry.x.tolist() == [116.1, 116.2]
    assert source.encoding.startswith(codec[:6]) and source.encoding_guessed


def test_binary_bytes_named_csv_are_still_refused(tmp_path):
    path = tmp_path / "坏.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DataSourceError):
        open_vector(path)


def test_a_stray_zero_byte_in_gbk_text_is_not_taken_for_utf16(tmp_path):
    from datasources.encoding import wide_unicode

    sample = ("名称,经度,纬度\n" + "青溪村水井,116.1,39.2\n" * 20).encode("gbk")
    assert wide_unicode(sample[:40] + b"\x00" + sample[40:]) is None
    assert wide_unicode(sample.decode("gbk").encode("utf-16-le")).encoding == "utf-16-le"


@pytest.mark.skipif(not RAIN.exists(), reason="the real data sets are not beside the project")
def test_the_real_rain_gauge_list_opens_as_points():
    source = open_vector(RAIN)
    data = source.data
    assert source.driver == "JSON" and len(data) == 678
    assert (data.geometry.notna()).all() and source.crs == "EPSG:4326"  # Taiwan: true lon/lat
    west, south, east, north = data.total_bounds
    assert 116 < west and east < 123 and 20 < south and north < 27  # Taiwan, Matsu and Dongsha
    assert data["name"].iloc[0] == "馬祖" and data["county"].iloc[0] == "連江縣"
    assert "01A35" in set(data["id"])  # station ids stay text
    assert data["altitude"].dtype.kind == "i"


def test_a_json_array_without_coordinates_is_refused_clearly(tmp_path):
    path = tmp_path / "名单.json"
    path.write_text('[{"name": "王", "phone": "1"}, {"name": "李", "phone": "2"}]', encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as info:
        open_vector(path)
    assert info.value.path == path and "coordinate" in info.value.message.lower()


def _reason(path: Path) -> str:
    with pytest.raises(DataSourceError) as info:
        open_vector(path)
    return info.value.params.get("reason", "")


def test_real_library_errors_are_read_as_one_plain_sentence(tmp_path, demo_project):
    whole = bytearray(demo_project.read_bytes())
    whole[100:4096] = bytes(4096 - 100)
    (tmp_path / "damaged.gpkg").write_bytes(bytes(whole))
    (tmp_path / "not a db.gpkg").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    (tmp_path / "cut.geojson").write_text('{"type":"FeatureCollection","features":[{"type":"Feature",'
                                          '"geometry":{"type":"Point","coordinates":[1,', encoding="utf-8")
    assert library_sentence(_reason(tmp_path / "damaged.gpkg")) == "the database inside the file is damaged"
    assert library_sentence(_reason(tmp_path / "not a db.gpkg")).startswith("the file is not a database")
    assert library_sentence(_reason(tmp_path / "cut.geojson")) == "the file is cut short or damaged"
    if not (os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode)):
        pytest.skip("no full-disk device here")
    device = os.open("/dev/full", os.O_WRONLY)  # never created: the device or nothing
    with pytest.raises(OSError) as full:
        try:
            os.write(device, b"x" * 10)
        finally:
            os.close(device)
    assert library_sentence(full.value) == "the disk is full"
    assert library_sentence(str(full.value)) == "the disk is full"
    with pytest.raises(FileNotFoundError) as gone:
        open(tmp_path / "gone.gpkg", "rb")
    assert library_sentence(gone.value) == "the file or folder cannot be found"
    db = tmp_path / "busy.sqlite"
    first = sqlite3.connect(db)
    first.execute("create table t(x)")
    first.commit()
    first.execute("begin exclusive")
    with pytest.raises(sqlite3.OperationalError) as locked:
        sqlite3.connect(db, timeout=0.05).execute("select * from t").fetchall()
    first.rollback()
    assert library_sentence(locked.value).startswith("another program is using the database")
    assert library_sentence(PermissionError(errno.EACCES, "Permission denied")).startswith("you have no permission")
    assert library_sentence("Invalid projection: EPSG:999999: (Internal Proj Error: proj_create: crs not found)") \
        == "the coordinate reference system is not one the program knows"
    assert library_sentence("something nobody has seen") == UNKNOWN


@pytest.mark.skipif(not RAIN.exists(), reason="the real data sets are not beside the project")
def test_township_console_info_describes_the_rain_gauges():
    from tests.datasources.store_kit import run_cli

    done = run_cli("info", RAIN)
    assert done.returncode == 0, done.stderr
    said = done.stdout
    assert "driver      JSON" in said and "features    678" in said and "geometry    Point 678" in said
    assert "name = 馬祖" in said and "longitude  Real" in said
