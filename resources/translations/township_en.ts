<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AssumptionDialog</name>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="26" />
      <source>Check {name}</source>
      <translation>Check {name}</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="40" />
      <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
      <translation>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="44" />
      <source>the file declares no CRS</source>
      <translation>the file declares no CRS</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="46" />
      <source>CRS</source>
      <translation>CRS</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="49" />
      <source>Text encoding</source>
      <translation>Text encoding</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="52" />
      <source>Sample</source>
      <translation>Sample</translation>
    </message>
  </context>
  <context>
    <name>AttributeTable</name>
    <message>
      <location filename="../../widgets/attribute_table.py" line="103" />
      <source>Filter, e.g. population &gt; 1000 and name_zh contains '村'</source>
      <translation>Filter, e.g. population &gt; 1000 and name_zh contains '村'</translation>
    </message>
    <message>
      <location filename="../../widgets/attribute_table.py" line="106" />
      <source>Zoom to selection</source>
      <translation>Zoom to selection</translation>
    </message>
    <message>
      <location filename="../../widgets/attribute_table.py" line="139" />
      <source>{shown} of {total}</source>
      <translation>{shown} of {total}</translation>
    </message>
  </context>
  <context>
    <name>Bookmarks</name>
    <message>
      <location filename="../../console/bookmarks.py" line="56" />
      <source>Add bookmark</source>
      <translation>Add bookmark</translation>
    </message>
    <message>
      <location filename="../../console/bookmarks.py" line="57" />
      <source>Name of this view:</source>
      <translation>Name of this view:</translation>
    </message>
    <message>
      <location filename="../../console/bookmarks.py" line="78" />
      <source>Add bookmark…</source>
      <translation>Add bookmark…</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <location filename="../../console/file_actions.py" line="50" />
      <source>Open data</source>
      <translation>Open data</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="51" />
      <source>Data ({patterns});;All files (*)</source>
      <translation>Data ({patterns});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="65" />
      <source>Loading</source>
      <translation>Loading</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="118" />
      <source>CRS {crs} was assumed ({why})</source>
      <translation>CRS {crs} was assumed ({why})</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="119" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="121" />
      <source>text encoding {enc} was guessed</source>
      <translation>text encoding {enc} was guessed</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="101" />
      <location filename="../../console/file_actions.py" line="124" />
      <source>{n} feature(s) flagged with geometry problems</source>
      <translation>{n} feature(s) flagged with geometry problems</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="102" />
      <location filename="../../console/file_actions.py" line="127" />
      <source>Check them in the layer's properties.</source>
      <translation>Check them in the layer's properties.</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="150" />
      <source>Reloading</source>
      <translation>Reloading</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="87" />
      <source>Checking geometry</source>
      <translation>Checking geometry</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="173" />
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="174" />
      <location filename="../../console/file_actions.py" line="196" />
      <source>Township project (*.gpkg)</source>
      <translation>Township project (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="187" />
      <source>Opening project</source>
      <translation>Opening project</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="195" />
      <source>Save project</source>
      <translation>Save project</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="206" />
      <source>Saving failed</source>
      <translation>Saving failed</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="209" />
      <source>Saved {name}</source>
      <translation>Saved {name}</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="217" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="218" />
      <source>The project has unsaved changes. Save them first?</source>
      <translation>The project has unsaved changes. Save them first?</translation>
    </message>
  </context>
  <context>
    <name>IdentifyPanel</name>
    <message>
      <location filename="../../widgets/identify_panel.py" line="19" />
      <source>Feature / field</source>
      <translation>Feature / field</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="19" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="32" />
      <source>{n} feature(s)</source>
      <translation>{n} feature(s)</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="48" />
      <source>band {b}</source>
      <translation>band {b}</translation>
    </message>
  </context>
  <context>
    <name>LayerTree</name>
    <message>
      <location filename="../../widgets/layer_tree.py" line="238" />
      <source>Zoom to layer</source>
      <translation>Zoom to layer</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="240" />
      <source>Open attribute table</source>
      <translation>Open attribute table</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="241" />
      <source>Style…</source>
      <translation>Style…</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="242" />
      <source>Opacity</source>
      <translation>Opacity</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="249" />
      <source>Remove layer</source>
      <translation>Remove layer</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../console/main_window.py" line="79" />
      <source>Layers</source>
      <translation>Layers</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="81" />
      <location filename="../../console/main_window.py" line="154" />
      <source>Identify</source>
      <translation>Identify</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="86" />
      <source>Attribute table</source>
      <translation>Attribute table</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="115" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="120" />
      <source>Scale</source>
      <translation>Scale</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="127" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="128" />
      <source>&amp;Open data…</source>
      <translation>&amp;Open data…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="129" />
      <source>Open &amp;project…</source>
      <translation>Open &amp;project…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="130" />
      <source>Recent files</source>
      <translation>Recent files</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="132" />
      <source>Add &amp;basemap (MBTiles)…</source>
      <translation>Add &amp;basemap (MBTiles)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="133" />
      <source>Add &amp;web basemap (XYZ/WMTS)…</source>
      <translation>Add &amp;web basemap (XYZ/WMTS)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="136" />
      <source>&amp;Save project</source>
      <translation>&amp;Save project</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="137" />
      <source>Save project &amp;as…</source>
      <translation>Save project &amp;as…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="140" />
      <source>E&amp;xit</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="141" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="142" />
      <source>Zoom to &amp;full extent</source>
      <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="144" />
      <source>&amp;Bookmarks</source>
      <translation>&amp;Bookmarks</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="147" />
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="149" />
      <source>Map tools</source>
      <translation>Map tools</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="151" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="154" />
      <source>Pan</source>
      <translation>Pan</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="155" />
      <source>Select by rectangle</source>
      <translation>Select by rectangle</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="156" />
      <source>Select by polygon</source>
      <translation>Select by polygon</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="157" />
      <source>Measure distance</source>
      <translation>Measure distance</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="158" />
      <source>Measure area</source>
      <translation>Measure area</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="166" />
      <source>Full extent</source>
      <translation>Full extent</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="200" />
      <source>Measured: {result}</source>
      <translation>Measured: {result}</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="212" />
      <source>{count} features selected in {layer}</source>
      <translation>{count} features selected in {layer}</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="239" />
      <source>Add basemap</source>
      <translation>Add basemap</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="240" />
      <source>MBTiles basemaps (*.mbtiles)</source>
      <translation>MBTiles basemaps (*.mbtiles)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="309" />
      <source>Type a scale such as 1:10000</source>
      <translation>Type a scale such as 1:10000</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="318" />
      <source>Project CRS</source>
      <translation>Project CRS</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="319" />
      <source>Draw the map in:</source>
      <translation>Draw the map in:</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="330" />
      <source>Unknown CRS: {crs}</source>
      <translation>Unknown CRS: {crs}</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="377" />
      <source>New project</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="379" />
      <source>Township Console</source>
      <translation>Township Console</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../widgets/message_bar.py" line="25" />
      <location filename="../../widgets/message_bar.py" line="58" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../console/search.py" line="57" />
      <source>Search village or facility (名称 / pinyin)</source>
      <translation>Search village or facility (名称 / pinyin)</translation>
    </message>
  </context>
  <context>
    <name>StyleDialog</name>
    <message>
      <location filename="../../widgets/style_dialog.py" line="16" />
      <source>Style — {name}</source>
      <translation>Style — {name}</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="21" />
      <source>Single symbol</source>
      <translation>Single symbol</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="21" />
      <source>Categorized</source>
      <translation>Categorized</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="22" />
      <source>Graduated</source>
      <translation>Graduated</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="32" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="32" />
      <source>Equal interval</source>
      <translation>Equal interval</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="33" />
      <source>Natural breaks (Jenks)</source>
      <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="42" />
      <source>(no labels)</source>
      <translation>(no labels)</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="48" />
      <source>Renderer</source>
      <translation>Renderer</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="49" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="50" />
      <source>Colour ramp</source>
      <translation>Colour ramp</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="51" />
      <source>Classification</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="52" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="53" />
      <source>Fill</source>
      <translation>Fill</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="54" />
      <source>Outline</source>
      <translation>Outline</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="55" />
      <source>Labels</source>
      <translation>Labels</translation>
    </message>
  </context>
  <context>
    <name>WebBasemapDialog</name>
    <message>
      <location filename="../../console/web_basemaps.py" line="43" />
      <source>Add web basemap</source>
      <translation>Add web basemap</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="48" />
      <source>Tianditu key (tk), if the template has {key}</source>
      <translation>Tianditu key (tk), if the template has {key}</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="51" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="52" />
      <source>URL template</source>
      <translation>URL template</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="53" />
      <source>Key</source>
      <translation>Key</translation>
    </message>
  </context>
</TS>
