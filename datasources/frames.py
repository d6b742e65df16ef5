"""Read one layer into a GeoDataFrame through pyogrio, fast and forgiving, with typed errors.

:func:`read_frame` reads through Arrow when it can (slice by slice for big layers, so a window whose
worker reads keeps answering) and falls back to the plain read; geometries GEOS refuses are read again
from their WKB and flagged rather than lost. :func:`translated_errors` turns whatever GDAL, pyogrio,
Arrow or GEOS raise into the typed errors of :mod:`datasources.errors`.
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path

from datasources.errors import (
    QT_TRANSLATE_NOOP,
    Cancelled,
    Damaged,
    DataSourceError,
    EncodingError,
    FileTooLarge,
)
from datasources.validity import geometries_from_wkb


@contextlib.contextmanager
def translated_errors(path: Path, driver: str):
    """Turn anything GDAL, pyogrio, pyarrow or GEOS raises into a typed :class:`DataSourceError`."""
    try:
        yield
    except DataSourceError:
        raise
    except MemoryError as exc:
        raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the data do not fit in memory"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Convert it to GeoPackage and open a part of it")
                           ) from exc
    except UnicodeError as exc:
        raise EncodingError(path, QT_TRANSLATE_NOOP("DataSourceError", "the text cannot be decoded ({reason})"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Choose the right encoding (for Chinese files "
                                              "usually GBK or UTF-8)"), reason=exc.__class__.__name__) from exc
    except Exception as exc:  # pyogrio/GDAL/arrow/GEOS errors: never let a raw traceback out
        text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        if "Wrapping" in text or "UTF-8" in text:
            raise EncodingError(path, QT_TRANSLATE_NOOP("DataSourceError", "the text is not in the encoding "
                                                        "assumed"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose the right encoding (for Chinese "
                                                  "files usually GBK or UTF-8)")) from exc
        if ".shx" in text.lower():
            raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the .shx index file is missing or broken"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Copy all the files of the shapefile together")
                          ) from exc
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the {driver} data cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "The file is probably cut short or damaged; ask the "
                                        "sender for it again"), driver=driver, reason=text) from exc


def is_attribute_table(gdal_path: str, gdal_layer: str, frame) -> bool:
    """True for a layer that declares no geometry at all (e.g. a GeoPackage 'attributes' table)."""
    import pyogrio

    if not frame.geometry.isna().all():
        return False
    try:
        return pyogrio.read_info(gdal_path, layer=gdal_layer).get("geometry_type") is None
    except Exception:  # noqa: BLE001 — when in doubt, flag as usual
        return False


SLICE = 65_536  # features decoded per step when reading for the window


def _read_in_slices(gdal_path: str, layer: str, encoding: str | None, check=None):
    """Read through Arrow, then decode geometries slice by slice.

    The same frame as ``pyogrio.read_dataframe(use_arrow=True)``, but no single step holds the GIL for
    long (decoding a million WKB geometries in one call takes ~0.4 s), so a window whose worker thread
    reads a big file keeps answering, and ``check()`` (which raises :class:`Cancelled` when the reader was
    asked to stop) runs between slices. None when the file does not suit it (the caller reads normally).
    """
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    meta, table = pyogrio.read_arrow(gdal_path, layer=layer, encoding=encoding)
    geom = meta.get("geometry_name") or "wkb_geometry"
    if len(table) <= SLICE or geom not in table.column_names:
        return None
    parts = []
    for start in range(0, len(table), SLICE):
        if check is not None:
            check()
        parts.append(gpd.GeoDataFrame.from_arrow(table.slice(start, SLICE), geometry=geom))
    frame = pd.concat(parts, ignore_index=True)
    return frame.rename_geometry("geometry") if geom != "geometry" else frame


def read_frame(gdal_path: str, layer: str, encoding: str | None, in_slices: bool = False, check=None):
    import geopandas as gpd
    import pyogrio
    import pyogrio.raw

    kwargs = {"layer": layer, "encoding": encoding, "on_invalid": "ignore"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = None
            if in_slices and _big_enough(gdal_path, layer):
                try:
                    frame = _read_in_slices(gdal_path, layer, encoding, check)
                except Cancelled:
                    raise
                except Exception:  # noqa: BLE001 — any surprise: the ordinary read below
                    frame = None
            if frame is None:
                frame = pyogrio.read_dataframe(gdal_path, use_arrow=True, **kwargs)
        except (UnicodeError, NotImplementedError, pyogrio.errors.FieldError) as exc:
            if isinstance(exc, UnicodeError) and encoding:
                raise
            frame = pyogrio.read_dataframe(gdal_path, use_arrow=False, **kwargs)
        except Exception as exc:
            if "arrow" not in type(exc).__module__ and "Arrow" not in type(exc).__name__:
                raise
            frame = pyogrio.read_dataframe(gdal_path, use_arrow=False, **kwargs)
        if not isinstance(frame, gpd.GeoDataFrame):
            frame = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([None] * len(frame)))
        missing = frame.geometry.isna().to_numpy()
        if missing.any():  # GEOS may have refused some geometries: read their WKB leniently
            _, _, wkb, _ = pyogrio.raw.read(gdal_path, columns=[], **{
                k: v for k, v in kwargs.items() if k != "on_invalid"})
            if wkb is not None and len(wkb) == len(frame):
                geoms, known = geometries_from_wkb(wkb)
                frame = frame.set_geometry(gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs))
                frame.attrs["_known_problems"] = known
    notes = sorted({str(w.message).strip() for w in caught if issubclass(w.category, RuntimeWarning)})
    return frame, [f"GDAL: {n}" for n in notes[:5]]


def _big_enough(gdal_path: str, layer: str) -> bool:
    """True for a layer of more than :data:`SLICE` features that GDAL can count cheaply."""
    import pyogrio

    try:
        info = pyogrio.read_info(gdal_path, layer=layer)
    except Exception:  # noqa: BLE001 — then it is read the ordinary way
        return False
    return info.get("features", -1) > SLICE and bool(info.get("capabilities", {}).get("fast_feature_count"))
