"""Services counted apart, village population as demand, road junctions and power lines as rules, fibre
cabinets in the optimiser: on a valley floor split by a wall (10 m cells), checked by hand.

The wall stands on column 100 of a 200 x 200 DEM. West village W (columns 0-99), east village E
(columns 101-199). A road runs along row 100 from west to east, a side road goes north from column 150:
the one junction of degree three stands at (150, 100)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from layers.planning.candidates import candidate_rules, road_coverage, road_junctions
from layers.planning.desk_work import Demand, best_sites_task, coverage_task
from layers.planning.services import services_in
from layers.planning.viewshed import Site
from layers.planning.village_demand import village_demand

X0, Y0, CELL, N = 500000.0, 3300000.0, 10.0, 200
CRS = "EPSG:4549"


def _x(col: float) -> float:
    return X0 + (col + 0.5) * CELL


def _y(row: float) -> float:
    return Y0 + N * CELL - (row + 0.5) * CELL


@pytest.fixture
def wall_dem(tmp_path):
    heights = np.full((N, N), 100.0, dtype=np.float32)
    heights[:, 100] = 400.0
    path = tmp_path / "wall.tif"
    with rasterio.open(path, "w", driver="GTiff", width=N, height=N, count=1, dtype="float32", crs=CRS,
                       transform=from_origin(X0, Y0 + N * CELL, CELL, CELL)) as dst:
        dst.write(heights, 1)
    return path


MAIN = shapely.LineString([(_x(0), _y(100)), (_x(199), _y(100))])
SIDE = shapely.LineString([(_x(150), _y(100)), (_x(150), _y(10))])
BEND = shapely.LineString([(_x(20), _y(199)), (_x(20), _y(150)), (_x(60), _y(150))])  # a bend, no junction


@pytest.fixture
def homes():
    """Three homes west (3 + 4 + 5 persons), four east (2 + 2 + 6 + 1)."""
    west = [(20, 20), (40, 150), (70, 90)]
    east = [(150, 20), (160, 100), (190, 180), (150, 60)]
    frame = gpd.GeoDataFrame({"village_code": ["W"] * 3 + ["E"] * 4, "persons": [3, 4, 5, 2, 2, 6, 1]},
                             geometry=[shapely.Point(_x(c), _y(r)) for c, r in west + east], crs=CRS)
    return Demand.of(frame, CRS, {"W": "西村", "E": "东村"})


def test_the_junction_of_three_roads_is_the_only_candidate_junction():
    points = road_junctions([MAIN, SIDE, BEND])
    assert points.tolist() == [[_x(150), _y(100)]]      # where the side road leaves the main one
    assert road_junctions([BEND]).shape == (0, 2) and road_junctions(None).shape == (0, 2)


def test_distance_to_a_power_line_is_a_rule_of_its_own():
    power = shapely.LineString([(0, 1000), (3000, 1000)])
    road = shapely.LineString([(0, 0), (3000, 0)])
    points = np.array([[100.0, 0.0], [100.0, 900.0], [100.0, 500.0], [100.0, 2000.0]])
    assert candidate_rules(points, lines=[(power, 150.0)]).tolist() == [[100.0, 900.0]]
    assert candidate_rules(points, lines=[(power, 600.0)]).tolist() == [[100.0, 900.0], [100.0, 500.0]]
    # both rules: within 600 m of the road and 600 m of the power line
    assert candidate_rules(points, None, road, 600.0, [(power, 600.0)]).tolist() == [[100.0, 500.0]]


def test_services_are_counted_apart(wall_dem, homes):
    tower = Site(_x(50), _y(100), 20.0, 0.0, kind="tower")                 # sees the west only
    speaker = Site(_x(155), _y(30), 8.0, 150.0, kind="loudspeaker")       # heard within 150 m
    cabinet = Site(_x(150), _y(100), 1.5, 850.0, kind="fibre cabinet")    # at the junction
    result = coverage_task(wall_dem, [tower, speaker, cabinet], homes, roads=[MAIN, SIDE])
    assert set(result.services) == {"mobile", "warning", "broadband"}
    assert result.services["mobile"].tolist() == [True] * 3 + [False] * 4
    # 155,30 to 150,20: 112 m; to 150,60: 304 m (out of 150 m)
    assert result.services["warning"].tolist() == [False] * 3 + [True, False, False, False]
    # by cable from the junction: (150,20) 800 m up the side road; (160,100) 100 m; (150,60) 400 m;
    # (190,180) 400 m along and 800 m to the door, (70,90) 800 m along and 100 m: too far (850 m)
    assert result.services["broadband"].tolist() == [False] * 3 + [True, True, False, True]
    assert result.covered.tolist() == [True] * 3 + [True, True, False, True]
    table = result.table.set_index("village_code")
    assert services_in(result.table) == ["all", "mobile", "broadband", "warning"]
    assert table.loc["E", "mobile_covered_persons"] == 0 and table.loc["W", "mobile_covered_persons"] == 12
    assert table.loc["E", "broadband_covered_households"] == 3 and table.loc["E", "broadband_covered_persons"] == 5
    assert table.loc["E", "warning_uncovered_persons"] == 9 and table.loc["E", "all_covered_persons"] == 5
    assert table.loc["E", "covered_persons"] == 5            # the plain columns: any service
    mobile = result.for_service("mobile")
    assert mobile.covered.tolist() == result.services["mobile"].tolist()
    assert mobile.table.set_index("village_code").loc["E", "covered_persons"] == 0
    assert mobile.table["village_code"].tolist()[0] == "E"   # the most persons left out first
    back = mobile.for_service("all")
    assert back.covered.tolist() == result.covered.tolist() and back.table.equals(result.table)
    # the cells follow the service too: the tower's line of sight, the loudspeaker's circle, no cells
    # for a cable
    warning = result.for_service("warning")
    assert mobile.counts[:, :100].any() and not mobile.counts[:, 101:].any()
    assert warning.counts.sum() == ((result.counts > 0) & ~(mobile.counts > 0)).sum()
    assert (mobile.counts + warning.counts == result.counts).all() and back.counts is result.counts
    assert not result.for_service("broadband").counts.any()


def test_village_population_is_spread_over_the_villages_cells(wall_dem):
    villages = gpd.GeoDataFrame({"village_code": ["W", "E"], "name_zh": ["西村", "东村"],
                                 "population": [1000, 300], "households": [400, 100]},
                                geometry=[shapely.box(X0, Y0, X0 + 1000, Y0 + 2000),
                                          shapely.box(X0 + 1010, Y0, X0 + 2000, Y0 + 2000)], crs=CRS)
    demand = village_demand(villages, CRS, spacing=200.0)
    assert demand.source == "villages" and demand.rows is None
    west = demand.villages == "W"
    assert west.sum() == 5 * 10 and (~west).sum() == 5 * 10      # cell centres at 100, 300 ... 900 m
    assert demand.weights[west].sum() == pytest.approx(1000) and demand.weights[~west].sum() == pytest.approx(300)
    tower = Site(_x(50), _y(100), 20.0, 0.0)
    result = coverage_task(wall_dem, [tower], demand)
    table = result.table.set_index("village_code")
    assert table.loc["W", "covered_persons"] == pytest.approx(1000) and table.loc["E", "covered_persons"] == 0
    assert table.loc["W", "households"] == 400 and table.loc["W", "covered_households"] == 400
    assert table.loc["E", "uncovered_households"] == 100 and table.loc["W", "village"] == "西村"
    with pytest.raises(ValueError, match="population"):
        village_demand(villages.drop(columns="population"), CRS)


def test_fibre_cabinets_are_chosen_by_cable_at_a_junction_and_towers_do_not_count(wall_dem, homes):
    matrix = road_coverage(homes.xy, [(_x(150), _y(100)), (_x(40), _y(100))], [850.0, 600.0], [MAIN, SIDE])
    assert matrix[:, 0].toarray().ravel().tolist() == [0, 0, 0, 1, 1, 0, 1]
    assert matrix[:, 1].toarray().ravel().tolist() == [0, 1, 1, 0, 0, 0, 0]   # (40,150) 500 m, (70,90) 400 m
    tower = Site(_x(160), _y(100), 30.0, 0.0, kind="tower")       # an existing tower sees the east
    candidates = np.vstack([road_junctions([MAIN, SIDE]), [[_x(10), _y(100)]]])

    def best(count):
        return best_sites_task(wall_dem, [tower], [], [], homes, kind="fibre_cabinet", height=1.5,
                               range_m=850.0, count=count, extra=candidates, roads=[MAIN, SIDE])

    # by cable from (10, 100): (40,150) 300 m along + 500 m, (70,90) 600 m + 100 m: 4 + 5 persons;
    # from the junction 2 + 2 + 1; the tower is no cable: nobody has broadband before
    one = best(1)
    assert one.xy.tolist() == [[_x(10), _y(100)]] and one.before_persons == 0 and one.covered_persons == 9
    two = best(2)
    assert sorted(two.xy.tolist()) == sorted(candidates.tolist()) and two.covered_persons == 14
    assert two.status == "optimal" and sorted(two.added_persons.tolist()) == [5.0, 9.0]
