"""What a click with the pan tool picks among the reports shown: a bubble zooms, a symbol selects, empty
ground picks nothing (no Qt)."""

from __future__ import annotations

from layers.incidents.picking import pick_report

CRS = "EPSG:4549"  # metres
XS, YS = [1000.0, 1030.0, 5000.0], [2000.0, 2000.0, 2000.0]


def test_a_click_on_a_bubble_of_several_reports_zooms_to_a_quarter_of_the_view():
    bbox = (0.0, 0.0, 8000.0, 4000.0)
    assert pick_report(XS, YS, 1015.0, 2000.0, 50.0, bbox, CRS) == ("zoom", (15.0, 1500.0, 2015.0, 2500.0))


def test_close_up_a_click_selects_the_nearest_symbol_within_reach_only():
    bbox = (900.0, 1950.0, 1100.0, 2050.0)
    assert pick_report(XS, YS, 1031.0, 2000.0, 0.5, bbox, CRS) == ("select", 1)
    assert pick_report(XS, YS, 1060.0, 2040.0, 0.5, bbox, CRS) is None  # 60 px away
    assert pick_report([], [], 1000.0, 2000.0, 0.5, bbox, CRS) is None


def test_a_lone_report_at_bubble_scale_is_selected_not_zoomed_to():
    bbox = (0.0, 0.0, 8000.0, 4000.0)
    assert pick_report(XS, YS, 5100.0, 2000.0, 50.0, bbox, CRS) == ("select", 2)
