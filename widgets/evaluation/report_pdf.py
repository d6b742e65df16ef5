"""The monthly governance report for the county as a PDF: key figures, a map of the villages coloured by a
metric, trend charts over the range, the villages' table of the month, the ranking and the definitions.

Drawn with Qt (``QPdfWriter`` and ``QPainter``, vector text and lines) on A4 or A3, portrait or landscape
(:data:`PAGES`; A4 portrait by default), in Chinese by default,
with WenQuanYi Micro Hei (Debian ``fonts-wqy-microhei``) embedded, so ``pdftotext`` reads the Chinese back
and the county's reader needs no font of its own. Safe to run in a worker thread (a ``QPdfWriter`` is no
widget); a ``QGuiApplication`` must exist.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui

from datasources.atomic import atomic_path
from layers.evaluation.export import notes, shown
from layers.evaluation.labels import SHARES, cell_text, label
from layers.evaluation.map_layer import metric_frame, metric_style, village_colours

FONT_FAMILY = "WenQuanYi Micro Hei"
DPI = 150
MARGIN = 90  # dots: 15 mm at 150 dpi
PAGES = {"A4": QtGui.QPageSize.PageSizeId.A4, "A3": QtGui.QPageSize.PageSizeId.A3}
ORIENTATIONS = ("portrait", "landscape")
SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e")
MONTH_TABLE = ("village_name", "received", "closed", "on_time_share", "median_days_to_close", "overdue_share",
               "uptime", "days_above_aqi100", "water_class_name", "alerts_raised", "median_minutes_to_answer")
RANK_TABLE = ("rank", "village_name", "score", "metrics", "on_time_share", "median_days_to_close",
              "overdue_share", "uptime")
WORDS = {  # (Chinese, English)
    "title": ("基层治理月度评估报告", "Monthly governance report"),
    "range": ("统计区间", "Months"), "made": ("生成时间", "Made"),
    "key": ("本月全镇主要指标", "The township this month"),
    "map": ("各村{metric}({month})", "{metric} by village ({month})"),
    "trends": ("全镇月度趋势", "Township trends by month"),
    "villages": ("各村指标({month})", "Villages, {month}"),
    "ranking": ("村综合排名({first}至{last})", "Ranking of the villages ({first} to {last})"),
    "notes": ("指标说明", "Definitions"), "no_value": ("无数据", "no value"),
    "page": ("第{n}页", "page {n}"),
}
TRENDS = ((("received", "closed"), False), (("on_time_share", "overdue_share"), True), (("uptime",), True),
          (("days_above_aqi100", "alerts_raised"), False))


def _word(key: str, zh: bool, **values) -> str:
    return WORDS[key][0 if zh else 1].format(**values)


def _cell_text(value, column: str) -> str:
    """As the tables show it; ``value`` is already in percent for shares (see :func:`shown`)."""
    if column in SHARES:
        return "—" if cell_text(value, "") == "—" else f"{float(value):.1f}%"
    return cell_text(value, column)


class Pages:
    """A painter on a PDF of ``page`` (A4 or A3), portrait or ``landscape``, with a cursor going down the page."""

    def __init__(self, path: str, title: str, zh: bool, page: str = "A4", landscape: bool = False) -> None:
        self.writer = QtGui.QPdfWriter(path)
        self.writer.setResolution(DPI)
        self.writer.setPageSize(QtGui.QPageSize(PAGES[page]))
        self.writer.setPageOrientation(QtGui.QPageLayout.Orientation.Landscape if landscape
                                       else QtGui.QPageLayout.Orientation.Portrait)
        self.writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
        self.writer.setTitle(title)
        self.writer.setCreator("Township Console")
        self.painter = QtGui.QPainter(self.writer)
        self.width = self.writer.width()
        self.height = self.writer.height()
        self.zh = zh
        self.y = MARGIN
        self.number = 1
        self.family = FONT_FAMILY if FONT_FAMILY in QtGui.QFontDatabase.families() else QtGui.QFont().family()

    def font(self, points: float, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.family)
        font.setPixelSize(max(1, round(points * DPI / 72)))
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    @property
    def inner(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def left(self) -> float:
        """What is left of the page below the cursor."""
        return self.height - MARGIN - self.y

    def need(self, height: float) -> None:
        if self.y + height > self.height - MARGIN:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.number += 1
        self.y = MARGIN

    def _footer(self) -> None:
        self.font(8)
        self.painter.setPen(QtGui.QColor("#666666"))
        self.painter.drawText(QtCore.QRectF(MARGIN, self.height - MARGIN * 0.8, self.inner, 30),
                              QtCore.Qt.AlignmentFlag.AlignCenter, _word("page", self.zh, n=self.number))
        self.painter.setPen(QtGui.QColor("#000000"))

    def text(self, text: str, points: float = 10, bold: bool = False, gap: float = 8) -> None:
        metrics = QtGui.QFontMetricsF(self.font(points, bold))
        rect = metrics.boundingRect(QtCore.QRectF(0, 0, self.inner, 10000), QtCore.Qt.TextFlag.TextWordWrap, text)
        self.need(rect.height())
        self.painter.drawText(QtCore.QRectF(MARGIN, self.y, self.inner, rect.height() + 2),
                              QtCore.Qt.TextFlag.TextWordWrap, text)
        self.y += rect.height() + gap

    def finish(self) -> None:
        self._footer()
        self.painter.end()


def draw_map(pages: Pages, frame, colours: list[str], legend: list[tuple[str, str]], height: float) -> None:
    """The villages' outlines filled with ``colours``, their names, and the legend at the right."""
    painter = pages.painter
    legend_w = 260
    rect = QtCore.QRectF(MARGIN, pages.y, pages.inner - legend_w, height)
    minx, miny, maxx, maxy = frame.total_bounds
    scale = min(rect.width() / max(maxx - minx, 1e-9), rect.height() / max(maxy - miny, 1e-9))
    dx = rect.left() + (rect.width() - (maxx - minx) * scale) / 2
    dy = rect.top() + (rect.height() + (maxy - miny) * scale) / 2

    def point(x, y):
        return QtCore.QPointF(dx + (x - minx) * scale, dy - (y - miny) * scale)

    painter.setPen(QtGui.QPen(QtGui.QColor("#505050"), 1.5))
    for geom, colour in zip(frame.geometry, colours, strict=True):
        if geom is None or geom.is_empty:
            continue
        path = QtGui.QPainterPath()
        for polygon in getattr(geom, "geoms", [geom]):
            for ring in (polygon.exterior, *polygon.interiors):
                coords = np.asarray(ring.coords)
                path.addPolygon(QtGui.QPolygonF([point(x, y) for x, y in coords[:, :2]]))
        painter.setBrush(QtGui.QColor(colour))
        painter.drawPath(path)
    pages.font(6.5)
    painter.setPen(QtGui.QColor("#202020"))
    for geom, name in zip(frame.geometry, frame["name_zh"], strict=True):
        if geom is None or geom.is_empty:
            continue
        at = point(*geom.representative_point().coords[0])
        painter.drawText(QtCore.QRectF(at.x() - 80, at.y() - 12, 160, 24), QtCore.Qt.AlignmentFlag.AlignCenter,
                         str(name))
    pages.font(8)
    y = pages.y + 10
    for colour, text in legend:
        painter.setPen(QtGui.QPen(QtGui.QColor("#505050"), 1))
        painter.setBrush(QtGui.QColor(colour))
        painter.drawRect(QtCore.QRectF(rect.right() + 30, y, 36, 24))
        painter.drawText(QtCore.QRectF(rect.right() + 76, y - 2, legend_w - 80, 28),
                         QtCore.Qt.AlignmentFlag.AlignVCenter, text)
        y += 34
    pages.y += height + 12


def draw_chart(pages: Pages, rect: QtCore.QRectF, months: list[str], series: dict[str, np.ndarray],
               percent: bool) -> None:
    """A line chart of a few monthly series with month labels and a legend above."""
    painter = pages.painter
    plot = rect.adjusted(80, 50, -10, -50)
    values = np.concatenate([v[np.isfinite(v)] for v in series.values()] or [np.zeros(0)])
    top = float(values.max()) if values.size else 1.0
    top = 100.0 if percent and top <= 100 else max(4.0, math.ceil(top * 1.1 / 4) * 4)
    painter.setPen(QtGui.QPen(QtGui.QColor("#999999"), 1))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    pages.font(6.5)
    painter.setPen(QtGui.QColor("#333333"))
    for k in range(5):
        v = top * k / 4
        y = plot.bottom() - plot.height() * k / 4
        painter.drawText(QtCore.QRectF(rect.left(), y - 12, 74, 24),
                         QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                         f"{v:.0f}%" if percent else f"{v:.0f}")
    n = len(months)
    xs = [plot.left() + plot.width() * (i + 0.5) / max(n, 1) for i in range(n)]
    every = max(1, math.ceil(n / 6))
    for i, month in enumerate(months):
        if i % every == 0:
            painter.drawText(QtCore.QRectF(xs[i] - 60, plot.bottom() + 4, 120, 24),
                             QtCore.Qt.AlignmentFlag.AlignCenter, month)
    x_legend = rect.left() + 80
    for (name, data), colour in zip(series.items(), SERIES_COLOURS, strict=False):
        pen = QtGui.QPen(QtGui.QColor(colour), 3)
        painter.setPen(pen)
        points = [QtCore.QPointF(x, plot.bottom() - plot.height() * float(v) / top)
                  for x, v in zip(xs, data, strict=True) if np.isfinite(v)]
        if len(points) > 1:
            painter.drawPolyline(QtGui.QPolygonF(points))
        for p in points:
            painter.drawEllipse(p, 4, 4)
        painter.drawLine(QtCore.QPointF(x_legend, rect.top() + 20), QtCore.QPointF(x_legend + 30, rect.top() + 20))
        painter.setPen(QtGui.QColor("#202020"))
        painter.drawText(QtCore.QRectF(x_legend + 36, rect.top() + 6, 300, 28),
                         QtCore.Qt.AlignmentFlag.AlignVCenter, name)
        x_legend += 40 + QtGui.QFontMetricsF(painter.font()).horizontalAdvance(name) + 20


def draw_table(pages: Pages, columns: list[str], frame: pd.DataFrame, zh: bool) -> None:
    """A table with a header row, split over pages as needed (the header repeated)."""
    painter = pages.painter
    lang = "zh_CN" if zh else "en"
    headers = [label(c, lang) for c in columns]
    widths = np.array([2.4 if c == "village_name" else 1.0 for c in columns])
    widths = widths / widths.sum() * pages.inner
    row_h, head_h = 34, 64

    def header() -> None:
        pages.font(6.5, bold=True)
        x = MARGIN
        painter.setPen(QtGui.QPen(QtGui.QColor("#808080"), 1))
        painter.setBrush(QtGui.QColor("#eef2f7"))
        for text, w in zip(headers, widths, strict=True):
            cell = QtCore.QRectF(x, pages.y, w, head_h)
            painter.drawRect(cell)
            painter.setPen(QtGui.QColor("#000000"))
            painter.drawText(cell.adjusted(3, 2, -3, -2), QtCore.Qt.AlignmentFlag.AlignCenter
                             | QtCore.Qt.TextFlag.TextWordWrap, text)
            painter.setPen(QtGui.QPen(QtGui.QColor("#808080"), 1))
            x += w
        pages.y += head_h

    pages.need(head_h + row_h)
    header()
    for row in frame[columns].itertuples(index=False, name=None):
        if pages.y + row_h > pages.height - MARGIN:
            pages.new_page()
            header()
        pages.font(6.5)
        x = MARGIN
        for column, value, w in zip(columns, row, widths, strict=True):
            cell = QtCore.QRectF(x, pages.y, w, row_h)
            painter.setPen(QtGui.QPen(QtGui.QColor("#c0c0c0"), 1))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            painter.setPen(QtGui.QColor("#000000"))
            align = QtCore.Qt.AlignmentFlag.AlignLeft if column == "village_name" else \
                QtCore.Qt.AlignmentFlag.AlignRight
            painter.drawText(cell.adjusted(4, 0, -4, 0), align | QtCore.Qt.AlignmentFlag.AlignVCenter,
                             _cell_text(value, column))
            x += w
        pages.y += row_h
    pages.y += 16


def write_monthly_pdf(evaluation, month: str, path, township: str = "", metric: str = "on_time_share",
                      lang: str = "zh_CN", feedback=None, page: str = "A4", landscape: bool = False) -> Path:
    """Write the month's report (on ``page``, A4 or A3, portrait or ``landscape``; every month of the
    evaluation in the trends); returns the path."""
    path = Path(path)
    zh = lang.startswith("zh")
    if page not in PAGES:
        raise ValueError(f"the page is A4 or A3, not {page!r}")
    if month not in evaluation.months:
        raise ValueError(f"{month} is not among the evaluated months {evaluation.months[0]}..{evaluation.months[-1]}")
    title = f"{township}{_word('title', zh)}" if zh else f"{township} {_word('title', zh)}".strip()
    with atomic_path(path) as tmp:
        pages = Pages(str(tmp), f"{title} {month}", zh, page, landscape)
        try:
            _pages(pages, evaluation, month, title, metric, zh, feedback)
        finally:
            pages.finish() if pages.painter.isActive() else None
    return path


def _pages(pages: Pages, evaluation, month: str, title: str, metric: str, zh: bool, feedback) -> None:
    lang = "zh_CN" if zh else "en"
    pages.text(title, 18, bold=True, gap=4)
    pages.text(month, 14, bold=True, gap=10)
    pages.text(f"{_word('range', zh)}: {evaluation.data.first} – {evaluation.data.last}    "
               f"{_word('made', zh)}: {datetime.now().strftime('%Y-%m-%d %H:%M')}", 9, gap=18)
    town = evaluation.month(month).set_index("village_code").loc["township"]
    pages.text(_word("key", zh), 12, bold=True)
    keys = ("received", "closed_on_time", "on_time_share", "median_days_to_close", "overdue_share", "uptime",
            "days_above_aqi100", "alerts_raised")
    pages.text("    ".join(f"{label(k, lang)}: {_cell_text(_shown_value(town[k], k), k)}" for k in keys), 10,
               gap=16)
    if feedback is not None:
        feedback.progress(0.2, "")
        feedback.check()
    frame = metric_frame(evaluation, metric, None if metric == "score" else month)
    style = metric_style(frame, metric, _word("no_value", zh))
    pages.text(_word("map", zh, metric=label(metric, lang), month=month), 12, bold=True)
    # the map fills what is left of the first page (A4 portrait: 820 dots), no taller than wide
    height = max(300.0, min(pages.inner - 260, pages.left - 12))
    draw_map(pages, frame, village_colours(frame, style), [(c.fill, c.label) for c in style.classes], height)
    pages.new_page()
    if feedback is not None:
        feedback.progress(0.5, "")
        feedback.check()
    pages.text(_word("trends", zh), 12, bold=True)
    town_rows = evaluation.monthly[evaluation.monthly["village_code"] == "township"]
    months = town_rows["month"].tolist()
    chart_w = pages.inner / 2
    chart_h = max(260.0, min(chart_w * 0.8, (pages.left - 10) / 2))  # both rows on the page
    for i, (metrics, percent) in enumerate(TRENDS):
        rect = QtCore.QRectF(MARGIN + (i % 2) * chart_w, pages.y + (i // 2) * chart_h, chart_w - 10, chart_h - 20)
        series = {label(m, lang): town_rows[m].to_numpy(float) * (100.0 if m in SHARES else 1.0) for m in metrics}
        draw_chart(pages, rect, months, series, percent)
    pages.y += 2 * chart_h + 10
    if feedback is not None:
        feedback.progress(0.7, "")
        feedback.check()
    table = shown(evaluation.month(month))
    table["village_name"] = table["village_name"].astype(str)
    pages.text(_word("villages", zh, month=month), 12, bold=True)
    draw_table(pages, list(MONTH_TABLE), table, zh)
    pages.text(_word("ranking", zh, first=evaluation.data.first, last=evaluation.data.last), 12, bold=True)
    draw_table(pages, list(RANK_TABLE), shown(evaluation.ranked), zh)
    pages.text(_word("notes", zh), 12, bold=True)
    for name, text in notes(evaluation, lang):
        pages.text(f"{name}: {text}", 8.5, gap=4)


def _shown_value(value, column: str):
    if column in SHARES and value == value:
        return float(value) * 100.0
    return value


__all__ = ["write_monthly_pdf"]
