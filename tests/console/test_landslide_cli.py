"""``township-console landslide`` as the emergency desk runs it on the demo township's storm."""

from __future__ import annotations

import csv

import pyogrio

from console.cli import main

STORM = "2025-06-21T20:00:00+08:00"


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_landslide_during_the_storm(demo_township, tmp_path, capsys):
    out = tmp_path / "warning.csv"
    assert main(["landslide", "--gpkg", str(demo_township), "--at", STORM, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"146 landslide zones at {STORM}: Red (I) 123, Orange (II) 23")
    rows = _csv(out)
    assert rows[0][:3] == ["风险区编号", "灾害类型", "风险等级"] and rows[1][:3] == ["zone", "hazard", "level"]
    table = [dict(zip(rows[1], row, strict=True)) for row in rows[2:]]
    assert len(table) == 146 and {r["hazard"] for r in table} == {"landslide"}
    red = [r for r in table if r["warning"] == "red"]
    assert len(red) == 123 and all(r["cause"].endswith("(red)") for r in red)
    assert all(r["gauge"].startswith("RG-") for r in table)


def test_landslide_thresholds_readings_file_and_map_layer(demo_township, tmp_path, capsys):
    # the county's own thresholds, readings from a CSV, the warning as a map layer
    readings = tmp_path / "rain.csv"
    readings.write_text("sensor_code,time,parameter,value\n"
                        f"RG-01,{STORM},rain,35\nRG-02,{STORM},rain,1\nRG-03,{STORM},rain,1\n"
                        f"RG-04,{STORM},rain,1\n", encoding="utf-8")
    out = tmp_path / "warning.gpkg"
    assert main(["landslide", "--gpkg", str(demo_township), "--readings", str(readings), "--method",
                 "nearest", "--threshold", "low:1=10,20,30,40", "--out", str(out)]) == 0
    warned = pyogrio.read_dataframe(out, layer="landslide_warning")
    at_rg01 = warned[warned["gauge"] == "RG-01"]
    assert len(at_rg01) and (warned[warned["gauge"] != "RG-01"]["warning"] == "none").all()
    # 35 mm in an hour: high zones yellow (30 of 20,30,40,50), medium blue (25 of 25,37.5,50,62.5), low
    # orange by the county's 10,20,30,40 (by default a low zone would need 30 for blue)
    expected = {"high": "yellow", "medium": "blue", "low": "orange"}
    for level, warning in expected.items():
        zones = at_rg01[at_rg01["level"] == level]
        assert len(zones) and (zones["warning"] == warning).all()
    capsys.readouterr()
    assert main(["landslide", "--gpkg", str(demo_township), "--threshold", "high:24=bad", "--out",
                 str(tmp_path / "x.csv")]) == 2
    assert "LEVEL:HOURS=B,Y,O,R" in capsys.readouterr().err
    assert main(["landslide", "--gpkg", str(demo_township), "--threshold", "high:24=90,80,100,150",
                 "--out", str(tmp_path / "x.csv")]) == 2
    assert "four increasing" in capsys.readouterr().err
    assert main(["landslide", "--gpkg", str(demo_township), "--at", "2025-06-21T20:00", "--out",
                 str(tmp_path / "x.csv")]) == 2
    assert "no UTC offset" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
