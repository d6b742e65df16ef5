"""Open the vector files township offices receive, with no Qt.

Entry points: :func:`list_layers`, :func:`open_vector`, :func:`open_vectors` (and
:func:`datasources.formats.sniff_format`). The format is judged by content; archives are checked
(:mod:`datasources.archive`) and read in place through GDAL's ``/vsizip/`` and ``/vsigzip/``; bad
features are kept and flagged (:mod:`datasources.validity`); what was assumed about the encoding and
the CRS is recorded on the returned :class:`~datasources.source.VectorSource`.
"""

from __future__ import annotations

import contextlib
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.archive import (
    MAX_UNPACKED,
    VRT_DRIVERS,
    Member,
    Plan,
    plan_reading,
    read_sidecar,
)
from datasources.china_offsets import undo_offset
from datasources.crs import crs_to_string, infer_crs
from datasources.encoding import EncodingGuess, codepage_name, dbf_encoding
from datasources.errors import (
    CRSUnknown,
    Damaged,
    DataSourceError,
    EncodingError,
    FileTooLarge,
    Unsafe,
    UnsupportedFormat,
)
from datasources.feedback import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from datasources.formats import TABLE_DRIVERS
from datasources.source import PROBLEM_COLUMN, VectorSource
from datasources.validity import (
    EMPTY,
    NON_FINITE,
    NULL,
    flag_cheap_problems,
    flag_problems,
    geometries_from_wkb,
    problems_note,
    restore_topojson_nulls,
)

_QUICK_CHECK_LIMIT = 32 << 20
VALIDITY_MODES = ("full", "deferred")


@dataclass(frozen=True)
class LayerInfo:
    """A layer of a file, as listed before reading it.

    ``feature_count`` is -1 where the driver cannot count without reading (OSM PBF).
    """

    name: str
    geometry_type: str | None
    feature_count: int
    crs: str | None


@dataclass(frozen=True)
class _Layer:
    label: str
    member: Member
    gdal_layer: str
    geometry_type: str | None


def _layers(plan: Plan, allow_vrt: bool) -> list[_Layer]:
    import pyogrio

    found: list[_Layer] = []
    for member in plan.members:
        with translated_errors(plan.path, plan.driver):
            listed = pyogrio.list_layers(member.gdal_path)
            if len(listed):
                info = pyogrio.read_info(member.gdal_path, layer=str(listed[0][0]))
                if info.get("driver") in VRT_DRIVERS and not allow_vrt:
                    raise Unsafe(plan.path, "GDAL sees a virtual dataset (VRT) that can make the "
                                            "program read other files", "Ask for the data files")
        for name, geometry_type in listed:
            found.append(_Layer(str(name), member, str(name), geometry_type))
    labels = [layer.label for layer in found]
    if len(set(labels)) < len(labels):  # same layer name in several zip members: name by member
        found = [_Layer(layer.member.member.rsplit(".", 1)[0] if layer.member.member else layer.label,
                        layer.member, layer.gdal_layer, layer.geometry_type) for layer in found]
    if not found:
        raise UnsupportedFormat(plan.path, "the file holds no layers", "Check that it holds map data")
    return found


def list_layers(path: str | Path, *, allow_vrt: bool = False, max_bytes: int | None = None,
                max_unpacked: int = MAX_UNPACKED) -> list[LayerInfo]:
    """List the layers of a vector file without reading its features.

    Parameters
    ----------
    path : str or Path
        The file the user chose (a zip or KMZ is looked into).
    allow_vrt : bool
        Accept GDAL VRT files, which can read other files.
    max_bytes, max_unpacked : int, optional
        Limits on JSON size (parsed whole) and on what archives unpack to.

    Returns
    -------
    list of LayerInfo

    Raises
    ------
    DataSourceError
        A typed subclass naming the file, what is wrong and what to do.
    """
    import pyogrio

    plan = plan_reading(path, allow_vrt, max_bytes, max_unpacked)
    if plan.driver in TABLE_DRIVERS:
        return [LayerInfo(plan.path.stem, "Point", -1, None)]
    infos = []
    for layer in _layers(plan, allow_vrt):
        with translated_errors(plan.path, plan.driver):
            info = pyogrio.read_info(layer.member.gdal_path, layer=layer.gdal_layer,
                                     force_feature_count=plan.driver != "OSM")
        infos.append(LayerInfo(layer.label, layer.geometry_type, int(info.get("features", -1)),
                               crs_to_string(info.get("crs"))))
    return infos


def open_vectors(path: str | Path, encoding: str | None = None, crs=None, project_crs=None,
                 progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled, *,
                 allow_vrt: bool = False, max_bytes: int | None = None,
                 max_unpacked: int = MAX_UNPACKED, validity: str = "full") -> list[VectorSource]:
    """Read every layer of a file (GeoPackage, OSM PBF, KML, a zip of shapefiles...).

    Parameters are those of :func:`open_vector` (without ``layer``). Progress is reported per layer
    and cancellation is checked between layers.
    """
    return _open(path, None, encoding, crs, project_crs, progress, is_cancelled,
                 allow_vrt, max_bytes, max_unpacked, every=True, validity=validity)


def open_vector(path: str | Path, layer: str | None = None, encoding: str | None = None, crs=None,
                project_crs=None, progress: Progress = no_progress,
                is_cancelled: IsCancelled = never_cancelled, *, allow_vrt: bool = False,
                max_bytes: int | None = None, max_unpacked: int = MAX_UNPACKED,
                validity: str = "full") -> VectorSource:
    """Read one layer of a vector file, keeping and flagging every feature.

    Parameters
    ----------
    path : str or Path
        The file the user chose: GeoPackage, Shapefile (or any of its companion files), a zip of
        shapefiles, GeoJSON (also gzipped, whatever its name), TopoJSON, KML/KMZ, FlatGeobuf, OSM PBF.
        CSV/XLSX go to :mod:`datasources.tables` when it is there.
    layer : str, optional
        Layer name (see :func:`list_layers`); default the first, with a warning when there are more.
    encoding : str, optional
        Attribute encoding chosen by the user; overrides ``.cpg`` and detection.
    crs : optional
        CRS chosen by the user (``"EPSG:4528"``, WKT...); overrides the file's and inference.
    project_crs : optional
        The project's CRS, the hint for inferring a missing CRS from coordinate ranges.
    progress, is_cancelled : callables
        ``progress(fraction, message)`` and ``is_cancelled()``; :class:`Cancelled` is raised
        between steps when asked.
    allow_vrt : bool
        Accept GDAL VRT files (refused by default: they can read other files).
    max_bytes : int, optional
        Largest JSON (unpacked) to parse whole; default an eighth of the memory.
    max_unpacked : int
        Largest total an archive may unpack to.
    validity : {"full", "deferred"}
        ``"full"`` flags every problem while reading, GEOS validity included. ``"deferred"`` flags
        only null, empty and non-finite geometries (no validity pass: a fast open) and returns a
        source with ``validity_checked=False``; the rest is flagged later by
        :meth:`layers.vector.VectorLayer.check_validity`.

    Returns
    -------
    VectorSource

    Raises
    ------
    DataSourceError
        Always a typed subclass (UnsupportedFormat, Damaged, Unsafe, FileTooLarge, EncodingError,
        CRSUnknown, Cancelled) naming the file, what is wrong and what to do; never a raw GDAL error.
    """
    return _open(path, layer, encoding, crs, project_crs, progress, is_cancelled,
                 allow_vrt, max_bytes, max_unpacked, every=False, validity=validity)[0]


def _open(path, layer, encoding, crs, project_crs, progress, is_cancelled, allow_vrt, max_bytes,
          max_unpacked, every: bool, validity: str = "full") -> list[VectorSource]:
    path = Path(path)
    if validity not in VALIDITY_MODES:
        raise ValueError(f"validity must be one of {VALIDITY_MODES}, not {validity!r}")
    progress(0.0, f"Opening {path.name}")
    check_cancelled(is_cancelled, path)
    plan = plan_reading(path, allow_vrt, max_bytes, max_unpacked)
    if plan.driver in TABLE_DRIVERS:
        return [_read_table(plan.path, encoding, crs, project_crs, progress, is_cancelled)]
    check_cancelled(is_cancelled, path)
    layers = _layers(plan, allow_vrt)
    extra: list[str] = _sqlite_damage(plan)
    if not every:
        chosen = _choose(plan.path, layers, layer)
        if layer is None and len(layers) > 1:
            extra.append(f"The file holds {len(layers)} layers "
                         f"({', '.join(x.label for x in layers)}); '{chosen.label}' was opened.")
        layers = [chosen]
    sources = []
    for i, item in enumerate(layers):
        check_cancelled(is_cancelled, path)
        progress(0.05 + 0.9 * i / len(layers), f"Reading {item.label} ({i + 1}/{len(layers)})")
        source = read_layer(plan.path, plan.driver, item.member, item.gdal_layer, item.label,
                            encoding=encoding, crs=crs, project_crs=project_crs,
                            is_cancelled=is_cancelled, validity=validity)
        source.warnings[:0] = extra
        sources.append(source)
    check_cancelled(is_cancelled, path)
    progress(1.0, f"Opened {path.name}")
    return sources


def _sqlite_damage(plan: Plan) -> list[str]:
    """Warn when a small GeoPackage fails SQLite's quick check (big ones are not scanned: cost)."""
    import sqlite3

    if plan.driver not in ("GPKG", "SQLite") or plan.members[0].member is not None:
        return []
    if plan.path.stat().st_size > _QUICK_CHECK_LIMIT:
        return []
    try:
        with contextlib.closing(sqlite3.connect(f"{plan.path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        verdict = str(exc)
    if verdict == "ok":
        return []
    return [f"The file is damaged (SQLite check: {verdict}); what could still be read is shown. "
            "Ask the sender for a fresh copy."]


def _choose(path: Path, layers: list[_Layer], wanted: str | None) -> _Layer:
    if wanted is None:
        return layers[0]
    for item in layers:
        if wanted in (item.label, item.gdal_layer):
            return item
    raise DataSourceError(path, f"there is no layer '{wanted}'",
                          f"Choose one of: {', '.join(x.label for x in layers)}")


def _read_table(path: Path, encoding, crs, project_crs, progress, is_cancelled) -> VectorSource:
    try:
        from datasources.tables import read_table
    except ImportError:
        raise UnsupportedFormat(path, "tables (CSV/XLSX) are not readable here yet",
                                "Save the table as GeoPackage or GeoJSON") from None
    return read_table(path, encoding=encoding, crs=crs, project_crs=project_crs, progress=progress,
                      is_cancelled=is_cancelled)


@contextlib.contextmanager
def translated_errors(path: Path, driver: str):
    """Turn anything GDAL, pyogrio, pyarrow or GEOS raises into a typed :class:`DataSourceError`."""
    try:
        yield
    except DataSourceError:
        raise
    except MemoryError as exc:
        raise FileTooLarge(path, "the data do not fit in memory",
                           "Convert it to GeoPackage and open a part of it") from exc
    except UnicodeError as exc:
        raise EncodingError(path, f"the text cannot be decoded ({exc.__class__.__name__})",
                            "Choose the right encoding (for Chinese files usually GBK or UTF-8)") from exc
    except Exception as exc:  # pyogrio/GDAL/arrow/GEOS errors: never let a raw traceback out
        text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        if "Wrapping" in text or "UTF-8" in text:
            raise EncodingError(path, "the text is not in the encoding assumed",
                                "Choose the right encoding (for Chinese files usually GBK or "
                                "UTF-8)") from exc
        if ".shx" in text.lower():
            raise Damaged(path, "the .shx index file is missing or broken",
                          "Copy all the files of the shapefile together") from exc
        raise Damaged(path, f"the {driver} data cannot be read ({text})",
                      "The file is probably cut short or damaged; ask the sender for it again") from exc


def is_attribute_table(gdal_path: str, gdal_layer: str, frame) -> bool:
    """True for a layer that declares no geometry at all (e.g. a GeoPackage 'attributes' table)."""
    import pyogrio

    if not frame.geometry.isna().all():
        return False
    try:
        return pyogrio.read_info(gdal_path, layer=gdal_layer).get("geometry_type") is None
    except Exception:  # noqa: BLE001 — when in doubt, flag as usual
        return False


def read_layer(path: Path, driver: str, member: Member, gdal_layer: str, label: str, *,
               encoding=None, crs=None, project_crs=None,
               is_cancelled: IsCancelled = never_cancelled, validity: str = "full") -> VectorSource:
    """Read one layer of a planned file into a :class:`VectorSource` (used by :func:`open_vector`).

    ``validity="deferred"`` leaves the GEOS validity check out (see :func:`open_vector`).
    """
    notes: list[str] = []
    enc = _encoding(path, driver, member, encoding)
    with translated_errors(path, driver):
        frame, gdal_notes = _read_frame(member.gdal_path, gdal_layer, enc.encoding if enc else None,
                                        in_slices=validity == "deferred")
    check_cancelled(is_cancelled, path)
    dropped = 0
    if driver == "TopoJSON":
        frame, dropped = _restore_topojson(path, member, frame, gdal_layer)
        if dropped:
            notes.append(f"GDAL skipped {dropped} objects of the file (null geometries); they are "
                         "missing here.")
    known = frame.attrs.pop("_known_problems", None)
    checked = True
    if len(frame) and known is None and is_attribute_table(member.gdal_path, gdal_layer, frame):
        problems = np.full(len(frame), "", dtype=object)  # a table without geometry is not broken
        notes.append("an attribute table without geometry: it opens in the attribute table only")
    elif validity == "deferred":
        problems = flag_cheap_problems(frame.geometry.values, known)
        checked = False
    else:
        problems = flag_problems(frame.geometry.values, known)
    # object dtype as it is: letting pandas infer a string dtype costs ~30 ms per million rows
    frame[PROBLEM_COLUMN] = pd.Series(problems, index=frame.index, dtype=object)
    check_cancelled(is_cancelled, path)
    frame, crs, offset_note = undo_offset(frame, crs)  # GCJ-02/BD-09 given: moved to CGCS2000
    notes.extend([offset_note] if offset_note else [])
    crs_value, assumed, reason, crs_note = _settle_crs(path, driver, frame, problems, crs,
                                                       project_crs)
    if crs_value is not None:
        frame = frame.set_crs(crs_value, allow_override=True)
    if enc is not None and enc.guessed:
        notes.append(f"Attribute encoding assumed to be {enc.encoding} ({enc.reason}); choose "
                     "another if names look wrong.")
    if crs_note:
        notes.append(crs_note)
    flagged = int((problems != "").sum())
    if flagged:
        notes.append(problems_note(flagged, len(frame)))
    notes.extend(gdal_notes)
    return VectorSource(path=path, layer=label, driver=driver, data=frame, crs=crs_value,
                        crs_assumed=assumed, crs_reason=reason,
                        encoding=enc.encoding if enc else None,
                        encoding_guessed=bool(enc and enc.guessed), dropped_by_driver=dropped,
                        warnings=notes, validity_checked=checked)


def _encoding(path: Path, driver: str, member: Member, given: str | None) -> EncodingGuess | None:
    if given:
        try:
            return EncodingGuess(codepage_name(given), False, "given by the user")
        except LookupError:
            raise EncodingError(path, f"'{given}' is not an encoding this program knows",
                                "Choose for example UTF-8, GBK or GB18030") from None
    if driver != "ESRI Shapefile":
        return None
    return dbf_encoding(read_sidecar(member, ".dbf"), read_sidecar(member, ".cpg", 4096))


SLICE = 65_536  # features decoded per step when reading for the window


def _read_in_slices(gdal_path: str, layer: str, encoding: str | None):
    """Read through Arrow, then decode geometries slice by slice.

    The same frame as ``pyogrio.read_dataframe(use_arrow=True)``, but no single step holds the GIL for
    long (decoding a million WKB geometries in one call takes ~0.4 s), so a window whose worker thread
    reads a big file keeps answering. None when the file does not suit it (the caller reads normally).
    """
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    meta, table = pyogrio.read_arrow(gdal_path, layer=layer, encoding=encoding)
    geom = meta.get("geometry_name") or "wkb_geometry"
    if len(table) <= SLICE or geom not in table.column_names:
        return None
    parts = [gpd.GeoDataFrame.from_arrow(table.slice(start, SLICE), geometry=geom)
             for start in range(0, len(table), SLICE)]
    frame = pd.concat(parts, ignore_index=True)
    return frame.rename_geometry("geometry") if geom != "geometry" else frame


def _read_frame(gdal_path: str, layer: str, encoding: str | None, in_slices: bool = False):
    import geopandas as gpd
    import pyogrio
    import pyogrio.raw

    kwargs = {"layer": layer, "encoding": encoding, "on_invalid": "ignore"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = None
            if in_slices and _big_enough(gdal_path, layer):
                with contextlib.suppress(Exception):  # any surprise: the ordinary read below
                    frame = _read_in_slices(gdal_path, layer, encoding)
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


def _restore_topojson(path: Path, member: Member, frame, layer: str):
    import gzip
    import json

    opener = gzip.open if member.gdal_path.startswith("/vsigzip/") else open
    try:
        if member.member is not None:
            archive = member.gdal_path[len("/vsizip/"): -len(member.member) - 1]
            with zipfile.ZipFile(archive) as zf:
                raw = json.loads(zf.read(member.member))
        else:
            with opener(path, "rb") as fh:
                raw = json.load(fh)
    except (ValueError, OSError, RecursionError):
        return frame, 0
    return restore_topojson_nulls(frame, raw, layer)


def _settle_crs(path: Path, driver: str, frame, problems, given, project_crs):
    """Return (crs, assumed, reason, warning) for a layer."""
    if given is not None:
        value = crs_to_string(given)
        if value is None:
            raise CRSUnknown(path, f"the coordinate system given ({given}) is not known",
                             "Give an EPSG code such as EPSG:4490 or EPSG:4528")
        return value, False, "given by the user", ""
    if frame.crs is not None:
        where = "the .prj file" if driver == "ESRI Shapefile" else "the file"
        return crs_to_string(frame.crs), False, f"read from {where}", ""
    usable = np.isin(problems, (NULL, EMPTY, NON_FINITE), invert=True)
    coords = shapely.get_coordinates(frame.geometry.values[usable])
    coords = coords[np.isfinite(coords).all(axis=1)]
    if not len(coords):
        return None, False, "no CRS in the file and no coordinates to infer one from", ""
    bounds = (*coords.min(axis=0), *coords.max(axis=0))
    guess = infer_crs(bounds, path.name, crs_to_string(project_crs) if project_crs else None)
    if guess.crs is None:
        return None, False, f"no CRS in the file; {guess.reason}", (
            f"The file declares no coordinate system and none could be inferred ({guess.reason}); "
            "choose one before overlaying it on other layers.")
    note = f"No coordinate system in the file: {guess.crs} assumed ({guess.reason})."
    if guess.warning:
        note += f" {guess.warning}."
    return guess.crs, True, guess.reason, note
