"""Surface water class by GB 3838-2002 (basic items), per parameter and overall, over whole columns.

Classes are numbered 1-5 (I-V) and 6 for "inferior V" (worse than V); 0 means not assessed (missing
value). A value exactly at a limit meets that class. Dissolved oxygen is an "at least" limit, pH a range
(6-9 for every class), the others "at most" limits. Total phosphorus has separate limits for rivers and
for lakes/reservoirs; total nitrogen is assessed for lakes/reservoirs only (for rivers it is classed
but left out of the overall class). The overall class is the worst class over the assessed parameters.
Negative concentrations (and negative pH) are not assessed: class 0, counted in ``negative``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from layers.emergency.kernels import water_kernel

# limits of classes I..V (mg/L)
AT_MOST = {
    "codmn": (2, 4, 6, 10, 15),
    "cod": (15, 15, 20, 30, 40),
    "bod5": (3, 3, 4, 6, 10),
    "nh3n": (0.15, 0.5, 1.0, 1.5, 2.0),
    "tp_river": (0.02, 0.1, 0.2, 0.3, 0.4),
    "tp_lake": (0.01, 0.025, 0.05, 0.1, 0.2),
    "tn": (0.2, 0.5, 1.0, 1.5, 2.0),
}
AT_LEAST = {"do": (7.5, 6, 5, 3, 2)}
PH_RANGE = (6.0, 9.0)
PARAMETERS = ("do", "codmn", "cod", "bod5", "nh3n", "tp", "tn", "ph")
PARAMETER_NAMES = {"do": "DO", "codmn": "CODMn", "cod": "COD", "bod5": "BOD5", "nh3n": "NH3-N",
                   "tp": "TP", "tn": "TN", "ph": "pH"}
WATER_BODIES = ("river", "lake")
CLASS_NAMES_EN = ("", "I", "II", "III", "IV", "V", "inferior V")
CLASS_NAMES_ZH = ("", "Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类")


@dataclass
class WaterResult:
    water_body: str
    classes: dict[str, np.ndarray]  # parameter -> int8 class (0 not assessed, 6 inferior V)
    overall: np.ndarray  # int8, worst class over the parameters in the overall; 0 when none assessed
    in_overall: tuple[str, ...]
    negative: dict[str, int] = field(default_factory=dict)

    def overall_names(self, language: str = "en") -> np.ndarray:
        return class_names(self.overall, language)

    def worst_parameters(self, sep: str = ",") -> np.ndarray:
        """The parameters that set the overall class (``""`` where it is I or not assessed)."""
        out = np.full(len(self.overall), "", dtype=object)
        for p in self.in_overall:
            hit = (self.classes[p] == self.overall) & (self.overall > 1)
            name = PARAMETER_NAMES[p]
            out[hit] = np.where(out[hit] == "", name, out[hit] + sep + name)
        return out


def class_names(codes, language: str = "en") -> np.ndarray:
    names = CLASS_NAMES_ZH if language == "zh" else CLASS_NAMES_EN
    return np.asarray(names, dtype=object)[np.asarray(codes, dtype=np.intp)]


def parameter_class(parameter: str, values, water_body: str = "river") -> np.ndarray:
    """Class (int8, 0 not assessed, 6 inferior V) of each value of one parameter."""
    if water_body not in WATER_BODIES:
        raise ValueError(f"unknown water body {water_body!r}; expected 'river' or 'lake'")
    c = np.ascontiguousarray(values, dtype=float)
    if parameter == "ph":
        with np.errstate(invalid="ignore"):
            cls = np.where((c >= PH_RANGE[0]) & (c <= PH_RANGE[1]), 1, 6).astype(np.int8)
            cls[~(c >= 0)] = 0
        return cls
    if parameter == "do":
        limits, at_least = AT_LEAST["do"], True
    else:
        key = f"tp_{water_body}" if parameter == "tp" else parameter
        if key not in AT_MOST:
            raise ValueError(f"unknown parameter {parameter!r}; expected some of {list(PARAMETERS)}")
        limits, at_least = AT_MOST[key], False
    cls = np.empty(c.shape, dtype=np.int8)
    water_kernel(c, np.asarray(limits, dtype=float), at_least, cls)
    return cls


def water_class(readings: Mapping[str, object], water_body: str = "river") -> WaterResult:
    """Class per parameter and overall; ``readings`` maps keys of :data:`PARAMETERS` to columns."""
    unknown = sorted(set(readings) - set(PARAMETERS))
    if unknown:
        raise ValueError(f"unknown parameter keys {unknown}; expected some of {list(PARAMETERS)}")
    if not readings:
        raise ValueError(f"no readings given; expected some of {list(PARAMETERS)}")
    cols = {k: np.asarray(v, dtype=float) for k, v in readings.items()}
    lengths = {len(c) for c in cols.values()}
    if len(lengths) > 1:
        raise ValueError(f"reading columns differ in length: {sorted(lengths)}")
    n = lengths.pop()
    classes, negative = {}, {}
    for p in PARAMETERS:
        if p in cols:
            with np.errstate(invalid="ignore"):
                neg = int((cols[p] < 0).sum())
            if neg:
                negative[p] = neg
            classes[p] = parameter_class(p, cols[p], water_body)
    in_overall = tuple(p for p in classes if not (p == "tn" and water_body == "river"))
    overall = np.zeros(n, dtype=np.int8)
    for p in in_overall:
        overall = np.maximum(overall, classes[p])
    return WaterResult(water_body, classes, overall, in_overall, negative)
