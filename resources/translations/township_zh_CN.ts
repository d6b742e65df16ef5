<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssumptionDialog</name>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="19"/>
        <source>no CRS in the file; {0}</source>
        <translation>文件中没有坐标参考系；{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="21"/>
        <source>inferred: lon/lat ranges inside China, CGCS2000 assumed</source>
        <translation>推断：经纬度范围在中国境内，假定为 CGCS2000</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="23"/>
        <source>inferred: lon/lat ranges, WGS 84 assumed</source>
        <translation>推断：经纬度范围，假定为 WGS 84</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="25"/>
        <source>assumed from the file name ({0})</source>
        <translation>根据文件名假定（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="27"/>
        <source>inferred: the easting carries Gauss-Kruger {0}-degree zone {1} (CGCS2000 assumed)</source>
        <translation>推断：东坐标带有高斯-克吕格 {0} 度带第 {1} 带的带号（假定为 CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="31"/>
        <source>assumed: planar metres without a zone number, taken as the project CRS</source>
        <translation>假定：不带带号的平面米制坐标，按项目坐标参考系处理</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="34"/>
        <source>planar metres without a zone number: choose the Gauss-Kruger or UTM zone</source>
        <translation>不带带号的平面米制坐标：请选择高斯-克吕格或 UTM 分带</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="37"/>
        <source>no finite coordinates to infer a CRS from</source>
        <translation>没有可用于推断坐标参考系的有效坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="39"/>
        <source>no CRS in the file and no coordinates to infer one from</source>
        <translation>文件中没有坐标参考系，也没有可用于推断的坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="41"/>
        <source>the coordinates match no known CRS range (local or arbitrary units?)</source>
        <translation>坐标不符合任何已知坐标参考系的范围（局部坐标或任意单位？）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="80"/>
        <source>Check {name}</source>
        <translation>检查 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="96"/>
        <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
        <translation>此文件未声明以下信息，已按推测处理。请确认或更正。</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="106"/>
        <source>the file declares no CRS</source>
        <translation>文件未声明坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="108"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="112"/>
        <source>Lon/lat data from web maps in China (AMap, Tencent) is usually in GCJ-02, a few hundred metres off the true position, and Baidu's in BD-09. If the file comes from such a map, choose GCJ-02 or BD-09: it is read again and converted to CGCS2000.</source>
        <translation>来自国内网络地图（高德、腾讯）的经纬度数据通常是 GCJ-02 火星坐标，与真实位置相差几百米；百度地图的数据是 BD-09 坐标。如果文件来自这类地图，请选择 GCJ-02 或 BD-09：文件将重新读取并转换为 CGCS2000。</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="120"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="123"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="151"/>
        <source>{crs} is not a CRS the console knows: choose one from the list or type an EPSG code such as EPSG:4549.</source>
        <translation>{crs} 不是本系统认识的坐标参考系：请从列表中选择，或输入 EPSG 代码，例如 EPSG:4549。</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="185"/>
        <source>Filter, e.g. population &gt; 1000 and name_zh contains '村'</source>
        <extracomment>``editor(layer, row_position, column, value)`` saves an edited cell (None: read-only table).</extracomment>
        <translation>筛选，例如 population &gt; 1000 and name_zh contains '村'</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="188"/>
        <source>Zoom to selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="227"/>
        <source>The filter cannot be used: {reason}. No rows are shown.</source>
        <translation>无法使用此筛选条件：{reason}。不显示任何行。</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="234"/>
        <source>{shown} of {total}</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../widgets/audit_log.py" line="146"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="148"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="148"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="148"/>
        <location filename="../../widgets/audit_log.py" line="158"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="149"/>
        <location filename="../../widgets/audit_log.py" line="159"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="149"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="149"/>
        <location filename="../../widgets/audit_log.py" line="160"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="149"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="153"/>
        <source>Text in object or detail</source>
        <translation>对象或详情中的文字</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="155"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="161"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="162"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="165"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="189"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="191"/>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="193"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="222"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="230"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="230"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="230"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="231"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="231"/>
        <source>view personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="232"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="232"/>
        <source>permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>password change</source>
        <translation>密码变更</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>view audit</source>
        <translation>查看审计</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="235"/>
        <source>unmask personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="236"/>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="238"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="238"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="238"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="239"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="239"/>
        <source>denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="240"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="246"/>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="248"/>
        <source>does not follow the record before it (a record was inserted or deleted)</source>
        <translation>与前一条记录衔接不上（有记录被插入或删除）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="250"/>
        <source>missing (the next record is {seq})</source>
        <translation>缺失（下一条记录为 {seq}）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="252"/>
        <source>the chain ends at {seq}; the records after it were deleted</source>
        <translation>链止于 {seq}，其后的记录已被删除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="254"/>
        <source>Record {seq}: {problem}</source>
        <translation>记录 {seq}：{problem}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="285"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="306"/>
        <source>Records: {n}</source>
        <translation>记录数：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="308"/>
        <source>(the newest {n}; narrow the filters to see older ones)</source>
        <translation>（仅最新 {n} 条；缩小筛选范围可查看更早的记录）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="331"/>
        <source>Record {seq}</source>
        <translation>记录 {seq}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="350"/>
        <source>The audit chain is intact.</source>
        <translation>审计链完整。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="353"/>
        <source>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</source>
        <translation>审计链已损坏（发现问题：{n}）。有记录在控制台之外被修改或删除。</translation>
    </message>
</context>
<context>
    <name>AuditObject</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="121"/>
        <source>{kind}: {n} features</source>
        <translation>{kind}：{n} 个要素</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="122"/>
        <source>{kind}: {n} records</source>
        <translation>{kind}：{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="123"/>
        <source>account {name}</source>
        <translation>账户 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="125"/>
        <source>deadline of {category}</source>
        <translation>{category}的办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="126"/>
        <source>{kind} #{n}</source>
        <translation>{kind} 第 {n} 号</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="127"/>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <location filename="../../console/bookmarks.py" line="56"/>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../console/bookmarks.py" line="57"/>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
    <message>
        <location filename="../../console/bookmarks.py" line="78"/>
        <source>Add bookmark…</source>
        <translation>添加书签…</translation>
    </message>
</context>
<context>
    <name>ColourRamp</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="104"/>
        <source>Greys</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="104"/>
        <source>Greens</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="105"/>
        <source>Blues</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="105"/>
        <source>Reds</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="106"/>
        <source>Yellow to red</source>
        <translation>黄—红</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="106"/>
        <source>Hazard</source>
        <translation>灾害风险</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="107"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="107"/>
        <source>Viridis</source>
        <translation>翠绿—紫（Viridis）</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="108"/>
        <source>Terrain</source>
        <translation>地形</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="108"/>
        <source>Blue to red</source>
        <translation>蓝—红</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="109"/>
        <source>Township colours</source>
        <translation>乡镇配色</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="109"/>
        <source>Soft colours (Set2)</source>
        <translation>柔和配色（Set2）</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="25"/>
        <source>Category (required)</source>
        <translation>类别（必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="26"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="27"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="29"/>
        <source>Longitude / x</source>
        <translation>经度 / x</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="30"/>
        <source>Latitude / y</source>
        <translation>纬度 / y</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="31"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="32"/>
        <source>Reporter's name</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="33"/>
        <source>Reporter's phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="34"/>
        <source>Reporter's ID number</source>
        <translation>报告人身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="35"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="36"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="77"/>
        <source>Import reports — {0}</source>
        <translation>导入报告 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="79"/>
        <source>Detect ({0})</source>
        <translation>自动识别（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="85"/>
        <source>Infer (degrees are WGS 84)</source>
        <translation>自动推断（经纬度按 WGS 84）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="92"/>
        <source>Our field ← their column</source>
        <translation>本系统字段 ← 文件中的列</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="109"/>
        <source>Check rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="111"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="118"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="121"/>
        <source>Coordinates in</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="152"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="185"/>
        <source>Checking the rows again…</source>
        <translation>正在重新检查各行…</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="205"/>
        <source>{good} rows can be imported; {bad} rows have errors and will be left out (listed below).</source>
        <translation>{good} 行可以导入；{bad} 行有错误，将不导入（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="242"/>
        <source>Likely duplicate: {0}</source>
        <translation>可能重复：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="243"/>
        <source>Imported {good} reports. {bad} rows were left out:</source>
        <translation>已导入 {good} 条报告。{bad} 行未导入：</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="245"/>
        <source>Imported {good} reports.</source>
        <translation>已导入 {good} 条报告。</translation>
    </message>
</context>
<context>
    <name>CrsNames</name>
    <message>
        <location filename="../../widgets/crs_names.py" line="14"/>
        <location filename="../../widgets/crs_names.py" line="21"/>
        <source>CGCS2000 (lon/lat)</source>
        <translation>CGCS2000 地理坐标（经纬度）</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="15"/>
        <location filename="../../widgets/crs_names.py" line="22"/>
        <source>WGS 84 (lon/lat)</source>
        <translation>WGS 84 地理坐标（经纬度）</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="16"/>
        <source>WGS 84 / Pseudo-Mercator</source>
        <translation>WGS 84 / 伪墨卡托（网络地图）</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="18"/>
        <source>GCJ-02 (AMap, Tencent): converted to CGCS2000</source>
        <translation>GCJ-02 火星坐标（高德、腾讯）：转换为 CGCS2000</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="20"/>
        <source>BD-09 (Baidu): converted to CGCS2000</source>
        <translation>BD-09 百度坐标：转换为 CGCS2000</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="27"/>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM {n}E</source>
        <translation>CGCS2000 / 3度带高斯-克吕格 中央经线 {n}°E</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="29"/>
        <source>CGCS2000 / 3-degree Gauss-Kruger zone {n}</source>
        <translation>CGCS2000 / 3度带高斯-克吕格 第 {n} 带</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="31"/>
        <source>CGCS2000 / 6-degree Gauss-Kruger CM {n}E</source>
        <translation>CGCS2000 / 6度带高斯-克吕格 中央经线 {n}°E</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="33"/>
        <source>CGCS2000 / 6-degree Gauss-Kruger zone {n}</source>
        <translation>CGCS2000 / 6度带高斯-克吕格 第 {n} 带</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="35"/>
        <source>WGS 84 / UTM zone {n}</source>
        <translation>WGS 84 / UTM 第 {n} 带</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../widgets/deadlines_dialog.py" line="23"/>
        <source>Category deadlines</source>
        <translation>各类事件办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/deadlines_dialog.py" line="25"/>
        <source>Days from the report to closing it. A change applies to reports filed from now on; the cases already open keep their due date.</source>
        <translation>从报告到办结的天数。修改只对今后登记的报告生效；已在办理的案件保持原定期限。</translation>
    </message>
    <message>
        <location filename="../../widgets/deadlines_dialog.py" line="35"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <location filename="../../widgets/incident_form.py" line="278"/>
        <source>Likely duplicates</source>
        <translation>可能重复的报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="279"/>
        <source>{0} reports of the same kind were made nearby at about the same time. Is this one of them?</source>
        <translation>附近同一时间前后已有 {0} 条同类报告。这是否是其中之一？</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="283"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="283"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="283"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="284"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="284"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="299"/>
        <source>File anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="301"/>
        <source>Mark as duplicate of the selected</source>
        <translation>标为所选报告的重复</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="65"/>
        <source>another user</source>
        <extracomment>Columns the store keeps by itself; they are not compared.</extracomment>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="67"/>
        <source>Edit conflict — {kind} #{id}</source>
        <translation>编辑冲突 — {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="70"/>
        <source>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它。没有任何内容被覆盖。请比较两个版本，选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="73"/>
        <source>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它，因此未被删除。请查看当前保存的内容后再选择。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="78"/>
        <source>Saved in the store (by {who}, version {version})</source>
        <translation>数据库中已保存的（{who}，版本 {version}）</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="81"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="81"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="92"/>
        <source>Saved at {time}</source>
        <translation>保存于 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="96"/>
        <source>Keep the saved version</source>
        <translation>保留已保存的版本</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="99"/>
        <source>Overwrite with mine</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="99"/>
        <source>Delete it anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="102"/>
        <source>Discard your changes and show what is in the store.</source>
        <translation>放弃您的修改，显示数据库中的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="103"/>
        <source>Save your values over the version {version}.</source>
        <translation>用您的值覆盖版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="129"/>
        <source>(deleted)</source>
        <translation>（删除）</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="125"/>
        <source>Sensor evidence</source>
        <translation>传感器佐证</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="145"/>
        <source>Sensor evidence (within {km:g} km, ±{hours:g} h)</source>
        <translation>传感器佐证（{km:g} 公里内，前后 {hours:g} 小时）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="149"/>
        <source>The report has no point on the map, so no sensors can be near it.</source>
        <translation>该报告没有地图位置，无法查找附近的传感器。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="164"/>
        <source>No sensor of the right kind within {km:g} km.</source>
        <translation>{km:g} 公里内没有相关类型的传感器。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="169"/>
        <source>{count} readings from {sensors}</source>
        <translation>{sensors} 的 {count} 条读数</translation>
    </message>
</context>
<context>
    <name>EvidenceChart</name>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="136"/>
        <source>No sensors within {radius} m of the report.</source>
        <extracomment>seconds east of UTC of the township's local time (Asia/Shanghai has no daylight saving) tick steps the time axis chooses from (seconds): each divides a day or is whole days</extracomment>
        <translation>报告位置 {radius} 米范围内没有监测站。</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="141"/>
        <source>{count} sensors within {radius} m, but none has readings within the hours around the report.</source>
        <translation>{radius} 米范围内有 {count} 个监测站，但报告前后这段时间内都没有读数。</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="185"/>
        <source>Readings {before} h before to {after} h after the report (dashed line), local time. Sensors within {radius} m: {sensors}.</source>
        <translation>报告（虚线）前 {before} 小时至后 {after} 小时的读数，北京时间。{radius} 米范围内的监测站：{sensors}。</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="192"/>
        <source>Dissolved oxygen</source>
        <translation>溶解氧</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="192"/>
        <source>Permanganate index</source>
        <translation>高锰酸盐指数</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="193"/>
        <source>Ammonia nitrogen</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="193"/>
        <source>Total phosphorus</source>
        <translation>总磷</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="194"/>
        <source>Turbidity</source>
        <translation>浊度</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="194"/>
        <source>Fine particles</source>
        <translation>细颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="195"/>
        <source>Inhalable particles</source>
        <translation>可吸入颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="195"/>
        <source>Nitrogen dioxide</source>
        <translation>二氧化氮</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="196"/>
        <source>Ozone</source>
        <translation>臭氧</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="196"/>
        <source>Sulphur dioxide</source>
        <translation>二氧化硫</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="197"/>
        <source>Carbon monoxide</source>
        <translation>一氧化碳</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="197"/>
        <source>Rainfall</source>
        <translation>降雨量</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="198"/>
        <source>Water level</source>
        <translation>水位</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="260"/>
        <source>Report {time}</source>
        <translation>报告 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="285"/>
        <source>{standard} IAQI {level}: {sign} {value}</source>
        <translation>{standard} 分指数{level}：{sign} {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="287"/>
        <source>{standard} class {level}, rivers: {sign} {value} {unit}</source>
        <translation>{standard} {level}类（河流）：{sign} {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence_chart.py" line="289"/>
        <source>{standard} class {level}: {sign} {value} {unit}</source>
        <translation>{standard} {level}类：{sign} {value} {unit}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../console/file_actions.py" line="50"/>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="51"/>
        <source>Data ({patterns});;All files (*)</source>
        <translation>数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="65"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="150"/>
        <source>CRS {crs} was assumed ({why})</source>
        <translation>假定坐标参考系为 {crs}（{why}）</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="151"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="153"/>
        <source>text encoding {enc} was guessed</source>
        <translation>文本编码为推测的 {enc}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="129"/>
        <location filename="../../console/file_actions.py" line="156"/>
        <source>{n} feature(s) flagged with geometry problems</source>
        <translation>{n} 个要素被标记为存在几何问题</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="130"/>
        <location filename="../../console/file_actions.py" line="159"/>
        <source>Check them in the layer's properties.</source>
        <translation>请在图层属性中检查。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="184"/>
        <source>Reloading</source>
        <translation>正在重新加载</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="115"/>
        <source>Checking geometry</source>
        <translation>正在检查几何</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="101"/>
        <source>{names} lies outside the view you had; the map now shows it.</source>
        <translation>{names} 位于原视图之外，地图已缩放至该图层。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="207"/>
        <source>Open project</source>
        <translation>打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="208"/>
        <location filename="../../console/file_actions.py" line="240"/>
        <source>Township project (*.gpkg)</source>
        <translation>乡镇工程 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="227"/>
        <source>Opening project</source>
        <translation>正在打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="239"/>
        <source>Save project</source>
        <translation>保存工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="252"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="255"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="264"/>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>工程有未保存的更改。是否先保存？</translation>
    </message>
</context>
<context>
    <name>FilterError</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="76"/>
        <source>cannot read the filter at character {pos}: {text}</source>
        <translation>无法读取筛选条件第 {pos} 个字符处：{text}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="77"/>
        <source>unexpected {token} in the filter</source>
        <translation>筛选条件中出现了多余的 {token}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="78"/>
        <source>expected {what} but the filter ends</source>
        <translation>此处应为{what}，但筛选条件已结束</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="79"/>
        <source>expected {what} but found {found}</source>
        <translation>此处应为{what}，却是 {found}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="80"/>
        <source>no column named {name}</source>
        <translation>没有名为 {name} 的字段</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="81"/>
        <source>{op} is not a comparison</source>
        <translation>{op} 不是比较运算符</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="82"/>
        <source>cannot compare column {column} with {value}</source>
        <translation>字段 {column} 无法与 {value} 比较</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>a column name</source>
        <translation>一个字段名</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>')'</source>
        <translation>“)”</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="86"/>
        <source>'('</source>
        <translation>“(”</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="86"/>
        <source>'null'</source>
        <translation>“null”（空值）</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="87"/>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, contains, is null)</source>
        <translation>运算符（=、!=、&lt;、&lt;=、&gt;、&gt;=、in、like、contains、is null）</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="132"/>
        <source>First administrator — {store}</source>
        <translation>首位管理员 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="134"/>
        <source>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else's accounts. Keep the password safe; it cannot be read back from the store.</source>
        <translation>此数据库还没有任何账户。没有默认用户，也没有默认密码：请现在创建首位管理员，其他人的账户由管理员添加。请妥善保管密码，数据库中无法读回密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="141"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="143"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="144"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="145"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="146"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="147"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="158"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="160"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="162"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="175"/>
        <source>Could not create the administrator: {reason}</source>
        <translation>无法创建管理员：{reason}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="94"/>
        <source>Times in {zone}</source>
        <translation>时间均为{zone}</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="101"/>
        <source>(to {0})</source>
        <translation>（派给 {0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="103"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/identify_panel.py" line="20"/>
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="20"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="34"/>
        <source>{n} feature(s)</source>
        <translation>{n} 个要素</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="47"/>
        <source>band {b}</source>
        <translation>波段 {b}</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="203"/>
        <source>Console locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="206"/>
        <source>The console was locked after {minutes} minutes without use. Enter the password to go on.</source>
        <translation>控制台 {minutes} 分钟无操作，已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="208"/>
        <source>The console is locked. Enter the password to go on.</source>
        <translation>控制台已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="214"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="215"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="216"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="219"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="228"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <location filename="../../console/incident_desk.py" line="61"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="62"/>
        <source>Incident</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="99"/>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="102"/>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="103"/>
        <source>File report by &amp;clicking on the map</source>
        <translation>在地图上点击登记报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="104"/>
        <source>&amp;Import CSV/Excel…</source>
        <translation>导入 CSV/Excel 表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="105"/>
        <source>Import &amp;Open311 (JSON/XML)…</source>
        <translation>导入 Open311 数据（JSON/XML）(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="111"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="112"/>
        <source>Open311 GeoReport v2 (JSON)…</source>
        <translation>Open311 GeoReport v2 格式（JSON）…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="113"/>
        <source>Open311 GeoReport v2 (XML)…</source>
        <translation>Open311 GeoReport v2 格式（XML）…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="114"/>
        <source>CSV…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="114"/>
        <source>Excel (XLSX)…</source>
        <translation>Excel 表格（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="119"/>
        <source>&amp;Village performance…</source>
        <translation>各村办理情况(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="120"/>
        <source>Category &amp;deadlines…</source>
        <translation>各类办结期限(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="177"/>
        <source>Click the place of the report on the map</source>
        <translation>请在地图上点击报告的地点</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="224"/>
        <source>Filed report {0}</source>
        <translation>已登记报告 {0}</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="231"/>
        <location filename="../../console/incident_desk.py" line="341"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="232"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>为什么需要查看报告人的个人信息？（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="248"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="249"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="263"/>
        <location filename="../../console/incident_desk.py" line="279"/>
        <source>Imported {0} reports from {1}</source>
        <translation>已从 {1} 导入 {0} 条报告</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="270"/>
        <source>Import Open311 requests</source>
        <translation>导入 Open311 服务请求</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="271"/>
        <source>Open311 GeoReport v2 (*.json *.xml)</source>
        <translation>Open311 GeoReport v2 文件 (*.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="281"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="282"/>
        <source>{0} requests were left out.</source>
        <translation>{0} 条请求未导入。</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="303"/>
        <source>Importing reports</source>
        <translation>正在导入报告</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="315"/>
        <source>Export reports</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="342"/>
        <source>Include the reporters' names, phone and ID numbers? The file will hold residents' personal data; the export is recorded.</source>
        <translation>是否包含报告人的姓名、电话和身份证号？文件将含有居民个人信息；本次导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/incident_desk.py" line="353"/>
        <source>Exported {0} reports to {1}</source>
        <translation>已导出 {0} 条报告到 {1}</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../widgets/incident_detail.py" line="78"/>
        <source>Select a report in the queue or on the map.</source>
        <extracomment>people and teams offered when assigning (the desk keeps it up to date)</extracomment>
        <translation>请在队列或地图上选择一条报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="94"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="94"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="95"/>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="95"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="96"/>
        <source>Time to close</source>
        <translation>办结用时</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="96"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="97"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="98"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="98"/>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="99"/>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="105"/>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="107"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="107"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="108"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="111"/>
        <source>Show personal data…</source>
        <translation>查看个人信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="112"/>
        <source>Asks why; the reason is kept in the audit log</source>
        <translation>需说明原因；原因记入审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="115"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="118"/>
        <source>This case is finished; nothing may follow.</source>
        <translation>本案件已结束，不能再办理。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="121"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="123"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="142"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="147"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="149"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="227"/>
        <source>(overdue {0})</source>
        <translation>（已超期 {0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="244"/>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="266"/>
        <location filename="../../widgets/incident_detail.py" line="270"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="268"/>
        <source>Back to verified…</source>
        <translation>退回已核实…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="272"/>
        <source>Reopen…</source>
        <translation>重新处理…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="274"/>
        <source>Change the status to “{0}”</source>
        <translation>将状态改为“{0}”</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="300"/>
        <source>{case}: {step}</source>
        <translation>{case}：{step}</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="303"/>
        <source>Note (why; kept in the case's history):</source>
        <translation>备注（原因；记入办理记录）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="309"/>
        <source>Assign to (person or team):</source>
        <translation>派给（人员或单位）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="314"/>
        <source>Case number of the original report:</source>
        <translation>原报告的案件编号：</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="319"/>
        <source>No report has the case number {0}.</source>
        <translation>没有案件编号为 {0} 的报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="375"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="375"/>
        <source>Note (kept in the case's history):</source>
        <translation>备注（记入办理记录）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="390"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail.py" line="390"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incident_form.py" line="86"/>
        <source>New report</source>
        <extracomment>sources a person filing a report by hand chooses from</extracomment>
        <translation>新建报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="91"/>
        <source>In a few words, e.g. 路灯不亮</source>
        <translation>简要说明，例如：路灯不亮</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="93"/>
        <source>What, where exactly, since when</source>
        <translation>什么问题、具体位置、从何时开始</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="105"/>
        <source>Map ({0})</source>
        <translation>地图（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="106"/>
        <source>Store ({0})</source>
        <translation>数据库（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="107"/>
        <source>Longitude/latitude, CGCS2000 (EPSG:4490)</source>
        <translation>经纬度，CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="108"/>
        <source>Longitude/latitude, WGS 84 (EPSG:4326)</source>
        <translation>经纬度，WGS 84（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="111"/>
        <source>x or longitude, e.g. 120°05'30"E</source>
        <translation>x 或经度，例如 120°05'30"E</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="112"/>
        <source>y or latitude, e.g. 29.9512</source>
        <translation>y 或纬度，例如 29.9512</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="117"/>
        <source>Street, house number, landmark</source>
        <translation>街道、门牌号、标志物</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="119"/>
        <source>(the village containing the point)</source>
        <translation>（按坐标点所在的村）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="124"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="126"/>
        <source>18-character resident ID number</source>
        <translation>18 位居民身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="136"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="137"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="138"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="139"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="140"/>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="141"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="146"/>
        <source>x / lon, y / lat</source>
        <translation>x / 经度，y / 纬度</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="147"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="148"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="149"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="150"/>
        <source>Reporter (optional; stored encrypted)</source>
        <translation>报告人（可不填；加密保存）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="152"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="153"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="154"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="157"/>
        <source>File report</source>
        <translation>登记报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="184"/>
        <source>the coordinates are outside the area of {0}</source>
        <translation>坐标超出 {0} 的适用范围</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="191"/>
        <source>Give a title or a description.</source>
        <translation>请填写标题或描述。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="194"/>
        <source>Coordinates: {0}</source>
        <translation>坐标：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="196"/>
        <source>Give the place: click on the map, type coordinates or an address.</source>
        <translation>请给出地点：在地图上点击、输入坐标或地址。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="198"/>
        <source>Without coordinates, choose the village.</source>
        <translation>没有坐标时，请选择所在的村。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="201"/>
        <source>The mobile number must have 11 digits and start with 13–19.</source>
        <translation>手机号码须为 11 位，以 13–19 开头。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="204"/>
        <source>The ID number must have 18 characters and a valid check character (the last one).</source>
        <translation>身份证号须为 18 位，且最后一位校验码正确。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_form.py" line="250"/>
        <source>Same as an earlier report (found on intake)</source>
        <translation>与先前报告相同（登记时发现）</translation>
    </message>
</context>
<context>
    <name>IncidentHistory</name>
    <message>
        <location filename="../../widgets/incident_names.py" line="75"/>
        <source>imported as {status} ({source})</source>
        <translation>导入，状态为{status}（{source}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="77"/>
        <source>reported ({source})</source>
        <translation>已报告（{source}）</translation>
    </message>
</context>
<context>
    <name>IncidentLegend</name>
    <message>
        <location filename="../../widgets/incident_items.py" line="297"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>IncidentQueue</name>
    <message>
        <location filename="../../widgets/incident_names.py" line="87"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="90"/>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="91"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="87"/>
        <source>Search case number, title, description, address</source>
        <translation>搜索编号、标题、描述、地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="91"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="94"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="99"/>
        <source>Anyone</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="100"/>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="103"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="124"/>
        <source>Show only reports in this status (several may be chosen)</source>
        <translation>只显示该状态的报告（可多选）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="163"/>
        <source>(unassigned)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue.py" line="208"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="38"/>
        <source>Any age</source>
        <extracomment>age filter presets (days from, days to, label)</extracomment>
        <translation>不限时长</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="39"/>
        <source>Under 1 day</source>
        <translation>1 天以内</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="40"/>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="41"/>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="42"/>
        <source>1–4 weeks</source>
        <translation>1–4 周</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="43"/>
        <source>Over 30 days</source>
        <translation>30 天以上</translation>
    </message>
</context>
<context>
    <name>IncidentQueueModel</name>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="27"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="31"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="32"/>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="33"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="34"/>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="269"/>
        <source>Reported at {time} ({zone})</source>
        <translation>报告时间 {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="272"/>
        <source>Due by {time} ({zone})</source>
        <translation>办结期限 {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="291"/>
        <source>overdue {0}</source>
        <translation>超期 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_queue_model.py" line="292"/>
        <source>in {0}</source>
        <translation>剩 {0}</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../../widgets/incident_names.py" line="23"/>
        <source>Verify</source>
        <extracomment>what the button that moves a report to a status says</extracomment>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="24"/>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="25"/>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="26"/>
        <source>Resolve</source>
        <translation>办理完毕</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="27"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="28"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_names.py" line="29"/>
        <source>Mark duplicate</source>
        <translation>标为重复</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="336"/>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="331"/>
        <location filename="../../widgets/layer_tree.py" line="338"/>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="339"/>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="340"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="333"/>
        <location filename="../../widgets/layer_tree.py" line="347"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="142"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="144"/>
        <source>Tables without geometry: open them as attribute tables; they are not drawn on the map</source>
        <translation>无几何图形的表格：可作为属性表打开，不在地图上绘制</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../widgets/symbols.py" line="89"/>
        <source>no value</source>
        <translation>无值</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="62"/>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>用户名或密码错误，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="66"/>
        <source>This account cannot log in now.</source>
        <translation>此账户目前无法登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="94"/>
        <source>Log in — {store}</source>
        <translation>登录 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="97"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="98"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="99"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="105"/>
        <source>Log in to the township store {store}.</source>
        <translation>登录乡镇数据库 {store}。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="112"/>
        <source>Enter your user name and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="81"/>
        <source>Layers</source>
        <extracomment>callbacks given each new attribute table (the store desk makes store layers editable)</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="83"/>
        <location filename="../../console/main_window.py" line="150"/>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="88"/>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="116"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="124"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="125"/>
        <source>Open &amp;project…</source>
        <translation>打开工程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="126"/>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="128"/>
        <source>Add &amp;basemap (MBTiles)…</source>
        <translation>添加底图 (MBTiles)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="129"/>
        <source>Add &amp;web basemap (XYZ/WMTS)…</source>
        <translation>添加在线底图 (XYZ/WMTS)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="132"/>
        <source>&amp;Save project</source>
        <translation>保存工程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>Save project &amp;as…</source>
        <translation>工程另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="136"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="138"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="143"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="145"/>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="150"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="151"/>
        <source>Select by rectangle</source>
        <translation>矩形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>Select by polygon</source>
        <translation>多边形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="153"/>
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154"/>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="162"/>
        <source>Full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="201"/>
        <source>Measured: {result}</source>
        <translation>测量结果：{result}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="227"/>
        <source>{count} features selected in {layer}</source>
        <translation>已在 {layer} 中选中 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="255"/>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="256"/>
        <source>MBTiles basemaps (*.mbtiles)</source>
        <translation>MBTiles 底图 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="340"/>
        <source>Type a scale such as 1:10000</source>
        <translation>输入比例尺，例如 1:10000</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="349"/>
        <source>Project CRS</source>
        <translation>工程坐标参考系</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="350"/>
        <source>Draw the map in:</source>
        <translation>地图绘制所用坐标参考系：</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="361"/>
        <source>Unknown CRS: {crs}</source>
        <translation>未知的坐标参考系：{crs}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="385"/>
        <source>New project</source>
        <translation>新建工程</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="387"/>
        <source>Township Console</source>
        <translation>乡镇管理控制台</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/message_bar.py" line="40"/>
        <location filename="../../widgets/message_bar.py" line="75"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="41"/>
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="62"/>
        <source>{name} — added {time} by {user}</source>
        <translation>{name} — {user} 于 {time} 添加</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_detail_parts.py" line="73"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="20"/>
        <source>Opening {file}</source>
        <translation>正在打开 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="21"/>
        <source>Reading {layer} ({i}/{n})</source>
        <translation>正在读取 {layer}（{i}/{n}）</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="22"/>
        <source>Opened {file}</source>
        <translation>已打开 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="23"/>
        <source>Checking the geometry of {layer}</source>
        <translation>正在检查 {layer} 的几何</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="24"/>
        <source>Checked the geometry of {layer}</source>
        <translation>已检查 {layer} 的几何</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="25"/>
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="26"/>
        <source>read {n} rows from {file}</source>
        <translation>已从 {file} 读取 {n} 行</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="27"/>
        <source>reading band {band} of {file}</source>
        <translation>正在读取 {file} 的第 {band} 波段</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="28"/>
        <source>read {file}</source>
        <translation>已读取 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="29"/>
        <source>the view is outside the raster</source>
        <translation>当前视图在栅格范围之外</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="30"/>
        <source>building overviews of {file}</source>
        <translation>正在为 {file} 建立金字塔</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="31"/>
        <source>built overviews of {file}</source>
        <translation>已为 {file} 建立金字塔</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="32"/>
        <source>writing {layer} to {file}</source>
        <translation>正在将 {layer} 写入 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="33"/>
        <source>writing {file}</source>
        <translation>正在写入 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="34"/>
        <source>reprojecting for {file}</source>
        <translation>正在为 {file} 重投影</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="35"/>
        <source>saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="36"/>
        <source>saving styles and settings</source>
        <translation>正在保存样式和设置</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="37"/>
        <source>saving {layer}</source>
        <translation>正在保存 {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="38"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="39"/>
        <source>loading {layer}</source>
        <translation>正在加载 {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="40"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="41"/>
        <source>reading basemap tiles</source>
        <translation>正在读取底图瓦片</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="42"/>
        <source>basemap tiles from the cache</source>
        <translation>底图瓦片来自缓存</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="43"/>
        <source>downloading basemap tiles</source>
        <translation>正在下载底图瓦片</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="44"/>
        <source>basemap tiles ready</source>
        <translation>底图瓦片已就绪</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="45"/>
        <source>no basemap here at this scale</source>
        <translation>此比例尺下此处没有底图</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="46"/>
        <source>fitting the basemap to the map</source>
        <translation>正在将底图匹配到地图</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="47"/>
        <source>basemap ready</source>
        <translation>底图已就绪</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="48"/>
        <source>importing {n} reports</source>
        <translation>正在导入 {n} 条报告</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../widgets/search_box.py" line="22"/>
        <source>Search village or facility (name / pinyin)</source>
        <translation>搜索村庄或设施（名称 / 拼音）</translation>
    </message>
</context>
<context>
    <name>StoreDesk</name>
    <message>
        <location filename="../../console/store_desk.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="87"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="88"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="91"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="93"/>
        <source>Add layer from the store</source>
        <translation>从数据库添加图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="98"/>
        <source>Show the reporter's personal data…</source>
        <translation>查看报告人个人信息…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="99"/>
        <source>Export store layer…</source>
        <translation>导出数据库图层…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="105"/>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="106"/>
        <source>Users and roles…</source>
        <translation>用户与角色…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="112"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="123"/>
        <source>Logged in to the township store</source>
        <translation>已登录乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="198"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="199"/>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="211"/>
        <source>Select one incident in the store's incidents layer first.</source>
        <translation>请先在数据库的事件图层中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="215"/>
        <location filename="../../console/store_desk.py" line="247"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="216"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>为什么需要查看报告人的个人信息？（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="225"/>
        <source>Reporter of incident #{0}</source>
        <translation>事件 #{0} 的报告人</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="232"/>
        <source>Export store layer</source>
        <translation>导出数据库图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="232"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="237"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="238"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoPackage 文件 (*.gpkg);;GeoJSON 文件 (*.geojson);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="248"/>
        <source>Include the reporters' names, phone and ID numbers in the export? The file will hold residents' personal data; the export is recorded.</source>
        <translation>导出时包含报告人的姓名、电话和身份证号吗？文件将含有居民个人信息；本次导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="258"/>
        <source>Exported {0} features to {1}</source>
        <translation>已导出 {0} 个要素到 {1}</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../widgets/style_dialog.py" line="20"/>
        <source>Style — {name}</source>
        <translation>样式 — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="25"/>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="25"/>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="26"/>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="37"/>
        <source>Quantiles</source>
        <translation>等数量（分位数）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="37"/>
        <source>Equal interval</source>
        <translation>等间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="38"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然间断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="47"/>
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="53"/>
        <source>Renderer</source>
        <translation>渲染器</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="54"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="55"/>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="56"/>
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="57"/>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="58"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="59"/>
        <source>Outline</source>
        <translation>轮廓线</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="60"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../widgets/task_list.py" line="93"/>
        <source>{n} tasks running</source>
        <translation>{n} 个任务正在运行</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../../widgets/task_list.py" line="26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/task_list.py" line="27"/>
        <source>Cancel {task}</source>
        <translation>取消{task}</translation>
    </message>
    <message>
        <location filename="../../widgets/task_list.py" line="42"/>
        <source>{task} (cancelling…)</source>
        <translation>{task}（正在取消…）</translation>
    </message>
</context>
<context>
    <name>TownshipTime</name>
    <message>
        <location filename="../../widgets/township_time.py" line="21"/>
        <source>Beijing time, UTC+8</source>
        <translation>北京时间 UTC+8</translation>
    </message>
    <message>
        <location filename="../../widgets/township_time.py" line="22"/>
        <source>UTC+8</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <location filename="../../widgets/township_time.py" line="23"/>
        <source>{label} ({zone})</source>
        <translation>{label} ({zone})</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../widgets/user_admin.py" line="37"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <location filename="../../widgets/user_admin.py" line="70"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="40"/>
        <location filename="../../widgets/user_admin.py" line="71"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="40"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="40"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="47"/>
        <location filename="../../widgets/user_admin.py" line="175"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="48"/>
        <location filename="../../widgets/user_admin.py" line="191"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="49"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="62"/>
        <source>(whole township)</source>
        <translation>（全乡镇）</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="64"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="68"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="69"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="72"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="73"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="74"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="75"/>
        <source>Save role and village</source>
        <translation>保存角色和村</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="76"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Office staff</source>
        <translation>办公室职员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Planner</source>
        <translation>规划员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Emergency desk</source>
        <translation>应急值班</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="104"/>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="104"/>
        <source>Village officer</source>
        <translation>村干部</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="140"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="140"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="141"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="142"/>
        <source>failed logins: {n}</source>
        <translation>登录失败：{n} 次</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="174"/>
        <source>Account {user}</source>
        <translation>账户 {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="191"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="206"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="208"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="217"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="226"/>
        <source>Could not add the account:</source>
        <translation>无法添加账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="229"/>
        <source>Account {user} added.</source>
        <translation>已添加账户 {user}。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="240"/>
        <source>Could not change the role:</source>
        <translation>无法更改角色：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="243"/>
        <source>{user} is now {role}.</source>
        <translation>{user} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="252"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="257"/>
        <source>Could not set the password:</source>
        <translation>无法设置密码：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="261"/>
        <source>New password set for {user}.</source>
        <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="272"/>
        <source>Could not change the account:</source>
        <translation>无法更改账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="285"/>
        <source>Could not unlock the account:</source>
        <translation>无法解锁账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="288"/>
        <source>{user} can log in again.</source>
        <translation>{user} 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>VillageStatsPanel</name>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="55"/>
        <source>How the villages are doing</source>
        <translation>各村办理情况</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="61"/>
        <location filename="../../widgets/village_stats_panel.py" line="62"/>
        <location filename="../../widgets/village_stats_panel.py" line="126"/>
        <location filename="../../widgets/village_stats_panel.py" line="292"/>
        <source>Township total</source>
        <translation>全镇合计</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="77"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="124"/>
        <location filename="../../widgets/village_stats_panel.py" line="281"/>
        <source>all months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="132"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="132"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="133"/>
        <location filename="../../widgets/village_stats_panel.py" line="170"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="134"/>
        <location filename="../../widgets/village_stats_panel.py" line="268"/>
        <source>Open now</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="134"/>
        <location filename="../../widgets/village_stats_panel.py" line="271"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="134"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="135"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="135"/>
        <source>Open at month end</source>
        <translation>月末未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="140"/>
        <source>Share overdue</source>
        <translation>超期率</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="149"/>
        <source>Not closed, rejected or a duplicate now (resolved but not closed counts as open).</source>
        <translation>现在既未办结、也未不予受理或标为重复（已解决但未办结的算未办结）。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="151"/>
        <source>Still open when the month ended (for this month: now).</source>
        <translation>月末时仍未办结的报告（本月按现在计算）。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="155"/>
        <source>Reports whose deadline has passed or that are closed; rejected reports and duplicates are left out.</source>
        <translation>已过办理期限或已办结的报告；不予受理和重复的报告不计在内。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="157"/>
        <source>Of the due reports: closed after the deadline or still open past it.</source>
        <translation>已到期报告中，超过期限才办结或过期仍未办结的。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_model.py" line="98"/>
        <source>Too few closed reports for a median: {n} (at least {least} are needed)</source>
        <translation>已办结报告太少，不计中位数：{n} 件（至少需要 {least} 件）</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_model.py" line="100"/>
        <source>The median of {n} closed reports</source>
        <translation>{n} 件已办结报告的中位数</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="127"/>
        <source>Share overdue (%)</source>
        <translation>超期比例 (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="128"/>
        <location filename="../../widgets/village_stats_panel.py" line="324"/>
        <source>Village performance</source>
        <translation>各村办理情况</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="133"/>
        <source>Reports made</source>
        <translation>报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="136"/>
        <source>Median time to close (hours)</source>
        <translation>办结用时中位数 (小时)</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="137"/>
        <source>Median time to close (days)</source>
        <translation>办结用时中位数 (天)</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="138"/>
        <source>Closed reports in the median</source>
        <translation>计入中位数的办结数</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="139"/>
        <source>Reports due</source>
        <translation>已到期报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="139"/>
        <source>Overdue reports</source>
        <translation>超期报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="144"/>
        <source>The village; the township total is pinned below the table.</source>
        <translation>行政村；全镇合计固定显示在表格下方。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="145"/>
        <source>Reports made in the month (Beijing time), whatever their status now.</source>
        <translation>当月（北京时间）提出的报告，不论现在状态如何。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="146"/>
        <source>Closed now.</source>
        <translation>目前已办结。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="147"/>
        <source>Rejected (not a case for the office).</source>
        <translation>已驳回（不属于本办受理范围）。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="148"/>
        <source>Marked as the same as an earlier report.</source>
        <translation>被标记为与先前报告相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="152"/>
        <source>Median time from report to closing, in days, of the closed reports; — when fewer than {least} are closed.</source>
        <translation>已办结报告从报告到办结用时的中位数（天）；办结少于 {least} 件时显示 —。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="158"/>
        <source>Overdue reports as a percentage of the reports due.</source>
        <translation>超期报告占已到期报告的百分比。</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="166"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="194"/>
        <source>Open and closed reports per village</source>
        <translation>各村未办结与已办结报告</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="282"/>
        <source>Open and closed reports per village ({month})</source>
        <translation>各村未办结与已办结报告（{month}）</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="296"/>
        <source>Median time to close (days) — {village}</source>
        <translation>办结用时中位数 (天) — {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="298"/>
        <source>Share overdue (%) — {village}</source>
        <translation>超期率（%）— {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="321"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="321"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 表格，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="326"/>
        <location filename="../../widgets/village_stats_panel.py" line="335"/>
        <source>Export village statistics</source>
        <translation>导出各村统计</translation>
    </message>
    <message>
        <location filename="../../widgets/village_stats_panel.py" line="338"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>WebBasemapDialog</name>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="14"/>
        <source>Tianditu imagery</source>
        <extracomment>the services offered, by their names (shown, and the layer named, in the user's language)</extracomment>
        <translation>天地图影像</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="15"/>
        <source>Tianditu map</source>
        <translation>天地图矢量</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="24"/>
        <source>Add web basemap</source>
        <translation>添加在线底图</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="30"/>
        <source>Tianditu key (tk), if the template has {key}</source>
        <translation>天地图密钥 (tk)，模板含 {key} 时填写</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="34"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="35"/>
        <source>URL template</source>
        <translation>URL 模板</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="36"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
</context>
</TS>
