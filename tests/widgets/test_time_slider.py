"""The time slider: the span in whole hours, dragging says the moment, play steps an hour at a time from the
start, Live goes back to the latest values (None), and the label reads in the township's time."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from widgets.emergency.time_slider import STEP_S, TimeSlider  # noqa: E402

START = 1_782_864_000.0  # 2026-07-01 00:00 UTC


def test_drag_play_and_live(qtbot):
    slider = TimeSlider()
    qtbot.addWidget(slider)
    said = []
    slider.time_changed.connect(said.append)
    assert not slider.slider.isEnabled() and slider.seconds() is None
    slider.set_span(START + 600, START + 10 * STEP_S + 60)
    assert (slider.slider.minimum(), slider.slider.maximum()) == (0, 10) and slider.live
    assert slider.slider.value() == 10 and said == []  # live: the knob at the end, nothing said

    slider.slider.setValue(3)  # a drag
    assert said == [START + 3 * STEP_S] and not slider.live and not slider.live_button.isChecked()
    assert slider.label.text() == "07-01 11:00 UTC+8"
    slider.set_time(START + 7 * STEP_S + 100)  # the chart's cursor: the nearest hour
    assert said[-1] == START + 7 * STEP_S

    said.clear()
    slider.play_button.setChecked(True)  # play from the current hour to the end, then stop
    qtbot.waitUntil(lambda: not slider.play_button.isChecked(), timeout=20_000)
    assert said == [START + h * STEP_S for h in range(8, 11)]
    slider.play_button.setChecked(True)  # at the end: starts again from the first hour
    qtbot.waitUntil(lambda: len(said) >= 5, timeout=20_000)
    assert said[3:5] == [START, START + STEP_S]
    slider.go_live()
    assert said[-1] is None and slider.live and not slider.play_button.isChecked()
    assert slider.label.text() == "Live" and slider.slider.value() == 10
