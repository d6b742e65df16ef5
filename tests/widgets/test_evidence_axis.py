"""The evidence chart's time axis (pytest-qt): exactly the window the caption states, whatever span the
readings cover, with tick labels in the township's local time that never overlap, in a narrow dock too."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest
from PySide6 import QtGui

from tests.widgets.test_evidence_chart import _readings, _sensors

pytest.importorskip("pytestqt")

from widgets.incidents.evidence_chart import EvidenceChart  # noqa: E402

REPORT = datetime(2025, 6, 19, 16, 51, tzinfo=UTC)  # 00:51 on 06-20 in Asia/Shanghai


@pytest.fixture(params=[330, 700], ids=["dock", "wide"])
def chart(qtbot, request):
    widget = EvidenceChart()
    qtbot.addWidget(widget)
    widget.resize(request.param, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tick_labels(chart, plot) -> list[tuple[float, str, float]]:
    """(x in pixels, text, width in pixels) of each tick label the bottom axis draws."""
    axis = plot.getAxis("bottom")
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect.center().x(), text, rect.width()) for rect, _flags, text in specs[2]]


@pytest.mark.parametrize("hours", [24, 6])
def test_the_axis_shows_exactly_the_stated_window(chart, qtbot, hours):
    readings = _readings()
    few = readings[readings["time"] >= pd.Timestamp(REPORT) + pd.Timedelta(hours=2)]  # a few hours only
    chart.show_evidence(few, REPORT, _sensors(), hours_before=hours, hours_after=hours)
    qtbot.wait(50)
    start, end = REPORT.timestamp() - hours * 3600, REPORT.timestamp() + hours * 3600
    for plot in chart.plots.values():
        (x0, x1), _ = plot.viewRange()
        assert x0 == pytest.approx(start, abs=1) and x1 == pytest.approx(end, abs=1)
        assert not plot.getViewBox().autoRangeEnabled()[0]
    plot = next(iter(chart.plots.values()))
    plot.getViewBox().scaleBy(x=20.0)  # zooming out stops at the window
    (x0, x1), _ = plot.viewRange()
    assert x0 >= start - 1 and x1 <= end + 1
    assert f"{hours} h" in chart.message.text()


def test_tick_labels_are_local_time_and_do_not_overlap(chart, qtbot):
    chart.show_evidence(_readings(), REPORT, _sensors())
    qtbot.wait(50)
    last = list(chart.plots.values())[-1]  # the one that shows its tick labels
    labels = _tick_labels(chart, last)
    assert len(labels) >= 3
    texts = [text for _x, text, _w in labels]
    assert "06-20" in texts  # local midnight after the report (16:51 UTC is 00:51 in Shanghai)
    assert all(len(t) == 5 and (":" in t or "-" in t) for t in texts)
    for (xa, _ta, wa), (xb, _tb, wb) in zip(labels, labels[1:], strict=False):
        assert xb - xa >= (wa + wb) / 2 + 4  # a gap between neighbours
    hours = [int(t[:2]) for t in texts if ":" in t]
    assert all(h % 3 == 0 for h in hours)  # on whole local hours, evenly spaced
