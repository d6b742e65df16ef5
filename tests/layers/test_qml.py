"""QGIS .qml: what style_to_qml writes is the QGIS structure, and style_from_qml reads it (and QGIS's) back."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import geopandas as gpd
import numpy as np
import pytest
import shapely

from layers.qml import DOCTYPE, layer_opacity_from_qml, style_from_qml, style_to_qml
from layers.style import Style


def _villages(n=300, seed=5):
    rng = np.random.default_rng(seed)
    return gpd.GeoDataFrame({
        "名称": [f"村{i % 7}" for i in range(n)],
        "等级": rng.integers(1, 4, n),
        "人口": rng.lognormal(6, 1, n),
    }, geometry=shapely.points(rng.random((n, 2))), crs="EPSG:4490")


def _styles():
    gdf = _villages()
    return gdf, {
        "single": Style(fill="#a1b2c3", stroke="#102030", stroke_width=0.8, marker_size=3.5,
                        marker_shape="square", opacity=0.6),
        "categorized": Style.categorized(gdf, "名称", label_field="名称", label_size=10.5,
                                         label_color="#334455"),
        "categorized_int": Style.categorized(gdf, "等级", ramp="set2"),
        "graduated": Style.graduated(gdf, "人口", method="natural_breaks", k=4, ramp="reds",
                                     label_field="名称"),
    }


def _parse(text):
    assert text.startswith(DOCTYPE + "\n")
    root = ET.fromstring(text.split("\n", 1)[1])
    assert root.tag == "qgis" and root.get("version") == "3.22.0"
    assert root.get("styleCategories") == "AllStyleCategories"
    return root


def _colour(symbol):
    layer = symbol.find("layer")
    return {o.get("name"): o.get("value") for o in layer.findall("Option/Option")}


def test_single_symbol_structure_for_each_geometry():
    _, styles = _styles()
    style = styles["single"]
    expected = {"polygon": ("fill", "SimpleFill", "color"), "line": ("line", "SimpleLine", "line_color"),
                "point": ("marker", "SimpleMarker", "color")}
    for kind, (symbol_type, layer_class, colour_key) in expected.items():
        root = _parse(style_to_qml(style, kind, "村庄"))
        renderer = root.find("renderer-v2")
        assert renderer.get("type") == "singleSymbol"
        symbol = renderer.find("symbols/symbol")
        assert symbol.get("type") == symbol_type and symbol.get("name") == "0"
        assert float(symbol.get("alpha")) == pytest.approx(0.6)
        assert symbol.find("layer").get("class") == layer_class
        options = _colour(symbol)
        # a polygon's fill is see-through (as on the canvas); lines and markers are not
        assert options[colour_key] == {"line": "16,32,48,255", "point": "161,178,195,255",
                                       "polygon": "161,178,195,191"}[kind]
        assert root.get("labelsEnabled") == "0" and root.find("labeling") is None
    marker = _colour(_parse(style_to_qml(style, "point")).find("renderer-v2/symbols/symbol"))
    assert marker["name"] == "square" and float(marker["size"]) == 3.5 and marker["size_unit"] == "MM"


def test_categorized_structure_and_labeling():
    _, styles = _styles()
    style = styles["categorized"]
    root = _parse(style_to_qml(style, "polygon", "村庄"))
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "名称"
    categories = renderer.findall("categories/category")
    assert [c.get("value") for c in categories] == [c.value for c in style.classes]
    assert [c.get("label") for c in categories] == [c.label for c in style.classes]
    assert all(c.get("render") == "true" for c in categories)
    names = {s.get("name") for s in renderer.findall("symbols/symbol")}
    assert {c.get("symbol") for c in categories} == names
    first = _colour(renderer.find("symbols/symbol[@name='0']"))
    r, g, b = (int(style.classes[0].fill[i:i + 2], 16) for i in (1, 3, 5))
    assert first["color"] == f"{r},{g},{b},191"
    assert root.get("labelsEnabled") == "1"
    labeling = root.find("labeling")
    assert labeling.get("type") == "simple"
    text_style = labeling.find("settings/text-style")
    assert text_style.get("fieldName") == "名称" and float(text_style.get("fontSize")) == 10.5
    assert text_style.get("textColor") == "51,68,85,255"


def test_graduated_structure():
    _, styles = _styles()
    style = styles["graduated"]
    renderer = _parse(style_to_qml(style, "point", "村庄")).find("renderer-v2")
    assert renderer.get("type") == "graduatedSymbol" and renderer.get("attr") == "人口"
    ranges = renderer.findall("ranges/range")
    assert len(ranges) == len(style.classes) == 4
    assert [float(r.get("lower")) for r in ranges] == [c.lower for c in style.classes]
    assert [float(r.get("upper")) for r in ranges] == [c.upper for c in style.classes]
    assert renderer.find("classificationMethod").get("id") == "Jenks"
    assert renderer.find("source-symbol/symbol") is not None
    assert renderer.find("colorramp").get("type") == "gradient"


def test_layer_opacity_and_symbol_alpha_go_into_the_qml():
    """QGIS draws a half-transparent hazard zone half-transparent: the layer's opacity is <layerOpacity>,
    the style's opacity the symbol's alpha."""
    root = _parse(style_to_qml(Style(fill="#d7301f", opacity=0.9), "polygon", "灾害风险区", opacity=0.55))
    assert float(root.findtext("layerOpacity")) == pytest.approx(0.55)
    assert float(root.find("renderer-v2/symbols/symbol").get("alpha")) == pytest.approx(0.9)
    assert layer_opacity_from_qml(ET.tostring(root, encoding="unicode")) == pytest.approx(0.55)
    assert float(_parse(style_to_qml(Style(), "point")).findtext("layerOpacity")) == 1.0
    assert layer_opacity_from_qml("not xml") is None


@pytest.mark.parametrize("kind", ["polygon", "point", "line"])
def test_round_trip(kind):
    gdf, styles = _styles()
    for name, style in styles.items():
        back = style_from_qml(style_to_qml(style, kind, "村庄"))
        if kind == "line":  # a QGIS line symbol has one colour: the line's
            style = style.replace(fill=back.fill)
        if kind != "point":  # only marker symbols carry a marker
            style = style.replace(marker_size=back.marker_size, marker_shape=back.marker_shape)
        assert back == style, name
        assert back.class_index(gdf).tolist() == style.class_index(gdf).tolist()
        assert back.legend(kind) == style.legend(kind)


QGIS_WRITTEN = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.4-Białowieża" styleCategories="AllStyleCategories" labelsEnabled="1">
  <renderer-v2 attr="kind" type="categorizedSymbol" symbollevels="0" forceraster="0" enableorderby="0">
    <categories>
      <category value="school" symbol="0" label="学校" render="true"/>
      <category value="" symbol="1" label="其他" render="true"/>
    </categories>
    <symbols>
      <symbol type="marker" name="0" alpha="0.8" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <prop k="color" v="255,0,0,255"/>
          <prop k="outline_color" v="0,0,0,255"/>
          <prop k="name" v="star"/>
          <prop k="size" v="4"/>
        </layer>
      </symbol>
      <symbol type="marker" name="1" alpha="0.8" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <prop k="color" v="0,0,255,255"/>
          <prop k="outline_color" v="0,0,0,255"/>
          <prop k="size" v="4"/>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="名称" fontSize="12" textColor="0,0,0,255"/>
    </settings>
  </labeling>
</qgis>
"""


def test_reads_qml_as_qgis_writes_it():
    style = style_from_qml(QGIS_WRITTEN)
    assert style.kind == "categorized" and style.field == "kind"
    assert [(c.value, c.label, c.fill) for c in style.classes] == [
        ("school", "学校", "#ff0000"), (None, "其他", "#0000ff")]
    assert style.opacity == pytest.approx(0.8) and style.marker_size == 4.0
    assert style.marker_shape == "star"
    assert (style.label_field, style.label_size) == ("名称", 12.0)
    gdf = gpd.GeoDataFrame({"kind": ["school", None, "school"]}, geometry=[None] * 3)
    assert style.class_index(gdf).tolist() == [0, 1, 0]
    unlabeled = QGIS_WRITTEN.replace('labelsEnabled="1"', 'labelsEnabled="0"')
    assert style_from_qml(unlabeled).label_field is None


def test_refuses_what_is_not_qml():
    with pytest.raises(ValueError):
        style_from_qml("<qgis><renderer-v2")
    with pytest.raises(ValueError):
        style_from_qml("<html></html>")
    bomb = ('<?xml version="1.0"?><!DOCTYPE qgis [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;">]><qgis>&b;</qgis>')
    with pytest.raises(ValueError):
        style_from_qml(bomb)
    assert style_from_qml("<qgis/>") == Style()
