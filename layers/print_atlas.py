"""The village atlas: one page per village, its map zoomed to the village and a table of its figures.

No Qt: the pages are plain data (:class:`AtlasPage`), drawn by ``widgets.printing``. The figures come
from the project's layers: the village's area measured on its geometry (km² and 亩), households and
population from the villages layer's own columns (else counted from the households layer), and the
residents' reports (incidents) from an incidents layer of the project or a frame the caller read from
the store (``session.features.read("incidents")``), counted by ``village_code`` or by location.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

MU_PER_KM2 = 1500.0
"""亩 in a square kilometre (1 亩 = 10,000/15 m²)."""
PAD = 0.08
"""Room around a village on its page, as a share of its size."""


@dataclass
class AtlasPage:
    """One village: its code and name, the extent its map shows, and its figures (label, value) rows."""

    code: str
    name: str
    bbox: tuple[float, float, float, float]
    figures: list[tuple[str, str]] = field(default_factory=list)
    geometry: object = None


def villages_layer(project):
    """The project's villages layer (by its source name or store kind ``villages``), or None."""
    for layer in project.layers:
        if "villages" in (getattr(layer, "source_name", None), getattr(layer, "store_kind", None)):
            data = getattr(layer, "data", None)
            if data is not None and getattr(data, "geometry", None) is not None and len(data):
                return layer
    return None


def _layer_named(project, name: str):
    for layer in project.layers:
        if name in (getattr(layer, "source_name", None), getattr(layer, "store_kind", None)):
            if getattr(layer, "data", None) is not None:
                return layer
    return None


def _count_by_village(frame, villages, codes: pd.Series) -> pd.Series | None:
    """How many rows of ``frame`` belong to each village: by ``village_code`` when it has one, else by
    the village polygon the point lies in."""
    if frame is None or len(frame) == 0:
        return pd.Series(0, index=codes.values) if frame is not None else None
    if "village_code" in frame.columns:
        counted = frame["village_code"].astype(str).value_counts()
        return counted.reindex(codes.values, fill_value=0)
    if getattr(frame, "geometry", None) is None:
        return None
    import geopandas as gpd

    points = frame if frame.crs == villages.crs else frame.to_crs(villages.crs)
    joined = gpd.sjoin(points[[points.geometry.name]], villages[[villages.geometry.name]].assign(
        _code=codes.values), predicate="within", how="inner")
    return joined["_code"].value_counts().reindex(codes.values, fill_value=0)


def _areas_km2(villages, crs: str) -> pd.Series:
    from pyproj import CRS

    frame = villages
    if frame.crs is None or not CRS.from_user_input(frame.crs).is_projected:
        from layers.measure import metric_crs_for

        bounds = tuple(villages.to_crs("EPSG:4326").total_bounds) if villages.crs else None
        frame = villages.to_crs(metric_crs_for(bounds, "EPSG:4326")) if bounds else villages
    factor = CRS.from_user_input(frame.crs).axis_info[0].unit_conversion_factor if frame.crs else 1.0
    return frame.geometry.area * (factor ** 2) / 1e6


def codes_of(value) -> list[str]:
    """Village codes from a list or a comma-separated text (empty: every village)."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [str(v).strip() for v in items if str(v).strip()]


def _number(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{int(round(float(value))):,}"


def atlas_pages(project, incidents=None, labels: dict | None = None, feedback=None,
                only: list[str] | None = None) -> list[AtlasPage]:
    """One :class:`AtlasPage` per village of ``project``, in the order of their codes.

    Parameters
    ----------
    project : Project
    incidents : DataFrame, optional
        The residents' reports (``village_code`` or point geometry); default: the project's incidents
        layer when it has one. Without any, the table has no incidents row.
    labels : dict, optional
        The row labels in the interface language, by key: ``area_km2``, ``area_mu``, ``households``,
        ``population``, ``incidents``, ``code``.
    only : list of str, optional
        Only these villages (by code), in code order.

    Raises
    ------
    ValueError
        When the project has no villages layer, or a code asked for is not one of its villages.
    """
    from datasources.feedback import Feedback

    feedback = Feedback.of(feedback)
    layer = villages_layer(project)
    if layer is None:
        raise ValueError("the project has no villages layer to make an atlas of")
    crs = project.crs
    villages = layer.data_in(crs) if hasattr(layer, "data_in") else layer.data
    villages = villages[villages.geometry.notna() & ~villages.geometry.is_empty]
    names = {"area_km2": "Area (km²)", "area_mu": "Area (mu)", "households": "Households",
             "population": "Population", "incidents": "Incidents", "code": "Village code"}
    names.update(labels or {})
    codes = (villages["village_code"].astype(str) if "village_code" in villages.columns
             else pd.Series([str(i + 1) for i in range(len(villages))], index=villages.index))
    name_col = next((c for c in ("name_zh", "name", "name_pinyin") if c in villages.columns), None)
    areas = _areas_km2(villages, crs)
    households_layer = _layer_named(project, "households")
    households_data = households_layer.data if households_layer is not None else None
    if "households" in villages.columns:
        households = pd.Series(villages["households"].values, index=codes.values)
    else:
        households = _count_by_village(households_data, villages, codes)
    if "population" in villages.columns:
        population = pd.Series(villages["population"].values, index=codes.values)
    elif households_data is not None and "persons" in households_data.columns \
            and "village_code" in households_data.columns:
        population = households_data.groupby(households_data["village_code"].astype(str))["persons"].sum() \
            .reindex(codes.values, fill_value=0)
    else:
        population = None
    if incidents is None:
        incidents_layer = _layer_named(project, "incidents")
        incidents = incidents_layer.data if incidents_layer is not None else None
    reports = _count_by_village(incidents, villages, codes) if incidents is not None else None
    pages = []
    order = sorted(range(len(villages)), key=lambda i: codes.iloc[i])
    if codes_wanted := codes_of(only):
        unknown = sorted(set(codes_wanted) - set(codes))
        if unknown:
            raise ValueError(f"the villages layer has no village coded {', '.join(unknown)}")
        order = [i for i in order if codes.iloc[i] in set(codes_wanted)]
    for n, i in enumerate(order):
        feedback.check()
        feedback.progress(n / max(len(order), 1), "")
        geom = villages.geometry.iloc[i]
        code = codes.iloc[i]
        minx, miny, maxx, maxy = geom.bounds
        pad = max(maxx - minx, maxy - miny) * PAD
        rows = [(names["code"], code),
                (names["area_km2"], f"{areas.iloc[i]:,.2f}"),
                (names["area_mu"], f"{areas.iloc[i] * MU_PER_KM2:,.0f}")]
        if households is not None:
            rows.append((names["households"], _number(households.get(code))))
        if population is not None:
            rows.append((names["population"], _number(population.get(code))))
        if reports is not None:
            rows.append((names["incidents"], _number(reports.get(code, 0))))
        name = str(villages[name_col].iloc[i]) if name_col else code
        pages.append(AtlasPage(code, name, (minx - pad, miny - pad, maxx + pad, maxy + pad), rows, geom))
    return pages
