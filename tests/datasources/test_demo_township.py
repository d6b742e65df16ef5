"""The demo township builder: contents, believability and reproducibility of what it writes."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
import shapely

from resources.scripts.build_demo import LAYERS, build_demo, main
from resources.scripts.demo_parts.incidents import STATUSES
from resources.scripts.demo_parts.names import id_check_character, id_number_valid, pinyin_name


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    summary = build_demo(out)
    return out, summary


def read(out, layer):
    return pyogrio.read_dataframe(out / "township.gpkg", layer=layer)


def test_id_check_character_matches_published_examples():
    # examples printed in GB 11643-1999 and countless validators
    assert id_check_character("11010519491231002") == "X"
    assert id_check_character("44052418800101001") == "4"
    assert id_number_valid("11010519491231002X")
    assert id_number_valid("11010519491231002x")
    assert not id_number_valid("110105194912310021")
    assert not id_number_valid("11010519491231002")
    with pytest.raises(ValueError):
        id_check_character("1101051949123100A")


def test_pinyin_of_place_names():
    assert pinyin_name("上塘村") == "Shangtang Cun"
    assert pinyin_name("西岙村") == "Xi'ao Cun"
    assert pinyin_name("青溪镇") == "Qingxi Zhen"


def test_all_layers_in_a_geopackage_1_3_in_cgcs2000_gauss_kruger(demo):
    out, _ = demo
    names = {row[0]: row[1] for row in pyogrio.list_layers(out / "township.gpkg")}
    assert set(LAYERS) <= set(names)
    assert names["sensor_readings"] is None and names["township_info"] is None
    for layer in ("township_boundary", "villages", "households", "rivers", "roads",
                  "facilities", "sensors", "hazard_zones", "incidents"):
        assert pyogrio.read_info(out / "township.gpkg", layer=layer)["crs"] == "EPSG:4549"
    with sqlite3.connect(out / "township.gpkg") as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10300
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_villages_tile_the_township(demo):
    out, summary = demo
    boundary = read(out, "township_boundary").geometry.iloc[0]
    villages = read(out, "villages")
    assert 15 <= len(villages) <= 30 and summary.villages == len(villages)
    assert villages.is_valid.all()
    assert villages.village_code.is_unique and villages.name_zh.is_unique
    assert villages.name_zh.str.endswith("村").all()
    assert villages.name_pinyin.str.endswith(" Cun").all()
    union = shapely.union_all(villages.geometry.to_numpy())
    assert union.area == pytest.approx(boundary.area, rel=0.01)
    assert shapely.intersection(union, boundary).area == pytest.approx(boundary.area, rel=0.01)
    overlap = villages.geometry.area.sum() - union.area
    assert overlap < 0.001 * boundary.area
    lon, lat = shapely.get_coordinates(shapely.centroid(boundary))[0]
    assert 440_000 < lon < 480_000 and 3_300_000 < lat < 3_340_000  # near 119.6E 30.0N


def test_households_live_in_their_villages(demo):
    out, summary = demo
    boundary = read(out, "township_boundary").geometry.iloc[0]
    villages = read(out, "villages").set_index("village_code")
    homes = read(out, "households")
    assert len(homes) >= 20_000 and summary.households == len(homes)
    xy = shapely.get_coordinates(homes.geometry.to_numpy())
    assert shapely.contains_xy(boundary, xy[:, 0], xy[:, 1]).all()
    assert homes.persons.between(1, 6).all()
    persons = homes.groupby("village_code").persons.sum()
    counts = homes.groupby("village_code").size()
    pd.testing.assert_series_equal(persons.sort_index(), villages.population.sort_index(),
                                   check_names=False, check_dtype=False)
    pd.testing.assert_series_equal(counts.sort_index(), villages.households.sort_index(),
                                   check_names=False, check_dtype=False)
    for code, group in homes.groupby("village_code"):
        pts = shapely.get_coordinates(group.geometry.to_numpy())
        assert shapely.contains_xy(villages.geometry[code], pts[:, 0], pts[:, 1]).all()


def test_dem_is_a_believable_tiled_geotiff(demo):
    out, _ = demo
    with rasterio.open(out / "dem.tif") as src:
        assert src.width >= 1000 and src.height >= 1000
        assert src.dtypes[0] == "float32" and src.nodata is not None
        assert src.crs.to_epsg() == 4549
        assert src.overviews(1), "internal overviews expected"
        assert src.profile.get("tiled") and src.compression.name.lower() == "deflate"
        assert abs(src.res[0] - 10.0) < 1e-9
        dem = src.read(1, masked=True)
        sensors = read(out, "sensors")
        level = sensors[sensors.kind == "river_level"]
        ground = [v[0] for v in src.sample(shapely.get_coordinates(level.geometry.to_numpy()))]
    assert dem.mask.any() and not dem.mask.all()
    assert 30.0 < dem.min() < 200.0 and 700.0 < dem.max() < 1100.0
    river = read(out, "rivers")
    main = river[river.kind == "main"].geometry
    # the river lies in its valley: its gauges are on the lowest ground of the township
    assert max(ground) < np.percentile(dem.compressed(), 10)
    assert main.length.sum() > 5000.0


def test_hazard_zones_follow_the_dem(demo):
    out, _ = demo
    zones = read(out, "hazard_zones")
    assert set(zones.hazard) == {"flood", "landslide"}
    assert set(zones.level) == {"high", "medium", "low"}
    assert zones.is_valid.all()
    rivers = shapely.union_all(read(out, "rivers").geometry.to_numpy())
    flood = shapely.union_all(zones.geometry[zones.hazard == "flood"].to_numpy())
    assert shapely.distance(flood, rivers) == 0.0
    assert shapely.intersection(flood, rivers).length > 0.8 * rivers.length
    slides = zones.geometry[zones.hazard == "landslide"]
    assert np.median(shapely.distance(slides.to_numpy(), rivers)) > 150.0


def test_facilities_sensors_and_roads(demo):
    out, _ = demo
    facilities = read(out, "facilities")
    assert {"government", "school", "clinic", "shelter", "tower", "camera"} <= set(facilities.kind)
    assert (facilities.kind == "government").sum() == 1
    shelters = facilities[facilities.kind == "shelter"]
    assert shelters.capacity.notna().all() and (shelters.capacity > 0).all()
    towers = facilities[facilities.kind == "tower"]
    assert towers.antenna_height_m.between(10, 80).all()
    assert facilities.name_zh.str.contains("卫生院").any()
    assert facilities.name_zh.str.contains("卫生室").any()
    sensors = read(out, "sensors")
    assert {"air_quality", "water_quality", "river_level", "rain_gauge"} == set(sensors.kind)
    assert sensors.sensor_id.is_unique
    rivers = shapely.union_all(read(out, "rivers").geometry.to_numpy())
    wet = sensors[sensors.kind.isin(["water_quality", "river_level"])].geometry.to_numpy()
    assert (shapely.distance(wet, rivers) < 1.0).all()
    roads = read(out, "roads")
    assert {"county", "village"} <= set(roads["class"]) and roads["name"].notna().all()


def test_readings_cover_a_month_hourly_with_gaps_and_a_storm(demo):
    out, _ = demo
    readings = read(out, "sensor_readings")
    assert list(readings.columns) == ["sensor_id", "time", "parameter", "value"]
    assert readings.time.str.endswith("+08:00").all()
    times = pd.to_datetime(readings.time)
    hours = np.sort(times.unique())
    assert (hours[-1] - hours[0]) >= pd.Timedelta(days=30)
    assert (np.diff(hours) == pd.Timedelta(hours=1)).all()
    expected = len(hours)
    per_sensor = readings.groupby("sensor_id").time.nunique()
    assert (per_sensor < expected).any() and (per_sensor > 0.9 * expected).all()
    wide = readings.assign(time=times).pivot_table(index="time", columns="parameter",
                                                   values="value", aggfunc="max")
    assert set(wide.columns) >= {"PM2.5", "PM10", "NO2", "O3", "SO2", "CO", "DO", "CODMn",
                                 "NH3-N", "TP", "level", "rain", "turbidity"}
    rain_peak, level_peak = wide.rain.idxmax(), wide.level.idxmax()
    assert wide.rain.max() > 30.0
    assert pd.Timedelta(hours=1) <= level_peak - rain_peak <= pd.Timedelta(hours=24)
    assert wide.level.max() - wide.level.median() > 1.0
    storm = (wide.index >= rain_peak) & (wide.index <= rain_peak + pd.Timedelta(hours=24))
    assert wide["NH3-N"][storm].max() > 2 * wide["NH3-N"].median()
    assert wide.turbidity[storm].max() > 5 * wide.turbidity.median()
    assert wide["NH3-N"].max() <= 2.0 and wide.TP.max() <= 0.4 and wide.DO.min() >= 2.0


def test_incidents_span_the_workflow_with_valid_reporters(demo):
    out, summary = demo
    incidents = read(out, "incidents")
    assert len(incidents) >= 300 and summary.incidents == len(incidents)
    assert set(STATUSES) == set(incidents.status)
    assert {"environment", "street_light", "road_damage", "flooding", "noise", "dispute",
            "water_supply", "waste"} == set(incidents.category)
    assert incidents.id.is_unique
    assert incidents.reporter_id_number.map(id_number_valid).all()
    assert incidents.reporter_id_number.str[:2].eq("33").all()
    assert incidents.reporter_phone.str.fullmatch(r"1[358]\d{9}").all()
    closed = incidents.status == "closed"
    assert incidents.closed_at[closed].notna().all() and incidents.closed_at[~closed].isna().all()
    reported = pd.to_datetime(incidents.reported_at)
    assert (pd.to_datetime(incidents.updated_at) >= reported).all()
    villages = read(out, "villages").set_index("village_code")
    inside = [shapely.contains_xy(villages.geometry[c], p.x, p.y)
              for c, p in zip(incidents.village_code, incidents.geometry, strict=True)]
    assert np.mean(inside) > 0.97
    info = read(out, "township_info").set_index("key").value
    storm = pd.Timestamp(info["storm_start"])
    flood = reported[incidents.category == "flooding"]
    in_storm = flood.between(storm - pd.Timedelta(hours=2), storm + pd.Timedelta(days=3))
    assert in_storm.mean() > 0.5
    assert incidents.description.str.contains("[\u4e00-\u9fff]", regex=True).all()


def consecutive_per_china_year(numbers: pd.Series, reported: pd.Series) -> bool:
    """Whether ``numbers`` are QX-<China year>-00001, -00002 ... in the order of the report times."""
    years = pd.to_datetime(reported, utc=True).dt.tz_convert("Asia/Shanghai").dt.year
    order = pd.to_datetime(reported, utc=True).sort_values(kind="stable").index
    expected = years[order].astype(str) + "-" + (years[order].groupby(years[order]).cumcount() + 1).map(
        "{:05d}".format)
    return bool((numbers[order] == "QX-" + expected).all())


def test_incidents_are_numbered_like_the_store_numbers_them(demo, tmp_path):
    out, _ = demo
    incidents = read(out, "incidents")
    assert incidents.id.str.fullmatch(r"QX-\d{4}-\d{5}").all()
    assert consecutive_per_china_year(incidents.id, incidents.reported_at)
    # The demo store moves the story by whole weeks; moved over a New Year, the reports are numbered
    # again by their new year, and a report filed next continues the count.
    from resources.scripts.demo_store import make_demo_store

    shutil.copy2(out / "township.gpkg", tmp_path / "township.gpkg")
    from datasources.store import TownshipStore

    store = TownshipStore(make_demo_store(tmp_path, as_of=date(2026, 1, 20)), key_folder=tmp_path / "keys")
    session = store.service_session("tests")
    stored = session.features.read("incidents")
    years = set(pd.to_datetime(stored.reported_at, utc=True).dt.tz_convert("Asia/Shanghai").dt.year)
    assert years == {2025, 2026}
    assert consecutive_per_china_year(stored.case_number, stored.reported_at)
    last_2026 = stored.case_number[stored.case_number.str.startswith("QX-2026-")].max()
    new = session.incidents.file_report({"category": "noise", "address": "镇政府",
                               "reported_at": pd.Timestamp("2026-01-19T02:00Z").to_pydatetime()})
    assert session.features.get("incidents", new)["case_number"] == f"QX-2026-{int(last_2026[-5:]) + 1:05d}"
    store.engine.dispose()


def test_township_info_records_how_it_was_built(demo):
    out, _ = demo
    info = read(out, "township_info").set_index("key").value
    assert info["crs"] == "EPSG:4549" and info["name_zh"] == "青溪镇"
    assert info["seed"] == "9" and float(info["scale"]) == 1.0


def test_two_builds_are_identical(demo, tmp_path, capsys):
    out, _ = demo
    assert main(["--out", str(tmp_path)]) == 0
    line = capsys.readouterr().out
    assert "households" in line and str(tmp_path) in line
    for layer in LAYERS:
        pd.testing.assert_frame_equal(read(out, layer), read(tmp_path, layer))
    assert (out / "dem.tif").read_bytes() == (tmp_path / "dem.tif").read_bytes()


def test_another_seed_makes_another_township(tmp_path):
    summary = build_demo(tmp_path, seed=3, scale=0.1)
    assert summary.households == 2160 and 15 <= summary.villages <= 30
    villages = pyogrio.read_dataframe(tmp_path / "township.gpkg", layer="villages")
    assert villages.is_valid.all()
