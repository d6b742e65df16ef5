"""A raster layer: a grid file on disk, read window by window for the view, never whole."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from rasterio.enums import Resampling
from rasterio.transform import from_bounds as transform_from_bounds
from rasterio.warp import reproject

from datasources.crs import transformer
from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note, layer_note
from datasources.raster import RasterInfo, open_raster, read_window, sample
from layers.base import Extent, Layer, _same_crs
from layers.kinds import register_kind
from layers.style import Style

_STATS_SIDE = 512  # min/max stretch is measured on a read of at most this many pixels a side


@register_kind("raster")
class RasterLayer(Layer):
    """A raster file shown on the map.

    Parameters
    ----------
    path : str or Path
    name : str, optional
        By default the file name without its suffix.
    band : int
        The band shown (1-based).
    style : Style, optional
        By default a ramp stretched from the band's minimum to maximum: ``"terrain"`` for a single band of
        elevation-like numbers (not bytes), ``"greys"`` for byte bands (scans, imagery).
    **layer_options
        ``visible``, ``opacity``, ``id``, ``crs`` (declares a CRS the file lacks).
    """

    def __init__(self, path: str | Path, name: str | None = None, band: int = 1,
                 style: Style | None = None, **layer_options) -> None:
        self.path = Path(path)
        self.info: RasterInfo = open_raster(self.path)
        if not 1 <= band <= self.info.count:
            raise ValueError(f"{self.path.name} has {self.info.count} band(s); band {band} does not exist")
        self.band = int(band)
        crs = layer_options.pop("crs", None) or self.info.crs
        if style is None:
            elevation_like = self.info.dtypes[self.band - 1] not in ("uint8", "int8")
            style = Style(ramp="terrain" if elevation_like else "greys")
        super().__init__(name or self.path.stem, crs=crs, style=style, **layer_options)
        self._range: tuple[float | None, float | None] | None = None

    def kind_state(self) -> dict:
        return {"path": self.path, "band": self.band}

    @classmethod
    def from_state(cls, entry: dict, options: dict, style: Style | None, warnings: list[str]):
        if entry.get("missing"):
            warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "the raster file {path} is missing; the layer was left out"),
                path=entry["path"])))
            return None
        return cls(entry["path"], name=entry.get("name"), band=entry.get("band", 1), style=style,
                   crs=entry.get("crs"), **options)

    def saved_to(self, path, entry: dict) -> None:
        if entry.get("table"):  # the project file holds the raster now
            from datasources.gpkg_raster import gpkg_raster_name

            self.path = Path(gpkg_raster_name(path, entry["table"]))

    @property
    def extent(self) -> Extent | None:
        return tuple(float(v) for v in self.info.bounds)

    # ------------------------------------------------------------------ stretch
    @property
    def vmin(self) -> float | None:
        """Value drawn at the bottom of the ramp (the style's, else the band minimum)."""
        return self.style.vmin if self.style.vmin is not None else self._band_range()[0]

    @property
    def vmax(self) -> float | None:
        """Value drawn at the top of the ramp (the style's, else the band maximum)."""
        return self.style.vmax if self.style.vmax is not None else self._band_range()[1]

    def _band_range(self) -> tuple[float | None, float | None]:
        if self._range is None:
            f = self.info
            scale = max(f.width / _STATS_SIDE, f.height / _STATS_SIDE, 1.0)
            values = read_window(self.path, f.bounds, max(1, int(f.width / scale)),
                                 max(1, int(f.height / scale)), [self.band], resampling="nearest")
            self._range = (float(values.min()), float(values.max())) if values.count() else (None, None)
        return self._range

    # ------------------------------------------------------------------ reading
    def read_view(self, bbox: Extent, width: int, height: int, crs: str | None = None,
                  bands: list[int] | None = None) -> np.ma.MaskedArray:
        """The visible window resampled to ``width`` x ``height`` pixels.

        Parameters
        ----------
        bbox : (minx, miny, maxx, maxy)
            The view, in ``crs`` (by default the layer CRS).
        width, height : int
            Output size in pixels; row 0 is the top (``maxy``).
        crs : str, optional
            CRS of ``bbox`` (the project CRS); the raster is warped into it when it differs.
        bands : list of int, optional
            1-based bands; by default the layer's band.

        Returns
        -------
        numpy.ma.MaskedArray
            float32 (bands, height, width); nodata and cells outside the raster are masked.
        """
        bands = list(bands or [self.band])
        width, height = max(int(width), 1), max(int(height), 1)
        if crs is None or self.crs is None or _same_crs(self.crs, crs):
            return read_window(self.path, bbox, width, height, bands)
        src_bbox = transformer(crs, self.crs).transform_bounds(*bbox, densify_pts=21)
        if not all(map(math.isfinite, src_bbox)):
            return np.ma.masked_all((len(bands), height, width), dtype=np.float32)
        source = read_window(self.path, src_bbox, width, height, bands)
        out = np.full((len(bands), height, width), np.nan, dtype=np.float32)
        reproject(source.filled(np.nan).astype(np.float32), out,
                  src_transform=transform_from_bounds(*src_bbox, width, height), src_crs=self.crs,
                  src_nodata=np.nan, dst_transform=transform_from_bounds(*bbox, width, height),
                  dst_crs=crs, dst_nodata=np.nan, resampling=Resampling.nearest)
        return np.ma.masked_invalid(out)

    def value_at(self, x: float, y: float) -> list[float | None]:
        """The value of every band at ``x, y`` (layer CRS); None for nodata or outside the raster."""
        values = sample(self.path, [x], [y])[0]
        return [float(v) if math.isfinite(v) else None for v in values.tolist()]
