<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AssumptionDialog</name>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="26" />
      <source>Check {name}</source>
      <translation>检查 {name}</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="40" />
      <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
      <translation>此文件未声明以下信息，已按推测处理。请确认或更正。</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="44" />
      <source>the file declares no CRS</source>
      <translation>文件未声明坐标参考系</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="46" />
      <source>CRS</source>
      <translation>坐标参考系</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="49" />
      <source>Text encoding</source>
      <translation>文本编码</translation>
    </message>
    <message>
      <location filename="../../widgets/assumption_dialog.py" line="52" />
      <source>Sample</source>
      <translation>示例</translation>
    </message>
  </context>
  <context>
    <name>AttributeTable</name>
    <message>
      <location filename="../../widgets/attribute_table.py" line="103" />
      <source>Filter, e.g. population &gt; 1000 and name_zh contains '村'</source>
      <translation>筛选，例如 population &gt; 1000 and name_zh contains '村'</translation>
    </message>
    <message>
      <location filename="../../widgets/attribute_table.py" line="106" />
      <source>Zoom to selection</source>
      <translation>缩放到所选要素</translation>
    </message>
    <message>
      <location filename="../../widgets/attribute_table.py" line="139" />
      <source>{shown} of {total}</source>
      <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
  </context>
  <context>
    <name>Bookmarks</name>
    <message>
      <location filename="../../console/bookmarks.py" line="56" />
      <source>Add bookmark</source>
      <translation>添加书签</translation>
    </message>
    <message>
      <location filename="../../console/bookmarks.py" line="57" />
      <source>Name of this view:</source>
      <translation>此视图的名称：</translation>
    </message>
    <message>
      <location filename="../../console/bookmarks.py" line="78" />
      <source>Add bookmark…</source>
      <translation>添加书签…</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <location filename="../../console/file_actions.py" line="50" />
      <source>Open data</source>
      <translation>打开数据</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="51" />
      <source>Data ({patterns});;All files (*)</source>
      <translation>数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="65" />
      <source>Loading</source>
      <translation>正在加载</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="118" />
      <source>CRS {crs} was assumed ({why})</source>
      <translation>假定坐标参考系为 {crs}（{why}）</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="119" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="121" />
      <source>text encoding {enc} was guessed</source>
      <translation>文本编码为推测的 {enc}</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="101" />
      <location filename="../../console/file_actions.py" line="124" />
      <source>{n} feature(s) flagged with geometry problems</source>
      <translation>{n} 个要素被标记为存在几何问题</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="102" />
      <location filename="../../console/file_actions.py" line="127" />
      <source>Check them in the layer's properties.</source>
      <translation>请在图层属性中检查。</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="150" />
      <source>Reloading</source>
      <translation>正在重新加载</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="87" />
      <source>Checking geometry</source>
      <translation>正在检查几何</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="173" />
      <source>Open project</source>
      <translation>打开工程</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="174" />
      <location filename="../../console/file_actions.py" line="196" />
      <source>Township project (*.gpkg)</source>
      <translation>乡镇工程 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="187" />
      <source>Opening project</source>
      <translation>正在打开工程</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="195" />
      <source>Save project</source>
      <translation>保存工程</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="206" />
      <source>Saving failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="209" />
      <source>Saved {name}</source>
      <translation>已保存 {name}</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="217" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="../../console/file_actions.py" line="218" />
      <source>The project has unsaved changes. Save them first?</source>
      <translation>工程有未保存的更改。是否先保存？</translation>
    </message>
  </context>
  <context>
    <name>IdentifyPanel</name>
    <message>
      <location filename="../../widgets/identify_panel.py" line="19" />
      <source>Feature / field</source>
      <translation>要素 / 字段</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="19" />
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="32" />
      <source>{n} feature(s)</source>
      <translation>{n} 个要素</translation>
    </message>
    <message>
      <location filename="../../widgets/identify_panel.py" line="48" />
      <source>band {b}</source>
      <translation>波段 {b}</translation>
    </message>
  </context>
  <context>
    <name>LayerTree</name>
    <message>
      <location filename="../../widgets/layer_tree.py" line="238" />
      <source>Zoom to layer</source>
      <translation>缩放到图层</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="240" />
      <source>Open attribute table</source>
      <translation>打开属性表</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="241" />
      <source>Style…</source>
      <translation>样式…</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="242" />
      <source>Opacity</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <location filename="../../widgets/layer_tree.py" line="249" />
      <source>Remove layer</source>
      <translation>移除图层</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../console/main_window.py" line="79" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="81" />
      <location filename="../../console/main_window.py" line="154" />
      <source>Identify</source>
      <translation>识别</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="86" />
      <source>Attribute table</source>
      <translation>属性表</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="115" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="120" />
      <source>Scale</source>
      <translation>比例尺</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="127" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="128" />
      <source>&amp;Open data…</source>
      <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="129" />
      <source>Open &amp;project…</source>
      <translation>打开工程(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="130" />
      <source>Recent files</source>
      <translation>最近文件</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="132" />
      <source>Add &amp;basemap (MBTiles)…</source>
      <translation>添加底图 (MBTiles)(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="133" />
      <source>Add &amp;web basemap (XYZ/WMTS)…</source>
      <translation>添加在线底图 (XYZ/WMTS)(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="136" />
      <source>&amp;Save project</source>
      <translation>保存工程(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="137" />
      <source>Save project &amp;as…</source>
      <translation>工程另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="140" />
      <source>E&amp;xit</source>
      <translation>退出(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="141" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="142" />
      <source>Zoom to &amp;full extent</source>
      <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="144" />
      <source>&amp;Bookmarks</source>
      <translation>书签(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="147" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="149" />
      <source>Map tools</source>
      <translation>地图工具</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="151" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="154" />
      <source>Pan</source>
      <translation>平移</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="155" />
      <source>Select by rectangle</source>
      <translation>矩形选择</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="156" />
      <source>Select by polygon</source>
      <translation>多边形选择</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="157" />
      <source>Measure distance</source>
      <translation>测量距离</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="158" />
      <source>Measure area</source>
      <translation>测量面积</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="166" />
      <source>Full extent</source>
      <translation>全图</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="200" />
      <source>Measured: {result}</source>
      <translation>测量结果：{result}</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="212" />
      <source>{count} features selected in {layer}</source>
      <translation>已在 {layer} 中选中 {count} 个要素</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="239" />
      <source>Add basemap</source>
      <translation>添加底图</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="240" />
      <source>MBTiles basemaps (*.mbtiles)</source>
      <translation>MBTiles 底图 (*.mbtiles)</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="309" />
      <source>Type a scale such as 1:10000</source>
      <translation>输入比例尺，例如 1:10000</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="318" />
      <source>Project CRS</source>
      <translation>工程坐标参考系</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="319" />
      <source>Draw the map in:</source>
      <translation>地图绘制所用坐标参考系：</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="330" />
      <source>Unknown CRS: {crs}</source>
      <translation>未知的坐标参考系：{crs}</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="377" />
      <source>New project</source>
      <translation>新建工程</translation>
    </message>
    <message>
      <location filename="../../console/main_window.py" line="379" />
      <source>Township Console</source>
      <translation>乡镇管理控制台</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../widgets/message_bar.py" line="25" />
      <location filename="../../widgets/message_bar.py" line="58" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../console/search.py" line="57" />
      <source>Search village or facility (名称 / pinyin)</source>
      <translation>搜索村庄或设施（名称 / 拼音）</translation>
    </message>
  </context>
  <context>
    <name>StyleDialog</name>
    <message>
      <location filename="../../widgets/style_dialog.py" line="16" />
      <source>Style — {name}</source>
      <translation>样式 — {name}</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="21" />
      <source>Single symbol</source>
      <translation>单一符号</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="21" />
      <source>Categorized</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="22" />
      <source>Graduated</source>
      <translation>分级</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="32" />
      <source>Quantiles</source>
      <translation>等数量（分位数）</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="32" />
      <source>Equal interval</source>
      <translation>等间隔</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="33" />
      <source>Natural breaks (Jenks)</source>
      <translation>自然间断点（Jenks）</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="42" />
      <source>(no labels)</source>
      <translation>（无标注）</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="48" />
      <source>Renderer</source>
      <translation>渲染器</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="49" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="50" />
      <source>Colour ramp</source>
      <translation>色带</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="51" />
      <source>Classification</source>
      <translation>分级方法</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="52" />
      <source>Classes</source>
      <translation>分级数</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="53" />
      <source>Fill</source>
      <translation>填充</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="54" />
      <source>Outline</source>
      <translation>轮廓线</translation>
    </message>
    <message>
      <location filename="../../widgets/style_dialog.py" line="55" />
      <source>Labels</source>
      <translation>标注</translation>
    </message>
  </context>
  <context>
    <name>WebBasemapDialog</name>
    <message>
      <location filename="../../console/web_basemaps.py" line="43" />
      <source>Add web basemap</source>
      <translation>添加在线底图</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="48" />
      <source>Tianditu key (tk), if the template has {key}</source>
      <translation>天地图密钥 (tk)，模板含 {key} 时填写</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="51" />
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="52" />
      <source>URL template</source>
      <translation>URL 模板</translation>
    </message>
    <message>
      <location filename="../../console/web_basemaps.py" line="53" />
      <source>Key</source>
      <translation>密钥</translation>
    </message>
  </context>
</TS>
