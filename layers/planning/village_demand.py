"""Demand from the villages' population, for a project without households (or when the planner asks).

Each village's population is spread evenly over its area: a point at the centre of every ``spacing`` x
``spacing`` cell (100 m by default) inside the village's boundary carries ``population / cells`` persons
and ``households / cells`` households (when the villages give their number of households, else 0). A
village too small to hold a cell centre gets one point, at a point inside it. A cell is then covered as a
household would be: the coverage at its centre decides.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.planning.desk_work import Demand

SPACING_M = 100.0


def village_demand(villages, crs=None, population: str = "population", households: str = "households",
                   spacing: float = SPACING_M, names: dict | None = None,
                   code: str = "village_code") -> Demand:
    """The :class:`~layers.planning.desk_work.Demand` of ``villages`` (a GeoDataFrame of polygons with a
    ``population`` column), in ``crs`` (metres); ``names`` by village code (default: ``name_zh``)."""
    import shapely

    if population not in villages.columns:
        raise ValueError(f"the villages have no {population!r} column to spread")
    if spacing <= 0:
        raise ValueError("the spacing of the demand cells must be positive")
    frame = villages.to_crs(crs) if crs is not None and villages.crs is not None else villages
    people = pd.to_numeric(frame[population], errors="coerce").fillna(0.0).to_numpy(np.float64)
    homes = pd.to_numeric(frame[households], errors="coerce").fillna(0.0).to_numpy(np.float64) \
        if households in frame.columns else np.zeros(len(frame))
    codes = frame[code].astype(str).to_numpy() if code in frame.columns else \
        np.array([str(i) for i in range(len(frame))], dtype=object)
    if names is None:
        label = "name_zh" if "name_zh" in frame.columns else None
        names = dict(zip(codes, frame[label].astype(str), strict=True)) if label else {}
    xy, weights, shares, village = [], [], [], []
    for geom, persons, count, key in zip(frame.geometry, people, homes, codes, strict=True):
        if geom is None or geom.is_empty:
            continue
        x0, y0, x1, y1 = geom.bounds
        xs = np.arange(np.floor(x0 / spacing) * spacing + spacing / 2, x1, spacing)
        ys = np.arange(np.floor(y0 / spacing) * spacing + spacing / 2, y1, spacing)
        gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
        inside = shapely.contains_xy(geom, gx, gy)
        points = np.column_stack([gx[inside], gy[inside]])
        if not len(points):
            p = geom.representative_point()
            points = np.array([[p.x, p.y]])
        xy.append(points)
        weights.append(np.full(len(points), persons / len(points)))
        shares.append(np.full(len(points), count / len(points)))
        village.append(np.full(len(points), key, dtype=object))
    if not xy:
        empty = np.zeros(0)
        return Demand(np.zeros((0, 2)), empty, np.zeros(0, dtype=object), dict(names), None, empty,
                      "villages")
    return Demand(np.vstack(xy), np.concatenate(weights), np.concatenate(village), dict(names), None,
                  np.concatenate(shares), "villages")


__all__ = ["SPACING_M", "village_demand"]
