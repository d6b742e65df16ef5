"""The disclosure web map's model (no Qt): personal data refused on the values, every text escaped, the
page offline (no URL to the internet in what is written), polygons simplified, points clustered or on a
canvas, incident statistics per village only, hazard zones with their shelters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point, box

from layers.publishing.catalog import LayerSource, available, layer_frame
from layers.publishing.errors import PublishRefused
from layers.publishing.personal import field_refusal, has_phone, id_number_valid
from layers.publishing.webmap import js_json, publish

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "resources" / "demo" / "qingxi.project.gpkg"
URL = re.compile(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)
#: what Leaflet's own files say that is not a request (the SVG namespace, its attribution link, a comment)
LIBRARY_TEXT = {"http://www.w3.org", "https://leafletjs.com", "https://bugzilla.mozilla.org"}


def demo_source(*names: str) -> LayerSource:
    return LayerSource({n: (lambda n=n: pyogrio.read_dataframe(PROJECT, layer=n)) for n in names})


def valid_id(stem17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return stem17 + "10X98765432"[sum(int(d) * w for d, w in zip(stem17, weights, strict=True)) % 11]


def test_id_numbers_and_phones_are_found_on_the_values():
    good = valid_id("33012219800101123")
    assert id_number_valid(good)
    assert not id_number_valid(good[:-1] + ("0" if good[-1] != "0" else "1"))  # wrong check digit
    assert not id_number_valid("330122112201000000")  # no such birth date
    for phone in ("13812345678", "+86 138 1234 5678", "电话0571-88776655", "(0571)88776655", "057188776655"):
        assert has_phone(phone), phone
    for not_phone in ("330122112201", "2026-11-28", "1381234567", "21600"):
        assert not has_phone(not_phone), not_phone
    frame = gpd.GeoDataFrame({"remark": ["路灯坏了", f"联系 {good}", "ok"], "note": ["a", "b", "13912345678"],
                              "who": ["张伟", "李娜", "王芳"], "place": ["青溪村", "王家村", "李庄村"]},
                             geometry=[Point(0, 0)] * 3, crs="EPSG:4549")
    assert field_refusal("x", "remark", frame["remark"]).what == "id_number"
    assert field_refusal("x", "note", frame["note"]).what == "phone"
    assert field_refusal("x", "who", frame["who"]).what == "name"
    assert field_refusal("x", "place", frame["place"]) is None  # villages named after families are places
    assert field_refusal("x", "reporter_name", frame["place"]).what == "column"
    numeric = valid_id("33012219750615002")
    assert numeric[-1].isdigit()  # an ID number kept as an integer is found too
    assert field_refusal("x", "code", gpd.pd.Series([1, int(numeric), 3])).what == "id_number"


def test_a_layer_with_an_id_number_or_a_phone_is_refused_naming_it(tmp_path):
    villages = pyogrio.read_dataframe(PROJECT, layer="villages")
    villages["contact"] = None
    villages.loc[3, "name_pinyin"] = "call 13800138000"
    villages.loc[5, "households"] = int(valid_id("33012219750615002"))
    source = LayerSource({"villages": villages, "incidents": villages.head(1)})
    with pytest.raises(PublishRefused) as refused:
        publish(source, {"villages": None, "incidents": None}, tmp_path / "out", "t")
    text = refused.value.message
    assert "'villages', field 'name_pinyin' holds phone numbers" in text
    assert "'villages', field 'households' holds ID numbers" in text
    assert "'villages', field 'contact'" in text
    assert "layer 'incidents' is never published" in text
    assert not (tmp_path / "out").exists()  # nothing written
    published = publish(source, {"villages": ["name_zh", "population"]}, tmp_path / "out", "t")
    assert published.layers["villages"] == {"title": "行政村", "fields": ["name_zh", "population"], "features": 22}


def test_the_demo_map_is_offline_simplified_and_escaped(tmp_path):
    source = demo_source("villages", "facilities", "hazard_zones", "households")
    hostile = '</script><script>window.__xss=1</script><img src=x onerror="window.__xss=1">'
    villages = source.read("villages")
    villages.loc[0, "name_zh"] = hostile
    result = publish(source, {"villages": ["name_zh", "population"], "facilities": None, "hazard_zones": None,
                              "households": ["persons"]}, tmp_path / "map", "青溪镇" + hostile)
    page = result.page.read_text(encoding="utf-8")
    assert URL.findall(page) == []  # nothing to fetch from the internet
    for lib in (tmp_path / "map" / "lib").glob("*.*"):
        found = {m.group(0).lower() for m in re.finditer(r"https?://[a-z0-9.-]+", lib.read_text("utf-8"), re.I)}
        assert {u for u in found if not any(u.startswith(t) for t in LIBRARY_TEXT)} == set(), lib.name
    assert "<script>window.__xss" not in page and "<img src=x" not in page
    assert page.count("</script>") == page.count("<script")  # no value closed a script element
    data = json.loads(re.search(r'<script type="application/json" id="tc-data">(.*?)</script>', page, re.S)[1])
    layers = {layer["name"]: layer for layer in data["layers"]}
    assert layers["villages"]["rows"][0][0].startswith("&lt;/script&gt;&lt;script&gt;")
    assert layers["households"]["mode"] == "canvas" and layers["facilities"]["mode"] == "cluster"
    assert len(layers["households"]["points"]) == 2 * 21600
    raw = sum(len(g.exterior.coords) for g in source.read("hazard_zones").geometry)
    sent = sum(len(ring) for g in layers["hazard_zones"]["geoms"] for ring in g["coordinates"])
    assert sent < 0.7 * raw  # simplified for the web
    assert "疏散提示" in layers["hazard_zones"]["labels"] and layers["hazard_zones"]["rows"][0][-1].startswith(
        "险情发生时请撤离至")
    assert data["search"][0][0] == layers["villages"]["rows"][0][0]
    assert result.size < 5e6 and len(result.content_hash) == 64


def test_incidents_are_published_as_statistics_per_village_only():
    villages = gpd.GeoDataFrame({"village_code": ["V1", "V2"], "name_zh": ["甲村", "乙村"]},
                                geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:4549")
    incidents = gpd.GeoDataFrame({"village_code": ["V1", "V1", "V2"], "status": ["closed", "new", "new"],
                                  "category": ["waste", "waste", "noise"], "reporter_name": ["张三"] * 3},
                                 geometry=[Point(0.5, 0.5)] * 3, crs="EPSG:4549")
    source = LayerSource({"villages": villages, "incidents": incidents})
    names = {spec.name: spec for spec in available(source)}
    assert names["incidents"].refused_reason and "incident_stats" in names
    stats = layer_frame("incident_stats", source)
    assert list(stats["reports"]) == [2, 1] and list(stats["closed"]) == [1, 0]
    assert list(stats["categories"]) == ["垃圾 2", "噪声 1"]
    assert "reporter_name" not in stats.columns


def test_json_in_a_script_cannot_close_it():
    text = js_json({"a": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & >"}


@pytest.mark.realdata
def test_real_evacuation_centres_keep_their_contacts_home(real_data, tmp_path):
    """OpenStreetMap evacuation centres (Philippines): their phone, fax, e-mail and contact person fields
    are refused; their names and kinds are published (points, areas and lines together)."""
    centres = gpd.read_file(real_data / "facilities" / "ph_evacs_raw.geojson")
    source = LayerSource({"evacuation_centres": centres})
    fields = [c for c in centres.columns if c != "geometry"]
    with pytest.raises(PublishRefused) as refused:
        publish(source, {"evacuation_centres": fields}, tmp_path / "all", "t")
    named = {r.field for r in refused.value.refusals}
    assert {"phone", "contact:phone", "contact:person", "contact:email", "contact:fax"} <= named
    result = publish(source, {"evacuation_centres": ["name", "amenity"]}, tmp_path / "ok", "t")
    assert result.layers["evacuation_centres"]["features"] == len(centres)


def test_the_township_basemap_goes_beside_the_page(tmp_path):
    import sqlite3

    from datasources.tiles import encode_png

    tiles = tmp_path / "base.mbtiles"
    with sqlite3.connect(tiles) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                   "tile_data BLOB)")
        db.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "base"), ("format", "png"),
                                                              ("attribution", "<b>青溪镇</b>")])
        png = encode_png(__import__("numpy").full((256, 256, 4), 200, dtype="uint8"))
        db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(14, 13634, 16384 - 1 - 6800, png),
                                                                 (15, 27268, 32768 - 1 - 13600, png)])
    source = demo_source("villages")
    source.basemap = tiles
    result = publish(source, {"villages": ["name_zh"]}, tmp_path / "map", "t")
    assert (tmp_path / "map" / "tiles" / "14" / "13634" / "6800.png").read_bytes() == png
    assert (tmp_path / "map" / "tiles" / "15" / "27268" / "13600.png").exists()
    page = result.page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="tc-data">(.*?)</script>', page, re.S)[1])
    assert data["basemap"] == {"url": "tiles/{z}/{x}/{y}.png", "minzoom": 14, "maxzoom": 15,
                               "attribution": "&lt;b&gt;青溪镇&lt;/b&gt;"}
