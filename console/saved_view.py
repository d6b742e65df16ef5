"""The map view saved with a project: written just before saving (moving the map is no change to ask
about on quitting), shown again when the project opens instead of the full extent of every layer."""

from __future__ import annotations

import math

VIEW_KEY = "view"  # [minx, miny, maxx, maxy] ...
VIEW_CRS_KEY = "view_crs"  # ... in this CRS (the project's when it was saved)


def remember(project, canvas) -> None:
    """Put the canvas's current view into ``project.settings`` without marking the project changed."""
    bbox = [float(v) for v in canvas.current_view().bbox]
    if all(map(math.isfinite, bbox)) and bbox[2] > bbox[0] and bbox[3] > bbox[1]:
        project.settings[VIEW_KEY] = bbox
        project.settings[VIEW_CRS_KEY] = project.crs


def saved(project) -> tuple[float, float, float, float] | None:
    """The saved view in the project's CRS, or None when there is none (or it cannot be read)."""
    from datasources.crs import transformer

    try:
        bbox = tuple(float(v) for v in project.settings.get(VIEW_KEY))
        crs = project.settings.get(VIEW_CRS_KEY) or project.crs
        if len(bbox) == 4 and crs != project.crs:
            bbox = tuple(transformer(crs, project.crs).transform_bounds(*bbox))
    except Exception:  # noqa: BLE001 — no view, or a damaged one: the full extent will do
        return None
    if len(bbox) != 4 or not all(map(math.isfinite, bbox)) or bbox[2] <= bbox[0] or bbox[3] <= bbox[1]:
        return None
    return bbox


def show(project, canvas) -> bool:
    """Show the saved view on ``canvas``; False (the map left as it is) when the project has none."""
    bbox = saved(project)
    if bbox is None:
        return False
    canvas.zoom_to_extent(bbox, pad=False)
    return True
