"""Conform a department's layer to the township data standard: a mapping (their column -> our field, a
code translation table, constants, the CRS), suggested from the header and the values, applied to the
layer, and the result written as a GeoPackage in the standard.

A mapping is plain data and is saved as JSON, so the same department's next file is conformed the same way
from the window or the command line (``township-console validate FILE --kind K --conform OUT.gpkg
--mapping MAP.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.errors import QT_TRANSLATE_NOOP, CRSUnknown, DataSourceError
from datasources.source import PROBLEM_COLUMN
from datasources.standard.schema import KindSpec, Standard, load_standard


@dataclass
class Mapping:
    """How a file becomes a layer of the standard.

    Attributes
    ----------
    kind : str
        The standard's layer kind.
    fields : dict
        Standard field -> the file's column.
    constants : dict
        Standard field -> one value for every feature (``hazard: flood`` for a flood map).
    codes : dict
        Standard field -> {the file's value: the standard's code} (``FloodSusc: VHF -> high``); labels
        of the standard's codes (``学校``, ``School``) are translated without being listed.
    source_crs : str, optional
        The file's CRS when it declares none or a wrong one (``EPSG:4326``, ``GCJ-02``...).
    target_crs : str, optional
        The CRS of the result; by default the file's when the standard accepts it, else EPSG:4490.
    repair : bool
        Make invalid geometries valid, points of areas for point kinds, multi-polygons of polygons.
    """

    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    constants: dict[str, object] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    source_crs: str | None = None
    target_crs: str | None = None
    repair: bool = True
    standard_version: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        """Read a mapping saved as JSON.

        Raises
        ------
        DataSourceError
            The file is missing or is not a mapping.
        """
        path = Path(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            known = {k: raw[k] for k in cls.__dataclass_fields__ if k in raw}
            mapping = cls(**known)
            if not isinstance(mapping.kind, str) or not all(isinstance(v, dict) for v in mapping.codes.values()):
                raise ValueError("kind or codes of the wrong type")
            if not isinstance(mapping.fields, dict) or not isinstance(mapping.constants, dict):
                raise ValueError("fields or constants of the wrong type")
            return mapping
        except (OSError, ValueError, TypeError, AttributeError, RecursionError) as exc:
            raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "this is not a mapping the "
                                                          "program can use ({error})"),
                                  QT_TRANSLATE_NOOP("DataSourceError", "Save the mapping again from the "
                                                    "conform dialog"), error=str(exc)[:200]) from None


def _neutral(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    text = re.sub(r"[(\[（].*?[)\]）]", "", text)
    return re.sub(r"[\s_\-.]+", "", text)


def _pinyin(text: str) -> tuple[str, str]:
    """Full pinyin and initials of a Chinese text ("村名" -> ("cunming", "cm")); empty for ASCII."""
    if str(text).isascii():
        return "", ""
    from pypinyin import lazy_pinyin

    syllables = [s for s in lazy_pinyin(str(text)) if s.isascii() and s.strip()]
    return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()


def _names(item) -> tuple[set[str], set[str]]:
    """(exact names, pinyin spellings) a field is known by."""
    # a shapefile cuts field names at 10 characters (name_pinyin -> name_pinyi)
    exact = {_neutral(n) for n in (item.name, item.name[:10], item.zh, item.en, *item.synonyms)}
    spelled = set()
    for text in (item.zh, *item.synonyms):
        full, initials = _pinyin(text)
        spelled |= {full} | ({initials} if len(initials) > 1 else set())
    return exact, spelled - {""}


def suggest_fields(spec: KindSpec, columns) -> dict[str, str]:
    """Standard field -> the column that most likely holds it, by name, title, synonym or pinyin.

    Each column is used once; an exact name wins over a synonym, a synonym over pinyin.
    """
    columns = [str(c) for c in columns]
    neutral = {c: _neutral(c) for c in columns}
    spelled = {c: set(_pinyin(c)) - {""} for c in columns}
    known = {item.name: _names(item) for item in spec.fields}
    out: dict[str, str] = {}
    for score in range(4):
        for item in spec.fields:
            if item.name in out:
                continue
            exact, pinyin = known[item.name]
            for column in columns:
                if column in out.values():
                    continue
                name = neutral[column]
                hit = (name == _neutral(item.name) if score == 0 else
                       name in exact if score == 1 else
                       bool(name in pinyin or spelled[column] & pinyin) if score == 2 else
                       (not name.isascii() and any(not e.isascii() and len(e) > 1 and e in name for e in exact)))
                if hit:
                    out[item.name] = column
                    break
    return out


def suggest_codes(standard: Standard, spec: KindSpec, frame, fields: dict[str, str],
                  limit: int = 200) -> dict[str, dict[str, str]]:
    """For each code field mapped to a column: the column's distinct values -> a code, where a value is a
    code or a label of one; values no code matches map to '' (for the user to choose)."""
    from datasources.standard.values import as_text, code_labels

    out: dict[str, dict[str, str]] = {}
    for item in spec.fields:
        column = fields.get(item.name)
        if not item.codes or column not in getattr(frame, "columns", ()):
            continue
        allowed = {c.code for c in standard.codes(item.codes)}
        labels = code_labels(standard, item.codes)
        values = as_text(frame[column].dropna()).unique()[:limit]
        out[item.name] = {str(v): (v if v in allowed else labels.get(str(v).strip().lower(), ""))
                          for v in values if str(v).strip()}
    return out


def suggest_mapping(frame, kind: str, standard: Standard | None = None) -> Mapping:
    """A first mapping for ``frame`` (its header and values), for the user to correct."""
    standard = standard or load_standard()
    spec = standard.kind(kind)
    columns = [c for c in frame.columns if c not in ("geometry", PROBLEM_COLUMN)]
    fields = suggest_fields(spec, columns)
    return Mapping(kind, fields, {}, suggest_codes(standard, spec, frame, fields),
                   standard_version=standard.version)


def conform(frame, mapping: Mapping, crs: str | None, standard: Standard | None = None):
    """The layer in the standard: its fields in order and typed, codes translated, CRS and geometry set.

    Returns
    -------
    (GeoDataFrame, list of str)
        The conformed layer, with the file's ``_problem`` flags dropped, and sentences on what could not be
        carried over (values that are not of the field's type are left empty and counted here).

    Raises
    ------
    CRSUnknown
        Neither the file nor the mapping gives a CRS.
    """
    import geopandas as gpd

    from datasources.standard.values import as_text, code_labels

    standard = standard or load_standard()
    spec = standard.kind(mapping.kind)
    source_crs = mapping.source_crs or crs
    if source_crs is None:
        raise CRSUnknown(None, QT_TRANSLATE_NOOP("DataSourceError", "the file declares no coordinate system"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give the file's CRS in the mapping "
                                           "(for example EPSG:4490 or EPSG:4528)"))
    n = len(frame)
    lost: list[str] = []
    data = {}
    for item in spec.fields:
        column = mapping.fields.get(item.name)
        if item.name in mapping.constants:
            raw = pd.Series([mapping.constants[item.name]] * n, dtype=object)
        elif column is not None and column in frame.columns:
            raw = frame[column].reset_index(drop=True)
        else:
            raw = pd.Series([None] * n, dtype=object)
        if item.codes:
            table = {**code_labels(standard, item.codes), **{c.code: c.code for c in standard.codes(item.codes)}}
            given = {str(k): str(v) for k, v in mapping.codes.get(item.name, {}).items() if v}
            text = as_text(raw).where(raw.notna())
            mapped = text.map(given).astype(object)
            mapped = mapped.fillna(text.map(table)).fillna(text.str.strip().str.lower().map(table))
            raw = mapped.where(mapped.notna(), text)
        data[item.name], failed = _cast(item.type, raw)
        if failed:
            lost.append(f"{item.name}: {failed} values are not of type {item.type} and were left empty")
    geoms = np.asarray(frame.geometry.values, dtype=object) if "geometry" in frame.columns else np.full(n, None)
    geoms, notes = _conform_geometry(spec, geoms, mapping.repair)
    lost.extend(notes)
    out = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geoms, crs=_crs_of(source_crs)))
    target = mapping.target_crs or (source_crs if standard.crs_conforms(source_crs) else standard.geographic_crs)
    if not standard.crs_conforms(target):
        raise CRSUnknown(None, QT_TRANSLATE_NOOP("DataSourceError", "{crs} is not a coordinate system of the "
                                                 "standard"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Choose EPSG:4490 or a Gauss-Kruger zone "
                                           "EPSG:4513-4554"), crs=target)
    return out.to_crs(target), lost


def _crs_of(crs: str):
    """The CRS to set: GCJ-02 and BD-09 offsets are undone by the readers, so here they are lon/lat."""
    return "EPSG:4490" if str(crs).upper().replace("-", "") in ("GCJ02", "BD09") else crs


def _cast(kind: str, raw: pd.Series) -> tuple[pd.Series, int]:
    present = raw.notna() & ~raw.astype(str).str.strip().isin(("", "nan", "None", "<NA>"))
    if kind == "integer":
        values = pd.to_numeric(raw.where(present), errors="coerce")
        whole = values.where(values % 1 == 0)
        return whole.astype("Int64"), int((present & whole.isna()).sum())
    if kind == "number":
        values = pd.to_numeric(raw.where(present), errors="coerce").astype("float64")
        return values, int((present & values.isna()).sum())
    if kind == "datetime":
        values = pd.to_datetime(raw.where(present), errors="coerce", format="ISO8601", utc=True)
        return values, int((present & values.isna()).sum())
    if kind == "boolean":
        text = raw.astype(str).str.strip().str.lower()
        values = text.map({"true": True, "1": True, "yes": True, "是": True, "t": True, "y": True,
                           "false": False, "0": False, "no": False, "否": False, "f": False, "n": False})
        return values.astype("boolean"), int((present & values.isna()).sum())
    from datasources.standard.values import as_text

    return as_text(raw).where(present, None).astype(object), 0


def _conform_geometry(spec: KindSpec, geoms: np.ndarray, repair: bool) -> tuple[np.ndarray, list[str]]:
    notes: list[str] = []
    geoms = np.asarray(geoms, dtype=object)
    if not repair:
        return geoms, notes
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    invalid = present & ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        polygonal = np.isin(shapely.get_type_id(geoms[invalid]), (3, 6))
        fixed = np.empty(int(invalid.sum()), dtype=object)
        fixed[polygonal] = shapely.make_valid(geoms[invalid][polygonal], method="structure",
                                              keep_collapsed=False)
        fixed[~polygonal] = shapely.make_valid(geoms[invalid][~polygonal])
        geoms[invalid] = fixed
        notes.append(f"{int(invalid.sum())} invalid geometries were made valid")
    if spec.store_geometry == "MultiPolygon":
        parts, index = shapely.get_parts(geoms, return_index=True)
        parts, inner = shapely.get_parts(parts, return_index=True)  # collections of multi-polygons
        index = index[inner]
        keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
        out = np.full(len(geoms), None, dtype=object)
        shapely.multipolygons(parts[keep], indices=index[keep], out=out)
        gone = int((present & shapely.is_missing(out)).sum())
        if gone:
            notes.append(f"{gone} features hold no area and were left without geometry")
        return out, notes
    if spec.store_geometry == "Point":
        types = shapely.get_type_id(geoms)
        areas = present & (types != 0)
        if areas.any():
            geoms = geoms.copy()
            geoms[areas] = shapely.point_on_surface(geoms[areas])
            notes.append(f"{int(areas.sum())} lines or areas were replaced by a point on them")
    return geoms, notes


def write_conformed(frame, path: str | Path, kind: str, standard: Standard | None = None) -> Path:
    """Write a conformed layer as a GeoPackage layer named ``kind``, stamped with the standard's version.

    Raises
    ------
    DataSourceError
        The file cannot be written.
    """
    import pyogrio

    standard = standard or load_standard()
    spec = standard.kind(kind)
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "a layer in the standard is written "
                                                      "as a GeoPackage"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Name the file .gpkg"))
    try:
        pyogrio.write_dataframe(frame, path, layer=kind, driver="GPKG", geometry_type=spec.store_geometry,
                                layer_metadata={"township_standard": standard.version, "kind": kind},
                                promote_to_multi=spec.store_geometry.startswith("Multi"))
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "the layer could not be written "
                                                      "({error})"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Choose a folder you may write to"),
                              error=str(exc)[:200]) from None
    return path


def guess_kind(path: Path, standard: Standard | None = None) -> str:
    """The layer kind a file most likely is: one named in its file or layer names, else the kind whose
    required fields its columns most likely hold (villages when nothing says)."""
    from datasources.vector import list_layers

    standard = standard or load_standard()
    names = [Path(path).stem.lower()]
    try:
        names += [info.name.lower() for info in list_layers(path)]
    except DataSourceError:
        pass
    for kind in standard.kinds:
        words = {kind, kind.rstrip("s"), kind.replace("_", ""), standard.kind(kind).zh}
        if any(w in n for n in names for w in words):
            return kind
    try:
        import pyogrio

        columns = list(pyogrio.read_info(path)["fields"])
    except Exception:  # noqa: BLE001 - any unreadable file: the default kind
        return next(iter(standard.kinds))
    scores = {kind: sum(f.required for f in spec.fields if f.name in suggest_fields(spec, columns))
              for kind, spec in standard.kinds.items()}
    return max(scores, key=lambda k: scores[k])
