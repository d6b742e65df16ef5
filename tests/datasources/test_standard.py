"""The township data standard: the real files of ../shared/data/real get reports naming their real
problems; the demo township conforms; conforming a file with a mapping gives a layer in the standard;
hostile input ends in typed errors."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from datasources.errors import DataSourceError
from datasources.standard.checks import validate_file, validate_frame
from datasources.standard.conform import Mapping, conform, suggest_mapping, write_conformed
from datasources.standard.report import write_report
from datasources.standard.schema import load_standard, standard_versions
from datasources.store.models import KINDS
from datasources.vector import open_vector
from layers.code_lists import CODE_LISTS
from tests.conftest import ROOT

DEMO = ROOT / "resources" / "demo" / "township.gpkg"


def _layer_findings(report, check):
    rows = report.findings[(report.findings["check"] == check) & report.findings["row"].isna()]
    return dict(zip(rows["field"], rows["message"], strict=True))


def test_the_standard_names_the_stores_fields_and_codes():
    standard = load_standard()
    assert standard_versions()[-1] == standard.version == "1.0"
    assert set(standard.kinds) == {"villages", "households", "facilities", "sensors", "hazard_zones",
                                   "incidents", "planned_sites"}
    for kind, spec in standard.kinds.items():
        if kind in KINDS:  # the store keeps the same fields under the same names
            columns = set(KINDS[kind].__table__.columns.keys())
            assert set(spec.names) <= columns, (kind, set(spec.names) - columns)
        assert all(f.zh and f.en for f in spec.fields)
    for name, codes in standard.code_lists.items():  # the labels the console shows
        assert {c.code: (c.zh, c.en) for c in codes}.items() <= CODE_LISTS[name].items()
    assert standard.crs_conforms("EPSG:4490") and standard.crs_conforms("EPSG:4549")
    assert standard.crs_conforms("EPSG:4513") and standard.crs_conforms("EPSG:4554")
    assert not standard.crs_conforms("EPSG:4326") and not standard.crs_conforms("EPSG:4555")


@pytest.mark.parametrize("kind", ["villages", "households", "facilities", "hazard_zones"])
def test_the_demo_township_conforms(kind):
    report = validate_file(DEMO, kind)
    assert report.layer == kind and report.conforms, report.errors.to_dict("records")[:5]
    assert report.feature_count == pyogrio.read_info(DEMO, layer=kind)["features"]


def test_demo_incidents_are_refused_for_their_personal_fields():
    report = validate_file(DEMO, "incidents")
    assert not report.conforms
    assert set(_layer_findings(report, "personal_field")) == {"reporter_name", "reporter_phone",
                                                              "reporter_id_number"}


@pytest.mark.realdata
def test_taiwan_villages_against_the_villages_standard(real_data):
    report = validate_file(real_data / "tw/twVillage1982.topo.json", "villages")
    missing = _layer_findings(report, "missing_field")
    assert set(missing) == {"village_code", "name_zh"}
    assert "'VILLAGEID'" in missing["village_code"] and "'VILLAGENAM'" in missing["name_zh"]
    assert "EPSG:4326" in _layer_findings(report, "crs_assumed")["geometry"]
    assert report.checks()["geometry_null"] == 468  # TopoJSON objects without arcs
    assert report.checks()["geometry_invalid"] == 8
    assert not report.conforms and report.rows_with_errors == 476


@pytest.mark.realdata
def test_hainan_without_prj_and_cpg(real_data):
    report = validate_file(real_data / "cn_gcj02_noprj/海南省.shp", "villages")
    assert "EPSG:4490 was assumed" in _layer_findings(report, "crs_assumed")["geometry"]
    assert "utf-8" in _layer_findings(report, "encoding_guessed")[""]
    notes = report.findings.loc[report.findings["check"] == "reader_note", "message"]
    assert notes.str.contains("GCJ-02").any()
    missing = _layer_findings(report, "missing_field")
    assert "'adcode'" in missing["village_code"] and "'name'" in missing["name_zh"]
    assert report.checks("error") == {"missing_field": 2, "crs_assumed": 1}


def test_a_gbk_shapefile_with_chinese_headers_is_conformed(tmp_path):
    frame = pyogrio.read_dataframe(DEMO, layer="villages").to_crs(4326)
    frame = frame.rename(columns={"village_code": "村代码", "name_zh": "村名", "population": "人口",
                                  "households": "户数", "area_km2": "面积"})
    with pytest.warns(RuntimeWarning):  # name_pinyin is cut to 10 characters
        pyogrio.write_dataframe(frame, tmp_path / "村界.shp", encoding="gbk")
    (tmp_path / "村界.prj").unlink()
    (tmp_path / "村界.cpg").unlink()
    report = validate_file(tmp_path / "村界.shp", "villages")
    assert "gb18030" in _layer_findings(report, "encoding_guessed")[""]
    assert set(_layer_findings(report, "missing_field")) == {"village_code", "name_zh"}
    source = open_vector(tmp_path / "村界.shp")
    mapping = suggest_mapping(source.data, "villages")
    assert mapping.fields == {"village_code": "村代码", "name_zh": "村名", "name_pinyin": "name_pinyi",
                              "population": "人口", "households": "户数", "area_km2": "面积"}
    out, lost = conform(source.data, Mapping("villages", mapping.fields, source_crs="EPSG:4490",
                                             target_crs="EPSG:4549"), source.crs)
    assert lost == [] and out.crs.to_epsg() == 4549
    write_conformed(out, tmp_path / "villages.gpkg", "villages")
    again = validate_file(tmp_path / "villages.gpkg", "villages")
    assert again.conforms, again.errors.to_dict("records")[:5]
    assert pyogrio.read_info(tmp_path / "villages.gpkg")["layer_metadata"]["township_standard"] == "1.0"
    back = pyogrio.read_dataframe(tmp_path / "villages.gpkg")
    assert back["name_zh"].tolist() == pyogrio.read_dataframe(DEMO, layer="villages")["name_zh"].tolist()


@pytest.mark.realdata
def test_iligan_flood_zones_against_hazard_zones_and_conformed(real_data, tmp_path):
    path = real_data / "hazard/iligan/iligan_flood_hazard.geojson.gz"
    source = open_vector(path)
    report = validate_file(path, "hazard_zones")
    missing = _layer_findings(report, "missing_field")
    assert set(missing) == {"hazard", "level"} and "'FloodSusc'" in missing["level"]
    assert "EPSG:4326" in _layer_findings(report, "crs_not_standard")["geometry"]
    assert report.checks()["geometry_invalid"] == 748
    assert report.checks()["outside_china"] == 830  # Mindanao
    mapping = suggest_mapping(source.data, "hazard_zones")
    assert mapping.fields["level"] == "FloodSusc"
    assert mapping.codes["level"] == {"HF": "", "LF": "", "MF": "", "VHF": ""}  # the user says
    mapping.constants["hazard"] = "flood"
    mapping.codes["level"] = {"VHF": "high", "HF": "high", "MF": "medium", "LF": "low"}
    out, lost = conform(source.data, mapping, source.crs)
    assert lost[0] == "748 invalid geometries were made valid"
    assert out.crs.to_epsg() == 4490 and set(out["level"]) == {"high", "medium", "low"}
    assert out["hazard"].eq("flood").all()
    after = validate_frame(out, "hazard_zones", "EPSG:4490")
    assert set(after.checks("error")) <= {"outside_china", "geometry_null", "geometry_invalid"}
    assert after.checks()["outside_china"] > 800 and after.checks().get("geometry_invalid", 0) <= 2


@pytest.mark.realdata
def test_evacuation_centres_against_facilities(real_data):
    report = validate_file(real_data / "facilities/ph_evacs_raw.geojson", "facilities")
    types = report.findings[report.findings["check"] == "geometry_type"]
    assert set(types["value"]) == {"Polygon", "MultiPolygon", "LineString"} and len(types) == 1480
    wrong = report.findings[(report.findings["check"] == "wrong_type") & (report.findings["field"] == "capacity")]
    assert "50 families" in set(wrong["value"])
    assert len(_layer_findings(report, "extra_field")) > 200


@pytest.mark.realdata
def test_baltimore_points_have_no_crs(real_data):
    report = validate_file(real_data / "pkgdata/libpysal_baltim/baltim.shp", "households")
    assert "geometry" in _layer_findings(report, "crs_missing")
    with pytest.raises(DataSourceError, match="no coordinate system"):
        conform(open_vector(real_data / "pkgdata/libpysal_baltim/baltim.shp").data, Mapping("households"), None)


def test_values_codes_and_geometries_by_row():
    standard = load_standard()
    frame = pd.DataFrame({
        "kind": ["school", "学校", "Clinic", "castle", None],
        "name_zh": ["一小", "二小", "卫生院", "城堡", "<script>alert(1)</script>"],
        "capacity": [100, -5, 2.5, "many", np.inf],
        "antenna_height_m": [None, None, None, 500.0, None],
        "village_code": ["330122112201", "3301", None, "abc", "330122112201"],
    })
    import geopandas as gpd

    geoms = [shapely.Point(119.2, 29.6), shapely.Point(2.35, 48.85), None,
             shapely.Polygon([(119, 29), (119.1, 29), (119.1, 29.1)]), shapely.Point()]
    report = validate_frame(gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4490"), "facilities", "EPSG:4490",
                            standard)
    by = {(r.row, r.check) for r in report.findings.itertuples() if not pd.isna(r.row)}
    assert {(2, "code_not_allowed"), (3, "code_not_allowed"), (4, "code_not_allowed"),
            (5, "required_value")} <= by
    label_note = report.findings[(report.findings["row"] == 2) & (report.findings["check"] == "code_not_allowed")]
    assert "'school'" in label_note["message"].iloc[0]
    assert {(2, "out_of_range"), (3, "wrong_type"), (4, "wrong_type"), (4, "out_of_range"), (5, "out_of_range")} <= by
    assert {(2, "bad_format"), (4, "bad_format")} <= by and (3, "bad_format") not in by
    assert {(2, "outside_china"), (3, "geometry_null"), (4, "geometry_type"), (5, "geometry_empty")} <= by
    assert (1, "outside_china") not in by and not report.conforms
    out, lost = conform(report_frame := gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4490"),
                        Mapping("facilities", {c: c for c in frame.columns}), "EPSG:4490", standard)
    assert out["kind"].tolist()[:3] == ["school", "school", "clinic"]  # labels become codes
    assert out.geometry.iloc[3].geom_type == "Point" and len(out) == len(report_frame)
    assert any("capacity" in note for note in lost)


def test_report_files(tmp_path):
    report = validate_file(DEMO, "incidents")
    write_report(report, tmp_path / "r.csv")
    write_report(report, tmp_path / "r.json")
    write_report(report, tmp_path / "r.xlsx")
    csv = pd.read_csv(tmp_path / "r.csv", encoding="utf-8-sig")
    assert len(csv) == len(report.findings) and "personal_field" in set(csv["check"])
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["summary"]["conforms"] is False and len(data["findings"]) == len(report.findings)
    sheets = pd.read_excel(tmp_path / "r.xlsx", sheet_name=None)
    assert set(sheets) == {"summary", "findings"} and len(sheets["findings"]) == len(report.findings)
    with pytest.raises(DataSourceError, match="'.txt'"):
        write_report(report, tmp_path / "r.txt")


def test_hostile_input(tmp_path):
    bad = tmp_path / "v.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [' + "[" * 5000, encoding="utf-8")
    with pytest.raises(DataSourceError):
        validate_file(bad, "villages")
    (tmp_path / "m.json").write_text('{"kind": ["villages"], "codes": 3}', encoding="utf-8")
    with pytest.raises(DataSourceError, match="not a mapping"):
        Mapping.load(tmp_path / "m.json")
    (tmp_path / "s.json").write_text('{"version": "9", "kinds": {}}', encoding="utf-8")
    with pytest.raises(DataSourceError, match="not a data standard"):
        load_standard(path=tmp_path / "s.json")
    with pytest.raises(DataSourceError, match="no data standard of version 0.1"):
        load_standard("0.1")
    with pytest.raises(KeyError, match="kinds: villages"):
        validate_file(DEMO, "roads")
    with pytest.raises(DataSourceError, match="GeoPackage"):
        write_conformed(pyogrio.read_dataframe(DEMO, layer="villages"), tmp_path / "x.shp", "villages")
    from datasources.errors import FileTooLarge
    from datasources.options import ReadOptions

    big = tmp_path / "villages.geojson"
    pyogrio.write_dataframe(pyogrio.read_dataframe(DEMO, layer="villages"), big)
    with pytest.raises(FileTooLarge):  # JSON beyond what may be parsed whole: refused before reading
        validate_file(big, "villages", options=ReadOptions(max_bytes=10_000))


@pytest.mark.realdata
def test_features_outside_the_township(real_data):
    from datasources.standard.checks import township_area

    area = township_area(DEMO)
    assert validate_file(DEMO, "households", township=area).conforms
    report = validate_file(real_data / "cn_gcj02_noprj/海南省.shp", "villages", township=area)
    assert report.checks()["outside_township"] == 27 and "outside_china" not in report.checks()
    moved = pyogrio.read_dataframe(DEMO, layer="facilities")
    moved.loc[:4, "geometry"] = moved.geometry[:5].translate(30_000, 0)  # 30 km east: beyond the township
    report = validate_frame(moved, "facilities", "EPSG:4549", township=area)
    assert report.findings.loc[report.findings["check"] == "outside_township", "row"].tolist() == [1, 2, 3, 4, 5]


def test_a_check_stops_when_cancelled():
    from datasources.errors import Cancelled
    from datasources.feedback import Feedback

    seen = []
    feedback = Feedback(lambda fraction, message: seen.append(message),
                        lambda: any(m.startswith("Checking") for m in seen))
    with pytest.raises(Cancelled):
        validate_file(DEMO, "households", feedback=feedback)
    assert seen[-1] == "Checking household_id"  # stopped at the first field, nothing more reported


def test_columns_named_in_pinyin_are_suggested():
    from datasources.standard.conform import suggest_fields

    spec = load_standard().kind("villages")
    found = suggest_fields(spec, ["HUJIRENKOU", "CMC", "ZHS", "OBJECTID", "VILL_CODE"])
    # full pinyin of 户籍人口, initials of 村名称 and of 总户数; a cut or spelled-out name
    assert found == {"population": "HUJIRENKOU", "name_zh": "CMC", "households": "ZHS",
                     "village_code": "VILL_CODE"}
