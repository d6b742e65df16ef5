"""Geometry edits of a store layer go through the store: versioned, audited, undone as store edits, and
refused when someone else saved the feature in between (a real GeoPackage store, no Qt)."""

from __future__ import annotations

import pytest
import shapely

from datasources.errors import EditConflict
from layers import geometry_edit as ge
from layers.edit_history import EditHistory
from layers.layer_edits import StoreLayerEdits
from layers.store_layer import store_layer
from tests.layers.test_edit_history import admin, store  # noqa: F401 (fixtures)


@pytest.fixture
def village_layer(admin):  # noqa: F811
    layer = store_layer("villages", admin.features.read("villages"), crs=f"EPSG:{admin.store.srid}")
    history = EditHistory(admin)
    edits = StoreLayerEdits(layer, history, lambda: setattr(layer, "data", admin.features.read("villages")))
    return layer, edits, history


def _coords(geom):
    return shapely.get_coordinates(geom).tolist()


def test_a_dragged_vertex_is_a_versioned_audited_store_edit_and_undo_is_one_too(admin, village_layer):  # noqa: F811
    layer, edits, history = village_layer
    vid = int(layer.data.index[0])
    before = layer.data.geometry.iloc[0]
    version = int(layer.data["version"].iloc[0])
    moved = ge.move_vertex(before, (0, 0, 0), 499_900, 2_999_900)
    edits.replace_geometry(0, moved)
    stored = admin.features.get("villages", vid)
    assert int(stored["version"]) == version + 1
    assert _coords(layer.data.geometry.iloc[0]) == _coords(stored["geom"]) == _coords(moved)
    log = admin.audit.log(text=f"villages:{vid}")
    assert "edit" in set(log["event"]) and "geometry changed" in str(log["detail"].iloc[0])
    assert edits.can_undo and not edits.modified  # saved at once
    edits.undo()
    assert shapely.equals(admin.features.get("villages", vid)["geom"], before)
    assert shapely.equals(layer.data.geometry.iloc[0], before)
    edits.redo()
    assert shapely.equals(layer.data.geometry.iloc[0], moved)


def test_someone_elses_save_in_between_is_a_conflict_not_an_overwrite(admin, village_layer):  # noqa: F811
    layer, edits, history = village_layer
    vid = int(layer.data.index[0])
    admin.features.update("villages", vid, {"population": 1000}, int(layer.data["version"].iloc[0]))
    with pytest.raises(EditConflict):  # the layer still shows the version read before
        edits.replace_geometry(0, ge.translate(layer.data.geometry.iloc[0], 10, 0))
    assert admin.features.get("villages", vid)["population"] == 1000
    assert not edits.can_undo


def test_a_drawn_village_is_added_and_deleted_through_the_store(admin, village_layer):  # noqa: F811
    layer, edits, history = village_layer
    square = ge.from_vertices("polygon", [(502_000, 3_000_000), (503_000, 3_000_000), (503_000, 3_001_000)])
    row = edits.add_feature(square, {"village_code": "V02", "name_zh": "石桥村", "population": "",
                                     "not_a_column": None})
    vid = int(layer.data.index[row])
    assert admin.features.get("villages", vid)["village_code"] == "V02" and len(layer.data) == 2
    edits.delete_features([row])
    assert len(admin.features.read("villages")) == 1 and len(layer.data) == 1
    edits.undo()  # the village comes back under its old id
    assert admin.features.get("villages", vid)["name_zh"] == "石桥村" and len(layer.data) == 2
    events = set(admin.audit.log(text=f"villages:{vid}")["event"])
    assert {"add", "delete"} <= events
