"""Printing a layout or the village atlas to PDF (vector page, embedded font) or PNG (one image a page).

:func:`write_layout` and :func:`write_atlas` are long tasks: plain functions taking a
:class:`~datasources.feedback.Feedback` (progress and cancel between pages), run by the desk's task
runner or called by ``township-console print``. Build the :class:`~widgets.printing.map_picture.PrintMap`
on the GUI thread and pass it when calling from a worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6 import QtCore, QtGui

from datasources.atomic import atomic_path
from datasources.errors import WriteFailed
from datasources.feedback import Feedback
from layers.print_atlas import atlas_pages
from layers.print_layout import PrintLayout, map_view, page_boxes
from widgets.printing.legend import drawn_layers, layer_title, legend_blocks
from widgets.printing.map_picture import PrintMap
from widgets.printing.page import Page, PageContent
from widgets.printing.vector_map import paint_map

FORMATS = (".pdf", ".png")


@dataclass
class Printed:
    """What was written: the files, the stated scale of each page and where its scale bar is (mm)."""

    files: list[Path] = field(default_factory=list)
    pages: int = 0
    scales: list[float] = field(default_factory=list)
    scale_bars: list[tuple] = field(default_factory=list)
    bboxes: list[tuple] = field(default_factory=list)


def default_sources(project) -> str:
    """The data sources line when the layout names none: the project and its layers."""
    names = [layer_title(layer) for layer in reversed(drawn_layers(project))]
    title = str(project.settings.get("title") or (project.path.stem if project.path else ""))
    head = f"{title}: " if title else ""
    return head + "、".join(names)


def content_for(project, layout: PrintLayout, scale: float, legend: list | None = None) -> PageContent:
    """The words of a layout's page (``legend``: made beforehand on the GUI thread, see :class:`PrintMap`)."""
    from widgets.crs_names import crs_label

    title = layout.title or str(project.settings.get("title") or layout.name)
    return PageContent(title=title, scale=scale, crs_text=crs_label(project.crs), author=layout.author,
                       date=layout.date or dt.date.today().isoformat(),
                       sources=layout.sources or default_sources(project),
                       legend=legend if legend is not None else legend_blocks(project))


class _Pages:
    """Pages of one output: a PDF (one file, a page after another) or PNG images (one file a page)."""

    def __init__(self, out: Path, layout: PrintLayout, title: str) -> None:
        self.out, self.layout, self.dpi = out, layout, int(layout.dpi)
        self.pdf = out.suffix.lower() == ".pdf"
        self.files: list[Path] = []
        self.count = 0
        self.writer = self.painter = None
        self._tmp = None
        if self.pdf:
            self._tmp = atomic_path(out)
            tmp = self._tmp.__enter__()
            self.writer = QtGui.QPdfWriter(str(tmp))
            self.writer.setResolution(self.dpi)
            self.writer.setTitle(title)
            self.writer.setCreator("Township Console")
            size = QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A3 if layout.page == "A3"
                                   else QtGui.QPageSize.PageSizeId.A4)
            orientation = (QtGui.QPageLayout.Orientation.Landscape if layout.orientation == "landscape"
                           else QtGui.QPageLayout.Orientation.Portrait)
            self.writer.setPageLayout(QtGui.QPageLayout(size, orientation, QtCore.QMarginsF(0, 0, 0, 0)))

    def begin(self) -> QtGui.QPainter:
        if self.pdf:
            if self.painter is None:
                self.painter = QtGui.QPainter(self.writer)
                if not self.painter.isActive():
                    raise WriteFailed(self.out, "the PDF could not be started", "Check the folder and the file name.")
            else:
                self.writer.newPage()
            return self.painter
        w_mm, h_mm = self.layout.page_mm
        self.image = QtGui.QImage(round(w_mm * self.dpi / 25.4), round(h_mm * self.dpi / 25.4),
                                  QtGui.QImage.Format.Format_RGB32)
        dots = round(self.dpi / 0.0254)
        self.image.setDotsPerMeterX(dots)
        self.image.setDotsPerMeterY(dots)
        self.image.fill(QtGui.QColor("#ffffff"))
        self.painter = QtGui.QPainter(self.image)
        return self.painter

    def end_page(self, suffix: str = "") -> None:
        self.count += 1
        if self.pdf:
            return
        self.painter.end()
        self.painter = None
        target = self.out if not suffix else self.out.with_name(f"{self.out.stem}-{suffix}{self.out.suffix}")
        with atomic_path(target) as tmp:
            writer = QtGui.QImageWriter(str(tmp), b"png")
            if not writer.write(self.image):
                raise WriteFailed(target, "the image could not be saved", "Check the folder and the file name.")
        self.files.append(target)

    def close(self, ok: bool) -> None:
        if not self.pdf:
            return
        if self.painter is not None:
            self.painter.end()
        del self.writer
        if ok:
            self._tmp.__exit__(None, None, None)
            self.files.append(self.out)
        else:
            self._tmp.__exit__(RuntimeError, RuntimeError("cancelled"), None)


def _check_out(out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise ValueError(f"{out.name}: the output must end in .pdf or .png")
    if not out.parent.is_dir():
        raise ValueError(f"the folder {out.parent} does not exist")
    return out


def write_layout(project, layout: PrintLayout, out, print_map: PrintMap | None = None,
                 feedback: Feedback | None = None) -> Printed:
    """Print ``layout`` of ``project`` to ``out`` (``.pdf`` or ``.png``)."""
    out = _check_out(out)
    feedback = Feedback.of(feedback)
    print_map = print_map or PrintMap(project)
    feedback.progress(0.05, QtCore.QCoreApplication.translate("PrintPage", "preparing the layers"))
    print_map.prepare(feedback)
    boxes = page_boxes(layout)
    _, _, fw, fh = boxes["map"]
    view = map_view(layout, project.crs, print_map.extent(), (fw, fh))
    feedback.check()
    feedback.progress(0.3, QtCore.QCoreApplication.translate("PrintPage", "drawing the map"))
    pdf = out.suffix.lower() == ".pdf"
    if pdf:  # vectors and text, drawn on the PDF's painter
        def image(painter, target):
            paint_map(painter, target, print_map, view.bbox, fw, fh, layout.dpi, feedback)
    else:
        image = print_map.draw(view.bbox, fw, fh, layout.dpi, feedback)
    feedback.check()
    feedback.progress(0.8, QtCore.QCoreApplication.translate("PrintPage", "writing the page"))
    content = content_for(project, layout, view.scale, print_map.legend)
    pages = _Pages(out, layout, content.title)
    done = Printed(pages=1, scales=[view.scale], bboxes=[view.bbox])
    ok = False
    try:
        page = Page(pages.begin(), layout, layout.dpi)
        page.draw(content, image)
        done.scale_bars.append(page.scale_bar)
        pages.end_page()
        ok = True
    finally:
        pages.close(ok)
    done.files = pages.files
    feedback.progress(1.0, "")
    return done


def atlas_layout(layout: PrintLayout | None = None) -> PrintLayout:
    """The atlas page: A4 portrait unless the layout given says otherwise."""
    if layout is None:
        return PrintLayout(name="atlas", page="A4", orientation="portrait")
    return layout.replace(extent=None, scale=None)


def write_atlas(project, out, layout: PrintLayout | None = None, incidents=None,
                print_map: PrintMap | None = None, feedback: Feedback | None = None,
                villages: list[str] | None = None) -> Printed:
    """The village atlas: a page per village (or the ``villages`` coded so), its map and its figures
    (PDF: one file; PNG: a file a page, named with the village code)."""
    out = _check_out(out)
    feedback = Feedback.of(feedback)
    layout = atlas_layout(layout)
    labels = {"area_km2": QtCore.QCoreApplication.translate("PrintPage", "Area (km²)"), "area_mu": QtCore.QCoreApplication.translate("PrintPage", "Area (mu, 亩)"), "households": QtCore.QCoreApplication.translate("PrintPage", "Households"),
              "population": QtCore.QCoreApplication.translate("PrintPage", "Population"), "incidents": QtCore.QCoreApplication.translate("PrintPage", "Incidents reported"), "code": QtCore.QCoreApplication.translate("PrintPage", "Village code")}
    pages_data = atlas_pages(project, incidents, labels, only=villages)
    print_map = print_map or PrintMap(project)
    feedback.progress(0.02, QtCore.QCoreApplication.translate("PrintPage", "preparing the layers"))
    print_map.prepare(feedback)
    boxes = page_boxes(layout)
    _, _, fw, fh = boxes["map"]
    base = content_for(project, layout, 1.0, print_map.legend)
    township = str(project.settings.get("title") or "")
    pages = _Pages(out, layout, QtCore.QCoreApplication.translate("PrintPage", "Village atlas"))
    done = Printed()
    ok = False
    try:
        for n, village in enumerate(pages_data):
            feedback.check()
            feedback.progress(0.05 + 0.95 * n / len(pages_data),
                              QtCore.QCoreApplication.translate("PrintPage", "page {n} of {total}").replace("{n}", str(n + 1))
                              .replace("{total}", str(len(pages_data))))
            view = map_view(layout.replace(extent=village.bbox), project.crs, None, (fw, fh))
            if pages.pdf:  # vectors and text, drawn on the PDF's painter, the village outlined over them
                def image(painter, target, view=view, village=village):
                    paint_map(painter, target, print_map, view.bbox, fw, fh, layout.dpi, feedback)
                    _outline(painter, target, village.geometry, view.bbox, layout.dpi)
            else:
                image = print_map.draw(view.bbox, fw, fh, layout.dpi, feedback)
                painter = QtGui.QPainter(image)
                _outline(painter, QtCore.QRectF(0, 0, image.width(), image.height()), village.geometry,
                         view.bbox, layout.dpi)
                painter.end()
            content = PageContent(
                title=village.name, scale=view.scale, crs_text=base.crs_text, author=layout.author,
                date=base.date, sources=base.sources, legend=base.legend, table=village.figures,
                table_title=QtCore.QCoreApplication.translate("PrintPage", "Figures of the village"),
                subtitle=QtCore.QCoreApplication.translate("PrintPage", "{township} village atlas, page {n} of {total}").replace("{township}", township)
                .replace("{n}", str(n + 1)).replace("{total}", str(len(pages_data))).strip())
            page = Page(pages.begin(), layout, layout.dpi)
            page.draw(content, image)
            pages.end_page(village.code)
            done.scales.append(view.scale)
            done.scale_bars.append(page.scale_bar)
            done.bboxes.append(view.bbox)
        ok = True
    finally:
        pages.close(ok)
    done.files, done.pages = pages.files, pages.count
    feedback.progress(1.0, "")
    return done


def _outline(painter: QtGui.QPainter, target: QtCore.QRectF, geometry, bbox, dpi: float) -> None:
    """Draw the village's own boundary boldly (0.8 mm) over its page's map in ``target``."""
    if geometry is None:
        return
    minx, miny, maxx, maxy = bbox
    sx, sy = target.width() / (maxx - minx), target.height() / (maxy - miny)
    x0, y0 = target.left(), target.top()
    path = QtGui.QPainterPath()
    polygons = getattr(geometry, "geoms", [geometry])
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            xy = list(ring.coords)
            path.moveTo(x0 + (xy[0][0] - minx) * sx, y0 + (maxy - xy[0][1]) * sy)
            for x, y in xy[1:]:
                path.lineTo(x0 + (x - minx) * sx, y0 + (maxy - y) * sy)
            path.closeSubpath()
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    pen = QtGui.QPen(QtGui.QColor("#c0392b"))
    pen.setWidthF(dpi / 25.4 * 0.8)  # 0.8 mm
    painter.setPen(pen)
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def page_image(project, layout: PrintLayout, print_map: PrintMap, dpi: float = 40.0) -> QtGui.QImage:
    """The page of ``layout`` as an image at ``dpi`` (the dialog's preview: a coarse picture, the same page)."""
    small = layout.replace(dpi=max(72, int(dpi)))
    boxes = page_boxes(small)
    _, _, fw, fh = boxes["map"]
    view = map_view(small, project.crs, print_map.extent(), (fw, fh))
    image_map = print_map.draw(view.bbox, fw, fh, max(dpi, 96.0))  # symbols at their screen size, then shrunk
    w_mm, h_mm = small.page_mm
    image = QtGui.QImage(round(w_mm * dpi / 25.4), round(h_mm * dpi / 25.4), QtGui.QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QtGui.QColor("#ffffff"))
    painter = QtGui.QPainter(image)
    try:
        Page(painter, small, dpi).draw(content_for(project, small, view.scale, print_map.legend), image_map)
    finally:
        painter.end()
    return image
