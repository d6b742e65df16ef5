"""Hostile and broken files, all made here: each gives a typed error naming the file, never a crash."""

from __future__ import annotations

import gzip
import os
import zipfile

import geopandas as gpd
import pyogrio
import pytest
import shapely

from datasources.errors import Damaged, DataSourceError, FileTooLarge, Unsafe, UnsupportedFormat
from datasources.formats import json_depth, sniff_format
from datasources.options import ReadOptions
from datasources.vector import list_layers, open_vector


def _frame(n=50):
    pts = shapely.points([(113 + i / 1000, 30 + i / 1000) for i in range(n)])
    return gpd.GeoDataFrame({"name": [f"户{i}" for i in range(n)]}, geometry=pts, crs="EPSG:4490")


def _expect(error, path, **kwargs):
    with pytest.raises(error) as info:
        open_vector(path, ReadOptions(**kwargs))
    err = info.value
    assert str(err).startswith(f"{path.name}:"), "the message names the file"
    assert err.problem and err.advice, "says what is wrong and what to do"
    return err


def test_zip_bomb_is_refused_from_the_central_directory(tmp_path):
    bomb = tmp_path / "villages.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("villages.geojson", b" " * (8 << 20))
    err = _expect(Unsafe, bomb)
    assert "zip bomb" in err.problem
    with pytest.raises(Unsafe):
        list_layers(bomb)


def test_archive_total_size_limit_is_configurable(tmp_path):
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.geojson", os.urandom(600_000))
        zf.writestr("b.geojson", os.urandom(600_000))
    _expect(FileTooLarge, path, max_unpacked=1_000_000)


@pytest.mark.parametrize("member", ["../../evil.shp", "/etc/evil.shp", "ok/../../evil.geojson"])
def test_member_paths_outside_the_archive_are_unsafe(tmp_path, member):
    path = tmp_path / "data.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, b"\x00\x00\x27\x0a" + b"\x00" * 96)
    err = _expect(Unsafe, path)
    assert "outside the archive" in err.problem


def test_gzip_bomb_and_cut_gzip(tmp_path):
    bomb = tmp_path / "zones.geojson.gz"
    bomb.write_bytes(gzip.compress(b'{"type": "FeatureCollection", "features": [' + b" " * (16 << 20)))
    _expect(Unsafe, bomb)
    cut = tmp_path / "cut.geojson.gz"
    full = gzip.compress(_frame().to_json().encode())
    cut.write_bytes(full[: len(full) // 2])
    _expect(Damaged, cut)


VRT = """<OGRVRTDataSource><OGRVRTLayer name="wells">
<SrcDataSource>{src}</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>"""


def test_vrt_is_refused_unless_allowed(tmp_path):
    target = tmp_path / "wells.gpkg"
    pyogrio.write_dataframe(_frame(), target, layer="wells")
    vrt = tmp_path / "wells.vrt"
    vrt.write_text(VRT.format(src=target))
    assert sniff_format(vrt) == "OGR_VRT"
    _expect(Unsafe, vrt)
    disguised = tmp_path / "wells.geojson"
    disguised.write_text(VRT.format(src="/etc/passwd"))
    _expect(Unsafe, disguised)
    zipped = tmp_path / "wells.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("wells.vrt", VRT.format(src="/etc/passwd"))
    _expect(Unsafe, zipped)
    allowed = open_vector(vrt, ReadOptions(allow_references=True))
    assert allowed.feature_count == 50 and allowed.data["name"].iloc[0] == "户0"


def test_deeply_nested_json_is_refused_without_recursion(tmp_path):
    deep = tmp_path / "deep.geojson"
    deep.write_bytes(b'{"type": "FeatureCollection", "features": ' + b"[" * 100_000
                     + b"]" * 100_000 + b"}")
    err = _expect(Unsafe, deep)
    assert "nested" in err.problem
    hidden = tmp_path / "deep2.geojson"
    hidden.write_bytes(gzip.compress(deep.read_bytes()))
    _expect(Unsafe, hidden)
    zipped = tmp_path / "deep.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(deep, "deep.geojson")
    _expect(Unsafe, zipped)


def test_json_depth_ignores_brackets_inside_strings_and_split_escapes():
    assert json_depth([b'{"a": "[[[[\\"[[", "b": [1, [2]]}']) == 3
    assert json_depth([b'{"a": "x\\', b'\\", "b": [[["', b'"]]]}']) == 4


def test_json_larger_than_allowed_is_too_large(tmp_path):
    path = tmp_path / "villages.geojson"
    path.write_text(_frame(200).to_json())
    err = _expect(FileTooLarge, path, max_bytes=10_000)
    assert "GeoPackage" in err.advice
    assert open_vector(path).feature_count == 200


def test_damaged_geopackage_gives_a_typed_error(tmp_path):
    path = tmp_path / "villages.gpkg"
    pyogrio.write_dataframe(_frame(5000), path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle: middle + 40_000] = os.urandom(40_000)
    path.write_bytes(bytes(data))
    try:
        src = open_vector(path)
    except DataSourceError as exc:  # SQLite refused the damaged pages
        assert str(exc).startswith("villages.gpkg:")
    else:  # SQLite read what survived: the damage is reported, not hidden
        assert any("damaged" in w for w in src.warnings)
    cut = tmp_path / "cut.gpkg"
    cut.write_bytes(path.read_bytes()[:3000])
    _expect(DataSourceError, cut)


def test_broken_shapefiles(tmp_path):
    path = tmp_path / "wells.shp"
    pyogrio.write_dataframe(_frame(), path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size - 300)
    err = _expect(Damaged, path)
    assert "cut short" in err.problem
    pyogrio.write_dataframe(_frame(), path)
    path.with_suffix(".shx").unlink()
    assert ".shx" in _expect(Damaged, path).problem
    pyogrio.write_dataframe(_frame(), tmp_path / "w2.shp")
    (tmp_path / "w2.dbf").unlink()
    assert ".dbf" in _expect(Damaged, tmp_path / "w2.shp").problem


def test_cut_geojson_empty_file_and_image_named_geojson(tmp_path):
    text = _frame().to_json()
    cut = tmp_path / "cut.geojson"
    cut.write_text(text[: len(text) // 2])
    _expect(Damaged, cut)
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    assert "empty" in _expect(Damaged, empty).problem
    png = tmp_path / "map.geojson"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    err = _expect(UnsupportedFormat, png)
    assert "PNG" in err.problem
    with pytest.raises(UnsupportedFormat):
        sniff_format(png)
    junk = tmp_path / "notes.dat"
    junk.write_bytes(os.urandom(500))
    _expect(UnsupportedFormat, junk)


def test_random_garbage_behind_known_names_never_escapes_untyped(tmp_path):
    for name in ("a.gpkg", "b.shp", "c.fgb", "d.kml", "e.geojson", "f.zip", "g.kmz", "h.osm.pbf"):
        path = tmp_path / name
        path.write_bytes(os.urandom(2048))
        with pytest.raises(DataSourceError):
            open_vector(path)
