"""The signal levels as the village table's mobile service, beside the coverage's other services, and the
high hazard zones that candidates keep out of (no Qt), on a DEM checked by hand: a flat valley floor split
by a high wall, a tower west of it, a loudspeaker east of it."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.planning.desk_work import Demand, coverage_task
from layers.planning.site_layer import sites_of
from tests.layers.test_planning_radio_preview import _x, _y, wall_dem  # noqa: F401 — wall_dem: fixture


def _demand() -> Demand:
    # west of the wall 300 m from the tower (signal), east behind it (no signal), east by the loudspeaker
    xy = np.array([[_x(80), _y(100)], [_x(150), _y(100)], [_x(170), _y(40)]])
    return Demand(xy, np.array([4.0, 3.0, 5.0]), np.array(["W", "E", "E"], dtype=object), {"W": "西", "E": "东"},
                  rows=np.arange(3))


def _sites() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kind": ["tower", "loudspeaker"], "height_m": [20.0, 5.0], "eirp_dbm": [30.0, np.nan],
                             "range_m": [1000.0, 200.0]},
                            geometry=[shapely.Point(_x(50), _y(100)), shapely.Point(_x(170), _y(45))],
                            crs="EPSG:4549")


def test_the_signal_is_the_mobile_service_beside_the_coverages_others(wall_dem):  # noqa: F811
    from layers.planning.signal import as_mobile, mobile_persons, signal_task

    demand, sites = _demand(), _sites()
    signal = signal_task(wall_dem, sites_of(sites.iloc[[0]]), demand)
    assert list(signal.services) == ["mobile"] and signal.covered.tolist() == [True, False, False]
    assert mobile_persons(signal) == 4.0
    alone = as_mobile(signal)                   # no coverage: mobile is the only service
    assert alone.table["mobile_covered_persons"].sum() == 4.0 and "warning_covered_persons" not in alone.table
    coverage = coverage_task(wall_dem, sites_of(sites), demand)
    assert coverage.services["warning"].tolist() == [False, False, True]
    both = as_mobile(signal, coverage)
    table = both.table.set_index("village_code")
    assert table.loc["W", "mobile_covered_persons"] == 4 and table.loc["E", "mobile_covered_persons"] == 0
    assert table.loc["E", "warning_covered_persons"] == 5 and table.loc["E", "all_covered_persons"] == 5
    assert both.covered.tolist() == [True, False, True]
    assert both.for_service("mobile").table["covered_persons"].sum() == 4.0
    assert both.for_service("warning").table["covered_persons"].sum() == 5.0
    # the coverage's own mobile (line of sight) does not replace the signal's
    seen = coverage.services["mobile"].copy()
    coverage.services["mobile"] = np.ones(3, dtype=bool)
    assert as_mobile(signal, coverage).services["mobile"].tolist() == [True, False, False]
    coverage.services["mobile"] = seen
    # a coverage of other demand (another chooser) lends nothing
    other = Demand(demand.xy[:2], demand.weights[:2], demand.villages[:2], demand.names)
    coverage.demand = other
    assert list(as_mobile(signal, coverage).services) == ["mobile"]


def test_the_high_hazard_zones_leave_candidates_out():
    from layers.planning.candidates import candidate_rules, hazard_zones, rules_kept

    zones = gpd.GeoDataFrame({"level": ["high", "medium", "High "]},
                             geometry=[shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 10),
                                       shapely.box(40, 0, 50, 10)], crs="EPSG:4549")
    points = np.array([[5.0, 5.0], [25.0, 5.0], [45.0, 5.0], [60.0, 5.0]])
    high = hazard_zones(zones)
    assert rules_kept(points, excluded=high).tolist() == [False, True, False, True]
    assert candidate_rules(points, excluded=high).tolist() == [[25.0, 5.0], [60.0, 5.0]]
    assert rules_kept(points, excluded=hazard_zones(zones, "medium")).tolist() == [True, False, True, True]
    assert hazard_zones(zones, "none") is None and hazard_zones(zones.iloc[:0]) is None
    moved = hazard_zones(zones, crs="EPSG:4326")
    assert moved.bounds[2] < 180                 # in the CRS asked for
    with pytest.raises(ValueError, match="no 'danger' field"):
        hazard_zones(zones, field="danger")


def test_the_drag_preview_counts_each_service_apart(wall_dem):  # noqa: F811
    from layers.planning.drag_preview import preview_task

    demand, sites = _demand(), _sites()
    full = coverage_task(wall_dem, sites_of(sites), demand)
    preview = preview_task(wall_dem, sites_of(sites), demand)
    assert list(preview.services) == ["mobile", "warning"]
    for service in ("mobile", "warning"):   # the wall and the distances are plain on the coarse grid too
        assert preview.services[service].tolist() == full.services[service].tolist()
    mobile = preview.for_service("mobile")
    assert mobile.table["covered_persons"].sum() == 4.0 and mobile.counts is preview.service_counts["mobile"]
    assert preview.for_service("warning").table["covered_persons"].sum() == 5.0
