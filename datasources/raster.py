"""Rasters (DEMs, slope grids, imagery): describe, read the part on screen, sample at points.

The map never reads a whole big raster: :func:`read_window` reads only the window under the view at
the size of the view (GDAL then reads from overviews), so memory follows the screen, not the file.
Every file is vetted first (:mod:`datasources.vetting`): files that refer to other files or hosts
(VRT, WMS...) are refused unless the caller's :class:`~datasources.options.ReadOptions` allow them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.errors import RasterioError, RasterioIOError
from rasterio.windows import Window, from_bounds

from datasources.crs import crs_to_string, infer_crs
from datasources.errors import (
    QT_TRANSLATE_NOOP,
    Damaged,
    DataSourceError,
    FileTooLarge,
    UnsupportedFormat,
)
from datasources.feedback import Feedback
from datasources.notes import Note
from datasources.options import ReadOptions
from datasources.vetting import REFERENCING_DRIVERS, refuse_references, vet

__all__ = ["REFERENCING_DRIVERS", "RasterInfo", "build_overviews", "open_raster", "read_window", "sample"]

MAX_OUT_PIXELS = 64_000_000
"""Largest output of :func:`read_window` (bands x height x width cells): about 256 MB of float32."""
MAX_SOURCE_PIXELS = 400_000_000
"""Most source pixels one band of :func:`read_window` may go through at the best overview level."""
_RESAMPLING = {"average": Resampling.average, "nearest": Resampling.nearest,
               "bilinear": Resampling.bilinear}


@dataclass
class RasterInfo:
    """What a raster file holds, read from its header only.

    Attributes
    ----------
    path : Path
    width, height, count : int
        Size in pixels and number of bands.
    dtypes : tuple of str
        Data type per band.
    nodata : float or None
        The nodata value (NaN for float rasters that use NaN).
    crs : str or None
        ``"EPSG:xxxx"`` or WKT; inferred from the bounds when the file has none (``crs_assumed``).
    crs_assumed : bool
    crs_reason : str
    transform : tuple of 6 floats
        Affine ``(a, b, c, d, e, f)``: x = a*col + b*row + c, y = d*col + e*row + f.
    bounds : (left, bottom, right, top)
    res : (x size, y size) of a pixel
    overviews : tuple of tuples
        Overview decimation factors per band.
    descriptions : tuple of str
        Band descriptions ("" where none).
    driver : str
    """

    path: Path
    width: int
    height: int
    count: int
    dtypes: tuple[str, ...]
    nodata: float | None
    crs: str | None
    crs_assumed: bool
    transform: tuple[float, ...]
    bounds: tuple[float, float, float, float]
    res: tuple[float, float]
    overviews: tuple[tuple[int, ...], ...]
    descriptions: tuple[str, ...]
    driver: str
    crs_reason: str = ""
    warnings: list[str] = field(default_factory=list)


def open_raster(path, options: ReadOptions | None = None) -> RasterInfo:
    """Describe a raster file without reading its pixels.

    Parameters
    ----------
    path : str or Path
        A raster file (GeoTIFF, PNG/JPEG with world file, ASCII grid, ...), or a GeoPackage's raster
        table named ``GPKG:file:table``.
    options : ReadOptions, optional
        ``allow_references`` allows files that point at other files or hosts (VRT, WMS); refused by
        default.

    Raises
    ------
    UnsupportedFormat
        Not a raster GDAL reads.
    Damaged
        A TIFF whose header is broken or truncated.
    Unsafe
        A VRT or service description while ``allow_references`` is False.
    """
    path = Path(path)
    with _open(path, options) as ds:
        crs = crs_to_string(ds.crs) if ds.crs else None
        assumed, reason, warnings = False, "read from the file" if crs else "", []
        if crs is None:
            guess = infer_crs(tuple(ds.bounds), path.name)
            crs, assumed, reason = guess.crs, True, guess.reason
            if guess.warning:
                warnings.append(guess.warning)
            if crs is None:
                warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the raster has no CRS and none "
                                                        "could be inferred: {reason}"), reason=guess.reason))
        return RasterInfo(
            path=path, width=ds.width, height=ds.height, count=ds.count, dtypes=tuple(ds.dtypes),
            nodata=None if ds.nodata is None else float(ds.nodata), crs=crs, crs_assumed=assumed,
            transform=tuple(ds.transform)[:6], bounds=tuple(ds.bounds), res=tuple(ds.res),
            overviews=tuple(tuple(ds.overviews(b)) for b in ds.indexes),
            descriptions=tuple(d or "" for d in ds.descriptions), driver=ds.driver,
            crs_reason=reason, warnings=warnings,
        )


def read_window(path, bbox, out_width: int, out_height: int, bands=(1,),
                resampling: str = "average", options: ReadOptions | None = None,
                feedback: Feedback | None = None) -> np.ma.MaskedArray:
    """Read the part of a raster under ``bbox`` at the size it will be shown.

    Parameters
    ----------
    path : str or Path
    bbox : (minx, miny, maxx, maxy)
        The view, in the raster's CRS.
    out_width, out_height : int
        Size of the result in pixels (the view's size on screen).
    bands : sequence of int
        1-based band numbers.
    resampling : {"average", "nearest", "bilinear"}
        How source pixels become output pixels when zoomed out.
    options : ReadOptions, optional
        ``allow_references`` (see :func:`open_raster`).
    feedback : Feedback, optional

    Returns
    -------
    numpy.ma.MaskedArray
        float32, shape ``(len(bands), out_height, out_width)``, covering ``bbox`` exactly; nodata,
        NaN and the parts of ``bbox`` outside the raster are masked.

    Raises
    ------
    FileTooLarge
        The output would exceed :data:`MAX_OUT_PIXELS`, or the view would go through more than
        :data:`MAX_SOURCE_PIXELS` source pixels because the file has no overviews for it.
    Damaged
        The pixels cannot be read (truncated or corrupted file).
    """
    path, feedback = Path(path), Feedback.of(feedback)
    bands = tuple(int(b) for b in bands)
    out_width, out_height = int(out_width), int(out_height)
    if out_width < 1 or out_height < 1:
        raise ValueError("out_width and out_height must be at least 1")
    if len(bands) * out_width * out_height > MAX_OUT_PIXELS:
        raise FileTooLarge(path,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "a view of {out_width}x{out_height} pixels x {n} "
                                             "bands is too large to read at once"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Read it in tiles."),
                           out_width=out_width, out_height=out_height, n=len(bands))
    if resampling not in _RESAMPLING:
        raise ValueError(f"resampling must be one of {sorted(_RESAMPLING)}")
    minx, miny, maxx, maxy = (float(v) for v in bbox)
    if not (maxx > minx and maxy > miny):
        raise ValueError(f"bbox {bbox} is empty")
    out = np.ma.masked_all((len(bands), out_height, out_width), dtype=np.float32)
    with _open(path, options) as ds:
        for b in bands:
            if not 1 <= b <= ds.count:
                raise ValueError(f"band {b} does not exist; the raster has {ds.count}")
        if ds.transform.b != 0 or ds.transform.d != 0:
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError", "the raster is rotated"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Warp it to north-up first."))
        placed = _placement(ds, (minx, miny, maxx, maxy), out_width, out_height)
        if placed is None:
            feedback.progress(1.0, "the view is outside the raster")
            return out
        window, (row0, row1, col0, col1) = placed
        _check_source_size(path, ds, window, col1 - col0, row1 - row0)
        for i, band in enumerate(bands):
            feedback.check(path)
            feedback.progress(i / len(bands), f"reading band {band} of {path.name}")
            try:
                values = ds.read(band, window=window, out_shape=(row1 - row0, col1 - col0),
                                 resampling=_RESAMPLING[resampling], masked=True)
            except RasterioError as exc:
                raise Damaged(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "band {band} cannot be read ({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "The file is truncated or corrupted: copy it "
                                                "again."),
                              band=band, reason=str(exc)) from exc
            values = np.ma.masked_invalid(values.astype(np.float32), copy=False)
            out[i, row0:row1, col0:col1] = values
    feedback.progress(1.0, f"read {path.name}")
    return out


def sample(path, xs, ys, bands=None, options: ReadOptions | None = None) -> np.ndarray:
    """Values of a raster at points (in the raster's CRS); ``options`` as for :func:`open_raster`.

    Returns
    -------
    ndarray of float64
        Shape ``(len(xs), number of bands)``; NaN for nodata and for points outside the raster.
    """
    path = Path(path)
    xs = np.asarray(xs, dtype=float).ravel()
    ys = np.asarray(ys, dtype=float).ravel()
    with _open(path, options) as ds:
        bands = tuple(ds.indexes) if bands is None else tuple(int(b) for b in np.atleast_1d(bands))
        result = np.full((len(xs), len(bands)), np.nan)
        t = ds.transform
        if t.b != 0 or t.d != 0:
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError", "the raster is rotated"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Warp it to north-up first."))
        with np.errstate(invalid="ignore"):
            cols = np.floor(np.nan_to_num((xs - t.c) / t.a, nan=-1.0, posinf=-1.0, neginf=-1.0))
            rows = np.floor(np.nan_to_num((ys - t.f) / t.e, nan=-1.0, posinf=-1.0, neginf=-1.0))
        cols, rows = cols.astype(np.int64), rows.astype(np.int64)
        inside = (cols >= 0) & (cols < ds.width) & (rows >= 0) & (rows < ds.height)
        if not inside.any():
            return result
        c0, c1 = cols[inside].min(), cols[inside].max() + 1
        r0, r1 = rows[inside].min(), rows[inside].max() + 1
        try:
            if (c1 - c0) * (r1 - r0) <= 16_000_000:  # one read of the points' bounding window
                block = ds.read(bands, window=Window(c0, r0, c1 - c0, r1 - r0), masked=True)
                picked = block[:, rows[inside] - r0, cols[inside] - c0]
            else:  # points far apart on a big raster: read them one by one
                pairs = list(zip(xs[inside], ys[inside], strict=True))
                picked = np.ma.stack(list(ds.sample(pairs, indexes=list(bands), masked=True)),
                                     axis=1)
        except RasterioError as exc:
            raise Damaged(path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the pixels cannot be read ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "The file is truncated or corrupted: copy it "
                                            "again."),
                          reason=str(exc)) from exc
        values = np.ma.masked_invalid(np.ma.asarray(picked).astype(np.float64))
        result[inside] = values.filled(np.nan).T
    return result


def build_overviews(path, factors=(2, 4, 8, 16), resampling: str = "average",
                    external: bool = False, feedback: Feedback | None = None) -> tuple[int, ...]:
    """Add reduced-resolution copies so zoomed-out views of a big raster read little.

    Internal overviews go into the GeoTIFF itself; with ``external`` (or for formats GDAL cannot
    update) they go to a ``.ovr`` file beside it. Empty (all-nodata) overview tiles are not written.

    Returns
    -------
    tuple of int
        The overview factors of band 1 afterwards.
    """
    path, feedback = Path(path), Feedback.of(feedback)
    factors = [int(f) for f in factors if int(f) > 1]
    feedback.check(path)
    with _open(path) as ds:
        driver = ds.driver
    mode = "r" if external or driver not in ("GTiff", "COG") else "r+"
    feedback.progress(0.0, f"building overviews of {path.name}")
    try:
        with rasterio.Env(SPARSE_OK_OVERVIEW="ON", COMPRESS_OVERVIEW="DEFLATE"), \
                rasterio.open(path, mode) as ds:
            ds.build_overviews(factors, _RESAMPLING[resampling])
            if mode == "r+":
                ds.update_tags(ns="rio_overview", resampling=resampling)
    except RasterioError as exc:
        raise DataSourceError(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "overviews cannot be built ({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Check that the file and its folder are "
                                                "writable."),
                              reason=str(exc)) from exc
    feedback.progress(1.0, f"built overviews of {path.name}")
    with _open(path) as ds:
        return tuple(ds.overviews(1))


def _placement(ds, bbox, out_width: int, out_height: int):
    """The source window inside ``bbox`` and where it lands in the output array, or None."""
    minx, miny, maxx, maxy = bbox
    left, bottom, right, top = ds.bounds
    ix0, iy0, ix1, iy1 = max(minx, left), max(miny, bottom), min(maxx, right), min(maxy, top)
    if ix1 <= ix0 or iy1 <= iy0:
        return None
    sx, sy = out_width / (maxx - minx), out_height / (maxy - miny)
    col0, col1 = int(round((ix0 - minx) * sx)), int(round((ix1 - minx) * sx))
    row0, row1 = int(round((maxy - iy1) * sy)), int(round((maxy - iy0) * sy))
    if col1 <= col0 or row1 <= row0:
        return None
    window = from_bounds(ix0, iy0, ix1, iy1, transform=ds.transform)
    return window, (row0, row1, col0, col1)


def _check_source_size(path: Path, ds, window: Window, out_w: int, out_h: int) -> None:
    """Refuse a zoomed-out view that would go through a huge number of source pixels."""
    factor = min(window.width / max(out_w, 1), window.height / max(out_h, 1))
    usable = [f for f in ds.overviews(1) if f <= max(factor, 1.0)]
    level = max(usable, default=1)
    pixels = (window.width / level) * (window.height / level)
    if pixels > MAX_SOURCE_PIXELS:
        raise FileTooLarge(path,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "this view would read {value:.0f} million pixels "
                                             "because the raster has no overviews for it"),
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "Build overviews (pyramids) for it once, then "
                                             "open it again."),
                           value=pixels / 1e6)


class _open:
    """Vet a raster and open it for reading as a context manager, turning GDAL errors into typed ones."""

    def __init__(self, path: Path, options: ReadOptions | None = None) -> None:
        self.path = path
        self.options = ReadOptions.of(options)
        self.ds = None

    def __enter__(self):
        vetted = vet(self.path, "raster", self.options)
        path = vetted.path
        try:
            self.ds = rasterio.open(vetted.gdal_path)
        except RasterioIOError as exc:
            if vetted.table is not None:
                raise Damaged(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "the raster table {table!r} cannot be read "
                                                "({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Restore the file from a backup."),
                              table=vetted.table, reason=str(exc)) from exc
            if vetted.driver == "GTiff":
                raise Damaged(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "the TIFF cannot be opened ({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "The file is truncated or corrupted: copy it "
                                                "again."),
                              reason=str(exc)) from exc
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "it is not a raster the console reads"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Open GeoTIFF, ASCII grid, IMG or "
                                                      "PNG/JPEG with a world file.")) from exc
        try:
            refuse_references(path, self.ds.driver, self.options)
        except DataSourceError:
            self.ds.close()
            raise
        return self.ds

    def __exit__(self, *exc_info) -> None:
        if self.ds is not None:
            self.ds.close()
