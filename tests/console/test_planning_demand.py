"""The planning desk in the real window on the demo township: the village table per service (a tower, a
loudspeaker and a fibre cabinet counted apart; the gap map follows the service chosen), and the villages'
population as demand, chosen above the table or taken when the project has no households (pytest-qt)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from tests.console.test_planning_desk import HILL, PASSWORD, _window, township  # noqa: F401

pytest.importorskip("pytestqt")


def _add(desk, kind: str, x: float, y: float, **values) -> None:
    values = {"kind": kind, "status": "built", "name": kind, "geom": shapely.Point(x, y), **values}
    assert desk.edits._do(lambda: desk.edits.history.add("planned_sites", values)) is not None


def test_services_apart_and_village_population_as_demand(township, qtbot):  # noqa: F811
    store, project = township
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk = window.desks["planning"]
    _add(desk, "tower", *HILL, height_m=35.0)
    _add(desk, "loudspeaker", HILL[0] + 200, HILL[1] + 100)
    roads = next(lay for lay in window.project.layers if lay.source_name == "roads").data
    on_road = roads.geometry.iloc[0].interpolate(0.5, normalized=True)
    _add(desk, "fibre_cabinet", on_road.x, on_road.y)
    desk.coverage_of_all()
    qtbot.waitUntil(lambda: desk.coverage is not None and desk.coverage.sites == 3, timeout=120_000)
    result = desk.coverage
    assert set(result.services) == {"mobile", "warning", "broadband"}
    assert all(mask.any() for mask in result.services.values())
    assert not (result.services["mobile"] == result.services["broadband"]).all()
    box = desk.table.service_box
    assert [box.itemData(i) for i in range(box.count())] == ["all", "mobile", "broadband", "warning"]

    desk.show_gap_map()
    box.setCurrentIndex(box.findData("broadband"))      # the table, the gap map and the list follow
    assert desk.coverage.service == "broadband" and not desk.coverage_layer.counts.any()  # cable: no cells
    assert desk.coverage.covered.sum() == result.services["broadband"].sum() < result.covered.sum()
    shown = desk.table.frame
    assert shown["covered_households"].sum() == result.services["broadband"].sum()
    gap = desk.gap_layer.data.set_index("village_code")["uncovered_persons"]
    left = shown.set_index("village_code")["uncovered_persons"].round().astype(int)
    assert (gap.loc[left.index] == left).all()
    assert desk.export_table(desk.workbench.project.path.parent / "services.csv").stat().st_size > 0

    # the villages' population, chosen above the table: the coverage is computed again for it
    desk.table.set_demand("villages")
    qtbot.waitUntil(lambda: desk.coverage.demand.source == "villages", timeout=120_000)
    villages = desk._villages
    assert desk.coverage.persons == pytest.approx(float(villages["population"].sum()))
    assert desk.coverage.service == "broadband" and not desk.table.households_button.isEnabled()
    assert desk.table.frame["households"].sum() == pytest.approx(villages["households"].sum(), abs=len(villages))

    # no households layer at all: the households choice counts the villages' population too
    desk.table.set_demand("households")
    qtbot.waitUntil(lambda: desk.coverage.demand.source == "households", timeout=120_000)
    homes = next(lay for lay in window.project.layers if lay.source_name == "households")
    window.project.layers.remove(homes)
    desk.coverage_of_all()
    qtbot.waitUntil(lambda: desk.coverage.demand.source == "villages", timeout=120_000)
    assert np.isclose(desk.coverage.persons, float(villages["population"].sum()))
