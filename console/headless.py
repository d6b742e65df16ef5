"""Headless work that still needs Qt's painter: drawing a project or files to a PNG."""

from __future__ import annotations

import os
from pathlib import Path


def ensure_app():
    """The running QApplication, or a new offscreen one when none exists (no display needed)."""
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QtWidgets.QApplication(["township-console"])
    return app


def open_project(files: list[Path], crs: str | None = None, progress=None, is_cancelled=None):
    """A Project from a saved project file, or a new one holding the given files' layers."""
    from datasources.feedback import Feedback
    from layers.project import Project, is_project_file

    feedback = Feedback(progress, is_cancelled)
    if len(files) == 1 and is_project_file(files[0]):
        project = Project.load(files[0], feedback)
    else:
        project = Project(crs=crs) if crs else None
        for i, path in enumerate(files):
            if project is None:
                project = Project.for_file(path)
            project.add_file(path, feedback=feedback.step(i, len(files)))
    if crs and project.crs != crs:
        project.crs = crs
    return project


def render_files(files: list[Path], out: Path, width: int, height: int, bbox=None,
                 crs: str | None = None) -> Path:
    """Draw ``files`` with their styles to a PNG through the same canvas as the window."""
    app = ensure_app()
    from datasources.atomic import atomic_path
    from datasources.errors import WriteFailed
    from widgets.map_canvas import MapCanvas

    project = open_project(files, crs=crs)
    canvas = MapCanvas(project, asynchronous=False)
    canvas.resize(width, height)
    canvas.show()
    app.processEvents()
    canvas.zoom_to_extent(bbox)
    app.processEvents()
    canvas.refresh()
    image = canvas.render_to_image(width, height)
    out = Path(out)
    with atomic_path(out) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise WriteFailed(out, "the image could not be saved", "Check the folder and the file name.")
    canvas.close()
    return out


# ---------------------------------------------------------------------- info: fields and first rows
INFO_ROWS = 5
"""Rows ``township-console info`` shows of each layer by default (as ``ogrinfo`` lists features)."""


def _field_type(series) -> str:
    """The OGR-style type name of a column (String, Integer, Integer64, Real, Boolean, Date, DateTime...)."""
    import datetime as dt

    import pandas as pd

    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "Boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "Integer64" if dtype.itemsize > 4 else "Integer"
    if pd.api.types.is_float_dtype(dtype):
        return "Real"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "DateTime"
    sample = next(iter(series.dropna().head(1)), None)
    if isinstance(sample, bytes | bytearray):
        return "Binary"
    if isinstance(sample, dt.datetime):
        return "DateTime"
    if isinstance(sample, dt.date):
        return "Date"
    if isinstance(sample, dt.time):
        return "Time"
    return "String"


def _plain(value):
    """A JSON-safe value of a cell: None for missing, numbers as numbers, the rest as text."""
    import math

    import numpy as np

    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if hasattr(value, "isoformat"):
        try:
            return value.isoformat()
        except ValueError:  # NaT
            return None
    return str(value)


def fields_and_rows(frame, rows: int = INFO_ROWS) -> dict:
    """What ``info`` shows of a layer's table: its fields with their types and its first ``rows`` rows
    (geometry as short WKT), so a user sees at once whether the names decoded.

    Returns
    -------
    dict
        ``{"fields": [{"name", "type"}], "rows": [{field: value, ..., "geometry": wkt}]}``.
    """
    from datasources.source import PROBLEM_COLUMN

    geometry = getattr(frame, "geometry", None)
    geometry_name = geometry.name if geometry is not None else None
    columns = [c for c in frame.columns if c not in (geometry_name, PROBLEM_COLUMN)]
    fields = [{"name": str(c), "type": _field_type(frame[c])} for c in columns]
    out_rows = []
    head = frame.head(max(int(rows), 0))
    for i in range(len(head)):
        row = {str(c): _plain(head[c].iloc[i]) for c in columns}
        if geometry is not None:
            shape = head.geometry.iloc[i]
            row["geometry"] = None if shape is None else _short_wkt(shape)
        out_rows.append(row)
    return {"fields": fields, "rows": out_rows}


def _short_wkt(shape, limit: int = 80) -> str:
    text = shape.wkt if not shape.is_empty else f"{shape.geom_type.upper()} EMPTY"
    return text if len(text) <= limit else text[:limit - 3] + "..."


def format_fields_and_rows(report: dict, width: int = 100) -> list[str]:
    """The text lines of ``info`` for a report's ``fields`` and ``rows`` (in ``ogrinfo``'s manner)."""
    lines = []
    fields = report.get("fields") or []
    if fields:
        pad = min(max(len(f["name"]) for f in fields), 24)
        lines.append(f"  fields      {len(fields)}")
        lines.extend(f"    {f['name']:<{pad}}  {f['type']}" for f in fields)
    for i, row in enumerate(report.get("rows") or []):
        lines.append(f"  row {i}")
        for name, value in row.items():
            text = "(null)" if value is None else str(value).replace("\n", " ")
            if len(text) > width:
                text = text[:width - 3] + "..."
            lines.append(f"    {name} = {text}")
    return lines
