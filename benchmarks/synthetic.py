"""Big synthetic data for benchmarks: random points and village-like polygons in Gauss-Kruger metres.

Everything is generated with numpy and shapely's vectorised constructors (seconds for 1M points or
100k polygons) and written once to a GeoPackage in the cache folder ``bench-data/`` at the project root
(git-ignored); later runs read the cached file. A file name carries the count, the seed and
:data:`VERSION`, so changing the generator never reuses stale data.

The township layout: polygons sit on a jittered grid with :data:`SPACING` metres between centres, in the
CGCS2000 3-degree Gauss-Kruger zone of 120E (:data:`CRS`, no zone prefix), south-west corner at
:data:`ORIGIN`. 100k polygons cover about 200 km x 125 km.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from datasources.atomic import atomic_path

CRS = "EPSG:4549"
ORIGIN = (400_000.0, 3_300_000.0)
SPACING = 500.0
ASPECT = 1.6
VERSION = 1
PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CACHE = PROJECT_ROOT / "bench-data"


def layout_extent(n: int) -> tuple[float, float, float, float]:
    """The (minx, miny, maxx, maxy) of the grid that ``n`` polygons are laid on."""
    cols = max(1, int(np.ceil(np.sqrt(n * ASPECT))))
    rows = max(1, int(np.ceil(n / cols)))
    x0, y0 = ORIGIN
    return (x0, y0, x0 + cols * SPACING, y0 + rows * SPACING)


def village_centres(n: int, seed: int = 0) -> np.ndarray:
    """Centres (n, 2) of ``n`` villages on a jittered grid, row by row from the south-west."""
    rng = np.random.default_rng(seed)
    minx, miny, _, _ = layout_extent(n)
    cols = max(1, int(np.ceil(np.sqrt(n * ASPECT))))
    k = np.arange(n)
    cx = minx + (k % cols + 0.5) * SPACING + rng.uniform(-0.08, 0.08, n) * SPACING
    cy = miny + (k // cols + 0.5) * SPACING + rng.uniform(-0.08, 0.08, n) * SPACING
    return np.column_stack([cx, cy])


def village_polygons(n: int, seed: int = 0, hole_share: float = 0.1,
                     vertices: tuple[int, int] = (20, 60)) -> np.ndarray:
    """``n`` irregular, valid, star-shaped village polygons; about ``hole_share`` of them with a hole.

    Parameters
    ----------
    n : int
        Number of polygons.
    seed : int
        Seed of the random generator (same seed, same polygons).
    hole_share : float
        Share of polygons with one hole (a pond or an enclave), 0..1.
    vertices : (int, int)
        Inclusive range of the number of shell vertices.

    Returns
    -------
    numpy.ndarray
        Object array of shapely Polygons in :data:`CRS` metres, radius about 100-250 m.
    """
    rng = np.random.default_rng(seed)
    centres = village_centres(n, seed)
    radius = rng.uniform(100.0, 190.0, n)
    has_hole = rng.random(n) < hole_share
    rings_per_polygon = 1 + has_hole.astype(np.int64)
    ring_polygon = np.repeat(np.arange(n), rings_per_polygon)
    first_ring = np.concatenate([[0], np.cumsum(rings_per_polygon)[:-1]])
    is_hole = np.ones(ring_polygon.size, dtype=bool)
    is_hole[first_ring] = False
    n_rings = ring_polygon.size
    nv = np.where(is_hole, rng.integers(8, 13, n_rings),
                  rng.integers(vertices[0], vertices[1] + 1, n_rings))
    vertex_ring = np.repeat(np.arange(n_rings), nv)
    ring_start = np.concatenate([[0], np.cumsum(nv)[:-1]])
    k = np.arange(vertex_ring.size) - ring_start[vertex_ring]
    # Monotone angles (jitter < one step) and a positive radius make every ring simple.
    theta = 2.0 * np.pi * (k + rng.uniform(0.0, 0.8, k.size)) / nv[vertex_ring]
    phase1, phase2 = rng.uniform(0, 2 * np.pi, (2, n_rings))
    amp1, amp2 = rng.uniform(0.05, 0.2, (2, n_rings))
    wobble = (1.0 + amp1[vertex_ring] * np.sin(2 * theta + phase1[vertex_ring])
              + amp2[vertex_ring] * np.sin(5 * theta + phase2[vertex_ring])
              + rng.uniform(-0.05, 0.05, k.size))
    ring_radius = radius[ring_polygon] * np.where(is_hole, 0.25, 1.0)
    r = ring_radius[vertex_ring] * wobble
    theta = np.where(is_hole[vertex_ring], -theta, theta)  # holes run clockwise
    owner = ring_polygon[vertex_ring]
    xy = np.column_stack([centres[owner, 0] + r * np.cos(theta),
                          centres[owner, 1] + r * np.sin(theta)])
    rings = shapely.linearrings(np.round(xy, 2), indices=vertex_ring)
    return shapely.polygons(rings, indices=ring_polygon)


def random_points(n: int, seed: int = 0, clustered_share: float = 0.7,
                  villages: int = 10_000) -> np.ndarray:
    """``n`` points (n, 2): ``clustered_share`` around village centres (sigma 150 m), the rest uniform.

    The points cover the extent of ``villages`` polygons (:func:`layout_extent`).
    """
    rng = np.random.default_rng(seed + 1)
    minx, miny, maxx, maxy = layout_extent(villages)
    n_clustered = int(n * clustered_share)
    centres = village_centres(villages, seed)
    pick = rng.integers(0, villages, n_clustered)
    clustered = centres[pick] + rng.normal(0.0, 150.0, (n_clustered, 2))
    uniform = np.column_stack([rng.uniform(minx, maxx, n - n_clustered),
                               rng.uniform(miny, maxy, n - n_clustered)])
    xy = np.concatenate([clustered, uniform])
    return xy[rng.permutation(n)]


def _cached(cache_dir: Path | str | None, name: str, build) -> Path:
    folder = Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        gdf = build()
        with atomic_path(path) as tmp:
            # No R-tree: the benchmarks read whole layers, and the index doubles the file size.
            pyogrio.write_dataframe(gdf, tmp, layer=path.stem, driver="GPKG", use_arrow=True,
                                    layer_options={"SPATIAL_INDEX": "NO"})
    return path


def points_gpkg(n: int = 1_000_000, cache_dir: Path | str | None = None, seed: int = 0) -> Path:
    """Path of a cached GeoPackage of :func:`random_points` with a ``reading`` float column."""

    def build() -> gpd.GeoDataFrame:
        xy = random_points(n, seed)
        rng = np.random.default_rng(seed + 2)
        return gpd.GeoDataFrame(
            {"reading": np.round(rng.gamma(2.0, 10.0, n), 1)},
            geometry=shapely.points(np.round(xy, 2)), crs=CRS)

    return _cached(cache_dir, f"points_{n}_s{seed}_v{VERSION}.gpkg", build)


def polygons_gpkg(n: int = 100_000, cache_dir: Path | str | None = None, seed: int = 0) -> Path:
    """Path of a cached GeoPackage of :func:`village_polygons` with ``village`` and ``population``."""

    def build() -> gpd.GeoDataFrame:
        rng = np.random.default_rng(seed + 3)
        return gpd.GeoDataFrame(
            {"village": np.array([f"V{i:06d}" for i in range(n)]),
             "population": rng.integers(80, 3000, n)},
            geometry=village_polygons(n, seed), crs=CRS)

    return _cached(cache_dir, f"villages_{n}_s{seed}_v{VERSION}.gpkg", build)
