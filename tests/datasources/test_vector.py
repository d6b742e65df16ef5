"""Vector readers on files made here: formats, archives, validity flags, progress and cancel."""

from __future__ import annotations

import gzip
import json
import zipfile

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

from datasources.errors import Cancelled, DataSourceError
from datasources.feedback import Feedback
from datasources.formats import sniff_format
from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN
from datasources.validity import flag_problems, geometries_from_wkb, lenient_from_wkb
from datasources.vector import list_layers, open_vector, open_vectors

VILLAGES = ["东村", "西村", "南村"]


def _villages(crs="EPSG:4490"):
    polys = [shapely.box(113 + i * 0.1, 30, 113.05 + i * 0.1, 30.05) for i in range(3)]
    return gpd.GeoDataFrame({"name": VILLAGES, "households": [120, 85, 230]}, geometry=polys, crs=crs)


def _wells():
    pts = shapely.points([(113.01, 30.01), (113.11, 30.02)])
    return gpd.GeoDataFrame({"name": ["一号井", "二号井"]}, geometry=pts, crs="EPSG:4490")


def test_geopackage_lists_and_opens_every_layer(tmp_path):
    path = tmp_path / "township.gpkg"
    pyogrio.write_dataframe(_villages(), path, layer="villages")
    pyogrio.write_dataframe(_wells(), path, layer="wells", append=True)
    infos = list_layers(path)
    assert [(i.name, i.feature_count, i.crs) for i in infos] == [
        ("villages", 3, "EPSG:4490"), ("wells", 2, "EPSG:4490")]
    assert infos[0].geometry_type == "Polygon" and infos[1].geometry_type == "Point"
    sources = open_vectors(path)
    assert [s.layer for s in sources] == ["villages", "wells"]
    assert sources[1].data["name"].tolist() == ["一号井", "二号井"]
    one = open_vector(path, ReadOptions(layer="wells"))
    assert one.feature_count == 2 and one.driver == "GPKG" and not one.crs_assumed
    first = open_vector(path)
    assert first.layer == "villages" and any("2 layers" in w for w in first.warnings)
    with pytest.raises(DataSourceError, match="no layer 'roads'"):
        open_vector(path, ReadOptions(layer="roads"))


def test_zipped_shapefiles_in_subfolder_are_read_in_place(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    pyogrio.write_dataframe(_villages(), folder / "villages.shp", encoding="UTF-8")
    pyogrio.write_dataframe(_wells(), folder / "wells.shp", encoding="UTF-8")
    archive = tmp_path / "from_county.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f"data/2024/{f.name}")
    assert sniff_format(archive) == "ESRI Shapefile"
    assert sorted(i.name for i in list_layers(archive)) == ["villages", "wells"]
    villages = open_vector(archive, ReadOptions(layer="villages"))
    assert villages.data["name"].tolist() == VILLAGES
    assert villages.crs == "EPSG:4490" and villages.encoding == "utf-8"
    assert villages.path == archive
    assert not list(tmp_path.glob("data")), "nothing is extracted"
    assert {s.layer for s in open_vectors(archive)} == {"villages", "wells"}


def test_geojson_plain_gzipped_and_gzip_behind_plain_name(tmp_path):
    text = _villages("EPSG:4326").to_json().encode()
    plain = tmp_path / "villages.geojson"
    plain.write_bytes(text)
    gz = tmp_path / "villages.geojson.gz"
    gz.write_bytes(gzip.compress(text))
    hidden = tmp_path / "hidden.geojson"
    hidden.write_bytes(gzip.compress(text))
    for path in (plain, gz, hidden):
        assert sniff_format(path) == "GeoJSON"
        src = open_vector(path)
        assert src.data["name"].tolist() == VILLAGES
        assert src.crs == "EPSG:4326" and src.driver == "GeoJSON"


def test_topojson_flatgeobuf_and_kml_kmz(tmp_path):
    topo = {"type": "Topology", "arcs": [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
            "objects": {"村": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "properties": {"名": "甲村"}},
                {"type": None, "properties": {"名": "乙村"}}]}}}
    tpath = tmp_path / "villages.topojson"
    tpath.write_text(json.dumps(topo, ensure_ascii=False), encoding="utf-8")
    assert sniff_format(tpath) == "TopoJSON"
    src = open_vector(tpath)
    assert src.data["名"].tolist() == ["甲村", "乙村"]
    assert src.data[PROBLEM_COLUMN].tolist() == ["", "null geometry"]
    assert src.dropped_by_driver == 0

    fgb = tmp_path / "villages.fgb"
    pyogrio.write_dataframe(_villages(), fgb)
    assert sniff_format(fgb) == "FlatGeobuf"
    # FlatGeobuf's spatial index stores features in Hilbert order
    assert sorted(open_vector(fgb).data["households"]) == [85, 120, 230]

    kml = tmp_path / "wells.kml"
    pyogrio.write_dataframe(_wells().to_crs(4326), kml, driver="KML")
    assert sniff_format(kml) == "KML"
    assert open_vector(kml).data["Name"].tolist() == ["一号井", "二号井"]
    kmz = tmp_path / "wells.kmz"
    with zipfile.ZipFile(kmz, "w") as zf:
        zf.write(kml, "doc.kml")
    src = open_vector(kmz)
    assert src.data["Name"].tolist() == ["一号井", "二号井"] and src.crs == "EPSG:4326"


def test_misnamed_files_are_sniffed_by_content(tmp_path):
    path = tmp_path / "export.db"
    pyogrio.write_dataframe(_villages(), tmp_path / "v.gpkg")
    path.write_bytes((tmp_path / "v.gpkg").read_bytes())
    assert sniff_format(path) == "GPKG"
    assert open_vector(path).feature_count == 3


def test_gbk_shapefile_without_cpg_and_caller_override(tmp_path):
    path = tmp_path / "村界.shp"
    pyogrio.write_dataframe(_villages(), path, encoding="GBK")
    path.with_suffix(".cpg").unlink()
    src = open_vector(path)
    assert src.data["name"].tolist() == VILLAGES
    assert src.encoding == "gb18030" and src.encoding_guessed
    assert any("gb18030" in w for w in src.warnings)
    latin = open_vector(path, ReadOptions(encoding="latin-1"))  # the caller's choice wins, even a wrong one
    assert latin.encoding == "iso8859-1" and not latin.encoding_guessed
    assert latin.data["name"].tolist() != VILLAGES
    with pytest.raises(DataSourceError, match="encoding"):
        open_vector(path, ReadOptions(encoding="no-such-codec"))


@pytest.mark.parametrize("declared", ["GBK", "936", "CP936"])
def test_cpg_declarations_are_honoured(tmp_path, declared):
    path = tmp_path / "v.shp"
    pyogrio.write_dataframe(_villages(), path, encoding="GBK")
    path.with_suffix(".cpg").write_text(declared)
    src = open_vector(path)
    assert src.data["name"].tolist() == VILLAGES and not src.encoding_guessed


def test_gauss_kruger_zone_prefixed_eastings_are_inferred(tmp_path):
    pts = shapely.points([(39_500_000 + i * 1000, 3_300_000 + i * 500) for i in range(5)])
    path = tmp_path / "wells.shp"
    pyogrio.write_dataframe(gpd.GeoDataFrame({"n": range(5)}, geometry=pts), path)
    assert not path.with_suffix(".prj").exists()
    src = open_vector(path)
    assert src.crs == "EPSG:4527" and src.crs_assumed
    assert "zone 39" in src.crs_reason and src.data.crs.to_epsg() == 4527
    given = open_vector(path, ReadOptions(crs="EPSG:4547"))
    assert given.crs == "EPSG:4547" and not given.crs_assumed
    assert given.crs_reason == "given by the user"
    with pytest.raises(DataSourceError, match="not known"):
        open_vector(path, ReadOptions(crs="EPSG:999999"))


def test_planar_without_zone_uses_project_crs_hint(tmp_path):
    pts = shapely.points([(500_000 + i * 100, 3_300_000) for i in range(3)])
    path = tmp_path / "p.shp"
    pyogrio.write_dataframe(gpd.GeoDataFrame({"n": range(3)}, geometry=pts), path)
    assert open_vector(path).crs is None
    hinted = open_vector(path, ReadOptions(project_crs="EPSG:4547"))
    assert hinted.crs == "EPSG:4547" and hinted.crs_assumed


def test_bad_geometries_are_kept_and_flagged(tmp_path):
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    geoms = [shapely.box(0, 0, 1, 1), None, shapely.Polygon(), bowtie,
             shapely.Point(np.nan, np.inf), shapely.LineString([(0, 0), (1, np.nan)])]
    frame = gpd.GeoDataFrame({"id": range(6)}, geometry=geoms, crs="EPSG:4326")
    path = tmp_path / "bad.gpkg"
    pyogrio.write_dataframe(frame, path)
    src = open_vector(path)
    assert src.feature_count == 6
    probs = src.data[PROBLEM_COLUMN].tolist()
    assert probs[0] == "" and probs[1] == "null geometry" and probs[2] == "empty geometry"
    assert probs[3].startswith("Self-intersection")
    assert probs[4] == probs[5] == "non-finite coordinates"
    assert src.problem_counts["null geometry"] == 1
    assert any("5 of 6 features" in w for w in src.warnings)


def test_two_point_rings_in_geojson_are_kept_not_lost(tmp_path):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"zone": "VHF"},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}},
        {"type": "Feature", "properties": {"zone": "LF"},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
        {"type": "Feature", "properties": {"zone": "MF"}, "geometry": None}]}
    path = tmp_path / "flood.geojson"
    path.write_text(json.dumps(doc))
    src = open_vector(path)
    assert src.data["zone"].tolist() == ["VHF", "LF", "MF"]
    probs = src.data[PROBLEM_COLUMN].tolist()
    assert probs[0] == "ring with fewer than 4 points" and src.data.geometry[0] is not None
    assert probs[1] == "" and probs[2] == "null geometry"


def test_lenient_wkb_pads_short_rings():
    import struct

    wkb = struct.pack("<BIII4d", 1, 3, 1, 2, 0.0, 0.0, 1.0, 1.0)
    with pytest.raises(shapely.errors.GEOSException):
        shapely.from_wkb(wkb)
    poly = lenient_from_wkb(wkb)
    assert poly.geom_type == "Polygon" and shapely.get_num_coordinates(poly) == 4
    assert flag_problems(np.array([poly]))[0].startswith("Too few points")
    geoms, problems = geometries_from_wkb(np.array([wkb, None], dtype=object))
    assert geoms[0] == poly and geoms[1] is None
    assert problems.tolist() == ["ring with fewer than 4 points", ""]


def test_points_get_only_cheap_checks():
    pts = shapely.points(np.array([[0, 0], [1, np.nan], [2, 2]]))
    pts = np.append(pts, [None, shapely.Point()])
    assert flag_problems(pts).tolist() == ["", "non-finite coordinates", "", "null geometry",
                                           "empty geometry"]


def test_progress_reported_per_layer_and_cancel_checked(tmp_path):
    path = tmp_path / "t.gpkg"
    pyogrio.write_dataframe(_villages(), path, layer="villages")
    pyogrio.write_dataframe(_wells(), path, layer="wells", append=True)
    seen = []
    open_vectors(path, feedback=Feedback(progress=lambda f, m: seen.append((f, m))))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert sum("villages" in m for _, m in seen) == 1 and sum("wells" in m for _, m in seen) == 1
    with pytest.raises(Cancelled):
        open_vector(path, feedback=Feedback(is_cancelled=lambda: True))
    calls = []

    def cancel_on_second_layer():
        calls.append(1)
        return any("wells" in m for _, m in seen2)

    seen2 = []
    with pytest.raises(Cancelled):
        open_vectors(path, feedback=Feedback(lambda f, m: seen2.append((f, m)),
                                             cancel_on_second_layer))
    assert len(calls) >= 3


def test_tables_are_handed_to_the_table_reader(tmp_path):
    path = tmp_path / "wells.csv"
    path.write_text("name,lon,lat\n一号井,113.01,30.01\n二号井,113.11,30.02\n", encoding="utf-8")
    try:
        import datasources.tables  # noqa: F401
    except ImportError:
        with pytest.raises(DataSourceError):
            open_vector(path)
        return
    src = open_vector(path)
    assert src.feature_count == 2
