"""How a layer is drawn: one symbol, a colour per category, or a colour per range of values (no Qt).

A :class:`Style` is an immutable value: change it with :meth:`Style.replace` and assign the result to
``layer.style`` so the layer emits its ``style`` event. Sizes are in millimetres (lines, markers) and points
(labels), as in QGIS, so a style means the same on screen, in print and in a ``.qml`` file.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from layers.ramps import (
    DEFAULT_CATEGORICAL,
    DEFAULT_GRADUATED,
    RAMPS,
    hex_to_rgb,
    ramp_colours,
    rgb_to_hex,
)

__all__ = ["KINDS", "METHODS", "RAMPS", "LegendEntry", "Style", "StyleClass", "darker"]

KINDS = ("single", "categorized", "graduated")
METHODS = ("quantiles", "equal_interval", "natural_breaks")
_METHOD_ALIASES = {"quantile": "quantiles", "equal": "equal_interval", "equalinterval": "equal_interval",
                   "jenks": "natural_breaks", "fisher_jenks": "natural_breaks",
                   "naturalbreaks": "natural_breaks"}
NO_VALUE_LABEL = "no value"
_JENKS_SAMPLE = 3000  # Fisher-Jenks is quadratic: classify an even sample of the sorted values above this


def darker(colour: str, factor: float = 0.65) -> str:
    """The colour ``colour`` darkened by ``factor`` (0..1), for outlines that go with a fill."""
    return rgb_to_hex(tuple(v * factor for v in hex_to_rgb(colour)))


def _plain(value: Any) -> Any:
    """A JSON-safe Python scalar for a cell value (numpy scalars unwrapped, NaN/NaT to None)."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or (not isinstance(value, str | int | float | bool) and pd.isna(value)):
        return None
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


@dataclass(frozen=True)
class StyleClass:
    """One class of a categorized or graduated style.

    ``value`` is a category value (None for the "no value" class) or a ``(lower, upper)`` range; a range
    holds values with ``lower < v <= upper`` (the first class also holds ``v == lower``).
    """

    value: Any = None
    label: str = ""
    fill: str = "#3b7dd8"
    stroke: str = "#1f3f66"

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)

    @property
    def lower(self) -> float | None:
        return float(self.value[0]) if self.is_range else None

    @property
    def upper(self) -> float | None:
        return float(self.value[1]) if self.is_range else None

    def to_dict(self) -> dict:
        """JSON-safe mapping of the class."""
        out: dict[str, Any] = {"label": self.label, "fill": self.fill, "stroke": self.stroke}
        if self.is_range:
            out["lower"], out["upper"] = self.lower, self.upper
        else:
            out["value"] = _plain(self.value)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> StyleClass:
        """Inverse of :meth:`to_dict`."""
        if "lower" in data and "upper" in data:
            value: Any = (float(data["lower"]), float(data["upper"]))
        else:
            value = data.get("value")
        return cls(value=value, label=str(data.get("label", "")),
                   fill=str(data.get("fill", "#3b7dd8")), stroke=str(data.get("stroke", "#1f3f66")))


@dataclass(frozen=True)
class LegendEntry:
    """One row of a legend: its label, colours, and the kind of swatch (point, line or polygon)."""

    label: str
    fill: str
    stroke: str
    kind: str = "polygon"


@dataclass(frozen=True)
class Style:
    """The symbology of a layer.

    Attributes
    ----------
    kind : {"single", "categorized", "graduated"}
    field : str or None
        Attribute classified by a categorized or graduated style.
    fill, stroke : str
        ``"#rrggbb"`` colours of the single symbol (and the fallback of classes).
    stroke_width, marker_size : float
        Millimetres.
    marker_shape : str
        QGIS marker name: circle, square, triangle, diamond, star, cross.
    opacity : float
        Symbol opacity 0..1 (the layer has its own opacity too).
    classes : list of StyleClass
    ramp : str
        Name of a colour ramp in :data:`RAMPS`.
    method : {"quantiles", "equal_interval", "natural_breaks"}
    k : int
        Number of classes asked for a graduated style.
    label_field : str or None
        Attribute written as a label beside each feature.
    label_size : float
        Points.
    label_color : str
    vmin, vmax : float or None
        Stretch of a raster ramp; None takes the band's minimum/maximum.
    """

    kind: str = "single"
    field: str | None = None
    fill: str = "#3b7dd8"
    stroke: str = "#1f3f66"
    stroke_width: float = 0.5
    marker_size: float = 2.0
    marker_shape: str = "circle"
    opacity: float = 1.0
    classes: list[StyleClass] = dataclasses.field(default_factory=list)
    ramp: str = DEFAULT_GRADUATED
    method: str = "quantiles"
    k: int = 5
    label_field: str | None = None
    label_size: float = 9.0
    label_color: str = "#202020"
    vmin: float | None = None
    vmax: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"style kind must be one of {KINDS}, not {self.kind!r}")
        method = _METHOD_ALIASES.get(self.method.lower(), self.method.lower())
        if method not in METHODS:
            raise ValueError(f"classification method must be one of {METHODS}, not {self.method!r}")
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "classes", list(self.classes))
        object.__setattr__(self, "opacity", float(min(max(self.opacity, 0.0), 1.0)))
        for colour in (self.fill, self.stroke, self.label_color):
            hex_to_rgb(colour)

    # ------------------------------------------------------------------ building
    def replace(self, **changes) -> Style:
        """A copy with ``changes`` applied (the way to change a style)."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def default_for(cls, geometry_kind: str, index: int = 0) -> Style:
        """A single-symbol style for a new layer, the ``index``-th colour of the township ramp."""
        colour = ramp_colours(DEFAULT_CATEGORICAL, index + 1)[index]
        if geometry_kind == "line":
            return cls(fill=colour, stroke=colour, stroke_width=0.6)
        if geometry_kind == "point":
            return cls(fill=colour, stroke=darker(colour), stroke_width=0.2, marker_size=2.0)
        return cls(fill=colour, stroke=darker(colour), stroke_width=0.3)

    @classmethod
    def categorized(cls, gdf: pd.DataFrame, field: str, ramp: str = DEFAULT_CATEGORICAL,
                    **options) -> Style:
        """A colour per distinct value of ``field``, sorted; nulls get their own "no value" class.

        Parameters
        ----------
        gdf : DataFrame
            The features (only ``gdf[field]`` is read).
        field : str
        ramp : str
            Ramp name; a qualitative ramp gives distinct colours, a sequential one a gradient.
        **options
            Other :class:`Style` attributes (stroke_width, label_field, ...).
        """
        series = gdf[field]
        nulls = bool(series.isna().any())
        values = [_plain(v) for v in pd.unique(series.dropna())]
        values = _sorted_values([v for v in values if v is not None])
        colours = ramp_colours(ramp, len(values) + int(nulls))
        classes = [StyleClass(v, str(v), c, darker(c)) for v, c in zip(values, colours, strict=False)]
        if nulls:
            grey = "#bdbdbd"
            classes.append(StyleClass(None, NO_VALUE_LABEL, grey, darker(grey)))
        return cls(kind="categorized", field=field, classes=classes, ramp=ramp, **options)

    @classmethod
    def graduated(cls, gdf: pd.DataFrame, field: str, method: str = "quantiles", k: int = 5,
                  ramp: str = DEFAULT_GRADUATED, **options) -> Style:
        """Classes of value ranges of the numeric ``field`` (mapclassify), coloured along ``ramp``.

        Parameters
        ----------
        gdf : DataFrame
        field : str
            A numeric attribute (text that reads as numbers is accepted).
        method : {"quantiles", "equal_interval", "natural_breaks"}
        k : int
            Classes asked for; fewer result when the data have fewer distinct values.
        ramp : str
        **options
            Other :class:`Style` attributes.

        Raises
        ------
        ValueError
            When ``field`` holds no finite numbers.
        """
        method = _METHOD_ALIASES.get(method.lower(), method.lower())
        values = pd.to_numeric(gdf[field], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        values = values[np.isfinite(values)]
        if values.size == 0:
            raise ValueError(f"field {field!r} holds no numbers to classify")
        uppers = _class_breaks(values, method, int(k))
        lowers = np.concatenate([[values.min()], uppers[:-1]])
        colours = ramp_colours(ramp, len(uppers))
        digits = _label_digits(np.concatenate([lowers[:1], uppers]))
        classes = [StyleClass((float(lo), float(up)), _range_label(lo, up, digits), c, darker(c))
                   for lo, up, c in zip(lowers, uppers, colours, strict=True)]
        return cls(kind="graduated", field=field, classes=classes, ramp=ramp, method=method, k=int(k),
                   **options)

    # ------------------------------------------------------------------ using
    def class_index(self, gdf: pd.DataFrame) -> np.ndarray:
        """The class of each feature: an int64 array, -1 where no class applies.

        A single-symbol style puts every feature in class 0. Vectorised (index lookup or searchsorted).
        """
        n = len(gdf)
        if self.kind == "single":
            return np.zeros(n, dtype=np.int64)
        if not self.classes or self.field is None or self.field not in gdf.columns:
            return np.full(n, -1, dtype=np.int64)
        series = gdf[self.field]
        if self.kind == "graduated":
            return self._range_index(series)
        return self._category_index(series)

    def _category_index(self, series: pd.Series) -> np.ndarray:
        out = np.full(len(series), -1, dtype=np.int64)
        keyed = [(i, c.value) for i, c in enumerate(self.classes) if c.value is not None]
        nulls = series.isna().to_numpy()
        if keyed:
            positions = np.array([i for i, _ in keyed], dtype=np.int64)
            index = pd.Index([v for _, v in keyed], dtype=object)
            found = index.get_indexer(series.astype(object).where(~nulls, None))
            if (found < 0).any() and all(isinstance(v, str) for _, v in keyed):
                # classes read back from text (e.g. a .qml) meet a numeric column
                as_text = series.astype("string").astype(object)
                found = np.where(found < 0, index.get_indexer(as_text), found)
            hit = (found >= 0) & ~nulls
            out[hit] = positions[found[hit]]
        null_class = [i for i, c in enumerate(self.classes) if c.value is None]
        if null_class:
            out[nulls] = null_class[0]
        return out

    def _range_index(self, series: pd.Series) -> np.ndarray:
        ranges = [(i, c) for i, c in enumerate(self.classes) if c.is_range]
        out = np.full(len(series), -1, dtype=np.int64)
        if not ranges:
            return out
        ranges.sort(key=lambda ic: ic[1].upper)
        positions = np.array([i for i, _ in ranges], dtype=np.int64)
        lowers = np.array([c.lower for _, c in ranges])
        uppers = np.array([c.upper for _, c in ranges])
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        slot = np.searchsorted(uppers, values, side="left")
        inside = slot < len(uppers)
        clipped = np.minimum(slot, len(uppers) - 1)
        lo = lowers[clipped]
        inside &= (values > lo) | ((clipped == 0) & (values >= lo)) | np.isclose(values, lo)
        inside &= np.isfinite(values)
        out[inside] = positions[clipped[inside]]
        return out

    def legend(self, geometry_kind: str = "polygon") -> list[LegendEntry]:
        """Legend rows: one per class, or a single unlabeled row for a single-symbol style."""
        if self.kind == "single" or not self.classes:
            return [LegendEntry("", self.fill, self.stroke, geometry_kind)]
        return [LegendEntry(c.label, c.fill or self.fill, c.stroke or self.stroke, geometry_kind)
                for c in self.classes]

    # ------------------------------------------------------------------ saving
    def to_dict(self) -> dict:
        """A JSON-safe mapping of the style (for the project file)."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "classes"}
        out["classes"] = [c.to_dict() for c in self.classes]
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Style:
        """Inverse of :meth:`to_dict`; unknown keys are ignored, missing ones take defaults."""
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known and k != "classes"}
        kwargs["classes"] = [StyleClass.from_dict(c) for c in data.get("classes", [])]
        return cls(**kwargs)


def _sorted_values(values: list) -> list:
    try:
        return sorted(values)
    except TypeError:  # mixed types: numbers first, then text
        return sorted(values, key=lambda v: (isinstance(v, str), str(v) if isinstance(v, str) else v))


def _class_breaks(values: np.ndarray, method: str, k: int) -> np.ndarray:
    """Upper bounds of the classes (increasing, last = maximum) by ``method``."""
    import warnings

    import mapclassify

    distinct = np.unique(values)
    if distinct.size <= k:
        return distinct.astype(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # mapclassify warns when it has to merge classes
        if method == "quantiles":
            bins = mapclassify.Quantiles(values, k=k).bins
        elif method == "equal_interval":
            bins = mapclassify.EqualInterval(values, k=k).bins
        elif method == "natural_breaks":
            ordered = np.sort(values)
            sample = ordered
            if ordered.size > _JENKS_SAMPLE:
                sample = ordered[np.linspace(0, ordered.size - 1, _JENKS_SAMPLE).astype(int)]
            bins = np.asarray(mapclassify.FisherJenks(sample, k=k).bins, dtype=float)
            if sample is not ordered:
                bins[:-1] = [_widest_gap(ordered, sample, b) for b in bins[:-1]]
        else:
            raise ValueError(f"unknown classification method {method!r}")
    bins = np.unique(np.asarray(bins, dtype=float))
    bins[-1] = max(bins[-1], float(values.max()))
    return bins


def _widest_gap(ordered: np.ndarray, sample: np.ndarray, brk: float) -> float:
    """Move a break found on a sample to the widest gap of all values before the next sample value."""
    nxt = sample[min(np.searchsorted(sample, brk, side="right"), sample.size - 1)]
    lo, hi = np.searchsorted(ordered, brk, side="left"), np.searchsorted(ordered, nxt, side="left")
    between = ordered[lo:hi + 1]
    if between.size < 2:
        return float(brk)
    return float(between[int(np.argmax(np.diff(between)))])


def _label_digits(bounds: np.ndarray) -> int:
    """Decimals that tell the class bounds apart (0 for whole numbers, at least 1 otherwise)."""
    if np.allclose(bounds, np.round(bounds)):
        return 0
    steps = np.diff(bounds)
    step = float(steps[steps > 0].min()) if (steps > 0).any() else float(abs(bounds).max() or 1.0)
    return int(min(max(1, 2 - math.floor(math.log10(step))), 6))


def _range_label(lower: float, upper: float, digits: int) -> str:
    if lower == upper:
        return f"{upper:,.{digits}f}"
    return f"{lower:,.{digits}f} – {upper:,.{digits}f}"
