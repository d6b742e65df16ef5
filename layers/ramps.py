"""Colour ramps for styles: named lists of colour stops and helpers to sample them (no Qt).

Sequential ramps (``"greens"``, ``"reds"``, ``"yellow_red"``, ``"viridis"``, ``"terrain"``, ...) are sampled
evenly from their first to their last stop; qualitative ramps (``"township"``, ``"set2"``) give distinct colours
in turn and repeat when there are more classes than colours.
"""

from __future__ import annotations

import numpy as np

RAMPS: dict[str, list[str]] = {
    # sequential
    "greys": ["#f7f7f7", "#252525"],
    "greens": ["#edf8e9", "#74c476", "#006d2c"],
    "blues": ["#eff3ff", "#6baed6", "#08519c"],
    "reds": ["#fee5d9", "#fb6a4a", "#a50f15"],
    "yellow_red": ["#ffffb2", "#fd8d3c", "#bd0026"],
    "hazard": ["#fff5a5", "#fdae61", "#d7191c", "#67000d"],
    "population": ["#fff7ec", "#fdbb84", "#d7301f", "#7f0000"],
    "viridis": ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"],
    "terrain": ["#468250", "#78aa5a", "#cdc882", "#aa825a", "#8c6e64", "#f5f5f5"],
    "blue_red": ["#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"],
    # qualitative
    "township": ["#3b7dd8", "#e07b39", "#4daf4a", "#984ea3", "#e41a1c", "#a65628", "#f781bf",
                 "#17becf", "#bcbd22", "#7f7f7f"],
    "set2": ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"],
}
QUALITATIVE = frozenset({"township", "set2"})
DEFAULT_CATEGORICAL = "township"
DEFAULT_GRADUATED = "yellow_red"


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#rrggbb"`` (or ``"#rgb"``) to an (r, g, b) tuple of 0..255 ints."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) not in (6, 8):
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def rgb_to_hex(rgb) -> str:
    """An (r, g, b) triple of 0..255 numbers to ``"#rrggbb"``."""
    r, g, b = (int(round(min(max(float(v), 0.0), 255.0))) for v in list(rgb)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def ramp_colours(name: str, n: int) -> list[str]:
    """``n`` colours from the ramp ``name``.

    Parameters
    ----------
    name : str
        A key of :data:`RAMPS`; unknown names fall back to the default of their kind.
    n : int
        Number of colours wanted (0 gives an empty list).

    Returns
    -------
    list of str
        ``"#rrggbb"`` colours; for a qualitative ramp the colours repeat in turn, for a sequential ramp they are
        interpolated evenly from the first stop to the last (one class gets the middle colour).
    """
    if n <= 0:
        return []
    stops = RAMPS.get(name)
    if stops is None:
        stops = RAMPS[DEFAULT_GRADUATED]
    if name in QUALITATIVE:
        return [stops[i % len(stops)] for i in range(n)]
    rgb = np.array([hex_to_rgb(c) for c in stops], dtype=float)
    where = np.linspace(0.0, 1.0, len(stops))
    at = np.array([0.5]) if n == 1 else np.linspace(0.0, 1.0, n)
    channels = np.stack([np.interp(at, where, rgb[:, c]) for c in range(3)], axis=1)
    return [rgb_to_hex(row) for row in channels]


def is_qualitative(name: str) -> bool:
    """True when ``name`` is a ramp of distinct colours (for categories) rather than a gradient."""
    return name in QUALITATIVE
