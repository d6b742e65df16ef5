"""The search box: villages first, then facilities, then the rest, each kind under a header naming it;
choosing a result zooms to it (pytest-qt). The ranking itself is tested in tests/layers/test_search_index.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6 import QtCore  # noqa: E402

from tests.layers.test_search_index import search_project  # noqa: E402
from widgets.search_box import SearchBox  # noqa: E402


@pytest.fixture
def project():
    return search_project()


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
