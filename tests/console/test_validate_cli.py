"""``township-console validate``: exit 0 when a file conforms, 1 and a report when it does not, 2 with one
sentence for unusable input; ``--conform`` writes the layer in the standard and checks that."""

from __future__ import annotations

import json

import pyogrio
import pytest

from console.cli import main
from tests.conftest import ROOT

DEMO = ROOT / "resources" / "demo" / "township.gpkg"


def test_the_demo_villages_conform(capsys):
    assert main(["validate", str(DEMO), "--kind", "villages"]) == 0
    assert "conforms to the township data standard 1.0 for villages (22 features" in capsys.readouterr().out


@pytest.mark.realdata
def test_hainan_does_not_conform_and_the_report_says_why(real_data, tmp_path, capsys):
    out = tmp_path / "report.json"
    code = main(["validate", str(real_data / "cn_gcj02_noprj/海南省.shp"), "--kind", "villages",
                 "--report", str(out)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "does not conform" in printed and "crs_assumed" in printed and "missing_field" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["conforms"] is False
    assert report["summary"]["checks"]["crs_assumed"] == 1
    assert {f["field"] for f in report["findings"] if f["check"] == "missing_field"} == {"village_code", "name_zh"}


@pytest.mark.realdata
def test_flood_zones_conformed_with_a_mapping(real_data, tmp_path, capsys):
    source = real_data / "hazard/iligan/iligan_flood_hazard.geojson.gz"
    suggested = tmp_path / "map.json"
    assert main(["validate", str(source), "--kind", "hazard_zones", "--suggest-mapping", str(suggested)]) == 1
    mapping = json.loads(suggested.read_text(encoding="utf-8"))
    assert mapping["fields"]["level"] == "FloodSusc"
    mapping["constants"] = {"hazard": "flood"}
    mapping["codes"]["level"] = {"VHF": "high", "HF": "high", "MF": "medium", "LF": "low"}
    suggested.write_text(json.dumps(mapping), encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "flood.gpkg"
    code = main(["validate", str(source), "--kind", "hazard_zones", "--conform", str(out), "--mapping",
                 str(suggested), "--report", str(tmp_path / "r.csv")])
    printed = capsys.readouterr().out
    assert code == 1  # Iligan is in the Philippines: still outside China once conformed
    assert "outside_china" in printed and "missing_field" not in printed and "code_not_allowed" not in printed
    frame = pyogrio.read_dataframe(out, layer="hazard_zones")
    assert len(frame) == 830 and set(frame["level"]) == {"high", "medium", "low"}


def test_a_conformed_file_passes(tmp_path, capsys):
    frame = pyogrio.read_dataframe(DEMO, layer="households").to_crs(4326)
    frame = frame.rename(columns={"household_id": "户号", "village_code": "村代码", "persons": "人数"})
    pyogrio.write_dataframe(frame, tmp_path / "hh.geojson")
    out = tmp_path / "hh.gpkg"
    assert main(["validate", str(tmp_path / "hh.geojson"), "--kind", "households"]) == 1
    assert main(["validate", str(tmp_path / "hh.geojson"), "--kind", "households", "--conform", str(out),
                 "--report", str(tmp_path / "r.xlsx")]) == 0
    assert "hh.gpkg (households) conforms" in capsys.readouterr().out
    assert pyogrio.read_info(out, layer="households")["crs"] == "EPSG:4490"


@pytest.mark.parametrize("args, sentence", [
    (["missing.gpkg", "--kind", "villages"], "the file does not exist"),
    ([str(DEMO), "--kind", "roads"], "the standard has no kind 'roads'"),
    ([str(DEMO), "--kind", "villages", "--report", "r.txt"], "a report cannot be written as '.txt'"),
    ([str(DEMO), "--kind", "villages", "--standard", "7.0"], "no data standard of version 7.0"),
    ([str(DEMO), "--kind", "villages", "--mapping", "m.json"], "a mapping is used only to conform"),
])
def test_bad_input_is_one_sentence(args, sentence, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["validate", *args]) == 2
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_hostile_files_are_refused(tmp_path, capsys):
    bomb = tmp_path / "v.geojson"
    bomb.write_bytes(b"\x00\xff" * 1000)
    assert main(["validate", str(bomb), "--kind", "villages"]) == 2
    mapping = tmp_path / "m.json"
    mapping.write_text('{"kind": "facilities"}', encoding="utf-8")
    assert main(["validate", str(DEMO), "--kind", "villages", "--conform", str(tmp_path / "o.gpkg"),
                 "--mapping", str(mapping)]) == 2
    assert "the mapping is for 'facilities', not 'villages'" in capsys.readouterr().err
