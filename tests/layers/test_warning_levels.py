"""The township's own warning levels: the values the emergency desk may type, and a landslide zone's own
rain thresholds replacing those of its susceptibility level (hand-counted against the rain of
test_landslide's story: G1 had 12 mm in the last hour, 42 mm over 24 h and 82 mm over 72 h)."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import box

from layers.emergency.landslide import landslide_warning
from layers.emergency.warning_levels import (
    LevelProblem,
    format_amounts,
    parse_amounts,
    river_levels,
    thresholds_json,
    zone_names,
    zone_thresholds,
)
from tests.layers.test_landslide import AT, CRS, _gauges, _story


def test_river_stages_typed_by_the_desk():
    assert river_levels("2.8", "3,9", "WL-01") == (2.8, 3.9)       # a decimal comma is read too
    assert river_levels("", " ", "WL-01") == (None, None)             # empty: the defaults
    assert river_levels("3", "", "WL-01") == (3.0, None)
    for warning, danger in (("3.9", "2.8"), ("3", "3"), ("high", "4"), ("-1", "4"), ("2", "1e9"),
                            ("nan", "4")):
        with pytest.raises(LevelProblem):
            river_levels(warning, danger, "WL-01")


def test_rain_amounts_typed_by_the_desk():
    assert parse_amounts("20, 30, 40, 50", "Z1", 1) == (20.0, 30.0, 40.0, 50.0)
    assert parse_amounts("20 30；40，50", "Z1", 1) == (20.0, 30.0, 40.0, 50.0)
    assert parse_amounts("", "Z1", 1) is None
    for text in ("20, 30, 40", "20, 30, 30, 50", "50, 40, 30, 20", "a, b, c, d", "1, 2, 3, 5000"):
        with pytest.raises(LevelProblem):
            parse_amounts(text, "Z1", 24)
    assert format_amounts((20.0, 30.5, 40.0, 50.0)) == "20, 30.5, 40, 50"


def test_stored_form_round_trips_and_a_broken_one_means_the_defaults():
    text = thresholds_json({1: (5.0, 10.0, 15.0, 20.0), 24: None, 72: (90.0, 120.0, 150.0, 200.0)})
    assert text == '{"1":[5.0,10.0,15.0,20.0],"72":[90.0,120.0,150.0,200.0]}'
    assert zone_thresholds(text) == {1: (5.0, 10.0, 15.0, 20.0), 72: (90.0, 120.0, 150.0, 200.0)}
    assert thresholds_json({1: None}) is None
    for broken in (None, float("nan"), "", "not json", '{"1": [4, 3, 2, 1]}', '[1, 2]', '{"5": [1, 2, 3, 4]}'):
        assert zone_thresholds(broken) == {}


def test_a_zones_own_thresholds_replace_its_levels_window_by_window():
    own = [None,                                              # high defaults: 72 h 82 >= 80 -> blue
           thresholds_json({1: (5.0, 10.0, 15.0, 20.0)}),     # 1 h: 12 >= 10 -> yellow
           thresholds_json({72: (90.0, 120.0, 150.0, 200.0)}),  # 82 < 90, 24 h 42 < 50, 1 h 12 < 20: none
           "broken"]                                          # the defaults: blue
    zones = gpd.GeoDataFrame({"level": ["high"] * 4, "rain_thresholds": own},
                             geometry=[box(-10 - i, -10, 10 + i, 10) for i in range(4)], crs=CRS)
    warned = landslide_warning(zones, _gauges(), _story(), AT)
    assert warned["warning"].tolist() == ["blue", "yellow", "none", "blue"]
    assert warned["cause"].iloc[1] == "1 h: 12.0 mm >= 10.0 mm (yellow)"
    assert warned["cause"].iloc[0] == "72 h: 82.0 mm >= 80.0 mm (blue)"


def test_a_zone_is_named_after_the_village_it_lies_in():
    villages = gpd.GeoDataFrame({"name_zh": ["青溪村", "梅田村"], "name_en": ["Qingxi", "Meitian"]},
                                geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs=CRS)
    zones = gpd.GeoDataFrame({"hazard": ["landslide"] * 4},
                             geometry=[box(10, 10, 20, 20), box(150, 10, 160, 20), box(30, 30, 40, 40),
                                       box(500, 500, 510, 510)], crs=CRS, index=[7, 8, 9, 12])
    assert zone_names(zones, villages) == ["青溪村 1", "梅田村 1", "青溪村 2", "#12"]
    assert zone_names(zones, villages, chinese=False)[:2] == ["Qingxi 1", "Meitian 1"]
    assert zone_names(zones, villages.drop(columns="name_en"), chinese=False)[0] == "青溪村 1"  # no pinyin

