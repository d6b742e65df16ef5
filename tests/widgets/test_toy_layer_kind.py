"""A new layer kind is one model, one item and two registrations: the toy "survey pins" kind below is
saved in a project, loaded back, drawn on the canvas and listed with its legend in the layer tree,
without the canvas (widgets/map_canvas.py) or the project (layers/project.py) knowing it."""

from __future__ import annotations

import numpy as np
import pytest
from psygnal import Signal

pytest.importorskip("pytestqt")

from PySide6 import QtCore, QtGui  # noqa: E402

from layers import kinds  # noqa: E402
from layers.base import Layer, LayerEvents  # noqa: E402
from layers.project import Project  # noqa: E402
from layers.style import LegendEntry  # noqa: E402
from tests.widgets.test_canvas_images import CRS, HEIGHT, SCENE_BBOX, WIDTH, X0, Y0  # noqa: E402
from widgets.layer_items import Frame, LayerItem, View  # noqa: E402
from widgets.layer_visuals import register_visual, visual_for  # noqa: E402

PIN_PX = 9  # a pin's square, pixels across
RED, BLUE = "#d01c1c", "#1c3cd0"


class PinEvents(LayerEvents):
    colour = Signal(str)


@kinds.register_kind("survey_pins")
class PinLayer(Layer):
    """Survey pins: a few points of one colour, kept in the project file's layer list itself."""

    events_class = PinEvents

    def __init__(self, points, name: str = "pins", colour: str = RED, **options) -> None:
        super().__init__(name, **options)
        self.points = np.asarray(points, dtype=float).reshape(-1, 2)
        self._colour = str(colour)

    @property
    def colour(self) -> str:
        return self._colour

    @colour.setter
    def colour(self, value: str) -> None:
        if value == self._colour:
            return
        self._colour = str(value)
        self.events.colour.emit(self._colour)

    @property
    def extent(self):
        if not len(self.points):
            return None
        (minx, miny), (maxx, maxy) = self.points.min(axis=0), self.points.max(axis=0)
        return float(minx), float(miny), float(maxx), float(maxy)

    def kind_state(self) -> dict:
        return {"params": {"points": self.points.tolist(), "colour": self._colour}}

    @classmethod
    def from_state(cls, entry, options, style, warnings):
        params = entry["params"]
        return cls(params["points"], name=entry["name"], colour=params["colour"], crs=entry.get("crs"),
                   style=style, **options)

    def legend(self) -> list:
        return [LegendEntry(self.name, self._colour, self._colour, "point")]


def draw_pins(points: np.ndarray, colour: str, view: View, origin) -> Frame:
    """The pins of a view as one picture of its pixel size (worker-safe, like every frame)."""
    image = QtGui.QImage(view.width, view.height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    minx, miny, maxx, maxy = view.bbox
    sx, sy = view.width / (maxx - minx), view.height / (maxy - miny)
    painter = QtGui.QPainter(image)
    try:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(colour))
        for x, y in points:
            painter.drawRect(QtCore.QRectF((x - minx) * sx - PIN_PX / 2, (maxy - y) * sy - PIN_PX / 2,
                                           PIN_PX, PIN_PX))
    finally:
        painter.end()
    return Frame(picture=image, image_rect=(minx - origin[0], miny - origin[1], maxx - minx, maxy - miny))


class PinItem(LayerItem):
    """Draws a PinLayer; a new colour draws it again."""

    redraw_events = ("colour",)

    def prepare_job(self, crs):
        return None  # nothing to prepare: the pins are drawn straight from the layer

    def frame_job(self, view, origin, crs):
        return draw_pins, (self.layer.points.copy(), self.layer.colour, view, origin)


register_visual(PinLayer, PinItem)

PINS = [(X0 + 1000.0, Y0 + 500.0), (X0 + 2000.0, Y0 + 1250.0), (X0 + 3000.0, Y0 + 2000.0)]


def pixels_of(image: QtGui.QImage, colour: str) -> np.ndarray:
    """(row, column) of the pixels painted ``colour`` in ``image``."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgba = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    c = QtGui.QColor(colour)
    return np.argwhere(np.all(rgba == (c.red(), c.green(), c.blue(), 255), axis=-1))


def canvas_of(qtbot, project):
    from widgets.map_canvas import MapCanvas

    canvas = MapCanvas(project, asynchronous=False)
    errors = []
    canvas.task_error.connect(errors.append)
    qtbot.addWidget(canvas)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    canvas.zoom_to_extent(SCENE_BBOX, pad=False)
    canvas.refresh()
    return canvas, errors


def test_a_toy_kind_is_saved_loaded_drawn_and_listed(qtbot, tmp_path):
    project = Project(crs=CRS)
    pins = PinLayer(PINS, name="survey", colour=RED, crs=CRS, opacity=0.8)
    project.layers.append(pins)
    project.save(tmp_path / "pins.gpkg")

    loaded = Project.load(tmp_path / "pins.gpkg")
    assert loaded.warnings == []
    (again,) = loaded.layers
    assert type(again) is PinLayer and again.kind == "survey_pins"
    assert (again.id, again.name, again.colour, again.opacity) == (pins.id, "survey", RED, 0.8)
    np.testing.assert_array_equal(again.points, pins.points)
    assert visual_for(again) is PinItem

    canvas, errors = canvas_of(qtbot, loaded)
    item = canvas.items[again.id]
    assert type(item) is PinItem
    picture = item.frame.picture
    assert (picture.width(), picture.height()) == (WIDTH, HEIGHT)
    red = pixels_of(picture, RED)
    assert len(red) == len(PINS) * PIN_PX * PIN_PX  # three whole squares and nothing else
    for x, y in PINS:  # each square around its pin (view pixels, rows from the top)
        col, row = (x - X0) / 4000.0 * WIDTH, (Y0 + 2500.0 - y) / 2500.0 * HEIGHT
        near = np.abs(red - (row, col)).max(axis=1) <= PIN_PX / 2 + 1
        assert near.sum() == PIN_PX * PIN_PX
    screen = canvas.render_to_image(WIDTH, HEIGHT)
    assert len(pixels_of(screen, RED)) > 0  # what the map shows has the pins

    assert not loaded.dirty
    again.colour = BLUE  # the layer's own event: the canvas draws it again, the project has a change
    assert len(pixels_of(item.frame.picture, BLUE)) == len(red) and not len(pixels_of(item.frame.picture, RED))
    assert loaded.dirty
    again.visible = False
    assert not item.isVisible()
    canvas._debounce.stop()
    assert errors == []


def test_the_layer_tree_lists_a_toy_kind_with_its_legend(qtbot):
    from widgets.layer_tree import LayerTree

    project = Project(crs=CRS)
    project.layers.append(PinLayer(PINS, name="survey", colour=RED, crs=CRS))
    tree = LayerTree(project.layers)
    qtbot.addWidget(tree)
    model = tree.model()
    top = model.index(0, 0)
    assert model.data(top) == "survey"
    assert model.rowCount(top) == 1 and model.data(model.index(0, 0, top)) == "survey"


def test_a_project_with_a_kind_this_program_does_not_know_opens_without_it(tmp_path, monkeypatch):
    from layers.vector import VectorLayer

    project = Project(crs=CRS)
    project.layers.append(PinLayer(PINS, name="survey", crs=CRS))
    project.save(tmp_path / "pins.gpkg")
    monkeypatch.delitem(kinds._KINDS, "survey_pins")
    loaded = Project.load(tmp_path / "pins.gpkg")
    assert len(loaded.layers) == 0
    assert len(loaded.warnings) == 1 and "survey_pins" in loaded.warnings[0]
    with pytest.raises(TypeError):
        register_visual(VectorLayer, object)  # an item must be a layer item
    with pytest.raises(ValueError):
        kinds.register_kind("vector")(PinLayer)  # a kind name is taken once
