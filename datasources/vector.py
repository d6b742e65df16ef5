"""Open the vector files township offices receive, with no Qt.

Entry points: :func:`list_layers`, :func:`open_vector`, :func:`open_vectors`, each taking the
caller's :class:`~datasources.options.ReadOptions` and a :class:`~datasources.feedback.Feedback`.
Every file is vetted first (:mod:`datasources.vetting`): the format is judged by content; archives
are checked and read in place through GDAL's ``/vsizip/`` and ``/vsigzip/``; bad
features are kept and flagged (:mod:`datasources.validity`); what was assumed about the encoding and
the CRS is recorded on the returned :class:`~datasources.source.VectorSource`.
"""

from __future__ import annotations

import contextlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.archive import Member, read_sidecar
from datasources.china_offsets import undo_offset
from datasources.crs import crs_to_string, infer_crs
from datasources.encoding import EncodingGuess, codepage_name, dbf_encoding
from datasources.errors import (
    QT_TRANSLATE_NOOP,
    CRSUnknown,
    DataSourceError,
    EncodingError,
    Unsafe,
    UnsupportedFormat,
)
from datasources.feedback import Feedback
from datasources.frames import is_attribute_table, read_frame, translated_errors
from datasources.notes import Note
from datasources.options import VALIDITY_MODES, ReadOptions
from datasources.source import PROBLEM_COLUMN, VectorSource
from datasources.validity import (
    EMPTY,
    NON_FINITE,
    NULL,
    flag_cheap_problems,
    flag_problems,
    problems_note,
    restore_topojson_nulls,
)
from datasources.vetting import VRT_DRIVERS, Vetted, vet

__all__ = ["VALIDITY_MODES", "LayerInfo", "list_layers", "open_vector", "open_vectors", "read_layer"]
_QUICK_CHECK_LIMIT = 32 << 20


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


def _layers(vetted: Vetted, allow_references: bool) -> list[_Layer]:
    import pyogrio

    found: list[_Layer] = []
    for member in vetted.members:
        with translated_errors(vetted.path, vetted.driver):
            listed = pyogrio.list_layers(member.gdal_path)
            if len(listed):
                info = pyogrio.read_info(member.gdal_path, layer=str(listed[0][0]))
                if info.get("driver") in VRT_DRIVERS and not allow_references:
                    raise Unsafe(vetted.path, QT_TRANSLATE_NOOP("DataSourceError", "GDAL sees a virtual dataset "
                                                                "(VRT) that can make the program read other "
                                                                "files"),
                                 QT_TRANSLATE_NOOP("DataSourceError", "Ask for the data files"))
        for name, geometry_type in listed:
            found.append(_Layer(str(name), member, str(name), geometry_type))
    labels = [layer.label for layer in found]
    if len(set(labels)) < len(labels):  # same layer name in several zip members: name by member
        found = [_Layer(layer.member.member.rsplit(".", 1)[0] if layer.member.member else layer.label,
                        layer.member, layer.gdal_layer, layer.geometry_type) for layer in found]
    if not found:
        raise UnsupportedFormat(vetted.path, QT_TRANSLATE_NOOP("DataSourceError", "the file holds no layers"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Check that it holds map data"))
    return found


def list_layers(path: str | Path, options: ReadOptions | None = None) -> list[LayerInfo]:
    """List the layers of a vector file without reading its features.

    Parameters
    ----------
    path : str or Path
        The file the user chose (a zip or KMZ is looked into).
    options : ReadOptions, optional
        ``allow_references``, ``max_bytes`` and ``max_unpacked`` apply.

    Returns
    -------
    list of LayerInfo

    Raises
    ------
    DataSourceError
        A typed subclass naming the file, what is wrong and what to do.
    """
    import pyogrio

    options = ReadOptions.of(options)
    vetted = vet(path, "vector", options)
    if vetted.kind == "table":
        return [LayerInfo(vetted.path.stem, "Point", -1, None)]
    infos = []
    for layer in _layers(vetted, options.allow_references):
        with translated_errors(vetted.path, vetted.driver):
            info = pyogrio.read_info(layer.member.gdal_path, layer=layer.gdal_layer,
                                     force_feature_count=vetted.driver != "OSM")
        infos.append(LayerInfo(layer.label, layer.geometry_type, int(info.get("features", -1)),
                               crs_to_string(info.get("crs"))))
    return infos


def open_vectors(path: str | Path, options: ReadOptions | None = None,
                 feedback: Feedback | None = None) -> list[VectorSource]:
    """Read every layer of a file (GeoPackage, OSM PBF, KML, a zip of shapefiles...).

    Parameters are those of :func:`open_vector` (``options.layer`` is ignored). Progress is reported
    per layer and cancellation is checked between layers.
    """
    return _open(path, ReadOptions.of(options), Feedback.of(feedback), every=True)


def open_vector(path: str | Path, options: ReadOptions | None = None,
                feedback: Feedback | None = None) -> VectorSource:
    """Read one layer of a vector file, keeping and flagging every feature.

    Parameters
    ----------
    path : str or Path
        The file the user chose: GeoPackage, Shapefile (or any of its companion files), a zip of
        shapefiles, GeoJSON (also gzipped, whatever its name), TopoJSON, KML/KMZ, FlatGeobuf, OSM PBF.
        CSV/XLSX go to :func:`datasources.tables.read_table`.
    options : ReadOptions, optional
        The caller's choices: ``layer`` (default the first, with a warning when there are more),
        ``encoding`` (overrides ``.cpg`` and detection), ``crs`` (overrides the file's and
        inference), ``project_crs`` (the hint for inferring a missing CRS), ``validity``
        (``"deferred"`` flags only null, empty and non-finite geometries and returns a source with
        ``validity_checked=False``; the rest is flagged later by
        :meth:`layers.vector.VectorLayer.check_validity`), and the safety settings
        ``allow_references``, ``max_bytes``, ``max_unpacked`` (see :mod:`datasources.vetting`).
    feedback : Feedback, optional
        Progress reports; :class:`~datasources.errors.Cancelled` is raised between steps when asked.

    Returns
    -------
    VectorSource

    Raises
    ------
    DataSourceError
        Always a typed subclass (FileMissing, UnsupportedFormat, Damaged, Unsafe, FileTooLarge,
        EncodingError, CRSUnknown, Cancelled) naming the file, what is wrong and what to do; never a
        raw GDAL error.
    """
    return _open(path, ReadOptions.of(options), Feedback.of(feedback), every=False)[0]


def _open(path, options: ReadOptions, feedback: Feedback, every: bool) -> list[VectorSource]:
    path = Path(path)
    feedback.progress(0.0, f"Opening {path.name}")
    feedback.check(path)
    vetted = vet(path, "vector", options)
    if vetted.kind == "table":
        return [_read_table(vetted.path, options, feedback)]
    feedback.check(path)
    layers = _layers(vetted, options.allow_references)
    extra: list[str] = _sqlite_damage(vetted)
    if not every:
        chosen = _choose(vetted.path, layers, options.layer)
        if options.layer is None and len(layers) > 1:
            extra.append(f"The file holds {len(layers)} layers "
                         f"({', '.join(x.label for x in layers)}); '{chosen.label}' was opened.")
        layers = [chosen]
    sources = []
    for i, item in enumerate(layers):
        feedback.check(path)
        feedback.progress(0.05 + 0.9 * i / len(layers), f"Reading {item.label} ({i + 1}/{len(layers)})")
        source = read_layer(vetted, item.member, item.gdal_layer, item.label, options, feedback)
        source.warnings[:0] = extra
        sources.append(source)
    feedback.check(path)
    feedback.progress(1.0, f"Opened {path.name}")
    return sources


def _sqlite_damage(vetted: Vetted) -> list[str]:
    """Warn when a small GeoPackage fails SQLite's quick check (big ones are not scanned: cost)."""
    import sqlite3

    if vetted.driver not in ("GPKG", "SQLite") or vetted.members[0].member is not None:
        return []
    if vetted.path.stat().st_size > _QUICK_CHECK_LIMIT:
        return []
    try:
        with contextlib.closing(sqlite3.connect(f"{vetted.path.resolve().as_uri()}?mode=ro",
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
    raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "there is no layer '{layer}'"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Choose one of: {layers}"),
                          layer=wanted, layers=", ".join(x.label for x in layers))


def _read_table(path: Path, options: ReadOptions, feedback: Feedback) -> VectorSource:
    from datasources.tables import read_table

    return read_table(path, options, feedback)


def read_layer(vetted: Vetted, member: Member, gdal_layer: str, label: str,
               options: ReadOptions | None = None, feedback: Feedback | None = None) -> VectorSource:
    """Read one layer of a vetted file into a :class:`VectorSource` (used by :func:`open_vector`).

    ``options.validity="deferred"`` leaves the GEOS validity check out (see :func:`open_vector`).
    """
    options, feedback = ReadOptions.of(options), Feedback.of(feedback)
    path, driver, validity, crs = vetted.path, vetted.driver, options.validity, options.crs
    notes: list[str] = []
    enc = _encoding(path, driver, member, options.encoding)
    with translated_errors(path, driver):
        frame, gdal_notes = read_frame(member.gdal_path, gdal_layer, enc.encoding if enc else None,
                                       in_slices=validity == "deferred", check=lambda: feedback.check(path))
    feedback.check(path)
    dropped = 0
    if driver == "TopoJSON":
        frame, dropped = _restore_topojson(path, member, frame, gdal_layer)
        if dropped:
            notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "GDAL skipped {n} objects of the file "
                                                 "(null geometries); they are missing here."), n=dropped))
    known = frame.attrs.pop("_known_problems", None)
    checked = True
    if len(frame) and known is None and is_attribute_table(member.gdal_path, gdal_layer, frame):
        problems = np.full(len(frame), "", dtype=object)  # a table without geometry is not broken
        notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "an attribute table without geometry: it "
                                             "opens in the attribute table only")))
    elif validity == "deferred":
        problems = flag_cheap_problems(frame.geometry.values, known)
        checked = False
    else:
        problems = flag_problems(frame.geometry.values, known)
    # object dtype as it is: letting pandas infer a string dtype costs ~30 ms per million rows
    frame[PROBLEM_COLUMN] = pd.Series(problems, index=frame.index, dtype=object)
    feedback.check(path)
    frame, crs, offset_note = undo_offset(frame, crs)  # GCJ-02/BD-09 given: moved to CGCS2000
    notes.extend([offset_note] if offset_note else [])
    crs_value, assumed, reason, crs_note = _settle_crs(path, driver, frame, problems, crs,
                                                       options.project_crs)
    if crs_value is not None:
        frame = frame.set_crs(crs_value, allow_override=True)
    if enc is not None and enc.guessed:
        notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "Attribute encoding assumed to be {encoding} "
                                             "({reason}); choose another if names look wrong."),
                          encoding=enc.encoding, reason=enc.reason))
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
            raise EncodingError(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                        "'{encoding}' is not an encoding this program knows"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose for example UTF-8, GBK or GB18030"),
                                encoding=given) from None
    if driver != "ESRI Shapefile":
        return None
    return dbf_encoding(read_sidecar(member, ".dbf"), read_sidecar(member, ".cpg", 4096))


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
            raise CRSUnknown(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                     "the coordinate system given ({crs}) is not known"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Give an EPSG code such as EPSG:4490 or EPSG:4528"),
                             crs=given)
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
    guess = infer_crs(bounds, path.name, crs_to_string(project_crs) if project_crs else None, points=coords)
    if guess.crs is None:
        return None, False, f"no CRS in the file; {guess.reason}", Note(QT_TRANSLATE_NOOP(
            "DataSourceNote", "The file declares no coordinate system and none could be inferred ({reason}); "
            "choose one before overlaying it on other layers."), reason=guess.reason)
    if guess.warning:
        note = Note(QT_TRANSLATE_NOOP("DataSourceNote", "No coordinate system in the file: {crs} assumed "
                                      "({reason}). {warning}."),
                    crs=guess.crs, reason=guess.reason, warning=guess.warning)
    else:
        note = Note(QT_TRANSLATE_NOOP("DataSourceNote", "No coordinate system in the file: {crs} assumed "
                                      "({reason})."), crs=guess.crs, reason=guess.reason)
    return guess.crs, True, guess.reason, note
