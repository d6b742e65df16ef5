"""Impact of a hazard per village: hand-computed small cases, the demo township and a real flood map,
each checked against an independent geopandas ``sjoin`` count."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon, box

from datasources.errors import Cancelled
from layers.emergency.impact import TOTAL, hazard_impact, headers
from layers.emergency.overlay import points_inside
from layers.emergency.routing import nearest_shelters, road_network, route_lines

CRS = "EPSG:32650"
WALK = math.hypot(5, 25)            # each shelter stands 5 m across and 25 m short of its road node


def _town():
    """Two villages side by side, a square hazard and a bow-tie (invalid) one, a path of roads
    P4(10,120) - P1(10,-20) - P2(190,-20) - P3(190,120) and a stray road that reaches nothing."""
    villages = gpd.GeoDataFrame({"village_code": ["A", "B"], "name_zh": ["甲村", "乙村"],
                                 "name_pinyin": ["Jia Cun", "Yi Cun"]},
                                geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs=CRS)
    bow_tie = Polygon([(120, 10), (180, 70), (180, 10), (120, 70)])
    hazard = gpd.GeoDataFrame({"level": ["high", "high", "low", "low"]},
                              geometry=[box(0, 0, 50, 50), bow_tie, None, box(100, 90, 110, 100)], crs=CRS)
    households = gpd.GeoDataFrame(
        {"household_id": ["h1", "h2", "h3", "h4", "h5", "h6"], "persons": [3, 4, 6, 2, 1, 2]},
        geometry=[Point(10, 10), Point(40, 40), Point(170, 40), Point(60, 60), Point(130, 90),
                  Point(105, 95)], crs=CRS)               # no village_code: placed by polygon
    facilities = gpd.GeoDataFrame(
        {"kind": ["shelter", "shelter", "shelter", "school", "clinic", "government"],
         "name_zh": ["S1", "S2", "S3", "school", "clinic", "office"],
         "capacity": [5, 50, 100, None, None, None]},
        geometry=[Point(195, 95), Point(20, 30), Point(5, 95), Point(30, 30), Point(150, 90),
                  Point(160, 40)], crs=CRS)
    roads = gpd.GeoDataFrame({"name": ["west", "south", "east", "stray"]},
                             geometry=[LineString([(10, 120), (10, -20)]), LineString([(10, -20), (190, -20)]),
                                       LineString([(190, -20), (190, 120)]),
                                       LineString([(100, 105), (110, 105)])], crs=CRS)
    return hazard, villages, households, facilities, roads


def test_small_town_by_hand():
    hazard, villages, households, facilities, roads = _town()
    result = hazard_impact(hazard, villages, households, facilities, roads, segment_m=0)
    table = result.villages.set_index("village_code")
    a, b, total = table.loc["A"], table.loc["B"], table.loc[TOTAL]
    assert (a["households"], a["persons"], a["affected_households"], a["displaced_persons"]) == (3, 9, 2, 7)
    assert (b["households"], b["persons"], b["affected_households"], b["displaced_persons"]) == (3, 9, 2, 8)
    assert (a["facilities_school"], b["facilities_government"], b["facilities_clinic"]) == (1, 1, 0)
    assert (a["shelters_inside"], a["shelters_outside"], a["capacity_outside"]) == (1, 1, 100)
    assert (b["shelters_inside"], b["shelters_outside"], b["capacity_outside"]) == (0, 1, 5)
    assert (a["unreachable_households"], b["unreachable_households"]) == (0, 1)
    assert (total["households"], total["displaced_persons"], total["capacity_outside"]) == (6, 15, 105)
    assert list(table.index) == ["A", "B", TOTAL]
    assert result.displaced == 15 and result.shortfall == 0

    homes = result.households.set_index("household_id")
    assert sorted(homes.index) == ["h1", "h2", "h3", "h6"]
    # h1: 30 m to P1, 140 m north to P4, the walk to S3; h2 the same from 67.08 m away; h3: 63.25 m to
    # P2, 140 m north to P3, the walk to S1; h6 snaps to the stray road and reaches nothing
    assert homes.loc["h1", "route_m"] == pytest.approx(30 + 140 + WALK)
    assert homes.loc["h2", "route_m"] == pytest.approx(math.hypot(30, 60) + 140 + WALK)
    assert homes.loc["h3", "route_m"] == pytest.approx(math.hypot(20, 60) + 140 + WALK)
    assert homes.loc["h1", "road_m"] == pytest.approx(140)
    assert list(homes.loc[["h1", "h2", "h3"], "shelter"]) == ["S3", "S3", "S1"]
    assert not homes.loc["h6", "reachable"] and math.isnan(homes.loc["h6", "route_m"])
    assert list(homes["shelter_over_capacity"]) == [False, False, True, False]

    shelters = result.shelters.set_index("name_zh")
    assert list(shelters["inside_hazard"]) == [False, True, False]
    assert (shelters.loc["S1", "assigned_persons"], shelters.loc["S3", "assigned_persons"]) == (6, 7)
    assert list(shelters["over_capacity"]) == [True, False, False]        # 6 people, 5 places
    assert shelters.loc["S2", "assigned_households"] == 0                  # inside: receives nobody

    routes = result.routes.set_index("household_id")
    assert sorted(routes.index) == ["h1", "h2", "h3"]
    assert np.allclose(routes.length, homes.loc[routes.index, "route_m"])
    assert list(routes.loc["h1"].geometry.coords) == [(10, 10), (10, -20), (10, 120), (5, 95)]

    repairs = result.repairs.set_index("row")
    assert list(repairs.index) == [1, 2]
    assert "Self-intersection" in repairs.loc[1, "problem"] and "repaired" in repairs.loc[1, "action"]
    assert repairs.loc[2, "problem"] == "no geometry"


def test_hazard_in_another_crs_and_no_roads():
    hazard, villages, households, facilities, _ = _town()
    result = hazard_impact(hazard.to_crs(4326), villages, households, facilities)
    table = result.villages.set_index("village_code")
    assert table.loc[TOTAL, "affected_households"] == 4
    assert "unreachable_households" not in table
    assert result.households["reachable"].sum() == 0 and result.routes.empty
    assert any("no roads" in note for note in result.notes)


def test_households_outside_every_village_get_their_own_row():
    hazard, villages, households, facilities, roads = _town()
    households.loc[len(households)] = ["h7", 5, Point(25, -5)]
    hazard.loc[0, "geometry"] = box(0, -10, 50, 50)
    result = hazard_impact(hazard, villages, households, facilities, roads)
    table = result.villages.set_index("village_code")
    assert table.loc["outside", "displaced_persons"] == 5
    assert table.loc[TOTAL, "displaced_persons"] == 20


def test_facilities_of_no_kind_and_no_villages():
    hazard, villages, households, facilities, roads = _town()
    facilities.loc[3, "kind"] = None
    result = hazard_impact(hazard, villages, households, facilities, roads)
    assert result.villages.set_index("village_code").loc[TOTAL, "facilities_school"] == 0
    households["persons"] = [3.0, None, 6.0, 2.0, 1.0, "two"]         # h2 and h6 unknown: 1 each
    result = hazard_impact(hazard, villages, households, facilities, roads)
    assert result.villages.set_index("village_code").loc[TOTAL, "displaced_persons"] == 3 + 1 + 6 + 1
    assert any("2 households have no number of persons" in note for note in result.notes)
    with pytest.raises(ValueError, match="no villages"):
        hazard_impact(hazard, villages.iloc[:0], households)


def test_cancelled_stops_the_work():
    hazard, villages, households, facilities, roads = _town()
    asked = []

    def is_cancelled():
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        hazard_impact(hazard, villages, households, facilities, roads, is_cancelled=is_cancelled)


def test_no_crs_is_refused():
    hazard, villages, households, facilities, roads = _town()
    with pytest.raises(ValueError, match="hazard layer has no CRS"):
        hazard_impact(hazard.set_crs(None, allow_override=True), villages, households)


def test_four_node_graph_routes():
    # a square P0(0,0) P1(100,0) P2(100,100) P3(0,100) missing its west side: P3 reaches P0 the long way
    lines = [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)]),
             LineString([(100, 100), (0, 100)])]
    network = road_network(lines, segment_m=0)
    assert network.node_count == 4
    homes = np.array([[0, 110], [0, -10], [100, 50]])      # P3, P0 and between P1 and P2 (50 m each)
    shelters = np.array([[0, -3], [300, 300]])
    found = nearest_shelters(network, homes, shelters)
    assert list(found.shelter) == [0, 0, 0]
    assert found.route_m[0] == pytest.approx(10 + 300 + 3)
    assert found.route_m[1] == pytest.approx(10 + 0 + 3)
    assert found.road_m[0] == pytest.approx(300)
    lines_out = route_lines(network, found, [0, 1], homes, shelters)
    assert list(lines_out[0].coords) == [(0, 110), (0, 100), (100, 100), (100, 0), (0, 0), (0, -3)]
    assert shapely.length(lines_out[1]) == pytest.approx(13)


def test_too_far_from_the_roads_is_off_the_network():
    network = road_network([LineString([(0, 0), (100, 0)])], segment_m=0)
    homes = [[0, 10], [100, 300]]
    # shelter 0 is 250 m off the road, shelter 1 at 40 m: with a 100 m limit only shelter 1 receives,
    # and the household 300 m off the road is not routed
    found = nearest_shelters(network, homes, [[0, 250], [100, 40]], max_walk_m=100)
    assert list(found.shelter) == [1, -1]
    assert found.route_m[0] == pytest.approx(10 + 100 + 40) and np.isnan(found.route_m[1])
    assert list(nearest_shelters(network, homes, [[0, 250]], max_walk_m=100).shelter) == [-1, -1]
    assert list(nearest_shelters(network, homes, [[0, 250], [100, 40]]).shelter) == [1, 1]


def test_a_nearer_shelter_with_a_longer_walk_loses():
    network = road_network([LineString([(0, 0), (100, 0)])], segment_m=0)
    # the household and shelter 0 share the node (100, 0), but shelter 0 stands 200 m off the road;
    # shelter 1 is 1 m past the far end (0, 0)
    found = nearest_shelters(network, [[70, 0]], [[100, 200], [-1, 0]])
    assert found.shelter[0] == 1 and found.route_m[0] == pytest.approx(30 + 100 + 1)


def test_a_line_in_the_hazard_layer_is_reported_not_used():
    hazard, villages, households, facilities, roads = _town()
    hazard.loc[4] = ["high", LineString([(0, 0), (200, 100)])]
    result = hazard_impact(hazard, villages, households, facilities, roads)
    assert result.repairs.set_index("row").loc[4, "problem"] == "not an area (LineString)"
    assert result.villages.set_index("village_code").loc[TOTAL, "affected_households"] == 4


def test_points_on_the_edge_count_as_inside():
    polygons = np.array([box(0, 0, 10, 10)])
    shapely.prepare(polygons)
    inside, _ = points_inside(polygons, np.array([[10, 5], [10.001, 5], [5, 5]]))
    assert list(inside) == [True, False, True]


def test_headers_in_both_languages():
    assert headers(["displaced_persons", "facilities_school"])["facilities_school"] == "受影响学校"
    assert headers(["displaced_persons"], "en") == {"displaced_persons": "People to move"}


def _sjoin_counts(households, hazard, key="village_code"):
    """Households and persons inside the hazard per village, the geopandas way."""
    joined = gpd.sjoin(households, hazard[[hazard.geometry.name]], predicate="intersects")
    inside = households.loc[joined.index.unique()]
    return inside.groupby(key).agg(n=("persons", "size"), persons=("persons", "sum"))


def test_demo_township_against_sjoin(demo_township):
    layers = {name: gpd.read_file(demo_township, layer=name)
              for name in ("villages", "households", "facilities", "roads", "hazard_zones")}
    zones = layers["hazard_zones"]
    flood = zones[zones["hazard"] == "flood"]
    result = hazard_impact(flood, layers["villages"], layers["households"], layers["facilities"],
                           layers["roads"])
    expected = _sjoin_counts(layers["households"], flood)
    table = result.villages.set_index("village_code")
    assert len(table) == len(layers["villages"]) + 1
    got = table.loc[expected.index]
    assert (got["affected_households"] == expected["n"]).all()
    assert (got["displaced_persons"] == expected["persons"]).all()
    assert table.loc[TOTAL, "affected_households"] == expected["n"].sum() > 1000
    assert table.loc[TOTAL, "persons"] == layers["households"]["persons"].sum()
    shelters = layers["facilities"][layers["facilities"]["kind"] == "shelter"]
    inside = gpd.sjoin(shelters, flood[["geometry"]], predicate="intersects").index.unique()
    assert table.loc[TOTAL, "shelters_inside"] == len(inside)
    assert table.loc[TOTAL, "capacity_outside"] == shelters.drop(index=inside)["capacity"].sum()
    # the demo's roads are one network: every affected household reaches a shelter, and every person
    # goes to exactly one
    assert table.loc[TOTAL, "unreachable_households"] == 0
    assert result.shelters["assigned_persons"].sum() == result.displaced
    assert (result.shelters["over_capacity"]
            == (result.shelters["assigned_persons"] > result.shelters["capacity"])).all()
    assert len(result.routes) == len(result.households)
    assert np.allclose(result.routes.length, result.routes["route_m"])
    # the route is never shorter than the straight line to the shelter it ends at
    ends = shapely.get_point(result.routes.geometry.array, -1)
    starts = shapely.get_point(result.routes.geometry.array, 0)
    assert (result.routes["route_m"] >= shapely.distance(starts, ends) - 1e-6).all()


@pytest.mark.realdata
def test_real_flood_map_with_broken_rings(real_data):
    from datasources.vector import open_vector

    folder = real_data / "hazard/iligan"
    flood = open_vector(folder / "iligan_flood_hazard.geojson.gz").data
    barangays = open_vector(folder / "faeldon_bgysubmuns-municity-1030900000.0.1.json").data
    barangays = barangays.rename(columns={"adm4_psgc": "village_code"})
    evac = open_vector(real_data / "facilities/ph_evacs_cleaned.geojson").data
    evac = evac[evac.intersects(barangays.union_all())].assign(kind="shelter")
    rng = np.random.default_rng(7)
    minx, miny, maxx, maxy = barangays.total_bounds
    xy = rng.uniform((minx, miny), (maxx, maxy), (20_000, 2))
    homes = gpd.GeoDataFrame({"persons": rng.integers(1, 7, len(xy))},
                             geometry=shapely.points(xy), crs=barangays.crs)
    result = hazard_impact(flood, barangays.drop(columns="village_code"), homes, evac)
    # the independent count: geopandas with the broken rings made valid the same way
    valid = flood.set_geometry(flood.geometry.make_valid())
    valid = valid[~valid.geometry.is_empty & valid.geometry.notna()]
    in_any = gpd.sjoin(homes, valid[["geometry"]], predicate="intersects").index.unique()
    in_village = gpd.sjoin(homes, barangays[["geometry"]], predicate="intersects").index.unique()
    expected = len(in_any.intersection(in_village))
    total = result.villages.set_index("village_code").loc[TOTAL]
    assert total["affected_households"] == len(in_any) > 500
    assert total["households"] == len(homes)
    outside = result.villages.set_index("village_code").loc["outside"]
    assert total["affected_households"] - outside["affected_households"] == expected
    assert total["displaced_persons"] == homes.loc[in_any, "persons"].sum()
    invalid = int((~flood.geometry.is_valid & flood.geometry.notna() & ~flood.geometry.is_empty).sum())
    missing = int((flood.geometry.isna() | flood.geometry.is_empty).sum())
    assert len(result.repairs) == invalid + missing > 600                 # reported, not dropped
    assert result.crs.to_epsg() // 100 == 326                              # a UTM zone: metres
    assert total["shelters_inside"] + total["shelters_outside"] == len(evac)
