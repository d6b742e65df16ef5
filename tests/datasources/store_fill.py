"""Helpers for the store tests: a fast password hasher and a township with a feature of every kind."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import shapely
from argon2 import PasswordHasher

#: Cheap Argon2 settings for tests that log in many times (the store's default stays in other tests).
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ADMIN_PASSWORD = "correct horse battery"

X0, Y0 = 500_000.0, 3_000_000.0  # near the central meridian of EPSG:4549 (CGCS2000, CM 120E)


def square(x: float, y: float, size: float = 500.0):
    return shapely.box(x, y, x + size, y + size)


def fill_township(session, villages: int = 2) -> dict[str, list[int]]:
    """Add villages, facilities, sensors with readings, hazard zones, incidents (with personal data)
    and planned sites through ``session``; returns the ids made, by kind."""
    made: dict[str, list[int]] = {}
    start = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    for v in range(villages):
        code = f"V{v:02d}"
        x, y = X0 + v * 1000, Y0
        made.setdefault("villages", []).append(session.features.add("villages", {
            "village_code": code, "name_zh": f"青溪{v}村", "name_pinyin": f"Qingxi {v}",
            "population": 800 + v, "households": 250 + v, "area_km2": 0.25,
            "geom": shapely.multipolygons([square(x, y)])}))
        made.setdefault("facilities", []).append(session.features.add("facilities", {
            "kind": "school", "name_zh": f"小学{v}", "name_en": f"School {v}", "village_code": code,
            "capacity": 120, "antenna_height_m": None, "geom": shapely.Point(x + 100, y + 100)}))
        sensor_code = f"RG{v:02d}"
        made.setdefault("sensors", []).append(session.features.add("sensors", {
            "sensor_code": sensor_code, "kind": "rain_gauge", "name_zh": f"雨量站{v}",
            "parameters": "rain_mm", "units": "mm", "village_code": code, "elevation_m": 312.5,
            "geom": shapely.Point(x + 200, y + 200)}))
        made.setdefault("sensor_readings", []).extend(session.features.add_many("sensor_readings", [
            {"sensor_code": sensor_code, "time": start + timedelta(minutes=10 * i),
             "parameter": "rain_mm", "value": 0.5 * i} for i in range(6)]))
        made.setdefault("incidents", []).append(session.features.add("incidents", {
            "category": "flooding", "status": "new", "title": f"积水 {v}",
            "description": "road under water", "reported_at": start, "village_code": code,
            "reporter_name": "张三", "reporter_phone": "13812345678",
            "reporter_id_number": "330102199001011234", "geom": shapely.Point(x + 300, y + 300)}))
        made.setdefault("planned_sites", []).append(session.features.add("planned_sites", {
            "kind": "tower", "name": f"Tower {v}", "village_code": code, "height_m": 30.0,
            "status": "draft", "geom": shapely.Point(x + 400, y + 400)}))
    made["hazard_zones"] = [session.features.add("hazard_zones", {
        "hazard": "flood", "level": "high", "source": "survey 2023", "area_m2": 250_000.0,
        "geom": shapely.multipolygons([square(X0, Y0 - 600)])})]
    return made


def report(line: str) -> None:
    """Print a figure of a stress test, and add it to ``TOWNSHIP_STRESS_REPORT`` when that is set."""
    print(f"\n{line}")
    target = os.environ.get("TOWNSHIP_STRESS_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
