"""A shaded elevation raster coloured straight into the pixels Qt draws (premultiplied ARGB32).

:func:`layers.shading.colourise` builds an RGBA image through float32 colour channels (a ramp lookup,
three channels scaled by the hillshade, written back with a stride), and the canvas then converted it to
Qt's premultiplied format: 0.09-0.12 s of CPU for the demo's 1150x1150 DEM, the longest job of the
window's first map. Here the hillshade is quantised to 256 levels and one lookup table of
256 values x 256 shades holds the finished pixel, so colouring is a single gather per cell. The
colours are those of ``colourise`` (tints truncated the same way) up to one unit where a shade falls
between two of its 256 levels. Plain numpy, no Qt.
"""

from __future__ import annotations

import numpy as np

from layers.shading import TERRAIN, hillshade, ramp_lookup

SHADE_LEVELS = 256


def _shaded_table(alpha: int) -> np.ndarray:
    """(256 * SHADE_LEVELS,) uint32: the premultiplied ARGB pixel of tint ``i`` under shade level ``s``
    at index ``i * SHADE_LEVELS + s``."""
    tints = ramp_lookup(TERRAIN).astype(np.float32)  # (256, 3)
    shade = np.arange(SHADE_LEVELS, dtype=np.float32) / np.float32(SHADE_LEVELS - 1)
    factor = shade * np.float32(0.45) + np.float32(0.55)
    rgb = (tints[:, None, :] * factor[None, :, None]).astype(np.uint32)  # truncated, as colourise
    premultiplied = (rgb * alpha + 127) // 255
    return ((np.uint32(alpha) << 24) | (premultiplied[..., 0] << 16) | (premultiplied[..., 1] << 8)
            | premultiplied[..., 2]).astype(np.uint32).ravel()


def shaded_argb32(values: np.ma.MaskedArray, vmin: float | None, vmax: float | None, cell_size: float,
                  opacity: float = 1.0) -> np.ndarray:
    """The terrain tints of ``values`` shaded by their hillshade, as (h, w) uint32 premultiplied ARGB
    pixels (``QImage.Format_ARGB32_Premultiplied``); masked and non-finite cells are transparent (0)."""
    raw = np.asarray(np.ma.getdata(values), dtype=np.float32)
    valid = np.isfinite(raw)
    mask = np.ma.getmask(values)
    if mask is not np.ma.nomask:
        valid &= ~mask
    if not valid.any():
        return np.zeros(raw.shape, dtype=np.uint32)
    lo = float(raw[valid].min()) if vmin is None else vmin
    hi = float(raw[valid].max()) if vmax is None else vmax
    span = hi - lo if hi > lo else 1.0
    filled = np.where(valid, raw, np.float32(lo))
    index = np.clip((filled - lo) / span * 255.0, 0, 255).astype(np.uint32)
    shade = hillshade(filled, cell_size)
    shade *= np.float32(SHADE_LEVELS - 1)
    shade += np.float32(0.5)
    index *= SHADE_LEVELS
    index += shade.astype(np.uint32)
    pixels = _shaded_table(int(round(255 * opacity)))[index]
    pixels[~valid] = 0
    return pixels
