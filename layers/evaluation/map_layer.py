"""The villages coloured by one governance metric: a map layer for the window and the colours of the PDF's map."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.evaluation.labels import SHARES
from layers.evaluation.ranking import RANKED
from layers.ramps import ramp_colours
from layers.style import Style, StyleClass, darker
from layers.vector import VectorLayer

#: metrics the map may show, in the menu's order
MAP_METRICS = ("on_time_share", "overdue_share", "median_days_to_close", "received", "uptime",
               "days_above_aqi100", "water_class", "alerts_raised", "median_minutes_to_answer", "score")
NO_VALUE_FILL = "#e0e0e0"
#: more is better: a green ramp; otherwise (fewer overdue, days above AQI 100...) yellow to red
BETTER_HIGH = {m for m, sense in RANKED.items() if sense > 0} | {"score"}


def metric_frame(evaluation, metric: str, month: str | None = None) -> gpd.GeoDataFrame:
    """The villages' outlines with ``value``: the metric for ``month`` (None: over the whole range; the
    ranking's score is always over the range), shares in percent."""
    source = evaluation.data.villages
    villages = gpd.GeoDataFrame({"village_code": source["village_code"].astype(str).to_numpy(),
                                 "name_zh": source["name_zh"].to_numpy()},
                                geometry=source.geometry.to_numpy(), crs=source.crs)
    if metric == "score":
        values = evaluation.ranked.set_index("village_code")["score"]
    elif month is None:
        values = evaluation.whole.set_index("village_code")[metric] if metric in evaluation.whole else \
            evaluation.monthly.groupby("village_code")[metric].sum(min_count=1)
    else:
        values = evaluation.month(month).set_index("village_code")[metric]
    value = villages["village_code"].map(values).astype(float)
    villages["value"] = value * 100.0 if metric in SHARES else value
    return villages


def metric_style(frame: pd.DataFrame, metric: str, no_value: str = "no value") -> Style:
    """Up to five classes at the quantiles of the values (greens when more is better, yellow to red when
    less is), and a grey class for villages without a value. (Quantiles in numpy: the map's classifier
    library compiles for seconds on its first use, too long for a report.)"""
    ramp = "greens" if metric in BETTER_HIGH else "yellow_red"
    values = frame["value"].to_numpy(float)
    values = values[np.isfinite(values)]
    classes = []
    if values.size:
        uppers = np.unique(np.quantile(values, np.linspace(0, 1, 6)[1:]))
        lowers = np.concatenate([[values.min()], uppers[:-1]])
        digits = 0 if np.allclose(np.concatenate([lowers, uppers]) % 1, 0) else 1
        for (lower, upper), colour in zip(zip(lowers, uppers, strict=True), ramp_colours(ramp, len(uppers)),
                                          strict=True):
            text = f"{lower:.{digits}f}" if lower == upper else f"{lower:.{digits}f} – {upper:.{digits}f}"
            classes.append(StyleClass((float(lower), float(upper)), text, colour, darker(colour)))
    classes.append(StyleClass(None, no_value, NO_VALUE_FILL, "#9e9e9e"))
    return Style(kind="graduated", field="value", classes=classes, stroke_width=0.8, label_field="name_zh")


def metric_layer(evaluation, metric: str, month: str | None, title: str, no_value: str = "no value"
                 ) -> VectorLayer:
    """A map layer of the villages coloured by ``metric`` (see :func:`metric_frame`)."""
    frame = metric_frame(evaluation, metric, month)
    return VectorLayer(frame, name="governance_metric", title=title, style=metric_style(frame, metric, no_value),
                       opacity=0.8)


def village_colours(frame: pd.DataFrame, style: Style) -> list[str]:
    """The fill of each village of ``frame`` under ``style`` (the PDF draws its map with them)."""
    index = style.class_index(frame)
    return [style.classes[i].fill if 0 <= i < len(style.classes) else NO_VALUE_FILL for i in index]


__all__ = ["MAP_METRICS", "metric_frame", "metric_layer", "metric_style", "village_colours"]
