"""``township-console coverage optimise`` on the demo township with the villages' population as demand
and the high hazard zones left out of the candidates (the desk's rules, headless)."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest
import shapely

from console.cli import main
from layers.planning.candidates import hazard_zones


def _run(demo_township, out, *more) -> int:
    gpkg = str(demo_township)
    return main(["coverage", "optimise", "--candidates", f"{gpkg}:facilities", "--range", "1500",
                 "--sites", "4", "--out", str(out), *more])


def test_the_villages_population_is_the_demand(demo_township, tmp_path, capsys):
    villages = gpd.read_file(demo_township, layer="villages")
    out = tmp_path / "plan.gpkg"
    assert _run(demo_township, out, "--demand-villages", f"{demo_township}:villages") == 0
    text = capsys.readouterr().out
    total = float(villages["population"].sum())
    assert f"demand: {total:g} persons of {len(villages)} villages" in text
    demand = pyogrio.read_dataframe(out, layer="demand")
    # every village's people are in its own cells, inside its boundary
    per_village = demand.groupby("village_code")["weight"].sum()
    expected = villages.set_index(villages["village_code"].astype(str))["population"].astype(float)
    assert per_village.reindex(expected.index).to_numpy() == pytest.approx(expected.to_numpy())
    inside = gpd.sjoin(demand.to_crs(villages.crs), villages[["village_code", "geometry"]],
                       predicate="within", how="left")
    assert (inside["village_code_left"].astype(str) == inside["village_code_right"].astype(str)).mean() > 0.99
    covered = demand.loc[demand["covered"] == 1, "weight"].sum()
    assert 0 < covered < total and f"demand covered: {covered:g} of {total:g}" in text
    # the demand is one or the other, and the population field must be there
    assert _run(demo_township, out, "--demand-villages", f"{demo_township}:villages",
                "--demand", f"{demo_township}:households") == 2
    assert "one of them" in capsys.readouterr().err
    assert _run(demo_township, out, "--demand-villages", f"{demo_township}:villages",
                "--population", "people") == 2
    assert "no such field" in capsys.readouterr().err
    assert _run(demo_township, out) == 2


def test_high_hazard_zones_are_left_out(demo_township, tmp_path, capsys):
    hazards = gpd.read_file(demo_township, layer="hazard_zones")
    facilities = gpd.read_file(demo_township, layer="facilities")
    high = hazard_zones(hazards, "high", crs=facilities.crs)
    in_high = int(facilities.geometry.intersects(high).sum())
    assert 0 < in_high < len(facilities)
    households = f"{demo_township}:households"

    free = tmp_path / "free.gpkg"
    assert _run(demo_township, free, "--demand", households, "--weight", "persons") == 0
    free_text = capsys.readouterr().out
    chosen = pyogrio.read_dataframe(free, layer="sites").to_crs(facilities.crs)
    assert chosen.geometry.intersects(high).any()   # unconstrained, the valley floor wins

    safe = tmp_path / "safe.gpkg"
    assert _run(demo_township, safe, "--demand", households, "--weight", "persons",
                "--avoid", f"{demo_township}:hazard_zones") == 0
    text = capsys.readouterr().out
    assert f"{len(facilities) - in_high} of {len(facilities)} candidates outside the high hazard zones" in text
    chosen = pyogrio.read_dataframe(safe, layer="sites").to_crs(facilities.crs)
    assert len(chosen) == 4 and not chosen.geometry.intersects(high).any()

    def covered(t):
        return float(t.split("demand covered: ")[1].split(" of")[0])

    assert covered(text) <= covered(free_text)
    # another level: the medium zones; a level no zone has leaves every candidate in
    assert _run(demo_township, safe, "--demand", households, "--avoid", f"{demo_township}:hazard_zones",
                "--avoid-level", "nowhere") == 0
    assert f"{len(facilities)} of {len(facilities)} candidates outside" in capsys.readouterr().out
    assert _run(demo_township, safe, "--demand", households, "--avoid", f"{demo_township}:hazard_zones",
                "--avoid-field", "danger") == 2
    assert "no 'danger' field" in capsys.readouterr().err
    assert shapely.get_num_geometries(high) >= 1
