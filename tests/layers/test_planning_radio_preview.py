"""A planned site's own radio (revision 0010) sets its signal levels, and the coarse coverage shown while a
site is dragged agrees with the full one on a DEM that can be checked by hand: a flat valley floor split by
a high wall."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from layers.planning.desk_work import Demand, coverage_task, read_terrain
from layers.planning.site_layer import sites_of

X0, Y0, CELL, N, WALL_COL = 500000.0, 3300000.0, 10.0, 200, 100


@pytest.fixture
def wall_dem(tmp_path):
    heights = np.full((N, N), 100.0, dtype=np.float32)
    heights[:, WALL_COL:WALL_COL + 4] = 400.0  # a wall four cells thick: the coarse DEM keeps it whole
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


def _sites(**columns) -> gpd.GeoDataFrame:
    base = {"kind": ["tower"], "height_m": [20.0], "range_m": [1000.0]}
    return gpd.GeoDataFrame({**base, **columns}, geometry=[shapely.Point(_x(50), _y(100))], crs="EPSG:4549")


def test_a_sites_own_frequency_and_power_set_its_signal(wall_dem):
    from layers.planning.signal import best_signal, radio_of

    (plain,) = sites_of(_sites())  # no radio stored (a store before 0010): 900 MHz, 58 dBm
    assert (plain.frequency_mhz, plain.eirp_dbm) == (900.0, 58.0) == radio_of(plain)
    (empty,) = sites_of(_sites(frequency_mhz=[np.nan], eirp_dbm=[None]))
    assert radio_of(empty) == (900.0, 58.0)
    (own,) = sites_of(_sites(frequency_mhz=[1800.0], eirp_dbm=[64.0]))
    assert radio_of(own) == (1800.0, 64.0) and radio_of(own, 700.0, 50.0) == (700.0, 50.0)
    terrain, _crs = read_terrain(wall_dem)
    base, mine = best_signal(terrain, [plain]), best_signal(terrain, [own])
    row, col = 100, 80  # 300 m east on the open plain: free space only
    # twice the frequency loses 20 log10(2) = 6.02 dB, 6 dB more power gains 6 dB
    assert mine[row, col] - base[row, col] == pytest.approx(6.0 - 20 * np.log10(2.0), abs=0.01)
    assert np.isnan(base[row, 190])  # beyond its range


def test_the_signal_task_uses_each_sites_power(wall_dem):
    from layers.planning.signal import signal_task

    homes = gpd.GeoDataFrame({"village_code": ["W", "E"], "persons": [3, 4]},
                             geometry=[shapely.Point(_x(20), _y(100)), shapely.Point(_x(115), _y(100))],
                             crs="EPSG:4549")
    demand = Demand.of(homes, "EPSG:4549", {"W": "西村", "E": "东村"})
    weak = signal_task(wall_dem, sites_of(_sites(eirp_dbm=[10.0])), demand)
    strong = signal_task(wall_dem, sites_of(_sites(eirp_dbm=[70.0])), demand)
    assert (strong.counts > 0).sum() > (weak.counts > 0).sum()
    assert strong.covered.sum() > weak.covered.sum()


def test_the_coarse_preview_agrees_with_the_full_coverage(wall_dem):
    from layers.planning.drag_preview import COARSE, coarse_terrain, preview_task

    homes = gpd.GeoDataFrame({"village_code": ["W", "W", "E", "E"], "persons": [3, 4, 5, 6]},
                             geometry=[shapely.Point(_x(c), _y(r)) for c, r in
                                       [(20, 20), (70, 150), (140, 60), (180, 180)]], crs="EPSG:4549")
    demand = Demand.of(homes, "EPSG:4549", {"W": "西村", "E": "东村"})
    sites = sites_of(_sites(range_m=[0.0]).assign(height_m=[20.0]))
    full = coverage_task(wall_dem, sites, demand)
    coarse = preview_task(wall_dem, sites, demand)
    assert coarse.counts.shape == (N // COARSE, N // COARSE) and abs(coarse.transform.a) == CELL * COARSE
    assert full.covered.tolist() == coarse.covered.tolist() == [True, True, False, False]  # the wall hides
    assert coarse.table.set_index("village_code")["covered_persons"].to_dict() == {"W": 7.0, "E": 0.0}
    # the share of the DEM seen is close, cell for cell on the coarse grid
    seen_full = full.counts.reshape(N // COARSE, COARSE, N // COARSE, COARSE).max(axis=(1, 3)) > 0
    assert (seen_full == (coarse.counts > 0)).mean() > 0.97
    # moved to the wall's top, it sees both sides, in the preview too
    (on_wall,) = sites_of(_sites().set_geometry([shapely.Point(_x(WALL_COL + 2), _y(100))], crs="EPSG:4549")
                          .assign(range_m=[0.0]))
    moved = preview_task(wall_dem, [on_wall], demand)
    assert moved.covered[2:].any() and moved.table.set_index("village_code").loc["E", "covered_persons"] > 0
    assert coarse_terrain(wall_dem)[0] is coarse_terrain(wall_dem)[0]  # read once for a whole drag
