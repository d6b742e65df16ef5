"""VectorLayer.check_validity: the background half of a fast open (no Qt)."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest
import shapely

from datasources.errors import Cancelled
from datasources.feedback import Feedback
from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN
from datasources.vector import open_vector
from layers.project import layers_from_file
from layers.vector import VectorLayer

BOWTIE = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
SPIKE = shapely.Polygon([(10, 0), (12, 0), (12, 2), (11, 2), (11, 5), (11, 2), (10, 2)])


def _parcels(tmp_path):
    geoms = [shapely.box(0, 0, 1, 1), None, BOWTIE, shapely.box(5, 5, 6, 6), SPIKE]
    frame = gpd.GeoDataFrame({"name": ["甲", "乙", "丙", "丁", "戊"]}, geometry=geoms,
                             crs="EPSG:4528")
    path = tmp_path / "parcels.gpkg"
    pyogrio.write_dataframe(frame, path, layer="parcels")
    return path


def _deferred_layer(tmp_path) -> VectorLayer:
    return VectorLayer.from_source(open_vector(_parcels(tmp_path), ReadOptions(validity="deferred")))


def test_check_validity_flags_what_the_full_read_flags(tmp_path):
    layer = _deferred_layer(tmp_path)
    full = open_vector(_parcels(tmp_path), ReadOptions(validity="full"))
    assert not layer.validity_checked and layer.problem_count == 1
    heard = []
    layer.events.data.connect(heard.append)
    assert layer.check_validity() == 2
    assert layer.validity_checked and layer.source.validity_checked
    assert list(layer.data[PROBLEM_COLUMN]) == list(full.data[PROBLEM_COLUMN])
    assert layer.problem_count == 3 and heard == [layer]
    assert "3 of 5 features" in " ".join(layer.source.warnings)
    assert "1 of 5 features" not in " ".join(layer.source.warnings)
    assert layer.check_validity() == 0 and heard == [layer]  # once is enough


def test_the_check_keeps_the_geometries_index_and_reprojections(tmp_path):
    layer = _deferred_layer(tmp_path)
    tree = layer.sindex
    geoms = list(layer.data.geometry.values)
    projected = list(layer.data_in("EPSG:4490").geometry.values)
    layer.check_validity()
    assert layer.sindex is tree
    assert all(a is b for a, b in zip(layer.data.geometry.values, geoms, strict=True))
    again = layer.data_in("EPSG:4490")
    assert all(a is b for a, b in zip(again.geometry.values, projected, strict=True))
    assert list(again[PROBLEM_COLUMN]) == list(layer.data[PROBLEM_COLUMN])


def test_a_clean_layer_is_checked_without_an_event(tmp_path):
    frame = gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:4528")
    path = tmp_path / "clean.gpkg"
    pyogrio.write_dataframe(frame, path)
    layer = VectorLayer.from_source(open_vector(path, ReadOptions(validity="deferred")))
    heard = []
    layer.events.data.connect(heard.append)
    assert layer.check_validity() == 0
    assert layer.validity_checked and heard == []


def test_cancelling_leaves_the_layer_unchecked(tmp_path):
    layer = _deferred_layer(tmp_path)
    before = list(layer.data[PROBLEM_COLUMN])
    with pytest.raises(Cancelled):
        layer.check_validity(Feedback(is_cancelled=lambda: True))
    assert not layer.validity_checked and list(layer.data[PROBLEM_COLUMN]) == before


def test_a_check_of_edited_geometries_is_done_again(tmp_path):
    layer = _deferred_layer(tmp_path)
    found = layer.find_validity_problems()  # in a worker, while the user edits
    layer.data.loc[0, "geometry"] = BOWTIE
    layer.data_changed()
    assert layer.apply_validity(found) == 3
    assert layer.data[PROBLEM_COLUMN].iloc[0].startswith("Self-intersection")


def test_find_reports_progress_and_changes_nothing(tmp_path):
    layer = _deferred_layer(tmp_path)
    steps = []
    found = layer.find_validity_problems(Feedback(lambda f, m: steps.append(f)))
    assert steps[-1] == 1.0 and steps == sorted(steps)
    assert not layer.validity_checked and layer.problem_count == 1
    assert (found.problems != "").sum() == 3


def test_a_layer_made_from_a_frame_counts_as_checked():
    frame = gpd.GeoDataFrame({PROBLEM_COLUMN: [""]}, geometry=[BOWTIE], crs="EPSG:4528")
    layer = VectorLayer(frame, "草图")
    assert layer.validity_checked and layer.check_validity() == 0
    assert layer.problem_count == 0


def test_layers_from_file_passes_the_mode(tmp_path):
    path = _parcels(tmp_path)
    deferred = ReadOptions(validity="deferred")
    assert [x.validity_checked for x in layers_from_file(path, deferred)] == [False]
    (full,) = layers_from_file(path)
    assert full.validity_checked and full.problem_count == 3
