"""Signal level beyond line of sight, like SPLAT! (no Qt): free-space loss plus knife-edge diffraction over
the most obstructing obstacle of each DEM profile, for a site's frequency and radiated power.

Profiles run from the site along radials two cells apart at the range's end. At each step the receiver
(``target_height`` above the ground) gets ``eirp - FSPL(d, f) - J(v)`` dBm, where ``v`` is the largest
Fresnel-Kirchhoff parameter ``h * sqrt(2 d / (lambda d1 d2))`` of the terrain between them (the earth's
bulge with refraction included) and ``J`` the single knife-edge loss of ITU-R P.526
(``6.9 + 20 log10(sqrt((v - 0.1)^2 + 1) + v - 0.1)`` for ``v > -0.78``). Each cell takes the value of the
nearest profile step. :func:`signal_classes` turns levels into good, usable and none.
"""

from __future__ import annotations

import math

import numpy as np

from layers.lazy_jit import lazy_njit as _jit
from layers.planning.services import ALL
from layers.planning.viewshed import DEFAULT_REFRACTION, Site, Terrain

#: dBm thresholds of the classes: good (indoors), usable (outdoors); below, none
GOOD_DBM = -85.0
USABLE_DBM = -100.0
SPEED_OF_LIGHT = 299_792_458.0
#: the radio of a site that has none of its own
DEFAULT_FREQUENCY_MHZ = 900.0
DEFAULT_EIRP_DBM = 58.0


@_jit
def _profiles(heights, row0, col0, z_site, target_height, cell, steps, radials, wavelength, k_earth_radius,
              eirp_dbm, freq_mhz, first, last, out):  # pragma: no cover - compiled
    rows, cols = heights.shape
    z = np.empty(steps + 1)
    for a in range(first, last):
        angle = 2.0 * math.pi * a / radials
        dx, dy = math.sin(angle), -math.cos(angle)   # clockwise from north; rows grow southwards
        n = 0
        for k in range(1, steps + 1):
            r = int(round(row0 + k * dy))
            c = int(round(col0 + k * dx))
            if r < 0 or c < 0 or r >= rows or c >= cols:
                break
            z[k] = heights[r, c]
            n = k
        for k in range(1, n + 1):
            d = k * cell
            z_rx = z[k] + target_height
            worst = -1e9
            for j in range(1, k):
                d1 = j * cell
                d2 = d - d1
                bulge = d1 * d2 / (2.0 * k_earth_radius)
                line = z_site + (z_rx - z_site) * d1 / d
                h = z[j] + bulge - line
                v = h * math.sqrt(2.0 * d / (wavelength * d1 * d2))
                if v > worst:
                    worst = v
            loss = 0.0
            if worst > -0.78:
                loss = 6.9 + 20.0 * math.log10(math.sqrt((worst - 0.1) ** 2 + 1.0) + worst - 0.1)
            fspl = 20.0 * math.log10(d / 1000.0) + 20.0 * math.log10(freq_mhz) + 32.44
            out[a, k] = eirp_dbm - fspl - loss


def signal_window(terrain: Terrain, site: Site, frequency_mhz: float = 900.0, eirp_dbm: float = 58.0,
                  refraction: float = DEFAULT_REFRACTION) -> tuple[np.ndarray, int, int]:
    """The signal level (dBm, float32; NaN beyond the range or off the DEM) in the window of the site's
    range: (levels, x0, y0). The site's own cell gets the level at one cell's distance."""
    row, col = terrain.standing_cell(site)
    cell = abs(terrain.transform.a)
    reach = site.range if site.range > 0 else 10_000.0
    steps = max(1, int(math.ceil(reach / cell)))
    radials = max(64, int(math.ceil(math.pi * steps)))  # two cells apart at the range's end
    heights = np.where(terrain.missing, np.nan, terrain.heights) if terrain.missing is not None \
        else terrain.heights
    profiles = np.full((radials, steps + 1), np.nan)
    wavelength = SPEED_OF_LIGHT / (frequency_mhz * 1e6)
    k_radius = terrain.semi_major / (1.0 - refraction)  # the effective earth radius
    args = (heights, float(row), float(col), float(terrain.heights[row, col] + site.height),
            float(site.target_height), cell, steps, radials, wavelength, k_radius, float(eirp_dbm),
            float(frequency_mhz))
    half = radials // 2
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:  # the compiled loop lets go of the GIL: both halves at once
        for future in [pool.submit(_profiles, *args, lo, hi, profiles) for lo, hi in ((0, half),
                                                                                       (half, radials))]:
            future.result()
    profiles[:, 0] = profiles[:, 1]
    x0, x1, y0, y1 = terrain.window(row, col, reach)
    rr, cc = np.mgrid[y0 - row:y1 - row, x0 - col:x1 - col]
    distance = np.hypot(rr, cc)
    angle = np.mod(np.arctan2(cc, -rr), 2 * np.pi)
    a = np.mod(np.rint(angle / (2 * np.pi) * radials).astype(np.int64), radials)
    k = np.rint(distance).astype(np.int64)
    inside = k <= steps
    levels = np.full(distance.shape, np.nan, dtype=np.float32)
    levels[inside] = profiles[a[inside], k[inside]]
    levels[distance * cell > reach] = np.nan
    if site.sectored:
        off = np.abs((np.degrees(angle) - site.azimuth + 180.0) % 360.0 - 180.0)
        levels[off > site.beam_width / 2.0] = np.nan
    if terrain.missing is not None:
        levels[terrain.missing[y0:y1, x0:x1]] = np.nan
    return levels, x0, y0


def signal_classes(levels: np.ndarray) -> np.ndarray:
    """0 none (or no value), 1 usable, 2 good."""
    out = np.zeros(levels.shape, dtype=np.uint8)
    with np.errstate(invalid="ignore"):
        out[levels >= USABLE_DBM] = 1
        out[levels >= GOOD_DBM] = 2
    return out


def radio_of(site: Site, frequency_mhz: float | None = None, eirp_dbm: float | None = None
             ) -> tuple[float, float]:
    """The frequency (MHz) and radiated power (dBm) ``site`` transmits with: those given, else the site's
    own (a :class:`~layers.planning.site_layer.RadioSite` carries them), else 900 MHz and 58 dBm."""
    frequency = frequency_mhz if frequency_mhz is not None else getattr(site, "frequency_mhz", None)
    power = eirp_dbm if eirp_dbm is not None else getattr(site, "eirp_dbm", None)
    frequency = float(frequency) if frequency is not None and math.isfinite(frequency) and frequency > 0 \
        else DEFAULT_FREQUENCY_MHZ
    power = float(power) if power is not None and math.isfinite(power) else DEFAULT_EIRP_DBM
    return frequency, power


def best_signal(terrain: Terrain, sites: list[Site], frequency_mhz: float | None = None,
                eirp_dbm: float | None = None, feedback=None) -> np.ndarray:
    """The strongest level of ``sites`` at each cell of the DEM (dBm, NaN where none reaches); each site
    transmits with ``frequency_mhz`` and ``eirp_dbm`` when given, else with its own (:func:`radio_of`)."""
    from datasources.feedback import Feedback

    feedback = Feedback.of(feedback)
    best = np.full(terrain.shape, np.nan, dtype=np.float32)
    for index, site in enumerate(sites):
        feedback.check()
        levels, x0, y0 = signal_window(terrain, site, *radio_of(site, frequency_mhz, eirp_dbm))
        part = best[y0:y0 + levels.shape[0], x0:x0 + levels.shape[1]]
        np.fmax(part, levels, out=part)
        feedback.progress((index + 1) / max(len(sites), 1), "")
    return best


def signal_task(dem_path, sites: list[Site], demand, frequency_mhz: float | None = None,
                eirp_dbm: float | None = None, band: int = 1, feedback=None):
    """The signal classes of ``sites`` over the DEM at ``dem_path`` (the best site at each cell; each with
    its own frequency and power unless ``frequency_mhz`` and ``eirp_dbm`` are given) as a
    :class:`~layers.planning.desk_work.CoverageResult` whose ``counts`` are the classes (1 usable, 2 good);
    a household is covered where its cell has a usable signal or better."""
    from datasources.feedback import Feedback
    from layers.planning.desk_work import CoverageResult, covered_mask, read_terrain, village_table

    feedback = Feedback.of(feedback)
    terrain, crs = read_terrain(dem_path, band)
    inside = []
    for site in sites:
        try:
            terrain.standing_cell(site)
        except ValueError:
            continue
        inside.append(site)
    classes = signal_classes(best_signal(terrain, inside, frequency_mhz, eirp_dbm, feedback))
    covered = covered_mask(classes, terrain, demand.xy)
    services = {"mobile": covered}   # the signal is the mobile service
    return CoverageResult(classes, terrain.transform, crs, covered, village_table(demand, covered, services),
                          len(inside), demand.rows, services, demand,
                          service_counts={"mobile": classes, ALL: classes})


def as_mobile(signal, coverage=None):
    """The signal result ``signal`` (of :func:`signal_task`) as the village table's mobile service: its
    usable and good classes count as mobile coverage, and the other services (broadband, camera, warning,
    monitoring) are those of ``coverage`` (a :class:`~layers.planning.desk_work.CoverageResult` over the
    same demand), so the table's service chooser shows every service; ``all`` is any of them. Without a
    coverage of the same demand, mobile is the only service."""
    from dataclasses import replace

    from layers.planning.desk_work import village_table
    from layers.planning.services import union

    demand, mobile = signal.demand, signal.services.get("mobile", signal.covered)
    if demand is None:
        return signal
    services = {}
    if coverage is not None and coverage.services and coverage.demand is not None \
            and len(coverage.demand.xy) == len(demand.xy) and np.array_equal(coverage.demand.xy, demand.xy):
        services = {s: m for s, m in coverage.services.items() if s != "mobile"}
    services = {"mobile": mobile, **services}
    covered = union(services)
    return replace(signal, services=services, covered=covered, service=ALL,
                   table=village_table(demand, covered, services))


def mobile_persons(signal) -> float:
    """The persons a usable signal or better reaches."""
    mobile = signal.services.get("mobile", signal.covered) if signal.services else signal.covered
    if signal.demand is None:
        return float(signal.table["covered_persons"].sum())
    return float(np.asarray(signal.demand.weights)[np.asarray(mobile, dtype=bool)].sum())


__all__ = ["GOOD_DBM", "USABLE_DBM", "as_mobile", "best_signal", "mobile_persons", "radio_of", "signal_classes", "signal_task", "signal_window"]
