"""Qt pens, brushes and fonts for layer styles (layers.style.Style is plain data; this is its Qt face)."""

from __future__ import annotations

from PySide6 import QtCore, QtGui

MM_TO_PX = 96.0 / 25.4  # screen pixels per millimetre at 96 dpi

CJK_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "Microsoft YaHei",
                "SimHei", "PingFang SC")


def qcolor(hex_color: str | None, opacity: float = 1.0) -> QtGui.QColor:
    """A QColor from ``#RRGGBB``/``#RRGGBBAA`` text, with the layer opacity applied to alpha."""
    color = QtGui.QColor(hex_color or "#808080")
    if not color.isValid():
        color = QtGui.QColor("#808080")
    color.setAlphaF(max(0.0, min(1.0, color.alphaF() * opacity)))
    return color


def stroke_pen(hex_color: str | None, width_mm: float, opacity: float = 1.0) -> QtGui.QPen:
    """A cosmetic pen (width in screen pixels whatever the zoom) for outlines and lines."""
    pen = QtGui.QPen(qcolor(hex_color, opacity))
    pen.setCosmetic(True)
    width = width_mm * MM_TO_PX
    # hairlines of exactly one pixel draw ~100x faster than 1.1 px antialiased ones on big paths
    pen.setWidthF(1.0 if width < 1.5 else width)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    return pen


def marker_pen(hex_color: str | None, size_mm: float, opacity: float = 1.0) -> QtGui.QPen:
    """A round cosmetic pen whose ``drawPoints`` dots are markers of ``size_mm``."""
    pen = QtGui.QPen(qcolor(hex_color, opacity))
    pen.setCosmetic(True)
    pen.setWidthF(max(2.0, size_mm * MM_TO_PX))
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    return pen


def fill_brush(hex_color: str | None, opacity: float = 1.0) -> QtGui.QBrush:
    return QtGui.QBrush(qcolor(hex_color, opacity))


def label_font(size_pt: float = 9.0, bold: bool = False) -> QtGui.QFont:
    """A font that renders Chinese: the first installed CJK family, else the default."""
    font = QtGui.QFont()
    font.setFamilies([*CJK_FAMILIES, font.defaultFamily()])
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def has_cjk_font() -> bool:
    """True when a font that covers Chinese is installed."""
    families = set(QtGui.QFontDatabase.families(QtGui.QFontDatabase.WritingSystem.SimplifiedChinese))
    return bool(families)


def draw_halo_text(painter: QtGui.QPainter, pos: QtCore.QPointF, text: str, color: QtGui.QColor) -> None:
    """Draw ``text`` centred on ``pos`` (device coordinates) with a white halo so it reads on any map."""
    metrics = painter.fontMetrics()
    rect = metrics.boundingRect(text)
    origin = QtCore.QPointF(pos.x() - rect.width() / 2.0, pos.y() + metrics.ascent() / 2.0 - 1)
    path = QtGui.QPainterPath()
    path.addText(origin, painter.font(), text)
    halo = QtGui.QPen(QtGui.QColor(255, 255, 255, 220))
    halo.setWidthF(3.0)
    halo.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, halo)
    painter.fillPath(path, color)


def legend_text(layer, row: int, entry) -> str:
    """The text of legend row ``row`` of ``layer``: a category of a coded field in the interface language
    (``school`` -> 学校 / School), the "no value" class translated, any other label as the style has it."""
    from layers.code_lists import value_label
    from layers.style import NO_VALUE_LABEL

    style = getattr(layer, "style", None)
    classes = getattr(style, "classes", None) or []
    if getattr(entry, "icon", None) is not None:  # a legend of its own (incidents), already in words
        return str(entry.label)
    if getattr(style, "kind", "") == "categorized" and 0 <= row < len(classes):
        found = classes[row]
        if found.value is None and found.label == NO_VALUE_LABEL:
            return QtCore.QCoreApplication.translate("Legend", "no value")
        if found.value is not None and str(found.label) == str(found.value):
            kind = getattr(layer, "store_kind", None) or getattr(layer, "source_name", None) or layer.name
            return value_label(kind, style.field or "", found.value)
    return str(entry.label)
