"""The coverage shown while a planned site is dragged (no Qt): a coarse answer on the DEM decimated
``COARSE`` times in each direction (16 times fewer cells to sweep), so the planner sees the coverage and the
per-village table follow the mouse; the full answer comes after the site is dropped.

The coarse DEM is read once (the mean of each block of cells) and kept while the file is unchanged, so a
drag of many positions reads it once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from affine import Affine

from datasources.feedback import Feedback
from layers.planning.viewshed import Site, Terrain, semi_major_of

#: how many DEM cells a preview cell spans in each direction
COARSE = 4
_kept: dict = {}
_lock = threading.Lock()


def coarse_terrain(path, band: int = 1, factor: int = COARSE) -> tuple[Terrain, str | None]:
    """The DEM at ``path`` with blocks of ``factor`` x ``factor`` cells averaged into one, and its CRS
    (kept for the next call while the file is unchanged)."""
    import rasterio
    from rasterio.enums import Resampling

    key = (str(path), int(band), int(factor), _stamp(path))
    with _lock:
        if key in _kept:
            return _kept[key]
    with rasterio.open(str(path)) as src:
        rows, cols = max(1, -(-src.height // factor)), max(1, -(-src.width // factor))
        data = src.read(band, out_shape=(rows, cols), resampling=Resampling.average, masked=True)
        transform = src.transform @ Affine.scale(src.width / cols, src.height / rows)
        crs = src.crs.to_string() if src.crs is not None else None
        answer = Terrain.of(data, transform, src.nodata, semi_major_of(crs)), crs
    with _lock:
        _kept.clear()  # one DEM at a time: the one being planned on
        _kept[key] = answer
    return answer


def _stamp(path) -> tuple:
    """When the file was changed and its size (nothing for a GDAL name such as a GeoPackage raster's)."""
    try:
        stat = Path(str(path)).stat()
    except OSError:
        return ()
    return stat.st_mtime_ns, stat.st_size


def preview_task(dem_path, sites: list[Site], demand, band: int = 1, roads=None, factor: int = COARSE,
                 feedback: Feedback | None = None):
    """The coverage of ``sites`` on the coarse DEM, as a
    :class:`~layers.planning.desk_work.CoverageResult` (its ``counts`` on the coarse grid), with the
    households covered per village and per service (so the preview shows the service the planner chose);
    fibre cabinets reach households along ``roads`` as in the full run."""
    from layers.planning.desk_work import coverage_over

    feedback = Feedback.of(feedback)
    terrain, crs = coarse_terrain(dem_path, band, factor)
    return coverage_over(terrain, crs, sites, demand, roads, feedback)


__all__ = ["COARSE", "coarse_terrain", "preview_task"]
