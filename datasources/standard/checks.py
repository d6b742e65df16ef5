"""Check a layer against the township data standard: a report by row, vectorised with pandas and shapely.

:func:`validate_file` reads a file the way the console opens it (:func:`datasources.vector.open_vector`:
encodings, CRS inference, geometry flags) and checks it; :func:`validate_frame` checks a frame already read
(the conformed layer too). Each finding is one row of :attr:`ValidationReport.findings`: the feature number
(1-based, empty for the layer as a whole), the field, the check, its severity (``error`` breaks conformance,
``warning`` and ``info`` do not), the value and an English sentence.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.feedback import Feedback
from datasources.notes import Note
from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN, VectorSource
from datasources.standard.report import COLUMNS, ValidationReport
from datasources.standard.schema import Field, KindSpec, Standard, load_standard
from datasources.standard.values import as_text, code_labels
from datasources.validity import EMPTY, NULL

_CHUNK = 50_000
_TRUE_FALSE = {"true", "false", "1", "0", "yes", "no", "是", "否", "t", "f", "y", "n"}


def validate_file(path: str | Path, kind: str, layer: str | None = None, options: ReadOptions | None = None,
                  feedback: Feedback | None = None, standard: Standard | None = None,
                  township=None) -> ValidationReport:
    """Read ``path`` (its layer named ``layer``, else one named like ``kind``, else the first) and check it.

    ``township`` (a shapely area in CGCS2000 degrees, see :func:`township_area`) adds the check that
    every feature lies in the township.

    Raises
    ------
    DataSourceError
        The file cannot be read (a typed subclass with a sentence); KeyError for an unknown kind.
    """
    from datasources.vector import list_layers, open_vector

    standard = standard or load_standard()
    standard.kind(kind)
    feedback = Feedback.of(feedback)
    options = ReadOptions.of(options)
    if layer is None and Path(path).suffix.lower() in (".gpkg", ".sqlite", ".zip", ".kmz"):
        names = [info.name for info in list_layers(path, options)]
        layer = kind if kind in names else None
    if layer is not None:
        options = dataclasses.replace(options, layer=layer)
    source = open_vector(path, options, feedback.step(0, 2))
    feedback.check(path)
    return validate_source(source, kind, standard, feedback.step(1, 2), township=township)


def validate_source(source: VectorSource, kind: str, standard: Standard | None = None,
                    feedback: Feedback | None = None, township=None) -> ValidationReport:
    """Check a layer read by the data sources, including what the reader assumed (CRS, encoding)."""
    standard = standard or load_standard()
    standard.kind(kind)
    found = _Findings()
    if source.encoding_guessed:
        found.layer("", "encoding_guessed", "warning", source.encoding or "",
                    Note(QT_TRANSLATE_NOOP("DataSourceNote", "the text encoding was not declared (no .cpg); "
                                                           "{encoding} was assumed"), encoding=source.encoding))
    if source.dropped_by_driver:
        found.layer("", "features_dropped", "error", str(source.dropped_by_driver),
                    Note(QT_TRANSLATE_NOOP("DataSourceNote", "{n} features of the file have no geometry and "
                                                           "are skipped by the reader"), n=source.dropped_by_driver))
    for note in source.warnings:
        found.layer("", "reader_note", "info", "", note)
    report = validate_frame(source.data, kind, source.crs, standard, feedback, crs_assumed=source.crs_assumed,
                            crs_reason=source.crs_reason, findings=found, township=township)
    report.path, report.layer, report.encoding = source.path, source.layer, source.encoding
    return report


def validate_frame(frame, kind: str, crs: str | None, standard: Standard | None = None,
                   feedback: Feedback | None = None, crs_assumed: bool = False, crs_reason: str = "",
                   findings: _Findings | None = None, township=None) -> ValidationReport:
    """Check a (Geo)DataFrame against the standard's ``kind``.

    ``frame`` may carry the readers' ``_problem`` column (geometry flags); without it the geometries are
    checked here.
    """
    standard = standard or load_standard()
    spec = standard.kind(kind)
    feedback = Feedback.of(feedback)
    found = findings if findings is not None else _Findings()
    n = len(frame)
    columns = [str(c) for c in frame.columns if c not in ("geometry", PROBLEM_COLUMN)]
    if n == 0:
        found.layer("", "empty_layer", "error", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the layer holds no features")))
    _check_fields(spec, columns, found)
    _check_crs(standard, crs, crs_assumed, crs_reason, found)
    for i, item in enumerate(spec.fields):
        feedback.progress(0.05 + 0.6 * i / len(spec.fields), f"Checking {item.name}")
        feedback.check()
        if item.name in columns:
            _check_values(standard, item, frame[item.name], found)
    feedback.progress(0.7, "Checking geometries")
    if "geometry" in getattr(frame, "columns", ()):
        _check_geometry(standard, spec, frame, crs, found, feedback, township)
    else:
        found.layer("geometry", "geometry_missing", "error", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the layer has no geometry")))
    feedback.progress(1.0, "Checked")
    return ValidationReport(kind=kind, standard_version=standard.version, feature_count=n, crs=crs,
                            crs_assumed=crs_assumed, findings=found.frame())


class _Findings:
    """Findings collected as column blocks (one block per check), joined once at the end."""

    def __init__(self) -> None:
        self.blocks: list[pd.DataFrame] = []

    def layer(self, field: str, check: str, severity: str, value: str, message: str) -> None:
        self.blocks.append(pd.DataFrame({"row": pd.array([pd.NA], dtype="Int64"), "field": [field],
                                         "check": [check], "severity": [severity], "value": [value],
                                         "message": pd.Series([message], dtype=object)}))

    def rows(self, mask: np.ndarray, field: str, check: str, severity: str, values, message) -> None:
        """One finding per row where ``mask``; ``message`` is a sentence or a Series of them."""
        where = np.flatnonzero(mask)
        if not len(where):
            return
        values = pd.Series(values).iloc[where].astype(str).str.slice(0, 200).to_numpy()
        if isinstance(message, pd.Series):
            text = pd.Series(message.iloc[where].to_numpy(), dtype=object)
        else:  # the same note for every row (kept as a note: the window translates it)
            text = np.full(len(where), None, dtype=object)
            text.fill(message)
            text = pd.Series(text, dtype=object)
        self.blocks.append(pd.DataFrame({"row": pd.array(where + 1, dtype="Int64"), "field": field,
                                         "check": check, "severity": severity, "value": values,
                                         "message": text}))

    def frame(self) -> pd.DataFrame:
        if not self.blocks:
            return pd.DataFrame({c: pd.Series(dtype="Int64" if c == "row" else object) for c in COLUMNS})
        out = pd.concat(self.blocks, ignore_index=True)
        return out.sort_values("row", kind="stable", na_position="first").reset_index(drop=True)


def _check_fields(spec: KindSpec, columns: list[str], found: _Findings) -> None:
    from datasources.standard.conform import suggest_fields

    wanted = set(spec.names)
    suggested = suggest_fields(spec, [c for c in columns if c not in wanted])
    for item in spec.fields:
        if item.name in columns:
            continue
        if item.name in suggested:
            hint = Note(QT_TRANSLATE_NOOP("DataSourceNote", " (the column '{column}' may hold it: conform the file with a "
                                                       "mapping)"), column=suggested[item.name])
        else:
            hint = ""
        if item.required:
            found.layer(item.name, "missing_field", "error", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the required field {field} "
                        "({en}, {zh}) is missing{hint}"), field=item.name, en=item.en, zh=item.zh, hint=hint))
        else:
            found.layer(item.name, "missing_optional_field", "info", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the optional "
                        "field {field} ({en}) is absent{hint}"), field=item.name, en=item.en, hint=hint))
    for column in columns:
        if column in spec.personal:
            found.layer(column, "personal_field", "error", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the column {column} holds "
                        "personal data, which the standard keeps out of exchanged files"), column=column))
        elif column not in wanted:
            found.layer(column, "extra_field", "warning", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the column {column} is not "
                        "in the standard for {kind}; it is left out when the file is conformed"), column=column,
                        kind=spec.name))


def _check_crs(standard: Standard, crs, assumed: bool, reason: str, found: _Findings) -> None:
    if crs is None:
        found.layer("geometry", "crs_missing", "error", "", Note(QT_TRANSLATE_NOOP("DataSourceNote", "the file declares no "
                    "coordinate system and none could be inferred ({reason})"), reason=reason or "-"))
        return
    short = str(crs) if len(str(crs)) < 40 else str(crs)[:37] + "..."
    if assumed:
        found.layer("geometry", "crs_assumed", "error", short, Note(QT_TRANSLATE_NOOP("DataSourceNote", "the file declares no "
                    "coordinate system (no .prj); {crs} was assumed ({reason})"), crs=short, reason=reason))
    if not standard.crs_conforms(crs):
        found.layer("geometry", "crs_not_standard", "error", short, Note(QT_TRANSLATE_NOOP("DataSourceNote", "the coordinate system "
                    "{crs} is not one of the standard's (CGCS2000 EPSG:4490 or its Gauss-Kruger zones "
                    "EPSG:4513-4554)"), crs=short))


def _blank(series: pd.Series) -> np.ndarray:
    missing = series.isna().to_numpy().copy()
    if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
        missing |= series.astype(str).str.strip().eq("").to_numpy() & ~missing
    return missing


def _check_values(standard: Standard, item: Field, series: pd.Series, found: _Findings) -> None:
    series = series.reset_index(drop=True)
    blank = _blank(series)
    if item.required:
        found.rows(blank, item.name, "required_value", "error", series,
                   Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} is required and empty"), field=item.name))
    present = ~blank
    numeric = pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)
    if item.type == "string" and numeric and present.any():
        found.layer(item.name, "field_type", "warning", str(series.dtype), Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} is "
                    "text in the standard but stored as numbers here (leading zeros of codes are lost)"),
                    field=item.name))
    if item.type in ("integer", "number"):
        values = pd.to_numeric(series, errors="coerce") if not numeric else series.astype("float64")
        values = values.astype("float64")
        bad = present & values.isna().to_numpy()
        found.rows(bad, item.name, "wrong_type", "error", series,
                   Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be a whole number"), field=item.name)
                   if item.type == "integer" else Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be a number"), field=item.name))
        ok = present & ~bad
        if item.type == "integer":
            with np.errstate(invalid="ignore"):
                fraction = values.fillna(0).to_numpy() % 1
            found.rows(ok & (fraction != 0), item.name, "wrong_type", "error", series,
                       Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be a whole number"), field=item.name))
        unit = item.unit or ""
        if item.minimum is not None:
            found.rows(ok & (values.to_numpy() < item.minimum), item.name, "out_of_range", "error", series,
                       Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} is below the least allowed value {limit} {unit}"),
                            field=item.name, limit=f"{item.minimum:g}", unit=unit))
        if item.maximum is not None:
            found.rows(ok & (values.to_numpy() > item.maximum), item.name, "out_of_range", "error", series,
                       Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} is above the greatest allowed value {limit} {unit}"),
                            field=item.name, limit=f"{item.maximum:g}", unit=unit))
        return
    if item.type == "datetime":
        if pd.api.types.is_datetime64_any_dtype(series.dtype):
            return
        parsed = pd.to_datetime(series.where(present), errors="coerce", format="ISO8601", utc=True)
        found.rows(present & parsed.isna().to_numpy(), item.name, "wrong_type", "error", series,
                   Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be a date and time (ISO 8601, e.g. "
                                                        "2026-03-01T08:30:00+08:00)"), field=item.name))
        return
    if item.type == "boolean":
        if not pd.api.types.is_bool_dtype(series.dtype):
            text = as_text(series).str.lower()
            found.rows(present & ~text.isin(_TRUE_FALSE).to_numpy(), item.name, "wrong_type", "error", series,
                       Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be true or false"), field=item.name))
        return
    text = as_text(series)
    if item.codes:
        _check_codes(standard, item, text, present, found)
    if item.pattern:
        bad = present & ~text.str.fullmatch(item.pattern).fillna(False).to_numpy(dtype=bool)
        found.rows(bad, item.name, "bad_format", "error", series,
                   Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} does not have the standard's form ({pattern})"),
                        field=item.name, pattern=item.pattern))
    if item.unique:
        dup = present & text.duplicated(keep=False).to_numpy()
        found.rows(dup, item.name, "duplicate", "error", series, Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field} must be unique; "
                   "this value occurs more than once"), field=item.name))


def _check_codes(standard: Standard, item: Field, text: pd.Series, present: np.ndarray,
                 found: _Findings) -> None:
    allowed = {c.code for c in standard.codes(item.codes)}
    bad = present & ~text.isin(allowed).to_numpy()
    if not bad.any():
        return
    labels = code_labels(standard, item.codes)
    known = text.str.lower().map(labels)
    listed = ", ".join(sorted(allowed))
    message = pd.Series([Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field}: not a code of the list {codes} ({listed})"),
                              field=item.name, codes=item.codes, listed=listed)] * len(text), index=text.index,
                        dtype=object)
    has_label = known.notna() & pd.Series(bad, index=text.index)
    for at, code in known[has_label].items():
        message[at] = Note(QT_TRANSLATE_NOOP("DataSourceNote", "{field}: a label, not a code; the standard "
                                             "stores the code '{code}' (conforming translates it)"),
                           field=item.name, code=code)
    found.rows(bad, item.name, "code_not_allowed", "error", text, message)


def _check_geometry(standard: Standard, spec: KindSpec, frame, crs, found: _Findings,
                    feedback: Feedback, township=None) -> None:
    geoms = np.asarray(frame.geometry.values, dtype=object)
    if PROBLEM_COLUMN in frame.columns:
        problems = frame[PROBLEM_COLUMN].fillna("").astype(str).to_numpy()
    else:
        from datasources.validity import flag_problems

        problems = flag_problems(geoms)
    null = (problems == NULL) | shapely.is_missing(geoms)
    empty = (problems == EMPTY) & ~null
    invalid = (problems != "") & ~null & ~empty
    found.rows(null, "geometry", "geometry_null", "error", problems,
               Note(QT_TRANSLATE_NOOP("DataSourceNote", "the feature has no geometry")))
    found.rows(empty, "geometry", "geometry_empty", "error", problems,
               Note(QT_TRANSLATE_NOOP("DataSourceNote", "the geometry is empty")))
    reasons = np.full(len(problems), None, dtype=object)
    for at in np.flatnonzero(invalid):  # one by one: numpy would turn a list of notes into plain text
        reasons[at] = Note(QT_TRANSLATE_NOOP("DataSourceNote", "the geometry is not valid: {reason}"),
                           reason=problems[at].split("[")[0])
    reasons = pd.Series(reasons, dtype=object)
    found.rows(invalid, "geometry", "geometry_invalid", "error", problems, reasons)
    present = ~null & ~empty
    types = pd.Series(shapely.get_type_id(geoms))
    names = types.map({0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
                       5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}).fillna("None")
    wrong = present & ~names.isin(spec.geometry).to_numpy()
    found.rows(wrong, "geometry", "geometry_type", "error", names, Note(QT_TRANSLATE_NOOP("DataSourceNote", "the standard wants "
               "{types} for {kind}"), types=" or ".join(spec.geometry), kind=spec.name))
    feedback.check()
    if crs is None or not present.any():
        return
    centres = _centres(geoms, crs)
    if centres is None:
        return
    outside = ~_inside(standard.china_area(), centres) & present
    if township is not None:
        found.rows(~_inside(township, centres) & present & ~outside, "geometry", "outside_township", "error",
                   names, Note(QT_TRANSLATE_NOOP("DataSourceNote", "the feature lies outside the township")))
    found.rows(outside, "geometry", "outside_china", "error", names,
               Note(QT_TRANSLATE_NOOP("DataSourceNote", "the feature lies outside China (its land and sea areas, "
                                                    "coarsely outlined)")))


def _centres(geoms: np.ndarray, crs) -> np.ndarray | None:
    """The centre of each geometry's bounding box in CGCS2000 degrees (NaN where there is none); None when
    the CRS cannot be transformed."""
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        transformer = Transformer.from_crs(CRS.from_user_input(crs), CRS.from_epsg(4490), always_xy=True)
    except CRSError:
        return None
    out = np.full((len(geoms), 2), np.nan)
    for start in range(0, len(geoms), _CHUNK):
        bounds = shapely.bounds(geoms[start:start + _CHUNK])
        with np.errstate(invalid="ignore"):
            x, y = transformer.transform((bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2,
                                         errcheck=False)
        out[start:start + _CHUNK, 0], out[start:start + _CHUNK, 1] = x, y
    return out


def _inside(area, centres: np.ndarray) -> np.ndarray:
    finite = np.isfinite(centres).all(axis=1)
    inside = np.zeros(len(centres), dtype=bool)
    inside[finite] = shapely.contains_xy(area, centres[finite, 0], centres[finite, 1])
    return inside


def township_area(path: str | Path, layer: str | None = None, margin_m: float = 100.0):
    """The township's area from a polygon file (its boundary, or its villages joined), in CGCS2000
    degrees, widened by ``margin_m`` metres, prepared for the check.

    Raises
    ------
    DataSourceError
        The file cannot be read or holds no area.
    """
    from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
    from datasources.vector import list_layers, open_vector

    if layer is None:
        names = [info.name for info in list_layers(path)]
        layer = next((n for n in ("township_boundary", "villages") if n in names), None)
    source = open_vector(path, ReadOptions(layer=layer))
    polygons = source.data.geometry[source.data.geometry.geom_type.isin(("Polygon", "MultiPolygon"))]
    if not len(polygons) or source.crs is None:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "the file holds no township area"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Give the township boundary or its "
                                                "villages as polygons with a coordinate system"))
    area = shapely.union_all(shapely.make_valid(polygons.set_crs(source.crs, allow_override=True)
                                                .to_crs(polygons.estimate_utm_crs()).values))
    import geopandas as gpd

    widened = gpd.GeoSeries([area.buffer(margin_m)], crs=polygons.estimate_utm_crs()).to_crs(4490).iloc[0]
    shapely.prepare(widened)
    return widened
