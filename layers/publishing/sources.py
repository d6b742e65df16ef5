"""Where a publication's layers come from: the open project's layers (by their table name or their name
in the project) and, when someone is logged in, the township store's kinds the project does not hold
(incidents for their statistics, sensors and readings for today's indices, planned sites...)."""

from __future__ import annotations

from datetime import datetime, timedelta

from layers.publishing.catalog import LayerSource

STORE_KINDS = ("villages", "facilities", "hazard_zones", "incidents", "planned_sites", "sensors")
READINGS_DAYS = 3
"""Days of readings read from the store for today's indices."""


def project_tables(project) -> dict[str, object]:
    """The project's vector layers by table name (their name in the project when they have none)."""
    tables: dict[str, object] = {}
    for layer in project.layers:
        data = getattr(layer, "data", None)
        if data is None or getattr(layer, "store_kind", None) is not None:
            continue
        key = getattr(layer, "source_name", None) or layer.name
        tables.setdefault(str(key), data)
    return tables


def project_basemap(project):
    """The MBTiles file of the project's first MBTiles basemap, or None."""
    for layer in project.layers:
        path = getattr(getattr(layer, "source", None), "path", None)
        if path is not None and str(path).lower().endswith(".mbtiles"):
            return path
    return None


def source_for(project, session=None) -> LayerSource:
    """A :class:`LayerSource` over ``project`` and, with a store ``session``, the store's kinds."""
    tables = project_tables(project)
    if session is not None:
        for kind in STORE_KINDS:
            if kind == "incidents" or kind not in tables:
                tables[kind] = (lambda k=kind: session.features.read(k))
        if "sensor_readings" not in tables:
            tables["sensor_readings"] = lambda: _recent_readings(session)
    title = (project.settings or {}).get("title") or ""
    return LayerSource(tables, basemap=project_basemap(project), title=title)


def _recent_readings(session):
    frame = session.readings.frame()
    if frame.empty or "time" not in frame.columns:
        return frame
    last = frame["time"].max()
    return frame[frame["time"] > last - timedelta(days=READINGS_DAYS)] if isinstance(last, datetime) else frame


__all__ = ["project_basemap", "project_tables", "source_for"]
