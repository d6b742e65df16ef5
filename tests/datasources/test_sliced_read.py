"""Reading for the window decodes big layers slice by slice; the result must equal the ordinary read."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from datasources import frames
from datasources.options import ReadOptions
from datasources.vector import open_vector


def test_sliced_read_equals_the_ordinary_read(tmp_path, monkeypatch):
    monkeypatch.setattr(frames, "SLICE", 1000)  # several slices without a huge file
    rng = np.random.default_rng(3)
    n = 4500
    frame = gpd.GeoDataFrame(
        {"name_zh": np.array(["上塘村", "石桥村", "柳溪村"])[rng.integers(0, 3, n)],
         "persons": rng.integers(1, 7, n),
         "reading": rng.random(n)},
        geometry=shapely.points(rng.random(n) * 1e4 + 5e5, rng.random(n) * 1e4 + 3.3e6), crs="EPSG:4549")
    frame.loc[17, "geometry"] = None
    path = tmp_path / "households.gpkg"
    pyogrio.write_dataframe(frame, path, layer="households")
    calls = []
    original = frames._read_in_slices
    monkeypatch.setattr(frames, "_read_in_slices", lambda *a: calls.append(a) or original(*a))
    sliced = open_vector(path, ReadOptions(validity="deferred"))
    ordinary = open_vector(path, ReadOptions(validity="full"))
    assert calls, "the deferred read did not take the sliced path"
    assert list(sliced.data.columns) == list(ordinary.data.columns)
    assert sliced.crs == ordinary.crs == "EPSG:4549"
    assert sliced.data.drop(columns="geometry").equals(ordinary.data.drop(columns="geometry"))
    assert sliced.data.geometry.geom_equals(ordinary.data.geometry).sum() == n - 1
    assert sliced.data.geometry.isna().sum() == 1 and sliced.problem_counts == {"null geometry": 1}
