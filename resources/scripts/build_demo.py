"""Build the demo township: a fictional, believable 青溪镇 (Qingxi Town) in western Zhejiang.

Run ``python -m resources.scripts.build_demo --out resources/demo``. The result is the same on every run
with the same seed and scale: ``township.gpkg`` (every vector layer and the tables) and ``dem.tif``.
All coordinates are CGCS2000 3-degree Gauss-Kruger, central meridian 120E, no zone prefix
(EPSG:4549). Nothing in it is real: places, people, phone and ID numbers are invented.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import rasterio
from rasterio.enums import Resampling

from datasources.atomic import atomic_path
from datasources.crs import transformer
from datasources.feedback import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from resources import RESOURCES_DIR
from resources.scripts.demo_parts import (
    facilities,
    hazards,
    incidents,
    network,
    sensors,
    terrain,
    villages,
)
from resources.scripts.demo_parts.names import TOWN_ZH

CRS = "EPSG:4549"
CENTRE_LONLAT = (119.6, 30.0)
DEFAULT_SEED = 9
HOUSEHOLDS_AT_SCALE_1 = 21_600
INCIDENTS_AT_SCALE_1 = 420
LAYERS = ("township_boundary", "villages", "households", "rivers", "roads", "facilities",
          "sensors", "sensor_readings", "hazard_zones", "incidents", "township_info")
_PARTS = ("terrain", "villages", "households", "roads", "facilities", "weather", "sensors",
          "readings", "incidents")


@dataclass(frozen=True)
class DemoSummary:
    """What was built, for the one-line report."""

    out: Path
    villages: int
    households: int
    population: int
    incidents: int
    readings: int
    hazard_zones: int
    dem_shape: tuple[int, int]
    seconds: float

    def line(self) -> str:
        """One line saying what was built, where, and how long it took."""
        return (f"Built {TOWN_ZH} (Qingxi Town, fictional): {self.villages} villages, "
                f"{self.households:,} households ({self.population:,} persons), "
                f"{self.incidents} incidents, {self.readings:,} sensor readings, "
                f"{self.hazard_zones} hazard zones, DEM {self.dem_shape[1]}x{self.dem_shape[0]} "
                f"at 10 m -> {self.out} in {self.seconds:.1f} s")


def build_demo(out: str | Path = RESOURCES_DIR / "demo", seed: int = DEFAULT_SEED,
               scale: float = 1.0, progress: Progress = no_progress,
               is_cancelled: IsCancelled = never_cancelled) -> DemoSummary:
    """Build the demo township into ``out`` (``township.gpkg`` and ``dem.tif``).

    Parameters
    ----------
    out : path
        Folder to write into; created when missing. Both files are written beside their targets
        and renamed only when everything succeeded, so a half-built demo never remains.
    seed : int
        Seed of every random choice; the same seed and scale give the same contents.
    scale : float
        Multiplies the number of households and incidents (1.0: 21,600 households, 420
        incidents; larger values make benchmark data). The land, villages and sensors do not change.
    progress, is_cancelled : callable
        Progress reports ``(fraction, message)`` and a cancellation check.

    Returns
    -------
    DemoSummary
    """
    started = time.perf_counter()
    out = Path(out)

    def rng(part: str) -> np.random.Generator:  # one stream per part: parts do not shift others
        return np.random.default_rng([seed, _PARTS.index(part)])

    def step(fraction: float, message: str) -> None:
        check_cancelled(is_cancelled, out)
        progress(fraction, message)

    step(0.0, "shaping the land")
    cx, cy = transformer("EPSG:4490", CRS).transform(*CENTRE_LONLAT)
    land = terrain.build_terrain(rng("terrain"), round(cx, -1), round(cy, -1))
    step(0.25, "drawing villages and households")
    towns = villages.build_villages(rng("villages"), land)
    homes = villages.build_households(rng("households"), land, towns,
                                      int(round(HOUSEHOLDS_AT_SCALE_1 * scale)))
    step(0.4, "rivers, roads and facilities")
    rivers = network.build_rivers(land)
    roads = network.build_roads(rng("roads"), land, towns)
    places = facilities.build_facilities(rng("facilities"), land, towns, roads)
    step(0.5, "sensors and readings")
    weather = sensors.build_weather(rng("weather"))
    stations = sensors.build_sensors(rng("sensors"), land, towns)
    readings = sensors.build_readings(rng("readings"), stations, weather)
    step(0.6, "hazard zones")
    zones = hazards.build_hazard_zones(land)
    step(0.7, "residents' reports")
    reports = incidents.build_incidents(rng("incidents"), land, towns, homes,
                                        max(int(round(INCIDENTS_AT_SCALE_1 * scale)), 40))
    boundary = _boundary_frame(land, towns)
    info = _township_info(seed, scale, land, towns, homes, reports)
    layers = {"township_boundary": boundary, "villages": towns.frame, "households": homes,
              "rivers": rivers, "roads": roads, "facilities": places, "sensors": stations,
              "sensor_readings": readings, "hazard_zones": zones, "incidents": reports,
              "township_info": info}

    step(0.8, "writing dem.tif and township.gpkg")
    out.mkdir(parents=True, exist_ok=True)
    with atomic_path(out / "dem.tif") as dem_tmp, atomic_path(out / "township.gpkg") as gpkg_tmp:
        write_dem(land, dem_tmp)
        write_layers(layers, gpkg_tmp)
    progress(1.0, "done")
    return DemoSummary(out, len(towns.frame), len(homes), int(towns.frame.population.sum()),
                       len(reports), len(readings), len(zones), land.dem.shape,
                       time.perf_counter() - started)


def _boundary_frame(land: terrain.Terrain, towns: villages.Villages):
    import geopandas as gpd

    return gpd.GeoDataFrame({
        "name_zh": [TOWN_ZH], "name_pinyin": ["Qingxi Zhen"],
        "town_code": [towns.frame.village_code.iloc[0][:9]],
        "population": [int(towns.frame.population.sum())],
        "area_km2": [round(land.boundary.area / 1e6, 3)],
    }, geometry=[land.boundary], crs=CRS)


def _township_info(seed, scale, land, towns, homes, reports) -> pd.DataFrame:
    start, end = sensors.START, sensors.START + np.timedelta64(sensors.DAYS * 24, "h")
    storm = sensors.storm_window()
    pairs = {
        "name_zh": TOWN_ZH, "name_en": "Qingxi Town", "fictional": "yes: places, people, phone "
        "and ID numbers are invented",
        "county_code": villages.COUNTY_CODE, "crs": CRS,
        "crs_name": "CGCS2000 / 3-degree Gauss-Kruger CM 120E",
        "centre_lonlat": f"{CENTRE_LONLAT[0]},{CENTRE_LONLAT[1]}",
        "seed": str(seed), "scale": str(scale), "generator": "resources.scripts.build_demo",
        "dem": f"dem.tif {land.grid.nx}x{land.grid.ny} cells of {land.grid.cell:g} m, float32",
        "villages": str(len(towns.frame)), "households": str(len(homes)),
        "population": str(int(towns.frame.population.sum())), "incidents": str(len(reports)),
        "readings_start": str(sensors.local_iso([start])[0]),
        "readings_end": str(sensors.local_iso([end - np.timedelta64(1, "h")])[0]),
        "storm_start": str(sensors.local_iso([storm[0]])[0]),
        "storm_end": str(sensors.local_iso([storm[1]])[0]),
        "as_of": str(sensors.local_iso([end])[0]),
        "time_zone": "+08:00 (China Standard Time)",
    }
    return pd.DataFrame({"key": list(pairs), "value": list(pairs.values())})


def write_dem(land: terrain.Terrain, path: Path) -> None:
    """Write the DEM as a tiled, deflated float32 GeoTIFF with internal overviews."""
    grid = land.grid
    profile = {"driver": "GTiff", "width": grid.nx, "height": grid.ny, "count": 1,
               "dtype": "float32", "nodata": terrain.NODATA, "crs": CRS,
               "transform": grid.transform, "tiled": True, "blockxsize": 256,
               "blockysize": 256, "compress": "deflate", "predictor": 3}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(land.dem, 1)
        dst.set_band_description(1, "elevation (m)")
        dst.units = ("metre",)
        dst.update_tags(TIFFTAG_SOFTWARE="township console demo builder", AREA_OR_POINT="Area")
        dst.build_overviews([2, 4, 8, 16], Resampling.average)
        dst.update_tags(ns="rio_overview", resampling="average")


def write_layers(layers: dict, path: Path) -> None:
    """Write every layer into one GeoPackage 1.3 with fixed timestamps (same bytes every run)."""
    as_of = sensors.START + np.timedelta64(sensors.DAYS * 24 - 8, "h")  # 00:00 +08:00 in UTC
    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": f"{as_of}:00.000Z"})
    try:
        for i, name in enumerate(LAYERS):
            options = {"dataset_options": {"VERSION": "1.3"}} if i == 0 else {}
            pyogrio.write_dataframe(layers[name], path, layer=name, driver="GPKG", **options)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})


def main(argv: list[str] | None = None) -> int:
    """Command line: build the demo township and print a one-line summary."""
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.build_demo", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESOURCES_DIR / "demo",
                        help="folder for township.gpkg and dem.tif (default: resources/demo)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply households and incidents (default 1.0)")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    print(build_demo(args.out, args.seed, args.scale).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
