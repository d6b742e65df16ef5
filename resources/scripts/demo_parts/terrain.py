"""The land of the demo township: its boundary, the hills, and the river valleys carved into them.

The main river meanders across the township from west-south-west to east-north-east; four
tributaries come down side valleys. The DEM is fractal noise for the hills, with every valley carved
as a flat floodplain that rises into the hillside, so that the rivers lie in their valleys and the
height above the river (used for flood zones) comes straight from how the valleys were made.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from affine import Affine
from rasterio import features
from shapely.geometry import LineString, Polygon

NODATA = -9999.0


@dataclass(frozen=True)
class Grid:
    """A north-up grid of square cells; ``x0, y0`` is the top-left corner."""

    x0: float
    y0: float
    cell: float
    nx: int
    ny: int

    @property
    def transform(self) -> Affine:
        """The affine transform from (col, row) to map coordinates."""
        return Affine(self.cell, 0.0, self.x0, 0.0, -self.cell, self.y0)

    @property
    def xs(self) -> np.ndarray:
        """Easting of the cell centres, one per column."""
        return self.x0 + (np.arange(self.nx) + 0.5) * self.cell

    @property
    def ys(self) -> np.ndarray:
        """Northing of the cell centres, one per row (north first)."""
        return self.y0 - (np.arange(self.ny) + 0.5) * self.cell

    def cell_of(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of the cells holding points ``x, y`` (clipped to the grid)."""
        col = np.clip(((np.asarray(x) - self.x0) // self.cell).astype(int), 0, self.nx - 1)
        row = np.clip(((self.y0 - np.asarray(y)) // self.cell).astype(int), 0, self.ny - 1)
        return row, col


@dataclass
class Terrain:
    """The DEM and what was learnt while making it."""

    grid: Grid
    dem: np.ndarray            # float32 metres, NODATA outside the township (plus a margin)
    height_above_river: np.ndarray  # float32 metres above the nearest valley floor; inf far away
    slope_deg: np.ndarray      # float32
    boundary: Polygon
    river: LineString          # main river, across the whole grid
    tributaries: list[LineString]
    river_names: list[str]

    def sample(self, x, y) -> np.ndarray:
        """DEM height at points ``x, y`` (nearest cell)."""
        row, col = self.grid.cell_of(x, y)
        return self.dem[row, col]


def fractal_noise(rng: np.random.Generator, ny: int, nx: int, beta: float) -> np.ndarray:
    """Spectral-synthesis noise with power ~ f**-beta, scaled to 0..1."""
    spectrum = np.fft.rfft2(rng.standard_normal((ny, nx)))
    fy = np.fft.fftfreq(ny)[:, None]
    fx = np.fft.rfftfreq(nx)[None, :]
    freq = np.hypot(fy, fx)
    freq[0, 0] = np.inf
    field = np.fft.irfft2(spectrum * freq ** (-beta / 2.0), s=(ny, nx))
    lo, hi = field.min(), field.max()
    return (field - lo) / (hi - lo)


def township_boundary(rng: np.random.Generator, cx: float, cy: float, radius: float,
                      max_radius: float) -> Polygon:
    """An irregular, star-shaped township outline around ``cx, cy``."""
    theta = np.linspace(0.0, 2.0 * np.pi, 721)[:-1]
    k = np.arange(2, 16)[:, None]
    amp = rng.uniform(0.5, 1.0, size=(k.size, 1)) * 0.26 / k
    phase = rng.uniform(0.0, 2.0 * np.pi, size=(k.size, 1))
    r = radius * (1.0 + (amp * np.cos(k * theta + phase)).sum(axis=0))
    r = np.clip(r, 0.6 * radius, max_radius)
    return Polygon(np.column_stack([cx + r * np.cos(theta), cy + r * np.sin(theta)]))


class _Meander:
    """The main river's centre line in a frame rotated along the valley: v = f(u)."""

    def __init__(self, rng: np.random.Generator, angle_deg: float):
        self.angle = np.radians(angle_deg)
        self.amp = (rng.uniform(450, 650), rng.uniform(180, 280))
        self.wave = (rng.uniform(4800, 5800), rng.uniform(1900, 2400))
        self.phase = rng.uniform(0, 2 * np.pi, size=2)
        self.offset = rng.uniform(-400, 0)

    def v(self, u):
        return self.offset + sum(a * np.sin(2 * np.pi * u / w + p) for a, w, p
                                 in zip(self.amp, self.wave, self.phase, strict=True))

    def dv(self, u):
        return sum(a * 2 * np.pi / w * np.cos(2 * np.pi * u / w + p) for a, w, p
                   in zip(self.amp, self.wave, self.phase, strict=True))

    def to_local(self, dx, dy):
        c, s = np.cos(self.angle), np.sin(self.angle)
        return dx * c + dy * s, -dx * s + dy * c

    def to_world(self, u, v):
        c, s = np.cos(self.angle), np.sin(self.angle)
        return u * c - v * s, u * s + v * c


def _floor_main(u):
    """Valley floor height (m) of the main river; it falls 4 m per km downstream."""
    return 100.0 - 0.004 * u


def _distance_to_line(px: np.ndarray, py: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Euclidean distance from points to a polyline (vectorised over points, looped over segments)."""
    best = np.full(px.shape, np.inf)
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:], strict=True):
        ex, ey = bx - ax, by - ay
        t = np.clip(((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey), 0.0, 1.0)
        np.minimum(best, np.hypot(px - ax - t * ex, py - ay - t * ey), out=best)
    return best


def _carve(hills, dist, floor, plain, side):
    """Lower ``hills`` to a valley: flat ``plain`` half-width, then rising over ``side`` metres."""
    t = np.clip((dist - plain) / side, 0.0, 1.0)
    shape = t * t * (3.0 - 2.0 * t)
    return floor + 0.01 * np.minimum(dist, plain) + np.maximum(hills - floor, 0.0) * shape


def _tributary(rng, meander: _Meander, u0: float, side: int, length: float) -> np.ndarray:
    """A wandering side valley leaving the main river at ``u0`` (local frame coordinates)."""
    heading = side * np.radians(rng.uniform(65, 110))
    u, v = u0, float(meander.v(u0))
    pts = [(u, v)]
    for _ in range(int(length // 100)):
        heading += rng.normal(0.0, np.radians(9))
        u, v = u + 100 * np.cos(heading), v + 100 * np.sin(heading)
        pts.append((u, v))
    return np.array(pts)


def build_terrain(rng: np.random.Generator, cx: float, cy: float, half_size: float = 5750.0,
                  cell: float = 10.0) -> Terrain:
    """Make the township's boundary, DEM, rivers, slope and height above the river.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of all randomness (a fixed seed gives the same land).
    cx, cy : float
        Centre of the township in map metres.
    half_size : float
        Half the side of the DEM square, metres.
    cell : float
        DEM cell size, metres.
    """
    n = int(round(2 * half_size / cell))
    grid = Grid(round(cx - half_size), round(cy + half_size), cell, n, n)
    boundary = township_boundary(rng, cx, cy, 4800.0, half_size - 400.0)
    gx, gy = np.meshgrid(grid.xs - cx, grid.ys - cy)

    meander = _Meander(rng, angle_deg=rng.uniform(10, 25))
    u, v = meander.to_local(gx, gy)
    d_main = np.abs(v - meander.v(u)) * np.cos(np.arctan(meander.dv(u)))

    coarse = fractal_noise(rng, n, n, beta=4.0)   # massifs
    ridges = 1.0 - np.abs(2.0 * fractal_noise(rng, n, n, beta=3.3) - 1.0)
    fine = fractal_noise(rng, n, n, beta=2.4)
    hills = (150.0 + 420.0 * coarse ** 1.1 + 170.0 * ridges * (0.4 + coarse)
             + 0.035 * np.minimum(d_main, 4500.0))

    wide = 230.0 + 90.0 * np.sin(u / 900.0)
    dem = _carve(hills, d_main, _floor_main(u), wide, 950.0)
    above = np.where(d_main < 1200.0, dem - _floor_main(u), np.inf)

    tributary_lines = []
    for i, u0 in enumerate(sorted(rng.uniform(-3800, 3800, size=4))):
        local = _tributary(rng, meander, u0, side=1 if i % 2 else -1,
                           length=rng.uniform(3000, 4200))
        wx, wy = meander.to_world(local[:, 0], local[:, 1])
        line = np.column_stack([wx, wy])
        tributary_lines.append(line)
        margin = 900.0
        cols = (grid.xs - cx > wx.min() - margin) & (grid.xs - cx < wx.max() + margin)
        rows = (grid.ys - cy > wy.min() - margin) & (grid.ys - cy < wy.max() + margin)
        box = np.ix_(rows, cols)
        dist = _distance_to_line(gx[box], gy[box], line)
        run = np.hypot(gx[box] - wx[0], gy[box] - wy[0])
        floor = _floor_main(u0) + 0.02 * run + 2.5e-5 * run * run  # steeper towards the head
        dem[box] = np.minimum(dem[box], _carve(hills[box], dist, floor, 45.0, 520.0))
        rise = dem[box] - floor   # negative where the valley head runs out above the hills
        above[box] = np.minimum(above[box], np.where((dist < 350.0) & (rise > -3.0), rise, np.inf))

    dem += (fine - 0.5) * 1.5
    dem -= 1.8 * np.clip(1.0 - d_main / 12.0, 0.0, None)  # the channel itself
    dem = dem.astype(np.float32)
    gy_, gx_ = np.gradient(dem, cell)
    slope = np.degrees(np.arctan(np.hypot(gx_, gy_))).astype(np.float32)

    keep = features.rasterize([boundary.buffer(250.0)], out_shape=(n, n),
                              transform=grid.transform, fill=0, default_value=1).astype(bool)
    dem[~keep] = NODATA

    us = np.arange(-9000.0, 9000.0, 25.0)
    rx, ry = meander.to_world(us, meander.v(us))
    extent = shapely.box(grid.x0, grid.y0 - n * cell, grid.x0 + n * cell, grid.y0)
    river = shapely.intersection(LineString(np.column_stack([rx + cx, ry + cy])), extent)
    tributaries = [LineString(line + (cx, cy)) for line in tributary_lines]
    return Terrain(grid, dem, above.astype(np.float32), slope, boundary, river, tributaries,
                   ["青溪", "石门坑", "竹坞溪", "黄泥坑", "桃源溪"])
