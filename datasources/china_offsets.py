"""China's web-map offsets: GCJ-02 (AMap, Tencent, Google China) and BD-09 (Baidu), to and from lon/lat.

Web maps in China publish coordinates shifted from WGS 84 by a public, non-linear formula (GCJ-02, a few
hundred metres), and Baidu shifts GCJ-02 once more (BD-09). Neither is in the EPSG database, so PROJ cannot
undo them: this module does, vectorised with numpy. The true frame is taken as CGCS2000 (EPSG:4490), which
agrees with WGS 84 to a few centimetres, far below what the offsets are.

The forward transforms are exact; the inverses are found by fixed-point iteration until the step is below
1e-9 degrees (about 0.1 mm), so a round trip comes back to well under a millimetre. Outside China the
offsets do not apply and coordinates pass unchanged, as the published formula does.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note

GCJ02 = "GCJ-02"
BD09 = "BD-09"
OFFSET_CRS = (GCJ02, BD09)

_A = 6378245.0  # the Krasovsky semi-major axis the formula uses
_EE = 0.00669342162296594323  # its first eccentricity squared
_X_PI = np.pi * 3000.0 / 180.0
_TOLERANCE = 1e-9  # degrees: the inverses stop when a step is smaller than this
_MAX_STEPS = 30

_ALIASES = {"gcj-02": GCJ02, "gcj02": GCJ02, "gcj_02": GCJ02, "gcj": GCJ02,
            "bd-09": BD09, "bd09": BD09, "bd_09": BD09, "bd09ll": BD09, "bd-09ll": BD09}


def offset_kind(value) -> str | None:
    """``"GCJ-02"`` or ``"BD-09"`` when ``value`` names one of the offsets (any common spelling), else None."""
    if not isinstance(value, str):
        return None
    return _ALIASES.get(value.strip().lower())


def _outside_china(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    return (lon < 72.004) | (lon > 137.8347) | (lat < 0.8293) | (lat > 55.8271)


def _offset(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 minus WGS 84 at (lon, lat) in WGS 84, in degrees."""
    x, y = lon - 105.0, lat - 35.0
    common = (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x)) + common
            + (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
            + (160.0 * np.sin(y / 12.0 * np.pi) + 320.0 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0)
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x)) + common
            + (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
            + (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0)
    rad = lat / 180.0 * np.pi
    magic = 1.0 - _EE * np.sin(rad) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = dlat * 180.0 / ((_A * (1.0 - _EE)) / (magic * sqrt_magic) * np.pi)
    dlon = dlon * 180.0 / (_A / sqrt_magic * np.cos(rad) * np.pi)
    outside = _outside_china(lon, lat)
    return np.where(outside, 0.0, dlon), np.where(outside, 0.0, dlat)


def _arrays(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)


def wgs84_to_gcj02(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 lon/lat of WGS 84 (or CGCS2000) lon/lat; arrays or scalars."""
    lon, lat = _arrays(lon, lat)
    dlon, dlat = _offset(lon, lat)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 (CGCS2000) lon/lat of GCJ-02 lon/lat, by iteration to under 1e-9 degrees."""
    lon, lat = _arrays(lon, lat)
    return _invert(wgs84_to_gcj02, lon, lat)


def gcj02_to_bd09(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """BD-09 lon/lat of GCJ-02 lon/lat."""
    x, y = _arrays(lon, lat)
    z = np.sqrt(x * x + y * y) + 0.00002 * np.sin(y * _X_PI)
    theta = np.arctan2(y, x) + 0.000003 * np.cos(x * _X_PI)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def bd09_to_gcj02(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 lon/lat of BD-09 lon/lat, by iteration to under 1e-9 degrees."""
    lon, lat = _arrays(lon, lat)
    return _invert(gcj02_to_bd09, lon, lat)


def bd09_to_wgs84(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 (CGCS2000) lon/lat of BD-09 lon/lat."""
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


def wgs84_to_bd09(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """BD-09 lon/lat of WGS 84 (CGCS2000) lon/lat."""
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


def _invert(forward, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solve forward(x, y) = (lon, lat): the offsets are small and smooth, so x <- x - (f(x) - target)
    converges quickly (about three steps to 1e-9 degrees)."""
    x, y = lon.copy(), lat.copy()
    finite = np.isfinite(x) & np.isfinite(y)
    for _ in range(_MAX_STEPS):
        fx, fy = forward(x, y)
        dx, dy = fx - lon, fy - lat
        x, y = x - dx, y - dy
        if not np.any(finite & ((np.abs(dx) > _TOLERANCE) | (np.abs(dy) > _TOLERANCE))):
            break
    return x, y


_TO_TRUE = {GCJ02: gcj02_to_wgs84, BD09: bd09_to_wgs84}


def to_cgcs2000(lon, lat, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """CGCS2000 lon/lat of GCJ-02 or BD-09 lon/lat (``kind`` as :func:`offset_kind` reads it)."""
    return _TO_TRUE[offset_kind(kind) or kind](lon, lat)


def offset_note(kind: str) -> str:
    """The sentence a reader adds to its warnings after taking an offset out."""
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "Coordinates converted from {offset} to CGCS2000 "
                                  "(EPSG:4490)."), offset=offset_kind(kind) or kind)


def remove_offset(geometries, kind: str):
    """Geometries (shapely array or GeoSeries values) with the GCJ-02 or BD-09 offset taken out: lon/lat in
    CGCS2000. Empty and missing geometries pass through."""

    def move(coords: np.ndarray) -> np.ndarray:
        out = coords.copy()
        out[:, 0], out[:, 1] = to_cgcs2000(coords[:, 0], coords[:, 1], kind)
        return out

    return shapely.transform(np.asarray(geometries, dtype=object), move, include_z=None)


def undo_offset(frame, crs):
    """For a reader given ``crs``: when it names GCJ-02 or BD-09, the frame moved to CGCS2000 lon/lat.

    Returns
    -------
    (frame, crs, note)
        ``frame`` unchanged, ``crs`` as given and ``note`` empty when ``crs`` is no offset; else a copy
        of the frame in CGCS2000, ``"EPSG:4490"`` and a sentence saying what was done.
    """
    kind = offset_kind(crs)
    if kind is None:
        return frame, crs, ""
    moved = remove_offset(frame.geometry.values, kind)
    frame = frame.set_geometry(gpd.GeoSeries(moved, index=frame.index))
    return frame.set_crs("EPSG:4490", allow_override=True), "EPSG:4490", offset_note(kind)
