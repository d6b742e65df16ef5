"""GCJ-02 and BD-09: published coordinate pairs, round trips, and files read with the offset taken out."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

from datasources.china_offsets import (
    bd09_to_gcj02,
    bd09_to_wgs84,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    offset_kind,
    wgs84_to_bd09,
    wgs84_to_gcj02,
)
from datasources.crs import transformer
from datasources.options import ReadOptions

# (WGS 84 lat, lon, GCJ-02 lat, lon): the test pairs published with eviltransform (Shanghai, Shenzhen, Beijing)
EVILTRANSFORM = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),
]


def _metres(lon1, lat1, lon2, lat2) -> np.ndarray:
    geod = transformer("EPSG:4490", "EPSG:4549")  # Gauss-Kruger metres around 120E
    x1, y1 = geod.transform(lon1, lat1)
    x2, y2 = geod.transform(lon2, lat2)
    return np.hypot(np.subtract(x1, x2), np.subtract(y1, y2))


@pytest.mark.parametrize(("wlat", "wlon", "glat", "glon"), EVILTRANSFORM)
def test_forward_matches_published_pairs(wlat, wlon, glat, glon):
    lon, lat = wgs84_to_gcj02(wlon, wlat)
    assert (float(lon), float(lat)) == pytest.approx((glon, glat), abs=1e-10)
    back_lon, back_lat = gcj02_to_wgs84(glon, glat)
    assert (float(back_lon), float(back_lat)) == pytest.approx((wlon, wlat), abs=1e-8)


def test_coordtransform_readme_pairs():
    """The pairs in the coordtransform README (116.404, 39.915): the forward transforms exactly, its
    one-step inverses within their own approximation (ours iterate to the exact inverse)."""
    assert np.allclose(wgs84_to_gcj02(116.404, 39.915), (116.41024449916938, 39.91640428150164), atol=1e-10)
    assert np.allclose(gcj02_to_bd09(116.404, 39.915), (116.41036949371029, 39.92133699351021), atol=1e-10)
    assert np.allclose(gcj02_to_wgs84(116.404, 39.915), (116.39775550083061, 39.91359571849836), atol=1e-6)
    assert np.allclose(bd09_to_gcj02(116.404, 39.915), (116.39762729119315, 39.90865673957631), atol=1e-6)


def test_the_offset_is_hundreds_of_metres_and_round_trips_to_under_half_a_metre():
    rng = np.random.default_rng(7)
    lon = rng.uniform(74, 134, 20_000)
    lat = rng.uniform(18, 53, 20_000)
    glon, glat = wgs84_to_gcj02(lon, lat)
    shift = _metres(lon, lat, glon, glat)
    assert 50 < np.median(shift) < 1_000
    for there, back in ((wgs84_to_gcj02, gcj02_to_wgs84), (gcj02_to_bd09, bd09_to_gcj02),
                        (wgs84_to_bd09, bd09_to_wgs84)):
        # both ways round: the inverse of the forward, and the forward of the inverse
        assert _metres(lon, lat, *back(*there(lon, lat))).max() < 0.5
        assert _metres(lon, lat, *there(*back(lon, lat))).max() < 0.5
        assert np.abs(np.subtract(back(*there(lon, lat)), (lon, lat))).max() < 1e-6


def test_outside_china_nothing_moves_and_nan_stays_nan():
    lon, lat = wgs84_to_gcj02([2.35, np.nan], [48.85, 30.0])
    assert lon[0] == 2.35 and lat[0] == 48.85
    back = gcj02_to_wgs84([2.35, np.nan], [48.85, 30.0])
    assert back[0][0] == 2.35 and np.isnan(back[0][1])


def test_names():
    assert offset_kind("gcj02") == "GCJ-02" and offset_kind(" BD-09 ") == "BD-09"
    assert offset_kind("EPSG:4490") is None and offset_kind(None) is None


def test_a_shapefile_read_as_gcj02_lands_on_cgcs2000(tmp_path):
    from datasources.vector import open_vector

    true = [(120.1551, 30.2741), (120.16, 30.28), (120.17, 30.27)]  # lon/lat in CGCS2000
    glon, glat = wgs84_to_gcj02(*np.array(true).T)
    frame = gpd.GeoDataFrame({"name": ["a", "b"]},
                             geometry=[shapely.LineString(list(zip(glon[:2], glat[:2], strict=True))),
                                       shapely.LineString(list(zip(glon, glat, strict=True)))])
    path = tmp_path / "poi_amap.shp"
    with pytest.warns(UserWarning, match="crs"):  # as web-map exports come: no .prj
        pyogrio.write_dataframe(frame, path, encoding="UTF-8")
    path.with_suffix(".prj").unlink(missing_ok=True)
    assumed = open_vector(path)
    assert assumed.crs == "EPSG:4490" and assumed.crs_assumed
    src = open_vector(path, ReadOptions(crs="GCJ-02"))
    assert src.crs == "EPSG:4490" and not src.crs_assumed
    assert any("GCJ-02" in w for w in src.warnings)
    coords = shapely.get_coordinates(src.data.geometry.values[1])[:3]
    assert _metres(*np.array(true).T, coords[:, 0], coords[:, 1]).max() < 0.5
    moved = _metres(*shapely.get_coordinates(assumed.data.geometry.values[0])[0],
                    *shapely.get_coordinates(src.data.geometry.values[0])[0])
    assert 100 < moved < 1_000


def test_a_csv_of_baidu_points_lands_on_cgcs2000(tmp_path):
    from datasources.tables import read_table

    blon, blat = wgs84_to_bd09(120.1551, 30.2741)
    path = tmp_path / "baidu.csv"
    path.write_text(f"name,lng,lat\n学校,{float(blon):.9f},{float(blat):.9f}\n", encoding="utf-8")
    src = read_table(path, ReadOptions(crs="bd09"))
    assert src.crs == "EPSG:4490"
    point = src.data.geometry.values[0]
    assert _metres(120.1551, 30.2741, point.x, point.y) < 0.5
