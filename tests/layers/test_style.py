"""Styles: building classes, assigning features to them, legends, JSON round trips, colour ramps."""

from __future__ import annotations

import dataclasses
import json

import geopandas as gpd
import mapclassify
import numpy as np
import pandas as pd
import pytest
import shapely

from layers.ramps import RAMPS, hex_to_rgb, ramp_colours, rgb_to_hex
from layers.style import LegendEntry, Style, StyleClass


def _villages(n=500, seed=3):
    rng = np.random.default_rng(seed)
    kinds = np.array(["行政村", "自然村", "社区", None], dtype=object)[rng.integers(0, 4, n)]
    pop = rng.lognormal(6, 1, n)
    pop[::50] = np.nan
    return gpd.GeoDataFrame({"类型": kinds, "人口": pop, "code": rng.integers(1, 6, n)},
                            geometry=shapely.points(rng.random((n, 2))), crs="EPSG:4490")


def _expected_range_index(style, values):
    out = []
    for v in values:
        hit = -1
        if v == v:
            for i, c in enumerate(style.classes):
                if (c.lower < v <= c.upper) or (i == 0 and v == c.lower):
                    hit = i
                    break
        out.append(hit)
    return out


def test_categorized_sorts_values_and_adds_a_no_value_class():
    gdf = _villages()
    style = Style.categorized(gdf, "类型", label_field="类型")
    assert style.kind == "categorized" and style.field == "类型"
    assert [c.value for c in style.classes] == sorted(["行政村", "自然村", "社区"]) + [None]
    assert style.classes[-1].label == "no value"
    fills = [c.fill for c in style.classes]
    assert len(set(fills)) == 4
    assert fills[:3] == ramp_colours("township", 3)
    index = style.class_index(gdf)
    expected = [3 if pd.isna(v) else [c.value for c in style.classes].index(v) for v in gdf["类型"]]
    assert index.dtype == np.int64 and index.tolist() == expected


def test_categorized_numbers_and_unknown_values():
    gdf = _villages()
    style = Style.categorized(gdf, "code", ramp="greens")
    assert [c.value for c in style.classes] == [1, 2, 3, 4, 5]
    assert all(type(c.value) is int for c in style.classes)  # plain ints, JSON-safe
    other = gdf.assign(code=gdf["code"].where(gdf["code"] != 5, 99))
    index = style.class_index(other)
    assert (index[other["code"] == 99] == -1).all()
    assert (index[other["code"] == 2] == 1).all()
    # classes read back from text (a .qml) still match a numeric column
    as_text = style.replace(classes=[dataclasses.replace(c, value=str(c.value)) for c in style.classes])
    assert as_text.class_index(gdf).tolist() == style.class_index(gdf).tolist()
    assert style.class_index(gdf.drop(columns="code")).tolist() == [-1] * len(gdf)


@pytest.mark.parametrize("method,classifier", [
    ("quantiles", mapclassify.Quantiles), ("equal_interval", mapclassify.EqualInterval),
    ("natural_breaks", mapclassify.FisherJenks),
])
def test_graduated_uses_mapclassify_and_assigns_like_brute_force(method, classifier):
    gdf = _villages()
    style = Style.graduated(gdf, "人口", method=method, k=5, label_field="类型")
    values = gdf["人口"].dropna().to_numpy()
    bins = classifier(values, k=5).bins
    assert [c.upper for c in style.classes] == pytest.approx(list(bins))
    assert style.classes[0].lower == pytest.approx(values.min())
    assert style.method == method and style.k == 5 and style.label_field == "类型"
    colours = [c.fill for c in style.classes]
    assert colours == ramp_colours("yellow_red", 5)
    index = style.class_index(gdf)
    assert index.tolist() == _expected_range_index(style, gdf["人口"].tolist())
    assert (index[gdf["人口"].isna().to_numpy()] == -1).all()
    assert (index >= 0).sum() == len(values)


def test_graduated_few_values_text_numbers_and_no_numbers():
    gdf = pd.DataFrame({"v": ["1", "2", "2", "x", None]})
    style = Style.graduated(gdf, "v", k=5)
    assert [c.value for c in style.classes] == [(1.0, 1.0), (1.0, 2.0)]
    assert [c.label for c in style.classes] == ["1", "1 – 2"]
    assert style.class_index(gdf).tolist() == [0, 1, 1, -1, -1]
    with pytest.raises(ValueError):
        Style.graduated(pd.DataFrame({"v": ["a", None]}), "v")


def test_natural_breaks_on_many_values_is_deterministic():
    rng = np.random.default_rng(0)
    gdf = pd.DataFrame({"v": np.concatenate([rng.normal(10, 1, 20_000), rng.normal(50, 2, 20_000)])})
    a = Style.graduated(gdf, "v", method="natural_breaks", k=2)
    b = Style.graduated(gdf, "v", method="jenks", k=2)
    assert a == b
    assert a.classes[0].upper == pytest.approx(gdf["v"][:20_000].max())  # the break is the gap
    assert a.class_index(gdf).tolist() == [0] * 20_000 + [1] * 20_000
    assert a.classes[-1].upper == pytest.approx(gdf["v"].max())


def test_single_style_class_index_and_legend():
    gdf = _villages(10)
    style = Style(fill="#112233", stroke="#445566")
    assert style.class_index(gdf).tolist() == [0] * 10
    assert style.legend("point") == [LegendEntry("", "#112233", "#445566", "point")]
    cat = Style.categorized(gdf, "类型")
    legend = cat.legend()
    assert [e.label for e in legend] == [c.label for c in cat.classes]
    assert [e.fill for e in legend] == [c.fill for c in cat.classes]


def test_to_dict_is_json_and_round_trips():
    gdf = _villages()
    for style in (Style(), Style.categorized(gdf, "类型", label_field="类型"),
                  Style.categorized(gdf, "code"),
                  Style.graduated(gdf, "人口", method="equal_interval", k=4, ramp="blues",
                                  stroke_width=1.2, label_size=11.0, vmin=1.0)):
        text = json.dumps(style.to_dict(), ensure_ascii=False)
        back = Style.from_dict(json.loads(text))
        assert back == style
        assert back.class_index(gdf).tolist() == style.class_index(gdf).tolist()
    assert Style.from_dict({"fill": "#abcdef", "unknown": 1}).fill == "#abcdef"


def test_style_is_immutable_and_validated():
    style = Style()
    with pytest.raises(dataclasses.FrozenInstanceError):
        style.fill = "#000000"
    assert style.replace(fill="#000000").fill == "#000000" and style.fill != "#000000"
    with pytest.raises(ValueError):
        Style(kind="heatmap")
    with pytest.raises(ValueError):
        Style(method="median")
    with pytest.raises(ValueError):
        Style(fill="red")
    assert StyleClass((1, 2)).is_range and StyleClass("a").lower is None


def test_ramps():
    assert ramp_colours("greens", 0) == []
    five = ramp_colours("greens", 5)
    assert five[0] == RAMPS["greens"][0] and five[-1] == RAMPS["greens"][-1]
    assert len(set(five)) == 5
    reds = [hex_to_rgb(c)[1] for c in ramp_colours("reds", 6)]
    assert reds == sorted(reds, reverse=True)  # green channel falls steadily along the ramp
    twelve = ramp_colours("township", 12)
    assert twelve[10] == twelve[0] and len(set(twelve[:10])) == 10
    assert rgb_to_hex(hex_to_rgb("#0a0B0c")) == "#0a0b0c"
    assert ramp_colours("no-such-ramp", 2) == ramp_colours("yellow_red", 2)
