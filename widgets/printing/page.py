"""One printed page on any QPainter device (a PDF page or a 300 dpi image): title, map, legend, scale bar,
north arrow and the notes (scale, coordinate system, author, date, data sources), or an atlas page's
table of figures.

Everything is placed in millimetres (:func:`layers.print_layout.page_boxes`) and drawn in the device's
pixels; text sizes are in points, so the device must report its resolution (a QPdfWriter does; an image
gets its dots per metre set). The scale bar's length on paper is exactly its ground length over the stated
scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6 import QtCore, QtGui

from layers.print_layout import PrintLayout, distance_text, page_boxes, scale_bar_length, scale_text
from widgets import symbols


@dataclass
class LegendBlock:
    """A layer's part of the legend: its title and rows of (label, fill, stroke, kind, icon)."""

    title: str
    rows: list[tuple[str, str | None, str | None, str, object]] = field(default_factory=list)


@dataclass
class PageContent:
    """What goes on a page besides the map picture."""

    title: str
    scale: float
    crs_text: str = ""
    author: str = ""
    date: str = ""
    sources: str = ""
    legend: list[LegendBlock] = field(default_factory=list)
    table: list[tuple[str, str]] | None = None
    table_title: str = ""
    subtitle: str = ""


class Page:
    """Draws :class:`PageContent` and a map picture for a layout on a painter of ``dpi``."""

    def __init__(self, painter: QtGui.QPainter, layout: PrintLayout, dpi: float) -> None:
        self.p, self.layout, self.dpi = painter, layout, dpi
        self.big = layout.page == "A3"
        self.table_row_h = 6.0 if self.big else 5.2
        #: where the scale bar was drawn: (x, y, length, height) in mm and its ground metres
        self.scale_bar: tuple[float, float, float, float, float] | None = None

    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QtCore.QRectF:
        return QtCore.QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def font(self, size_pt: float, bold: bool = False) -> QtGui.QFont:
        return symbols.label_font(size_pt * (1.15 if self.big else 1.0), bold)

    def pen(self, width_mm: float, colour: str = "#202020") -> QtGui.QPen:
        pen = QtGui.QPen(QtGui.QColor(colour))
        pen.setWidthF(self.px(width_mm))
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        return pen

    # ------------------------------------------------------------------ the whole page
    def draw(self, content: PageContent, map_image, panel: str | None = None) -> None:
        """The page; ``map_image`` is the map's picture, or a callable ``(painter, target)`` drawing the map
        into the target rectangle (a PDF's vectors and text)."""
        p = self.p
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        boxes = page_boxes(self.layout, panel)
        self._title(content, boxes["title"])
        mx, my, mw, mh = boxes["map"]
        target = self.rect(mx, my, mw, mh)
        if callable(map_image):
            map_image(p, target)
        else:
            p.drawImage(target, map_image, QtCore.QRectF(0, 0, map_image.width(), map_image.height()))
        p.setPen(self.pen(0.35))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawRect(target)
        if self.layout.north_arrow:
            self._north_arrow(mx + mw - 14.0, my + 4.0)
        self._panel(content, boxes["panel"])

    def _title(self, content: PageContent, box) -> None:
        x, y, w, h = box
        p = self.p
        p.setPen(QtGui.QColor("#111111"))
        p.setFont(self.font(17 if self.big else 14, bold=True))
        title_h = h * (0.62 if content.subtitle else 1.0)
        p.drawText(self.rect(x, y, w, title_h), QtCore.Qt.AlignmentFlag.AlignCenter, content.title)
        if content.subtitle:
            p.setFont(self.font(8.5))
            p.drawText(self.rect(x, y + title_h, w, h - title_h), QtCore.Qt.AlignmentFlag.AlignCenter,
                       content.subtitle)
        p.setPen(self.pen(0.5))
        p.drawLine(QtCore.QPointF(self.px(x), self.px(y + h + 0.8)), QtCore.QPointF(self.px(x + w),
                                                                                    self.px(y + h + 0.8)))

    # ------------------------------------------------------------------ north arrow
    def _north_arrow(self, x: float, y: float) -> None:
        """A north arrow in a 10 x 16 mm box whose top left is (x, y) mm (the map's y axis is north)."""
        p = self.p
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(QtGui.QColor(255, 255, 255, 210))
        p.drawRoundedRect(self.rect(x, y, 10.0, 16.0), self.px(1.5), self.px(1.5))
        cx, top = x + 5.0, y + 5.2
        left = QtGui.QPolygonF([QtCore.QPointF(self.px(cx), self.px(top)),
                                QtCore.QPointF(self.px(cx - 3.0), self.px(top + 9.5)),
                                QtCore.QPointF(self.px(cx), self.px(top + 7.5))])
        right = QtGui.QPolygonF([QtCore.QPointF(self.px(cx), self.px(top)),
                                 QtCore.QPointF(self.px(cx + 3.0), self.px(top + 9.5)),
                                 QtCore.QPointF(self.px(cx), self.px(top + 7.5))])
        p.setPen(self.pen(0.2))
        p.setBrush(QtGui.QColor("#202020"))
        p.drawPolygon(left)
        p.setBrush(QtGui.QColor("#ffffff"))
        p.drawPolygon(right)
        p.setPen(QtGui.QColor("#202020"))
        p.setFont(self.font(8, bold=True))
        p.drawText(self.rect(x, y + 0.3, 10.0, 5.0), QtCore.Qt.AlignmentFlag.AlignCenter, "N")

    # ------------------------------------------------------------------ panel
    def _panel(self, content: PageContent, box) -> None:
        x, y, w, h = box
        notes_h = 62.0 if self.big else 46.0
        if w > 150 and content.table is not None:  # under the map: table over notes | legend
            left_w = 64.0 if self.big else 58.0
            table_h = 8.0 + self.table_row_h * len(content.table)
            self._table(content, (x, y, left_w, table_h))
            self._notes(content, (x, y + table_h + 3.0, left_w, h - table_h - 3.0))
            if self.layout.legend:
                self._legend(content.legend, (x + left_w + 5.0, y, w - left_w - 5.0, h))
            return
        if w > 150:  # under the map: legend | notes
            notes_w = 78.0 if self.big else 62.0
            self._notes(content, (x + w - notes_w, y, notes_w, h))
            if self.layout.legend:
                self._legend(content.legend, (x, y, w - notes_w - 4.0, h))
            return
        top_h = h - notes_h
        if content.table is not None:
            table_h = min(8.0 + self.table_row_h * len(content.table), top_h)
            self._table(content, (x, y, w, table_h))
            y, top_h = y + table_h + 3.0, top_h - table_h - 3.0
        if self.layout.legend:
            self._legend(content.legend, (x, y, w, top_h))
        self._notes(content, (x, y + top_h, w, notes_h) if content.table is None else
                    (x, box[1] + h - notes_h, w, notes_h))

    def _legend(self, blocks: list[LegendBlock], box) -> None:
        x, y, w, h = box
        p = self.p
        row_h = 5.0 if self.big else 3.8
        p.setPen(QtGui.QColor("#111111"))
        p.setFont(self.font(10, bold=True))
        p.drawText(self.rect(x, y, w, 6.0), QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   QtCore.QCoreApplication.translate("PrintPage", "Legend"))
        columns = max(1, int(w // 58.0))
        col_w = w / columns
        rows = []
        for block in blocks:
            if len(block.rows) == 1 and not block.rows[0][0]:
                rows.append(("swatch", block.title, block.rows[0]))
                continue
            rows.append(("heading", block.title, None))
            rows.extend(("swatch", row[0], row) for row in block.rows)
        per_column = max(1, int((h - 8.0) // row_h))
        shown = rows[:per_column * columns]
        if len(shown) < len(rows):
            shown[-1] = ("heading", "…", None)
        for i, (what, text, row) in enumerate(shown):
            col, line = divmod(i, per_column)
            cx, cy = x + col * col_w, y + 8.0 + line * row_h
            if what == "heading":
                p.setPen(QtGui.QColor("#111111"))
                p.setFont(self.font(7.5, bold=True))
                p.drawText(self.rect(cx, cy, col_w - 1.0, row_h),
                           QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter, text)
                continue
            self._swatch(row, cx + 1.0, cy + row_h * 0.18, 6.0, row_h * 0.64)
            p.setPen(QtGui.QColor("#202020"))
            p.setFont(self.font(7 if self.big else 6.5))
            p.drawText(self.rect(cx + 8.5, cy, col_w - 9.5, row_h),
                       QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter, text)

    def _swatch(self, row, x: float, y: float, w: float, h: float) -> None:
        _label, fill, stroke, kind, icon = row
        p = self.p
        r = self.rect(x, y, w, h)
        if icon is not None:  # a QImage of the layer tree's icon
            side = min(r.width(), r.height())
            p.drawImage(QtCore.QRectF(r.x(), r.y(), side, side), icon)
            return
        if kind == "point":
            p.setPen(self.pen(0.15, stroke or "#404040"))
            p.setBrush(symbols.qcolor(fill))
            d = min(w, h) * 0.8
            p.drawEllipse(self.rect(x + (w - d) / 2, y + (h - d) / 2, d, d))
        elif kind == "line":
            p.setPen(self.pen(0.6, fill or stroke or "#404040"))
            p.drawLine(QtCore.QPointF(r.left(), r.center().y()), QtCore.QPointF(r.right(), r.center().y()))
        elif kind == "raster":
            grad = QtGui.QLinearGradient(r.topLeft(), r.topRight())
            for stop, colour in ((0.0, "#4a8c50"), (0.5, "#e8d9a0"), (1.0, "#b08c64")):
                grad.setColorAt(stop, QtGui.QColor(colour))
            p.fillRect(r, grad)
        else:
            p.setPen(self.pen(0.2, stroke or "#404040"))
            p.setBrush(symbols.qcolor(fill))
            p.drawRect(r)

    def _table(self, content: PageContent, box) -> None:
        x, y, w, h = box
        p = self.p
        p.setPen(QtGui.QColor("#111111"))
        p.setFont(self.font(10, bold=True))
        p.drawText(self.rect(x, y, w, 6.0), QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   content.table_title or QtCore.QCoreApplication.translate("PrintPage", "Figures"))
        row_h = self.table_row_h
        top = y + 8.0
        for i, (label, value) in enumerate(content.table or []):
            cy = top + i * row_h
            if cy + row_h > y + h:
                break
            if i % 2 == 0:
                p.fillRect(self.rect(x, cy, w, row_h), QtGui.QColor("#f0ede6"))
            p.setPen(QtGui.QColor("#202020"))
            p.setFont(self.font(8))
            p.drawText(self.rect(x + 1.5, cy, w * 0.58, row_h),
                       QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter, label)
            p.setFont(self.font(8, bold=True))
            p.drawText(self.rect(x + w * 0.58, cy, w * 0.42 - 1.5, row_h),
                       QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter, value)
        p.setPen(self.pen(0.25))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        rows = len(content.table or [])
        p.drawRect(self.rect(x, top, w, min(rows * row_h, y + h - top)))

    # ------------------------------------------------------------------ scale and notes
    def _scale_bar(self, scale: float, x: float, y: float, w: float) -> None:
        metres, length, segments = scale_bar_length(scale, w - 14.0)
        p = self.p
        seg = length / segments
        height = 2.2
        self.scale_bar = (x, y, length, height, metres)  # mm on the page, and the ground length
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        for i in range(segments):
            p.setBrush(QtGui.QColor("#111111") if i % 2 == 0 else QtGui.QColor("#ffffff"))
            p.drawRect(self.rect(x + i * seg, y, seg, height))
        # the outline drawn inside the bar, so the bar's outer edges are exactly ``length`` apart
        line = 0.25
        p.setPen(self.pen(line, "#111111"))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect(x + line / 2, y + line / 2, length - line, height - line))
        p.setPen(QtGui.QColor("#111111"))
        p.setFont(self.font(6.5))
        for value, at in ((0, x), (metres / 2, x + length / 2), (metres, x + length)):
            text = "0" if value == 0 else distance_text(value)
            p.drawText(self.rect(at - 12.0, y + height + 0.4, 24.0, 4.0),
                       QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop, text)

    def _notes(self, content: PageContent, box) -> None:
        x, y, w, h = box
        p = self.p
        p.setPen(QtGui.QColor("#111111"))
        p.setFont(self.font(9.5, bold=True))
        p.drawText(self.rect(x, y + 1.0, w, 6.0), QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   QtCore.QCoreApplication.translate("PrintPage", "Scale {scale}").replace("{scale}", scale_text(content.scale)))
        if self.layout.scale_bar:
            self._scale_bar(content.scale, x + 4.0, y + 9.0, w - 4.0)
        lines = []
        if self.layout.crs_note and content.crs_text:
            lines.append(QtCore.QCoreApplication.translate("PrintPage", "Coordinate system: {crs}").replace("{crs}", content.crs_text))
        if content.author:
            lines.append(QtCore.QCoreApplication.translate("PrintPage", "Made by: {author}").replace("{author}", content.author))
        lines.append(QtCore.QCoreApplication.translate("PrintPage", "Date: {date}").replace("{date}", content.date))
        if self.layout.sources_note and content.sources:
            lines.append(QtCore.QCoreApplication.translate("PrintPage", "Data sources: {sources}").replace("{sources}", content.sources))
        p.setFont(self.font(7))
        p.setPen(QtGui.QColor("#303030"))
        flags = (QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
                 | QtCore.Qt.TextFlag.TextWordWrap)
        p.drawText(self.rect(x, y + 17.0, w, h - 17.0), int(flags), "\n".join(lines))
