"""The layer tree follows the layer list as layers arrive, row by row, as one reset would build it."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6 import QtCore  # noqa: E402

from layers.project import Project  # noqa: E402


def _rows(model, parent=QtCore.QModelIndex()) -> list:
    """Every row's text, its children's texts under it."""
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append((model.data(index, QtCore.Qt.ItemDataRole.DisplayRole), _rows(model, index)))
    return out


def test_a_projects_layers_arrive_as_rows_not_resets(qtbot, demo_project):
    """Opening a project adds its layers one by one; each drawn layer below the others is one new row
    (a reset per layer asked the view for every row again: the demo's tree was built 66 times over).
    The tree ends as a fresh one lists the same layers, legends open as a fresh tree opens them."""
    from widgets.layer_tree import LayerTree

    opened = Project.load(demo_project)
    project = Project(crs=opened.crs)
    tree = LayerTree(project.layers)
    qtbot.addWidget(tree)
    model = tree.model()
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((parent.isValid(), first, last)))
    project.replace_with(opened)
    drawn = [layer for layer in project.layers if getattr(layer, "geometry_kind", "raster") != "none"]
    assert len(drawn) >= 8 and len(drawn) < len(project.layers)  # the demo has tables too
    assert inserted[:len(drawn)] == [(False, row, row) for row in range(len(drawn))]
    assert len(resets) <= 2 + 1  # the Tables group's arrival (and the list's clearing), not one per layer
    fresh = LayerTree(project.layers)
    qtbot.addWidget(fresh)
    assert _rows(model) == _rows(fresh.model())
    for row in range(model.rowCount()):
        assert tree.isExpanded(model.index(row, 0)) == fresh.isExpanded(fresh.model().index(row, 0))


def test_a_layer_added_on_top_resets_the_tree_in_order(qtbot, demo_project):
    from widgets.layer_tree import LayerTree

    project = Project.load(demo_project)
    tree = LayerTree(project.layers)
    qtbot.addWidget(tree)
    moved = project.layers[len(project.layers) // 2]
    project.layers.remove(moved)
    project.layers.insert(0, moved)  # a newly opened file goes on top
    fresh = LayerTree(project.layers)
    qtbot.addWidget(fresh)
    assert _rows(tree.model()) == _rows(fresh.model())
    assert tree.model().layer_at(tree.model().index(0, 0)) is moved
