"""Layer kinds answer for themselves: the kinds table, the reports' shown state, store layers."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers import kinds
from layers.base import Layer
from layers.basemap import BasemapLayer
from layers.incidents.layer import IncidentLayer, StoreIncidentLayer, vector_layer
from layers.project import Project
from layers.raster import RasterLayer
from layers.store_layer import StoreLayer, store_layer
from layers.vector import VectorLayer

CRS = "EPSG:4549"


def reports(n: int = 5) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"status": ["new"] * n, "category": ["road"] * n},
                            geometry=shapely.points(np.arange(n) * 10.0 + 500_000, np.full(n, 3_300_000.0)),
                            crs=CRS)


def test_every_saved_kind_names_its_class():
    assert kinds.layer_class("vector") is VectorLayer
    assert kinds.layer_class("raster") is RasterLayer
    assert kinds.layer_class("basemap") is BasemapLayer and kinds.layer_class("web_basemap") is BasemapLayer
    assert kinds.layer_class("incidents") is IncidentLayer
    assert {"vector", "raster", "basemap", "web_basemap", "incidents"} <= set(kinds.known_kinds())
    with pytest.raises(ValueError, match="unknown layer kind 'sensor_cloud'"):
        kinds.layer_class("sensor_cloud")
    with pytest.raises(TypeError, match="cannot be saved"):
        Layer("plain").state()


def test_the_reports_shown_are_evented_state_of_the_layer():
    layer = IncidentLayer(reports(), "incidents")
    seen = []
    layer.events.shown.connect(seen.append)
    assert layer.shown is None and layer.shown_rows().tolist() == [0, 1, 2, 3, 4]
    layer.shown = [1, 3, 9, -1]  # row positions; those outside the layer are ignored
    assert layer.shown.tolist() == [False, True, False, True, False]
    assert layer.shown_rows().tolist() == [1, 3]
    layer.shown = np.array([False, True, False, True, False])  # the same: no event
    assert len(seen) == 1
    with pytest.raises(ValueError):
        layer.shown[0] = True  # read-only: only the setter changes it (and says so)
    layer.shown = np.ones(5, dtype=bool)  # everything shown is None
    assert layer.shown is None and seen[-1] is None and len(seen) == 2


def test_showing_other_reports_is_no_change_to_the_project(tmp_path):
    project = Project(crs=CRS)
    layer = IncidentLayer(reports(), "incidents")
    project.layers.append(layer)
    project.save(tmp_path / "p.gpkg")
    layer.shown = [0]
    assert not project.dirty
    layer.opacity = 0.5
    assert project.dirty
    loaded = Project.load(tmp_path / "p.gpkg")
    assert type(loaded.layers[0]) is IncidentLayer and loaded.layers[0].kind == "incidents"


def test_a_file_of_reports_becomes_reports_and_store_layers_know_their_kind(tmp_path):
    assert type(vector_layer(reports(), "incidents")) is IncidentLayer
    assert type(vector_layer(reports(), "reports")) is VectorLayer
    assert type(vector_layer(reports()[["geometry"]], "incidents")) is VectorLayer
    path = tmp_path / "incidents.geojson"
    reports().to_file(path)
    project = Project(crs=CRS)
    (read,) = project.add_file(path)
    assert type(read) is IncidentLayer

    shown, villages = store_layer("incidents", reports()), store_layer("villages", reports())
    assert type(shown) is StoreIncidentLayer and isinstance(shown, StoreLayer)
    assert type(villages) is StoreLayer and villages.store_kind == "villages"
    assert not shown.in_project_file and read.in_project_file
    project.layers.extend([shown, villages])
    project.save(tmp_path / "p.gpkg")
    loaded = Project.load(tmp_path / "p.gpkg")
    assert [type(layer) for layer in loaded.layers] == [IncidentLayer]  # store layers stay in the store
    assert loaded.settings["store_layers"] == ["incidents", "villages"]
