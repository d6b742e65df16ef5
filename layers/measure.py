"""Measuring on the ground: geodesic lengths and areas, township units (亩), metric CRSs, buffers.

Lengths and areas are computed on the ellipsoid of the data's own CRS (CGCS2000 for EPSG:4490 and
the Gauss-Kruger zones EPSG:4491-4554, WGS 84 for EPSG:4326 and UTM): geometries are first
transformed to that CRS's geographic CRS, then measured with :class:`pyproj.Geod`. Edges are taken
as geodesics between the vertices.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS, Geod

from datasources.crs import crs_to_string, gauss_kruger_3deg, transformer

MU_M2 = 2000.0 / 3.0
"""One 亩 (mu) in square metres."""

CHINA_LONLAT = (73.0, 17.0, 136.0, 54.0)
"""China's extent in lon/lat, generous: data centred inside it is measured in Gauss-Kruger zones."""


@lru_cache(maxsize=64)
def _ellipsoid_of(crs: str) -> tuple[Geod, str | None]:
    """The Geod of the CRS's ellipsoid and its geographic CRS (None when already geographic)."""
    obj = CRS.from_user_input(crs)
    geodetic = obj.geodetic_crs
    if geodetic is None:
        raise ValueError(f"{crs} has no ellipsoid to measure on")
    ellipsoid = geodetic.ellipsoid
    if ellipsoid.inverse_flattening:
        geod = Geod(a=ellipsoid.semi_major_metre, rf=ellipsoid.inverse_flattening)
    else:  # a sphere
        geod = Geod(a=ellipsoid.semi_major_metre, b=ellipsoid.semi_minor_metre)
    if obj.is_geographic:
        return geod, None
    return geod, crs_to_string(geodetic)


def _to_lonlat(geoms, crs):
    name = crs_to_string(crs)
    if name is None:
        raise ValueError(f"unknown CRS {crs!r}: cannot measure on the ground")
    geod, geographic = _ellipsoid_of(name)
    if geographic is None:
        return geod, geoms
    to_geo = transformer(name, geographic)
    lonlat = shapely.transform(geoms, lambda xy: np.column_stack(to_geo.transform(xy[:, 0], xy[:, 1])))
    return geod, lonlat


def _measure(geoms, crs, one):
    if crs is None:
        raise ValueError("a CRS is needed to measure on the ground")
    single = isinstance(geoms, shapely.Geometry) or geoms is None
    array = np.asarray([geoms] if single else geoms, dtype=object).ravel()
    geod, lonlat = _to_lonlat(array, crs)
    # pyproj adds signed ring areas: shells must run counter-clockwise and holes clockwise.
    lonlat = shapely.orient_polygons(lonlat, exterior_cw=False)
    values = np.array([one(geod, g) if g is not None and not g.is_empty else np.nan for g in lonlat])
    return float(values[0]) if single else values


def geodesic_length(geom, crs) -> float | np.ndarray:
    """Length on the ellipsoid, in metres: of lines, or of polygon boundaries (perimeter).

    Parameters
    ----------
    geom : shapely geometry or array_like of them
        In ``crs`` coordinates. Points measure 0; nulls and empties NaN.
    crs : str or pyproj.CRS
        The geometry's CRS.

    Returns
    -------
    float or numpy.ndarray
        Metres; an array when an array was given.
    """
    return _measure(geom, crs, lambda geod, g: geod.geometry_length(g))


def geodesic_area(geom, crs) -> float | np.ndarray:
    """Area on the ellipsoid, in square metres (always positive; holes subtracted).

    Parameters
    ----------
    geom : shapely geometry or array_like of them
        In ``crs`` coordinates. Points and lines measure 0; nulls and empties NaN.
    crs : str or pyproj.CRS
        The geometry's CRS.

    Returns
    -------
    float or numpy.ndarray
        Square metres; an array when an array was given.
    """
    return _measure(geom, crs, lambda geod, g: abs(geod.geometry_area_perimeter(g)[0]))


def _figure(value: float, significant: int = 3) -> str:
    """``value`` to about ``significant`` digits, with thousands separators and no exponent."""
    if value == 0 or not np.isfinite(value):
        return "0" if value == 0 else str(value)
    magnitude = int(np.floor(np.log10(abs(value))))
    decimals = max(0, significant - 1 - magnitude)
    rounded = round(value, decimals)
    if rounded != 0 and int(np.floor(np.log10(abs(rounded)))) > magnitude:  # 9.996 -> 10.0
        decimals = max(0, decimals - 1)
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals else text


def format_length(metres: float) -> str:
    """A length for people: ``"8.5 m"``, ``"532 m"``, ``"1.25 km"``, ``"12.3 km"``, ``"1,234 km"``.

    Kilometres carry three significant figures, trailing zeros dropped (``"2 km"``, ``"1.5 km"``).
    """
    metres = float(metres)
    if abs(round(metres)) < 1000.0:
        if abs(metres) < 9.95:
            return f"{metres:.1f} m"
        return f"{metres:.0f} m"
    return f"{_figure(metres / 1000.0)} km"


def area_units(m2: float) -> dict[str, float]:
    """An area in every unit the township uses: ``m2``, ``ha``, ``km2`` and ``mu`` (亩)."""
    m2 = float(m2)
    return {"m2": m2, "ha": m2 / 1e4, "km2": m2 / 1e6, "mu": m2 / MU_M2}


def format_area(m2: float) -> str:
    """An area for people, in three units.

    Below one square kilometre ``"12,345 m² · 1.23 ha · 18.5 亩"``, above it
    ``"2.35 km² · 235 ha · 3,525 亩"``. Hectares, 亩 and km² carry three significant figures with
    trailing zeros dropped (``"667 m² · 0.0667 ha · 1 亩"``).
    """
    units = area_units(m2)
    if abs(units["m2"]) < 1e6:
        first = f"{units['m2']:,.1f} m²" if abs(units["m2"]) < 10 else f"{units['m2']:,.0f} m²"
    else:
        first = f"{_figure(units['km2'])} km²"
    return f"{first} · {_figure(units['ha'])} ha · {_figure(units['mu'])} 亩"


def _metric_codes(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The :func:`metric_crs_for` choice for each (lon, lat) centre, vectorised."""
    west, south, east, north = CHINA_LONLAT
    in_china = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    meridian = np.round(np.clip(lon, 75.0, 135.0) / 3.0) * 3.0
    gauss_kruger = 4534 + (meridian - 75.0) // 3  # as datasources.crs.gauss_kruger_3deg
    zone = np.floor((lon + 180.0) / 6.0) % 60 + 1
    utm = np.where(lat >= 0, 32600, 32700) + zone
    return np.where(in_china, gauss_kruger, utm).astype(np.int64)


def _centres_lonlat(bounds: np.ndarray, crs) -> tuple[np.ndarray, np.ndarray]:
    """Lon/lat of the centres of (n, 4) bounds in ``crs``."""
    to_lonlat = transformer(crs_to_string(crs), "EPSG:4326")
    return to_lonlat.transform((bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2)


def metric_crs_for(bounds, crs) -> str:
    """A CRS in metres in which data at ``bounds`` can be measured and buffered with little distortion.

    Inside China (centre within :data:`CHINA_LONLAT`) the CGCS2000 3-degree Gauss-Kruger zone of the
    centre longitude, without zone prefix (EPSG:4534-4554, clamped to 75E..135E); elsewhere the
    WGS 84 UTM zone (EPSG:326xx north, 327xx south).

    Parameters
    ----------
    bounds : (minx, miny, maxx, maxy)
        Extent of the data in ``crs``.
    crs : str or pyproj.CRS
        The data's CRS.
    """
    box = np.asarray(bounds, dtype=np.float64).reshape(1, 4)
    lon, lat = _centres_lonlat(box, crs)
    if not (np.isfinite(lon).all() and np.isfinite(lat).all()):
        raise ValueError(f"cannot place bounds {bounds} in {crs} on the globe")
    code = int(_metric_codes(np.asarray(lon), np.asarray(lat))[0])
    if 32601 <= code <= 32760:
        return f"EPSG:{code}"
    return gauss_kruger_3deg(min(max(float(lon[0]), 75.0), 135.0))


def _is_transverse_mercator_metres(crs) -> bool:
    obj = CRS.from_user_input(crs)
    if not obj.is_projected or obj.coordinate_operation is None:
        return False
    unit = obj.axis_info[0].unit_name if obj.axis_info else ""
    return "Transverse Mercator" in obj.coordinate_operation.method_name and unit == "metre"


def buffer_metres(gdf, distance: float, quad_segs: int = 8):
    """Buffer every geometry by ``distance`` metres on the ground; the result stays in the data's CRS.

    Data already in a Transverse Mercator CRS in metres (Gauss-Kruger, UTM) is buffered as it is;
    anything else is projected feature by feature to the :func:`metric_crs_for` of the feature's
    centre, buffered there, and projected back (so data spread over several zones stays true).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame or geopandas.GeoSeries
        Data with a CRS.
    distance : float
        Metres; negative shrinks polygons.
    quad_segs : int
        Segments per quarter circle.

    Returns
    -------
    Same type as ``gdf``, a copy with buffered geometries in the original CRS.
    """
    if gdf.crs is None:
        raise ValueError("the data has no CRS: cannot buffer in metres")
    geoms = gdf.geometry
    if _is_transverse_mercator_metres(gdf.crs):
        buffered = geoms.buffer(distance, quad_segs=quad_segs)
    else:
        values = np.asarray(geoms.values, dtype=object)
        present = np.flatnonzero(~(shapely.is_missing(values) | shapely.is_empty(values)))
        out = np.full(values.size, None, dtype=object)
        lon, lat = _centres_lonlat(shapely.bounds(values[present]), gdf.crs)
        codes = _metric_codes(np.asarray(lon), np.asarray(lat))
        for code in np.unique(codes):
            rows = present[codes == code]
            part = gpd.GeoSeries(values[rows], crs=gdf.crs).to_crs(f"EPSG:{code}")
            out[rows] = part.buffer(distance, quad_segs=quad_segs).to_crs(gdf.crs).values
        buffered = gpd.GeoSeries(out, index=geoms.index, crs=gdf.crs)
    if isinstance(gdf, gpd.GeoSeries):
        return buffered
    result = gdf.copy()
    result[gdf.active_geometry_name] = buffered
    return result
