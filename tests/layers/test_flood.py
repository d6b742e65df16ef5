"""Flood extent: only low cells connected to the river flood; depth classes; polygons; rising rate."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from affine import Affine
from scipy import ndimage

from layers.emergency.flood import (
    DEPTH_LABELS,
    flood_extent,
    flooded_mask,
    hazard_polygons,
    rising_rate,
    river_cells,
)

TRANSFORM = Affine(10.0, 0.0, 500_000.0, 0.0, -10.0, 4_000_500.0)  # 10 m cells, UTM-like


def _valley() -> tuple[np.ndarray, np.ndarray]:
    """A 50x50 DEM: a river channel (column 5, 1 m) in a floodplain (columns 0-14, 2 m), ground at
    5 m, a ridge (column 20, 10 m) and behind it a basin (columns 25-34, 0 m: lower than the river)."""
    dem = np.full((50, 50), 5.0, dtype=np.float32)
    dem[:, 0:15] = 2.0
    dem[:, 5] = 1.0
    dem[:, 20] = 10.0
    dem[10:40, 25:35] = 0.0
    river = np.zeros(dem.shape, dtype=bool)
    river[:, 5] = True
    return dem, river


def test_disconnected_basin_stays_dry():
    dem, river = _valley()
    wet = flooded_mask(dem, river, 3.0)
    assert wet[:, 0:15].all()                      # the floodplain and the channel
    assert not wet[:, 15:].any()                   # the ground, the ridge and the low basin stay dry
    assert (dem[10:40, 25:35] < 3.0).all()         # the basin is below the water surface all the same


def test_water_over_the_ridge_fills_the_basin():
    dem, river = _valley()
    assert flooded_mask(dem, river, 10.5).all()    # over the ridge everything is connected


def test_level_below_the_river_bed_floods_nothing():
    dem, river = _valley()
    assert not flooded_mask(dem, river, 0.5).any()


def test_diagonal_neighbours_connect():
    dem = np.full((5, 5), 9.0)
    dem[1, 1] = dem[2, 2] = dem[3, 3] = 0.0        # a diagonal chain of low cells
    dem[0, 4] = 0.0                                # a lone low cell
    river = np.zeros(dem.shape, dtype=bool)
    river[1, 1] = True
    wet = flooded_mask(dem, river, 1.0)
    assert wet[1, 1] and wet[2, 2] and wet[3, 3]
    assert not wet[0, 4]
    assert wet.sum() == 3


def test_nodata_cells_neither_flood_nor_connect():
    dem, river = _valley()
    masked = np.ma.masked_array(dem, mask=np.zeros(dem.shape, dtype=bool))
    masked.mask[:, 10] = True                      # a band of nodata through the floodplain
    wet = flooded_mask(masked, river, 3.0)
    assert wet[:, 0:10].all() and not wet[:, 10:].any()
    dem_nan = dem.copy()
    dem_nan[:, 10] = np.nan
    assert np.array_equal(flooded_mask(dem_nan, river, 3.0), wet)


def test_depth_classes_and_polygons():
    dem = np.full((20, 20), 10.0, dtype=np.float32)
    dem[:, 0:4] = 9.8      # depth 0.2  -> class 1
    dem[:, 4:8] = 9.0      # depth 1.0  -> class 2
    dem[:, 8:12] = 8.0     # depth 2.0  -> class 3
    dem[:, 12:16] = 5.0    # depth 5.0  -> class 4
    river = np.zeros(dem.shape, dtype=bool)
    river[:, 13] = True
    extent = flood_extent(dem, TRANSFORM, river, 10.0)
    assert np.allclose(extent.depth[0, [0, 4, 8, 12]], [0.2, 1.0, 2.0, 5.0], atol=1e-5)
    assert np.isnan(extent.depth[:, 16:]).all()
    assert extent.class_counts() == dict.fromkeys(DEPTH_LABELS, 80)
    gdf = hazard_polygons(extent, crs="EPSG:32650")
    assert sorted(gdf["depth_class"]) == [1, 2, 3, 4]
    assert gdf.geometry.is_valid.all()
    assert np.allclose(gdf["area_m2"], 80 * 100.0)
    assert gdf.union_all().bounds == (500_000.0, 4_000_300.0, 500_160.0, 4_000_500.0)


def test_river_line_is_burnt_into_cells():
    dem, _ = _valley()
    x = TRANSFORM.c + 5.5 * 10.0                    # the middle of column 5
    line = shapely.LineString([(x, TRANSFORM.f), (x, TRANSFORM.f - 500.0)])
    cells = river_cells([line], TRANSFORM, dem.shape)
    assert cells[:, 5].all() and cells.sum() == 50
    with pytest.raises(ValueError, match="outside"):
        river_cells([shapely.Point(0, 0).buffer(1)], TRANSFORM, dem.shape)
    with pytest.raises(ValueError, match="no geometry"):
        river_cells([None], TRANSFORM, dem.shape)


def test_bad_input_is_refused():
    dem, river = _valley()
    with pytest.raises(ValueError, match="shape"):
        flooded_mask(dem, river[:10], 3.0)
    with pytest.raises(ValueError, match="single band"):
        flooded_mask(dem[None], river, 3.0)
    with pytest.raises(ValueError, match="number"):
        flooded_mask(dem, river, float("nan"))


@pytest.mark.realdata
def test_real_srtm_flood_is_the_river_component(real_data):
    rasterio = pytest.importorskip("rasterio")
    with rasterio.open(real_data / "dem/spDataLarge_srtm_zion.tif") as ds:
        dem = ds.read(1, masked=True)
        transform = ds.transform
    assert dem.mask.any() or dem.count() == dem.size
    low = np.unravel_index(np.ma.argmin(dem), dem.shape)
    river = np.zeros(dem.shape, dtype=bool)
    river[low] = True
    level = float(dem[low]) + 150.0
    extent = flood_extent(dem.astype(np.float32), transform, river, level)
    wet = extent.classes > 0
    below = ~np.ma.getmaskarray(dem) & (np.ma.getdata(dem) < level)
    assert wet[low] and 0 < wet.sum() < below.sum()          # a real DEM has low cells elsewhere
    assert not (wet & ~below).any()                          # nothing above the surface floods
    assert ndimage.label(wet, structure=np.ones((3, 3)))[1] == 1
    grown = ndimage.binary_dilation(wet, structure=np.ones((3, 3)))
    assert not (grown & below & ~wet).any()                  # no low neighbour is left dry
    assert np.nanmax(extent.depth) == pytest.approx(150.0)
    gdf = hazard_polygons(extent, crs="EPSG:4326")
    assert gdf.geometry.is_valid.all() and (gdf["area_m2"] > 0).all()
    assert set(gdf["depth_class"]) <= {1, 2, 3, 4}


def _amur(real_data) -> pd.Series:
    frame = pd.read_csv(real_data / "sensors/amur_hydro_05001_daily_cp1251.csv", sep=";",
                        encoding="cp1251", header=None, skiprows=2, usecols=[0, 1],
                        names=["date", "level_cm"], skipinitialspace=True)
    times = pd.to_datetime(frame["date"].str.strip(), format="%d.%m.%Y", errors="coerce")
    levels = pd.to_numeric(frame["level_cm"], errors="coerce") / 100.0
    return pd.Series(levels.to_numpy(), index=times)[times.notna().to_numpy()]


def test_rising_rate_on_a_hand_series():
    times = pd.to_datetime(["2024-07-01 03:00", "2024-07-01 00:00", "2024-07-01 06:00",
                            "2024-07-01 12:00", "2024-07-01 06:00"])
    levels = pd.Series([1.4, 1.0, 1.9, 2.0, 2.1], index=times)   # out of order, 06:00 twice
    rule = rising_rate(levels, rise=1.0, hours=6)
    assert list(rule.index) == sorted(set(times))
    assert rule["rise"].round(6).tolist() == [0.0, 0.4, 1.1, 0.0]  # 12:00: 2.0 is the lowest since 06:00
    assert rule["triggered"].tolist() == [False, False, True, False]
    with pytest.raises(ValueError, match="time"):
        rising_rate(pd.Series([1.0, 2.0]), 1.0, 6)
    with pytest.raises(ValueError, match="0 hours"):
        rising_rate(levels, 1.0, 0)


@pytest.mark.realdata
def test_rising_rate_on_the_real_river_series(real_data):
    levels = _amur(real_data)
    assert not levels.index.is_monotonic_increasing          # the file's dates are out of order
    rule = rising_rate(levels, rise=1.0, hours=72)
    assert rule.index.is_monotonic_increasing and rule["rise"].min() >= 0
    hits = rule.index[rule["triggered"]]
    assert len(hits) > 0
    for when in hits[:20]:                                   # each hit checked by hand arithmetic
        window = rule.loc[when - pd.Timedelta(hours=72):when, "level"]
        assert window.iloc[-1] - window.min() > 1.0
    quiet = rule.index[~rule["triggered"]][:20]
    for when in quiet:
        window = rule.loc[when - pd.Timedelta(hours=72):when, "level"]
        assert window.iloc[-1] - window.min() <= 1.0


def test_dry_island_is_a_hole_in_the_hazard_polygon():
    dem = np.zeros((10, 10), dtype=np.float32)
    dem[4:6, 4:6] = 10.0                                    # an island above the water
    river = np.zeros(dem.shape, dtype=bool)
    river[0, 0] = True
    gdf = hazard_polygons(flood_extent(dem, TRANSFORM, river, 1.0), crs="EPSG:32650")
    assert len(gdf) == 1 and gdf["depth_label"].tolist() == ["0.5-1.5 m"]
    polygon = gdf.geometry.iloc[0]
    assert len(polygon.interiors) == 1 and polygon.area == pytest.approx(96 * 100.0)
    empty = hazard_polygons(flood_extent(dem, TRANSFORM, river, -1.0), crs="EPSG:32650")
    assert empty.empty and list(empty.columns) == list(gdf.columns)
