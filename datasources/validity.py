"""Flag bad features instead of dropping them; recover what strict parsers refuse.

Everything here is vectorised with shapely 2 except the lenient WKB reader, which runs only on the
few geometries GEOS refuses to build (rings of 2 points, for example).
"""

from __future__ import annotations

import os
import struct
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note
from datasources.source import PROBLEM_COLUMN

NULL = "null geometry"
EMPTY = "empty geometry"
NON_FINITE = "non-finite coordinates"
SHORT_RING = "ring with fewer than 4 points"
UNREADABLE = "unreadable geometry"

_POINTISH = (shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT)
_POLYGONAL = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)
_SPLIT_FROM = 20_000  # geometries; below this a second thread costs more than it saves


def flag_problems(geoms: np.ndarray, known: np.ndarray | None = None) -> np.ndarray:
    """Return the reason each geometry is bad, ``""`` for a good one.

    Parameters
    ----------
    geoms : ndarray of shapely geometries (or None)
    known : ndarray of str, optional
        Reasons found earlier (e.g. while parsing); they are kept.

    Returns
    -------
    ndarray of str
        Per geometry: null, empty, non-finite coordinates, a ring with fewer than 4 points, or
        :func:`shapely.is_valid_reason`'s answer, checked in that order; ``""`` when good.

    Notes
    -----
    One cheap pass sorts out the suspects: :func:`shapely.is_valid` (which also refuses non-finite
    x or y), infinite z (GEOS ignores z) on 3D geometries only, and empty holes on polygons with
    holes only. The reasons are then worked out for the suspects alone, so a clean layer costs
    one validity pass, split over two threads on big layers (GEOS runs without the GIL).
    """
    geoms = np.asarray(geoms, dtype=object)
    types = shapely.get_type_id(geoms)
    problems, todo = _null_and_empty(geoms, known, types < 0)
    if not todo.any():
        return problems
    idx = np.arange(len(geoms)) if todo.all() else np.flatnonzero(todo)
    some = geoms if todo.all() else geoms[idx]
    suspect = ~_is_valid(some)
    deep = shapely.has_z(some)
    if deep.any():
        suspect[deep] |= _infinite_z(some[deep])
    if np.isin(types, _POLYGONAL).any():
        suspect |= _has_empty_hole(some, types[idx])
    if suspect.any():
        _explain(geoms, idx[suspect], problems)
    return problems


def flag_cheap_problems(geoms: np.ndarray, known: np.ndarray | None = None) -> np.ndarray:
    """Flag what costs no validity pass: null, empty and non-finite coordinates.

    The quick half of :func:`flag_problems`, for reading a file fast and checking validity later:
    ``flag_problems(geoms, flag_cheap_problems(geoms))`` equals ``flag_problems(geoms)``.

    Parameters
    ----------
    geoms : ndarray of shapely geometries (or None)
    known : ndarray of str, optional
        Reasons found earlier (e.g. while parsing); they are kept.

    Returns
    -------
    ndarray of str
        :data:`NULL`, :data:`EMPTY`, :data:`NON_FINITE` or ``""`` (not checked further yet).
    """
    geoms = np.asarray(geoms, dtype=object)
    problems, todo = _null_and_empty(geoms, known, shapely.is_missing(geoms))
    if todo.any() and _maybe_non_finite(geoms if todo.all() else geoms[todo]):
        _flag_non_finite(geoms, todo, problems)
    return problems


def _null_and_empty(geoms: np.ndarray, known, missing: np.ndarray):
    """Start the reasons: earlier ones kept, then null and empty flagged; also what is left to check."""
    problems = np.full(len(geoms), "", dtype=object)
    if known is not None:
        problems[:] = known
    todo = problems == "" if known is not None else np.ones(len(geoms), dtype=bool)
    problems[todo & missing] = NULL
    todo &= ~missing
    empty = np.zeros(len(geoms), dtype=bool)
    empty[todo] = shapely.is_empty(geoms[todo])
    problems[empty] = EMPTY
    return problems, todo & ~empty


def _maybe_non_finite(geoms: np.ndarray) -> bool:
    """False when every x and y is finite and no z is infinite (one sum: NaN and inf propagate).

    A sum that overflows on huge finite coordinates answers True, and the exact per-feature pass
    then finds nothing: never a false "all finite".
    """
    first = shapely.get_type_id(geoms[:1])
    if first.size and first[0] == 0 and (shapely.get_type_id(geoms) == 0).all():
        # points only: a point's bounds are its x and y, so NaN and inf carry through (3x cheaper)
        total = shapely.bounds(geoms).sum()
    else:
        total = shapely.get_coordinates(geoms).sum()
    if not np.isfinite(total):
        return True
    deep = shapely.has_z(geoms)
    if not deep.any():
        return False
    z = shapely.get_coordinates(geoms[deep], include_z=True)[:, 2]
    return bool(np.isinf(z).any())


def problems_note(flagged: int, total: int) -> str:
    """The sentence a reader adds to its warnings when ``flagged`` of ``total`` features are bad."""
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{flagged} of {total} features have geometry problems; "
                                  "they are kept and flagged in the {column} column."),
                flagged=flagged, total=total, column=PROBLEM_COLUMN)


def _explain(geoms: np.ndarray, idx: np.ndarray, problems: np.ndarray) -> None:
    """Work out the reason for each of the suspect geometries ``geoms[idx]`` (all non-empty)."""
    mask = np.zeros(len(geoms), dtype=bool)
    mask[idx] = True
    types = np.full(len(geoms), -1)
    types[idx] = shapely.get_type_id(geoms[idx])
    points = mask & np.isin(types, _POINTISH)
    if points.any():
        _flag_non_finite(geoms, points, problems)
    others = mask & ~points
    if others.any():
        _flag_non_finite(geoms, others, problems)
        others &= problems == ""
        _flag_short_rings(geoms, others & np.isin(types, _POLYGONAL), problems)
        others &= problems == ""
        bad = np.flatnonzero(others)
        bad = bad[~shapely.is_valid(geoms[bad])]
        if bad.size:
            problems[bad] = shapely.is_valid_reason(geoms[bad])


def _is_valid(geoms: np.ndarray) -> np.ndarray:
    """:func:`shapely.is_valid`, the two halves of a big array on two threads."""
    if len(geoms) < _SPLIT_FROM or (os.cpu_count() or 1) < 2:
        return shapely.is_valid(geoms)
    half = len(geoms) // 2
    with ThreadPoolExecutor(max_workers=1) as pool:
        second = pool.submit(shapely.is_valid, geoms[half:])
        first = shapely.is_valid(geoms[:half])
        return np.concatenate([first, second.result()])


def _infinite_z(geoms: np.ndarray) -> np.ndarray:
    """Which 3D geometries have an infinite z (GEOS validity looks at x and y only)."""
    coords, owner = shapely.get_coordinates(geoms, include_z=True, return_index=True)
    found = np.zeros(len(geoms), dtype=bool)
    found[owner[np.isinf(coords[:, 2])]] = True
    return found


def _has_empty_hole(geoms: np.ndarray, types: np.ndarray) -> np.ndarray:
    """Which polygons or multipolygons hold a ring of fewer than 4 points (GEOS calls them valid).

    GEOS builds rings of 0 or at least 4 points, and a part without holes whose shell is empty has
    no rings at all, so only parts with holes need their rings looked at.
    """
    found = np.zeros(len(geoms), dtype=bool)
    polys = np.flatnonzero(types == shapely.GeometryType.POLYGON)
    multi = np.flatnonzero(types == shapely.GeometryType.MULTIPOLYGON)
    parts, owner = shapely.get_parts(geoms[multi], return_index=True)
    parts = np.concatenate([geoms[polys], parts])
    owner = np.concatenate([polys, multi[owner]])
    holed = shapely.get_num_interior_rings(parts) > 0
    rings, ring_owner = shapely.get_rings(parts[holed], return_index=True)
    short = shapely.get_num_coordinates(rings) < 4
    found[owner[holed][ring_owner[short]]] = True
    return found


def _flag_non_finite(geoms: np.ndarray, mask: np.ndarray, problems: np.ndarray) -> None:
    idx = np.flatnonzero(mask)
    coords, owner = shapely.get_coordinates(geoms[idx], include_z=True, return_index=True)
    # a 2D geometry reports NaN for z: only x and y must be finite, z may be NaN (absent)
    finite_xy = np.isfinite(coords[:, :2]).all(axis=1)
    finite_z = ~np.isinf(coords[:, 2])
    bad = np.unique(owner[~(finite_xy & finite_z)])
    problems[idx[bad]] = NON_FINITE


def _flag_short_rings(geoms: np.ndarray, mask: np.ndarray, problems: np.ndarray) -> None:
    idx = np.flatnonzero(mask)
    if not idx.size:
        return
    parts, part_owner = shapely.get_parts(geoms[idx], return_index=True)
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    short = shapely.get_num_coordinates(rings) < 4
    problems[idx[np.unique(part_owner[ring_owner[short]])]] = SHORT_RING


def geometries_from_wkb(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Build geometries from WKB, keeping those GEOS refuses (e.g. 2-point rings).

    Returns
    -------
    geoms : ndarray of geometries (None where the WKB is null)
    problems : ndarray of str
        :data:`SHORT_RING` or :data:`UNREADABLE` where the strict reader failed, else ``""``.
    """
    wkb = np.asarray(wkb, dtype=object)
    problems = np.full(len(wkb), "", dtype=object)
    geoms = shapely.from_wkb(wkb, on_invalid="ignore")
    refused = np.flatnonzero(shapely.is_missing(geoms) & np.not_equal(wkb, None))
    for i in refused:
        try:
            geoms[i] = lenient_from_wkb(bytes(wkb[i]))
            problems[i] = SHORT_RING
        except (struct.error, ValueError, shapely.errors.GEOSException) as exc:
            problems[i] = f"{UNREADABLE} ({exc})"
    return geoms, problems


def lenient_from_wkb(data: bytes):
    """Read one WKB geometry, closing rings and padding short ones to 4 points.

    The result keeps the feature's shape (a degenerate ring stays degenerate, and is invalid), so it
    can be shown and flagged rather than lost.
    """
    geom, _ = _read(memoryview(data), 0)
    return geom


def _read(buf: memoryview, pos: int):
    order = "<" if buf[pos] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    has_z = bool(code & 0x80000000) or (code % 10000) // 1000 in (1, 3)
    has_m = bool(code & 0x40000000) or (code % 10000) // 1000 in (2, 3)
    if code & 0x20000000:  # EWKB SRID
        pos += 4
    kind = (code & 0x0FFFFFFF) % 1000
    dims = 2 + has_z + has_m

    def coords(at: int) -> tuple[np.ndarray, int]:
        (n,) = struct.unpack_from(order + "I", buf, at)
        at += 4
        arr = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=at).reshape(n, dims)
        return arr[:, : 3 if has_z else 2], at + 8 * n * dims

    if kind == 1:
        arr = np.frombuffer(buf, dtype=order + "f8", count=dims, offset=pos)
        return shapely.points(arr[: 3 if has_z else 2]), pos + 8 * dims
    if kind == 2:
        arr, pos = coords(pos)
        if len(arr) == 1:
            arr = np.vstack([arr, arr])
        return shapely.linestrings(arr), pos
    if kind == 3:
        (nrings,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        rings = []
        for _ in range(nrings):
            arr, pos = coords(pos)
            if len(arr):
                rings.append(_padded_ring(arr))
        if not rings:
            return shapely.Polygon(), pos
        return shapely.Polygon(rings[0], rings[1:]), pos
    if kind in (4, 5, 6, 7):
        (nparts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        parts = []
        for _ in range(nparts):
            part, pos = _read(buf, pos)
            parts.append(part)
        maker = {4: shapely.MultiPoint, 5: shapely.MultiLineString, 6: shapely.MultiPolygon,
                 7: shapely.GeometryCollection}[kind]
        return maker(parts), pos
    raise ValueError(f"WKB geometry type {code} is not supported")


def _padded_ring(arr: np.ndarray) -> np.ndarray:
    if len(arr) and not np.array_equal(arr[0], arr[-1]):
        arr = np.vstack([arr, arr[:1]])
    while len(arr) < 4:
        arr = np.vstack([arr, arr[:1]])
    return arr


def restore_topojson_nulls(frame, raw: dict, layer: str):
    """Put back the null-geometry objects GDAL's TopoJSON driver skips, in their original order.

    Parameters
    ----------
    frame : GeoDataFrame
        What GDAL read for ``layer``.
    raw : dict
        The parsed TopoJSON.
    layer : str
        The layer (TopoJSON object) name.

    Returns
    -------
    (GeoDataFrame, int)
        The frame with every object of the file, and the objects still missing (0 when aligned;
        otherwise the frame is returned as read and the count says what the driver dropped).
    """
    import geopandas as gpd
    import pandas as pd

    objects = raw.get("objects") or {}
    obj = objects.get(layer) or (next(iter(objects.values())) if len(objects) == 1 else None)
    if not isinstance(obj, dict):
        return frame, 0
    members = obj.get("geometries") if obj.get("type") == "GeometryCollection" else [obj]
    members = [m for m in members or [] if isinstance(m, dict)]
    null_at = [i for i, m in enumerate(members) if m.get("type") is None]
    if not null_at or len(members) - len(null_at) != len(frame):
        return frame, max(len(members) - len(frame), 0)
    records = [dict(members[i].get("properties") or {}, id=members[i].get("id")) for i in null_at]
    nulls = pd.DataFrame.from_records(records, index=null_at)
    nulls = nulls[[c for c in nulls.columns if c in frame.columns]]
    nulls = gpd.GeoDataFrame(nulls, geometry=gpd.GeoSeries([None] * len(null_at), index=null_at,
                                                           crs=frame.crs))
    kept = frame.set_axis([i for i in range(len(members)) if i not in set(null_at)], axis=0)
    whole = pd.concat([kept, nulls]).sort_index()
    whole = gpd.GeoDataFrame(whole.reset_index(drop=True), geometry="geometry", crs=frame.crs)
    return whole, 0
