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
    """Lambertian hillshade in 0..1 of an elevation grid (row 0 north) with square cells of ``cell_size``.

    The light at ``altitude`` from ``azimuth`` on the surface normal (-dz/dx, -dz/dy, 1), in closed
    form (no slope and aspect angles): float32 throughout, a few array passes.
    """
    z = np.asarray(elevation, dtype=np.float32)
    if z_factor != 1.0:
        z = z * np.float32(z_factor)
    dzdy, dzdx = np.gradient(z, np.float32(cell_size))
    az = np.deg2rad(360.0 - azimuth + 90.0)
    alt = np.deg2rad(altitude)
    shade = np.float32(np.cos(alt) * np.cos(az)) * dzdy
    shade -= np.float32(np.cos(alt) * np.sin(az)) * dzdx
    shade += np.float32(np.sin(alt))
    norm = dzdx * dzdx
    norm += dzdy * dzdy
    norm += np.float32(1.0)
    np.sqrt(norm, out=norm)
    shade /= norm
    np.nan_to_num(shade, copy=False, nan=1.0)
    return np.clip(shade, 0.0, 1.0, out=shade)


def colourise(values: np.ma.MaskedArray, vmin: float | None = None, vmax: float | None = None,
              ramp: str = "terrain", cell_size: float | None = None, opacity: float = 1.0) -> np.ndarray:
    """RGBA uint8 image (h, w, 4) of one band; masked and non-finite cells are transparent.

    With ``ramp="terrain"`` and a ``cell_size`` the tints are shaded by a hillshade, which is how people read
    relief on a paper map.
    """
    raw = np.asarray(np.ma.getdata(values), dtype=np.float32)
    valid = np.isfinite(raw)
    mask = np.ma.getmask(values)
    if mask is not np.ma.nomask:
        valid &= ~mask
    out = np.zeros(raw.shape + (4,), dtype=np.uint8)
    if not valid.any():
        return out
    lo = float(raw[valid].min()) if vmin is None else vmin
    hi = float(raw[valid].max()) if vmax is None else vmax
    span = hi - lo if hi > lo else 1.0
    filled = np.where(valid, raw, np.float32(lo))
    index = np.clip((filled - lo) / span * 255.0, 0, 255).astype(np.uint8)
    table = ramp_lookup(TERRAIN if ramp == "terrain" else GREYS)
    if ramp == "terrain" and cell_size:
        shade = hillshade(filled, cell_size)
        shade *= np.float32(0.45)
        shade += np.float32(0.55)
        rgb = table[index].astype(np.float32)
        rgb *= shade[..., None]
        out[..., :3] = rgb  # 0..255 already: the shade factor is at most 1 (truncated like astype)
    else:
        out[..., :3] = table[index]
    out[..., 3] = np.where(valid, np.uint8(int(round(255 * opacity))), np.uint8(0))
    return out
