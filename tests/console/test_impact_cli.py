"""``township-console impact`` end to end: the demo township from its GeoPackage and from its store, a
real flood file, CSV and XLSX with a header row people read above the field names."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import argon2
import geopandas as gpd
import pyogrio
import pytest

from console.cli import main

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def _expected(demo, **where):
    homes = gpd.read_file(demo, layer="households")
    zones = gpd.read_file(demo, layer="hazard_zones")
    for column, value in where.items():
        zones = zones[zones[column] == value]
    inside = gpd.sjoin(homes, zones[["geometry"]], predicate="intersects").index.unique()
    return len(inside), int(homes.loc[inside, "persons"].sum())


def test_impact_csv_and_routes_from_the_demo(demo_township, tmp_path, capsys):
    out = tmp_path / "impact.csv"
    routes = tmp_path / "routes.gpkg"
    status = main(["impact", "--gpkg", str(demo_township), "--hazard", "hazard_zones",
                   "--where", "hazard=flood", "level=high", "--out", str(out), "--routes", str(routes)])
    assert status == 0
    printed = capsys.readouterr().out
    households, persons = _expected(demo_township, hazard="flood", level="high")
    assert f"{households} households, {persons} people to move" in printed
    rows = _csv(out)
    assert rows[0][:3] == ["村代码", "行政村", "村名 (拼音)"] and rows[1][:3] == ["village_code", "village",
                                                                         "village_en"]
    total = dict(zip(rows[1], rows[-1], strict=True))
    assert total["village_code"] == "total" and total["village"] == "合计"
    assert int(total["affected_households"]) == households
    assert int(total["displaced_persons"]) == persons
    assert len(rows) == 2 + 22 + 1
    homes = _csv(tmp_path / "impact_households.csv")
    assert homes[1][:3] == ["household_id", "village_code", "persons"] and len(homes) == 2 + households
    shelters = _csv(tmp_path / "impact_shelters.csv")
    assert len(shelters) == 2 + 10 and "over_capacity" in shelters[1]
    layers = {name for name, _ in pyogrio.list_layers(routes)}
    assert layers == {"routes", "affected_households", "shelters"}
    assert pyogrio.read_info(routes, layer="routes")["features"] == households


@pytest.mark.realdata
def test_impact_xlsx_in_english_from_a_real_hazard_file(demo_township, real_data, tmp_path, capsys):
    import openpyxl

    # a real flood map from elsewhere: nothing of the township lies in it, and the command says so
    out = tmp_path / "impact.xlsx"
    status = main(["impact", "--gpkg", str(demo_township), "--hazard",
                   str(real_data / "hazard/iligan/iligan_flood_hazard.geojson.gz"), "--out", str(out),
                   "--lang", "en"])
    assert status == 0
    printed = capsys.readouterr().out
    assert "0 villages affected: 0 households, 0 people to move" in printed
    assert "repaired (make_valid)" in printed
    book = openpyxl.load_workbook(out, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0][:2] == ["Village code", "Village"] and rows[1][:2] == ["village_code", "village"]
    assert rows[-1][0] == "total" and rows[-1][rows[1].index("households")] == 21600
    repairs = tmp_path / "impact_repairs.xlsx"
    assert repairs.exists()


def test_impact_from_the_store(demo_township, tmp_path, monkeypatch):
    from datasources.store import TownshipStore

    store_file = tmp_path / "township.gpkg"
    shutil.copy(ROOT / "resources/demo/qingxi.township.gpkg", store_file)
    assert main(["db", "upgrade", str(store_file)]) == 0       # the demo store may predate the schema
    store = TownshipStore(store_file, hasher=argon2.PasswordHasher(time_cost=1, memory_cost=1024,
                                                                     parallelism=1))
    store.create_administrator("wang", "qingxi-2024")
    store.engine.dispose()
    out = tmp_path / "landslide.csv"
    monkeypatch.setenv("TOWNSHIP_PASSWORD", "qingxi-2024")
    status = main(["impact", "--store", str(store_file), "--user", "wang", "--gpkg", str(demo_township),
                   "--hazard", "hazard_zones", "--where", "hazard=landslide", "--out", str(out)])
    assert status == 0
    total = dict(zip(_csv(out)[1], _csv(out)[-1], strict=True))
    households, persons = _expected(demo_township, hazard="landslide")
    assert (int(total["affected_households"]), int(total["displaced_persons"])) == (households, persons)


def test_impact_refusals(demo_township, tmp_path, capsys):
    assert main(["impact", "--gpkg", str(demo_township), "--hazard", "hazard_zones", "--where",
                 "hazard=tsunami", "--out", str(tmp_path / "x.csv")]) == 2
    assert "no hazard polygons match hazard=tsunami" in capsys.readouterr().err
    assert main(["impact", "--gpkg", str(demo_township), "--hazard", "nowhere", "--out",
                 str(tmp_path / "x.csv")]) == 2
    assert "neither a file nor a layer" in capsys.readouterr().err
    assert main(["impact", "--gpkg", str(demo_township), "--hazard", "hazard_zones", "--out",
                 str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.csv").exists()


def test_impact_as_a_process(demo_township, tmp_path):
    out = tmp_path / "t.csv"
    done = subprocess.run([sys.executable, "-m", "console", "impact", "--gpkg", str(demo_township),
                           "--hazard", "hazard_zones", "--where", "level=high", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "people to move" in done.stdout and out.exists()


def test_impact_with_a_walking_limit(demo_township, tmp_path, capsys):
    out = tmp_path / "walk.csv"
    assert main(["impact", "--gpkg", str(demo_township), "--hazard", "hazard_zones", "--where",
                 "level=high", "--max-walk", "150", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    total = dict(zip(_csv(out)[1], _csv(out)[-1], strict=True))
    unreachable = int(total["unreachable_households"])
    assert 0 < unreachable < int(total["affected_households"])
    assert f"households with no road to a shelter: {unreachable};" in printed
    homes = _csv(tmp_path / "walk_households.csv")
    columns = homes[1]
    far = [dict(zip(columns, row, strict=True)) for row in homes[2:]]
    assert all(r["reachable"] == "False" for r in far if float(r["snap_m"]) > 150)
