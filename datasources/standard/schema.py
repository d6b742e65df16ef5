"""The township data standard as data: one JSON file per version in ``resources/standard``.

The file declares, per layer kind (villages, households, facilities, sensors, hazard zones, incidents,
planned sites), its fields (name, type, Chinese and English title, required, unit, code list, range,
pattern, unique, synonyms used to suggest a mapping), its geometry types, and for the whole standard the
accepted coordinate systems (CGCS2000 EPSG:4490 and its Gauss-Kruger zones) and code lists with their
Chinese and English labels. Loading checks the file's structure, so a damaged standard is refused with a
sentence rather than half applied.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError

STANDARD_DIR = Path(__file__).resolve().parents[2] / "resources" / "standard"
TYPES = ("string", "integer", "number", "datetime", "boolean")
_FILE = re.compile(r"^township-standard-(\d+(?:\.\d+)*)\.json$")


@dataclass(frozen=True)
class Code:
    """One allowed code with its Chinese and English labels."""

    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class Field:
    """A field of a layer kind."""

    name: str
    type: str
    zh: str
    en: str
    required: bool = False
    unit: str | None = None
    codes: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    unique: bool = False
    synonyms: tuple[str, ...] = ()

    def title(self, chinese: bool = False) -> str:
        return self.zh if chinese else self.en


@dataclass(frozen=True)
class KindSpec:
    """What a layer of one kind must hold."""

    name: str
    zh: str
    en: str
    geometry: tuple[str, ...]
    store_geometry: str
    fields: tuple[Field, ...]
    personal: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def title(self, chinese: bool = False) -> str:
        return self.zh if chinese else self.en


@dataclass(frozen=True)
class Standard:
    """One version of the township data standard."""

    version: str
    zh: str
    en: str
    description_zh: str
    description_en: str
    geographic_crs: str
    projected_epsg: tuple[int, int]
    crs_zh: str
    crs_en: str
    china: tuple[float, float, float, float]
    china_outline: tuple[tuple[float, float], ...]
    margin_deg: float
    code_lists: dict[str, tuple[Code, ...]]
    kinds: dict[str, KindSpec]
    path: Path | None = field(default=None, compare=False)

    def kind(self, name: str) -> KindSpec:
        """The kind called ``name`` (``villages``, ``hazard_zones``...); KeyError names the kinds."""
        try:
            return self.kinds[name]
        except KeyError:
            raise KeyError(f"no kind '{name}' in the standard; kinds: {', '.join(self.kinds)}") from None

    def china_area(self):
        """China's coarse outline widened by the margin, as a prepared shapely polygon (CGCS2000 degrees)."""
        import shapely

        area = shapely.Polygon(self.china_outline).buffer(self.margin_deg)
        shapely.prepare(area)
        return area

    def codes(self, name: str) -> tuple[Code, ...]:
        return self.code_lists[name]

    def crs_conforms(self, crs: str | None) -> bool:
        """True for EPSG:4490 and the CGCS2000 Gauss-Kruger zones the standard accepts."""
        if not crs:
            return False
        match = re.fullmatch(r"EPSG:(\d+)", str(crs).strip().upper())
        if match is None:
            return False
        code = int(match.group(1))
        return f"EPSG:{code}" == self.geographic_crs or self.projected_epsg[0] <= code <= self.projected_epsg[1]


def standard_versions() -> list[str]:
    """The versions kept in the standard folder, oldest first."""
    found = [m.group(1) for p in STANDARD_DIR.glob("township-standard-*.json") if (m := _FILE.match(p.name))]
    return sorted(found, key=lambda v: tuple(int(x) for x in v.split(".")))


def load_standard(version: str | None = None, path: str | Path | None = None) -> Standard:
    """The standard of ``version`` (default the newest), or the one in the file ``path``.

    Raises
    ------
    DataSourceError
        The version is not kept or the file is not a standard.
    """
    if path is None:
        versions = standard_versions()
        if version is None and versions:
            version = versions[-1]
        if version not in versions:
            raise DataSourceError(None, QT_TRANSLATE_NOOP("DataSourceError",
                                                          "there is no data standard of version {version}"),
                                  QT_TRANSLATE_NOOP("DataSourceError", "Choose one of: {versions}"),
                                  version=version, versions=", ".join(versions) or "-")
        path = STANDARD_DIR / f"township-standard-{version}.json"
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=8)
def _load(path: str) -> Standard:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return _parse(raw, Path(path))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "this is not a data standard "
                                                      "the program can read ({error})"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Use a standard file shipped with the "
                                                "program"), error=str(exc)[:200]) from None


def _parse(raw: dict, path: Path) -> Standard:
    codes = {name: tuple(Code(str(c["code"]), str(c["zh"]), str(c["en"])) for c in items)
             for name, items in raw["code_lists"].items()}
    kinds = {}
    for name, spec in raw["kinds"].items():
        fields = []
        for f in spec["fields"]:
            limits = f.get("constraints", {})
            if f["type"] not in TYPES:
                raise ValueError(f"{name}.{f['name']}: unknown type {f['type']!r}")
            if f.get("codes") and f["codes"] not in codes:
                raise ValueError(f"{name}.{f['name']}: unknown code list {f['codes']!r}")
            fields.append(Field(str(f["name"]), f["type"], f["title"]["zh"], f["title"]["en"],
                                bool(f.get("required")), f.get("unit"), f.get("codes"),
                                limits.get("minimum"), limits.get("maximum"), limits.get("pattern"),
                                bool(limits.get("unique")), tuple(f.get("synonyms", ()))))
        kinds[name] = KindSpec(name, spec["title"]["zh"], spec["title"]["en"], tuple(spec["geometry"]),
                               spec["store_geometry"], tuple(fields), tuple(spec.get("personal", ())))
    crs = raw["crs"]
    return Standard(str(raw["version"]), raw["title"]["zh"], raw["title"]["en"], raw["description"]["zh"],
                    raw["description"]["en"], crs["geographic"],
                    (int(crs["projected"]["from"]), int(crs["projected"]["to"])), crs["title"]["zh"],
                    crs["title"]["en"], tuple(raw["extent"]["china"]),
                    tuple((float(x), float(y)) for x, y in raw["extent"]["china_outline"]),
                    float(raw["extent"].get("margin_deg", 0.0)), codes, kinds, path)
