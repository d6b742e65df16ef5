"""Exports: GeoPackage 1.3, RFC 7946 GeoJSON, Excel-safe CSV, all atomic."""

from __future__ import annotations

import csv
import json
import sqlite3

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

from datasources import writers
from datasources.errors import Cancelled, CRSUnknown, WriteFailed
from datasources.source import PROBLEM_COLUMN
from datasources.tables import read_table
from datasources.writers import neutralise_cell, write_csv, write_geojson, write_geopackage


def _villages(crs="EPSG:4490") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"村名": ["李家村", "王家村", "=cmd|' /C calc'!A0"], "户数": [120, 80, 3],
         "备注": ["-12.5", "+1+1", "@SUM(A1)"], PROBLEM_COLUMN: ["", "", "row 4: x missing"]},
        geometry=[shapely.Point(113.25, 23.5), shapely.Point(113.5, 23.6), None], crs=crs)


def _zones() -> gpd.GeoDataFrame:
    ring = shapely.Polygon([(500000, 3000000), (500000, 3001000), (501000, 3001000),
                            (501000, 3000000)])  # clockwise
    multi = shapely.MultiPolygon([shapely.box(502000, 3000000, 503000, 3001000),
                                  shapely.box(504000, 3000000, 505000, 3001000)])
    return gpd.GeoDataFrame({"等级": ["高", "中", "低", "高", "中"]},
                            geometry=[ring, multi, ring, multi, ring], crs="EPSG:4547")


def _sql(path, query):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_geopackage_is_version_1_3_and_passes_its_checks(tmp_path):
    path = write_geopackage(_villages(), tmp_path / "村.gpkg", "villages")
    assert _sql(path, "PRAGMA application_id")[0][0] == 0x47504B47
    assert _sql(path, "PRAGMA user_version")[0][0] == 10300
    assert _sql(path, "PRAGMA integrity_check")[0][0] == "ok"
    assert _sql(path, "PRAGMA foreign_key_check") == []
    back = gpd.read_file(path, layer="villages")
    assert back["村名"].tolist()[:2] == ["李家村", "王家村"] and PROBLEM_COLUMN not in back.columns
    assert back.crs.to_epsg() == 4490 and back.geometry.isna().tolist() == [False, False, True]
    kept = gpd.read_file(write_geopackage(_villages(), tmp_path / "k.gpkg", "v", keep_problem=True))
    assert kept[PROBLEM_COLUMN].tolist()[2] == "row 4: x missing"


def test_geopackage_written_in_chunks_keeps_one_geometry_type(tmp_path, monkeypatch):
    monkeypatch.setattr(writers, "CHUNK_ROWS", 2)
    seen = []
    path = write_geopackage(_zones(), tmp_path / "zones.gpkg", "zones",
                            progress=lambda f, m: seen.append(f))
    info = pyogrio.read_info(path, layer="zones")
    assert info["features"] == 5 and info["geometry_type"] == "MultiPolygon"
    assert len(seen) == 4 and seen == sorted(seen) and seen[-1] == 1.0


def test_appending_keeps_other_layers_and_reprojects(tmp_path):
    path = tmp_path / "project.gpkg"
    write_geopackage(_villages(), path, "villages")
    write_geopackage(_zones(), path, "zones", append_to_existing=True)
    assert sorted(pyogrio.list_layers(path)[:, 0]) == ["villages", "zones"]
    write_geopackage(_villages().to_crs("EPSG:4547"), path, "villages", append_to_existing=True)
    back = gpd.read_file(path, layer="villages")
    assert len(back) == 6
    np.testing.assert_allclose(back.geometry.x.iloc[3], 113.25, atol=1e-7)
    assert _sql(path, "PRAGMA integrity_check")[0][0] == "ok"
    fresh = write_geopackage(_zones(), tmp_path / "project.gpkg", "zones")
    assert list(pyogrio.list_layers(fresh)[:, 0]) == ["zones"]


@pytest.mark.parametrize("writer", ["gpkg", "geojson", "csv"])
def test_a_failure_midway_leaves_the_previous_file_byte_identical(tmp_path, writer, monkeypatch):
    monkeypatch.setattr(writers, "CHUNK_ROWS", 2)
    path = tmp_path / f"out.{writer}"
    write = {"gpkg": lambda g, **k: write_geopackage(g, path, "zones", **k),
             "geojson": lambda g, **k: write_geojson(g, path, **k),
             "csv": lambda g, **k: write_csv(g, path, **k)}[writer]
    write(_zones())
    before = path.read_bytes()
    half_written = []

    def failing_progress(fraction, message):
        if 0.5 <= fraction < 1.0:  # after some rows went into the temporary file
            half_written.extend(p.name for p in tmp_path.iterdir() if p != path)
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError, match="disk is full"):
        write(_villages(), progress=failing_progress)
    assert path.read_bytes() == before and half_written  # a partial file existed, then went
    with pytest.raises(Cancelled):
        write(_villages(), is_cancelled=lambda: True)
    assert path.read_bytes() == before
    refused = _villages()
    refused["complex"] = [1 + 2j, 3j, 0j]  # a column type no driver takes
    if writer != "csv":
        with pytest.raises(WriteFailed, match="could not be written"):
            write(refused)
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary files left


def test_geojson_is_rfc7946_in_wgs84(tmp_path):
    path = write_geojson(_zones(), tmp_path / "zones.geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "crs" not in doc and len(doc["features"]) == 5
    assert doc["features"][0]["properties"] == {"等级": "高"}
    back = gpd.read_file(path)
    assert back.total_bounds[0] == pytest.approx(114.0, abs=0.1)
    assert back.total_bounds[1] == pytest.approx(27.1, abs=0.1)
    assert shapely.is_ccw(back.geometry.iloc[0].exterior)  # outer rings counter-clockwise
    ring = doc["features"][0]["geometry"]["coordinates"][0]
    assert all(len(str(v).split(".")[-1]) <= 7 for point in ring for v in point)
    with pytest.raises(CRSUnknown, match="no CRS"):
        write_geojson(_zones().set_crs(None, allow_override=True), tmp_path / "x.geojson")


def test_csv_opens_in_excel_with_formulas_neutralised(tmp_path):
    path = write_csv(_villages(), tmp_path / "村.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["WKT", "村名", "户数", "备注"]
    assert rows[1] == ["POINT (113.25 23.5)", "李家村", "120", "-12.5"]
    assert rows[2][3] == "'+1+1"
    assert rows[3] == ["", "'=cmd|' /C calc'!A0", "3", "'@SUM(A1)"]


def test_csv_with_xy_columns_round_trips_through_read_table(tmp_path):
    path = write_csv(_villages(), tmp_path / "points.csv", geometry="xy", keep_problem=True)
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header == ["村名", "户数", "备注", PROBLEM_COLUMN, "lon", "lat"]
    source = read_table(path)
    assert source.data.geometry.iloc[0].coords[0] == (113.25, 23.5)
    assert source.data.geometry.isna().tolist() == [False, False, True]
    planar = write_csv(_villages().to_crs("EPSG:4547"), tmp_path / "gk.csv", geometry="xy")
    assert planar.read_text(encoding="utf-8-sig").splitlines()[0].endswith(",x,y")
    with pytest.raises(WriteFailed, match="only hold points"):
        write_csv(_zones(), tmp_path / "zones.csv", geometry="xy")
    assert not (tmp_path / "zones.csv").exists()


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-", "'-"), ("@home", "'@home"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-12.5", "-12.5"), ("+3", "+3"), ("-1e5", "-1e5"),
    ("李家村", "李家村"), ("", ""), (-12.5, -12.5), (7, 7), (None, None), ("a=b", "a=b"),
])
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected
