"""Identify: what lies under a point on the map, across the visible layers, and how to present it.

:func:`identify` finds the features (or raster values) at a point; :func:`describe` turns one layer's finds
into titled features with their fields (aliases such as name_zh -> 名称, coded values named), ready for a
panel or a headless command to show.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from layers.code_lists import field_alias, value_label
from layers.township import township_kind

MAX_FEATURES_PER_LAYER = 50
#: the fields that name a feature, in the order they are tried
TITLE_FIELDS = ("name_zh", "name", "NAME", "title", "sensor_id", "id")


@dataclass(frozen=True)
class Field:
    """One attribute of a found feature: the field's alias (shown), its value as text, its own name."""

    alias: str
    value: str
    name: str


@dataclass(frozen=True)
class Feature:
    """One found feature: its title (its name, else ``#row``) and its fields, geometry left out."""

    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Finding:
    """What one layer holds at the point: ``count`` features (the first :data:`MAX_FEATURES_PER_LAYER`
    described in ``features``), or a raster's ``bands`` values as text."""

    layer: object
    count: int = 0
    features: tuple[Feature, ...] = ()
    bands: tuple[str, ...] = ()

    @property
    def is_raster(self) -> bool:
        return not self.features and bool(self.bands)


def identify(layers, x: float, y: float, tolerance: float, crs: str) -> list[tuple[object, object]]:
    """Features (row positions) or raster values (one per band) of every visible layer at ``x, y`` in the
    project CRS ``crs``, as ``[(layer, rows or values)]``; a layer in a CRS that cannot be reached is
    skipped."""
    from datasources.crs import transformer

    results = []
    for layer in layers:
        if not layer.visible:
            continue
        lx, ly, tol = x, y, tolerance
        if layer.crs and crs and layer.crs != crs:
            try:
                tr = transformer(crs, layer.crs)
                lx, ly = tr.transform(x, y)
                ex, _ = tr.transform(x + tolerance, y)
                tol = abs(ex - lx)
            except Exception:  # noqa: BLE001 — a layer in an odd CRS is skipped, not fatal
                continue
        if hasattr(layer, "identify"):
            rows = layer.identify(lx, ly, tol)
            if len(rows):
                results.append((layer, rows))
        elif hasattr(layer, "value_at"):
            values = layer.value_at(lx, ly)
            if values and any(v is not None for v in values):
                results.append((layer, values))
    return results


def describe(layer, found) -> Finding:
    """One layer's finds from :func:`identify` made ready to show."""
    if not hasattr(layer, "geometry_kind"):
        return Finding(layer, bands=tuple(text(value) for value in found))
    rows = np.asarray(found)[:MAX_FEATURES_PER_LAYER]
    data = layer.data
    geom = data.geometry.name
    kind = township_kind(layer)
    features = []
    for row in rows:
        record = data.iloc[int(row)]
        fields = tuple(Field(field_alias(kind, col), value_text(kind, col, value), str(col))
                       for col, value in record.items() if col != geom)
        features.append(Feature(feature_title(record, int(row)), fields))
    return Finding(layer, count=len(found), features=tuple(features))


def feature_title(record, row: int) -> str:
    """A feature's name (the first of :data:`TITLE_FIELDS` it has), else ``#row`` counted from 1."""
    for key in TITLE_FIELDS:
        if key in record.index and text(record[key]) not in ("", "NULL"):
            return text(record[key])
    return f"#{row + 1}"


def value_text(kind: str, column, value) -> str:
    """A field's value as shown: a coded value by its name in the interface language."""
    shown = text(value)
    if shown == "NULL" or not isinstance(value, str):
        return shown
    return value_label(kind, str(column), value)


def text(value) -> str:
    """A value as text: ``NULL`` for None and NaN, floats to six significant digits."""
    if value is None:
        return "NULL"
    if isinstance(value, float):
        if np.isnan(value):
            return "NULL"
        return f"{value:.6g}"
    return str(value)
