"""The search index without a window: pinyin finds Chinese names; villages come first, then facilities,
then the rest, each layer's hits together; a list's line leads back to its feature."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.project import Project
from layers.search_index import find_label, grouped, label, matches, search_index
from layers.vector import VectorLayer


def layer(kind: str, names: list[str], shape) -> VectorLayer:
    frame = gpd.GeoDataFrame({"name_zh": names}, geometry=[shape] * len(names), crs="EPSG:4549")
    made = VectorLayer(frame, kind)
    made.store_kind = kind
    return made


def search_project() -> Project:
    """Villages, hazard zones, facilities and roads that all have a 上塘 (Shangtang) in them."""
    project = Project()
    point, box = shapely.Point(500_000, 3_000_000), shapely.box(500_000, 3_000_000, 501_000, 3_001_000)
    # drawn in the order a map has them: points on top, villages at the bottom
    project.layers.append(layer("villages", ["上塘村", "下塘村"], box))
    project.layers.append(layer("hazard_zones", ["上塘山洪区"], box))
    project.layers.append(layer("facilities", ["上塘小学", "上塘卫生室"], point))
    project.layers.append(layer("roads", ["上塘路"], point))
    return project


@pytest.fixture
def project():
    return search_project()


def test_villages_come_first_then_facilities_then_the_rest_grouped(project):
    hits = matches(search_index(list(reversed(project.layers))), "shangtang")
    kinds = [hit[1].store_kind for hit in hits]
    assert kinds[0] == "villages" and kinds[1:3] == ["facilities", "facilities"]
    assert set(kinds[3:]) == {"hazard_zones", "roads"}
    assert hits[0][0].startswith("上塘村")
    assert [layer.store_kind for layer, _ in grouped(hits)] == ["villages", "facilities", kinds[3], kinds[4]]


def test_a_line_of_the_list_leads_back_to_its_feature(project):
    entries = search_index(project.layers)
    village = next(entry for entry in entries if entry[1].store_kind == "villages" and entry[2] == 1)
    assert label(village).startswith("下塘村") and "xiatang" in label(village) and "[" not in label(village)
    assert find_label(entries, label(village)) == village
    assert find_label(entries, "no such place") is None
    assert matches(entries, "  ") == []
