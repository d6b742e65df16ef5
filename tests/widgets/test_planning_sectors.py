"""A planned site's sector (a sector antenna, a camera's field of view) is drawn on the map as a wedge out to
its range at the map's scale, pointing where its azimuth says; a site all round has none. The site dialog
asks for the radio (frequency, radiated power) and leaves them empty unless the planner sets them."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

pytest.importorskip("pytestqt")

from widgets.layer_items import View  # noqa: E402
from widgets.planning.site_dialog import SiteDialog  # noqa: E402
from widgets.planning.site_item import build_site_frame, sectors_of  # noqa: E402

SIZE, SPAN = 400, 1000.0  # 400 px over 1 km: 0.4 px per metre


def _alpha(image, x: float, y: float) -> int:
    return image.pixelColor(int(round(x)), int(round(y))).alpha()


def _draw(kind: str, azimuth, width, reach) -> object:
    sites = gpd.GeoDataFrame({"kind": [kind], "status": ["approved"], "range_m": [reach],
                              "azimuth_deg": [azimuth], "beam_width_deg": [width]},
                             geometry=[shapely.Point(500.0, 500.0)])
    view = View((0.0, 0.0, SPAN, SPAN), SIZE, SIZE)
    frame = build_site_frame(np.array([[500.0, 500.0]]), np.array([kind]), np.array(["approved"]), view,
                             (0.0, 0.0), 1.0, np.array([], dtype=np.int64), sectors_of(sites))
    return frame.picture


def test_a_camera_shows_its_field_of_view_out_to_its_range(qapp):
    image = _draw("camera", 90.0, 60.0, 300.0)  # east, 60°, 300 m: 120 px
    centre = SIZE / 2
    assert _alpha(image, centre + 100, centre) > 0  # inside the wedge, east
    assert _alpha(image, centre + 100, centre - 30) > 0  # within 30° of east
    assert _alpha(image, centre + 140, centre) == 0  # beyond its range
    for dx, dy in ((-100, 0), (0, -100), (0, 100), (70, -70)):  # west, north, south, north-east (45° off)
        assert _alpha(image, centre + dx, centre + dy) == 0
    south = _draw("tower", 180.0, 120.0, 500.0)  # a sector antenna to the south, 200 px
    assert _alpha(south, centre, centre + 180) > 0 and _alpha(south, centre, centre - 60) == 0


def test_a_site_all_round_or_without_a_sector_has_no_wedge(qapp):
    centre = SIZE / 2
    for azimuth, width in ((None, None), (90.0, 360.0), (np.nan, 60.0)):
        image = _draw("tower", azimuth, width, 300.0)
        assert _alpha(image, centre + 100, centre) == 0
        assert _alpha(image, centre, centre) > 0  # the symbol itself


def test_the_dialog_keeps_the_radio_empty_unless_set(qapp):
    dialog = SiteDialog({"330122112201": "青溪村"})
    values = dialog.values()
    assert values["frequency_mhz"] is None and values["eirp_dbm"] is None
    assert "900" in dialog.frequency.text() and "58" in dialog.power.text()  # the defaults are shown
    dialog.frequency.setValue(1800.0)
    dialog.power.setValue(61.5)
    assert (dialog.values()["frequency_mhz"], dialog.values()["eirp_dbm"]) == (1800.0, 61.5)
    again = SiteDialog({}, {"kind": "tower", "name": "x", "frequency_mhz": 700.0, "eirp_dbm": 0.0})
    assert (again.values()["frequency_mhz"], again.values()["eirp_dbm"]) == (700.0, 0.0)
    empty = SiteDialog({}, {"kind": "tower", "name": "x", "frequency_mhz": float("nan"), "eirp_dbm": None})
    assert (empty.values()["frequency_mhz"], empty.values()["eirp_dbm"]) == (None, None)
