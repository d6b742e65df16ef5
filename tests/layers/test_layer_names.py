"""Layers have a source name and a display name (as in QGIS): the township's layers are called in the
interface language until the user renames them, a rename is saved with the project, a file's layer takes
the file's name when the file calls it ``layer1``; code lists and field aliases come in both languages."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers import code_lists
from layers.base import file_layer_name
from layers.expression import ExpressionError, evaluate
from layers.project import Project
from layers.vector import VectorLayer


@pytest.fixture
def chinese():
    code_lists.set_language("zh_CN")
    yield
    code_lists.set_language("en")


def _villages() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name_zh": ["青溪村"], "population": [800]},
                            geometry=[shapely.box(500_000, 3_000_000, 501_000, 3_001_000)], crs="EPSG:4549")


def test_township_layers_are_called_in_the_interface_language(chinese):
    layer = VectorLayer(_villages(), "villages")
    assert (layer.source_name, layer.name, layer.title) == ("villages", "行政村", None)
    code_lists.set_language("en")
    assert layer.name == "Villages"
    other = VectorLayer(_villages(), "水井")
    assert other.name == "水井"


def test_a_rename_is_kept_and_saved_and_renaming_back_follows_the_language_again(chinese, tmp_path):
    project = Project()
    layer = VectorLayer(_villages(), "villages")
    project.layers.append(layer)
    seen = []
    layer.events.name.connect(seen.append)
    layer.name = "我的村界"
    assert (layer.name, layer.title, seen) == ("我的村界", "我的村界", ["我的村界"])
    project.save(tmp_path / "p.gpkg")
    loaded = Project.load(tmp_path / "p.gpkg").layers[0]
    assert (loaded.source_name, loaded.name) == ("villages", "我的村界")
    assert Project.load(tmp_path / "p.gpkg").layers.by_name("villages") is not None
    loaded.name = "行政村"  # the source's own name again: no title of its own
    assert loaded.title is None
    code_lists.set_language("en")
    assert loaded.name == "Villages"


@pytest.mark.parametrize(("path", "layer", "name"), [
    ("data/twTown1982.topo.json", "layer1", "twTown1982"),
    ("data/水井.kml", "layer2", "水井 2"),
    ("data/iligan_flood_hazard.geojson.gz", "iligan_flood_hazard.geojson", "iligan_flood_hazard"),
    ("data/村界.gpkg", "roads", "roads"),
    ("data/x.geojson", "OGRGeoJSON", "x"),
    ("data/x.csv", None, "x"),
])
def test_a_file_layer_takes_the_file_name_instead_of_a_generic_one(path, layer, name):
    assert file_layer_name(path, layer) == name


def test_code_lists_and_aliases_in_both_languages():
    assert code_lists.label("facility_kind", "school", "zh_CN") == "学校"
    assert code_lists.label("facility_kind", "school", "en") == "School"
    assert code_lists.value_label("hazard_zones", "level", "high", "zh_CN") == "高风险"
    assert code_lists.value_label("roads", "class", "county", "en") == "County road"
    assert code_lists.value_label("sensors", "kind", "rain_gauge", "zh_CN") == "雨量站"
    assert code_lists.value_label("villages", "name_zh", "青溪村", "en") == "青溪村"  # not coded
    assert code_lists.label("role", "administrator", "en") == "Administrator"
    assert code_lists.label("incident_status", "unknown_status", "zh_CN") == "unknown_status"
    assert code_lists.field_alias("villages", "name_zh", "zh_CN") == "名称"
    assert code_lists.field_alias("hazard_zones", "source", "en") == "Basis"
    assert code_lists.field_alias(None, "my_field", "zh_CN") == "my_field"
    headers = code_lists.export_headers(["case_number", "category", "category_zh", "lon"], "incidents", "zh_CN")
    assert headers == {"case_number": "案件编号", "category": "类别代码", "category_zh": "类别",
                       "lon": "经度 (WGS 84)"}


def test_filter_errors_carry_their_template_and_parameters():
    frame = gpd.GeoDataFrame({"population": [1, 2]}, geometry=[None, None])
    with pytest.raises(ExpressionError) as caught:
        evaluate("populaton > 1", frame)
    assert caught.value.template == "no column named {name}"
    assert caught.value.params == {"name": "'populaton'"}
    assert str(caught.value) == "no column named 'populaton'"
    with pytest.raises(ExpressionError) as caught:
        evaluate("population >", frame)
    assert caught.value.template == "expected {what} but the filter ends"
