<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertBoard</name>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="32"/>
        <source>new</source>
        <translation>新告警</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="33"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="34"/>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="35"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="42"/>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="43"/>
        <source>danger</source>
        <translation>危险</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="89"/>
        <source>Open alerts</source>
        <translation>未关闭的告警</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="90"/>
        <source>All alerts</source>
        <translation>全部告警</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Sensor</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Raised at</source>
        <translation>告警时间</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="98"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="105"/>
        <source>Note (needed to escalate or close)</source>
        <translation>备注 (上报或关闭时必填)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="108"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="108"/>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="109"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="114"/>
        <source>Issue CAP…</source>
        <translation>发布预警信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="115"/>
        <source>Issue a CAP 1.2 alert message for the selected alert</source>
        <translation>为选中的警报发布通用警报协议（1.2 版）预警信息</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="282"/>
        <source>Issue CAP alert</source>
        <translation>发布预警信息</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="283"/>
        <source>CAP messages (*.xml)</source>
        <translation>通用警报协议信息 (*.xml)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="290"/>
        <location filename="../../widgets/emergency/alert_board.py" line="315"/>
        <source>Issuing CAP for alert {n}</source>
        <translation>正在为警报 {n} 发布预警信息</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="295"/>
        <source>CAP message {identifier} issued: {file}, published to {topic}</source>
        <translation>预警信息 {identifier} 已发布：{file}，已推送到 {topic}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="298"/>
        <source>CAP message {identifier} issued: {file}</source>
        <translation>预警信息 {identifier} 已发布：{file}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="310"/>
        <source>The CAP message for alert {n} was not issued: it does not validate (the reasons are under Details)</source>
        <translation>警报 {n} 的预警信息未发布：校验未通过（原因见详细信息）</translation>
    </message>
</context>
<context>
    <name>AlertWatch</name>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="53"/>
        <source>Alert board</source>
        <translation>告警看板</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="91"/>
        <source>Raising alerts</source>
        <translation>发布告警</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="107"/>
        <source>{n} new alert(s)</source>
        <translation>{n} 条新告警</translation>
    </message>
</context>
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
        <source>inferred: lon/lat ranges in Taiwan, WGS 84 assumed (no web-map offset there)</source>
        <translation>推断：经纬度范围位于台湾，按 WGS 84 处理（该地区无网络地图偏移）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="26"/>
        <source>inferred: lon/lat ranges, WGS 84 assumed</source>
        <translation>推断：经纬度范围，假定为 WGS 84</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="28"/>
        <source>assumed from the file name ({0})</source>
        <translation>根据文件名假定（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="30"/>
        <source>inferred: the easting carries Gauss-Kruger {0}-degree zone {1} (CGCS2000 assumed)</source>
        <translation>推断：东坐标带有高斯-克吕格 {0} 度带第 {1} 带的带号（假定为 CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="34"/>
        <source>assumed: planar metres without a zone number, taken as the project CRS</source>
        <translation>假定：不带带号的平面米制坐标，按项目坐标参考系处理</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="37"/>
        <source>planar metres without a zone number: choose the Gauss-Kruger or UTM zone</source>
        <translation>不带带号的平面米制坐标：请选择高斯-克吕格或 UTM 分带</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="40"/>
        <source>no finite coordinates to infer a CRS from</source>
        <translation>没有可用于推断坐标参考系的有效坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="42"/>
        <source>no CRS in the file and no coordinates to infer one from</source>
        <translation>文件中没有坐标参考系，也没有可用于推断的坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="44"/>
        <source>the coordinates match no known CRS range (local or arbitrary units?)</source>
        <translation>坐标不符合任何已知坐标参考系的范围（局部坐标或任意单位？）</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="83"/>
        <source>Check {name}</source>
        <translation>检查 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="99"/>
        <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
        <translation>此文件未声明以下信息，已按推测处理。请确认或更正。</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="109"/>
        <source>the file declares no CRS</source>
        <translation>文件未声明坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="111"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="115"/>
        <source>Lon/lat data from web maps in China (AMap, Tencent) is usually in GCJ-02, a few hundred metres off the true position, and Baidu's in BD-09. If the file comes from such a map, choose GCJ-02 or BD-09: it is read again and converted to CGCS2000.</source>
        <translation>来自国内网络地图（高德、腾讯）的经纬度数据通常是 GCJ-02 火星坐标，与真实位置相差几百米；百度地图的数据是 BD-09 坐标。如果文件来自这类地图，请选择 GCJ-02 或 BD-09：文件将重新读取并转换为 CGCS2000。</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="123"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="126"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="154"/>
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
        <location filename="../../widgets/store/audit_log.py" line="147"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <location filename="../../widgets/store/audit_log.py" line="159"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <location filename="../../widgets/store/audit_log.py" line="160"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <location filename="../../widgets/store/audit_log.py" line="161"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="154"/>
        <source>Text in object or detail</source>
        <translation>对象或详情中的文字</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="156"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="162"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="163"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="166"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="190"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="192"/>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="194"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="223"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="230"/>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="230"/>
        <source>first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="232"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="232"/>
        <source>view personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="233"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="233"/>
        <source>permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="234"/>
        <source>password change</source>
        <translation>密码变更</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="234"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="235"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="235"/>
        <source>view audit</source>
        <translation>查看审计</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="236"/>
        <source>unmask personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="237"/>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="240"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="240"/>
        <source>denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="241"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="247"/>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="249"/>
        <source>does not follow the record before it (a record was inserted or deleted)</source>
        <translation>与前一条记录衔接不上（有记录被插入或删除）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="251"/>
        <source>missing (the next record is {seq})</source>
        <translation>缺失（下一条记录为 {seq}）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="253"/>
        <source>the chain ends at {seq}; the records after it were deleted</source>
        <translation>链止于 {seq}，其后的记录已被删除</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="255"/>
        <source>Record {seq}: {problem}</source>
        <translation>记录 {seq}：{problem}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="286"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="307"/>
        <source>Records: {n}</source>
        <translation>记录数：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="309"/>
        <source>(the newest {n}; narrow the filters to see older ones)</source>
        <translation>（仅最新 {n} 条；缩小筛选范围可查看更早的记录）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="332"/>
        <source>Record {seq}</source>
        <translation>记录 {seq}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="351"/>
        <source>The audit chain is intact.</source>
        <translation>审计链完整。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="354"/>
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
    <name>BestSitesDialog</name>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="41"/>
        <source>Choose the best sites</source>
        <translation>选择最佳站址</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="48"/>
        <source>Number of new sites</source>
        <translation>新建站址数量</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="49"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="55"/>
        <source>Fewest sites reaching this share of people</source>
        <translation>以最少站址覆盖此人口比例</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="60"/>
        <source>Mast height</source>
        <translation>塔高</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="61"/>
        <source>Range</source>
        <translation>覆盖半径</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="65"/>
        <source>Cost of one site</source>
        <translation>单个站址造价</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="66"/>
        <source>Candidates: highest point every</source>
        <translation>候选点：每隔一段取最高点</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="67"/>
        <source>Village centres are candidates too</source>
        <translation>村中心也作为候选点</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="69"/>
        <source>Not in a high hazard zone</source>
        <translation>不在高风险区内</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="71"/>
        <source>At most this far from a road</source>
        <translation>距道路不超过</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="75"/>
        <source>Road junctions are candidates too</source>
        <translation>道路交叉口也作为候选点</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="76"/>
        <source>At most this far from the lines of</source>
        <translation>距以下线图层的线路不超过</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="86"/>
        <source>The project has no line layer (a power line layer) to keep candidates near.</source>
        <translation>项目中没有线图层（如电力线图层）可供限定候选点的距离。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="99"/>
        <source>Approved and built sites are kept; drafts drawn by hand are candidates too.</source>
        <translation>已批准和已建成的站址保留不变；手绘的草案站址也作为候选。</translation>
    </message>
</context>
<context>
    <name>BestSitesResult</name>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="136"/>
        <source>The best sites</source>
        <translation>最佳站址</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>Site</source>
        <translation>站址</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>East (m)</source>
        <translation>东坐标（米）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>North (m)</source>
        <translation>北坐标（米）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="143"/>
        <source>Persons added</source>
        <translation>新增覆盖人数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="155"/>
        <source>Add to the map as proposed sites</source>
        <translation>作为建议站址添加到地图</translation>
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
        <location filename="../../widgets/column_mapping_dialog.py" line="33"/>
        <source>Category (required)</source>
        <extracomment>the office's files name categories and statuses in Chinese, whatever the interface</extracomment>
        <translation>类别（必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="34"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="35"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="36"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="37"/>
        <source>Longitude / x</source>
        <translation>经度 / x</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="38"/>
        <source>Latitude / y</source>
        <translation>纬度 / y</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="39"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="40"/>
        <source>Reporter's name</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="41"/>
        <source>Reporter's phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="42"/>
        <source>Reporter's ID number</source>
        <translation>报告人身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="43"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="44"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="91"/>
        <source>Import reports — {0}</source>
        <translation>导入报告 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="93"/>
        <source>Detect ({0})</source>
        <translation>自动识别（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="99"/>
        <source>Infer (degrees are WGS 84)</source>
        <translation>自动推断（经纬度按 WGS 84）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="106"/>
        <source>Our field ← their column</source>
        <translation>本系统字段 ← 文件中的列</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="126"/>
        <source>Check rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="128"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="131"/>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="139"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="142"/>
        <source>Coordinates in</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="174"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="195"/>
        <source>Checking the rows again…</source>
        <translation>正在重新检查各行…</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="215"/>
        <source>{good} rows can be imported; {bad} rows have errors and will be left out (listed below).</source>
        <translation>{good} 行可以导入；{bad} 行有错误，将不导入（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="252"/>
        <source>Importing reports</source>
        <translation>正在导入报告</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="264"/>
        <source>The import was stopped; no report was imported.</source>
        <translation>导入已停止，未导入任何报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="272"/>
        <source>Likely duplicate: {0}</source>
        <translation>可能重复：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="273"/>
        <source>Imported {good} reports. {bad} rows were left out:</source>
        <translation>已导入 {good} 条报告。{bad} 行未导入：</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="275"/>
        <source>Imported {good} reports.</source>
        <translation>已导入 {good} 条报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="283"/>
        <source>Stopping the import…</source>
        <translation>正在停止导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="293"/>
        <source>Importing {n} reports…</source>
        <translation>正在导入 {n} 条报告…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="17"/>
        <source>Compare two scenarios</source>
        <translation>比较两个方案</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="24"/>
        <source>Scenario A</source>
        <translation>方案 A</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="25"/>
        <source>Scenario B</source>
        <translation>方案 B</translation>
    </message>
</context>
<context>
    <name>ConformDialog</name>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="74"/>
        <source>Conform to the standard — {name}</source>
        <translation>按标准转换 — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="83"/>
        <source>as read: {crs} (assumed)</source>
        <translation>读取所得：{crs}（推定）</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="83"/>
        <source>as read: {crs}</source>
        <translation>读取所得：{crs}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="88"/>
        <source>Automatic (the file's when standard, else EPSG:4490)</source>
        <translation>自动（符合标准时沿用文件坐标系，否则用 EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="92"/>
        <source>{crs} (Gauss-Kruger zone of the data)</source>
        <translation>{crs}（数据所在的高斯-克吕格投影带）</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="94"/>
        <source>Standard field</source>
        <translation>标准字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="94"/>
        <source>Their column</source>
        <translation>对方的列</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="95"/>
        <source>Or one value for all</source>
        <translation>或统一取值</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Their value</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Standard code</source>
        <translation>标准代码</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="106"/>
        <source>Load mapping…</source>
        <translation>载入对照表…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="107"/>
        <source>Save mapping…</source>
        <translation>保存对照表…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="108"/>
        <source>Preview and check</source>
        <translation>预览并检查</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="109"/>
        <source>Export in the standard…</source>
        <translation>按标准导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="116"/>
        <source>Layer kind</source>
        <translation>图层类型</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="117"/>
        <source>Their coordinates are in</source>
        <translation>对方坐标所用坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="118"/>
        <source>Write coordinates in</source>
        <translation>导出坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="122"/>
        <source>Code translation</source>
        <translation>代码对照</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="161"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="193"/>
        <source>(keep as it is)</source>
        <translation>（保持原值）</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="251"/>
        <source>Save the mapping</source>
        <translation>保存对照表</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="253"/>
        <location filename="../../widgets/standard/conform_dialog.py" line="259"/>
        <source>Mapping (*.json)</source>
        <translation>字段对照表 (*.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="258"/>
        <source>Load a mapping</source>
        <translation>载入对照表</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="276"/>
        <source>Export in the standard</source>
        <translation>按标准导出</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="277"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="285"/>
        <source>Conforming {name}</source>
        <translation>正在按标准转换 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="294"/>
        <source>The export was stopped.</source>
        <translation>导出已停止。</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="299"/>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="25"/>
        <source>Type a vertex</source>
        <translation>输入节点坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="28"/>
        <source>Map coordinates ({crs})</source>
        <translation>地图坐标（{crs}）</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="29"/>
        <source>Longitude and latitude (degrees or DMS)</source>
        <translation>经纬度（度或度分秒）</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="41"/>
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="52"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="52"/>
        <source>X (easting)</source>
        <translation>X（东坐标）</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="53"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="53"/>
        <source>Y (northing)</source>
        <translation>Y（北坐标）</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="64"/>
        <source>Cannot place the vertex: {reason}</source>
        <translation>无法放置节点：{reason}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="37"/>
        <source>Correct {case}</source>
        <extracomment>what can be corrected, in the order the dialog offers it</extracomment>
        <translation>更正 {case}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="38"/>
        <source>The category, the deadline and the time of a report change only here, with a reason; the case's history keeps the old value.</source>
        <translation>报告的类别、办理期限和反映时间只能在此更正，并须说明原因；案件处理记录会保留原值。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="42"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="42"/>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="43"/>
        <source>Reported at</source>
        <translation>反映时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="61"/>
        <source>Why it is corrected</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="63"/>
        <source>Correct</source>
        <translation>更正项</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="64"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>原因</translation>
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
    <name>DataSourceError</name>
    <message>
        <location filename="../../widgets/error_text.py" line="36"/>
        <source>{file}: {problem}. {advice}</source>
        <extracomment>how the file, what is wrong and the advice are put together (English: the error's own ``message``)</extracomment>
        <translation>{file}：{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="37"/>
        <source>{file}: {problem}.</source>
        <translation>{file}：{problem}。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="38"/>
        <source>{problem}. {advice}</source>
        <translation>{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="39"/>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="44"/>
        <source>read {kind}</source>
        <extracomment>what a role may not do, by the right refused (``edit:incidents`` -&gt; "edit Reports")</extracomment>
        <translation>读取{kind}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="45"/>
        <source>edit {kind}</source>
        <translation>编辑{kind}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="46"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="47"/>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="48"/>
        <source>export residents' personal data</source>
        <translation>导出居民个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="49"/>
        <source>see residents' personal data</source>
        <translation>查看居民个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="50"/>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="51"/>
        <source>see the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="52"/>
        <source>publish the disclosure web map</source>
        <translation>发布村务公开地图</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="53"/>
        <source>approve publications</source>
        <translation>审批发布</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="59"/>
        <source>none (the case is finished)</source>
        <extracomment>parameters that hold a report's status code (``new``, ``closed``), named from the code list</extracomment>
        <translation>无（案件已办结）</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="81"/>
        <location filename="../../datasources/formats.py" line="118"/>
        <source>the zip archive is broken ({reason})</source>
        <translation>zip 压缩包已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="82"/>
        <location filename="../../datasources/formats.py" line="119"/>
        <source>Ask the sender for the archive again</source>
        <translation>请向发送方重新索取压缩包</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="87"/>
        <source>the archive member '{member}' points outside the archive</source>
        <translation>压缩包中的“{member}”指向压缩包以外的位置</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="89"/>
        <source>Do not open it; ask the sender for a clean archive</source>
        <translation>请勿打开；请向发送方索取正常的压缩包</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="92"/>
        <source>'{member}' would unpack {size:,} bytes from {packed:,} (a zip bomb)</source>
        <translation>“{member}”会从 {packed:,} 字节解压出 {size:,} 字节（压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="94"/>
        <source>Do not open it; ask the sender for the data in a normal archive</source>
        <translation>请勿打开；请向发送方索取用普通压缩包打包的数据</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="98"/>
        <source>the archive holds a GDAL VRT ('{member}') that can make the program read other files</source>
        <translation>压缩包中含有 GDAL VRT 文件（“{member}”），会让程序读取其他文件</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="100"/>
        <location filename="../../datasources/vetting.py" line="152"/>
        <source>Ask for the data files themselves</source>
        <translation>请索取数据文件本身</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="104"/>
        <source>the archive would unpack to {size:,} bytes, more than the {limit:,} allowed</source>
        <translation>压缩包解压后为 {size:,} 字节，超过允许的 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="106"/>
        <source>Unpack it yourself onto a disk with room, or raise the limit</source>
        <translation>请自行解压到空间足够的磁盘，或提高限制</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="132"/>
        <source>the gzip data unpacks to more than {ratio} times its size (a decompression bomb)</source>
        <translation>gzip 数据解压后超过原大小的 {ratio} 倍（解压炸弹）</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="135"/>
        <source>Do not open it; ask the sender for the data uncompressed</source>
        <translation>请勿打开；请向发送方索取未压缩的数据</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="138"/>
        <source>the gzip data unpacks to more than {limit:,} bytes</source>
        <translation>gzip 数据解压后超过 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="140"/>
        <source>Convert it to GeoPackage or FlatGeobuf</source>
        <translation>请将其转换为 GeoPackage 或 FlatGeobuf</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="143"/>
        <source>the gzip data is broken or cut short ({reason})</source>
        <translation>gzip 数据已损坏或不完整（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="145"/>
        <location filename="../../datasources/formats.py" line="109"/>
        <location filename="../../datasources/table_cells.py" line="123"/>
        <source>Ask the sender for the file again</source>
        <translation>请向发送方重新索取该文件</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="88"/>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="140"/>
        <source>Compare both versions and choose which to keep.</source>
        <translation>请比较两个版本并选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="143"/>
        <source>{kind} #{feature_id} was changed by {who} since you opened it</source>
        <translation>{kind} #{feature_id} 在您打开后已被 {who} 修改</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="146"/>
        <source>{kind} #{feature_id} was changed by another user since you opened it</source>
        <translation>{kind} #{feature_id} 在您打开后已被其他用户修改</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="47"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="48"/>
        <source>a JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="49"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="50"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="51"/>
        <source>an old Microsoft Office document</source>
        <translation>旧版 Microsoft Office 文档</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="52"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="53"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="54"/>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="85"/>
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="86"/>
        <source>Open the .shp, .gpkg or other file inside it</source>
        <translation>请打开其中的 .shp、.gpkg 或其他文件</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="55"/>
        <location filename="../../datasources/formats.py" line="88"/>
        <location filename="../../datasources/open311.py" line="188"/>
        <location filename="../../datasources/vetting.py" line="142"/>
        <source>the file does not exist</source>
        <extracomment>the fields of an incident record as this module writes and reads it GeoReport v2 field -&gt; record field (text and times) extended attribute (less the prefix) -&gt; record field</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="89"/>
        <location filename="../../datasources/vetting.py" line="143"/>
        <source>Check the name and the folder</source>
        <translation>请检查文件名和文件夹</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="93"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="94"/>
        <source>Ask the sender for the file again; the copy was probably interrupted</source>
        <translation>请向发送方重新索取该文件；复制过程可能被中断</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="108"/>
        <source>the gzip data is broken ({reason})</source>
        <translation>gzip 数据已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="132"/>
        <source>the zip archive holds no map data the console reads</source>
        <translation>zip 压缩包中没有本程序能读取的地图数据</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="134"/>
        <source>It should hold .shp/.shx/.dbf files, a GeoPackage, GeoJSON or KML</source>
        <translation>压缩包应包含 .shp/.shx/.dbf 文件、GeoPackage、GeoJSON 或 KML</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="154"/>
        <source>the file is {what}, not map data (despite its {suffix} name)</source>
        <translation>该文件是 {what}，不是地图数据（尽管扩展名为 {suffix}）</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="156"/>
        <source>the file is {what}, not map data</source>
        <translation>该文件是 {what}，不是地图数据</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="158"/>
        <source>Ask the sender for the map data itself</source>
        <translation>请向发送方索取地图数据本身</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="167"/>
        <source>the bytes do not start like a {driver} file</source>
        <translation>文件开头的字节不符合 {driver} 格式</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="168"/>
        <source>The file is damaged or misnamed; ask the sender for it again</source>
        <translation>文件已损坏或扩展名有误；请向发送方重新索取</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="172"/>
        <source>the content is not a map format the console reads</source>
        <translation>内容不是本程序能读取的地图格式</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="174"/>
        <source>Use GeoPackage, Shapefile (zipped), GeoJSON, KML/KMZ or FlatGeobuf</source>
        <translation>请使用 GeoPackage、Shapefile（压缩包）、GeoJSON、KML/KMZ 或 FlatGeobuf</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="34"/>
        <source>the data do not fit in memory</source>
        <translation>数据超出内存容量</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="35"/>
        <source>Convert it to GeoPackage and open a part of it</source>
        <translation>请将其转换为 GeoPackage 并打开其中一部分</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="38"/>
        <source>the text cannot be decoded ({reason})</source>
        <translation>文本无法解码（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="39"/>
        <location filename="../../datasources/frames.py" line="46"/>
        <source>Choose the right encoding (for Chinese files usually GBK or UTF-8)</source>
        <translation>请选择正确的编码（中文文件通常为 GBK 或 UTF-8）</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="44"/>
        <source>the text is not in the encoding assumed</source>
        <translation>文本不是所假定的编码</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="49"/>
        <source>the .shx index file is missing or broken</source>
        <translation>.shx 索引文件缺失或已损坏</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="50"/>
        <source>Copy all the files of the shapefile together</source>
        <translation>请将 Shapefile 的所有文件一起复制</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="52"/>
        <source>the {driver} data cannot be read ({reason})</source>
        <translation>无法读取 {driver} 数据（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="53"/>
        <source>The file is probably cut short or damaged; ask the sender for it again</source>
        <translation>文件可能不完整或已损坏；请向发送方重新索取</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="41"/>
        <source>the key for residents' personal data is missing ({file})</source>
        <translation>居民个人信息的密钥缺失（{file}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="43"/>
        <source>Restore the key file from the office's key backup; without it phone and ID numbers cannot be read.</source>
        <translation>请从办公室的密钥备份中恢复密钥文件；没有它就无法读取电话和身份证号码。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="47"/>
        <source>the key file {file} is damaged</source>
        <translation>密钥文件 {file} 已损坏</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="48"/>
        <source>Restore the key file from the office's key backup.</source>
        <translation>请从办公室的密钥备份中恢复密钥文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="55"/>
        <source>the store's id {value} cannot name a key file</source>
        <translation>数据库标识 {value} 不能用作密钥文件名</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="57"/>
        <source>The store was changed outside the console; restore it from a backup.</source>
        <translation>数据库已在控制台之外被修改；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="79"/>
        <location filename="../../datasources/store/pg_store.py" line="190"/>
        <source>personal data was encrypted with another key</source>
        <translation>个人信息是用另一个密钥加密的</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="80"/>
        <source>Use the key file that belongs to this store.</source>
        <translation>请使用属于本数据库的密钥文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gate.py" line="55"/>
        <location filename="../../datasources/store/township_store.py" line="135"/>
        <source>the account {user} has been disabled</source>
        <translation>账户 {user} 已被停用</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gate.py" line="56"/>
        <location filename="../../datasources/store/pg_store.py" line="53"/>
        <location filename="../../datasources/store/township_store.py" line="137"/>
        <location filename="../../datasources/store/township_store.py" line="229"/>
        <source>Ask the administrator to enable it.</source>
        <translation>请联系管理员启用。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="141"/>
        <location filename="../../datasources/store/pg_store.py" line="184"/>
        <source>Ask the administrator for the right role.</source>
        <extracomment>Kinds whose features belong to one village (the scope of a village officer). the alert board: see alerts; raise, acknowledge, escalate and close them; issue CAP messages the disclosure web map: draft a publication; approve or reject another user's draft rights a village-limited user has over the whole township when no kind is named</extracomment>
        <translation>请向管理员申请相应的角色。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="143"/>
        <source>{user} ({role}) may not {action} in village {village}</source>
        <translation>{user}（{role}）无权{action}（村 {village}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="146"/>
        <source>{user} ({role}) may not {action}</source>
        <translation>{user}（{role}）无权{action}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="80"/>
        <source>this database is not a township store</source>
        <translation>此数据库不是乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="84"/>
        <source>the store's schema is at revision {revision}, the console needs {head}</source>
        <translation>数据库结构版本为 {revision}，本程序需要 {head}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="87"/>
        <source>Run 'township-console db upgrade' first.</source>
        <translation>请先运行“township-console db upgrade”。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="33"/>
        <source>a user name is needed</source>
        <extracomment>zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" for an offline attack on a slow hash</extracomment>
        <translation>需要用户名</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="34"/>
        <source>Give the account a user name.</source>
        <translation>请为账户指定用户名。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="37"/>
        <source>the user name {value!r} may hold only letters a-z, digits and . _ -</source>
        <translation>用户名 {value!r} 只能包含字母 a-z、数字和 . _ -</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="40"/>
        <source>Use plain letters and digits (pinyin for a Chinese name), without spaces, at most {n} characters.</source>
        <translation>请使用普通字母和数字（中文姓名用拼音），不含空格，最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="51"/>
        <source>a password needs at least {n} characters</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="54"/>
        <source>Choose a longer password.</source>
        <translation>请选择更长的密码。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="57"/>
        <source>a password may have at most {n} characters</source>
        <translation>密码最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="59"/>
        <source>Choose a shorter password.</source>
        <translation>请选择较短的密码。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="63"/>
        <source>the password is the user name</source>
        <translation>密码就是用户名</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="64"/>
        <source>Choose a password that does not name the account.</source>
        <translation>请选择不含账户名称的密码。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="71"/>
        <source>the password is too easy to guess</source>
        <translation>密码太容易被猜到</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="73"/>
        <source>Use three or four uncommon words with a digit or a sign between them; not a common password, a date or a keyboard pattern.</source>
        <translation>请使用三四个不常见的词语，中间用数字或符号隔开；不要使用常见密码、日期或键盘排列。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="109"/>
        <source>{username} is the only administrator left</source>
        <translation>{username} 是仅剩的管理员</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="111"/>
        <source>Make another account an administrator first.</source>
        <translation>请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="183"/>
        <source>this store already has accounts</source>
        <translation>此数据库已有账户</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="185"/>
        <source>Log in as an administrator to add more.</source>
        <translation>请以管理员身份登录后再添加。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="41"/>
        <location filename="../../datasources/store/township_store.py" line="222"/>
        <source>the user name or the password is wrong</source>
        <extracomment>What libpq says when the user name or the password is wrong.</extracomment>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="42"/>
        <location filename="../../datasources/store/township_store.py" line="223"/>
        <source>Check both and try again.</source>
        <translation>请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="46"/>
        <source>this workstation has made too many login attempts</source>
        <translation>本工作站登录尝试次数过多</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="48"/>
        <source>Wait a minute and try again.</source>
        <translation>请等一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="52"/>
        <location filename="../../datasources/store/township_store.py" line="228"/>
        <source>this account is disabled</source>
        <translation>此账户已停用</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="58"/>
        <location filename="../../datasources/store/township_store.py" line="233"/>
        <source>this account is locked until {until} after {n} failed logins</source>
        <translation>登录失败 {n} 次，此账户锁定至 {until}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="60"/>
        <location filename="../../datasources/store/township_store.py" line="235"/>
        <location filename="../../datasources/store/township_store.py" line="248"/>
        <source>Wait, or ask the administrator to unlock it.</source>
        <translation>请稍候，或联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="104"/>
        <source>the database server cannot be reached ({reason})</source>
        <translation>无法连接数据库服务器（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="106"/>
        <source>Check the network and the server.</source>
        <translation>请检查网络和服务器。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="183"/>
        <location filename="../../datasources/store/pg_store.py" line="187"/>
        <location filename="../../datasources/store/pg_store.py" line="195"/>
        <source>the server refused: {reason}</source>
        <translation>服务器拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="192"/>
        <source>Run 'db upgrade' where the store's old key file is, to encrypt it again on the server.</source>
        <translation>请在存有该数据库旧密钥文件的电脑上运行 'db upgrade'，由服务器重新加密。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="202"/>
        <location filename="../../datasources/store/pg_store.py" line="217"/>
        <source>{username!r} is not a user name</source>
        <translation>{username!r} 不是有效的用户名</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="203"/>
        <location filename="../../datasources/store/pg_store.py" line="218"/>
        <source>Use letters, digits, '.', '_' and '-'.</source>
        <translation>请只使用字母、数字以及 '.'、'_'、'-'。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="246"/>
        <source>{n} failed logins: the account is locked for {minutes:g} minutes</source>
        <translation>登录失败 {n} 次：账户锁定 {minutes:g} 分钟</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="174"/>
        <source>the header has {n} fields</source>
        <translation>表头有 {n} 个字段</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="175"/>
        <source>Check that it really is a table (one record per line).</source>
        <translation>请确认它确实是表格（每行一条记录）。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="182"/>
        <source>line {line} cannot be read ({reason})</source>
        <translation>第 {line} 行无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="183"/>
        <source>Check the file: a cell this long is not a table value.</source>
        <translation>请检查文件：这么长的单元格不是表格的值。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="131"/>
        <location filename="../../datasources/table_cells.py" line="186"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="122"/>
        <source>the JSON records cannot be read ({reason})</source>
        <translation>无法读取 JSON 记录（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="126"/>
        <source>the JSON is not a list of records</source>
        <translation>该 JSON 不是记录列表</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="127"/>
        <source>Use a list of objects with the same keys, or GeoJSON</source>
        <translation>请使用键名相同的对象列表，或使用 GeoJSON</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="132"/>
        <location filename="../../datasources/table_cells.py" line="187"/>
        <source>Choose a file with a header row and records.</source>
        <translation>请选择包含表头行和记录的文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="204"/>
        <source>holds binary data, not text</source>
        <translation>包含二进制数据，不是文本</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="205"/>
        <source>Check that it really is a text table.</source>
        <translation>请确认它确实是文本表格。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="213"/>
        <source>{encoding!r} is not a known text encoding</source>
        <translation>{encoding!r} 不是已知的文本编码</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="215"/>
        <source>Give one such as utf-8, gb18030 or cp1251.</source>
        <translation>请指定 utf-8、gb18030 或 cp1251 等编码。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="230"/>
        <source>byte {byte} does not decode as {encoding}</source>
        <translation>第 {byte} 个字节无法按 {encoding} 解码</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="232"/>
        <source>Give the encoding the file was saved in.</source>
        <translation>请指定文件保存时使用的编码。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="275"/>
        <source>the workbook cannot be read ({reason})</source>
        <translation>无法读取该工作簿（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="276"/>
        <location filename="../../datasources/table_cells.py" line="305"/>
        <source>Open and save it again in Excel, or save it as CSV.</source>
        <translation>请在 Excel 中打开并重新保存，或另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="287"/>
        <source>there is no sheet {sheet!r}</source>
        <translation>没有名为 {sheet!r} 的工作表</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="288"/>
        <source>Choose among: {sheets}.</source>
        <translation>请从以下工作表中选择：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="304"/>
        <source>sheet {sheet!r} cannot be read ({reason})</source>
        <translation>工作表 {sheet!r} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="310"/>
        <source>sheet {sheet!r} is empty</source>
        <translation>工作表 {sheet!r} 为空</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="311"/>
        <source>Choose a sheet with a header row.</source>
        <translation>请选择有表头行的工作表。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="85"/>
        <source>GDAL sees a virtual dataset (VRT) that can make the program read other files</source>
        <translation>GDAL 识别出虚拟数据集（VRT），它会让程序读取其他文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="88"/>
        <source>Ask for the data files</source>
        <translation>请索取数据文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="96"/>
        <source>the file holds no layers</source>
        <translation>文件中没有图层</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="97"/>
        <source>Check that it holds map data</source>
        <translation>请确认其中含有地图数据</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="235"/>
        <source>there is no layer '{layer}'</source>
        <translation>没有图层“{layer}”</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="236"/>
        <source>Choose one of: {layers}</source>
        <translation>请从以下图层中选择：{layers}</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="308"/>
        <source>'{encoding}' is not an encoding this program knows</source>
        <translation>“{encoding}”不是本程序认识的编码</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="310"/>
        <source>Choose for example UTF-8, GBK or GB18030</source>
        <translation>请选择 UTF-8、GBK 或 GB18030 等编码</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="340"/>
        <source>the coordinate system given ({crs}) is not known</source>
        <translation>所给的坐标参考系（{crs}）未知</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="342"/>
        <source>Give an EPSG code such as EPSG:4490 or EPSG:4528</source>
        <translation>请给出 EPSG 代码，如 EPSG:4490 或 EPSG:4528</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="134"/>
        <source>it is a {driver} file that points at other files or hosts</source>
        <translation>这是一个指向其他文件或主机的 {driver} 文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="136"/>
        <source>Open the data it refers to instead, or allow references.</source>
        <translation>请改为打开它所引用的数据，或允许引用。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="150"/>
        <source>the file is a GDAL virtual dataset (VRT) that can make the program read other files</source>
        <translation>该文件是 GDAL 虚拟数据集（VRT），会让程序读取其他文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="154"/>
        <source>the file is a {driver} raster, not vector data</source>
        <translation>该文件是 {driver} 栅格，不是矢量数据</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="156"/>
        <source>Open it as a raster layer</source>
        <translation>请作为栅格图层打开</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="200"/>
        <source>the JSON holds {size:,} bytes and must be parsed whole, more than the {limit:,} allowed</source>
        <translation>该 JSON 有 {size:,} 字节，必须整体解析，超过允许的 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="202"/>
        <source>Convert it to GeoPackage or FlatGeobuf (ogr2ogr or QGIS), which are read piece by piece</source>
        <translation>请用 ogr2ogr 或 QGIS 将其转换为可分块读取的 GeoPackage 或 FlatGeobuf</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="214"/>
        <source>'{member}' is JSON nested far deeper than map data needs (a malformed or hostile file)</source>
        <translation>“{member}”的 JSON 嵌套层数远超地图数据所需（格式错误或恶意文件）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="217"/>
        <location filename="../../datasources/vetting.py" line="241"/>
        <source>Ask the sender for a GeoPackage or a plain GeoJSON export</source>
        <translation>请向发送方索取 GeoPackage 或普通 GeoJSON 导出文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="238"/>
        <source>the JSON is nested more than {limit} levels deep, far deeper than map data needs (a malformed or hostile file)</source>
        <translation>JSON 嵌套超过 {limit} 层，远超地图数据所需（格式错误或恶意文件）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="254"/>
        <source>its {suffix} index file is missing</source>
        <translation>缺少 {suffix} 索引文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="255"/>
        <source>its {suffix} attribute table file is missing</source>
        <translation>缺少 {suffix} 属性表文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="258"/>
        <source>Copy all the files of the shapefile together (.shp, .shx, .dbf, .prj, .cpg), or ask the sender to zip them</source>
        <translation>请将 Shapefile 的所有文件（.shp、.shx、.dbf、.prj、.cpg）一起复制，或请发送方打包成压缩包</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="267"/>
        <source>the .shp is cut short ({actual:,} of {declared:,} bytes)</source>
        <translation>.shp 文件不完整（{actual:,} / {declared:,} 字节）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="269"/>
        <source>Ask the sender for the file again; the copy was interrupted</source>
        <translation>请向发送方重新索取该文件；复制过程被中断</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="280"/>
        <source>the table is {gib:.1f} GiB</source>
        <translation>表格大小为 {gib:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="281"/>
        <source>Split it, or load it into the project store.</source>
        <translation>请将其拆分，或导入项目数据库。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="287"/>
        <source>old Excel (.xls) and .ods workbooks are not read</source>
        <translation>不支持读取旧版 Excel（.xls）和 .ods 工作簿</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="289"/>
        <source>Save it as .xlsx or CSV.</source>
        <translation>请另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="301"/>
        <source>is not an XLSX workbook (not a zip file)</source>
        <translation>不是 XLSX 工作簿（不是 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="302"/>
        <location filename="../../datasources/vetting.py" line="319"/>
        <source>Save it again from Excel as .xlsx, or as CSV.</source>
        <translation>请在 Excel 中重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="306"/>
        <source>the workbook would unpack to {mb:.0f} MB</source>
        <translation>该工作簿解压后为 {mb:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="307"/>
        <source>Open it only if you trust its source, after saving it as CSV.</source>
        <translation>仅在信任其来源时，先另存为 CSV 再打开。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="312"/>
        <source>{member} is compressed {ratio}:1 (a zip bomb)</source>
        <translation>{member} 的压缩比为 {ratio}:1（压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="314"/>
        <source>Do not open it; ask the sender for the data again.</source>
        <translation>请勿打开；请向发送方重新索取数据。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="318"/>
        <source>is a zip file but not an XLSX workbook</source>
        <translation>是 zip 文件，但不是 XLSX 工作簿</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="337"/>
        <source>it is a VRT that points at other files</source>
        <translation>这是一个指向其他文件的 VRT</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="338"/>
        <source>Open the files it refers to instead, or allow references.</source>
        <translation>请改为打开它所引用的文件，或允许引用。</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="353"/>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="354"/>
        <source>Check its permissions</source>
        <translation>请检查文件权限</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="357"/>
        <source>not an SQLite database, so not an MBTiles basemap</source>
        <translation>不是 SQLite 数据库，因此不是 MBTiles 底图</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="359"/>
        <source>Choose a .mbtiles file</source>
        <translation>请选择 .mbtiles 文件</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="373"/>
        <source>the file is truncated (shorter than an SQLite header)</source>
        <translation>文件不完整（短于 SQLite 文件头）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="85"/>
        <source>a basemap tile is not a readable image ({reason})</source>
        <translation>底图瓦片不是可读取的图片（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="87"/>
        <source>The tile is skipped; re-export or re-download the basemap</source>
        <translation>已跳过该瓦片；请重新导出或重新下载底图</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="159"/>
        <source>SQLite cannot open it ({reason})</source>
        <translation>SQLite 无法打开它（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="161"/>
        <location filename="../../datasources/vetting.py" line="375"/>
        <source>Copy the file again</source>
        <translation>请重新复制该文件</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="169"/>
        <source>the MBTiles database is damaged ({reason})</source>
        <translation>MBTiles 数据库已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="171"/>
        <location filename="../../datasources/tiles.py" line="268"/>
        <source>Copy or export the basemap again</source>
        <translation>请重新复制或导出底图</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="203"/>
        <source>an SQLite file without the MBTiles table(s) {names}</source>
        <translation>SQLite 文件中缺少 MBTiles 表 {names}</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="206"/>
        <source>Export the basemap as MBTiles (raster tiles)</source>
        <translation>请将底图导出为 MBTiles（栅格瓦片）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="225"/>
        <source>it holds {fmt} tiles, which the map cannot draw</source>
        <translation>其中是地图无法绘制的 {fmt} 瓦片</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="228"/>
        <source>Use a raster MBTiles (png, jpg or webp tiles)</source>
        <translation>请使用栅格 MBTiles（png、jpg 或 webp 瓦片）</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="266"/>
        <source>tile {z}/{x}/{y} cannot be read ({reason})</source>
        <translation>瓦片 {z}/{x}/{y} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="381"/>
        <source>the file is truncated: {size:,} of {expected:,} bytes</source>
        <translation>文件不完整：{size:,} / {expected:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="383"/>
        <source>Copy the file again from its source</source>
        <translation>请从来源处重新复制该文件</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="114"/>
        <location filename="../../datasources/atomic.py" line="167"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="150"/>
        <source>cannot write in {folder} ({strerror})</source>
        <translation>无法写入 {folder}（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="116"/>
        <location filename="../../datasources/atomic.py" line="169"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="151"/>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="183"/>
        <source>the writer produced no file</source>
        <translation>写入程序没有生成文件</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="198"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="211"/>
        <source>the file could not be written ({strerror})</source>
        <translation>文件无法写入（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="200"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="213"/>
        <source>Free some space or choose another folder; the earlier file is unchanged.</source>
        <translation>请腾出磁盘空间或选择其他文件夹；原有文件未改动。</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="103"/>
        <source>the raster {table!r} could not be written into the GeoPackage ({reason})</source>
        <translation>栅格 {table!r} 无法写入 GeoPackage（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="106"/>
        <source>Check the free disk space; keep the raster as a file beside the project.</source>
        <translation>请检查磁盘剩余空间；也可将栅格作为文件保存在项目旁边。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="166"/>
        <source>{fmt!r} is not an export format</source>
        <extracomment>the columns of a spreadsheet export, in order (personal ones only when allowed and asked for)</extracomment>
        <translation>{fmt!r} 不是导出格式</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="167"/>
        <location filename="../../datasources/incident_vocabulary.py" line="67"/>
        <location filename="../../datasources/incident_vocabulary.py" line="92"/>
        <location filename="../../datasources/store/accounts.py" line="158"/>
        <location filename="../../datasources/store/alerts.py" line="94"/>
        <location filename="../../datasources/store/corrections.py" line="37"/>
        <location filename="../../datasources/store/incidents.py" line="104"/>
        <location filename="../../datasources/store/incidents.py" line="179"/>
        <location filename="../../datasources/store/incidents.py" line="186"/>
        <location filename="../../datasources/store/rows.py" line="24"/>
        <source>Use one of {names}.</source>
        <translation>请使用以下之一：{names}。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="171"/>
        <source>Open311 exports never carry residents' personal data</source>
        <translation>Open311 导出从不包含居民个人信息</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="174"/>
        <source>Export to csv or xlsx for that, if your role allows it.</source>
        <translation>如您的角色允许，请导出为 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="130"/>
        <source>{field!r} is not a field of a report</source>
        <extracomment>our fields a table may fill; ``lon``/``lat`` hold x/y in metres when the table's CRS is planar headers (compared lower-case, width-folded, without a bracketed unit) that name each field</extracomment>
        <translation>{field!r} 不是报告的字段</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="132"/>
        <source>Map columns to: {names}.</source>
        <translation>请将列对应到：{names}。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="137"/>
        <source>there is no column {column!r}</source>
        <translation>没有列 {column!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="139"/>
        <location filename="../../datasources/tables.py" line="191"/>
        <source>Choose among: {names}.</source>
        <translation>请从以下选项中选择：{names}。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="144"/>
        <source>no column holds the category of the reports</source>
        <translation>没有列包含报告的类别</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="146"/>
        <source>Map a column to 'category' (类别).</source>
        <translation>请将一列对应到“category”（类别）。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="150"/>
        <source>only one coordinate column is mapped</source>
        <translation>只对应了一个坐标列</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="152"/>
        <source>Map both 'lon' (经度/x) and 'lat' (纬度/y), or neither.</source>
        <translation>请同时对应“lon”（经度/x）和“lat”（纬度/y），或都不对应。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="275"/>
        <location filename="../../datasources/tables.py" line="239"/>
        <source>the CRS {crs!r} is not known</source>
        <translation>坐标参考系 {crs!r} 未知</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="276"/>
        <location filename="../../datasources/tables.py" line="240"/>
        <source>Give an EPSG code such as 4490.</source>
        <translation>请给出 EPSG 代码，如 4490。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="286"/>
        <source>the CRS of the coordinates cannot be inferred ({reason})</source>
        <translation>无法推断坐标的坐标参考系（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="289"/>
        <source>Give it, such as EPSG:4549.</source>
        <translation>请指定，如 EPSG:4549。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="65"/>
        <location filename="../../datasources/store/incidents.py" line="177"/>
        <source>{status!r} is not an incident status</source>
        <extracomment>a case someone still has to work on a case nobody works on any more (nothing may follow) statuses a likely duplicate cannot have (they are not cases of their own) status -&gt; statuses it may change to days from report to closing, by category (the defaults; the office changes them in the store) fields of a report that a plain edit (the API's, the attribute table's) may not change: the workflow's (a step with a note) and the desk's (a named correction with a reason), or none (the numbers) the deadline of a category not in the table how a report reached the office</extracomment>
        <translation>{status!r} 不是事件状态</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="90"/>
        <source>{new!r} is not an incident status</source>
        <translation>{new!r} 不是事件状态</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="96"/>
        <source>an incident that is {current} cannot become {new}</source>
        <translation>状态为 {current} 的事件不能变为 {new}</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="99"/>
        <source>Allowed next: {allowed}.</source>
        <translation>下一步可以是：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="102"/>
        <source>every change of status needs a note saying why</source>
        <translation>每次更改状态都需要说明原因的备注</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="105"/>
        <source>Write a note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="107"/>
        <source>assigning needs the person or team it goes to</source>
        <translation>派单需要指定承办人或小组</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="109"/>
        <source>Name the assignee.</source>
        <translation>请指定承办人。</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="111"/>
        <source>a duplicate needs the number of the original report</source>
        <translation>标记为重复需要原报告的编号</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="114"/>
        <source>Give the original's id.</source>
        <translation>请给出原报告的编号。</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="67"/>
        <location filename="../../datasources/open311.py" line="189"/>
        <location filename="../../datasources/qgis_read.py" line="84"/>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="193"/>
        <source>the file is {value:.0f} MB, more than the {value2} MB an Open311 import takes</source>
        <translation>文件为 {value:.0f} MB，超过 Open311 导入允许的 {value2} MB</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="196"/>
        <location filename="../../datasources/open311.py" line="209"/>
        <source>Split it into smaller exports.</source>
        <translation>请拆分成较小的导出文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="206"/>
        <source>the document is larger than an Open311 import takes</source>
        <translation>文档超出 Open311 导入允许的大小</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="217"/>
        <source>is neither Open311 JSON nor XML</source>
        <translation>既不是 Open311 JSON 也不是 XML</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="218"/>
        <location filename="../../datasources/open311.py" line="247"/>
        <source>Export the service requests again.</source>
        <translation>请重新导出服务请求。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="234"/>
        <source>byte {start} is not UTF-8</source>
        <translation>第 {start} 个字节不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="235"/>
        <source>Open311 JSON is UTF-8.</source>
        <translation>Open311 JSON 应为 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="239"/>
        <source>is not valid JSON ({value})</source>
        <translation>不是有效的 JSON（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="240"/>
        <location filename="../../datasources/open311.py" line="268"/>
        <source>Export it again.</source>
        <translation>请重新导出。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="246"/>
        <source>holds no list of service requests</source>
        <translation>不包含服务请求列表</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="259"/>
        <source>the XML declares a DTD or entities ({error_type})</source>
        <translation>该 XML 声明了 DTD 或实体（{error_type}）</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="261"/>
        <source>Open311 XML needs neither; ask the sender for a plain export.</source>
        <translation>Open311 XML 不需要这些；请向发送方索取普通导出文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="267"/>
        <source>is not well-formed XML ({reason})</source>
        <translation>不是格式正确的 XML（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="272"/>
        <source>its text cannot be decoded ({reason})</source>
        <translation>其文本无法解码（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="274"/>
        <source>Export it as UTF-8.</source>
        <translation>请以 UTF-8 编码导出。</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="278"/>
        <source>the XML root is &lt;{tag}&gt;, not &lt;service_requests&gt;</source>
        <translation>XML 根元素是 &lt;{tag}&gt;，不是 &lt;service_requests&gt;</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="280"/>
        <source>Give a GeoReport v2 service request list.</source>
        <translation>请提供 GeoReport v2 服务请求列表。</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="198"/>
        <source>layer {table!r} could not be written ({reason})</source>
        <translation>图层 {table!r} 无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="200"/>
        <source>Check the free disk space and the layer's field names.</source>
        <translation>请检查磁盘剩余空间和图层的字段名。</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="231"/>
        <source>the project tables could not be written ({reason})</source>
        <translation>无法写入项目表（{reason}）</translation>
    </message>
    <message>
        <location filename="../../layers/planning/plan_export.py" line="72"/>
        <source>the style could not be written ({reason})</source>
        <extracomment>the columns of the exported village table, in order the fill of each status, as the map draws it</extracomment>
        <translation>无法写入样式（{reason}）</translation>
    </message>
    <message>
        <location filename="../../layers/planning/plan_export.py" line="73"/>
        <location filename="../../datasources/project_file.py" line="234"/>
        <source>Check the free disk space.</source>
        <translation>请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="66"/>
        <location filename="../../datasources/qgis_read.py" line="83"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="69"/>
        <location filename="../../datasources/project_file.py" line="265"/>
        <source>this is not a township project file</source>
        <translation>这不是乡镇项目文件</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="71"/>
        <location filename="../../datasources/project_file.py" line="267"/>
        <source>Open it as a data file, or choose a project saved by the console.</source>
        <translation>请作为数据文件打开，或选择本程序保存的项目。</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="84"/>
        <source>a township project is a .gpkg file</source>
        <translation>乡镇工程是 .gpkg 文件</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="85"/>
        <source>Name the file with .gpkg at the end.</source>
        <translation>请以 .gpkg 作为文件名结尾。</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="278"/>
        <source>the project settings cannot be read ({reason})</source>
        <translation>无法读取项目设置（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="280"/>
        <location filename="../../datasources/project_file.py" line="287"/>
        <location filename="../../datasources/project_file.py" line="328"/>
        <location filename="../../datasources/raster.py" line="359"/>
        <source>Restore the file from a backup.</source>
        <translation>请从备份中恢复该文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="285"/>
        <source>the project's list of layers is not valid</source>
        <translation>项目的图层列表无效</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="326"/>
        <source>layer {table!r} cannot be read ({reason})</source>
        <translation>图层 {table!r} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="173"/>
        <source>a view of {out_width}x{out_height} pixels x {n} bands is too large to read at once</source>
        <translation>{out_width}x{out_height} 像素 x {n} 个波段的视图太大，无法一次读取</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="176"/>
        <source>Read it in tiles.</source>
        <translation>请分块读取。</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="190"/>
        <location filename="../../datasources/raster.py" line="236"/>
        <source>the raster is rotated</source>
        <translation>该栅格是旋转的</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="191"/>
        <location filename="../../datasources/raster.py" line="237"/>
        <source>Warp it to north-up first.</source>
        <translation>请先将其重投影为正北朝上。</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="207"/>
        <source>band {band} cannot be read ({reason})</source>
        <translation>波段 {band} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="209"/>
        <location filename="../../datasources/raster.py" line="260"/>
        <location filename="../../datasources/raster.py" line="366"/>
        <source>The file is truncated or corrupted: copy it again.</source>
        <translation>文件不完整或已损坏：请重新复制。</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="258"/>
        <source>the pixels cannot be read ({reason})</source>
        <translation>无法读取像素（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="296"/>
        <source>overviews cannot be built ({reason})</source>
        <translation>无法构建金字塔（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="298"/>
        <source>Check that the file and its folder are writable.</source>
        <translation>请检查文件及其文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="331"/>
        <source>this view would read {value:.0f} million pixels because the raster has no overviews for it</source>
        <translation>由于栅格没有相应的金字塔，此视图需要读取 {value:.0f} 百万像素</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="334"/>
        <source>Build overviews (pyramids) for it once, then open it again.</source>
        <translation>请先为其构建一次金字塔（概览），再重新打开。</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="356"/>
        <source>the raster table {table!r} cannot be read ({reason})</source>
        <translation>栅格表 {table!r} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="364"/>
        <source>the TIFF cannot be opened ({reason})</source>
        <translation>无法打开该 TIFF（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="371"/>
        <source>it is not a raster the console reads</source>
        <translation>不是本程序能读取的栅格</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="373"/>
        <source>Open GeoTIFF, ASCII grid, IMG or PNG/JPEG with a world file.</source>
        <translation>请打开 GeoTIFF、ASCII 格网、IMG 或带坐标文件（world file）的 PNG/JPEG。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="61"/>
        <source>there is already an account named {username}</source>
        <extracomment>What the account list shows (never the password hash, which a shared store's roles cannot read).</extracomment>
        <translation>已有名为 {username} 的账户</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="64"/>
        <source>Choose another user name.</source>
        <translation>请选择其他用户名。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="94"/>
        <source>you cannot disable your own account</source>
        <translation>您不能停用自己的账户</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="150"/>
        <source>there is no account named {username}</source>
        <translation>没有名为 {username} 的账户</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="157"/>
        <source>{role!r} is not a role</source>
        <translation>{role!r} 不是角色</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="161"/>
        <source>a village officer needs a village</source>
        <translation>村干部需要指定所在的村</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="163"/>
        <source>Choose the officer's village.</source>
        <translation>请选择村干部所在的村。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="168"/>
        <source>there is no village {village_code}</source>
        <translation>没有村 {village_code}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="41"/>
        <source>{name} cannot be opened as a GeoPackage ({orig})</source>
        <translation>{name} 无法作为 GeoPackage 打开（{orig}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="43"/>
        <source>Give the path of a township store (.gpkg) in a folder you can use.</source>
        <translation>请给出位于可用文件夹中的乡镇数据库（.gpkg）路径。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="65"/>
        <source>{value} already holds a township store</source>
        <translation>{value} 中已有乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="67"/>
        <source>Use 'db upgrade' to bring it to the current schema.</source>
        <translation>请用“db upgrade”将其升级到当前结构。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="97"/>
        <location filename="../../datasources/store/admin.py" line="168"/>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="98"/>
        <location filename="../../datasources/store/admin.py" line="169"/>
        <source>Check the path of the store.</source>
        <translation>请检查数据库的路径。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="103"/>
        <source>{value} is not a township store</source>
        <translation>{value} 不是乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="104"/>
        <location filename="../../datasources/store/township_store.py" line="82"/>
        <source>Create one with 'db init'.</source>
        <translation>请用“db init”创建一个。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="199"/>
        <source>the backup could not be written ({reason})</source>
        <translation>备份无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="201"/>
        <source>Free some space or choose another folder; the store is unchanged.</source>
        <translation>请腾出磁盘空间或选择其他文件夹；数据库未改动。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="257"/>
        <source>consoles no longer share the database login {role}: each user logs in as their own</source>
        <translation>各工作站不再共用数据库登录名 {role}：每个用户以自己的账户登录</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="259"/>
        <source>Add each user with 'township-console users add'.</source>
        <translation>请用 'township-console users add' 添加每个用户。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="77"/>
        <source>the backup is at schema revision {revision}, which this console does not know</source>
        <extracomment>Tables of the file format or of PostGIS, remade by the migrations, and the login desk's passing counts of calls and failures: never copied from a backup. The order rows are copied in (parents before children); tables the models no longer know go last.</extracomment>
        <translation>备份的数据库结构版本为 {revision}，本控制台不认识该版本</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="80"/>
        <source>Restore it with the console version that made it, or use another backup.</source>
        <translation>请用制作该备份的控制台版本恢复，或使用其他备份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="91"/>
        <source>the backup's store id or coordinate system is not valid</source>
        <translation>备份中的数据库标识或坐标系无效</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="120"/>
        <source>Use a backup made with 'township-console db backup' that no one has edited.</source>
        <translation>请使用由 'township-console db backup' 制作且未被改动的备份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="130"/>
        <source>the backup's table {value} has other columns than the store's</source>
        <translation>备份中的表 {value} 的字段与数据库不一致</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="73"/>
        <source>the backup holds data the store does not have: {value}</source>
        <extracomment>Filled by the project at each apply (the console's permission table): never taken from a backup. Tables the database's own rules add; an older backup may not have them (then the new ones stay).</extracomment>
        <translation>备份中含有数据库没有的数据：{value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="108"/>
        <source>a restore does not run as a database superuser</source>
        <translation>恢复不能以数据库超级用户身份运行</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="110"/>
        <source>Run it with the store's owner login, the one that ran 'db init'.</source>
        <translation>请用数据库所有者的登录名（运行 'db init' 的那个）运行。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="172"/>
        <location filename="../../datasources/store/dump_restore.py" line="185"/>
        <location filename="../../datasources/store/dump_restore.py" line="198"/>
        <location filename="../../datasources/store/restore.py" line="140"/>
        <source>the backup holds a table the store does not have: {value}</source>
        <translation>备份中含有数据库没有的表：{value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="191"/>
        <location filename="../../datasources/store/restore.py" line="144"/>
        <source>the backup lacks the store's table {value}</source>
        <translation>备份缺少数据库的表 {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="269"/>
        <source>Check that the login owns the store and may create roles, and that the backup is a township store.</source>
        <translation>请确认该登录名拥有数据库且可以创建角色，并确认备份是乡镇数据库的备份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="154"/>
        <source>not every row of the backup could be copied: {value}</source>
        <translation>备份中的记录未能全部复制：{value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="165"/>
        <source>Give the anchor printed by 'db backup'.</source>
        <translation>请给出 'db backup' 打印的锚点。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="162"/>
        <source>{value!r} is not an anchor: an anchor looks like 123:&lt;64 hex digits&gt;</source>
        <translation>{value!r} 不是锚点：锚点形如 123:&lt;64 位十六进制数&gt;</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="172"/>
        <source>Use another backup: this one was changed after it was made.</source>
        <translation>请使用其他备份：此备份在制作后被修改过。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="182"/>
        <source>the backup's audit trail is broken: record {seq} is missing ({n} problems)</source>
        <extracomment>How a broken chain in a backup is said, by the first problem :func:`audit.verify` found (its own words are English; these are the interface's templates).</extracomment>
        <translation>备份的审计记录链已损坏：缺少第 {seq} 条记录（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="184"/>
        <source>the backup's audit trail is broken: record {seq} does not follow the record before it, a record was inserted or deleted ({n} problems)</source>
        <translation>备份的审计记录链已损坏：第 {seq} 条记录与前一条接不上，有记录被插入或删除（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="188"/>
        <source>the backup's audit trail is broken: record {seq} was changed after it was written ({n} problems)</source>
        <translation>备份的审计记录链已损坏：第 {seq} 条记录在写入后被改动（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="191"/>
        <source>the backup's audit trail is broken: record {seq} differs from the anchor kept outside the store, the chain was rewritten ({n} problems)</source>
        <translation>备份的审计记录链已损坏：第 {seq} 条记录与存放在库外的锚点不符，记录链被重写（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="195"/>
        <source>the backup's audit trail is broken: the anchored record {seq} is gone, records were deleted ({n} problems)</source>
        <translation>备份的审计记录链已损坏：锚点所指的第 {seq} 条记录不见了，有记录被删除（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="200"/>
        <source>the backup's audit trail is broken: its end does not match its head (record {seq}), records were deleted or added outside the console ({n} problems)</source>
        <translation>备份的审计记录链已损坏：链尾与链头（第 {seq} 条记录）不符，有记录在控制台之外被删除或添加（共 {n} 处问题）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="269"/>
        <source>the store is open in another console or program, so it was not restored</source>
        <translation>数据库正被其他控制台或程序打开，因此未恢复</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="272"/>
        <source>Close every console that uses the store (log out and quit) and run the restore again.</source>
        <translation>请关闭所有使用该数据库的控制台（注销并退出），然后重新运行恢复。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="68"/>
        <source>the backup's {value} is not a table</source>
        <translation>备份中的 {value} 不是表</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="72"/>
        <source>the backup's table {value} computes columns</source>
        <translation>备份中的表 {value} 含有计算字段</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="86"/>
        <source>the backup's rows do not fit the store ({reason})</source>
        <translation>备份中的记录与数据库结构不符（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="92"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="112"/>
        <source>the backup cannot be read ({reason})</source>
        <translation>无法读取备份（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="83"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="88"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="93"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="113"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="120"/>
        <location filename="../../datasources/store/pg_backup.py" line="146"/>
        <location filename="../../datasources/store/pg_backup.py" line="159"/>
        <location filename="../../datasources/store/restore.py" line="93"/>
        <source>Use another backup.</source>
        <translation>请使用其他备份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="118"/>
        <source>the backup is damaged or not a township store</source>
        <translation>备份已损坏或不是乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="254"/>
        <source>database roles exist only on a shared PostgreSQL store</source>
        <translation>数据库角色只存在于共享的 PostgreSQL 数据库中</translation>
    </message>
    <message>
        <location filename="../../datasources/store/engine.py" line="90"/>
        <source>the store must be a GeoPackage file or PostgreSQL, not {backend}</source>
        <translation>数据库必须是 GeoPackage 文件或 PostgreSQL，而不是 {backend}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/engine.py" line="93"/>
        <source>Give a .gpkg path or a postgresql+psycopg:// URL.</source>
        <translation>请给出 .gpkg 路径或 postgresql+psycopg:// 地址。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="242"/>
        <source>{names} of incidents #{feature_id} change only through the workflow</source>
        <translation>事件 #{feature_id} 的 {names} 只能通过办理流程更改</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="51"/>
        <source>a reading of {kind} takes values only with a named query</source>
        <translation>读取 {kind} 时只有指定命名查询才能带参数</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="54"/>
        <source>Name one of the store's queries.</source>
        <translation>请指定数据库的一个命名查询。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="166"/>
        <source>reports are never deleted: incidents #{feature_id} keeps its history</source>
        <translation>报告不能删除：incidents #{feature_id} 保留其处理记录</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="169"/>
        <source>Withdraw the report instead, with a note saying why.</source>
        <translation>请改为撤回该报告，并附上说明原因的备注。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="184"/>
        <source>the store has no query {name!r} of {kind}</source>
        <translation>数据库中没有 {kind} 的查询 {name!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="186"/>
        <source>Use one of {value}.</source>
        <translation>请使用以下之一：{value}。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="191"/>
        <source>the query {name!r} of {kind} was asked wrongly ({reason})</source>
        <translation>{kind} 的查询 {name!r} 调用有误（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="136"/>
        <source>case numbers already in the store or twice in the import: {shown}</source>
        <extracomment>Incident fields that only the incident workflow sets (with a note, a history row and an audit record). Incident fields that change only through a named, audited desk operation with a reason (the operation's name; None: never), so a plain edit (the API's or the attribute table's) cannot bend the figures. What a report added as a plain feature may not bring: it starts ``new``, numbered and due by the store. case numbers count per year of China Standard Time (a report at 23:30 on 31 December is that year's)</extracomment>
        <translation>案件编号已在数据库中或在导入中重复：{shown}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="139"/>
        <source>Leave those reports out, or import them without their case numbers.</source>
        <translation>请去掉这些报告，或不带案件编号导入。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="144"/>
        <source>{n} case numbers of the import cannot be used</source>
        <translation>导入中有 {n} 个案件编号不能使用</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="146"/>
        <location filename="../../datasources/store/incidents.py" line="150"/>
        <source>Import those reports without their case numbers.</source>
        <translation>请导入这些报告时不带案件编号。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="205"/>
        <source>a new report starts as new, numbered and due by the store; it cannot bring {names}</source>
        <translation>新报告一律以“新报告”状态开始，编号和办理期限由数据库给定；不能带入 {names}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="208"/>
        <source>File the report, then move it on through the desk's steps, each with a note.</source>
        <translation>请先登记报告，再按受理台的步骤逐步办理，每一步附备注。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="245"/>
        <source>Use {value}, with a reason; a case number never changes.</source>
        <translation>请使用 {value} 并说明原因；案件编号永不更改。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="73"/>
        <source>a new report gets its case number from the store</source>
        <translation>新报告的案件编号由数据库给定</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="76"/>
        <source>Leave the case number out; give the source's own number as source_number.</source>
        <translation>请不要填写案件编号；来源自己的编号请填在 source_number 中。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="102"/>
        <source>{source!r} is not a source of reports</source>
        <translation>{source!r} 不是报告来源</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="148"/>
        <source>some case numbers of the import cannot be used</source>
        <translation>导入中有些案件编号不能使用</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="160"/>
        <source>a report needs a category</source>
        <translation>报告需要类别</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="161"/>
        <source>Choose what kind of problem it is.</source>
        <translation>请选择问题的类别。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="164"/>
        <source>a report needs a place: a point on the map or an address</source>
        <translation>报告需要位置：地图上的点或地址</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="167"/>
        <source>Click the place on the map, or give the address or coordinates.</source>
        <translation>请在地图上点击位置，或填写地址或坐标。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="172"/>
        <source>a report's place is a point, not a {geom_type}</source>
        <translation>报告的位置是点，不是 {geom_type}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="184"/>
        <source>{value!r} is not a source of reports</source>
        <translation>{value!r} 不是报告来源</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="93"/>
        <source>{status!r} is not an alert status</source>
        <extracomment>steps that need a note saying why</extracomment>
        <translation>{status!r} 不是预警状态</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="97"/>
        <source>an alert that is {before} cannot become {after}</source>
        <translation>处于 {before} 状态的预警不能改为 {after}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="99"/>
        <source>Reload the board: someone may have moved it on.</source>
        <translation>请刷新预警看板：可能已有他人处理。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="102"/>
        <source>an alert is {after} only with a note</source>
        <translation>预警改为 {after} 时必须填写说明</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="103"/>
        <location filename="../../datasources/store/publications.py" line="108"/>
        <source>Write why.</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="238"/>
        <location filename="../../datasources/store/alerts.py" line="319"/>
        <source>alert #{alert_id} is not in the store</source>
        <translation>库中没有 #{alert_id} 号预警</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="239"/>
        <location filename="../../datasources/store/alerts.py" line="320"/>
        <source>Reload the alert board.</source>
        <translation>请刷新预警看板。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="289"/>
        <location filename="../../datasources/store/incidents.py" line="235"/>
        <source>the note is empty</source>
        <translation>备注为空</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="290"/>
        <location filename="../../datasources/store/incidents.py" line="236"/>
        <source>Write something.</source>
        <translation>请填写内容。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="287"/>
        <source>{shown} is not a JPEG or PNG photo</source>
        <translation>{shown} 不是 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="289"/>
        <source>Attach a .jpg or .png picture.</source>
        <translation>请附上 .jpg 或 .png 图片。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="293"/>
        <source>{shown} is {value:.1f} MB, more than the 10 MB allowed</source>
        <translation>{shown} 为 {value:.1f} MB，超过允许的 10 MB</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="39"/>
        <source>this is not a JPEG or PNG photo ({reason})</source>
        <extracomment>50 million pixels: a 50-megapixel phone camera's photo, about 200 MB once decoded.</extracomment>
        <translation>这不是 JPEG 或 PNG 照片（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="40"/>
        <source>Take a photo with a camera or phone, or save the picture again as JPEG or PNG.</source>
        <translation>请用相机或手机拍照，或将图片另存为 JPEG 或 PNG。</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="49"/>
        <source>the photo has {size:,} bytes, more than {limit:,}</source>
        <translation>照片有 {size:,} 字节，超过 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="51"/>
        <location filename="../../datasources/photos.py" line="77"/>
        <location filename="../../datasources/store/incidents.py" line="296"/>
        <source>Make the photo smaller.</source>
        <translation>请缩小照片。</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="74"/>
        <source>the photo claims {width} x {height} pixels, more than {limit:,}</source>
        <translation>照片声称有 {width} x {height} 像素，超过 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="345"/>
        <source>there is no report #{original_id} among those you may see</source>
        <translation>在您可查看的报告中没有 #{original_id}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="348"/>
        <source>Give the number of a report you can open.</source>
        <translation>请给出您能打开的报告的编号。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="36"/>
        <source>{value!r} is not a category of reports</source>
        <extracomment>the longest deadline the office may set, in days</extracomment>
        <translation>{value!r} 不是报告类别</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="51"/>
        <source>a report cannot be made in the future</source>
        <translation>报告时间不能在将来</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="52"/>
        <source>Give the time the resident reported it.</source>
        <translation>请填写群众反映的时间。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="69"/>
        <source>a correction of {name} needs a reason</source>
        <translation>更正 {name} 需要说明原因</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="71"/>
        <source>Write why it is corrected.</source>
        <translation>请写明更正原因。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="74"/>
        <source>incidents #{feature_id} is {status}: its figures are final</source>
        <translation>incidents #{feature_id} 状态为 {status}：其数据已定</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="77"/>
        <source>Only an open report can be corrected.</source>
        <translation>只能更正尚未办结的报告。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="98"/>
        <source>{days:g} days is not a deadline</source>
        <translation>{days:g} 天不是有效的期限</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="100"/>
        <source>Give a number of days above 0.</source>
        <translation>请给出大于 0 的天数。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="122"/>
        <source>a time is needed</source>
        <translation>需要时间</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="123"/>
        <source>Give a date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="338"/>
        <source>a report cannot be a duplicate of itself</source>
        <translation>报告不能是它自己的重复</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="340"/>
        <source>Give the number of the original report.</source>
        <translation>请给出原报告的编号。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="54"/>
        <source>{name} was not found, so a PostgreSQL store cannot be backed up or restored</source>
        <extracomment>Where the PostgreSQL client tools usually are when they are not on PATH.</extracomment>
        <translation>未找到 {name}，因此无法备份或恢复 PostgreSQL 数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="57"/>
        <source>Install the PostgreSQL client tools (on Debian/Ubuntu: postgresql-client-15, or the version of the server) or put their folder on PATH.</source>
        <translation>请安装 PostgreSQL 客户端工具（Debian/Ubuntu 上为 postgresql-client-15，或与服务器相同的版本），或将其文件夹加入 PATH。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="79"/>
        <source>{value} is not a PostgreSQL URL</source>
        <translation>{value} 不是 PostgreSQL 地址</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="80"/>
        <source>Give a postgresql+psycopg:// URL.</source>
        <translation>请给出 postgresql+psycopg:// 地址。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="120"/>
        <source>the backup failed: {value}</source>
        <translation>备份失败：{value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="121"/>
        <source>Check that the server answers and that the login may read the store.</source>
        <translation>请检查服务器是否响应，以及登录用户能否读取数据库。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="241"/>
        <location filename="../../datasources/store/pg_backup.py" line="139"/>
        <source>the backup file does not exist</source>
        <translation>备份文件不存在</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="242"/>
        <location filename="../../datasources/store/pg_backup.py" line="140"/>
        <source>Check its path.</source>
        <translation>请检查其路径。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="144"/>
        <source>this is not a readable PostgreSQL backup ({value})</source>
        <translation>这不是可读取的 PostgreSQL 备份（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="150"/>
        <source>this PostgreSQL backup holds no township store</source>
        <translation>此 PostgreSQL 备份中没有乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="152"/>
        <source>Use a backup made with 'township-console db backup'.</source>
        <translation>请使用由“township-console db backup”制作的备份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="81"/>
        <location filename="../../datasources/store/pg_backup.py" line="157"/>
        <source>the backup is truncated or damaged ({value})</source>
        <translation>备份不完整或已损坏（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="266"/>
        <source>the restore failed and the store was left unchanged: {value}</source>
        <translation>恢复失败，数据库保持不变：{value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="198"/>
        <source>the target database has no PostGIS and it cannot be added ({value})</source>
        <translation>目标数据库没有 PostGIS，且无法添加（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="201"/>
        <source>Ask the database administrator to run CREATE EXTENSION postgis in it.</source>
        <translation>请数据库管理员在其中执行 CREATE EXTENSION postgis。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="100"/>
        <source>cannot export to {value}</source>
        <translation>无法导出为 {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="101"/>
        <source>Use .gpkg, .geojson, .csv or .xlsx.</source>
        <translation>请使用 .gpkg、.geojson、.csv 或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="127"/>
        <source>exporting residents' personal data needs a confirmation</source>
        <translation>导出居民个人信息需要确认</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="130"/>
        <source>Confirm that the export may contain personal data.</source>
        <translation>请确认导出内容可能包含个人信息。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="23"/>
        <source>the store has no kind {kind!r}</source>
        <translation>数据库中没有类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="52"/>
        <source>{kind} #{feature_id} is not in the store</source>
        <translation>{kind} #{feature_id} 不在数据库中</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="54"/>
        <source>It may have been deleted by another user; reload the layer.</source>
        <translation>它可能已被其他用户删除；请重新加载图层。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="101"/>
        <source>{name} belongs to incidents only</source>
        <translation>{name} 只属于事件</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="114"/>
        <source>{table_name} has no field {name!r}</source>
        <translation>{table_name} 没有字段 {name!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="189"/>
        <source>there is no column {given!r}</source>
        <translation>没有列 {given!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="206"/>
        <source>no coordinate columns were found (looked for lon/lng/longitude/x/经度/X坐标 and lat/latitude/y/纬度/Y坐标)</source>
        <translation>未找到坐标列（查找了 lon/lng/longitude/x/经度/X坐标 和 lat/latitude/y/纬度/Y坐标）</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="209"/>
        <source>Name the x and y columns, or open the file as a table of records.</source>
        <translation>请指定 x 和 y 列，或将文件作为记录表打开。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="120"/>
        <source>the layer has no CRS, and GeoJSON must be in WGS 84 lon/lat</source>
        <extracomment>Columns of residents' personal data: a file holding one is written owner-only (see ``private``).</extracomment>
        <translation>图层没有坐标参考系，而 GeoJSON 必须使用 WGS 84 经纬度</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="123"/>
        <source>Set the layer's CRS first.</source>
        <translation>请先设置图层的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="174"/>
        <source>x/y columns can only hold points</source>
        <translation>x/y 列只能表示点</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="176"/>
        <source>Export the geometry as WKT instead.</source>
        <translation>请改为以 WKT 导出几何。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="271"/>
        <source>the workbook could not be saved ({value})</source>
        <translation>无法保存工作簿（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="273"/>
        <source>Check the free space and that the file is not open in Excel; the previous file is kept.</source>
        <translation>请检查剩余空间，并确认文件未在 Excel 中打开；原文件已保留。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="364"/>
        <source>the existing file cannot be read ({reason})</source>
        <translation>无法读取已有文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="366"/>
        <source>Choose another file, or do not append.</source>
        <translation>请选择其他文件，或不要追加。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="384"/>
        <source>the data could not be written ({reason})</source>
        <translation>数据无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="386"/>
        <source>Check the column types and geometries; the previous file is kept.</source>
        <translation>请检查列类型和几何；原文件已保留。</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="402"/>
        <source>the saved GeoPackage failed its check (integrity {integrity}, {n} foreign-key errors, application_id {application_id:#x})</source>
        <translation>保存的 GeoPackage 未通过检查（完整性 {integrity}，{n} 个外键错误，application_id {application_id:#x}）</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="406"/>
        <source>The previous file is kept.</source>
        <translation>原文件已保留。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="48"/>
        <source>a password on the command line can be read by other users of the computer, so it is not taken</source>
        <translation>命令行中的密码可被本机其他用户看到，因此不予接受</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="51"/>
        <source>Leave it out of the URL: put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or type it when asked.</source>
        <translation>请不要写在 URL 中：放入 PGPASSFILE（或 ~/.pgpass）或 PGPASSWORD，或在提示时输入。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="70"/>
        <source>the disk is full or cannot be written, so the change was not saved ({value})</source>
        <translation>磁盘已满或无法写入，因此更改未保存（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="73"/>
        <source>Free some space and do it again; nothing of the interrupted change was kept.</source>
        <translation>请腾出磁盘空间后重做；中断的更改没有保留任何部分。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="82"/>
        <source>the store file cannot be used ({value})</source>
        <translation>数据库文件无法使用（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="83"/>
        <source>Check the disk and that no other program holds the file; nothing of the interrupted change was kept.</source>
        <translation>请检查磁盘，并确认没有其他程序占用该文件；中断的更改没有保留任何部分。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="89"/>
        <source>the database refused the change ({value})</source>
        <translation>数据库拒绝了该更改（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="90"/>
        <source>Nothing of it was kept; check the data and try again.</source>
        <translation>更改没有保留任何部分；请检查数据后重试。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="101"/>
        <source>the database refused the login: the password is wrong or the login does not exist</source>
        <translation>数据库拒绝登录：密码错误或登录名不存在</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="104"/>
        <source>Check the login and its password (PGPASSFILE, PGPASSWORD), or ask the database administrator.</source>
        <translation>请检查登录名及其密码（PGPASSFILE、PGPASSWORD），或询问数据库管理员。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="108"/>
        <source>the database asks for a password and none was given</source>
        <translation>数据库要求密码，但未提供密码</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="110"/>
        <source>Put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or run the command in a terminal to be asked.</source>
        <translation>请放入 PGPASSFILE（或 ~/.pgpass）或 PGPASSWORD，或在终端中运行命令以便输入。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="113"/>
        <source>the database cannot be reached ({value})</source>
        <translation>无法连接数据库（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="115"/>
        <source>Check the server's address and that it is running.</source>
        <translation>请检查服务器地址及其是否在运行。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="89"/>
        <source>the database name {name} is too long for the store's roles</source>
        <extracomment>The alert board's privileges, policies and triggers (run after the group roles are granted). The publications' privileges, policies and the approval's guard (revision 0008). The planning scenarios' privileges, village rules and audit guard (revision 0011). Tables whose rows belong to one village (row-level security on ``village_code``). Tables whose rows carry a version and who changed them last. A report's history and photos: seen with the report, never on their own. The columns of ``users`` a console role may read (never the password hash).</extracomment>
        <translation>数据库名 {name} 太长，无法用于数据库角色名</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="91"/>
        <source>Use a database name of at most 40 characters.</source>
        <translation>请使用不超过 40 个字符的数据库名。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="96"/>
        <source>the store's owner may not create roles</source>
        <translation>数据库所有者无权创建角色</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="97"/>
        <source>Give the owner's login CREATEROLE: each console user is a database login.</source>
        <translation>请授予所有者登录名 CREATEROLE 权限：每个控制台用户都是一个数据库登录名。</translation>
    </message>
    <message>
        <location filename="../../console/incidents_cli.py" line="81"/>
        <source>the mapping {pair!r} is not OURS=THEIRS</source>
        <extracomment>datasources.incident_files.ExportFormat's names, written out so the command line starts without pandas</extracomment>
        <translation>对应关系 {pair!r} 不符合“本系统字段=对方列名”的写法</translation>
    </message>
    <message>
        <location filename="../../console/incidents_cli.py" line="82"/>
        <source>Write e.g. category=类别 (our field, then their column).</source>
        <translation>请写成例如 category=类别（先写本系统字段，再写对方的列名）。</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="196"/>
        <source>there is nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="206"/>
        <source>there is nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../layers/project.py" line="265"/>
        <source>its raster cannot be drawn in the project's coordinate system ({reason})</source>
        <translation>其栅格无法在项目坐标系中绘制（{reason}）</translation>
    </message>
    <message>
        <location filename="../../layers/project.py" line="267"/>
        <source>Warp the raster to the project's coordinate system first.</source>
        <translation>请先将栅格重投影到项目坐标系。</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="247"/>
        <source>the basemap server of {name} answered with error {code}</source>
        <extracomment>False for a basemap named in a file someone else made (a project): its host is not contacted (cached tiles still show) until the user allows it (:meth:`approve`).</extracomment>
        <translation>{name} 的底图服务器返回错误 {code}</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="249"/>
        <location filename="../../datasources/web_tiles.py" line="261"/>
        <source>Check the key or the address; the server is asked again in {seconds} s.</source>
        <translation>请检查密钥或地址；{seconds} 秒后将再次请求服务器。</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="253"/>
        <source>the basemap server of {name} cannot be reached ({reason})</source>
        <translation>无法连接 {name} 的底图服务器（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="255"/>
        <source>Cached tiles are shown; the server is asked again in {seconds} s.</source>
        <translation>当前显示缓存的瓦片；{seconds} 秒后将再次请求服务器。</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="259"/>
        <source>the basemap server of {name} sent something that is not an image tile</source>
        <translation>{name} 的底图服务器发送的内容不是图像瓦片</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="43"/>
        <source>{url!r} is not an MQTT broker address</source>
        <translation>{url!r} 不是 MQTT 服务器地址</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="44"/>
        <source>Give it as mqtt://host:port (a password in TOWNSHIP_MQTT_PASSWORD, not in the address).</source>
        <translation>请写成 mqtt://主机:端口（密码放在 TOWNSHIP_MQTT_PASSWORD 中，不要写在地址里）。</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="50"/>
        <source>{url!r} has no valid port</source>
        <translation>{url!r} 的端口无效</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="68"/>
        <source>{topic!r} is not a topic to publish to</source>
        <translation>{topic!r} 不是可发布的主题</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="69"/>
        <source>Name one topic, such as township/cap.</source>
        <translation>请指定一个主题，例如 township/cap。</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="80"/>
        <source>the broker {broker} cannot be used ({error})</source>
        <translation>无法使用代理服务器 {broker}（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="86"/>
        <source>the broker {broker} cannot be reached ({error})</source>
        <translation>无法连接 MQTT 服务器 {broker}（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="88"/>
        <source>Check that it runs and its address; the alert file is written and recorded.</source>
        <translation>请检查服务器是否运行、地址是否正确；预警文件已写出并已记录。</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="97"/>
        <source>the broker {broker} refused the message ({error})</source>
        <translation>MQTT 服务器 {broker} 拒收该消息（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="100"/>
        <source>the broker {broker} did not acknowledge the alert within {seconds:g} s</source>
        <translation>MQTT 服务器 {broker} 在 {seconds:g} 秒内未确认收到预警</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="102"/>
        <source>Publish it again; the alert file is written and recorded.</source>
        <translation>请重新发布；预警文件已写出并已记录。</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="29"/>
        <source>nothing was published: {reasons}</source>
        <translation>未发布任何内容：{reasons}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="30"/>
        <source>Leave those layers or fields out.</source>
        <translation>请去掉这些图层或字段。</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="39"/>
        <source>the project has no layer {layer} to publish</source>
        <translation>项目中没有可发布的图层 {layer}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="41"/>
        <source>Choose the layers again.</source>
        <translation>请重新选择图层。</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="43"/>
        <source>layer {layer} has no field {field}</source>
        <translation>图层 {layer} 没有字段 {field}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="44"/>
        <source>Choose the fields again.</source>
        <translation>请重新选择字段。</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="53"/>
        <source>it exists and is not a published map's folder, which a publication replaces whole</source>
        <translation>该文件夹已存在，且不是发布地图的文件夹，而发布会整个替换目标文件夹</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="55"/>
        <source>Choose a new folder.</source>
        <translation>请选择一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="76"/>
        <source>a QGIS project is a .qgz or .qgs file</source>
        <translation>QGIS 工程是 .qgz 或 .qgs 文件</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="77"/>
        <source>Name the file with .qgz at the end.</source>
        <translation>请以 .qgz 作为文件名结尾。</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="118"/>
        <source>a file of that name is there and is not a township project</source>
        <translation>那里已有同名文件，而且不是乡镇工程</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="121"/>
        <source>Choose another folder or name.</source>
        <translation>请换一个文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_project.py" line="316"/>
        <source>the QGIS project could not be written ({reason})</source>
        <translation>QGIS 工程写不出来（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_project.py" line="318"/>
        <source>Check the folder and the free disk space.</source>
        <translation>请检查文件夹和剩余磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="87"/>
        <source>this is not a QGIS project (.qgs or .qgz)</source>
        <translation>这不是 QGIS 工程（.qgs 或 .qgz）</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="88"/>
        <location filename="../../datasources/qgis_read.py" line="105"/>
        <source>Choose a project saved by QGIS.</source>
        <translation>请选择由 QGIS 保存的工程。</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="93"/>
        <source>the project declares XML entities or external references ({reason}), which could read or flood this computer</source>
        <translation>工程声明了 XML 实体或外部引用（{reason}），可能读取本机文件或耗尽资源</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="96"/>
        <location filename="../../datasources/qgis_read.py" line="100"/>
        <location filename="../../datasources/qgis_read.py" line="121"/>
        <source>Ask the sender to save it again from QGIS.</source>
        <translation>请发送方用 QGIS 重新保存。</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="99"/>
        <source>the project is not well-formed XML ({reason})</source>
        <translation>工程不是格式正确的 XML（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="103"/>
        <source>this XML is not a QGIS project (its root is &lt;{tag}&gt;)</source>
        <translation>这个 XML 不是 QGIS 工程（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="113"/>
        <source>the project is {size:,} bytes, more than the {limit:,} a QGIS project can be</source>
        <translation>工程有 {size:,} 字节，超过了 QGIS 工程的上限 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="115"/>
        <source>Check that this is the project file.</source>
        <translation>请确认这是工程文件。</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="126"/>
        <source>the archive holds {count:,} files</source>
        <translation>压缩包里有 {count:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="130"/>
        <source>the archive holds {count} .qgs documents, not one</source>
        <translation>压缩包里有 {count} 个 .qgs 文档，而不是一个</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="135"/>
        <source>its project document would unpack to {size:,} bytes (a zip bomb?)</source>
        <translation>其中的工程文档解压后将有 {size:,} 字节（压缩炸弹？）</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="142"/>
        <source>its project document unpacks to more than {limit:,} bytes</source>
        <translation>其中的工程文档解压后超过 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="147"/>
        <source>the .qgz archive cannot be read ({reason})</source>
        <translation>.qgz 压缩包读不出来（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="87"/>
        <source>this is not a mapping the program can use ({error})</source>
        <translation>这不是本程序可用的字段对照表（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="89"/>
        <source>Save the mapping again from the conform dialog</source>
        <translation>请在“按标准转换”对话框中重新保存对照表</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="200"/>
        <source>the file declares no coordinate system</source>
        <translation>文件未声明坐标系</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="201"/>
        <source>Give the file's CRS in the mapping (for example EPSG:4490 or EPSG:4528)</source>
        <translation>请在对照表中给出文件的坐标系（例如 EPSG:4490 或 EPSG:4528）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="230"/>
        <source>{crs} is not a coordinate system of the standard</source>
        <translation>{crs} 不是标准规定的坐标系</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="232"/>
        <source>Choose EPSG:4490 or a Gauss-Kruger zone EPSG:4513-4554</source>
        <translation>请选择 EPSG:4490 或高斯-克吕格投影带 EPSG:4513-4554</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="315"/>
        <source>a layer in the standard is written as a GeoPackage</source>
        <translation>符合标准的图层须写成 GeoPackage 文件</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="317"/>
        <source>Name the file .gpkg</source>
        <translation>请将文件命名为 .gpkg</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="323"/>
        <source>the layer could not be written ({error})</source>
        <translation>无法写出图层（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="325"/>
        <location filename="../../datasources/standard/report.py" line="121"/>
        <source>Choose a folder you may write to</source>
        <translation>请选择有写入权限的文件夹</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="51"/>
        <source>the standard has no kind '{kind}'</source>
        <translation>标准中没有图层类型“{kind}”</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="52"/>
        <source>Choose one of: {kinds}</source>
        <translation>请从以下类型中选择：{kinds}</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="56"/>
        <source>Check the path</source>
        <translation>请检查路径</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="58"/>
        <location filename="../../datasources/standard/report.py" line="102"/>
        <source>a report cannot be written as '{suffix}'</source>
        <translation>报告不能写成“{suffix}”格式</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="60"/>
        <location filename="../../datasources/standard/report.py" line="104"/>
        <source>Name the report .csv, .json or .xlsx</source>
        <translation>请将报告命名为 .csv、.json 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="63"/>
        <source>a mapping is used only to conform the file</source>
        <translation>字段对照表只用于按标准转换文件</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="65"/>
        <source>Add --conform OUT.gpkg</source>
        <translation>请加上 --conform 输出.gpkg</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="68"/>
        <source>the mapping is for '{mapped}', not '{kind}'</source>
        <translation>该对照表适用于“{mapped}”，而不是“{kind}”</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="70"/>
        <source>Use a mapping made for this kind</source>
        <translation>请使用为该图层类型制作的对照表</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="119"/>
        <source>the report could not be written ({error})</source>
        <translation>无法写出报告（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="150"/>
        <source>there is no data standard of version {version}</source>
        <translation>没有 {version} 版的数据标准</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="152"/>
        <source>Choose one of: {versions}</source>
        <translation>请从以下版本中选择：{versions}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="164"/>
        <source>this is not a data standard the program can read ({error})</source>
        <translation>这不是本程序能读取的数据标准（{error}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="166"/>
        <source>Use a standard file shipped with the program</source>
        <translation>请使用随程序提供的标准文件</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="60"/>
        <source>{first}..{last} is not a range of months</source>
        <extracomment>the township's offset from UTC (Asia/Shanghai keeps no daylight saving) facility kinds that are built service sites</extracomment>
        <translation>{first}..{last} 不是有效的月份区间</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="61"/>
        <source>Give months as YYYY-MM, e.g. 2026-11.</source>
        <translation>月份请写成 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="64"/>
        <source>the month range {first}..{last} ends before it starts</source>
        <translation>月份区间 {first}..{last} 的结束早于开始</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="66"/>
        <source>Give the earlier month first.</source>
        <translation>请先填较早的月份。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="107"/>
        <source>a publication is rejected only with a note</source>
        <translation>退回发布必须填写备注</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="178"/>
        <source>the publication is already approved</source>
        <translation>该发布已经审批通过</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="179"/>
        <source>the publication is already rejected</source>
        <translation>该发布已被退回</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="180"/>
        <source>the publication is no longer a draft</source>
        <translation>该发布已不是草稿</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="184"/>
        <source>{drafter} drafted this publication and may not decide on it: another user approves or rejects it</source>
        <translation>该发布由 {drafter} 起草，起草人不能审批自己的发布，须由另一位用户批准或退回</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="186"/>
        <source>Ask another administrator to approve it.</source>
        <translation>请另一位管理员审批。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="182"/>
        <location filename="../../datasources/store/publications.py" line="192"/>
        <source>Reload the publications.</source>
        <translation>请重新载入发布记录。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="191"/>
        <source>publication #{pub_id} is not in the store</source>
        <translation>数据库中没有第 {pub_id} 号发布</translation>
    </message>
    <message>
        <location filename="../../datasources/webmap_files.py" line="34"/>
        <source>the Leaflet files are not installed</source>
        <extracomment>(the page's name of a file, the package it comes from, the file inside the package's data)</extracomment>
        <translation>未安装 Leaflet 文件</translation>
    </message>
    <message>
        <location filename="../../datasources/webmap_files.py" line="35"/>
        <source>Install xstatic-leaflet and xstatic-leaflet-markercluster.</source>
        <translation>请安装 xstatic-leaflet 和 xstatic-leaflet-markercluster。</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="374"/>
        <source>the file holds no township area</source>
        <translation>文件中没有乡镇范围</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="375"/>
        <source>Give the township boundary or its villages as polygons with a coordinate system</source>
        <translation>请提供带坐标系的乡镇边界或各村面图层</translation>
    </message>
    <message>
        <location filename="../../console/login_watch_cli.py" line="44"/>
        <source>a GeoPackage store has no database logins to watch</source>
        <translation>GeoPackage 数据库没有可监视的数据库登录</translation>
    </message>
    <message>
        <location filename="../../console/login_watch_cli.py" line="46"/>
        <source>Give the PostgreSQL store's URL.</source>
        <translation>请给出 PostgreSQL 数据库的 URL。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_watch.py" line="281"/>
        <source>this login may not tell the store of failed logins</source>
        <extracomment>SQLSTATE of a failed password (invalid_password)</extracomment>
        <translation>此登录无权向数据库报告登录失败</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_watch.py" line="283"/>
        <source>Run the watcher as the store's owner or as a login in the group {group}, on a store that 'db upgrade' brought up to date.</source>
        <translation>请以数据库所有者或 {group} 组中的登录运行监视程序，并先用 'db upgrade' 将数据库升级到最新。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/presence.py" line="68"/>
        <source>the store is being restored, so it was not opened</source>
        <translation>数据库正在恢复，因此未打开</translation>
    </message>
    <message>
        <location filename="../../datasources/store/presence.py" line="70"/>
        <source>Wait until the restore is done and open it again.</source>
        <translation>请等恢复完成后再打开。</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="31"/>
        <source>a point has only its one vertex</source>
        <extracomment>why a vertex may not be removed, by kind of geometry</extracomment>
        <translation>点只有这一个节点</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="32"/>
        <source>a line keeps at least two distinct vertices</source>
        <translation>线至少保留两个不同的节点</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="33"/>
        <source>a polygon ring keeps at least three distinct vertices</source>
        <translation>面的环至少保留三个不同的节点</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="171"/>
        <source>Delete the whole feature instead.</source>
        <translation>请改为删除整个要素。</translation>
    </message>
    <message>
        <location filename="../../datasources/store/scenarios.py" line="71"/>
        <source>a scenario needs a name and at least one site</source>
        <translation>方案需要名称和至少一个站点</translation>
    </message>
    <message>
        <location filename="../../datasources/store/scenarios.py" line="73"/>
        <source>Name it, and add a site first.</source>
        <translation>请先命名，并添加一个站点。</translation>
    </message>
</context>
<context>
    <name>DataSourceNote</name>
    <message>
        <location filename="../../layers/basemap.py" line="85"/>
        <source>web basemap without its key; add the key again if the service needs one (cached tiles still show)</source>
        <translation>网络底图缺少密钥；如服务需要，请重新填写密钥（已缓存的瓦片仍会显示）</translation>
    </message>
    <message>
        <location filename="../../layers/basemap.py" line="88"/>
        <source>the project names the basemap server {host}; nothing is fetched from it until you allow it</source>
        <translation>项目指定的底图服务器为 {host}；在您允许之前不会从该服务器获取任何内容</translation>
    </message>
    <message>
        <location filename="../../layers/basemap.py" line="93"/>
        <source>the basemap file {path} is missing; the layer was left out</source>
        <translation>底图文件 {path} 缺失；该图层未加载</translation>
    </message>
    <message>
        <location filename="../../layers/kinds.py" line="57"/>
        <source>{reason}; the layer was left out</source>
        <translation>{reason}；该图层未加载</translation>
    </message>
    <message>
        <location filename="../../layers/raster.py" line="62"/>
        <source>the raster file {path} is missing; the layer was left out</source>
        <translation>栅格文件 {path} 缺失；该图层未加载</translation>
    </message>
    <message>
        <location filename="../../layers/vector.py" line="93"/>
        <source>the style was changed in QGIS; that style is used</source>
        <translation>样式已在 QGIS 中修改；采用该样式</translation>
    </message>
    <message>
        <location filename="../../datasources/china_offsets.py" line="131"/>
        <source>Coordinates converted from {offset} to CGCS2000 (EPSG:4490).</source>
        <translation>坐标已从 {offset} 转换为 CGCS2000（EPSG:4490）。</translation>
    </message>
    <message>
        <location filename="../../datasources/crs.py" line="230"/>
        <source>lon/lat data from web maps in China is often GCJ-02 (AMap/Tencent), a few hundred metres off: confirm the source</source>
        <extracomment>The CRSs a township draws its map in, with their English names (the window shows them translated). What lon/lat data that declared no CRS may be in: the geodetic frames and China's web-map offsets (GCJ-02 and BD-09 are converted to CGCS2000 when chosen, see :mod:`datasources.china_offsets`). The reason :func:`infer_crs` gives for lon/lat inside China, the case where GCJ-02 is likely. The reason for lon/lat on Taiwan, where no web-map offset is expected.</extracomment>
        <translation>来自国内网络地图的经纬度数据常为 GCJ-02（高德/腾讯），会偏移数百米：请确认数据来源</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="76"/>
        <source>{codec} byte order mark</source>
        <translation>{codec} 字节顺序标记</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="88"/>
        <source>no byte order mark; the zero bytes read as {codec}</source>
        <translation>无字节顺序标记；零字节的分布符合 {codec}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="102"/>
        <source>UTF-8 byte order mark</source>
        <translation>UTF-8 字节顺序标记</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="108"/>
        <location filename="../../datasources/encoding.py" line="112"/>
        <source>decodes as UTF-8</source>
        <translation>可按 UTF-8 解码</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="116"/>
        <source>not UTF-8; reads as Chinese in GBK/GB18030</source>
        <translation>不是 UTF-8；按 GBK/GB18030 可读出中文</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="122"/>
        <source>not UTF-8; detected {encoding}</source>
        <translation>不是 UTF-8；检测为 {encoding}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="123"/>
        <source>not UTF-8 and nothing matched; bytes kept as Latin-1</source>
        <translation>不是 UTF-8，也无其他编码匹配；字节按 Latin-1 保留</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="187"/>
        <source>declared in .cpg ({value})</source>
        <translation>由 .cpg 文件声明（{value}）</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="195"/>
        <source>text is plain ASCII; any encoding reads it</source>
        <translation>文本为纯 ASCII；任何编码均可读取</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="198"/>
        <source>no .cpg; the attribute bytes decode as UTF-8</source>
        <translation>无 .cpg 文件；属性字节可按 UTF-8 解码</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="202"/>
        <source>no .cpg; the .dbf header names code page {ldid}</source>
        <translation>无 .cpg 文件；.dbf 文件头指明代码页 {ldid}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="206"/>
        <source>no .cpg; {reason}</source>
        <translation>无 .cpg 文件；{reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="158"/>
        <source>the raster table {table!r} was left out: its coordinate system cannot be converted to the project's ({reason})</source>
        <translation>栅格表 {table!r} 未加载：其坐标系无法转换为项目坐标系（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/notes.py" line="46"/>
        <source>{file}: {note}</source>
        <translation>{file}：{note}</translation>
    </message>
    <message>
        <location filename="../../datasources/notes.py" line="51"/>
        <source>{layer}: {note}</source>
        <translation>{layer}：{note}</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="120"/>
        <source>the raster has no CRS and none could be inferred: {reason}</source>
        <translation>该栅格没有坐标系，也无法推断：{reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="155"/>
        <source>text encoding {encoding} was detected ({reason}), not declared</source>
        <translation>文本编码 {encoding} 为检测所得（{reason}），文件未声明</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="189"/>
        <source>{n} blank lines were skipped</source>
        <translation>跳过了 {n} 个空行</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="239"/>
        <source>{n} characters could not be decoded as {encoding} and show as �</source>
        <translation>{n} 个字符无法按 {encoding} 解码，显示为 �</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="95"/>
        <source>columns {x!r} and {y!r} hold longitude and latitude the other way round from their names; they were swapped</source>
        <translation>列 {x!r} 和 {y!r} 中的经度、纬度与列名相反；已互换</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="120"/>
        <source>{flagged} of {total} rows are flagged ({unplaced} without a readable position); see the _problem column</source>
        <translation>{total} 行中有 {flagged} 行被标记（其中 {unplaced} 行没有可读的位置）；见 _problem 列</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="250"/>
        <source>the CRS could not be inferred: {reason}; choose it</source>
        <translation>无法推断坐标系：{reason}；请选择坐标系</translation>
    </message>
    <message>
        <location filename="../../datasources/validity.py" line="132"/>
        <source>{flagged} of {total} features have geometry problems; they are kept and flagged in the {column} column.</source>
        <translation>{total} 个要素中有 {flagged} 个存在几何问题；它们已保留，并在 {column} 列中标记。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="264"/>
        <source>GDAL skipped {n} objects of the file (null geometries); they are missing here.</source>
        <translation>GDAL 跳过了文件中的 {n} 个对象（空几何）；此处缺少这些对象。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="270"/>
        <source>an attribute table without geometry: it opens in the attribute table only</source>
        <translation>无几何的属性表：仅在属性表中打开</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="287"/>
        <source>Attribute encoding assumed to be {encoding} ({reason}); choose another if names look wrong.</source>
        <translation>属性编码假定为 {encoding}（{reason}）；如名称显示不正确，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="356"/>
        <source>The file declares no coordinate system and none could be inferred ({reason}); choose one before overlaying it on other layers.</source>
        <translation>文件未声明坐标系，也无法推断（{reason}）；与其他图层叠加前请先选择坐标系。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="360"/>
        <source>No coordinate system in the file: {crs} assumed ({reason}). {warning}.</source>
        <translation>文件中没有坐标系：假定为 {crs}（{reason}）。{warning}。</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="364"/>
        <source>No coordinate system in the file: {crs} assumed ({reason}).</source>
        <translation>文件中没有坐标系：假定为 {crs}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="129"/>
        <source>a view of the township store, not kept in the project file; it is not in the QGIS project</source>
        <translation>这是乡镇数据库的视图，不保存在工程文件中；QGIS 工程里没有它</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="140"/>
        <source>holds points, lines and polygons together; QGIS shows one kind per layer</source>
        <translation>同时含有点、线和面；QGIS 每个图层只显示一种</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="158"/>
        <source>a web basemap that needs a key or a tile matrix; add it in QGIS yourself</source>
        <translation>这个网络底图需要密钥或瓦片矩阵；请在 QGIS 中自行添加</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="164"/>
        <source>a {kind} layer has no counterpart in QGIS; it is not in the QGIS project</source>
        <translation>{kind} 图层在 QGIS 中没有对应的类型；QGIS 工程里没有它</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="28"/>
        <source>vector</source>
        <translation>矢量</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="29"/>
        <source>raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="56"/>
        <source>the project names no coordinate system; {crs} is used</source>
        <translation>工程未指明坐标系；使用 {crs}</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="90"/>
        <source>a {kind} layer of the {provider} provider (web services, databases and virtual layers are not carried over); it was left out</source>
        <translation>{provider} 数据源的{kind}图层（网络服务、数据库和虚拟图层不能带过来）；已略去</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="110"/>
        <source>its data could not be read ({reason}); it was left out</source>
        <translation>它的数据读不出来（{reason}）；已略去</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="114"/>
        <source>QGIS showed it only between scales 1:{max_scale} and 1:{min_scale}; it is shown at every scale</source>
        <translation>QGIS 只在比例尺 1:{max_scale} 到 1:{min_scale} 之间显示它；这里在所有比例尺下都显示</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="118"/>
        <source>its joins to other layers are not carried over</source>
        <translation>它与其他图层的连接不能带过来</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="120"/>
        <source>QGIS showed only the features matching the filter {subset}; all of them are shown</source>
        <translation>QGIS 只显示符合筛选条件 {subset} 的要素；这里显示全部要素</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="133"/>
        <source>its style could not be read ({reason}); a plain style is used</source>
        <translation>它的样式读不出来（{reason}）；使用简单样式</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="140"/>
        <source>the file declares no coordinate system; {crs}, as the project says, is used</source>
        <translation>文件未声明坐标系；按工程所说使用 {crs}</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="146"/>
        <source>its style classifies the field {field!r}, which the data do not have</source>
        <translation>它的样式按字段 {field!r} 分类，但数据中没有这个字段</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="168"/>
        <source>its {renderer} renderer is not carried over; it is drawn with one symbol</source>
        <translation>它的 {renderer} 渲染方式不能带过来；用单一符号绘制</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="175"/>
        <source>stacked symbol layers</source>
        <translation>叠加的符号层</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="177"/>
        <source>its symbols use {parts}, which the console draws as simple fills, lines and markers</source>
        <translation>它的符号用了 {parts}，本系统以简单填充、线和点符号绘制</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="184"/>
        <source>its {labeling} labels are not carried over</source>
        <translation>它的 {labeling} 标注不能带过来</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="188"/>
        <source>its labels are the expression {expression!r}, which the console cannot evaluate; they are left out</source>
        <translation>它的标注是表达式 {expression!r}，本系统无法计算；标注已略去</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="204"/>
        <source>the relief shading of a DEM; the console shades the DEM itself</source>
        <translation>这是高程模型的地形晕渲；本系统自己为高程模型加晕渲</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="207"/>
        <source>a hillshade layer is not carried over; a DEM drawn with the terrain ramp is shaded by the console</source>
        <translation>山体阴影图层不能带过来；用地形色带绘制的高程模型由本系统加晕渲</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="217"/>
        <source>its colour ramp is drawn with the console's terrain ramp</source>
        <translation>它的色带改用本系统的地形色带绘制</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="222"/>
        <source>its {renderer} rendering is not carried over; band {band} is drawn</source>
        <translation>它的 {renderer} 渲染方式不能带过来；绘制第 {band} 波段</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="235"/>
        <source>its raster could not be read ({reason}); it was left out</source>
        <translation>它的栅格读不出来（{reason}）；已略去</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="186"/>
        <source>the layer tree names a layer {name!r} that the project does not describe; it was left out</source>
        <translation>图层树列出了图层 {name!r}，但工程中没有它的描述；已略去</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="240"/>
        <location filename="../../datasources/qgis_read.py" line="257"/>
        <source>its data source {source!r} is not a file the console can open</source>
        <translation>它的数据源 {source!r} 不是本系统能打开的文件</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="269"/>
        <source>{source} is not on this computer; the file of that name beside the project was used</source>
        <translation>这台电脑上没有 {source}；使用了工程旁边的同名文件</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="273"/>
        <source>its file {source} was not found</source>
        <translation>找不到它的文件 {source}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="73"/>
        <source>{name} conforms to the township data standard {version} for {kind} ({n} features, {warnings} warnings).</source>
        <extracomment>Excel keeps at most 1,048,576 rows a sheet; the findings beyond are left out of the XLSX (and said so)</extracomment>
        <translation>{name} 符合乡镇数据标准 {version} 对 {kind} 的要求（{n} 个要素，{warnings} 条警告）。</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="78"/>
        <source>{name} does not conform to the township data standard {version} for {kind}: {errors} errors, {layer_errors} about the whole layer and {rows} of {n} features with errors.</source>
        <translation>{name} 不符合乡镇数据标准 {version} 对 {kind} 的要求：共 {errors} 个错误，其中 {layer_errors} 个涉及整个图层，{n} 个要素中有 {rows} 个有错误。</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="189"/>
        <source>the file is larger than {mb} MB: not an alert</source>
        <extracomment>The OASIS CAP 1.2 schema itself, from the package that ships it (not a copy written here). A CAP time: date, time to the second, an explicit offset (the standard's own pattern).</extracomment>
        <translation>文件大于 {mb} MB：不是预警消息</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="192"/>
        <source>the file cannot be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="199"/>
        <source>the XML declares a DTD or entities, which an alert never needs ({what})</source>
        <translation>该 XML 声明了 DTD 或实体，预警消息从不需要这些（{what}）</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="202"/>
        <source>the XML is not well formed: {error}</source>
        <translation>XML 格式不正确：{error}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="211"/>
        <source>not a time of the form 2026-07-01T08:30:00+08:00 (an explicit offset, no Z, no fractions)</source>
        <translation>时间格式应为 2026-07-01T08:30:00+08:00（写明时区偏移，不用 Z，不带小数秒）</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="214"/>
        <source>schema: {where}: {why}</source>
        <translation>不符合 CAP 1.2 模式：{where}：{why}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="215"/>
        <source>schema: {why}</source>
        <translation>不符合 CAP 1.2 模式：{why}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="225"/>
        <source>info {i} has no expires: an alert must expire</source>
        <translation>第 {i} 条信息没有失效时间（expires）：预警必须有失效时间</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="231"/>
        <source>info {i} {tag} ({when}) is before sent ({sent})</source>
        <translation>第 {i} 条信息的 {tag}（{when}）早于发送时间（{sent}）</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="234"/>
        <source>info {i} expires before it is effective</source>
        <translation>第 {i} 条信息在生效之前就已失效</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="236"/>
        <source>the alert has no info: nothing says when it expires</source>
        <translation>预警没有信息段（info）：无从得知何时失效</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="246"/>
        <source>{name} {text} ends in Z instead of an offset such as +08:00</source>
        <translation>{name} {text} 以 Z 结尾，应写时区偏移，如 +08:00</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="249"/>
        <source>{name} {text} has fractions of a second</source>
        <translation>{name} {text} 带有小数秒</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="251"/>
        <source>{name} {text} is not of the form 2026-07-01T08:30:00+08:00</source>
        <translation>{name} {text} 的格式不是 2026-07-01T08:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="258"/>
        <source>{name} {text} is not a real date and time</source>
        <translation>{name} {text} 不是有效的日期时间</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="268"/>
        <location filename="../../layers/emergency/cap.py" line="271"/>
        <source>polygon {n} has a point that is not 'lat,lon'</source>
        <translation>第 {n} 个多边形有一个点不是“纬度,经度”</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="274"/>
        <source>polygon {n} has {points} points; a closed ring needs at least 4</source>
        <translation>第 {n} 个多边形只有 {points} 个点；闭合环至少需要 4 个点</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="277"/>
        <source>polygon {n} is not closed: its first and last points differ</source>
        <translation>第 {n} 个多边形未闭合：首尾两点不同</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="279"/>
        <source>polygon {n} has a point outside latitude -90..90 / longitude -180..180</source>
        <translation>第 {n} 个多边形有点超出纬度 -90..90 / 经度 -180..180</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap_issue.py" line="80"/>
        <source>the alert belongs to no village: give its area (a hazard layer)</source>
        <extracomment>what an index rule watches: an air or water alert is an environmental one in CAP's categories</extracomment>
        <translation>该警报不属于任何村：请给出预警区域（灾害图层）</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap_issue.py" line="84"/>
        <source>village {village} has no outline in the store: give the area (a hazard layer)</source>
        <translation>数据库中没有村 {village} 的边界：请给出预警区域（灾害图层）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="70"/>
        <source>the text encoding was not declared (no .cpg); {encoding} was assumed</source>
        <translation>文件未声明文字编码（无 .cpg 文件），推定为 {encoding}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="74"/>
        <source>{n} features of the file have no geometry and are skipped by the reader</source>
        <translation>文件中有 {n} 个要素没有几何，读取时被跳过</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="99"/>
        <source>the layer holds no features</source>
        <translation>图层中没有要素</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="111"/>
        <source>the layer has no geometry</source>
        <translation>图层没有几何列</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="160"/>
        <source> (the column '{column}' may hold it: conform the file with a mapping)</source>
        <translation>（列“{column}”可能对应该字段：请用字段对照表转换文件）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="165"/>
        <source>the required field {field} ({en}, {zh}) is missing{hint}</source>
        <translation>缺少必填字段 {field}（{zh}，{en}）{hint}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="168"/>
        <source>the optional field {field} ({en}) is absent{hint}</source>
        <translation>缺少可选字段 {field}（{en}）{hint}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="172"/>
        <source>the column {column} holds personal data, which the standard keeps out of exchanged files</source>
        <translation>列 {column} 含个人信息，标准不允许在交换文件中出现</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="175"/>
        <source>the column {column} is not in the standard for {kind}; it is left out when the file is conformed</source>
        <translation>列 {column} 不在 {kind} 的标准字段中，按标准转换时将被舍去</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="182"/>
        <source>the file declares no coordinate system and none could be inferred ({reason})</source>
        <translation>文件未声明坐标系，也无法推定（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="187"/>
        <source>the file declares no coordinate system (no .prj); {crs} was assumed ({reason})</source>
        <translation>文件未声明坐标系（无 .prj 文件），推定为 {crs}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="190"/>
        <source>the coordinate system {crs} is not one of the standard's (CGCS2000 EPSG:4490 or its Gauss-Kruger zones EPSG:4513-4554)</source>
        <translation>坐标系 {crs} 不符合标准（应为 CGCS2000 EPSG:4490 或其高斯-克吕格投影带 EPSG:4513-4554）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="207"/>
        <source>{field} is required and empty</source>
        <translation>{field} 为必填项，但为空</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="211"/>
        <source>{field} is text in the standard but stored as numbers here (leading zeros of codes are lost)</source>
        <translation>{field} 在标准中为文本，此处却存为数值（代码开头的 0 会丢失）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="219"/>
        <location filename="../../datasources/standard/checks.py" line="226"/>
        <source>{field} must be a whole number</source>
        <translation>{field} 必须是整数</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="220"/>
        <source>{field} must be a number</source>
        <translation>{field} 必须是数值</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="230"/>
        <source>{field} is below the least allowed value {limit} {unit}</source>
        <translation>{field} 小于允许的最小值 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="234"/>
        <source>{field} is above the greatest allowed value {limit} {unit}</source>
        <translation>{field} 大于允许的最大值 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="242"/>
        <source>{field} must be a date and time (ISO 8601, e.g. 2026-03-01T08:30:00+08:00)</source>
        <translation>{field} 必须是日期时间（ISO 8601 格式，例如 2026-03-01T08:30:00+08:00）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="249"/>
        <source>{field} must be true or false</source>
        <translation>{field} 必须是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="257"/>
        <source>{field} does not have the standard's form ({pattern})</source>
        <translation>{field} 的格式不符合标准（{pattern}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="261"/>
        <source>{field} must be unique; this value occurs more than once</source>
        <translation>{field} 必须唯一，该值出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="274"/>
        <source>{field}: not a code of the list {codes} ({listed})</source>
        <translation>{field}：不是代码表 {codes} 中的代码（{listed}）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="279"/>
        <source>{field}: a label, not a code; the standard stores the code '{code}' (conforming translates it)</source>
        <translation>{field}：这是名称而不是代码，标准应存代码“{code}”（按标准转换时会自动替换）</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="298"/>
        <source>the feature has no geometry</source>
        <translation>要素没有几何</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="300"/>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="303"/>
        <source>the geometry is not valid: {reason}</source>
        <translation>几何无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="312"/>
        <source>the standard wants {types} for {kind}</source>
        <translation>标准要求 {kind} 的几何类型为 {types}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="323"/>
        <source>the feature lies outside the township</source>
        <translation>要素位于本乡镇范围外</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="325"/>
        <source>the feature lies outside China (its land and sea areas, coarsely outlined)</source>
        <translation>要素位于中国境外（按陆地和海域的概略轮廓判断）</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="21"/>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="55"/>
        <source>layer '{layer}' is never published ({reason})</source>
        <translation>图层“{layer}”从不发布（{reason}）</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="57"/>
        <source>layer '{layer}', field '{field}' holds {what}: it is never published</source>
        <translation>图层“{layer}”的字段“{field}”含有{what}，不予发布</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="63"/>
        <source>persons' names</source>
        <extracomment>what a refused field holds</extracomment>
        <translation>个人姓名</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="64"/>
        <source>ID numbers</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="65"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="66"/>
        <source>personal data (by its name)</source>
        <translation>个人信息（按字段名判断）</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="69"/>
        <source>single incident reports are never published; publish incident_stats instead</source>
        <extracomment>why a layer is never published</extracomment>
        <translation>单条群众诉求记录从不发布，请改为发布按村统计（incident_stats）</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="71"/>
        <source>raw readings are not a map layer; publish environment_today instead</source>
        <translation>原始监测读数不是地图图层，请改为发布今日空气与水质（environment_today）</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="73"/>
        <source>a report's history is never published</source>
        <translation>诉求的办理记录从不发布</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="74"/>
        <source>a report's photos are never published</source>
        <translation>诉求的照片从不发布</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="75"/>
        <source>accounts are never published</source>
        <translation>用户账号从不发布</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="76"/>
        <source>the audit trail is never published</source>
        <translation>审计记录从不发布</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="24"/>
        <source>Category deadlines</source>
        <translation>各类事件办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="26"/>
        <source>Days from the report to closing it. A change applies to reports filed from now on; the cases already open keep their due date.</source>
        <translation>从报告到办结的天数。修改只对今后登记的报告生效；已在办理的案件保持原定期限。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="36"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <location filename="../../widgets/incidents/form.py" line="279"/>
        <source>Likely duplicates</source>
        <translation>可能重复的报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="280"/>
        <source>{0} reports of the same kind were made nearby at about the same time. Is this one of them?</source>
        <translation>附近同一时间前后已有 {0} 条同类报告。这是否是其中之一？</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="285"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="285"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="300"/>
        <source>File anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="302"/>
        <source>Mark as duplicate of the selected</source>
        <translation>标为所选报告的重复</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../console/edit_actions.py" line="79"/>
        <source>&amp;Edit</source>
        <extracomment>store kinds whose geometry another desk edits (planned sites: the planning desk) columns the store stamps or the project writes itself: never asked for a new feature</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="80"/>
        <source>Editing</source>
        <translation>编辑工具</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="81"/>
        <source>Toggle &amp;editing</source>
        <translation>切换编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="83"/>
        <source>&amp;Save edits</source>
        <translation>保存编辑(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="84"/>
        <source>Add &amp;point</source>
        <translation>添加点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="84"/>
        <source>Add &amp;line</source>
        <translation>添加线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="85"/>
        <source>Add p&amp;olygon</source>
        <translation>添加面(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="85"/>
        <source>&amp;Move feature</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="86"/>
        <source>&amp;Vertex tool</source>
        <translation>节点工具(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="89"/>
        <source>&amp;Delete selected features</source>
        <translation>删除所选要素(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="90"/>
        <location filename="../../console/edit_actions.py" line="292"/>
        <source>Undo geometry edit</source>
        <translation>撤销几何编辑</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="91"/>
        <location filename="../../console/edit_actions.py" line="293"/>
        <source>Redo geometry edit</source>
        <translation>重做几何编辑</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="92"/>
        <source>&amp;Type a vertex…</source>
        <translation>输入节点坐标(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="93"/>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="96"/>
        <source>Snapping &amp;tolerance…</source>
        <translation>捕捉容差(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="130"/>
        <source>Choose a vector layer with geometry in the layer tree to edit it.</source>
        <translation>请先在图层树中选择一个有几何的矢量图层再编辑。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="133"/>
        <source>Planned sites are drawn and moved on the planning desk.</source>
        <translation>规划站点在规划工作台上绘制和移动。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="137"/>
        <source>Log in to the store to edit its layers.</source>
        <translation>请先登录数据库再编辑其图层。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="148"/>
        <source>Editing {layer}</source>
        <translation>正在编辑 {layer}</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="160"/>
        <source>Unsaved edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="161"/>
        <source>{layer} has edits that are not saved. Save them?</source>
        <translation>{layer} 有未保存的编辑。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="185"/>
        <location filename="../../console/edit_actions.py" line="203"/>
        <source>Start editing a layer first.</source>
        <translation>请先开始编辑一个图层。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="189"/>
        <source>Edits of {layer} kept; File › Save project writes them to the project file.</source>
        <translation>已保留 {layer} 的编辑；“文件 › 保存项目”会把它们写入项目文件。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="207"/>
        <source>Select the features to delete first.</source>
        <translation>请先选择要删除的要素。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="223"/>
        <source>Choose Add point, Add line or Add polygon first.</source>
        <translation>请先选择“添加点”、“添加线”或“添加面”。</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="240"/>
        <source>Snapping tolerance</source>
        <translation>捕捉容差</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="240"/>
        <source>Snap within this many pixels:</source>
        <translation>在多少像素内捕捉：</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="253"/>
        <source>New feature of {layer}</source>
        <translation>{layer} 的新要素</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="278"/>
        <source>The edit was not made</source>
        <translation>编辑未完成</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="65"/>
        <source>another user</source>
        <extracomment>Columns the store keeps by itself; they are not compared.</extracomment>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="67"/>
        <source>Edit conflict — {kind} #{id}</source>
        <translation>编辑冲突 — {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="70"/>
        <source>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它。没有任何内容被覆盖。请比较两个版本，选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="73"/>
        <source>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它，因此未被删除。请查看当前保存的内容后再选择。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="78"/>
        <source>Saved in the store (by {who}, version {version})</source>
        <translation>数据库中已保存的（{who}，版本 {version}）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="81"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="81"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="92"/>
        <source>Saved at {time}</source>
        <translation>保存于 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="96"/>
        <source>Keep the saved version</source>
        <translation>保留已保存的版本</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="99"/>
        <source>Overwrite with mine</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="99"/>
        <source>Delete it anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="102"/>
        <source>Discard your changes and show what is in the store.</source>
        <translation>放弃您的修改，显示数据库中的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="103"/>
        <source>Save your values over the version {version}.</source>
        <translation>用您的值覆盖版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="129"/>
        <source>(deleted)</source>
        <translation>（删除）</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../layers/edit_history.py" line="32"/>
        <source>Edit {kind} #{feature_id}</source>
        <extracomment>Fields the store stamps itself; they are never copied back when a feature is restored. what a step says, an English template by action (context ``EditHistory``), filled with ``kind`` and ``feature_id``; the interface translates it and names the kind in its own words</extracomment>
        <translation>编辑{kind} #{feature_id}</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="33"/>
        <source>Add {kind} #{feature_id}</source>
        <translation>添加{kind} #{feature_id}</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="34"/>
        <source>Delete {kind} #{feature_id}</source>
        <translation>删除{kind} #{feature_id}</translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <location filename="../../console/desks/emergency.py" line="88"/>
        <source>Live sensors</source>
        <extracomment>seconds of stored readings replayed per second (an hour of readings every three seconds)</extracomment>
        <translation>实时监测站点</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="106"/>
        <source>Sensors and feed</source>
        <translation>监测站点与数据流</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="112"/>
        <source>Readings and time slider</source>
        <translation>监测数据曲线与时间滑块</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="153"/>
        <source>&amp;Emergency</source>
        <translation>应急(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="155"/>
        <source>&amp;Flood from water level…</source>
        <translation>按水位计算洪水淹没(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="156"/>
        <source>&amp;Impact per village…</source>
        <translation>分村影响评估(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="157"/>
        <source>&amp;Alert board</source>
        <translation>告警看板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="162"/>
        <source>Interpolated &amp;surface</source>
        <translation>插值面(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="167"/>
        <source>None</source>
        <translation>不显示</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="174"/>
        <source>&amp;Landslide warning from the rain gauges</source>
        <translation>根据雨量站发布滑坡预警(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="177"/>
        <source>&amp;Warning levels…</source>
        <translation>预警水位与阈值(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="179"/>
        <source>Live feed &amp;source…</source>
        <translation>实时数据来源(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="180"/>
        <source>&amp;Zoom to the sensors</source>
        <translation>缩放到监测站点(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="181"/>
        <source>Back to &amp;live values</source>
        <translation>回到实时值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="199"/>
        <source>The broker {broker} cannot be used: {error}</source>
        <translation>无法使用消息服务器 {broker}：{error}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="200"/>
        <source>The readings cannot be replayed: {error}</source>
        <translation>无法回放监测数据：{error}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="223"/>
        <source>The readings heard cannot be written to the store now; they are kept and written when it answers again. ({reason})</source>
        <translation>收到的读数暂时无法写入数据库；读数已保留，数据库恢复后写入。（{reason}）</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="246"/>
        <source>the replay of the stored readings</source>
        <translation>已存读数回放</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="247"/>
        <source>Live feed: {source}</source>
        <translation>实时数据：{source}</translation>
    </message>
</context>
<context>
    <name>EmergencyNames</name>
    <message>
        <location filename="../../widgets/emergency/names.py" line="15"/>
        <source>Air quality station</source>
        <translation>空气质量监测站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="16"/>
        <source>Water quality station</source>
        <translation>水质监测站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="17"/>
        <source>River level gauge</source>
        <translation>水位站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="18"/>
        <source>Rain gauge</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="21"/>
        <source>River level (m)</source>
        <translation>水位 (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="22"/>
        <source>Rain (mm/h)</source>
        <translation>雨量 (mm/h)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="23"/>
        <source>Turbidity (NTU)</source>
        <translation>浊度 (NTU)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="24"/>
        <source>Replay of stored readings</source>
        <translation>历史监测数据回放</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="49"/>
        <source>AQI level {level}</source>
        <translation>空气质量指数 {level} 级</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="50"/>
        <source>Water class {name}</source>
        <translation>水质{name}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="51"/>
        <source>I</source>
        <translation>Ⅰ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="51"/>
        <source>II</source>
        <translation>Ⅱ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="52"/>
        <source>III</source>
        <translation>Ⅲ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="52"/>
        <source>IV</source>
        <translation>Ⅳ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="53"/>
        <source>V</source>
        <translation>Ⅴ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="53"/>
        <source>worse than V</source>
        <translation>劣Ⅴ类</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="54"/>
        <source>River normal</source>
        <translation>水位正常</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="55"/>
        <source>Above the warning level</source>
        <translation>超警戒水位</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="56"/>
        <source>Above the danger level</source>
        <translation>超保证水位</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="57"/>
        <source>No rain</source>
        <translation>无降雨</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="57"/>
        <source>Light rain</source>
        <translation>小雨</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="58"/>
        <source>Moderate rain</source>
        <translation>中雨</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="58"/>
        <source>Heavy rain</source>
        <translation>大雨</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="59"/>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="60"/>
        <source>Silent longer than its interval</source>
        <translation>超过上报间隔未上报</translation>
    </message>
</context>
<context>
    <name>EvaluationDesk</name>
    <message>
        <location filename="../../console/desks/evaluation.py" line="62"/>
        <source>E&amp;valuation</source>
        <extracomment>months shown when the dashboard opens: the last twelve, this one included the dashboard's share of the window's height in the bottom row (the map keeps the rest), and its least</extracomment>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="63"/>
        <source>&amp;Governance dashboard…</source>
        <translation>治理成效看板(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="82"/>
        <location filename="../../console/desks/evaluation.py" line="119"/>
        <location filename="../../console/desks/evaluation.py" line="226"/>
        <source>Governance dashboard</source>
        <translation>治理成效看板</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="108"/>
        <source>Evaluating {first} to {last}</source>
        <translation>正在评估 {first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="118"/>
        <source>The figures could not be read.</source>
        <translation>未能读取指标数据。</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="142"/>
        <source>Governance: {metric}, {month}</source>
        <translation>治理评估：{metric}，{month}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="144"/>
        <source>no value</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="172"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="184"/>
        <source>Governance {first} to {last}</source>
        <translation>治理评估 {first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="185"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="189"/>
        <source>Writing the workbook</source>
        <translation>正在写入工作簿</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="211"/>
        <source>Governance report {month}</source>
        <translation>治理月报 {month}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="219"/>
        <source>Writing the monthly report</source>
        <translation>正在生成月度报告</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="223"/>
        <source>Written: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="139"/>
        <source>Sensor evidence</source>
        <translation>传感器佐证</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="159"/>
        <source>Sensor evidence (within {km:g} km, ±{hours:g} h)</source>
        <translation>传感器佐证（{km:g} 公里内，前后 {hours:g} 小时）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="163"/>
        <source>The report has no point on the map, so no sensors can be near it.</source>
        <translation>该报告没有地图位置，无法查找附近的传感器。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="178"/>
        <source>No sensor of the right kind within {km:g} km.</source>
        <translation>{km:g} 公里内没有相关类型的传感器。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="183"/>
        <source>{count} readings from {sensors}</source>
        <translation>{sensors} 的 {count} 条读数</translation>
    </message>
</context>
<context>
    <name>EvidenceChart</name>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="103"/>
        <source>No sensors within {radius} m of the report.</source>
        <translation>报告位置 {radius} 米范围内没有监测站。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="108"/>
        <source>{count} sensors within {radius} m, but none has readings within the hours around the report.</source>
        <translation>{radius} 米范围内有 {count} 个监测站，但报告前后这段时间内都没有读数。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="152"/>
        <source>Readings {before} h before to {after} h after the report (dashed line), local time. Sensors within {radius} m: {sensors}.</source>
        <translation>报告（虚线）前 {before} 小时至后 {after} 小时的读数，北京时间。{radius} 米范围内的监测站：{sensors}。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="159"/>
        <source>Dissolved oxygen</source>
        <translation>溶解氧</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="159"/>
        <source>Permanganate index</source>
        <translation>高锰酸盐指数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="160"/>
        <source>Ammonia nitrogen</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="160"/>
        <source>Total phosphorus</source>
        <translation>总磷</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="161"/>
        <source>Turbidity</source>
        <translation>浊度</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="161"/>
        <source>Fine particles</source>
        <translation>细颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="162"/>
        <source>Inhalable particles</source>
        <translation>可吸入颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="162"/>
        <source>Nitrogen dioxide</source>
        <translation>二氧化氮</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="163"/>
        <source>Ozone</source>
        <translation>臭氧</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="163"/>
        <source>Sulphur dioxide</source>
        <translation>二氧化硫</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="164"/>
        <source>Carbon monoxide</source>
        <translation>一氧化碳</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="164"/>
        <source>Rainfall</source>
        <translation>降雨量</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="165"/>
        <source>Water level</source>
        <translation>水位</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="227"/>
        <source>Report {time}</source>
        <translation>报告 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="252"/>
        <source>{standard} IAQI {level}: {sign} {value}</source>
        <translation>{standard} 分指数{level}：{sign} {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="254"/>
        <source>{standard} class {level}, rivers: {sign} {value} {unit}</source>
        <translation>{standard} {level}类（河流）：{sign} {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="256"/>
        <source>{standard} class {level}: {sign} {value} {unit}</source>
        <translation>{standard} {level}类：{sign} {value} {unit}</translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Sensor</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Last reading</source>
        <translation>最近数据</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Last message</source>
        <translation>最近消息</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="64"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="64"/>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="69"/>
        <source>Feed health</source>
        <translation>数据流状态</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="118"/>
        <source>(silent)</source>
        <translation>(未上报)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="159"/>
        <source>up</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="159"/>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="161"/>
        <source>since {time}</source>
        <translation>自 {time}</translation>
    </message>
</context>
<context>
    <name>FeedSourceDialog</name>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="37"/>
        <source>Live feed source</source>
        <translation>实时数据来源</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="39"/>
        <source>Replay the readings kept in the store</source>
        <translation>回放数据库中保存的读数</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="40"/>
        <source>Listen to an MQTT broker (SensorThings observations)</source>
        <translation>接收 MQTT 消息服务器的数据（SensorThings 观测）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="46"/>
        <source>Write the readings heard to the store</source>
        <translation>将收到的读数写入数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="50"/>
        <source>Your role may not write sensor readings</source>
        <translation>您的角色无权写入传感器读数</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="57"/>
        <source>Broker address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="58"/>
        <source>Topic of issued CAP messages</source>
        <translation>发布 CAP 预警消息的主题</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="64"/>
        <source>Use this source</source>
        <translation>使用此来源</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="94"/>
        <source>A topic to publish to has no # or + and does not start with $.</source>
        <translation>发布主题不能包含 # 或 +，也不能以 $ 开头。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="96"/>
        <source>Not an MQTT broker address: write mqtt://host:port, for example mqtt://192.168.1.20:1883.</source>
        <translation>不是 MQTT 服务器地址：请写成 mqtt://主机:端口，例如 mqtt://192.168.1.20:1883。</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="188"/>
        <source>Feed: starting</source>
        <translation>数据流：正在启动</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="195"/>
        <source>Feed down since {time}</source>
        <translation>数据流自 {time} 起中断</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="201"/>
        <source>Feed up: {rate} messages/s</source>
        <translation>数据流在线：每秒 {rate} 条消息</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../console/file_actions.py" line="53"/>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="54"/>
        <source>Data ({patterns});;All files (*)</source>
        <translation>数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="68"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="153"/>
        <source>CRS {crs} was assumed ({why})</source>
        <translation>假定坐标参考系为 {crs}（{why}）</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="154"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="156"/>
        <source>text encoding {enc} was guessed</source>
        <translation>文本编码为推测的 {enc}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="132"/>
        <location filename="../../console/file_actions.py" line="159"/>
        <source>{n} feature(s) flagged with geometry problems</source>
        <translation>{n} 个要素被标记为存在几何问题</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="133"/>
        <location filename="../../console/file_actions.py" line="162"/>
        <source>Check them in the layer's properties.</source>
        <translation>请在图层属性中检查。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="188"/>
        <source>Reloading</source>
        <translation>正在重新加载</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="118"/>
        <source>Checking geometry</source>
        <translation>正在检查几何</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="104"/>
        <source>{names} lies outside the view you had; the map now shows it.</source>
        <translation>{names} 位于原视图之外，地图已缩放至该图层。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="212"/>
        <source>Open project</source>
        <translation>打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="213"/>
        <location filename="../../console/file_actions.py" line="266"/>
        <source>Township project (*.gpkg)</source>
        <translation>乡镇工程 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="233"/>
        <source>Opening project</source>
        <translation>正在打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="242"/>
        <source>Notes on opening the project: {count}; see Details.</source>
        <translation>打开项目时有 {count} 条说明，请查看详情。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="249"/>
        <source>The project's basemap “{name}” downloads map tiles from {host}. Only tiles already on this computer are shown until you allow it.</source>
        <translation>项目的底图“{name}”要从 {host} 下载地图瓦片。在您允许之前，只显示本机已缓存的瓦片。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="252"/>
        <source>Allow {host}</source>
        <translation>允许连接 {host}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="265"/>
        <source>Save project</source>
        <translation>保存工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="278"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="281"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="289"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="290"/>
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
    <message>
        <location filename="../../layers/expression.py" line="159"/>
        <source>the filter nests brackets or 'not' more than {limit} deep</source>
        <extracomment>How deep brackets and ``not`` may nest: far beyond any real filter, far below Python's recursion limit. what the parser expected (the ``what`` of "expected {what} but found {found}")</extracomment>
        <translation>筛选条件中括号或 'not' 的嵌套超过 {limit} 层</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="27"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="28"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="29"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="31"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="32"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="59"/>
        <source>layer</source>
        <translation>图层</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="137"/>
        <source>First administrator — {store}</source>
        <translation>首位管理员 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="139"/>
        <source>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else's accounts. Keep the password safe; it cannot be read back from the store.</source>
        <translation>此数据库还没有任何账户。没有默认用户，也没有默认密码：请现在创建首位管理员，其他人的账户由管理员添加。请妥善保管密码，数据库中无法读回密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="146"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="148"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="149"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="150"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="151"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="152"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="163"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="165"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="167"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="180"/>
        <source>Could not create the administrator: {reason}</source>
        <translation>无法创建管理员：{reason}</translation>
    </message>
</context>
<context>
    <name>FloodDialog</name>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="24"/>
        <source>Flood from water level</source>
        <translation>按水位计算洪水淹没</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="44"/>
        <source>River gauge</source>
        <translation>水位站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="45"/>
        <source>Water surface (m above sea level)</source>
        <translation>水面高程 (m，海拔)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="53"/>
        <source>No river gauge: type the water surface.</source>
        <translation>没有水位站：请输入水面高程。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="58"/>
        <source>The gauge's datum is unknown: type the water surface.</source>
        <translation>水位站基面高程未知：请输入水面高程。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="62"/>
        <source>Datum {datum} m; warning {warning} m, danger {danger} m above it; latest stage {stage}.</source>
        <translation>基面高程 {datum} m；警戒水位高出基面 {warning} m，保证水位高出基面 {danger} m；最新水位 {stage}。</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <location filename="../../widgets/evaluation/frame_model.py" line="40"/>
        <source>Township total</source>
        <translation>全镇合计</translation>
    </message>
</context>
<context>
    <name>GovernanceDashboard</name>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="67"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="75"/>
        <source>Colour the map</source>
        <translation>地图着色</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="77"/>
        <source>Export XLSX…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="79"/>
        <source>Monthly PDF…</source>
        <translation>月度报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="82"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="82"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="83"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="84"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="103"/>
        <source>Villages this month</source>
        <translation>本月各村</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="104"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="105"/>
        <source>Services coverage</source>
        <translation>服务覆盖</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="122"/>
        <source>Choose the months and press Refresh.</source>
        <translation>选择月份后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="142"/>
        <source>The range ends before it starts: give the earlier month first.</source>
        <translation>结束月份早于开始月份：请先填较早的月份。</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="145"/>
        <source>Reading the store…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="179"/>
        <source>Coverage: {note}</source>
        <translation>覆盖：{note}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="183"/>
        <source>{n} villages, {first} to {last}. Double-click a village for its page.</source>
        <translation>共 {n} 个村，{first} 至 {last}。双击某村查看村页面。</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="204"/>
        <source>Township total</source>
        <translation>全镇合计</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="214"/>
        <source>Reports: {who}</source>
        <translation>群众诉求：{who}</translation>
    </message>
</context>
<context>
    <name>HazardActions</name>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="72"/>
        <source>A flood needs the elevation (DEM) and the rivers on the map: open the township project first.</source>
        <translation>计算洪水需要地图上有高程 (DEM) 和河流图层：请先打开乡镇项目。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="75"/>
        <source>Computing the flood</source>
        <translation>正在计算洪水淹没范围</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="84"/>
        <source>Nothing floods at {level} m: the lowest river cell is at {lowest} m.</source>
        <translation>水位 {level} m 时无淹没：河道最低栅格高程为 {lowest} m。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="87"/>
        <source>Flood at {level} m</source>
        <translation>水位 {level} m 洪水淹没</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="89"/>
        <source>Flooded at {level} m: {area} km²</source>
        <translation>水位 {level} m 淹没面积：{area} km²</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="108"/>
        <source>No hazard on the map: compute a flood or open a layer of hazard areas first.</source>
        <translation>地图上没有灾害图层：请先计算洪水淹没或打开灾害区域图层。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="111"/>
        <location filename="../../console/desks/emergency_hazards.py" line="128"/>
        <location filename="../../console/desks/emergency_hazards.py" line="149"/>
        <source>Impact per village</source>
        <translation>分村影响评估</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="112"/>
        <source>Hazard layer</source>
        <translation>灾害图层</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="134"/>
        <source>The impact needs the households on the map: open the township project first.</source>
        <translation>影响评估需要地图上有农户图层：请先打开乡镇项目。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="138"/>
        <source>Impact of {hazard} per village</source>
        <translation>{hazard}的分村影响</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="147"/>
        <source>Impact table written to {path}</source>
        <translation>影响评估表已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="166"/>
        <source>Shelters ({hazard})</source>
        <translation>安置点（{hazard}）</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="167"/>
        <source>Affected households ({hazard})</source>
        <translation>受影响农户（{hazard}）</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="169"/>
        <source>Routes to shelters ({hazard})</source>
        <translation>前往安置点的路线（{hazard}）</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="188"/>
        <location filename="../../console/desks/emergency_hazards.py" line="194"/>
        <location filename="../../console/desks/emergency_hazards.py" line="208"/>
        <source>Landslide warning</source>
        <translation>滑坡预警</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="196"/>
        <source>Landslide warning from the rain gauges</source>
        <translation>根据雨量站计算滑坡预警</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="203"/>
        <source>No rain gauge has reported rain yet: the landslide warning needs their readings.</source>
        <translation>尚无雨量站上报降雨：滑坡预警需要雨量站读数。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="206"/>
        <source>The store has no landslide zones (hazard zones of the kind landslide).</source>
        <translation>数据库中没有滑坡风险区（类型为滑坡的灾害风险区）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="220"/>
        <source>Landslide warning: no zone has reached a warning level ({n} zones).</source>
        <translation>滑坡预警：没有风险区达到预警等级（共 {n} 个风险区）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="223"/>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="225"/>
        <source>Landslide warning: {zones}</source>
        <translation>滑坡预警：{zones}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="108"/>
        <source>Times in {zone}</source>
        <translation>时间均为{zone}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="115"/>
        <source>(to {0})</source>
        <translation>（派给 {0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="117"/>
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
        <location filename="../../widgets/identify_panel.py" line="49"/>
        <source>band {b}</source>
        <translation>波段 {b}</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="64"/>
        <source>The last 48 hours</source>
        <translation>最近 48 小时</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="208"/>
        <source>Console locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="211"/>
        <source>The console was locked after {minutes} minutes without use. Enter the password to go on.</source>
        <translation>控制台 {minutes} 分钟无操作，已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="213"/>
        <source>The console is locked. Enter the password to go on.</source>
        <translation>控制台已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="219"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="220"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="221"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="224"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="233"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="51"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="52"/>
        <source>Export Excel (XLSX)…</source>
        <translation>导出 Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="92"/>
        <source>{hazard}: {households} households, {people} people to move; {places} shelter places outside the hazard.</source>
        <translation>{hazard}：受影响 {households} 户，需转移 {people} 人；风险区外避难场所可容纳 {places} 人。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="97"/>
        <source>Short of {n} places.</source>
        <translation>缺口 {n} 人。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="102"/>
        <source>Export the impact per village</source>
        <translation>导出分村影响评估</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="103"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="103"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <location filename="../../console/desks/incidents.py" line="82"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="83"/>
        <source>Incident</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="117"/>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="120"/>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="121"/>
        <source>File report by &amp;clicking on the map</source>
        <translation>在地图上点击登记报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="122"/>
        <source>&amp;Import CSV/Excel…</source>
        <translation>导入 CSV/Excel 表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="123"/>
        <source>Import &amp;Open311 (JSON/XML)…</source>
        <translation>导入 Open311 数据（JSON/XML）(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="129"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="130"/>
        <source>Open311 GeoReport v2 (JSON)…</source>
        <translation>Open311 GeoReport v2 格式（JSON）…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="131"/>
        <source>Open311 GeoReport v2 (XML)…</source>
        <translation>Open311 GeoReport v2 格式（XML）…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="132"/>
        <source>CSV…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="132"/>
        <source>Excel (XLSX)…</source>
        <translation>Excel 表格（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="137"/>
        <source>&amp;Village performance…</source>
        <translation>各村办理情况(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="138"/>
        <source>Category &amp;deadlines…</source>
        <translation>各类办结期限(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="141"/>
        <source>Co&amp;rrect report…</source>
        <translation>更正报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="200"/>
        <source>Click the place of the report on the map</source>
        <translation>请在地图上点击报告的地点</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="236"/>
        <source>Filed report {0}</source>
        <translation>已登记报告 {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="243"/>
        <location filename="../../console/desks/incidents.py" line="345"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="244"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>为什么需要查看报告人的个人信息？（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="260"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="261"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="275"/>
        <location filename="../../console/desks/incidents.py" line="291"/>
        <source>Imported {0} reports from {1}</source>
        <translation>已从 {1} 导入 {0} 条报告</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="282"/>
        <source>Import Open311 requests</source>
        <translation>导入 Open311 服务请求</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="283"/>
        <source>Open311 GeoReport v2 (*.json *.xml)</source>
        <translation>Open311 GeoReport v2 文件 (*.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="293"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="294"/>
        <source>{0} requests were left out.</source>
        <translation>{0} 条请求未导入。</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="311"/>
        <source>Importing reports</source>
        <translation>正在导入报告</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="318"/>
        <source>Export reports</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="346"/>
        <source>Include the reporters' names, phone and ID numbers? The file will hold residents' personal data; the export is recorded.</source>
        <translation>是否包含报告人的姓名、电话和身份证号？文件将含有居民个人信息；本次导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="357"/>
        <source>Exported {0} reports to {1}</source>
        <translation>已导出 {0} 条报告到 {1}</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="396"/>
        <source>Select a report to correct first.</source>
        <translation>请先选择要更正的报告。</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="79"/>
        <source>Select a report in the queue or on the map.</source>
        <extracomment>people and teams offered when assigning (the desk keeps it up to date)</extracomment>
        <translation>请在队列或地图上选择一条报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="95"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="95"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="96"/>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="96"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="97"/>
        <source>Time to close</source>
        <translation>办结用时</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="97"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="98"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="98"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="99"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="99"/>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="100"/>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="106"/>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="108"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="109"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="112"/>
        <source>Show personal data…</source>
        <translation>查看个人信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="113"/>
        <source>Asks why; the reason is kept in the audit log</source>
        <translation>需说明原因；原因记入审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="116"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="119"/>
        <source>This case is finished; nothing may follow.</source>
        <translation>本案件已结束，不能再办理。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="122"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="124"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="143"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="148"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="150"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="228"/>
        <source>(overdue {0})</source>
        <translation>（已超期 {0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="245"/>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="267"/>
        <location filename="../../widgets/incidents/detail.py" line="271"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="269"/>
        <source>Back to verified…</source>
        <translation>退回已核实…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="273"/>
        <source>Reopen…</source>
        <translation>重新处理…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="275"/>
        <source>Change the status to “{0}”</source>
        <translation>将状态改为“{0}”</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="301"/>
        <source>{case}: {step}</source>
        <translation>{case}：{step}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="304"/>
        <source>Note (why; kept in the case's history):</source>
        <translation>备注（原因；记入办理记录）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="310"/>
        <source>Assign to (person or team):</source>
        <translation>派给（人员或单位）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="315"/>
        <source>Case number of the original report:</source>
        <translation>原报告的案件编号：</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="320"/>
        <source>No report has the case number {0}.</source>
        <translation>没有案件编号为 {0} 的报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="375"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="375"/>
        <source>Note (kept in the case's history):</source>
        <translation>备注（记入办理记录）：</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="390"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="390"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/form.py" line="87"/>
        <source>New report</source>
        <extracomment>sources a person filing a report by hand chooses from</extracomment>
        <translation>新建报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="92"/>
        <source>In a few words, e.g. 路灯不亮</source>
        <translation>简要说明，例如：路灯不亮</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="94"/>
        <source>What, where exactly, since when</source>
        <translation>什么问题、具体位置、从何时开始</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="106"/>
        <source>Map ({0})</source>
        <translation>地图（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="107"/>
        <source>Store ({0})</source>
        <translation>数据库（{0}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="108"/>
        <source>Longitude/latitude, CGCS2000 (EPSG:4490)</source>
        <translation>经纬度，CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="109"/>
        <source>Longitude/latitude, WGS 84 (EPSG:4326)</source>
        <translation>经纬度，WGS 84（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="112"/>
        <source>x or longitude, e.g. 120°05'30"E</source>
        <translation>x 或经度，例如 120°05'30"E</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="113"/>
        <source>y or latitude, e.g. 29.9512</source>
        <translation>y 或纬度，例如 29.9512</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="118"/>
        <source>Street, house number, landmark</source>
        <translation>街道、门牌号、标志物</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="120"/>
        <source>(the village containing the point)</source>
        <translation>（按坐标点所在的村）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="125"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="127"/>
        <source>18-character resident ID number</source>
        <translation>18 位居民身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="137"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="138"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="139"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="140"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="141"/>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="142"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="147"/>
        <source>x / lon, y / lat</source>
        <translation>x / 经度，y / 纬度</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="148"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="149"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="150"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="151"/>
        <source>Reporter (optional; stored encrypted)</source>
        <translation>报告人（可不填；加密保存）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="153"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="154"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="155"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="158"/>
        <source>File report</source>
        <translation>登记报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="185"/>
        <source>the coordinates are outside the area of {0}</source>
        <translation>坐标超出 {0} 的适用范围</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="192"/>
        <source>Give a title or a description.</source>
        <translation>请填写标题或描述。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="195"/>
        <source>Coordinates: {0}</source>
        <translation>坐标：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="197"/>
        <source>Give the place: click on the map, type coordinates or an address.</source>
        <translation>请给出地点：在地图上点击、输入坐标或地址。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="199"/>
        <source>Without coordinates, choose the village.</source>
        <translation>没有坐标时，请选择所在的村。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="202"/>
        <source>The mobile number must have 11 digits and start with 13–19.</source>
        <translation>手机号码须为 11 位，以 13–19 开头。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="205"/>
        <source>The ID number must have 18 characters and a valid check character (the last one).</source>
        <translation>身份证号须为 18 位，且最后一位校验码正确。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="251"/>
        <source>Same as an earlier report (found on intake)</source>
        <translation>与先前报告相同（登记时发现）</translation>
    </message>
</context>
<context>
    <name>IncidentHistory</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="76"/>
        <source>imported as {status} ({source})</source>
        <translation>导入，状态为{status}（{source}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="78"/>
        <source>reported ({source})</source>
        <translation>已报告（{source}）</translation>
    </message>
</context>
<context>
    <name>IncidentLegend</name>
    <message>
        <location filename="../../widgets/incidents/items.py" line="301"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>IncidentQueue</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="88"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="91"/>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="92"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="87"/>
        <source>Search case number, title, description, address</source>
        <translation>搜索编号、标题、描述、地址</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="91"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="94"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="99"/>
        <source>Anyone</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="100"/>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="103"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="124"/>
        <source>Show only reports in this status (several may be chosen)</source>
        <translation>只显示该状态的报告（可多选）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="163"/>
        <source>(unassigned)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="208"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="38"/>
        <source>Any age</source>
        <extracomment>age filter presets (days from, days to, label)</extracomment>
        <translation>不限时长</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="39"/>
        <source>Under 1 day</source>
        <translation>1 天以内</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="40"/>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="41"/>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="42"/>
        <source>1–4 weeks</source>
        <translation>1–4 周</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="43"/>
        <source>Over 30 days</source>
        <translation>30 天以上</translation>
    </message>
</context>
<context>
    <name>IncidentQueueModel</name>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="27"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="31"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="32"/>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="33"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="34"/>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="269"/>
        <source>Reported at {time} ({zone})</source>
        <translation>报告时间 {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="272"/>
        <source>Due by {time} ({zone})</source>
        <translation>办结期限 {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="291"/>
        <source>overdue {0}</source>
        <translation>超期 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="292"/>
        <source>in {0}</source>
        <translation>剩 {0}</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="23"/>
        <source>Verify</source>
        <extracomment>what the button that moves a report to a status says</extracomment>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="24"/>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="25"/>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="26"/>
        <source>Resolve</source>
        <translation>办理完毕</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="27"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="28"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="29"/>
        <source>Mark duplicate</source>
        <translation>标为重复</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="30"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="340"/>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="335"/>
        <location filename="../../widgets/layer_tree.py" line="342"/>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="343"/>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="344"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="337"/>
        <location filename="../../widgets/layer_tree.py" line="351"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="144"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="146"/>
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
    <name>LibraryError</name>
    <message>
        <location filename="../../datasources/library_text.py" line="23"/>
        <source>the cause is given under Details</source>
        <extracomment>parameters of a DataSourceError that carry a library's own text, not words of ours</extracomment>
        <translation>原因见“详细信息”</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="25"/>
        <source>something unexpected went wrong; Details shows what was reported</source>
        <translation>发生了意外错误，具体报告见“详细信息”</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="29"/>
        <location filename="../../datasources/library_text.py" line="62"/>
        <source>the file or folder cannot be found</source>
        <translation>找不到该文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="30"/>
        <location filename="../../datasources/library_text.py" line="31"/>
        <location filename="../../datasources/library_text.py" line="56"/>
        <source>you have no permission to use this file or folder</source>
        <translation>您没有使用该文件或文件夹的权限</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="32"/>
        <location filename="../../datasources/library_text.py" line="33"/>
        <location filename="../../datasources/library_text.py" line="54"/>
        <source>the disk is full</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="34"/>
        <location filename="../../datasources/library_text.py" line="52"/>
        <source>the disk or folder can only be read, not written</source>
        <translation>该磁盘或文件夹只能读取，不能写入</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="35"/>
        <location filename="../../datasources/library_text.py" line="57"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中的某一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="36"/>
        <location filename="../../datasources/library_text.py" line="58"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="37"/>
        <location filename="../../datasources/library_text.py" line="64"/>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告了读写错误</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="38"/>
        <source>the file name or path is too long</source>
        <translation>文件名或路径过长</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="39"/>
        <location filename="../../datasources/library_text.py" line="87"/>
        <source>too many files are open at once</source>
        <translation>同时打开的文件过多</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="40"/>
        <location filename="../../datasources/library_text.py" line="83"/>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="46"/>
        <source>the database inside the file is damaged</source>
        <extracomment>(what the libraries say, the sentence a person needs), the more particular first</extracomment>
        <translation>文件中的数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="48"/>
        <source>the file is not a database, or it is encrypted</source>
        <translation>该文件不是数据库，或已被加密</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="50"/>
        <source>another program is using the database; close it and try again</source>
        <translation>另一个程序正在使用该数据库，请关闭后重试</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="60"/>
        <source>the database file cannot be opened: its folder is missing or not writable</source>
        <translation>无法打开数据库文件：所在文件夹不存在或不可写入</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="67"/>
        <source>the coordinate reference system is not one the program knows</source>
        <translation>本程序无法识别该坐标参考系</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="70"/>
        <source>the file is not in a format the program recognises</source>
        <translation>本程序无法识别该文件的格式</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="73"/>
        <source>the compressed data is damaged</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="76"/>
        <source>the file is cut short or damaged</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="78"/>
        <source>the text cannot be decoded with the encoding chosen</source>
        <translation>无法用所选编码解码文本</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="81"/>
        <source>the text of the file is not well-formed</source>
        <translation>文件内容的格式不正确</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="86"/>
        <source>the server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="63"/>
        <source>This workstation has made too many login attempts. Wait a minute and try again.</source>
        <translation>本工作站登录尝试次数过多。请等一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="67"/>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>用户名或密码错误，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="71"/>
        <source>This account cannot log in now.</source>
        <translation>此账户目前无法登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="99"/>
        <source>Log in — {store}</source>
        <translation>登录 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="102"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="103"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="104"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="110"/>
        <source>Log in to the township store {store}.</source>
        <translation>登录乡镇数据库 {store}。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="117"/>
        <source>Enter your user name and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="86"/>
        <source>Layers</source>
        <extracomment>what the desks are lent (:class:`~console.workbench.Workbench`), and the map tools they brought the desks (:data:`console.desks.DESKS`) by name; each builds itself when someone logs in</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="88"/>
        <location filename="../../console/main_window.py" line="144"/>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="93"/>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="117"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="118"/>
        <source>Open &amp;project…</source>
        <translation>打开工程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="119"/>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="121"/>
        <source>Add &amp;basemap (MBTiles)…</source>
        <translation>添加底图 (MBTiles)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="122"/>
        <source>Add &amp;web basemap (XYZ/WMTS)…</source>
        <translation>添加在线底图 (XYZ/WMTS)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="125"/>
        <source>&amp;Save project</source>
        <translation>保存工程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="126"/>
        <source>Save project &amp;as…</source>
        <translation>工程另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="129"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="136"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="138"/>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="144"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="145"/>
        <source>Select by rectangle</source>
        <translation>矩形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="146"/>
        <source>Select by polygon</source>
        <translation>多边形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="148"/>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>Full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="218"/>
        <source>Measured: {result}</source>
        <translation>测量结果：{result}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="244"/>
        <source>{count} features selected in {layer}</source>
        <translation>已在 {layer} 中选中 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="277"/>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="278"/>
        <source>MBTiles basemaps (*.mbtiles)</source>
        <translation>MBTiles 底图 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="369"/>
        <source>New project</source>
        <translation>新建工程</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="371"/>
        <source>Township Console</source>
        <translation>乡镇管理控制台</translation>
    </message>
</context>
<context>
    <name>MapStatus</name>
    <message>
        <location filename="../../widgets/map_status.py" line="36"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="65"/>
        <source>Type a scale such as 1:10000</source>
        <translation>输入比例尺，例如 1:10000</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="74"/>
        <source>Project CRS</source>
        <translation>工程坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="75"/>
        <source>Draw the map in:</source>
        <translation>地图绘制所用坐标参考系：</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="86"/>
        <source>Unknown CRS: {crs}</source>
        <translation>未知的坐标参考系：{crs}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/message_bar.py" line="40"/>
        <location filename="../../widgets/message_bar.py" line="99"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="49"/>
        <source>Close the message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="84"/>
        <source>{context}: {message}</source>
        <translation>{context}：{message}</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="86"/>
        <source>Original message: {text}</source>
        <translation>原始信息：{text}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="55"/>
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="76"/>
        <source>{name} — added {time} by {user}</source>
        <translation>{name} — {user} 于 {time} 添加</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="87"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="33"/>
        <source>Keep a scenario first: a plan is a kept scenario.</source>
        <translation>请先保存一个方案：规划即已保存的方案。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="38"/>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="73"/>
        <source>Exporting a plan</source>
        <translation>导出规划</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="79"/>
        <location filename="../../console/plan_cli.py" line="131"/>
        <source>Plan {name}</source>
        <translation>规划方案：{name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="85"/>
        <location filename="../../console/plan_cli.py" line="135"/>
        <source>Township store: planned sites and scenario {name}; households, DEM</source>
        <translation>乡镇数据库：规划站点与方案 {name}；住户、数字高程模型</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="97"/>
        <source>Plan {name} written: {files}</source>
        <translation>规划 {name} 已写出：{files}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="103"/>
        <source>Writing the plan summary</source>
        <translation>正在写出规划摘要</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="113"/>
        <location filename="../../widgets/planning/scenario_views.py" line="140"/>
        <source>Export a plan</source>
        <translation>导出规划</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="118"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="119"/>
        <source>Make its sites the proposed sites in the store</source>
        <translation>将其站点设为数据库中的拟建站点</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="124"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="128"/>
        <source>GeoPackage of the sites</source>
        <translation>站点 GeoPackage 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="129"/>
        <source>The coverage per village (CSV) and the one-page summary (PDF) are written beside it, with the same name.</source>
        <translation>各村覆盖情况（CSV）和一页摘要（PDF）以相同文件名写在其旁边。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="141"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="35"/>
        <source>Sites</source>
        <extracomment>villages named one by one in the page's table (the others are added up in one row)</extracomment>
        <translation>站点数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="36"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="52"/>
        <source>Scenario {name}</source>
        <translation>方案 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="54"/>
        <source>sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="57"/>
        <source>coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="72"/>
        <source>Sites in the plan</source>
        <translation>规划站点数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="73"/>
        <source>Cost of the sites</source>
        <translation>站点费用</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="74"/>
        <source>Persons covered</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="75"/>
        <source>Share covered</source>
        <translation>覆盖比例</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="76"/>
        <source>Households not covered</source>
        <translation>未覆盖户数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="85"/>
        <source>{n} other villages</source>
        <translation>其他 {n} 个村</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="106"/>
        <source>Coverage per village</source>
        <translation>各村覆盖情况</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="107"/>
        <source>Plan summary: sites, coverage and cost</source>
        <translation>规划摘要：站点、覆盖与费用</translation>
    </message>
</context>
<context>
    <name>PlanningDesk</name>
    <message>
        <location filename="../../console/desks/planning.py" line="88"/>
        <source>Coverage per village</source>
        <translation>各村覆盖情况</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="89"/>
        <source>&amp;Add a planned site</source>
        <translation>添加规划站址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="90"/>
        <source>&amp;Move a planned site</source>
        <translation>移动规划站址(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="95"/>
        <source>&amp;Planning</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="96"/>
        <source>&amp;Edit the selected site…</source>
        <translation>编辑所选站址(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="97"/>
        <source>&amp;Delete the selected site</source>
        <translation>删除所选站址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="98"/>
        <source>&amp;Undo the last site edit</source>
        <translation>撤销上一次站址编辑(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="99"/>
        <source>&amp;Redo the site edit</source>
        <translation>重做站址编辑(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="100"/>
        <source>&amp;Viewshed of the selected site</source>
        <translation>所选站址的可视域(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="101"/>
        <source>&amp;Signal levels of the selected site</source>
        <translation>所选站址的信号强度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="102"/>
        <source>&amp;Coverage of all planned sites</source>
        <translation>全部规划站址的覆盖(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="103"/>
        <source>&amp;Choose the best sites…</source>
        <translation>选择最佳站址(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="104"/>
        <source>Coverage per &amp;village</source>
        <translation>各村覆盖情况(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="105"/>
        <source>C&amp;lear the coverage</source>
        <translation>清除覆盖图(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="106"/>
        <source>&amp;Gap map per village</source>
        <translation>各村覆盖缺口图(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="107"/>
        <source>Gap map per &amp;hexagon</source>
        <translation>六边形覆盖缺口图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="108"/>
        <source>&amp;Keep the sites as a scenario…</source>
        <translation>将当前站址保存为方案(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="109"/>
        <source>Co&amp;mpare two scenarios…</source>
        <translation>比较两个方案(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="120"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="127"/>
        <source>Only a planner may edit planned sites.</source>
        <translation>只有规划员可以编辑规划站址。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="184"/>
        <source>Open an elevation raster (DEM) first: coverage follows the terrain.</source>
        <translation>请先打开高程栅格（DEM）：覆盖范围取决于地形。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="198"/>
        <location filename="../../console/desks/planning_signal.py" line="27"/>
        <source>Select a planned site first (Move site picks one).</source>
        <translation>请先选择一个规划站址（用“移动规划站址”工具点选）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="61"/>
        <source>households_not_covered</source>
        <translation>未覆盖农户</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="63"/>
        <source>Export the households not covered</source>
        <translation>导出未覆盖农户</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="64"/>
        <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
        <translation>GeoPackage 文件 (*.gpkg);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="82"/>
        <source>{n} households not covered written to {path}</source>
        <translation>已将 {n} 户未覆盖农户写入 {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="152"/>
        <location filename="../../console/desks/planning.py" line="202"/>
        <source>Viewshed of {name}</source>
        <translation>{name} 的可视域</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="212"/>
        <source>There are no planned sites yet: add one on the map.</source>
        <translation>还没有规划站址：请先在地图上添加。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="215"/>
        <source>Coverage of all planned sites</source>
        <translation>全部规划站址的覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="263"/>
        <source>{title}: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%), {households:,} households not covered.</source>
        <translation>{title}：{persons:,.0f} 人中覆盖 {covered:,.0f} 人（{share:.1f}%），{households:,} 户未覆盖。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="331"/>
        <location filename="../../console/desks/planning.py" line="340"/>
        <source>Choosing the best sites</source>
        <translation>正在选择最佳站址</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="337"/>
        <source>Even every candidate together does not reach that share of people: ask for less, or allow more candidates.</source>
        <translation>即使选用全部候选点也达不到该人口比例：请降低目标，或放宽候选点条件。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="350"/>
        <source>Persons covered: {before:,.0f} now, {after:,.0f} with these {count} sites, of {total:,.0f}. Proven best possible: {bound:,.0f} (gap {gap:.2f}%).</source>
        <translation>覆盖人数：目前 {before:,.0f} 人，加上这 {count} 个站址后 {after:,.0f} 人，共 {total:,.0f} 人。已证明的最优上界：{bound:,.0f}（差距 {gap:.2f}%）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="106"/>
        <source>Proposed site {n}</source>
        <translation>建议站址 {n}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="111"/>
        <source>{n} proposed sites added to the map.</source>
        <translation>已将 {n} 个建议站址添加到地图。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="28"/>
        <source>coverage_per_village</source>
        <translation>各村覆盖情况</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="30"/>
        <source>Export the village table</source>
        <translation>导出各村覆盖表</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="31"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="42"/>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="48"/>
        <source>Village table written to {path}</source>
        <translation>各村覆盖表已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="94"/>
        <location filename="../../console/desks/planning_outputs.py" line="117"/>
        <source>Run a coverage first: the gap map shows who it leaves out.</source>
        <translation>请先计算覆盖：缺口图显示哪些人未被覆盖。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>under 25% covered</source>
        <translation>覆盖率低于 25%</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>25-50% covered</source>
        <translation>覆盖率 25%–50%</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>50-75% covered</source>
        <translation>覆盖率 50%–75%</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>75-100% covered</source>
        <translation>覆盖率 75%–100%</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="101"/>
        <source>Coverage gap per village</source>
        <translation>各村覆盖缺口</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="124"/>
        <source>everyone covered</source>
        <translation>全部已覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="125"/>
        <source>1-20 persons not covered</source>
        <translation>1–20 人未覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="126"/>
        <source>21-50 persons not covered</source>
        <translation>21–50 人未覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="127"/>
        <source>51-100 persons not covered</source>
        <translation>51–100 人未覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="128"/>
        <source>over 100 persons not covered</source>
        <translation>100 人以上未覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="129"/>
        <source>Persons not covered per hexagon</source>
        <translation>六边形网格未覆盖人口</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="45"/>
        <source>The project has no households layer and its villages no population: coverage cannot count who is reached.</source>
        <translation>项目中没有农户图层，村界也没有人口数：无法统计覆盖到的人。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="52"/>
        <source>No households layer: coverage counts the villages' population, spread over their area.</source>
        <translation>没有农户图层：覆盖按各村人口（按面积均摊）统计。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_signal.py" line="46"/>
        <source>Signal of {name}</source>
        <translation>{name} 的信号强度</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_signal.py" line="109"/>
        <source>{title}: a usable signal or better reaches {covered:,.0f} of {persons:,.0f} persons. The mobile signal columns count its good and usable classes; the other services are the coverage's.</source>
        <translation>{title}：{persons:,.0f} 人中有 {covered:,.0f} 人可收到可用及以上信号。“移动信号”各列按其良好和可用等级统计；其他服务沿用覆盖分析的结果。</translation>
    </message>
</context>
<context>
    <name>PlanningNames</name>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="93"/>
        <source>Seen by one site</source>
        <translation>一个站址可见</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="94"/>
        <source>Seen by two sites</source>
        <translation>两个站址可见</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="95"/>
        <source>Seen by three or more</source>
        <translation>三个及以上站址可见</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="111"/>
        <source>Usable signal (outdoors)</source>
        <translation>信号可用（室外）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="112"/>
        <source>Good signal (indoors)</source>
        <translation>信号良好（室内）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="16"/>
        <source>Mobile tower</source>
        <translation>移动通信基站</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="17"/>
        <source>Camera</source>
        <translation>监控摄像头</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="18"/>
        <source>Monitoring station</source>
        <translation>监测站</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="19"/>
        <source>Warning loudspeaker</source>
        <translation>预警广播</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="20"/>
        <source>Fibre cabinet</source>
        <translation>光纤交接箱</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="23"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="24"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="25"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="26"/>
        <source>Built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="27"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="30"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="31"/>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="32"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="33"/>
        <source>Households covered</source>
        <translation>已覆盖户数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="34"/>
        <source>Households not covered</source>
        <translation>未覆盖户数</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="35"/>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="36"/>
        <source>Persons covered</source>
        <translation>已覆盖人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="37"/>
        <source>Persons not covered</source>
        <translation>未覆盖人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="38"/>
        <source>Share covered (%)</source>
        <translation>人口覆盖率（%）</translation>
    </message>
</context>
<context>
    <name>PrintLayoutDialog</name>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="30"/>
        <source>Print layout</source>
        <extracomment>``map_view()``: the extent the map window shows (project CRS), offered as the print's extent</extracomment>
        <translation>打印版式</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="38"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="39"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="43"/>
        <source>fit the map (e.g. 1:25000)</source>
        <translation>按地图自动（如 1:25000）</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="44"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="45"/>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="46"/>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="51"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="53"/>
        <source>Page</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="54"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="56"/>
        <source>Author</source>
        <translation>制图人</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="57"/>
        <source>Scale</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="59"/>
        <source>Print what the map window shows</source>
        <translation>打印地图窗口当前显示的范围</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="72"/>
        <source>Keep in project</source>
        <translation>保存到项目</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="74"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="75"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="107"/>
        <source>New layout</source>
        <translation>新建版式</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="119"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="149"/>
        <source>The scale must look like 1:25000.</source>
        <translation>比例应写成 1:25000 这样的形式。</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="214"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="214"/>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>PNG 图片，每英寸 300 点 (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="215"/>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../widgets/printing/export.py" line="143"/>
        <location filename="../../widgets/printing/export.py" line="194"/>
        <source>preparing the layers</source>
        <translation>正在准备图层</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="149"/>
        <source>drawing the map</source>
        <translation>正在绘制地图</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="157"/>
        <source>writing the page</source>
        <translation>正在写出页面</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Area (km²)</source>
        <translation>面积（平方千米）</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Area (mu, 亩)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Incidents reported</source>
        <translation>群众反映事件数</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="200"/>
        <source>Village atlas</source>
        <translation>村级图集</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="207"/>
        <source>page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="223"/>
        <source>Figures of the village</source>
        <translation>本村概况</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="224"/>
        <source>{township} village atlas, page {n} of {total}</source>
        <translation>{township} 村级图集 第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="165"/>
        <source>Legend</source>
        <extracomment>where the scale bar was drawn: (x, y, length, height) in mm and its ground metres</extracomment>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="226"/>
        <source>Figures</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="276"/>
        <source>Scale {scale}</source>
        <translation>比例尺 {scale}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="281"/>
        <source>Coordinate system: {crs}</source>
        <translation>坐标系：{crs}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="283"/>
        <source>Made by: {author}</source>
        <translation>制图：{author}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="284"/>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="286"/>
        <source>Data sources: {sources}</source>
        <translation>数据来源：{sources}</translation>
    </message>
</context>
<context>
    <name>PrintingDesk</name>
    <message>
        <location filename="../../console/desks/printing.py" line="34"/>
        <source>&amp;Print</source>
        <extracomment>the maps of the prints under way, kept here so that their layer items (Qt objects made on the GUI thread) are released on the GUI thread when the task has finished, never by the worker</extracomment>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="35"/>
        <source>Print layout…</source>
        <translation>打印版式…</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="37"/>
        <source>Village atlas…</source>
        <translation>村级图集…</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="48"/>
        <source>Open a project or some layers to print first.</source>
        <translation>请先打开项目或图层，再打印。</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="54"/>
        <source>No Chinese font is installed: Chinese text will print as boxes (install fonts-wqy-microhei).</source>
        <translation>未安装中文字体：中文将打印成方框（请安装 fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="74"/>
        <source>Printing {name}</source>
        <translation>正在打印 {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="84"/>
        <source>Village atlas</source>
        <translation>村级图集</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="84"/>
        <source>village atlas</source>
        <translation>村级图集</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="85"/>
        <source>PDF document (*.pdf);;PNG images, one a page (*.png)</source>
        <translation>PDF 文档 (*.pdf);;PNG 图片，每页一张 (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="97"/>
        <source>The atlas needs a villages layer: open the township's villages first.</source>
        <translation>图集需要行政村图层：请先打开本镇的行政村数据。</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="108"/>
        <source>Printing the village atlas</source>
        <translation>正在打印村级图集</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="123"/>
        <source>{n} files in {folder}</source>
        <translation>{folder} 中的 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="125"/>
        <source>Printed {pages} page(s) to {where}</source>
        <translation>已打印 {pages} 页到 {where}</translation>
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
    <name>PublicationsDialog</name>
    <message>
        <location filename="../../widgets/publishing/history.py" line="10"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="11"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="12"/>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="28"/>
        <source>Approve publication</source>
        <translation>审批发布</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="28"/>
        <location filename="../../widgets/publishing/history.py" line="94"/>
        <source>Publications</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="31"/>
        <source>Drafted by</source>
        <translation>起草人</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="31"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="40"/>
        <source>Note (required to reject)</source>
        <translation>备注（退回时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="43"/>
        <source>What changed since the last approved publication</source>
        <translation>与上次批准的发布相比的变化</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="47"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="48"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="101"/>
        <source>Layers: {layers}</source>
        <translation>图层：{layers}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="104"/>
        <source>The first publication.</source>
        <translation>首次发布。</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="105"/>
        <source>Since publication No. {id}:</source>
        <translation>与第 {id} 号发布相比：</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="107"/>
        <source>layer added: {name}</source>
        <translation>新增图层：{name}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="108"/>
        <source>layer removed: {name}</source>
        <translation>移除图层：{name}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="109"/>
        <source>{layer}: fields added {fields}</source>
        <translation>{layer}：新增字段 {fields}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="111"/>
        <source>{layer}: fields removed {fields}</source>
        <translation>{layer}：移除字段 {fields}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="113"/>
        <source>{layer}: features {old} → {new}</source>
        <translation>{layer}：要素 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="116"/>
        <source>no change in layers, fields or feature counts</source>
        <translation>图层、字段和要素数均无变化</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="31"/>
        <source>Publish web map</source>
        <translation>发布网络地图</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="34"/>
        <location filename="../../widgets/publishing/dialog.py" line="38"/>
        <location filename="../../widgets/publishing/dialog.py" line="158"/>
        <source>Layer or field</source>
        <translation>图层或字段</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="44"/>
        <source>Never published: single records, or raw readings.</source>
        <translation>不予发布：单条记录或原始读数。</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="59"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="65"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="66"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="73"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="77"/>
        <source>Tick the layers and the fields residents may see. Fields holding names, ID numbers or phone numbers are refused.</source>
        <translation>勾选居民可以查看的图层和字段。含有姓名、身份证号或电话号码的字段不予发布。</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="122"/>
        <source>Folder of the web map</source>
        <translation>网络地图的文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="147"/>
        <source>The folder {folder} exists and is not a published map's folder: a publication replaces its folder whole. Choose a new folder.</source>
        <translation>文件夹 {folder} 已存在，且不是发布地图的文件夹：发布会整个替换目标文件夹。请选择一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="156"/>
        <source>persons' names</source>
        <translation>个人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="156"/>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="157"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="157"/>
        <source>personal data (by its name)</source>
        <translation>个人信息（按字段名）</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="161"/>
        <source>Layer {layer} is never published.</source>
        <translation>图层 {layer} 不予发布。</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="163"/>
        <source>Layer {layer}, field {field} holds {what}: it is never published.</source>
        <translation>图层 {layer} 的字段 {field} 含有{what}，不予发布。</translation>
    </message>
</context>
<context>
    <name>PublishingDesk</name>
    <message>
        <location filename="../../console/desks/publishing.py" line="33"/>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="34"/>
        <source>Publish web map…</source>
        <translation>发布网络地图…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="36"/>
        <source>Approve publication…</source>
        <translation>审批发布…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="38"/>
        <source>Publications…</source>
        <translation>发布记录…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="63"/>
        <source>Open a project with layers to publish first.</source>
        <translation>请先打开含有可发布图层的项目。</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="65"/>
        <source>Village affairs disclosure map</source>
        <translation>村务公开地图</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="84"/>
        <source>Publishing the web map</source>
        <translation>正在发布网络地图</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="92"/>
        <source>Web map written to {path}; it is not recorded: log in to the store to record publications.</source>
        <translation>网络地图已写入 {path}；未登记：登录数据库后发布才会被登记。</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="96"/>
        <source>Web map written to {path} and recorded as publication No. {id}, waiting for approval.</source>
        <translation>网络地图已写入 {path}，已登记为第 {id} 号发布，等待审批。</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="107"/>
        <source>Log in to the store to see publications.</source>
        <translation>请登录数据库以查看发布记录。</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="117"/>
        <source>Publication No. {id} approved.</source>
        <translation>第 {id} 号发布已批准。</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="118"/>
        <source>Publication No. {id} rejected.</source>
        <translation>第 {id} 号发布已退回。</translation>
    </message>
</context>
<context>
    <name>QgisExchangeDesk</name>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="29"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="30"/>
        <source>Export as &amp;QGIS project…</source>
        <translation>导出为 &amp;QGIS 工程…</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="32"/>
        <source>Open Q&amp;GIS project…</source>
        <translation>打开 Q&amp;GIS 工程…</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="45"/>
        <source>Export as QGIS project</source>
        <translation>导出为 QGIS 工程</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="46"/>
        <location filename="../../console/desks/qgis_exchange.py" line="85"/>
        <source>QGIS project (*.qgz *.qgs)</source>
        <translation>QGIS 工程 (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="58"/>
        <source>{layer} (hillshade)</source>
        <translation>{layer}（晕渲）</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="59"/>
        <source>Exporting the QGIS project</source>
        <translation>正在导出 QGIS 工程</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="65"/>
        <source>Wrote {name} ({count} layers) with {gpkg} beside it; keep the two files together.</source>
        <translation>已写出 {name}（{count} 个图层），{gpkg} 在它旁边；这两个文件请放在一起。</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="68"/>
        <source>Notes: {count}; see Details.</source>
        <translation>说明 {count} 条，见详情。</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="78"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="79"/>
        <source>The project has unsaved changes, and the QGIS project will take its place. Go on without saving them?</source>
        <translation>工程有未保存的修改，打开的 QGIS 工程将取代它。不保存就继续吗？</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="84"/>
        <source>Open QGIS project</source>
        <translation>打开 QGIS 工程</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="89"/>
        <source>Save as township project</source>
        <translation>另存为乡镇工程</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="91"/>
        <source>Township project (*.gpkg)</source>
        <translation>乡镇工程 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="101"/>
        <source>Opening the QGIS project</source>
        <translation>正在打开 QGIS 工程</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="110"/>
        <source>Opened {name}: {count} layers, saved as {target}.</source>
        <translation>已打开 {name}：{count} 个图层，已存为 {target}。</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="115"/>
        <source>Not carried over or changed: {count}; see Details.</source>
        <translation>未能带过来或有改变的 {count} 项，见详情。</translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="108"/>
        <location filename="../../widgets/emergency/readings_chart.py" line="118"/>
        <source>Choose sensors in the list to chart their readings.</source>
        <translation>在列表中勾选站点以绘制其监测数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="122"/>
        <source>No readings yet from the sensors chosen.</source>
        <translation>所选站点尚无监测数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="124"/>
        <source>{n} sensor(s), {p} parameter(s); drag the dashed line to move in time, wheel to zoom</source>
        <translation>{n} 个站点，{p} 项参数；拖动虚线可移动时间，滚轮缩放</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="210"/>
        <source>warning</source>
        <translation>警戒</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="211"/>
        <source>danger</source>
        <translation>保证</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="17"/>
        <source>Monthly PDF</source>
        <translation>月度报告 PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="24"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="25"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="29"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="30"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="33"/>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="48"/>
        <source>Bringing the project's scenarios into the store</source>
        <translation>将项目中的方案转入数据库</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="52"/>
        <source>{n} scenarios of the project are now kept in the store.</source>
        <translation>项目中的 {n} 个方案已保存到数据库。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="90"/>
        <source>There are no planned sites to keep: add one on the map first.</source>
        <translation>没有可保存的规划站点：请先在地图上添加一个。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="95"/>
        <source>Scenario {n}</source>
        <translation>方案 {n}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="96"/>
        <source>Keep a scenario</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="97"/>
        <source>Name of the scenario:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="105"/>
        <source>Scenario {name} kept with {n} sites; save the project to keep it for later.</source>
        <translation>方案“{name}”已保存，含 {n} 个站址；请保存项目以便日后使用。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="112"/>
        <source>Keeping a scenario</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="114"/>
        <source>Scenario {name} kept in the store with {n} sites.</source>
        <translation>方案 {name} 已保存到数据库，共 {n} 个站点。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="122"/>
        <source>There is no scenario in the store.</source>
        <translation>数据库中没有方案。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="125"/>
        <location filename="../../console/desks/planning_scenarios.py" line="129"/>
        <source>Delete a scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="126"/>
        <location filename="../../console/desks/planning_scenarios.py" line="282"/>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="130"/>
        <source>Delete the scenario {name} for every planner?</source>
        <translation>为所有规划人员删除方案 {name}？</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="137"/>
        <source>Deleting a scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="149"/>
        <source>Keep at least two scenarios to compare them.</source>
        <translation>至少保存两个方案才能进行比较。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="166"/>
        <source>Comparing {a} and {b}</source>
        <translation>正在比较 {a} 与 {b}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="177"/>
        <source>Scenario comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="224"/>
        <source>Coverage of scenario {name}</source>
        <translation>方案 {name} 的覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="240"/>
        <source>Make the proposed sites</source>
        <translation>设为拟建站点</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="241"/>
        <source>Make the {n} sites of {name} the proposed sites? {changed} planned sites change or are added, {withdrawn} proposed sites go back to drafts; {kept} approved or built sites are kept.</source>
        <translation>将 {name} 的 {n} 个站点设为拟建站点？{changed} 个规划站点将被修改或新增，{withdrawn} 个拟建站点退回草稿；{kept} 个已批准或已建站点保持不变。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="257"/>
        <source>Making the proposed sites</source>
        <translation>设为拟建站点</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="261"/>
        <source>The sites of {name} are now the proposed sites ({n} changes).</source>
        <translation>{name} 的站点现为拟建站点（{n} 处修改）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="267"/>
        <source>Make a scenario the proposed sites</source>
        <translation>将方案设为拟建站点</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="273"/>
        <source>Show a scenario on the map</source>
        <translation>在地图上显示方案</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="280"/>
        <source>Keep a scenario first.</source>
        <translation>请先保存一个方案。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="292"/>
        <source>S&amp;how a scenario on the map…</source>
        <translation>在地图上显示方案(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="293"/>
        <source>Make a scenario the p&amp;roposed sites…</source>
        <translation>将方案设为拟建站点(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="294"/>
        <source>Delete a sce&amp;nario…</source>
        <translation>删除方案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="295"/>
        <source>E&amp;xport a plan…</source>
        <translation>导出规划(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>ScenarioTable</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="48"/>
        <source>Keep scenarios, then compare two of them.</source>
        <translation>先保存方案，再选择两个方案进行比较。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="52"/>
        <source>Map of A</source>
        <translation>方案 A 的地图</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="52"/>
        <source>Map of B</source>
        <translation>方案 B 的地图</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="53"/>
        <source>Make A the proposed sites…</source>
        <translation>将 A 设为拟建站点…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="54"/>
        <source>Make B the proposed sites…</source>
        <translation>将 B 设为拟建站点…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="56"/>
        <source>Show the scenario's sites and coverage as layers of the map</source>
        <translation>将方案的站点和覆盖作为图层显示在地图上</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="61"/>
        <source>Its sites become the planned sites with the status proposed; approved and built sites are kept</source>
        <translation>其站点成为状态为拟建的规划站点；已批准和已建站点保持不变</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="63"/>
        <source>Only a planner may edit planned sites.</source>
        <translation>只有规划人员可以编辑规划站点。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="79"/>
        <source>A: {a} ({sa} sites) covers {ca:,.0f} persons; B: {b} ({sb} sites) covers {cb:,.0f}; of {total:,.0f}.</source>
        <translation>A：{a}（{sa} 个站址）覆盖 {ca:,.0f} 人；B：{b}（{sb} 个站址）覆盖 {cb:,.0f} 人；共 {total:,.0f} 人。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="82"/>
        <source>Cost: A {costa:,.0f}, B {costb:,.0f}.</source>
        <translation>费用：A {costa:,.0f}，B {costb:,.0f}。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="85"/>
        <source>Map of {name}</source>
        <translation>{name} 的地图</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="87"/>
        <source>Make {name} the proposed sites…</source>
        <translation>将 {name} 设为拟建站点…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Covered by A</source>
        <translation>A 覆盖人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Covered by B</source>
        <translation>B 覆盖人口</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>B - A</source>
        <translation>差值（B − A）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>Share A (%)</source>
        <translation>A 覆盖率（%）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>Share B (%)</source>
        <translation>B 覆盖率（%）</translation>
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
    <name>SiteDialog</name>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="34"/>
        <source>Planned site</source>
        <translation>规划站址</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="34"/>
        <source>New planned site</source>
        <translation>新建规划站址</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="40"/>
        <source>e.g. Qingxi hill tower</source>
        <translation>例如：青溪山基站</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="46"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="53"/>
        <source>Sector or field of view</source>
        <translation>扇区或视场</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="59"/>
        <source>default ({value:g} MHz)</source>
        <translation>默认（{value:g} MHz）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="61"/>
        <source>default ({value:g} dBm)</source>
        <translation>默认（{value:g} dBm）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="63"/>
        <source>The carrier frequency of a radio site (a mobile tower): it sets the signal levels</source>
        <translation>无线站点（移动基站）的载波频率：决定信号强度</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="65"/>
        <source>The power the antenna radiates (EIRP): it sets the signal levels</source>
        <translation>天线的等效全向辐射功率（EIRP）：决定信号强度</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="70"/>
        <source>towards</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="72"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="78"/>
        <source>Mast or camera height</source>
        <translation>塔高或摄像头高度</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="79"/>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="81"/>
        <source>Range</source>
        <translation>覆盖半径</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="83"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="84"/>
        <source>Radiated power (EIRP)</source>
        <translation>辐射功率（EIRP）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="85"/>
        <source>Cost</source>
        <translation>造价</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="86"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SiteEdits</name>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="43"/>
        <source>Drag a planned site to its new place (or click it, then where it goes).</source>
        <translation>把规划站点拖到新位置（或先点击站点，再点击目标位置）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="86"/>
        <source>Click on the map where the site stands.</source>
        <translation>在地图上点击站址所在位置。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="106"/>
        <source>No planned site there.</source>
        <translation>该处没有规划站址。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="139"/>
        <source>Planned site moved.</source>
        <translation>规划站点已移动。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="182"/>
        <source>Coverage while the site moves</source>
        <translation>站点移动中的覆盖</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="194"/>
        <source>Preview while the site moves: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%).</source>
        <translation>站点移动中的预览：{persons:,.0f} 人中覆盖 {covered:,.0f} 人（{share:.1f}%）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="223"/>
        <source>Planned site added.</source>
        <translation>已添加规划站址。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="240"/>
        <location filename="../../console/desks/planning_edit.py" line="261"/>
        <source>Select a planned site first (Move site picks one).</source>
        <translation>请先选择一个规划站址（用“移动规划站址”工具点选）。</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="264"/>
        <source>Delete site</source>
        <translation>删除站址</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="265"/>
        <source>Delete the selected planned site?</source>
        <translation>删除所选规划站址？</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="291"/>
        <source>Someone else saved this site meanwhile; it is shown as saved now. Make the change again.</source>
        <translation>其他人刚刚保存了该站址，现显示其保存后的状态。请重新修改。</translation>
    </message>
</context>
<context>
    <name>StandardBrowser</name>
    <message>
        <location filename="../../widgets/standard/browser.py" line="18"/>
        <source>Township data standard</source>
        <translation>乡镇数据标准</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Allowed values</source>
        <translation>允许取值</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="37"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="37"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="41"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="47"/>
        <source>Codes of the chosen field</source>
        <translation>所选字段的代码</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="68"/>
        <source>{title} {version}: {description} Coordinate systems: {crs}.</source>
        <translation>{title} {version}：{description}坐标系：{crs}。</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="92"/>
        <source>Geometry: {types}</source>
        <translation>几何类型：{types}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="103"/>
        <source>unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="104"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>StandardDesk</name>
    <message>
        <location filename="../../console/desks/standard.py" line="17"/>
        <source>Map data (*.gpkg *.shp *.geojson *.json *.gz *.zip *.kml *.kmz *.fgb *.csv *.xlsx);;All files (*)</source>
        <translation>地图数据 (*.gpkg *.shp *.geojson *.json *.gz *.zip *.kml *.kmz *.fgb *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="34"/>
        <source>Data &amp;standard</source>
        <translation>数据标准(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="35"/>
        <source>Show the standard…</source>
        <translation>查看标准…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="37"/>
        <source>Validate a file…</source>
        <translation>检查文件…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="39"/>
        <source>Conform to the standard…</source>
        <translation>按标准转换…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="48"/>
        <source>A department's file</source>
        <translation>部门报送的文件</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="62"/>
        <source>Layer kind</source>
        <translation>图层类型</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="63"/>
        <source>Check {file} as:</source>
        <translation>将 {file} 作为以下类型检查：</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="85"/>
        <source>Checking {file} against the standard</source>
        <translation>正在按标准检查 {file}</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="111"/>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
</context>
<context>
    <name>StandardReport</name>
    <message>
        <location filename="../../widgets/standard/labels.py" line="10"/>
        <source>Required field missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="11"/>
        <source>Optional field absent</source>
        <translation>缺少可选字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="12"/>
        <source>Field not in the standard</source>
        <translation>标准外字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="13"/>
        <source>Personal data field</source>
        <translation>个人信息字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="14"/>
        <source>Field of another type</source>
        <translation>字段类型不符</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="15"/>
        <source>Encoding assumed</source>
        <translation>编码系推定</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="16"/>
        <source>Note from reading</source>
        <translation>读取说明</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="17"/>
        <source>Features skipped</source>
        <translation>要素被跳过</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="18"/>
        <source>Empty layer</source>
        <translation>空图层</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="19"/>
        <source>No coordinate system</source>
        <translation>无坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="20"/>
        <source>Coordinate system assumed</source>
        <translation>坐标系系推定</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="21"/>
        <source>Coordinate system not in the standard</source>
        <translation>坐标系不符合标准</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="22"/>
        <source>Required value empty</source>
        <translation>必填值为空</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="23"/>
        <source>Wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="24"/>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="25"/>
        <source>Code not allowed</source>
        <translation>代码不在允许范围内</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="26"/>
        <source>Wrong form</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="27"/>
        <source>Duplicate value</source>
        <translation>值重复</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="28"/>
        <source>No geometry column</source>
        <translation>无几何列</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="29"/>
        <source>No geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="30"/>
        <source>Empty geometry</source>
        <translation>空几何</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="31"/>
        <source>Invalid geometry</source>
        <translation>几何无效</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="32"/>
        <source>Wrong geometry type</source>
        <translation>几何类型不符</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="33"/>
        <source>Outside China</source>
        <translation>位于中国境外</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="34"/>
        <source>Outside the township</source>
        <translation>位于本乡镇范围外</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="37"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="38"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="39"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="42"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="43"/>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="44"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="45"/>
        <source>date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="46"/>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="50"/>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="51"/>
        <source>polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="52"/>
        <source>multi-polygon</source>
        <translation>多面</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="55"/>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="56"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="57"/>
        <source>m</source>
        <translation>米</translation>
    </message>
</context>
<context>
    <name>StoreDesk</name>
    <message>
        <location filename="../../console/desks/store.py" line="105"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="110"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="112"/>
        <source>Add layer from the store</source>
        <translation>从数据库添加图层</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="117"/>
        <source>Show the reporter's personal data…</source>
        <translation>查看报告人个人信息…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="118"/>
        <source>Export store layer…</source>
        <translation>导出数据库图层…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="124"/>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="125"/>
        <source>Users and roles…</source>
        <translation>用户与角色…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="131"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="142"/>
        <source>Logged in to the township store</source>
        <translation>已登录乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="209"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="210"/>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="223"/>
        <source>Select one incident in the store's incidents layer first.</source>
        <translation>请先在数据库的事件图层中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="226"/>
        <location filename="../../console/desks/store.py" line="258"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="227"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>为什么需要查看报告人的个人信息？（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="236"/>
        <source>Reporter of incident #{0}</source>
        <translation>事件 #{0} 的报告人</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="243"/>
        <source>Export store layer</source>
        <translation>导出数据库图层</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="243"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="248"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="249"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>GeoPackage 文件 (*.gpkg);;GeoJSON 文件 (*.geojson);;CSV 表格 (*.csv);;Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="259"/>
        <source>Include the reporters' names, phone and ID numbers in the export? The file will hold residents' personal data; the export is recorded.</source>
        <translation>导出时包含报告人的姓名、电话和身份证号吗？文件将含有居民个人信息；本次导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="275"/>
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
    <name>SurfaceActions</name>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="80"/>
        <source>No sensor has a value of {parameter} yet</source>
        <translation>尚无站点有{parameter}的数值</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="91"/>
        <source>Interpolating {parameter}</source>
        <translation>正在插值{parameter}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="112"/>
        <source>Surface: {parameter}</source>
        <translation>插值面：{parameter}</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../widgets/task_list.py" line="97"/>
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
    <name>TimeSlider</name>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="39"/>
        <location filename="../../widgets/emergency/time_slider.py" line="131"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="40"/>
        <source>Step through the readings an hour at a time</source>
        <translation>逐小时播放监测数据</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="45"/>
        <location filename="../../widgets/emergency/time_slider.py" line="142"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="46"/>
        <source>Show the latest values</source>
        <translation>显示最新数值</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="128"/>
        <source>Pause</source>
        <translation>暂停</translation>
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
        <location filename="../../widgets/store/user_admin.py" line="38"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <location filename="../../widgets/store/user_admin.py" line="71"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <location filename="../../widgets/store/user_admin.py" line="72"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="48"/>
        <location filename="../../widgets/store/user_admin.py" line="176"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="49"/>
        <location filename="../../widgets/store/user_admin.py" line="192"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="50"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="63"/>
        <source>(whole township)</source>
        <translation>（全乡镇）</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="65"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="69"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="70"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="73"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="74"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="75"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="76"/>
        <source>Save role and village</source>
        <translation>保存角色和村</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="77"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="103"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="103"/>
        <source>Office staff</source>
        <translation>办公室职员</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="104"/>
        <source>Planner</source>
        <translation>规划员</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="104"/>
        <source>Emergency desk</source>
        <translation>应急值班</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="105"/>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="105"/>
        <source>Village officer</source>
        <translation>村干部</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="141"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="141"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="142"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="143"/>
        <source>failed logins: {n}</source>
        <translation>登录失败：{n} 次</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="175"/>
        <source>Account {user}</source>
        <translation>账户 {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="192"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="207"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="209"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="218"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="227"/>
        <source>Could not add the account:</source>
        <translation>无法添加账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="230"/>
        <source>Account {user} added.</source>
        <translation>已添加账户 {user}。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="241"/>
        <source>Could not change the role:</source>
        <translation>无法更改角色：</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="244"/>
        <source>{user} is now {role}.</source>
        <translation>{user} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="253"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="258"/>
        <source>Could not set the password:</source>
        <translation>无法设置密码：</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="262"/>
        <source>New password set for {user}.</source>
        <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="273"/>
        <source>Could not change the account:</source>
        <translation>无法更改账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="286"/>
        <source>Could not unlock the account:</source>
        <translation>无法解锁账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="289"/>
        <source>{user} can log in again.</source>
        <translation>{user} 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="100"/>
        <source>Validation report — {name}</source>
        <translation>检查报告 — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="108"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="112"/>
        <source>All checks</source>
        <translation>全部检查项</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="116"/>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="120"/>
        <source>Search the findings</source>
        <translation>搜索检查结果</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="138"/>
        <source>Export the report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="155"/>
        <source>Errors: {errors}</source>
        <translation>错误：{errors}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="157"/>
        <source>Warnings: {warnings}</source>
        <translation>警告：{warnings}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="159"/>
        <source>Features: {n}. Coordinate system: {crs}.</source>
        <translation>要素：{n} 个。坐标系：{crs}。</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="165"/>
        <source>{n} of {total} findings shown</source>
        <translation>显示 {total} 条检查结果中的 {n} 条</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="174"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="175"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>VillagePage</name>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="26"/>
        <source>Village page: {name}</source>
        <translation>村页面：{name}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="31"/>
        <source>Households: {n}</source>
        <translation>户数：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="32"/>
        <source>Population: {n}</source>
        <translation>人口：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="34"/>
        <source>Rank {rank} of {n} (score {score})</source>
        <translation>综合排名第 {rank} / {n}（得分 {score}）</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="37"/>
        <source>Not ranked (fewer than two metrics to compare)</source>
        <translation>未参加排名（可比指标不足两项）</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="39"/>
        <source>Sensors: {codes}</source>
        <translation>监测设备：{codes}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="40"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="44"/>
        <source>Households with mobile service: {n}</source>
        <translation>移动信号覆盖户数：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="57"/>
        <source>Shares by month (%)</source>
        <translation>各月比率（%）</translation>
    </message>
</context>
<context>
    <name>VillageStatsPanel</name>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="61"/>
        <source>How the villages are doing</source>
        <translation>各村办理情况</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="67"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="68"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="132"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="304"/>
        <source>Township total</source>
        <translation>全镇合计</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="83"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="130"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="293"/>
        <source>all months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="144"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="144"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="145"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="182"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="280"/>
        <source>Open now</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="283"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="147"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="147"/>
        <source>Open at month end</source>
        <translation>月末未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="152"/>
        <source>Share overdue</source>
        <translation>超期率</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="161"/>
        <source>Not closed, rejected or a duplicate now (resolved but not closed counts as open).</source>
        <translation>现在既未办结、也未不予受理或标为重复（已解决但未办结的算未办结）。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="163"/>
        <source>Still open when the month ended (for this month: now).</source>
        <translation>月末时仍未办结的报告（本月按现在计算）。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="167"/>
        <source>Reports whose deadline has passed or that are closed; rejected reports and duplicates are left out.</source>
        <translation>已过办理期限或已办结的报告；不予受理和重复的报告不计在内。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="169"/>
        <source>Of the due reports: closed after the deadline or still open past it.</source>
        <translation>已到期报告中，超过期限才办结或过期仍未办结的。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_model.py" line="98"/>
        <source>Too few closed reports for a median: {n} (at least {least} are needed)</source>
        <translation>已办结报告太少，不计中位数：{n} 件（至少需要 {least} 件）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_model.py" line="100"/>
        <source>The median of {n} closed reports</source>
        <translation>{n} 件已办结报告的中位数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="133"/>
        <source>Share overdue (%)</source>
        <translation>超期比例 (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="136"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="336"/>
        <source>Village performance</source>
        <translation>各村办理情况</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="145"/>
        <source>Reports made</source>
        <translation>报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="148"/>
        <source>Median time to close (hours)</source>
        <translation>办结用时中位数 (小时)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="149"/>
        <source>Median time to close (days)</source>
        <translation>办结用时中位数 (天)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="150"/>
        <source>Closed reports in the median</source>
        <translation>计入中位数的办结数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="151"/>
        <source>Reports due</source>
        <translation>已到期报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="151"/>
        <source>Overdue reports</source>
        <translation>超期报告数</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="156"/>
        <source>The village; the township total is pinned below the table.</source>
        <translation>行政村；全镇合计固定显示在表格下方。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="157"/>
        <source>Reports made in the month (Beijing time), whatever their status now.</source>
        <translation>当月（北京时间）提出的报告，不论现在状态如何。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="158"/>
        <source>Closed now.</source>
        <translation>目前已办结。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="159"/>
        <source>Rejected (not a case for the office).</source>
        <translation>已驳回（不属于本办受理范围）。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="160"/>
        <source>Marked as the same as an earlier report.</source>
        <translation>被标记为与先前报告相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="164"/>
        <source>Median time from report to closing, in days, of the closed reports; — when fewer than {least} are closed.</source>
        <translation>已办结报告从报告到办结用时的中位数（天）；办结少于 {least} 件时显示 —。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="170"/>
        <source>Overdue reports as a percentage of the reports due.</source>
        <translation>超期报告占已到期报告的百分比。</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="178"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="206"/>
        <source>Open and closed reports per village</source>
        <translation>各村未办结与已办结报告</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="294"/>
        <source>Open and closed reports per village ({month})</source>
        <translation>各村未办结与已办结报告（{month}）</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="308"/>
        <source>Median time to close (days) — {village}</source>
        <translation>办结用时中位数 (天) — {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="310"/>
        <source>Share overdue (%) — {village}</source>
        <translation>超期率（%）— {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="333"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 表格，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="338"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="347"/>
        <source>Export village statistics</source>
        <translation>导出各村统计</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="350"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>VillageTable</name>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="17"/>
        <source>Any service</source>
        <translation>任一服务</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="18"/>
        <source>Mobile signal</source>
        <translation>移动信号</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="19"/>
        <source>Broadband (fibre)</source>
        <translation>宽带（光纤）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="20"/>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="21"/>
        <source>Warning loudspeakers</source>
        <translation>预警广播</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="22"/>
        <source>Monitoring stations</source>
        <translation>监测站</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="50"/>
        <source>Run a coverage to see who is left out.</source>
        <extracomment>where the demand comes from: the households layer, or the villages' population spread over their area</extracomment>
        <translation>计算覆盖后可查看哪些农户未被覆盖。</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="53"/>
        <source>The service the table and the gap maps show</source>
        <translation>表格和缺口图所显示的服务</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="58"/>
        <source>Households (persons)</source>
        <translation>农户（按人口）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="59"/>
        <source>Village population (spread over its area)</source>
        <translation>村人口（按面积均摊）</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="60"/>
        <source>Whom the coverage counts: the households layer, or each village's population spread evenly over 100 m cells</source>
        <translation>覆盖统计的对象：农户图层，或将各村人口均摊到 100 米网格</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="63"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="66"/>
        <source>Households not covered…</source>
        <translation>未覆盖农户…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="70"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="72"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="126"/>
        <source>Township total</source>
        <translation>全镇合计</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="163"/>
        <source>{service}: {figure}</source>
        <translation>{service}：{figure}</translation>
    </message>
</context>
<context>
    <name>WarningLevelActions</name>
    <message>
        <location filename="../../console/desks/emergency_levels.py" line="76"/>
        <location filename="../../console/desks/emergency_levels.py" line="91"/>
        <source>Warning levels</source>
        <translation>预警水位与阈值</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_levels.py" line="97"/>
        <source>Warning levels saved ({n} changed).</source>
        <translation>预警水位与阈值已保存（{n} 项更改）。</translation>
    </message>
</context>
<context>
    <name>WarningLevels</name>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="42"/>
        <source>{what}: {text} is not a number</source>
        <extracomment>The highest stage or rain amount taken (a typing slip beyond it is refused).</extracomment>
        <translation>{what}：{text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="45"/>
        <source>{what}: {value} is outside 0 to {upper}</source>
        <translation>{what}：{value} 不在 0 到 {upper} 之间</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="56"/>
        <source>{gauge}: the danger stage ({danger} m) must be above the warning stage ({warning} m)</source>
        <translation>{gauge}：危险水位（{danger} 米）必须高于警戒水位（{warning} 米）</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="70"/>
        <source>{what}: four amounts are needed (blue, yellow, orange, red), not {n}</source>
        <translation>{what}：需要四个雨量值（蓝、黄、橙、红），而不是 {n} 个</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="75"/>
        <source>{what}: the amounts must increase from blue to red</source>
        <translation>{what}：雨量值必须从蓝色到红色递增</translation>
    </message>
</context>
<context>
    <name>WarningLevelsDialog</name>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="58"/>
        <source>Warning levels</source>
        <translation>预警水位与阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Gauge</source>
        <translation>水位站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Warning stage (m)</source>
        <translation>警戒水位（米）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Danger stage (m)</source>
        <translation>危险水位（米）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="65"/>
        <source>Default (m)</source>
        <translation>默认值（米）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="76"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="76"/>
        <source>Susceptibility</source>
        <translation>易发程度</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="77"/>
        <source>{hours} h rain (mm)</source>
        <translation>{hours} 小时雨量（毫米）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="77"/>
        <source>Default (mm)</source>
        <translation>默认值（毫米）</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="84"/>
        <source>Blue, yellow, orange, red; empty: {default}</source>
        <translation>蓝、黄、橙、红；留空为：{default}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="93"/>
        <source>River gauges</source>
        <translation>河道水位站</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="94"/>
        <source>Landslide zones</source>
        <translation>滑坡隐患区</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="96"/>
        <source>The township's own levels. An empty cell keeps the default; a landslide threshold is four amounts of rain, blue, yellow, orange and red (e.g. 20, 30, 40, 50). Each change is recorded in the audit trail.</source>
        <translation>本镇自定的预警水位与阈值。留空的单元格使用默认值；滑坡阈值为四个雨量值，依次对应蓝、黄、橙、红预警（例如 20, 30, 40, 50）。每次更改都记入审计日志。</translation>
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
