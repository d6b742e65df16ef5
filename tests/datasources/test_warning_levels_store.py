"""The township's own warning levels are kept on the sensor and the hazard zone (revision 0012): the
emergency desk sets them, each change audited with the old and the new value; a viewer may not."""

from __future__ import annotations

import json

import pytest
import shapely

from datasources.errors import PermissionDenied
from layers.emergency.warning_levels import thresholds_json, zone_thresholds
from tests.datasources.feed_kit import demo_sensors
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    store_of_kind,
)


@pytest.fixture(params=["gpkg", "postgis"])
def sessions(request, tmp_path):
    store = store_of_kind(request, tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    sensors = demo_sensors()
    admin.features.add_many("sensors", [
        {"sensor_code": row.sensor_id, "kind": row.kind, "parameters": row.parameters,
         "geom": shapely.Point(500_000 + 100 * i, 3_000_000)} for i, row in enumerate(sensors.itertuples())])
    admin.features.add("hazard_zones", {"hazard": "landslide", "level": "high",
                                        "geom": shapely.MultiPolygon([shapely.box(500_000, 3_000_000, 500_100,
                                                                                  3_000_100)])})
    admin.accounts.add("des", PASSWORD, "emergency_desk")
    admin.accounts.add("vie", PASSWORD, "viewer")
    yield admin, store.login("des", PASSWORD), store.login("vie", PASSWORD)
    store.engine.dispose()


def test_the_desk_sets_a_gauges_stages_and_a_zones_thresholds_audited(sessions):
    admin, desk, viewer = sessions
    sensors = desk.features.read("sensors")
    assert {"warning_level_m", "danger_level_m"} <= set(sensors.columns)
    assert sensors["warning_level_m"].isna().all()  # empty: the console's defaults
    gauge_id = int(sensors.index[sensors["sensor_code"] == "WL-01"][0])  # indexed by id
    version = desk.features.get("sensors", gauge_id)["version"]
    desk.features.update("sensors", gauge_id, {"warning_level_m": 2.8, "danger_level_m": 3.9}, version)
    again = desk.features.get("sensors", gauge_id)
    assert (again["warning_level_m"], again["danger_level_m"]) == (2.8, 3.9)

    zones = desk.features.read("hazard_zones")
    zone_id = int(zones.index[0])
    own = thresholds_json({24: (40.0, 60.0, 80.0, 120.0)})
    desk.features.update("hazard_zones", zone_id, {"rain_thresholds": own},
                         desk.features.get("hazard_zones", zone_id)["version"])
    assert zone_thresholds(desk.features.get("hazard_zones", zone_id)["rain_thresholds"]) == {
        24: (40.0, 60.0, 80.0, 120.0)}

    edits = admin.audit.log(username="des", event="edit")
    stages = [json.loads(d) for d in edits["detail"] if "warning_level_m" in d]
    assert stages and stages[-1]["fields"]["warning_level_m"] == [None, 2.8]
    assert stages[-1]["fields"]["danger_level_m"] == [None, 3.9]
    assert any("rain_thresholds" in d for d in edits["detail"])

    with pytest.raises(PermissionDenied):
        viewer.features.update("sensors", gauge_id, {"warning_level_m": 9.0},
                               viewer.features.get("sensors", gauge_id)["version"])
    assert desk.features.get("sensors", gauge_id)["warning_level_m"] == 2.8
