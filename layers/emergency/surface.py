"""An interpolated surface of one parameter between the sensors (inverse distance weighting), clipped to the
township, as a raster layer the time slider moves (no Qt).

:func:`idw_grid` weighs the ``k`` nearest sensors of each cell (a scipy ``cKDTree``) by ``1 / d**power``;
a cell on a sensor takes its value. Cells outside the boundary are NaN (transparent on the map).
:func:`surface_task` is the task the desk runs (``workbench.run_task(..., feedback="feedback")``): it
interpolates, writes a GeoTIFF (float32, NaN as nodata) and returns a :class:`Surface`;
:class:`SurfaceLayer` is the raster layer that shows the latest one and takes the next with
:meth:`SurfaceLayer.show_surface`.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from rasterio import features
from rasterio.transform import from_origin

from datasources.feedback import Feedback
from datasources.raster import open_raster
from layers.kinds import register_kind
from layers.raster import RasterLayer
from layers.style import Style

DEFAULT_CELLS = 200  # cells along the longer side of the boundary
DEFAULT_POWER = 2.0
DEFAULT_NEIGHBOURS = 8
SURFACE_RAMP = "yellow_red"


@dataclass(frozen=True)
class Surface:
    """An interpolated surface written to ``path``: its parameter, the moment (epoch seconds, None for
    the latest values) and the range of the values used."""

    path: Path
    parameter: str
    seconds: float | None
    vmin: float
    vmax: float
    sensors: int


def idw_grid(xy, values, bounds, cell: float, power: float = DEFAULT_POWER, k: int = DEFAULT_NEIGHBOURS,
             boundary=None, feedback: Feedback | None = None):
    """Interpolate ``values`` at points ``xy`` onto a grid of ``cell`` metres covering ``bounds``.

    Returns ``(grid, transform)``: float32 rows from the top (north), NaN outside ``boundary`` (a
    shapely geometry in the same CRS) when given, and the grid's affine transform.
    """
    feedback = Feedback.of(feedback)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    values = np.asarray(values, dtype=float)
    keep = np.isfinite(values) & np.isfinite(xy).all(axis=1)
    xy, values = xy[keep], values[keep]
    if not len(values):
        raise ValueError("no sensor has a value to interpolate")
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    cols = max(1, int(np.ceil((maxx - minx) / cell)))
    rows = max(1, int(np.ceil((maxy - miny) / cell)))
    transform = from_origin(minx, maxy, cell, cell)
    cx = minx + (np.arange(cols) + 0.5) * cell
    cy = maxy - (np.arange(rows) + 0.5) * cell
    gx, gy = np.meshgrid(cx, cy)
    inside = np.ones((rows, cols), dtype=bool)
    if boundary is not None:
        inside = features.geometry_mask([boundary], out_shape=(rows, cols), transform=transform, invert=True,
                                        all_touched=True)
    feedback.check()
    grid = np.full((rows, cols), np.nan, dtype=np.float32)
    targets = np.column_stack([gx[inside], gy[inside]])
    if len(targets):
        k = min(int(k), len(values))
        from scipy.spatial import cKDTree  # here: the window's start needs the kind, not scipy

        distance, index = cKDTree(xy).query(targets, k=k)
        distance, index = distance.reshape(len(targets), k), index.reshape(len(targets), k)
        feedback.check()
        with np.errstate(divide="ignore", invalid="ignore"):
            weight = 1.0 / np.power(distance, power)
            estimate = (weight * values[index]).sum(axis=1) / weight.sum(axis=1)
        exact = distance[:, 0] == 0.0
        estimate[exact] = values[index[exact, 0]]
        grid[inside] = estimate.astype(np.float32)
    return grid, transform


def surface_task(xy, values, parameter: str, seconds, boundary, crs: str | None, folder,
                 cells: int = DEFAULT_CELLS, feedback: Feedback | None = None) -> Surface:
    """Interpolate one parameter's values (one per sensor) within ``boundary`` and write the GeoTIFF."""
    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    values = np.asarray(values, dtype=float)
    if boundary is not None and not boundary.is_empty:
        bounds = boundary.bounds
    else:
        pad = max(float(np.ptp(xy[:, 0])), float(np.ptp(xy[:, 1])), 1000.0) * 0.1
        bounds = (xy[:, 0].min() - pad, xy[:, 1].min() - pad, xy[:, 0].max() + pad, xy[:, 1].max() + pad)
        boundary = None
    cell = max(bounds[2] - bounds[0], bounds[3] - bounds[1]) / max(int(cells), 1)
    grid, transform = idw_grid(xy, values, bounds, cell, boundary=boundary, feedback=feedback)
    feedback.check()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="surface-", suffix=".tif", dir=folder)
    os.close(handle)
    with rasterio.open(name, "w", driver="GTiff", width=grid.shape[1], height=grid.shape[0], count=1,
                       dtype="float32", crs=crs, transform=transform, nodata=np.nan) as dst:
        dst.write(grid, 1)
    finite = values[np.isfinite(values)]
    feedback.progress(1.0, "")
    return Surface(Path(name), parameter, None if seconds is None else float(seconds),
                   float(finite.min()), float(finite.max()), int(len(finite)))


@register_kind("sensor_surface")
class SurfaceLayer(RasterLayer):
    """The interpolated surface on the map: a raster layer that takes each newer surface in place (its
    place in the layer list, visibility and opacity stay)."""

    def __init__(self, path, name: str = "surface", style: Style | None = None, **options) -> None:
        super().__init__(path, name=name, style=style or Style(ramp=SURFACE_RAMP), **options)
        self.surface: Surface | None = None
        self._shown: list[Path] = []  # the files shown, the newest last (older ones are deleted)

    def show_surface(self, surface: Surface) -> None:
        """Show ``surface`` (written by :func:`surface_task`), stretched over its values' range."""
        self.path = Path(surface.path)
        self.info = open_raster(self.path)
        self._range = None
        self.surface = surface
        hi = surface.vmax if surface.vmax > surface.vmin else surface.vmin + 1.0
        self._style = Style(ramp=self._style.ramp or SURFACE_RAMP, vmin=surface.vmin, vmax=hi)
        self.events.data.emit(self)
        self._shown.append(self.path)
        while len(self._shown) > 3:  # a frame being drawn may still read the one before
            self._shown.pop(0).unlink(missing_ok=True)


__all__ = ["Surface", "SurfaceLayer", "idw_grid", "surface_task"]
