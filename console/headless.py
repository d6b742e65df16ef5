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
    from layers.project import Project, is_project_file

    kwargs = {}
    if progress is not None:
        kwargs["progress"] = progress
    if is_cancelled is not None:
        kwargs["is_cancelled"] = is_cancelled
    if len(files) == 1 and is_project_file(files[0]):
        project = Project.load(files[0], **kwargs)
    else:
        project = Project(crs=crs) if crs else None
        for path in files:
            if project is None:
                project = Project.for_file(path)
            project.add_file(path, **kwargs)
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
