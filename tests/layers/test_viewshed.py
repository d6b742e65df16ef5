"""Viewsheds that can be checked by hand, and cell-by-cell agreement with gdal_viewshed."""

from __future__ import annotations

import math
import shutil
import subprocess

import numpy as np
import pytest
import rasterio
from affine import Affine

from datasources.errors import Cancelled
from layers.planning.viewshed import (
    DEFAULT_REFRACTION,
    HIDDEN,
    NODATA,
    VISIBLE,
    Site,
    cumulative_viewshed,
    curvature_coefficient,
    semi_major_of,
    viewshed,
)

R = 6378137.0
CELL = 10.0


def _flat(rows: int, cols: int) -> tuple[np.ndarray, Affine]:
    return np.zeros((rows, cols), dtype=np.float32), Affine(CELL, 0, 0, 0, -CELL, rows * CELL)


def _centre(transform: Affine, row: int, col: int) -> tuple[float, float]:
    return transform.c + (col + 0.5) * transform.a, transform.f + (row + 0.5) * transform.e


def test_curvature_coefficient_is_gdal_cc_for_refraction():
    assert curvature_coefficient(DEFAULT_REFRACTION) == pytest.approx(0.85714, abs=1e-5)
    assert curvature_coefficient(1.0) == 0.0


@pytest.mark.parametrize("height, target", [(10.0, 1.5), (30.0, 0.0), (50.0, 1.5)])
def test_flat_plain_sees_to_the_horizon_of_the_curved_earth(height, target):
    dem, transform = _flat(5, 4200)
    x, y = _centre(transform, 2, 10)
    seen = viewshed(dem, transform, Site(x, y, height, target_height=target), semi_major=R)
    row = seen[2, 10:]
    last = int(np.flatnonzero(row == VISIBLE).max())
    # by hand: the ground drops (1 - k) d^2 / 2R; the horizon is where the tangent from the mast
    # meets the receiver: sqrt(2 R' h) + sqrt(2 R' t) with R' = R / (1 - k)
    effective = R / (1.0 - DEFAULT_REFRACTION)
    horizon = math.sqrt(2 * effective * height) + math.sqrt(2 * effective * target)
    assert abs(last * CELL - horizon) <= 2 * CELL
    assert (row[:last - 2] == VISIBLE).all()
    assert (row[last + 2:] == HIDDEN).all()
    # without curvature (refraction 1 leaves none) a flat plain is seen to its end
    flat = viewshed(dem, transform, Site(x, y, height, target_height=target), refraction=1.0)
    assert (flat == VISIBLE).all()


def test_a_wall_casts_the_shadow_drawn_by_hand():
    dem, transform = _flat(61, 61)
    dem[:, 40] = 10.0                       # a wall 10 m high, 100 m east of the observer
    x, y = _centre(transform, 30, 30)
    seen = viewshed(dem, transform, Site(x, y, 20.0, target_height=1.5), refraction=1.0)
    row = seen[30]
    # the sight line over the wall top falls 0.1 m per m: it meets 1.5 m above ground 185 m away
    assert (row[30:41] == VISIBLE).all()    # up to and including the wall top
    assert (row[41:49] == HIDDEN).all()     # 110 ... 180 m: behind the wall
    assert (row[49:] == VISIBLE).all()      # 190 m on
    # a cell just behind the wall on a diagonal ray is hidden too; the west side is all open
    assert seen[25, 43] == HIDDEN
    assert (seen[:, :30] == VISIBLE).all()
    # a receiver on a 9 m mast sees over it from 110 m: (20 - 9) / 0.1
    tall = viewshed(dem, transform, Site(x, y, 20.0, target_height=9.0), refraction=1.0)
    assert (tall[30, 41:] == VISIBLE).all()


def test_a_single_hill_shadows_the_land_behind_it_only():
    dem, transform = _flat(101, 101)
    rows, cols = np.mgrid[0:101, 0:101]
    dem += (40.0 * np.exp(-((rows - 50) ** 2 + (cols - 70) ** 2) / (2 * 4.0 ** 2))).astype(np.float32)
    x, y = _centre(transform, 50, 20)        # the observer 500 m west of the summit, 5 m mast
    seen = viewshed(dem, transform, Site(x, y, 5.0, target_height=1.5), refraction=1.0)
    assert seen[50, 70] == VISIBLE           # the summit
    assert seen[50, 65] == VISIBLE           # the slope facing the observer
    assert seen[50, 76] == HIDDEN            # the far slope
    assert (seen[50, 80:] == HIDDEN).all()   # the shadow behind the hill, along the ray
    assert (seen[50, :66] == VISIBLE).all()  # the plain in front of the hill
    assert seen[20, 90] == VISIBLE           # beside the shadow
    assert seen[80, 90] == VISIBLE
    # the shadow widens with distance and stays behind the hill
    hidden_cols = np.flatnonzero((seen == HIDDEN).any(axis=0))
    assert hidden_cols.min() > 70


def test_range_is_nodata_beyond_and_a_sector_hides_what_it_faces_away_from():
    dem, transform = _flat(101, 101)
    x, y = _centre(transform, 50, 50)
    seen = viewshed(dem, transform, Site(x, y, 10.0, range=300.0), refraction=1.0)
    rows, cols = np.mgrid[0:101, 0:101]
    d = np.hypot(rows - 50, cols - 50) * CELL
    assert (seen[d > 300.0] == NODATA).all()
    assert (seen[d <= 300.0] == VISIBLE).all()
    camera = viewshed(dem, transform, Site.camera(x, y, 6.0, azimuth=90.0, field_of_view=60.0,
                                                   range=400.0), refraction=1.0)
    assert camera[50, 80] == VISIBLE         # due east, inside the cone
    assert camera[50, 20] == HIDDEN          # due west
    assert camera[20, 50] == HIDDEN          # due north
    assert camera[40, 80] == VISIBLE         # 18 degrees off the axis, inside 30
    assert camera[20, 70] == HIDDEN          # 34 degrees off the axis
    assert camera[50, 95] == NODATA          # beyond its range


def test_loudspeaker_is_heard_through_terrain_within_its_range():
    dem, transform = _flat(61, 61)
    dem[:, 35] = 100.0
    x, y = _centre(transform, 30, 30)
    heard = viewshed(dem, transform, Site.loudspeaker(x, y, 200.0))
    assert heard[30, 45] == VISIBLE          # behind the wall, 150 m away
    assert heard[30, 55] == NODATA           # 250 m away
    tower = viewshed(dem, transform, Site(x, y, 5.0, range=200.0), refraction=1.0)
    assert tower[30, 45] == HIDDEN


def test_nodata_cells_of_the_dem_are_nodata_and_off_dem_observers_refused():
    dem, transform = _flat(21, 21)
    dem[0, :] = -9999.0
    x, y = _centre(transform, 10, 10)
    seen = viewshed(dem, transform, Site(x, y, 10.0), nodata=-9999.0)
    assert (seen[0] == NODATA).all() and (seen[1:] == VISIBLE).all()
    with pytest.raises(ValueError, match="outside the DEM"):
        viewshed(dem, transform, Site(-50.0, y, 10.0))
    with pytest.raises(ValueError, match="without elevation"):
        viewshed(dem, transform, Site(*_centre(transform, 0, 5), 10.0), nodata=-9999.0)
    heard = viewshed(dem, transform, Site.loudspeaker(*_centre(transform, 0, 5), 30.0), nodata=-9999.0)
    assert heard[2, 5] == VISIBLE and heard[0, 5] == NODATA


def test_cumulative_counts_sites_reports_progress_and_stops_when_cancelled():
    dem, transform = _flat(61, 61)
    dem[:, 30] = 50.0                        # a wall down the middle
    west = Site(*_centre(transform, 30, 10), 5.0)
    east = Site(*_centre(transform, 30, 50), 5.0)
    seen = []
    counts = cumulative_viewshed(dem, transform, [west, east, west], refraction=1.0,
                                 progress=lambda f, m: seen.append(f))
    assert counts[30, 5] == 2 and counts[30, 55] == 1 and counts[30, 30] == 3
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])
    with pytest.raises(Cancelled):
        cumulative_viewshed(dem, transform, [west, east], is_cancelled=lambda: True)


def _gdal_agreement(path, x, y, height, target, max_distance, refraction=DEFAULT_REFRACTION,
                    tmp=None):
    with rasterio.open(path) as ds:
        dem = ds.read(1, masked=True)
        transform, crs = ds.transform, ds.crs
    ours = viewshed(dem, transform, Site(x, y, height, range=max_distance, target_height=target),
                    refraction=refraction, semi_major=semi_major_of(crs))
    out = tmp / "gdal.tif"
    subprocess.run(["gdal_viewshed", "-q", "-ox", repr(x), "-oy", repr(y), "-oz", repr(height),
                    "-tz", repr(target), "-md", repr(max_distance),
                    "-cc", repr(curvature_coefficient(refraction)), "-vv", "1", "-iv", "0",
                    "-ov", "255", str(path), str(out)], check=True)
    with rasterio.open(out) as g:
        theirs = g.read(1)
        col0 = round((g.transform.c - transform.c) / transform.a)
        row0 = round((g.transform.f - transform.f) / transform.e)
    mine = ours[row0:row0 + theirs.shape[0], col0:col0 + theirs.shape[1]]
    has_height = ~np.ma.getmaskarray(dem)[row0:row0 + theirs.shape[0], col0:col0 + theirs.shape[1]]
    compared = has_height & (theirs != 255)
    assert compared.sum() > 1000
    assert ((mine == NODATA) == (theirs == 255))[has_height].all()
    agree = float((mine == theirs)[compared].mean())
    return agree, int(compared.sum()), int((theirs[compared] == 1).sum())


gdal = pytest.mark.skipif(shutil.which("gdal_viewshed") is None,
                          reason="gdal_viewshed is missing (Debian gdal-bin; CI installs it)")


@gdal
@pytest.mark.parametrize("col, row, height, target, distance", [
    (575, 575, 20.0, 1.5, 4000.0), (300, 800, 35.0, 1.5, 0.0), (900, 250, 10.0, 0.0, 6000.0)])
def test_agrees_with_gdal_viewshed_on_the_demo_dem(demo_township, tmp_path, col, row, height, target,
                                                   distance):
    path = demo_township.parent / "dem.tif"
    with rasterio.open(path) as ds:
        x, y = _centre(ds.transform, row, col)
    agree, compared, visible = _gdal_agreement(path, x, y, height, target, distance, tmp=tmp_path)
    assert 0 < visible < compared             # neither all seen nor all hidden: the test can fail
    assert agree >= 0.9999


@gdal
@pytest.mark.realdata
def test_agrees_with_gdal_viewshed_on_a_real_dem(real_data, tmp_path):
    path = real_data / "dem" / "spDataLarge_dem_mongon.tif"
    with rasterio.open(path) as ds:
        x, y = _centre(ds.transform, int(ds.height * 0.6), int(ds.width * 0.4))
    agree, compared, visible = _gdal_agreement(path, x, y, 15.0, 1.5, 0.0, tmp=tmp_path)
    assert 0 < visible < compared
    assert agree >= 0.9999
