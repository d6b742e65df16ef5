"""Opening a file shows its layer first and flags invalid geometries a moment later (pytest-qt)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

BOWTIE = [[[113.0, 30.0], [113.1, 30.1], [113.1, 30.0], [113.0, 30.1], [113.0, 30.0]]]
SQUARE = [[[113.2, 30.0], [113.3, 30.0], [113.3, 30.1], [113.2, 30.1], [113.2, 30.0]]]


@pytest.fixture
def window(qtbot, monkeypatch):
    from console.app import create_window

    win = create_window([])
    qtbot.addWidget(win)
    monkeypatch.setattr(win.files, "confirm_discard", lambda: True)
    yield win
    qtbot.waitUntil(lambda: not win._workers, timeout=60_000)


def _parcels(tmp_path):
    features = [{"type": "Feature", "properties": {"name": name},
                 "geometry": {"type": "Polygon", "coordinates": ring}}
                for name, ring in (("蝴蝶地块", BOWTIE), ("方地块", SQUARE))]
    path = tmp_path / "parcels.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features,
                                "crs": {"type": "name",
                                        "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}}}),
                    encoding="utf-8")
    return path


def _problem_messages(win):
    return [m for level, m, _ in win.message_bar.history
            if level == "warning" and "flagged with geometry problems" in m]


def test_invalid_polygon_is_flagged_after_loading_and_reported_once(window, qtbot, tmp_path):
    window.files.open_paths([_parcels(tmp_path)])
    qtbot.waitUntil(lambda: len(window.project.layers) == 1, timeout=60_000)
    layer = window.project.layers[0]
    qtbot.waitUntil(lambda: layer.problem_count == 1, timeout=60_000)
    qtbot.waitUntil(lambda: bool(_problem_messages(window)), timeout=60_000)
    qtbot.waitUntil(lambda: not window._workers, timeout=60_000)
    assert layer.validity_checked
    assert layer.data["_problem"].iloc[0].startswith("Self-intersection")
    assert layer.data["_problem"].iloc[1] == ""
    (message,) = _problem_messages(window)
    assert message.startswith(f"{layer.name}: 1 feature(s)")


def test_a_clean_file_is_checked_without_a_problem_message(window, qtbot, tmp_path):
    path = _parcels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"] = data["features"][1:]
    path.write_text(json.dumps(data), encoding="utf-8")
    window.files.open_paths([path])
    qtbot.waitUntil(lambda: len(window.project.layers) == 1, timeout=60_000)
    layer = window.project.layers[0]
    qtbot.waitUntil(lambda: layer.validity_checked and not window._workers, timeout=60_000)
    assert layer.problem_count == 0 and not _problem_messages(window)
