"""What a site sees over the terrain: the viewshed of one site, and how many sites see each cell.

A :class:`Site` stands on the DEM at map coordinates (the DEM's CRS) with its antenna, mast or camera
``height`` above the ground; a cell counts as seen when a receiver ``target_height`` above its ground
(1.5 m, a person holding a phone) is in line of sight. The earth's curvature lowers far cells by
``(1 - k) d² / D`` where ``k`` is the refraction coefficient (1/7 by default) and ``D`` the diameter of
the DEM's ellipsoid: the same correction as ``gdal_viewshed -cc 0.85714``, whose curvature coefficient
is ``1 - k``. ``range`` limits the distance (cells beyond it are :data:`NODATA`), ``azimuth`` and
``beam_width`` limit a sector antenna or a camera's field of view (cells outside the sector are not
seen), and a loudspeaker covers its audible range whatever the terrain.

The sweep itself is in :mod:`layers.planning.sweep` (numba), cell for cell the algorithm of GDAL.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np
from affine import Affine

from datasources.feedback import Feedback, IsCancelled, Progress
from layers.planning import sweep as _sweep

NODATA = _sweep.OUT_OF_RANGE
"""Output value of cells out of range or without elevation."""
VISIBLE = _sweep.VISIBLE
HIDDEN = _sweep.HIDDEN
DEFAULT_REFRACTION = 1.0 / 7.0
"""The usual coefficient of atmospheric refraction: light bends round the earth 1/7 as much as it curves."""
WGS84_SEMI_MAJOR = 6378137.0

KINDS = ("tower", "fibre cabinet", "camera", "sensor", "loudspeaker")


@dataclass(frozen=True)
class Site:
    """A place that covers its surroundings.

    Parameters
    ----------
    x, y : float
        Where it stands, in the DEM's CRS.
    height : float
        Antenna, mast or camera height above the ground (metres).
    range : float
        Farthest distance it covers (metres); 0 is unlimited.
    azimuth : float or None
        Centre of its sector, degrees clockwise from grid north; None for all round.
    beam_width : float
        Width of the sector (a camera's field of view), degrees; 360 for all round.
    kind : str
        One of :data:`KINDS`; a loudspeaker covers its range regardless of terrain.
    target_height : float
        Height of the receiver above the ground of each cell (metres).
    """

    x: float
    y: float
    height: float = 30.0
    range: float = 0.0
    azimuth: float | None = None
    beam_width: float = 360.0
    kind: str = "tower"
    target_height: float = 1.5

    def __post_init__(self) -> None:
        if not (math.isfinite(self.x) and math.isfinite(self.y)):
            raise ValueError("a site needs finite coordinates")
        if self.range < 0 or not math.isfinite(self.range):
            raise ValueError(f"a site's range must be 0 (unlimited) or positive, not {self.range}")
        if not 0 < self.beam_width <= 360:
            raise ValueError(f"a beam width is between 0 and 360 degrees, not {self.beam_width}")

    @classmethod
    def camera(cls, x: float, y: float, height: float, azimuth: float, field_of_view: float,
               range: float, target_height: float = 1.5) -> Site:  # noqa: A002
        """A camera: a cone of ``field_of_view`` degrees toward ``azimuth``, up to ``range`` metres."""
        return cls(x, y, height, range, azimuth, field_of_view, "camera", target_height)

    @classmethod
    def loudspeaker(cls, x: float, y: float, range: float) -> Site:  # noqa: A002
        """A warning loudspeaker, heard within ``range`` metres."""
        if range <= 0:
            raise ValueError("a loudspeaker needs its audible range")
        return cls(x, y, 0.0, range, kind="loudspeaker")

    @property
    def sectored(self) -> bool:
        return self.azimuth is not None and self.beam_width < 360


def curvature_coefficient(refraction: float = DEFAULT_REFRACTION) -> float:
    """GDAL's ``-cc`` for a refraction coefficient: the share of the earth's curvature left, ``1 - k``."""
    return 1.0 - refraction


def semi_major_of(crs) -> float:
    """Semi-major axis (metres) of the ellipsoid of ``crs`` (anything pyproj reads); WGS 84's when None."""
    if crs is None:
        return WGS84_SEMI_MAJOR
    from pyproj import CRS

    ellipsoid = CRS.from_user_input(crs).ellipsoid
    return float(ellipsoid.semi_major_metre) if ellipsoid is not None else WGS84_SEMI_MAJOR


class OffTerrain(ValueError):
    """A site or point off the DEM, or on a cell of it without elevation."""


@dataclass(frozen=True)
class Terrain:
    """A DEM prepared for sweeps: float64 heights, its transform, nodata cells and the earth's size."""

    heights: np.ndarray
    transform: object
    missing: np.ndarray | None
    semi_major: float = WGS84_SEMI_MAJOR

    @classmethod
    def of(cls, dem, transform, nodata: float | None = None, semi_major: float = WGS84_SEMI_MAJOR
           ) -> Terrain:
        """Prepare ``dem`` (2-D array or masked array) with its affine ``transform``."""
        if isinstance(dem, Terrain):
            return dem
        data = np.ma.getdata(dem)
        if data.ndim != 2:
            raise ValueError(f"a DEM is one band of rows and columns, not an array of shape {data.shape}")
        missing = np.ma.getmaskarray(dem) if np.ma.isMaskedArray(dem) else np.zeros(data.shape, bool)
        if nodata is not None:
            missing = missing | (data == nodata)
        missing = missing | ~np.isfinite(data)
        heights = np.ascontiguousarray(data, dtype=np.float64)
        if missing.any():
            heights = heights.copy()
            heights[missing] = -1e9 if not missing.all() else 0.0  # a pit: hides nothing behind it
        else:
            missing = None
        if not isinstance(transform, Affine):   # the six numbers a, b, c, d, e, f
            transform = Affine(*tuple(transform)[:6])
        if transform.b != 0 or transform.d != 0:
            raise ValueError("the DEM is rotated; warp it to a north-up grid first")
        return cls(heights, transform, missing, semi_major)

    @property
    def shape(self) -> tuple[int, int]:
        return self.heights.shape

    def cell_of(self, x: float, y: float) -> tuple[int, int]:
        """(row, col) of the cell holding map point (x, y); :class:`OffTerrain` when it is off the DEM."""
        r, c = (math.floor(v) for v in self.fractional_cell(x, y))
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise OffTerrain(f"the point {x:.1f}, {y:.1f} is outside the DEM")
        return r, c

    def standing_cell(self, site: Site) -> tuple[int, int]:
        """(row, col) where ``site`` stands; :class:`OffTerrain` off the DEM or on a cell without
        elevation (a loudspeaker needs none)."""
        r, c = self.cell_of(site.x, site.y)
        if site.kind != "loudspeaker" and self.missing is not None and self.missing[r, c]:
            raise OffTerrain(f"the site at {site.x:.1f}, {site.y:.1f} stands on a DEM cell without "
                             "elevation")
        return r, c

    def fractional_cell(self, x, y):
        """(row, col) of map points as fractions of cells (north-up grids only, see :meth:`of`)."""
        t = self.transform
        return (np.asarray(y) - t.f) / t.e, (np.asarray(x) - t.c) / t.a

    def window(self, row: int, col: int, max_range: float) -> tuple[int, int, int, int]:
        """(x0, x1, y0, y1): the cells within ``max_range`` of (row, col), as GDAL clips them."""
        height, width = self.shape
        if max_range <= 0:
            return 0, width, 0, height
        rx = max_range / abs(self.transform.a)
        ry = max_range / abs(self.transform.e)
        return (max(0, math.floor(col - rx)), min(width, math.ceil(col + rx) + 1),
                max(0, math.floor(row - ry)), min(height, math.ceil(row + ry) + 1))


def _pixel_terms(transform) -> np.ndarray:
    return np.array([transform.a, transform.b, transform.d, transform.e], dtype=np.float64)


def _run_sweep(heights, window, col, row, site, curvature, gt, max_d2, out, threads) -> None:
    x0, x1, y0, y1 = window
    first = np.empty(x1 - x0)
    z_obs = _sweep.first_row(heights, x0, x1, y0, col, row, float(site.height),
                             float(site.target_height), curvature, gt, max_d2, first, out)
    args = (heights, x0, x1, y0, y1, col, row, z_obs, float(site.target_height), curvature, gt,
            max_d2, first)
    if threads < 2:
        _sweep.half_octants(*args, -1, out)
        _sweep.half_octants(*args, 1, out)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:   # the compiled sweep lets go of the GIL: both halves at once
        for future in [pool.submit(_sweep.half_octants, *args, direction, out) for direction in (-1, 1)]:
            future.result()


def site_window(terrain: Terrain, site: Site, refraction: float = DEFAULT_REFRACTION,
                threads: int = 1, masked: bool = True) -> tuple[np.ndarray, int, int]:
    """What ``site`` covers in the window of its range: (uint8 window, x0, y0).

    Values are :data:`VISIBLE`, :data:`HIDDEN` and :data:`NODATA` (out of range or no elevation).
    ``threads`` 2 sweeps the rows above and below the site at the same time. ``masked`` False leaves
    the cells without elevation as the sweep found them (a cumulative count clears them once at the
    end instead of once per site).
    """
    row, col = terrain.standing_cell(site)
    x0, x1, y0, y1 = terrain.window(row, col, site.range)
    out = np.full((y1 - y0, x1 - x0), NODATA, dtype=np.uint8)
    gt = _pixel_terms(terrain.transform)
    max_d2 = site.range * site.range
    if site.kind == "loudspeaker":
        rows, cols = np.ogrid[y0 - row:y1 - row, x0 - col:x1 - col]
        d2 = (cols * gt[0]) ** 2 + (rows * gt[3]) ** 2
        out[d2 <= max_d2] = VISIBLE
    else:
        curvature = curvature_coefficient(refraction) / (2.0 * terrain.semi_major)
        _run_sweep(terrain.heights, (x0, x1, y0, y1), col, row, site, curvature, gt, max_d2, out,
                   threads)
    if site.sectored:
        _sweep.sector(out, col, row, x0, y0, gt, float(site.azimuth) % 360.0, site.beam_width / 2.0)
    if masked and terrain.missing is not None:
        out[terrain.missing[y0:y1, x0:x1]] = NODATA
    return out, x0, y0


def viewshed(dem, transform, site: Site, refraction: float = DEFAULT_REFRACTION,
             nodata: float | None = None, semi_major: float = WGS84_SEMI_MAJOR, threads: int = 2
             ) -> np.ndarray:
    """The cells ``site`` covers, over the whole DEM.

    Parameters
    ----------
    dem : ndarray or masked array or Terrain
        Heights in metres (one band); masked cells and ``nodata`` have no elevation.
    transform : affine.Affine
        The DEM's north-up transform (metres).
    site : Site
        The observer.
    refraction : float
        Atmospheric refraction coefficient ``k``; curvature is corrected by ``1 - k`` (0 for none:
        pass ``refraction=1`` to ignore the earth's curvature).
    semi_major : float
        The ellipsoid's semi-major axis (:func:`semi_major_of` the DEM's CRS).
    threads : int
        2 sweeps the halves above and below the site at the same time; 1 in the calling thread.

    Returns
    -------
    ndarray of uint8
        :data:`VISIBLE` (1), :data:`HIDDEN` (0), :data:`NODATA` (255) out of range or without elevation.
    """
    terrain = Terrain.of(dem, transform, nodata, semi_major)
    window, x0, y0 = site_window(terrain, site, refraction, threads)
    out = np.full(terrain.shape, NODATA, dtype=np.uint8)
    out[y0:y0 + window.shape[0], x0:x0 + window.shape[1]] = window
    return out


def cumulative_viewshed(dem, transform, sites, refraction: float = DEFAULT_REFRACTION,
                        nodata: float | None = None, semi_major: float = WGS84_SEMI_MAJOR,
                        progress: Progress | None = None, is_cancelled: IsCancelled | None = None,
                        threads: int = 2) -> np.ndarray:
    """How many of ``sites`` see each cell (uint16; cells without elevation count 0).

    ``progress(fraction, message)`` is told after each site and ``is_cancelled()`` asked before each;
    :class:`~datasources.errors.Cancelled` is raised when it says stop. ``threads`` sites are swept at
    the same time, each into its own count.
    """
    feedback = Feedback(progress, is_cancelled)
    terrain = Terrain.of(dem, transform, nodata, semi_major)
    sites = list(sites)
    threads = max(1, min(int(threads), len(sites)))
    counts = [np.zeros(terrain.shape, dtype=np.uint16) for _ in range(threads)]
    done = [0]
    lock = threading.Lock()

    def work(part: int) -> None:
        for index in range(part, len(sites), threads):
            feedback.check()
            window, x0, y0 = site_window(terrain, sites[index], refraction, masked=False)
            _sweep.count_visible(window, counts[part], x0, y0)
            with lock:
                done[0] += 1
                feedback.progress(done[0] / len(sites), f"site {done[0]} of {len(sites)}")

    if threads == 1:
        work(0)
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(threads) as pool:
            futures = [pool.submit(work, part) for part in range(threads)]
            for future in futures:
                future.result()
    total = counts[0]
    for more in counts[1:]:
        total += more
    if terrain.missing is not None:      # cells without elevation count no site
        total[terrain.missing] = 0
    return total
