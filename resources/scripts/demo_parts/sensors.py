"""Sensors of the demo township and a month of their hourly readings, with one storm.

Times are local (China Standard Time, written with ``+08:00``). Readings have gaps: scattered
missing hours plus a few outages, one during the storm. The storm brings a rain spike, a river that
rises a few hours later, turbid water with more ammonia, and washed-out air.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from resources.scripts.demo_parts.terrain import Terrain
from resources.scripts.demo_parts.villages import Villages

START = np.datetime64("2025-06-01T00:00")
DAYS = 35
STORM_HOUR = 20 * 24 + 14      # 21 June, 14:00
STORM_HOURS = 14

AIR = {"PM2.5": "µg/m³", "PM10": "µg/m³", "NO2": "µg/m³", "O3": "µg/m³", "SO2": "µg/m³",
       "CO": "mg/m³"}
WATER = {"DO": "mg/L", "CODMn": "mg/L", "NH3-N": "mg/L", "TP": "mg/L", "turbidity": "NTU"}
KINDS = {
    "air_quality": ("空气质量监测站", "Air Quality Station", AIR),
    "water_quality": ("水质自动监测站", "Water Quality Station", WATER),
    "river_level": ("水位站", "River Level Gauge", {"level": "m"}),
    "rain_gauge": ("雨量站", "Rain Gauge", {"rain": "mm/h"}),
}


@dataclass
class Weather:
    """Hourly rain over the township (mm/h), shared by gauges, river and incidents."""

    hours: np.ndarray   # datetime64[h] local time
    rain: np.ndarray    # area mean, mm/h


def storm_window() -> tuple[np.datetime64, np.datetime64]:
    """Start and end (local time) of the storm."""
    start = START + np.timedelta64(STORM_HOUR, "h")
    return start, start + np.timedelta64(STORM_HOURS, "h")


def local_iso(times) -> np.ndarray:
    """ISO 8601 strings with the China Standard Time offset."""
    return np.char.add(np.datetime_as_string(np.asarray(times, "datetime64[s]"), unit="s"),
                       "+08:00")


def build_weather(rng: np.random.Generator) -> Weather:
    """Plum-rain showers plus one storm peaking near 45 mm/h."""
    n = DAYS * 24
    wet = np.zeros(n, bool)
    state = False
    for h in range(n):
        state = rng.random() < (0.75 if state else 0.05)
        wet[h] = state
    rain = np.where(wet, rng.gamma(1.2, 1.4, n), 0.0)
    t = np.arange(n) - STORM_HOUR
    storm = 45.0 * np.exp(-0.5 * ((t - 5.0) / 2.8) ** 2) + 6.0 * ((t >= 0) & (t < STORM_HOURS))
    rain += storm * (1.0 + 0.1 * rng.standard_normal(n)).clip(0.7)
    hours = START + np.arange(n).astype("timedelta64[h]")
    return Weather(hours, rain)


def _sites(rng, terrain: Terrain, villages: Villages):
    """(kind, x, y) of every sensor: stations on the river, in villages, rain gauges on hills."""
    river = shapely.intersection(terrain.river, terrain.boundary.buffer(-300.0))
    river = max(shapely.get_parts(river), key=lambda g: g.length)
    sites = []
    for f in (0.08, 0.5, 0.93):
        p = river.interpolate(f, normalized=True)
        sites.append(("water_quality", p.x, p.y))
    for f in (0.55, 0.9):
        p = river.interpolate(f, normalized=True)
        sites.append(("river_level", p.x, p.y))
    by_size = np.argsort(-villages.frame.population.to_numpy(), kind="stable")
    for i in by_size[:3]:
        cx, cy = villages.centres[i]
        sites.append(("air_quality", cx + rng.uniform(-60, 60), cy + rng.uniform(-60, 60)))
    middle = shapely.centroid(terrain.boundary)
    for angle in (30.0, 150.0, 270.0):
        a = np.radians(angle)
        sites.append(("rain_gauge", middle.x + 2800 * np.cos(a), middle.y + 2800 * np.sin(a)))
    sites.append(("rain_gauge", villages.centres[0][0] + 80.0, villages.centres[0][1] - 60.0))
    return sites


def build_sensors(rng: np.random.Generator, terrain: Terrain,
                  villages: Villages) -> gpd.GeoDataFrame:
    """Sensor points with ``sensor_id``, ``kind``, ``name_zh``, ``name_en``, ``parameters``,
    ``units``, ``village_code``, ``elevation_m`` and, for river gauges, ``gauge_datum_m``."""
    rows, seen = [], {}
    prefix = {"air_quality": "AQ", "water_quality": "WQ", "river_level": "WL", "rain_gauge": "RG"}
    for kind, x, y in _sites(rng, terrain, villages):
        seen[kind] = seen.get(kind, 0) + 1
        zh, en, params = KINDS[kind]
        label = int(villages.labels[terrain.grid.cell_of(x, y)])
        village = villages.frame.iloc[max(label - 1, 0)]
        ground = float(terrain.sample(x, y))
        rows.append({
            "sensor_id": f"{prefix[kind]}-{seen[kind]:02d}", "kind": kind,
            "name_zh": village.name_zh + zh,
            "name_en": village.name_pinyin.replace(" Cun", " Village") + " " + en,
            "parameters": ",".join(params),
            "units": ",".join(f"{p} {u}" for p, u in params.items()),
            "village_code": village.village_code,
            "elevation_m": round(ground, 1),
            "gauge_datum_m": round(ground - 1.0, 2) if kind == "river_level" else np.nan,
            "geometry": shapely.Point(round(x, 1), round(y, 1)),
        })
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4549")


def _response(rain: np.ndarray, lag: float, spread: float) -> np.ndarray:
    """Rain routed through a gamma-shaped unit hydrograph peaking ``lag`` hours later."""
    t = np.arange(72.0)
    k = (t / lag) ** spread * np.exp(spread * (1 - t / lag))
    return np.convolve(rain, k / k.sum())[: rain.size]


def _series(rng, kind: str, index: int, weather: Weather) -> dict[str, np.ndarray]:
    """Hourly values of every parameter of one sensor."""
    n = weather.rain.size
    hour = (np.arange(n) % 24).astype(float)
    rain = weather.rain
    wet = _response(rain, 6.0 + index, 2.0)
    noise = rng.standard_normal((8, n))
    if kind == "rain_gauge":
        factor = (0.8, 1.15, 1.05, 0.95)[index % 4]
        value = rain * factor * np.exp(0.15 * noise[0])
        return {"rain": np.round(np.where(rain < 0.05, 0.0, value), 1)}
    if kind == "river_level":
        return {"level": np.round(0.75 + 0.12 * index + 0.13 * wet + 0.01 * noise[0], 2)}
    if kind == "water_quality":
        down = 1.0 + 0.15 * index
        turbid = np.clip(wet / 8.0, 0.0, None)
        return {
            "DO": np.round(np.clip(7.6 + 0.6 * np.sin((hour - 9) / 24 * 2 * np.pi)
                                   - 1.6 * np.tanh(turbid) - 0.3 * index + 0.15 * noise[0],
                                   2.5, 9.5), 2),
            "CODMn": np.round(np.clip(2.4 * down + 3.5 * np.tanh(turbid) + 0.2 * noise[1],
                                      1.0, 12.0), 2),
            "NH3-N": np.round(np.clip(0.22 * down + 0.9 * np.tanh(turbid) + 0.03 * noise[2],
                                      0.03, 1.9), 3),
            "TP": np.round(np.clip(0.05 * down + 0.18 * np.tanh(turbid) + 0.008 * noise[3],
                                   0.01, 0.38), 3),
            "turbidity": np.round(np.clip(6.0 * down + 260.0 * np.tanh(turbid) + noise[4],
                                          1.0, None), 1),
        }
    washout = np.exp(-_response(rain, 2.0, 1.0) / 1.5)
    base = np.exp(np.cumsum(0.08 * noise[5]) * 0.2)  # slow AR-like drift
    base = base / base.mean()
    rush = np.exp(-0.5 * ((hour - 8) / 1.5) ** 2) + np.exp(-0.5 * ((hour - 19) / 2.0) ** 2)
    sun = np.clip(np.sin((hour - 6) / 13 * np.pi), 0.0, None) * washout
    pm25 = np.clip(28.0 * base * washout * (1 + 0.25 * rush) * np.exp(0.12 * noise[0]), 3, None)
    return {
        "PM2.5": np.round(pm25),
        "PM10": np.round(pm25 * (1.7 + 0.1 * noise[1])),
        "NO2": np.round(np.clip(14.0 + 16.0 * rush * base + 3 * noise[2], 2, None)),
        "O3": np.round(np.clip(35.0 + 95.0 * sun + 8 * noise[3], 5, None)),
        "SO2": np.round(np.clip(6.0 * base + 1.0 * noise[4], 2, None)),
        "CO": np.round(np.clip(0.55 * base + 0.15 * rush + 0.05 * noise[6], 0.2, None), 2),
    }


def build_readings(rng: np.random.Generator, sensors: gpd.GeoDataFrame,
                   weather: Weather) -> pd.DataFrame:
    """The long table ``sensor_id, time, parameter, value``; some hours are missing."""
    n = weather.rain.size
    iso = local_iso(weather.hours)
    frames = []
    for sensor_id, kind in zip(sensors.sensor_id, sensors.kind, strict=True):
        index = int(sensor_id[-2:]) - 1
        values = _series(rng, kind, index, weather)
        present = rng.random(n) > 0.015
        if rng.random() < 0.5:   # an outage of a few hours
            at = int(rng.integers(0, n - 24))
            present[at:at + int(rng.integers(3, 13))] = False
        if sensor_id in ("AQ-02", "WQ-03"):  # power cut in the storm
            present[STORM_HOUR + 6:STORM_HOUR + 15] = False
        hours = np.flatnonzero(present)
        for parameter, series in values.items():
            frames.append(pd.DataFrame({
                "sensor_id": sensor_id, "time": iso[hours], "parameter": parameter,
                "value": series[hours].astype("float64"),
            }))
    table = pd.concat(frames, ignore_index=True)
    return table.sort_values(["time", "sensor_id", "parameter"], kind="stable",
                             ignore_index=True)
