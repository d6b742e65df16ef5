"""Today's air and water indices per monitoring station, for the disclosure map.

"Today" is the latest local day (China Standard Time) that has readings: the day's mean of each pollutant
indexed by HJ 633 daily tables (AQI and its level in Chinese), and the day's mean of each water parameter
classed by GB 3838 (Ⅰ类 ... 劣Ⅴ类). Stations with neither are left out.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.emergency.air_quality import CHINA_LEVELS, air_quality_index
from layers.emergency.water_quality import class_names, water_class

AIR_KEYS = {"PM2.5": "pm25", "PM10": "pm10", "SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3_1h"}
WATER_KEYS = {"DO": "do", "CODMn": "codmn", "COD": "cod", "BOD5": "bod5", "NH3-N": "nh3n", "TP": "tp",
              "TN": "tn", "pH": "ph"}
LOCAL = "Asia/Shanghai"


def today_indices(sensors: gpd.GeoDataFrame, readings: pd.DataFrame) -> gpd.GeoDataFrame | None:
    """Stations with today's AQI (``aqi``, ``aqi_level``) and water class (``water_class``)."""
    code = "sensor_code" if "sensor_code" in readings.columns else "sensor_id"
    if readings.empty or code not in readings.columns or code not in sensors.columns:
        return None
    times = pd.to_datetime(readings["time"], utc=True).dt.tz_convert(LOCAL)
    day = times.dt.date.max()
    today = readings[times.dt.date == day]
    means = today.groupby([code, "parameter"])["value"].mean().unstack()
    rows = []
    for station, values in means.iterrows():
        air = {AIR_KEYS[p]: np.array([values[p]]) for p in AIR_KEYS if p in values and np.isfinite(values[p])}
        water = {WATER_KEYS[p]: np.array([values[p]]) for p in WATER_KEYS
                 if p in values and np.isfinite(values[p])}
        aqi = level = klass = None
        if air:
            result = air_quality_index(air, "hj633-2012", period="day")
            if np.isfinite(result.aqi[0]):
                aqi = int(round(float(result.aqi[0])))
                level = CHINA_LEVELS[int(result.level[0]) - 1].zh
        if water:
            klass = str(class_names(water_class(water).overall, "zh")[0]) or None
        if aqi is not None or klass is not None:
            rows.append({code: station, "aqi": aqi, "aqi_level": level, "water_class": klass})
    if not rows:
        return None
    found = pd.DataFrame(rows)
    name = "name_zh" if "name_zh" in sensors.columns else code
    out = sensors[[code, name, sensors.geometry.name]].merge(found, on=code)
    out = out.rename(columns={name: "name"}) if name != code else out
    out["reading_day"] = day.isoformat()
    columns = ["name", "aqi", "aqi_level", "water_class", "reading_day", out.geometry.name]
    return gpd.GeoDataFrame(out[[c for c in columns if c in out.columns]], geometry=out.geometry.name,
                            crs=sensors.crs)
