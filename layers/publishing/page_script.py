"""The script and style of the disclosure page: layers drawn from one JSON object, popups, permanent
village labels, the legend, the layer control, a search by village name that needs no network, and the
printable view.

Every text in the JSON object is HTML-escaped already (:mod:`layers.publishing.webmap`); the script only
joins escaped texts with its own tags, and matches the search on the texts decoded by a ``<textarea>``
(which never runs markup). The JSON object is written with ``<``, ``>`` and ``&`` as ``\\u`` escapes, so no
value can close the ``<script>`` element.
"""

PAGE_CSS = """
html, body { margin: 0; padding: 0; height: 100%; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei",
  "Microsoft YaHei", "PingFang SC", sans-serif; }
.tc-title { position: absolute; z-index: 1000; top: 0; left: 0; right: 0; height: 44px; background: #fff;
  border-bottom: 1px solid #ccc; padding: 4px 12px; box-sizing: border-box; }
.tc-title h1 { font-size: 18px; margin: 0; line-height: 22px; }
.tc-title .tc-meta { font-size: 12px; color: #555; }
.folium-map { top: 44px !important; height: calc(100% - 44px) !important; }
.tc-popup table { border-collapse: collapse; font-size: 13px; }
.tc-popup th { text-align: left; padding: 1px 8px 1px 0; color: #555; font-weight: normal; white-space: nowrap; }
.tc-popup td { padding: 1px 0; }
.tc-popup b { display: block; margin-bottom: 4px; }
.tc-label { background: rgba(255,255,255,0.75); border: none; box-shadow: none; font-size: 12px;
  padding: 0 2px; color: #123; }
.tc-label::before { display: none; }
.tc-legend, .tc-search, .tc-print { background: #fff; padding: 6px 8px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font-size: 13px; }
.tc-legend h4 { margin: 2px 0 4px; font-size: 13px; }
.tc-legend .tc-swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px;
  border: 1px solid #555; vertical-align: middle; }
.tc-legend .tc-dot { border-radius: 50%; width: 10px; }
.tc-search input { width: 12em; font-size: 13px; }
.tc-search ul { list-style: none; margin: 4px 0 0; padding: 0; max-height: 14em; overflow-y: auto; }
.tc-search li { cursor: pointer; padding: 2px 4px; }
.tc-search li:hover, .tc-search li:focus { background: #e8f0fb; }
.tc-print button { font-size: 13px; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  .leaflet-control-zoom, .leaflet-control-layers, .tc-search, .tc-print { display: none !important; }
  .tc-title { position: static; border: none; }
  .folium-map { position: relative !important; top: 0 !important; width: 100% !important;
    height: 165mm !important; }
  .tc-legend { box-shadow: none; border: 1px solid #888; }
  .leaflet-popup { display: none; }
}
"""

PAGE_SCRIPT = r"""
(function () {
  var D = JSON.parse(document.getElementById('tc-data').textContent);
  var map = %(map)s;
  map.setMinZoom(3);
  map.setMaxZoom(19);
  var canvas = L.canvas({padding: 0.5});
  var refs = [], overlays = {};
  function popupHtml(layer, i) {
    var row = layer.rows[i], h = '<div class="tc-popup"><b>' + layer.title + '</b><table>';
    for (var k = 0; k < layer.labels.length; k++) {
      h += '<tr><th>' + layer.labels[k] + '</th><td>' + row[k] + '</td></tr>';
    }
    return h + '</table></div>';
  }
  // Many points: one canvas drawn in a pass at each move, no Leaflet object per point; a click opens the
  // popup of the nearest point within a few pixels.
  var PointCanvas = L.Layer.extend({
    initialize: function (layer) { this.layer = layer; },
    onAdd: function (m) {
      this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide tc-points');
      m.getPanes().overlayPane.appendChild(this._canvas);
      m.on('moveend zoomend resize viewreset', this._draw, this);
      m.on('click', this._click, this);
      this._draw();
    },
    onRemove: function (m) {
      L.DomUtil.remove(this._canvas);
      m.off('moveend zoomend resize viewreset', this._draw, this);
      m.off('click', this._click, this);
    },
    _draw: function () {
      var m = this._map, size = m.getSize(), c = this._canvas, p = this.layer.points, fills = this.layer.fills;
      L.DomUtil.setPosition(c, m.containerPointToLayerPoint([0, 0]));
      c.width = size.x; c.height = size.y;
      var ctx = c.getContext('2d'), b = m.getBounds().pad(0.02);
      var s = b.getSouth(), nn = b.getNorth(), w = b.getWest(), e = b.getEast();
      var r = m.getZoom() >= 16 ? 3 : (m.getZoom() >= 14 ? 2 : 1.3);
      ctx.globalAlpha = 0.85; ctx.fillStyle = this.layer.colour;
      for (var i = 0, n = p.length / 2; i < n; i++) {
        var lat = p[2 * i], lng = p[2 * i + 1];
        if (lat < s || lat > nn || lng < w || lng > e) { continue; }
        var pt = m.latLngToContainerPoint([lat, lng]);
        if (fills) { ctx.fillStyle = fills[i]; }
        ctx.fillRect(pt.x - r, pt.y - r, 2 * r, 2 * r);
      }
    },
    _click: function (ev) {
      var m = this._map, p = this.layer.points, best = -1, bestD = 36;
      for (var i = 0, n = p.length / 2; i < n; i++) {
        var pt = m.latLngToContainerPoint([p[2 * i], p[2 * i + 1]]);
        var d = (pt.x - ev.containerPoint.x) * (pt.x - ev.containerPoint.x)
              + (pt.y - ev.containerPoint.y) * (pt.y - ev.containerPoint.y);
        if (d < bestD) { bestD = d; best = i; }
      }
      if (best >= 0) { this.openIndex(best); }
    },
    openIndex: function (i) {
      L.popup().setLatLng([this.layer.points[2 * i], this.layer.points[2 * i + 1]])
        .setContent(popupHtml(this.layer, i)).openOn(this._map);
    }
  });
  D.layers.forEach(function (layer, li) {
    var group, items = [];
    if (layer.kind === 'point' && layer.mode === 'canvas') {
      group = new PointCanvas(layer);
    } else if (layer.kind === 'point') {
      group = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40});
      var p = layer.points, n = p.length / 2;
      for (var i = 0; i < n; i++) {
        var m = L.circleMarker([p[2 * i], p[2 * i + 1]], {
          renderer: canvas, radius: 6, weight: 1, color: '#333',
          fillColor: layer.fills ? layer.fills[i] : layer.colour, fillOpacity: 0.85});
        m.tcIndex = i;
        items.push(m);
      }
      group.addLayers(items);
      group.on('click', function (e) {
        L.popup().setLatLng(e.layer.getLatLng()).setContent(popupHtml(layer, e.layer.tcIndex)).openOn(map);
      });
    } else {
      var features = layer.geoms.map(function (g, i) {
        return {type: 'Feature', geometry: g, properties: {i: i}};
      });
      group = L.geoJSON({type: 'FeatureCollection', features: features}, {
        style: function (f) {
          var fill = layer.fills ? layer.fills[f.properties.i] : layer.colour;
          return layer.kind === 'line' ? {color: fill, weight: 2}
            : {color: layer.colour, weight: layer.outline ? 2.5 : 1.2, fillColor: fill,
               fillOpacity: layer.outline ? 0 : 0.3};
        },
        onEachFeature: function (f, l) {
          var i = f.properties.i;
          items[i] = l;
          l.bindPopup(function () { return popupHtml(layer, i); });
          if (layer.label >= 0 && layer.rows[i][layer.label]) {
            l.bindTooltip(layer.rows[i][layer.label], {permanent: true, direction: 'center', className: 'tc-label'});
          }
        }
      });
    }
    refs.push(items);
    if (layer.visible) { group.addTo(map); }
    overlays[layer.title] = group;
  });
  if (D.basemap) {
    L.tileLayer(D.basemap.url, {minZoom: 0, maxNativeZoom: D.basemap.maxzoom, maxZoom: 19,
                                attribution: D.basemap.attribution}).addTo(map).bringToBack();
  }
  L.control.layers(null, overlays, {collapsed: false, position: 'topright'}).addTo(map);
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'tc-legend');
    div.innerHTML = D.legend;
    return div;
  };
  legend.addTo(map);
  var decoder = document.createElement('textarea');
  function plain(html) { decoder.innerHTML = html; return decoder.value; }
  var names = D.search.map(function (s) { return plain(s[0]).toLowerCase(); });
  var search = L.control({position: 'topleft'});
  search.onAdd = function () {
    var div = L.DomUtil.create('div', 'tc-search');
    var input = L.DomUtil.create('input', '', div);
    input.type = 'search'; input.placeholder = D.words.search; input.setAttribute('aria-label', D.words.search);
    var list = L.DomUtil.create('ul', '', div);
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    function go(k) {
      var s = D.search[k], l = refs[s[1]][s[2]];
      if (!l) { return; }
      map.fitBounds(l.getBounds ? l.getBounds() : L.latLngBounds([l.getLatLng()]), {maxZoom: 16});
      l.openPopup ? l.openPopup() : null;
    }
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      list.innerHTML = '';
      if (!q) { return; }
      names.forEach(function (name, k) {
        if (name.indexOf(q) < 0 || list.childNodes.length >= 20) { return; }
        var li = L.DomUtil.create('li', '', list);
        li.tabIndex = 0;
        li.innerHTML = D.search[k][0];
        li.addEventListener('click', function () { go(k); });
        li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { go(k); } });
      });
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && list.firstChild) { list.firstChild.click(); }
    });
    return div;
  };
  search.addTo(map);
  var print = L.control({position: 'topleft'});
  print.onAdd = function () {
    var div = L.DomUtil.create('div', 'tc-print');
    var button = L.DomUtil.create('button', '', div);
    button.type = 'button'; button.textContent = D.words.print;
    L.DomEvent.disableClickPropagation(div);
    button.addEventListener('click', function () { window.print(); });
    return div;
  };
  print.addTo(map);
  map.fitBounds(D.bounds);
  window.townshipMap = {map: map, overlays: overlays, refs: refs, ready: true};
})();
"""
