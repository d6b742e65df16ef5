"""Fast opening (``validity="deferred"``): only the cheap flags while reading, the same reasons as a
full read once the rest is checked."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN
from datasources.validity import (
    EMPTY,
    NON_FINITE,
    NULL,
    flag_cheap_problems,
    flag_problems,
)
from datasources.vector import open_vector, open_vectors

BOWTIE = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
HOLE_OUTSIDE = shapely.Polygon([(0, 0), (4, 0), (4, 4), (0, 4)],
                               [[(5, 5), (6, 5), (6, 6), (5, 6)]])


def _bad_parcels(tmp_path):
    geoms = [shapely.box(0, 0, 1, 1), None, shapely.Polygon(), BOWTIE,
             shapely.Polygon([(0, 0), (np.inf, 0), (1, 1), (0, 0)]), HOLE_OUTSIDE,
             shapely.box(2, 2, 3, 3)]
    frame = gpd.GeoDataFrame({"name": [f"地块{i}" for i in range(len(geoms))]}, geometry=geoms,
                             crs="EPSG:4528")
    path = tmp_path / "parcels.gpkg"
    pyogrio.write_dataframe(frame, path, layer="parcels")
    return path


def test_deferred_read_flags_only_the_cheap_problems(tmp_path):
    src = open_vector(_bad_parcels(tmp_path), ReadOptions(validity="deferred"))
    assert src.validity_checked is False
    assert list(src.data[PROBLEM_COLUMN]) == ["", NULL, EMPTY, "", NON_FINITE, "", ""]
    assert "3 of 7 features" in " ".join(src.warnings)


def test_full_validity_on_top_of_the_deferred_read_gives_the_full_read(tmp_path):
    path = _bad_parcels(tmp_path)
    deferred = open_vector(path, ReadOptions(validity="deferred"))
    full = open_vector(path, ReadOptions(validity="full"))
    assert full.validity_checked is True
    later = flag_problems(deferred.data.geometry.values,
                          deferred.data[PROBLEM_COLUMN].to_numpy(dtype=object))
    assert list(later) == list(full.data[PROBLEM_COLUMN])
    assert later[3].startswith("Self-intersection") and later[5].startswith("Hole lies outside")
    assert deferred.crs == full.crs == "EPSG:4528"


def test_open_vectors_passes_the_mode_to_every_layer(tmp_path):
    path = _bad_parcels(tmp_path)
    wells = gpd.GeoDataFrame(geometry=shapely.points([(1, 1), (2, 2)]), crs="EPSG:4528")
    pyogrio.write_dataframe(wells, path, layer="wells", append=True)
    deferred = ReadOptions(validity="deferred")
    assert [s.validity_checked for s in open_vectors(path, deferred)] == [False, False]
    assert [s.validity_checked for s in open_vectors(path)] == [True, True]


def test_an_unknown_mode_is_refused(tmp_path):
    with pytest.raises(ValueError, match="validity"):
        open_vector(_bad_parcels(tmp_path), ReadOptions(validity="later"))


@pytest.mark.parametrize("geoms", [
    [shapely.Point(np.nan, np.nan), shapely.Point(1, 2), None, shapely.Point()],
    [shapely.Point(1, 2, np.inf), shapely.Point(1, 2, np.nan), shapely.Point(1, 2, 3)],
    [shapely.LineString([(0, 0, 0), (1, 1, -np.inf)]), shapely.LineString([(0, 0), (1, 1)])],
    [shapely.box(0, 0, 1e308, 1e308), shapely.box(1e308, 1e308, 1.7e308, 1.7e308), BOWTIE],
    [shapely.MultiPolygon([shapely.box(0, 0, 1, 1), BOWTIE]),
     shapely.GeometryCollection([shapely.Point(0, 0), shapely.LineString([(0, 0), (np.nan, 1)])])],
])
def test_cheap_flags_then_full_check_equals_the_full_check(geoms):
    geoms = np.array(geoms, dtype=object)
    cheap = flag_cheap_problems(geoms)
    full = flag_problems(geoms)
    assert set(cheap) <= {"", NULL, EMPTY, NON_FINITE}
    assert all(c in ("", f) for c, f in zip(cheap, full, strict=True))  # never a reason the full check denies
    assert list(flag_problems(geoms, cheap)) == list(full)


def test_cheap_flags_keep_what_the_parser_found():
    geoms = np.array([shapely.box(0, 0, 1, 1), None], dtype=object)
    known = np.array(["ring with fewer than 4 points", ""], dtype=object)
    assert list(flag_cheap_problems(geoms, known)) == ["ring with fewer than 4 points", NULL]
