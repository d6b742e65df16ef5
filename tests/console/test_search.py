"""The search box: villages first, then facilities, then the rest, each kind under a header naming it;
choosing a result zooms to it (pytest-qt)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.project import Project
from layers.vector import VectorLayer

pytest.importorskip("pytestqt")

from PySide6 import QtCore  # noqa: E402

from console.search import SearchBox, grouped, matches, search_index  # noqa: E402


def layer(kind: str, names: list[str], shape) -> VectorLayer:
    frame = gpd.GeoDataFrame({"name_zh": names}, geometry=[shape] * len(names), crs="EPSG:4549")
    made = VectorLayer(frame, kind)
    made.store_kind = kind
    return made


@pytest.fixture
def project():
    project = Project()
    point, box = shapely.Point(500_000, 3_000_000), shapely.box(500_000, 3_000_000, 501_000, 3_001_000)
    # drawn in the order a map has them: points on top, villages at the bottom
    project.layers.append(layer("villages", ["上塘村", "下塘村"], box))
    project.layers.append(layer("hazard_zones", ["上塘山洪区"], box))
    project.layers.append(layer("facilities", ["上塘小学", "上塘卫生室"], point))
    project.layers.append(layer("roads", ["上塘路"], point))
    return project


def test_villages_come_first_then_facilities_then_the_rest_grouped(project):
    hits = matches(search_index(list(reversed(project.layers))), "shangtang")
    kinds = [hit[1].store_kind for hit in hits]
    assert kinds[0] == "villages" and kinds[1:3] == ["facilities", "facilities"]
    assert set(kinds[3:]) == {"hazard_zones", "roads"}
    assert hits[0][0].startswith("上塘村")
    assert [layer.store_kind for layer, _ in grouped(hits)] == ["villages", "facilities", kinds[3], kinds[4]]


def test_the_popup_shows_a_header_per_kind_and_a_choice_zooms(project, qtbot):
    box = SearchBox(project)
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    found = []
    box.found.connect(lambda layer, row: found.append((layer.store_kind, row)))
    qtbot.keyClicks(box, "shangtang")
    names = {layer.store_kind: layer.name for layer in project.layers}
    assert box.completer().popup().isVisible()
    assert box.headers()[:2] == [names["villages"], names["facilities"]]
    model = box.completer().model()
    assert not model.flags(model.index(0, 0)) & QtCore.Qt.ItemFlag.ItemIsSelectable  # a header
    assert model.index(1, 0).data().startswith("上塘村")
    box.completer().activated.emit(model.index(1, 0).data())
    assert found == [("villages", 0)]
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Return)  # Enter goes to the best hit, a village
    assert found[-1] == ("villages", 0)
