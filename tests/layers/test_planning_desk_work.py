"""The planning desk's work without Qt, on a DEM that can be checked by hand: a flat valley floor split by a
high wall. A tower west of the wall covers the western households only; the per-village table adds up;
a cancelled run gives nothing; candidates are the blocks' high points inside the boundary; the best new
site, keeping the western tower, stands on the wall and reaches the eastern village too."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from datasources.errors import Cancelled
from datasources.feedback import Feedback
from layers.planning.desk_work import (
    Demand,
    best_sites_task,
    coverage_task,
    high_points,
    read_terrain,
    village_table,
)
from layers.planning.site_layer import sites_of
from layers.planning.viewshed import Site

X0, Y0, CELL, N = 500000.0, 3300000.0, 10.0, 200
WALL_COL = 100


@pytest.fixture
def wall_dem(tmp_path):
    heights = np.full((N, N), 100.0, dtype=np.float32)
    heights[:, WALL_COL] = 400.0
    path = tmp_path / "wall.tif"
    with rasterio.open(path, "w", driver="GTiff", width=N, height=N, count=1, dtype="float32",
                       crs="EPSG:4549", transform=from_origin(X0, Y0 + N * CELL, CELL, CELL),
                       nodata=-9999.0) as dst:
        dst.write(heights, 1)
    return path


def _x(col: float) -> float:
    return X0 + (col + 0.5) * CELL


def _y(row: float) -> float:
    return Y0 + N * CELL - (row + 0.5) * CELL


@pytest.fixture
def demand():
    west = [(_x(c), _y(r)) for c, r in [(20, 20), (40, 150), (70, 90)]]
    east = [(_x(c), _y(r)) for c, r in [(130, 30), (160, 100), (190, 180), (150, 60)]]
    homes = gpd.GeoDataFrame({"village_code": ["W"] * 3 + ["E"] * 4, "persons": [3, 4, 5, 2, 2, 6, 1]},
                             geometry=[shapely.Point(p) for p in west + east], crs="EPSG:4549")
    return Demand.of(homes, "EPSG:4549", {"W": "西村", "E": "东村", "N": "北村"})


def test_a_tower_west_of_the_wall_covers_the_west_only(wall_dem, demand):
    result = coverage_task(wall_dem, [Site(_x(50), _y(100), 20.0, 0.0)], demand)
    assert result.covered.tolist() == [True] * 3 + [False] * 4
    assert result.counts[:, :WALL_COL + 1].min() == 1 and result.counts[:, WALL_COL + 1:].max() == 0
    table = result.table.set_index("village_code")
    assert table.loc["W", "covered_persons"] == 12 and table.loc["W", "share_covered"] == 1.0
    assert table.loc["E", "uncovered_households"] == 4 and table.loc["E", "uncovered_persons"] == 11
    assert table.loc["N", "households"] == 0 and table.loc["N", "share_covered"] == 1.0  # listed, empty
    assert result.table["village_code"].iloc[0] == "E"  # most persons left out first
    assert result.table["village"].tolist()[0] == "东村"


def test_a_cancelled_coverage_stops(wall_dem, demand):
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        coverage_task(wall_dem, [Site(_x(50), _y(100), 20.0, 0.0)], demand, feedback=feedback)


def test_a_site_off_the_dem_covers_nothing(wall_dem, demand):
    result = coverage_task(wall_dem, [Site(X0 - 5000, Y0, 20.0, 0.0)], demand)
    assert result.sites == 0 and not result.covered.any() and result.covered_persons == 0


def test_village_table_adds_up(demand):
    covered = np.array([True, False, True, False, False, True, True])
    table = village_table(demand, covered)
    assert table["households"].sum() == 7 and table["covered_households"].sum() == 4
    assert table["persons"].sum() == demand.weights.sum() == 23
    assert (table["covered_persons"] + table["uncovered_persons"] == table["persons"]).all()


def test_candidates_are_high_points_inside_the_boundary(wall_dem):
    terrain, _crs = read_terrain(wall_dem)
    east_half = shapely.box(_x(WALL_COL - 10), Y0, X0 + N * CELL, Y0 + N * CELL)
    points = high_points(terrain, east_half, spacing=200.0, limit=500)
    assert len(points) and shapely.contains_xy(east_half, points[:, 0], points[:, 1]).all()
    on_wall = np.isclose(points[:, 0], _x(WALL_COL))
    assert on_wall.any() and on_wall[:on_wall.sum()].all()  # the wall's blocks come first, highest
    assert len(high_points(terrain, None, spacing=200.0, limit=3)) == 3


def test_the_best_site_keeps_the_tower_and_stands_on_the_wall(wall_dem, demand):
    existing = [Site(_x(50), _y(100), 20.0, 0.0)]
    best = best_sites_task(wall_dem, existing, [], [], demand, height=20.0, range_m=5000.0, count=1,
                           spacing=500.0)
    assert best.before_persons == 12 and best.covered_persons == best.total_persons == 23
    assert len(best.xy) == 1 and best.added_persons.tolist() == [11.0] and best.gap <= 1e-9
    assert best.xy[0, 0] == pytest.approx(_x(WALL_COL))
    assert best.table["uncovered_persons"].sum() == 0


def test_a_draft_drawn_by_hand_is_a_candidate(wall_dem, demand):
    homes = gpd.GeoDataFrame({"kind": ["tower"], "height_m": [25.0]},
                             geometry=[shapely.Point(_x(150), _y(100))], crs="EPSG:4549")
    drafts = sites_of(homes)
    best = best_sites_task(wall_dem, [], drafts, [42], demand, height=1.0, range_m=100.0, count=1,
                           spacing=2000.0, candidates=1)
    assert best.draft_ids.tolist() == [42] and best.covered_persons == 11


def test_a_budget_buys_as_many_sites_as_it_covers(wall_dem, demand):
    best = best_sites_task(wall_dem, [], [], [], demand, height=20.0, range_m=5000.0, budget=1.5, cost=1.0,
                           spacing=500.0)
    assert len(best.xy) == 1 and best.covered_persons == 23  # one site, on the wall, sees both sides


def test_scenarios_keep_their_sites_and_compare_per_village(wall_dem, demand):
    from layers.planning.scenarios import (
        Scenario,
        compare_task,
        scenarios_from_settings,
        scenarios_to_settings,
    )

    sites = gpd.GeoDataFrame({"kind": ["tower", "tower", "tower"], "name": ["西", "东", "废"],
                              "height_m": [20.0, 20.0, 20.0], "status": ["built", "draft", "rejected"],
                              "village_code": ["W", "E", None]},
                             geometry=[shapely.Point(_x(50), _y(100)), shapely.Point(_x(150), _y(100)),
                                       shapely.Point(_x(150), _y(10))], crs="EPSG:4549", index=[7, 8, 9])
    west = Scenario.of("西边", sites.iloc[:1])
    both = Scenario.of("两边", sites)
    assert len(both.sites) == 2 and both.sites[1]["id"] == 8  # the rejected one is left out
    settings = {}
    scenarios_to_settings(settings, {s.name: s for s in (west, both)})
    import json

    again = scenarios_from_settings(json.loads(json.dumps(settings)))
    assert list(again) == ["西边", "两边"] and again["两边"] == both
    comparison = compare_task(wall_dem, again["西边"], again["两边"], demand)
    table = comparison.table.set_index("village_code")
    assert comparison.covered == (12.0, 23.0) and comparison.sites == (1, 2)
    assert table.loc["E", "difference"] == 11 and table.loc["W", "difference"] == 0
    assert table.loc["E", "share_a"] == 0 and table.loc["E", "share_b"] == 1


def test_the_gap_map_colours_villages_by_the_share_covered(wall_dem, demand):
    from layers.planning.gap_map import gap_frame, gap_style

    result = coverage_task(wall_dem, [Site(_x(50), _y(100), 20.0, 0.0)], demand)
    villages = gpd.GeoDataFrame({"village_code": ["W", "E", "N"]},
                                geometry=[shapely.box(X0, Y0, _x(WALL_COL), Y0 + N * CELL),
                                          shapely.box(_x(WALL_COL), Y0, X0 + N * CELL, Y0 + N * CELL),
                                          shapely.box(X0, Y0 + N * CELL, X0 + N * CELL, Y0 + 2 * N * CELL)],
                                crs="EPSG:4549")
    frame = gap_frame(villages, result.table)
    assert frame["share_pct"].tolist() == [100.0, 0.0, 100.0]
    assert frame["uncovered_persons"].tolist() == [0, 11, 0] and frame["village"].tolist() == ["西村", "东村", "北村"]
    style = gap_style()
    assert style.class_index(frame).tolist() == [3, 0, 3]  # the best served class, the worst, the best


def test_a_stored_sector_and_range_limit_what_a_site_covers(wall_dem, demand):
    sites = gpd.GeoDataFrame({"kind": ["tower"], "height_m": [20.0], "range_m": [np.nan],
                              "azimuth_deg": [np.nan], "beam_width_deg": [np.nan]},
                             geometry=[shapely.Point(_x(50), _y(100))], crs="EPSG:4549")
    (round_site,) = sites_of(sites)
    assert round_site.range == 5000.0 and not round_site.sectored  # the kind's defaults
    sites[["range_m", "azimuth_deg", "beam_width_deg"]] = [[300.0, 180.0, 60.0]]  # south, 300 m
    (sector,) = sites_of(sites)
    assert sector.sectored and sector.range == 300.0
    result = coverage_task(wall_dem, [sector], demand)
    rows, cols = np.nonzero(result.counts)
    assert len(rows) and rows.min() >= 100 and np.hypot(rows - 100, cols - 50).max() <= 31  # south, in range
    assert not result.covered.any()  # no household stands there


def test_the_hexagon_gap_map_counts_the_people_left_out(demand):
    from layers.planning.gap_map import hex_gap, hex_style

    covered = np.array([True, True, True, False, False, False, False])
    cells = hex_gap(demand, covered, size=300.0, crs="EPSG:4549")
    assert cells["households"].sum() == 7 and cells["uncovered_persons"].sum() == 11
    for point, home_covered in zip(demand.xy, covered, strict=True):  # each home in exactly one hexagon
        holding = cells[cells.geometry.contains(shapely.Point(point))]
        assert len(holding) == 1 and (holding["uncovered_households"].iloc[0] > 0) == (not home_covered)
    assert np.isclose(cells.geometry.area, 1.5 * np.sqrt(3) * 300.0 ** 2).all()
    assert not cells.geometry.union_all().is_empty and cells.geometry.is_valid.all()
    assert set(hex_style().class_index(cells)) <= {0, 1, 2, 3, 4} and hex_style().class_index(cells).min() >= 0


def test_candidate_rules_leave_out_hazards_and_places_far_from_roads():
    from layers.planning.desk_work import candidate_rules

    points = np.array([[0.0, 0.0], [100.0, 0.0], [1000.0, 0.0], [50.0, 500.0]])
    hazard = shapely.box(-10, -10, 10, 10)
    road = shapely.LineString([(0, 0), (2000, 0)])
    assert candidate_rules(points, hazard).tolist() == points[1:].tolist()
    assert candidate_rules(points, None, road, 200.0).tolist() == points[:3].tolist()
    assert candidate_rules(points, hazard, road, 200.0).tolist() == [[100.0, 0.0], [1000.0, 0.0]]


def test_extra_candidates_off_the_dem_are_left_out(wall_dem, demand):
    best = best_sites_task(wall_dem, [], [], [], demand, height=20.0, count=1, spacing=5000.0, candidates=0,
                           extra=[(_x(WALL_COL), _y(50)), (X0 - 900.0, Y0)])
    assert best.xy.tolist() == [[_x(WALL_COL), _y(50)]] and best.covered_persons == 23


def test_a_fibre_cabinet_reaches_households_by_cable_along_the_road(wall_dem, demand):
    from layers.planning.site_layer import kind_of

    # a road along row 100 from the west edge to the east, through a gap in the wall
    road = shapely.LineString([(_x(0), _y(100)), (_x(199), _y(100))])
    spec = kind_of("fibre_cabinet")
    cabinet = Site(_x(40), _y(100), spec.height_m, 600.0, kind=spec.observer)
    result = coverage_task(wall_dem, [cabinet], demand, roads=[road])
    # the homes: (20,20) 200 m along + 800 m to the door; (40,150) 500 m; (70,90) 300 m along + 100 m
    assert result.covered.tolist() == [False, True, True, False, False, False, False]
    assert result.counts.max() == 0 and result.sites == 1  # no line of sight drawn for a cable
    longer = Site(_x(40), _y(100), spec.height_m, 1100.0, kind=spec.observer)
    assert coverage_task(wall_dem, [longer], demand, roads=[road]).covered[:3].all()
    assert not coverage_task(wall_dem, [cabinet], demand).covered.any()  # no roads, no cable


def test_the_fewest_sites_reaching_a_share_of_people(wall_dem, demand):
    existing = [Site(_x(50), _y(100), 20.0, 0.0)]  # 12 of 23 persons
    best = best_sites_task(wall_dem, existing, [], [], demand, height=20.0, range_m=5000.0, share=0.9,
                           spacing=500.0)
    assert len(best.xy) == 1 and best.covered_persons == 23 and best.before_persons == 12
    none = best_sites_task(wall_dem, existing, [], [], demand, height=20.0, share=0.5, spacing=500.0)
    assert len(none.xy) == 0 and none.covered_persons == 12  # the tower already reaches half


def test_signal_is_free_space_on_the_plain_and_diffracted_behind_the_wall(wall_dem):
    from layers.planning.signal import signal_classes, signal_window

    terrain, _crs = read_terrain(wall_dem)
    site = Site(_x(50), _y(100), 20.0, 1500.0)
    levels, x0, y0 = signal_window(terrain, site, frequency_mhz=900.0, eirp_dbm=58.0)

    def level(col, row):
        return float(levels[row - y0, col - x0])

    def free_space(cells):
        return 58.0 - (20 * np.log10(cells * CELL / 1000.0) + 20 * np.log10(900.0) + 32.44)

    assert level(80, 100) == pytest.approx(free_space(30), abs=0.01)  # open plain: free space only
    assert level(50, 140) == pytest.approx(free_space(40), abs=0.01)
    behind = level(110, 100)  # 60 cells east, behind the wall: an estimate, not "no signal"
    assert np.isfinite(behind) and behind < free_space(60) - 20  # the wall costs more than 20 dB
    assert level(20, 100) == pytest.approx(free_space(30), abs=0.01)  # west, the open side
    assert np.isnan(levels).any()  # beyond 1.5 km: no value
    classes = signal_classes(np.array([-80.0, -95.0, -120.0, np.nan]))
    assert classes.tolist() == [2, 1, 0, 0]
