"""The township's own warning levels, as the emergency desk sets them: a river gauge's warning and danger
stages, and a landslide zone's rain thresholds. Stored on the sensor (``warning_level_m``,
``danger_level_m``) and on the hazard zone (``rain_thresholds``, JSON); an empty value means the console's
default (:data:`~layers.emergency.sensor_layer.DEFAULT_RIVER_LEVELS`, the thresholds of the zone's
susceptibility level in :class:`~layers.emergency.landslide.RainThresholds`).

The checks live here so that the window, a script and the tests refuse the same values; each refusal is a
:class:`LevelProblem` with an English template the window translates (context ``WarningLevels``).
"""

from __future__ import annotations

import json
import math
import re

from datasources.errors import QT_TRANSLATE_NOOP
from layers.emergency.landslide import WINDOWS

CONTEXT = "WarningLevels"

#: The highest stage or rain amount taken (a typing slip beyond it is refused).
MAX_STAGE_M = 100.0
MAX_RAIN_MM = 2000.0


class LevelProblem(ValueError):
    """A refused value: ``template`` (English, with ``{name}`` fields) and its ``params``."""

    def __init__(self, template: str, **params) -> None:
        super().__init__(template.format(**params))
        self.template, self.params = template, params


def _number(text, what: str, upper: float) -> float | None:
    text = "" if text is None else str(text).strip().replace(",", ".").replace("，", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise LevelProblem(QT_TRANSLATE_NOOP("WarningLevels", "{what}: {text} is not a number"),
                           what=what, text=text) from None
    if not math.isfinite(value) or value < 0 or value > upper:
        raise LevelProblem(QT_TRANSLATE_NOOP("WarningLevels", "{what}: {value} is outside 0 to {upper}"),
                           what=what, value=text, upper=f"{upper:g}")
    return value


def river_levels(warning, danger, gauge: str) -> tuple[float | None, float | None]:
    """The stages typed for ``gauge`` (text or numbers; empty: the default) as floats or None; the danger
    stage must lie above the warning stage."""
    low = _number(warning, gauge, MAX_STAGE_M)
    high = _number(danger, gauge, MAX_STAGE_M)
    if low is not None and high is not None and high <= low:
        raise LevelProblem(QT_TRANSLATE_NOOP("WarningLevels", "{gauge}: the danger stage ({danger} m) must "
                                             "be above the warning stage ({warning} m)"), gauge=gauge, danger=f"{high:g}", warning=f"{low:g}")
    return low, high


def parse_amounts(text, zone: str, hours: int) -> tuple[float, float, float, float] | None:
    """Four rain amounts (blue, yellow, orange, red) typed as ``20, 30, 40, 50`` (commas, semicolons or
    spaces between them); empty: None (the default)."""
    text = "" if text is None else str(text).strip()
    if not text:
        return None
    parts = [p for p in re.split(r"[\s,;，；、]+", text) if p]
    what = f"{zone} {hours} h"
    if len(parts) != 4:
        raise LevelProblem(QT_TRANSLATE_NOOP("WarningLevels", "{what}: four amounts are needed (blue, "
                                             "yellow, orange, red), not {n}"),
                           what=what, n=len(parts))
    amounts = tuple(_number(p, what, MAX_RAIN_MM) for p in parts)
    if any(b <= a for a, b in zip(amounts, amounts[1:], strict=False)):
        raise LevelProblem(QT_TRANSLATE_NOOP("WarningLevels", "{what}: the amounts must increase from blue "
                                             "to red"), what=what)
    return amounts


def format_amounts(amounts) -> str:
    return ", ".join(f"{a:g}" for a in amounts) if amounts else ""


def thresholds_json(windows: dict[int, tuple[float, ...] | None]) -> str | None:
    """The stored form of a zone's thresholds (only the windows given); None when none is given."""
    given = {str(h): [float(a) for a in v] for h, v in sorted(windows.items()) if v is not None}
    return json.dumps(given, separators=(",", ":")) if given else None


def zone_thresholds(value) -> dict[int, tuple[float, float, float, float]]:
    """A zone's stored thresholds (JSON text, or empty) as ``{hours: amounts}``; windows not given, and a
    value that cannot be read, are left to the defaults (an empty dict)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or not str(value).strip():
        return {}
    try:
        data = json.loads(str(value))
        out = {}
        for hours, amounts in data.items():
            if int(hours) in WINDOWS:
                checked = parse_amounts(", ".join(str(a) for a in amounts), "zone", int(hours))
                if checked is not None:
                    out[int(hours)] = checked
        return out
    except (ValueError, TypeError, AttributeError):
        return {}


def zone_names(zones, villages, chinese: bool = True) -> list[str]:
    """A name for each hazard zone of ``zones`` (a GeoDataFrame; the store's zones carry no name of their
    own): the name of the village it lies in and its number among that village's zones, in the order given
    (``青溪村 3``); ``#id`` when it lies in no village (the zone's index). The village's Chinese name, as
    the sensors' and villages' names everywhere in the console; its ``name_en`` when not ``chinese`` and
    the data has one (pinyin is not a translation)."""
    import numpy as np
    import shapely

    zh = next((c for c in ("name_zh", "name") if c in villages.columns), None)
    other = "name_en" if "name_en" in villages.columns else None
    column = zh if chinese or other is None else other
    if column is None or not len(zones) or not len(villages):
        return [f"#{i}" for i in zones.index]
    if villages.crs is not None and zones.crs is not None and villages.crs != zones.crs:
        villages = villages.to_crs(zones.crs)
    names = villages[column].astype(str).to_numpy(dtype=object)
    points = shapely.point_on_surface(zones.geometry.to_numpy())
    tree = shapely.STRtree(villages.geometry.to_numpy())
    found, village = tree.query(points, predicate="within")
    home = np.full(len(zones), -1)
    home[found[::-1]] = village[::-1]  # the first village that holds the point
    counts: dict[int, int] = {}
    out = []
    for i, v in zip(zones.index, home.tolist(), strict=True):
        if v < 0:
            out.append(f"#{i}")
            continue
        counts[v] = counts.get(v, 0) + 1
        out.append(f"{names[v]} {counts[v]}")
    return out
