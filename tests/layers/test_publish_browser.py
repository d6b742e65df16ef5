"""The published disclosure map in real headless Chromium: it opens from ``file://`` with no request leaving
the machine and shows its layers; 200 script-injection payloads placed in every published text (names,
field names, values, layer titles, legend labels, the page title) run none of them, with every popup
opened and the village search listing them; a layer with an ID number or a phone number is refused."""

from __future__ import annotations

import itertools
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest

from layers.publishing.catalog import LayerSource
from layers.publishing.errors import PublishRefused
from layers.publishing.webmap import publish
from tests.layers import browser_kit

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "resources" / "demo" / "qingxi.project.gpkg"

pytestmark = pytest.mark.skipif(not browser_kit.available(), reason="Debian chromium and chromium-driver are "
                                                                     "not installed (make system-deps)")

_CALLS = ("alert(1)", "window.__xss=1", "top.__xss=1", "confirm(1)", "prompt(1)")
_SHAPES = (
    "<script>{c}</script>", "<img src=x onerror={c}>", "<svg onload={c}>", "<svg/onload={c}>",
    "<iframe srcdoc=\"<script>parent.__xss=1</script>\">", "<details open ontoggle={c}>",
    "<body onload={c}>", "<a href=javascript:{c}>x</a>", "<input autofocus onfocus={c}>",
    "<video><source onerror={c}></video>", "<math><mtext><table><mglyph><style><img src=x onerror={c}>",
    "<!--<img src=\"--><img src=x onerror={c}//\">", "<object data=\"javascript:{c}\">",
    "<marquee onstart={c}>", "<style onload={c}></style>", "<textarea></textarea><img src=x onerror={c}>",
    "<select autofocus onfocus={c}>", "<embed src=\"javascript:{c}\">", "javascript:{c}",
    "{{{{constructor.constructor('{c}')()}}}}",
)
_BREAKS = ("", "\"><", "'><", "</script>", "</title>", "</textarea>", "</style>", "-->", "]]>", "`;")


def payloads(n: int = 200) -> list[str]:
    """``n`` distinct payloads: each shape after each context break, calling each alarm in turn."""
    out = []
    for (shape, brk), call in zip(itertools.product(_SHAPES, _BREAKS), itertools.cycle(_CALLS)):
        out.append(brk + shape.format(c=call))
    return out[:n]


def hostile_source(bad: list[str]) -> tuple[LayerSource, dict]:
    """The demo villages and facilities with payloads in their names and values, and small layers whose
    names (titles, legend labels) and field names are payloads."""
    feed = iter(bad)
    villages = pyogrio.read_dataframe(PROJECT, layer="villages")
    facilities = pyogrio.read_dataframe(PROJECT, layer="facilities")
    for frame, columns in ((villages, ("name_zh", "name_pinyin")), (facilities, ("name_zh", "name_en"))):
        for column in columns:
            frame[column] = [next(feed, "x") for _ in range(len(frame))]
    tables = {"villages": villages, "facilities": facilities}
    choice = {"villages": ["name_zh", "name_pinyin", "population"], "facilities": ["kind", "name_zh", "name_en"]}
    rest = list(feed) or bad[:20]
    for k in range(0, min(len(rest), 20), 4):
        name, fields = rest[k], rest[k + 1:k + 4]
        small = gpd.GeoDataFrame({f: [rest[(k + j) % len(rest)] for j in range(3)] for f in fields},
                                 geometry=facilities.geometry.iloc[:3].to_numpy(), crs=facilities.crs)
        tables[name] = small
        choice[name] = list(fields)
    return LayerSource(tables), choice


OPEN_EVERYTHING = """
var t = window.townshipMap, n = 0;
Object.keys(t.overlays).forEach(function (title, li) {
  var group = t.overlays[title];
  if (group.openIndex) {  // many points on one canvas
    for (var i = 0; i < group.layer.rows.length; i++) { group.openIndex(i); n++; }
  }
  t.refs[li].forEach(function (l) {
    if (l.openPopup && l.getPopup && l.getPopup()) { l.openPopup(); }
    else { group.fire('click', {layer: l, latlng: l.getLatLng()}); }
    n++;
  });
});
var input = document.querySelector('.tc-search input');
['<', 'script', 'x', 'on', '"', "'"].forEach(function (q) {
  input.value = q; input.dispatchEvent(new Event('input'));
  document.querySelectorAll('.tc-search li').forEach(function (li) { li.click(); });
});
return n;
"""
INJECTED = ("return document.querySelectorAll('[onerror],[onload],[ontoggle],[onfocus],[onstart],iframe,"
            "object,embed,video,details,marquee,math,textarea:not(.tc-keep)').length")


def test_the_demo_opens_offline_and_shows_its_layers(tmp_path):
    source = LayerSource({n: pyogrio.read_dataframe(PROJECT, layer=n) for n in
                          ("township_boundary", "villages", "facilities", "hazard_zones", "households",
                           "rivers", "roads")})
    result = publish(source, dict.fromkeys(source.names()), tmp_path / "demo", "青溪镇村务公开地图")
    with browser_kit.chromium() as driver:
        browser_kit.requested_urls(driver)  # the browser's own start page
        driver.get(result.page.as_uri())
        browser_kit.wait_ready(driver)
        driver.execute_script("return new Promise(function (r) { setTimeout(r, 500); })")
        urls = browser_kit.requested_urls(driver)
        assert urls and all(u.startswith("file://") or u.startswith("data:") for u in urls), urls
        entries = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(u.startswith("file://") for u in entries), entries
        shown = driver.execute_script(
            "return [document.querySelectorAll('.leaflet-control-layers-overlays label').length,"
            " document.querySelectorAll('.tc-label').length, document.querySelectorAll('.tc-legend div').length,"
            " document.querySelectorAll('.marker-cluster').length,"
            " Object.keys(window.townshipMap.overlays).filter(k => window.townshipMap.map.hasLayer("
            "   window.townshipMap.overlays[k])).length]")
        assert shown[0] == 7 and shown[1] == 22 and shown[2] >= 7 and shown[3] > 0 and shown[4] == 7
        png = tmp_path / "demo.png"
        driver.save_screenshot(str(png))
        # the village search needs no network: typing part of a name lists it, choosing it opens its popup
        found = driver.execute_script(
            "var input = document.querySelector('.tc-search input'); input.value = '青溪';"
            "input.dispatchEvent(new Event('input'));"
            "var items = Array.from(document.querySelectorAll('.tc-search li')).map(li => li.textContent);"
            "document.querySelector('.tc-search li').click();"
            "var popup = document.querySelector('.leaflet-popup-content');"
            "return [items, popup ? popup.textContent : '', window.townshipMap.map.getZoom()];")
        assert found[0] == ["青溪村"] and "青溪村" in found[1] and found[2] >= 13
        # the printable view: controls hidden, title and legend kept
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        shown = driver.execute_script(
            "return ['.leaflet-control-zoom', '.tc-search', '.leaflet-control-layers', '.tc-legend', '.tc-title']"
            ".map(s => getComputedStyle(document.querySelector(s)).display)")
        assert shown[:3] == ["none"] * 3 and "none" not in shown[3:]
    from PIL import Image

    image = Image.open(png).convert("RGB")
    background = image.getpixel((image.width // 2, image.height - 60))
    colours = image.resize((128, 90)).getcolors(128 * 90)
    assert len(colours) > 50, "the map shows little more than its background"
    assert background != (255, 255, 255) or len(colours) > 50


def test_two_hundred_payloads_in_every_text_run_none(tmp_path):
    bad = payloads()
    assert len(set(bad)) == 200
    source, choice = hostile_source(bad)
    result = publish(source, choice, tmp_path / "hostile", bad[-1] + "公开地图")
    with browser_kit.chromium() as driver:
        browser_kit.requested_urls(driver)
        driver.get(result.page.as_uri())
        browser_kit.wait_ready(driver)
        opened = driver.execute_script(OPEN_EVERYTHING)
        assert opened >= 22 + 79
        driver.execute_script("return new Promise(function (r) { setTimeout(r, 800); })")
        assert driver.execute_script("return window.__xss") == 0
        assert driver.execute_script(INJECTED) == 0
        text = driver.execute_script("return document.body.innerText")
        # the payloads are shown as the text they are: in the legend, the layer control and the popups
        assert bad[0] in text or bad[0].strip() in text
        assert sum(p in text for p in bad) > 20
        urls = browser_kit.requested_urls(driver)
        assert all(u.startswith("file://") or u.startswith("data:") for u in urls), urls
        assert not [u for u in urls if u.endswith("/x")]  # no <img src=x> was ever made


def test_a_layer_with_an_id_number_or_a_phone_is_refused(tmp_path):
    villages = pyogrio.read_dataframe(PROJECT, layer="villages")
    for column, value in (("remark", "值班电话 13905710000"), ("remark", "身份证 330122198001011235")):
        frame = villages.assign(remark=None)
        frame.loc[7, column] = value
        with pytest.raises(PublishRefused, match="layer 'villages', field 'remark' holds"):
            publish(LayerSource({"villages": frame}), {"villages": ["name_zh", "remark"]}, tmp_path / "r", "t")
        assert not (tmp_path / "r").exists()
