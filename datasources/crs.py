"""Coordinate reference systems: read them, name them, and infer them when a file has none.

Conventions: CRSs are passed around as strings, ``"EPSG:xxxx"`` when an EPSG code matches, else WKT.
Transformers are always built with ``always_xy=True`` (EPSG:4490 and the Gauss-Kruger zones are
lat/lon and northing/easting in the EPSG database).
"""

from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note

CGCS2000 = "EPSG:4490"
WGS84 = "EPSG:4326"

# China's extent in lon/lat, generous (Hainan province reaches 3.8N).
_CHINA = (73.0, 3.0, 136.0, 54.0)  # down to the Nansha islands
# Taiwan with Penghu, Kinmen, Matsu and Dongsha: its surveys (TWD97) and web maps publish true lon/lat;
# the GCJ-02 offset of the mainland's web maps does not apply there.
_TAIWAN = ((119.25, 21.85, 122.1, 25.35), (118.2, 24.38, 118.5, 24.53), (119.85, 25.9, 120.55, 26.42),
           (116.6, 20.55, 116.85, 20.8))

#: The CRSs a township draws its map in, with their English names (the window shows them translated).
COMMON_CRS: list[tuple[str, str]] = [
    ("EPSG:4549", "CGCS2000 / 3-degree Gauss-Kruger CM 120E"),
    ("EPSG:4548", "CGCS2000 / 3-degree Gauss-Kruger CM 117E"),
    ("EPSG:4547", "CGCS2000 / 3-degree Gauss-Kruger CM 114E"),
    ("EPSG:4528", "CGCS2000 / 3-degree Gauss-Kruger zone 40"),
    ("EPSG:4490", "CGCS2000 (lon/lat)"),
    ("EPSG:4326", "WGS 84 (lon/lat)"),
    ("EPSG:3857", "WGS 84 / Pseudo-Mercator"),
]
#: What lon/lat data that declared no CRS may be in: the geodetic frames and China's web-map offsets
#: (GCJ-02 and BD-09 are converted to CGCS2000 when chosen, see :mod:`datasources.china_offsets`).
LONLAT_CHOICES: list[tuple[str, str]] = [
    ("EPSG:4490", "CGCS2000 (lon/lat)"),
    ("EPSG:4326", "WGS 84 (lon/lat)"),
    ("GCJ-02", "GCJ-02 (AMap, Tencent): converted to CGCS2000"),
    ("BD-09", "BD-09 (Baidu): converted to CGCS2000"),
]
#: The reason :func:`infer_crs` gives for lon/lat inside China, the case where GCJ-02 is likely.
LONLAT_IN_CHINA = "inferred: lon/lat ranges inside China, CGCS2000 assumed"
#: The reason for lon/lat on Taiwan, where no web-map offset is expected.
LONLAT_IN_TAIWAN = "inferred: lon/lat ranges in Taiwan, WGS 84 assumed (no web-map offset there)"


@dataclass(frozen=True)
class CRSGuess:
    """The CRS inferred for data that declared none.

    ``crs`` is None when nothing could be inferred safely; ``candidates`` then lists what it may be.
    """

    crs: str | None
    reason: str
    candidates: tuple[str, ...] = field(default_factory=tuple)
    warning: str = ""


PROJ_LOCK = threading.RLock()  # PROJ database look-ups crash when two threads run them at once
_local = threading.local()


def crs_to_string(crs) -> str | None:
    """Return ``"EPSG:xxxx"`` for a CRS-like value where an EPSG code matches, else its WKT.

    Safe to call from worker threads (look-ups are serialised and strings are cached).
    """
    if crs is None:
        return None
    if isinstance(crs, str):
        return _string_to_string(crs)
    with PROJ_LOCK:
        return _identify(crs)


@lru_cache(maxsize=512)
def _string_to_string(text: str) -> str | None:
    with PROJ_LOCK:
        return _identify(text)


def _identify(crs) -> str | None:
    try:
        obj = CRS.from_user_input(crs)
    except CRSError:
        return None
    code = obj.to_epsg(min_confidence=70)
    if code is not None:
        return f"EPSG:{code}"
    auth = obj.to_authority(min_confidence=70)
    if auth is not None:
        return f"{auth[0]}:{auth[1]}"
    return obj.to_wkt()


def crs_name(code: str | None) -> str:
    """The English name of a CRS: from :data:`COMMON_CRS` or :data:`LONLAT_CHOICES`, else PROJ's name
    (``"CGCS2000 / 3-degree Gauss-Kruger zone 39"``); ``""`` for an unknown or missing one."""
    if not code:
        return ""
    for known, name in (*COMMON_CRS, *LONLAT_CHOICES):
        if known == code:
            return name
    try:
        with PROJ_LOCK:
            return CRS.from_user_input(code).name or ""
    except CRSError:
        return ""


def transformer(src: str, dst: str) -> Transformer:
    """A transformer from ``src`` to ``dst`` in x/y (lon/lat, easting/northing) order.

    Cached per thread: pyproj transformers must not be shared between threads.
    """
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    key = (str(src), str(dst))
    found = cache.get(key)
    if found is None:
        with PROJ_LOCK:
            found = Transformer.from_crs(CRS.from_user_input(src), CRS.from_user_input(dst),
                                         always_xy=True)
        if len(cache) > 256:
            cache.clear()
        cache[key] = found
    return found


@lru_cache(maxsize=64)
def transverse_mercator_parameters(code: str) -> tuple[float, float] | None:
    """``(scale factor on the central meridian, false easting in metres)`` of a transverse Mercator CRS in
    metres (the Gauss-Kruger zones, UTM), else None. Its point scale follows from the easting alone, with
    no transformation to build (the first one of a session takes a twentieth of a second)."""
    try:
        with PROJ_LOCK:
            crs = CRS.from_user_input(code)
            operation = crs.coordinate_operation if crs.is_projected else None
            if operation is None or operation.method_name != "Transverse Mercator":
                return None
            if any(axis.unit_name != "metre" for axis in crs.axis_info):
                return None
            values = {p.name: p.value for p in operation.params}
    except CRSError:
        return None
    k0 = values.get("Scale factor at natural origin")
    east = values.get("False easting")
    return None if k0 is None or east is None else (float(k0), float(east))


def transverse_mercator_scale(code: str, easting: float) -> float | None:
    """The point scale (grid distance over ground distance) of a transverse Mercator CRS at ``easting``:
    ``k0 (1 + x**2 / (2 k0**2 R**2))``, within a millionth of the exact one over a 3-degree zone; None for
    other CRSs."""
    params = transverse_mercator_parameters(str(code))
    if params is None:
        return None
    k0, false_easting = params
    x = easting - false_easting
    return k0 * (1.0 + x * x / (2.0 * k0 * k0 * 6_371_000.0 ** 2))


def gauss_kruger_3deg(central_meridian: float, zone_prefix: bool = False) -> str:
    """The CGCS2000 3-degree Gauss-Kruger CRS for a central meridian (75E..135E).

    With ``zone_prefix`` the false easting carries the zone number (EPSG:4513-4533, zones 25-45),
    otherwise it is 500000 (EPSG:4534-4554).
    """
    cm = int(round(central_meridian / 3.0) * 3)
    if not 75 <= cm <= 135:
        raise ValueError(f"central meridian {central_meridian} is outside China's 3-degree zones")
    if zone_prefix:
        return f"EPSG:{4513 + cm // 3 - 25}"
    return f"EPSG:{4534 + (cm - 75) // 3}"


def _epsg_in_name(name: str) -> str | None:
    match = re.search(r"epsg[_:\- ]?(\d{4,5})", name, re.IGNORECASE)
    if match:
        code = f"EPSG:{match.group(1)}"
        try:
            CRS.from_user_input(code)
        except CRSError:
            return None
        return code
    return None


def infer_crs(bounds, name: str = "", hint: str | None = None, points=None) -> CRSGuess:
    """Infer a CRS from the coordinate ranges of data that declared none.

    Parameters
    ----------
    bounds : (minx, miny, maxx, maxy)
        Extent of the data's coordinates.
    name : str
        File name; an ``epsgNNNN`` in it is taken as a hint.
    hint : str, optional
        The project CRS: used for planar data without a zone prefix when the data fit it.
    points : (n, 2) array, optional
        The coordinates themselves (or a sample): lon/lat data lying on Taiwan and its islands is
        taken as WGS 84 without the mainland's GCJ-02 warning, which a bounding box alone cannot tell.
    """
    from_name = _epsg_in_name(name)
    if from_name:
        return CRSGuess(from_name, f"assumed from the file name ({from_name})")
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    if not all(map(_finite, (minx, miny, maxx, maxy))):
        return CRSGuess(None, "no finite coordinates to infer a CRS from")
    if -180.0 <= minx <= maxx <= 180.0 and -90.0 <= miny <= maxy <= 90.0:
        if _on_taiwan((minx, miny, maxx, maxy), points):
            return CRSGuess(WGS84, LONLAT_IN_TAIWAN, (WGS84, "EPSG:3824", CGCS2000))
        inside_china = (_CHINA[0] <= minx and maxx <= _CHINA[2]
                        and _CHINA[1] <= miny and maxy <= _CHINA[3])
        if inside_china:
            return CRSGuess(
                CGCS2000, LONLAT_IN_CHINA, (CGCS2000, WGS84, "GCJ-02", "BD-09"),
                Note(QT_TRANSLATE_NOOP("DataSourceNote", "lon/lat data from web maps in China is often GCJ-02 "
                                       "(AMap/Tencent), a few hundred metres off: confirm the source")),
            )
        return CRSGuess(WGS84, "inferred: lon/lat ranges, WGS 84 assumed", (WGS84,))
    zone_digits = int(minx // 1_000_000)
    if zone_digits == int(maxx // 1_000_000) and 0 <= miny and maxy <= 6_000_000:
        if 25 <= zone_digits <= 45:
            code = f"EPSG:{4513 + zone_digits - 25}"
            return CRSGuess(code, f"inferred: easting carries Gauss-Kruger 3-degree zone {zone_digits} "
                                  "(CGCS2000 assumed)", (code,))
        if 13 <= zone_digits <= 23:
            code = f"EPSG:{4491 + zone_digits - 13}"
            return CRSGuess(code, f"inferred: easting carries Gauss-Kruger 6-degree zone {zone_digits} "
                                  "(CGCS2000 assumed)", (code,))
    if 100_000 <= minx and maxx <= 900_000 and -10_000_000 <= miny and maxy <= 10_000_000:
        if hint:
            try:
                hinted = CRS.from_user_input(hint)
                with warnings.catch_warnings():  # to_dict goes through PROJ strings, which warn
                    warnings.simplefilter("ignore", UserWarning)
                    params = hinted.to_dict()
                if hinted.is_projected and abs(params.get("x_0", 0) - 500_000) < 1:
                    return CRSGuess(crs_to_string(hint),
                                    "assumed: planar metres without a zone, taken as the project CRS",
                                    (crs_to_string(hint),))
            except CRSError:
                pass
        return CRSGuess(None, "planar metres without a zone number: a Gauss-Kruger or UTM zone "
                              "must be chosen", ("Gauss-Kruger 3-degree (EPSG:4534-4554)", "UTM"))
    return CRSGuess(None, "coordinates match no known CRS range (local or arbitrary units?)")


def _on_taiwan(bounds, points) -> bool:
    """True when the data lies on Taiwan and its islands: the whole extent inside Taiwan's main box, or
    at least 95 % of the given points inside one of the boxes (station lists reach Kinmen and Dongsha)."""
    main = _TAIWAN[0]
    if main[0] <= bounds[0] and bounds[2] <= main[2] and main[1] <= bounds[1] and bounds[3] <= main[3]:
        return True
    if points is None:
        return False
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    xy = xy[np.isfinite(xy).all(axis=1)]
    if not len(xy):
        return False
    inside = np.zeros(len(xy), dtype=bool)
    for x0, y0, x1, y1 in _TAIWAN:
        inside |= (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
    return bool(inside.mean() >= 0.95)


def _finite(value: float) -> bool:
    return value == value and value not in (float("inf"), float("-inf"))
