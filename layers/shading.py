"""Colouring raster values for display: colour ramps, hillshade for elevation (numpy, no Qt)."""

from __future__ import annotations

import numpy as np

# Hypsometric tints for elevation, from valley green to summit brown and white (fractions of the value range).
TERRAIN = np.array([
    (0.00, (70, 130, 80)), (0.20, (120, 170, 90)), (0.45, (205, 200, 130)),
    (0.70, (170, 130, 90)), (0.90, (140, 110, 100)), (1.00, (245, 245, 245)),
], dtype=object)

GREYS = np.array([(0.0, (0, 0, 0)), (1.0, (255, 255, 255))], dtype=object)


def ramp_lookup(stops, n: int = 256) -> np.ndarray:
    """A (n, 3) uint8 lookup table interpolated between (fraction, (r, g, b)) stops."""
    fractions = np.array([s[0] for s in stops], dtype=float)
    colours = np.array([s[1] for s in stops], dtype=float)
    grid = np.linspace(0.0, 1.0, n)
    return np.stack([np.interp(grid, fractions, colours[:, c]) for c in range(3)], axis=1).astype(np.uint8)


def hillshade(elevation: np.ndarray, cell_size: float, azimuth: float = 315.0,
              altitude: float = 45.0, z_factor: float = 1.0) -> np.ndarray:
    """Lambertian hillshade in 0..1 of an elevation grid (row 0 north) with square cells of ``cell_size``."""
    z = np.asarray(elevation, dtype=np.float32)
    dzdy, dzdx = np.gradient(z * z_factor, cell_size)
    slope = np.pi / 2.0 - np.arctan(np.hypot(dzdx, dzdy))
    aspect = np.arctan2(-dzdx, dzdy)
    az = np.deg2rad(360.0 - azimuth + 90.0)
    alt = np.deg2rad(altitude)
    shade = np.sin(alt) * np.sin(slope) + np.cos(alt) * np.cos(slope) * np.cos(az - aspect)
    return np.clip(np.nan_to_num(shade, nan=1.0), 0.0, 1.0)


def colourise(values: np.ma.MaskedArray, vmin: float | None = None, vmax: float | None = None,
              ramp: str = "terrain", cell_size: float | None = None, opacity: float = 1.0) -> np.ndarray:
    """RGBA uint8 image (h, w, 4) of one band; masked cells are transparent.

    With ``ramp="terrain"`` and a ``cell_size`` the tints are shaded by a hillshade, which is how people read
    relief on a paper map.
    """
    data = np.ma.masked_invalid(np.ma.asarray(values, dtype=np.float32))
    valid = ~np.ma.getmaskarray(data)
    out = np.zeros(data.shape + (4,), dtype=np.uint8)
    if not valid.any():
        return out
    lo = float(data.min()) if vmin is None else vmin
    hi = float(data.max()) if vmax is None else vmax
    span = hi - lo if hi > lo else 1.0
    filled = data.filled(lo)
    index = np.clip((filled - lo) / span * 255.0, 0, 255).astype(np.uint8)
    table = ramp_lookup(TERRAIN if ramp == "terrain" else GREYS)
    rgb = table[index].astype(np.float32)
    if ramp == "terrain" and cell_size:
        shade = hillshade(filled, cell_size)
        rgb *= (0.55 + 0.45 * shade)[..., None]
    out[..., :3] = np.clip(rgb, 0, 255).astype(np.uint8)
    out[..., 3] = np.where(valid, int(round(255 * opacity)), 0).astype(np.uint8)
    return out
