"""A scenario made the proposed sites (what changes in the store: approved and built sites kept, the
others made proposed where the scenario put them, missing ones added, proposed sites left out back to
drafts) and a plan written out: its sites to a GeoPackage layer with its QML style in ``layer_styles``,
its coverage per village to a CSV whose Chinese Excel reads (BOM, labels above the field names)."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from layers.planning.plan_export import (
    summary_rows,
    village_rows,
    write_plan_sites,
    write_village_csv,
)
from layers.planning.scenarios import Scenario, proposal
from layers.qml import style_from_qml

CRS = "EPSG:4549"


def _planned() -> gpd.GeoDataFrame:
    frame = pd.DataFrame({"kind": ["tower", "tower", "camera", "tower"], "name": ["甲", "乙", "丙", "丁"],
                          "status": ["approved", "draft", "proposed", "proposed"], "height_m": [30.0, 25.0, 6.0, 20.0],
                          "village_code": ["V1", "V1", "V2", "V2"], "cost": [1.0, 2.0, 3.0, 4.0],
                          "version": [3, 1, 2, 5]}, index=pd.Index([1, 2, 3, 4], name="id"))
    points = [shapely.Point(500000 + 100 * i, 3000000) for i in range(4)]
    return gpd.GeoDataFrame(frame, geometry=points, crs=CRS)


def test_a_scenario_becomes_the_proposed_sites():
    planned = _planned()
    scenario = Scenario.of("两座加一", planned.loc[[1, 2]])
    sites = [dict(s) for s in scenario.sites]
    sites[1]["x"] += 250.0  # the draft stood elsewhere when the scenario was kept
    sites.append({"id": 99, "kind": "tower", "name": "新塔", "status": "proposed", "village_code": "V2",
                  "height_m": 40.0, "cost": 7.5, "x": 501000.0, "y": 3000500.0})  # its site is gone since
    scenario = Scenario(scenario.name, CRS, tuple(sites))
    plan = proposal(scenario, planned)
    assert plan.kept == [1]  # approved: kept as it is, where it is
    [(site, changes, version)] = plan.updated
    assert site == 2 and version == 1 and changes["status"] == "proposed"
    assert changes["geom"].equals(shapely.Point(500100 + 250.0, 3000000))
    [added] = plan.added
    assert added["status"] == "proposed" and added["name"] == "新塔" and added["cost"] == 7.5
    assert sorted(plan.withdrawn) == [(3, 2), (4, 5)] and plan.count == 4
    assert scenario.cost == 1.0 + 2.0 + 7.5
    # the scenario through the store's rows and back
    rows = pd.DataFrame(scenario.store_sites())
    again = Scenario.from_store(scenario.name, rows, CRS)
    def filled(sites):
        return [{k: v for k, v in site.items() if v is not None} for site in sites]

    assert filled(again.sites) == filled(scenario.sites) and len(again.sites[0]) == len(again.sites[2])


def test_a_plan_is_written_for_qgis_and_excel(tmp_path):
    scenario = Scenario.of("方案一", _planned())
    path = write_plan_sites(scenario, tmp_path / "plan.gpkg", {"proposed": "拟建"})
    sites = gpd.read_file(path, layer="plan_sites")
    assert list(sites["name"]) == ["甲", "乙", "丙", "丁"] and sites.crs.to_epsg() == 4549
    assert set(sites["scenario"]) == {"方案一"} and list(sites["site_id"]) == [1, 2, 3, 4]
    assert {name for name, _ in pyogrio.list_layers(path)} >= {"plan_sites", "layer_styles"}
    with sqlite3.connect(path) as con:
        table, qml, default = con.execute("SELECT f_table_name, styleQML, useAsDefault FROM layer_styles").fetchone()
    style = style_from_qml(qml)
    assert table == "plan_sites" and default == 1 and style.field == "status"
    assert {c.value: c.label for c in style.classes}["proposed"] == "拟建"

    table = pd.DataFrame({"village_code": ["V1", "V2", "V3"], "village": ["青溪村", "石门村", "空村"],
                          "households": [10, 5, 1], "covered_households": [8, 1, 0],
                          "uncovered_households": [2, 4, 1], "persons": [30.0, 14.0, 2.0],
                          "covered_persons": [25.0, 3.0, 0.0], "uncovered_persons": [5.0, 11.0, 2.0],
                          "share_covered": [25 / 30, 3 / 14, 0.0]})
    rows = village_rows(scenario, table)
    assert list(rows["sites"]) == [2, 2, 0] and list(rows["cost"]) == [3.0, 7.0, 0.0]
    assert list(rows["share_covered"]) == [83.3, 21.4, 0.0]
    out = write_village_csv(rows, tmp_path / "villages.csv", {"village": "行政村", "persons": "人口"})
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "行政村".encode() in raw.splitlines()[0]
    back = pd.read_csv(out, header=1, encoding="utf-8-sig")
    assert list(back["village"]) == ["青溪村", "石门村", "空村"] and back["covered_persons"].sum() == 28
    totals = summary_rows(scenario, rows)
    assert totals["sites"] == 4 and totals["cost"] == 10.0 and totals["covered"] == 28.0 and totals["persons"] == 46.0
