<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssumptionDialog</name>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="26"/>
        <source>Check {name}</source>
        <translation>检查 {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="40"/>
        <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
        <translation>此文件未声明以下信息，已按推测处理。请确认或更正。</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="44"/>
        <source>the file declares no CRS</source>
        <translation>文件未声明坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="46"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="49"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="52"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="142"/>
        <source>Filter, e.g. population &gt; 1000 and name_zh contains &apos;村&apos;</source>
        <extracomment>``editor(layer, row_position, column, value)`` saves an edited cell (None: read-only table).</extracomment>
        <translation>筛选，例如 population &gt; 1000 and name_zh contains &apos;村&apos;</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="145"/>
        <source>Zoom to selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="178"/>
        <source>{shown} of {total}</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../widgets/audit_log.py" line="141"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <location filename="../../widgets/audit_log.py" line="153"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <location filename="../../widgets/audit_log.py" line="154"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <location filename="../../widgets/audit_log.py" line="155"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="148"/>
        <source>Text in object or detail</source>
        <translation>对象或详情中的文字</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="150"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="156"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="157"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="160"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="184"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="186"/>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="188"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="217"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="224"/>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="224"/>
        <source>first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="226"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="226"/>
        <source>view personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="227"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="227"/>
        <source>permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="228"/>
        <source>password change</source>
        <translation>密码变更</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="228"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>view audit</source>
        <translation>查看审计</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="230"/>
        <source>unmask personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="231"/>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="235"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="241"/>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="243"/>
        <source>does not follow the record before it (a record was inserted or deleted)</source>
        <translation>与前一条记录衔接不上（有记录被插入或删除）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="245"/>
        <source>missing (the next record is {seq})</source>
        <translation>缺失（下一条记录为 {seq}）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="247"/>
        <source>the chain ends at {seq}; the records after it were deleted</source>
        <translation>链止于 {seq}，其后的记录已被删除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="249"/>
        <source>Record {seq}: {problem}</source>
        <translation>记录 {seq}：{problem}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="280"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="301"/>
        <source>Records: {n}</source>
        <translation>记录数：{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="303"/>
        <source>(the newest {n}; narrow the filters to see older ones)</source>
        <translation>（仅最新 {n} 条；缩小筛选范围可查看更早的记录）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="326"/>
        <source>Record {seq}</source>
        <translation>记录 {seq}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="345"/>
        <source>The audit chain is intact.</source>
        <translation>审计链完整。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="348"/>
        <source>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</source>
        <translation>审计链已损坏（发现问题：{n}）。有记录在控制台之外被修改或删除。</translation>
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
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="63"/>
        <source>another user</source>
        <extracomment>Columns the store keeps by itself; they are not compared.</extracomment>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="65"/>
        <source>Edit conflict — {kind} #{id}</source>
        <translation>编辑冲突 — {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="68"/>
        <source>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它。没有任何内容被覆盖。请比较两个版本，选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="71"/>
        <source>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</source>
        <translation>在您打开 {kind} #{id} 之后，{who} 保存了它，因此未被删除。请查看当前保存的内容后再选择。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="76"/>
        <source>Saved in the store (by {who}, version {version})</source>
        <translation>数据库中已保存的（{who}，版本 {version}）</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="79"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="79"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="90"/>
        <source>Saved at {time}</source>
        <translation>保存于 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="94"/>
        <source>Keep the saved version</source>
        <translation>保留已保存的版本</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="97"/>
        <source>Overwrite with mine</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="97"/>
        <source>Delete it anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="100"/>
        <source>Discard your changes and show what is in the store.</source>
        <translation>放弃您的修改，显示数据库中的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="101"/>
        <source>Save your values over the version {version}.</source>
        <translation>用您的值覆盖版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="127"/>
        <source>(deleted)</source>
        <translation>（删除）</translation>
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
        <location filename="../../console/file_actions.py" line="118"/>
        <source>CRS {crs} was assumed ({why})</source>
        <translation>假定坐标参考系为 {crs}（{why}）</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="119"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="121"/>
        <source>text encoding {enc} was guessed</source>
        <translation>文本编码为推测的 {enc}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="101"/>
        <location filename="../../console/file_actions.py" line="124"/>
        <source>{n} feature(s) flagged with geometry problems</source>
        <translation>{n} 个要素被标记为存在几何问题</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="102"/>
        <location filename="../../console/file_actions.py" line="127"/>
        <source>Check them in the layer&apos;s properties.</source>
        <translation>请在图层属性中检查。</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="150"/>
        <source>Reloading</source>
        <translation>正在重新加载</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="87"/>
        <source>Checking geometry</source>
        <translation>正在检查几何</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="173"/>
        <source>Open project</source>
        <translation>打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="174"/>
        <location filename="../../console/file_actions.py" line="196"/>
        <source>Township project (*.gpkg)</source>
        <translation>乡镇工程 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="187"/>
        <source>Opening project</source>
        <translation>正在打开工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="195"/>
        <source>Save project</source>
        <translation>保存工程</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="206"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="209"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="217"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="218"/>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>工程有未保存的更改。是否先保存？</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="130"/>
        <source>First administrator — {store}</source>
        <translation>首位管理员 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="132"/>
        <source>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else&apos;s accounts. Keep the password safe; it cannot be read back from the store.</source>
        <translation>此数据库还没有任何账户。没有默认用户，也没有默认密码：请现在创建首位管理员，其他人的账户由管理员添加。请妥善保管密码，数据库中无法读回密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="139"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="141"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="142"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="143"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="144"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="145"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="156"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="158"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="160"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="173"/>
        <source>Could not create the administrator: {reason}</source>
        <translation>无法创建管理员：{reason}</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/identify_panel.py" line="19"/>
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="19"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="32"/>
        <source>{n} feature(s)</source>
        <translation>{n} 个要素</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="48"/>
        <source>band {b}</source>
        <translation>波段 {b}</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="201"/>
        <source>Console locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="204"/>
        <source>The console was locked after {minutes} minutes without use. Enter the password to go on.</source>
        <translation>控制台 {minutes} 分钟无操作，已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="206"/>
        <source>The console is locked. Enter the password to go on.</source>
        <translation>控制台已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="212"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="213"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="214"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="217"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="226"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="238"/>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="240"/>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="241"/>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="242"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="249"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="60"/>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>用户名或密码错误，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="64"/>
        <source>This account cannot log in now.</source>
        <translation>此账户目前无法登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="92"/>
        <source>Log in — {store}</source>
        <translation>登录 — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="95"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="96"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="97"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="103"/>
        <source>Log in to the township store {store}.</source>
        <translation>登录乡镇数据库 {store}。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="110"/>
        <source>Enter your user name and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="82"/>
        <source>Layers</source>
        <extracomment>callbacks given each new attribute table (the store desk makes store layers editable)</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="84"/>
        <location filename="../../console/main_window.py" line="157"/>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="89"/>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="132"/>
        <source>Open &amp;project…</source>
        <translation>打开工程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="135"/>
        <source>Add &amp;basemap (MBTiles)…</source>
        <translation>添加底图 (MBTiles)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="136"/>
        <source>Add &amp;web basemap (XYZ/WMTS)…</source>
        <translation>添加在线底图 (XYZ/WMTS)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="139"/>
        <source>&amp;Save project</source>
        <translation>保存工程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>Save project &amp;as…</source>
        <translation>工程另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="143"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="145"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="150"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="157"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="158"/>
        <source>Select by rectangle</source>
        <translation>矩形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="159"/>
        <source>Select by polygon</source>
        <translation>多边形选择</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="160"/>
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="161"/>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="169"/>
        <source>Full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="203"/>
        <source>Measured: {result}</source>
        <translation>测量结果：{result}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="215"/>
        <source>{count} features selected in {layer}</source>
        <translation>已在 {layer} 中选中 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="242"/>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="243"/>
        <source>MBTiles basemaps (*.mbtiles)</source>
        <translation>MBTiles 底图 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="314"/>
        <source>Type a scale such as 1:10000</source>
        <translation>输入比例尺，例如 1:10000</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="323"/>
        <source>Project CRS</source>
        <translation>工程坐标参考系</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="324"/>
        <source>Draw the map in:</source>
        <translation>地图绘制所用坐标参考系：</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="335"/>
        <source>Unknown CRS: {crs}</source>
        <translation>未知的坐标参考系：{crs}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="382"/>
        <source>New project</source>
        <translation>新建工程</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="384"/>
        <source>Township Console</source>
        <translation>乡镇管理控制台</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/message_bar.py" line="25"/>
        <location filename="../../widgets/message_bar.py" line="58"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../console/search.py" line="57"/>
        <source>Search village or facility (名称 / pinyin)</source>
        <translation>搜索村庄或设施（名称 / 拼音）</translation>
    </message>
</context>
<context>
    <name>StoreDesk</name>
    <message>
        <location filename="../../console/store_desk.py" line="81"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="82"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="86"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="88"/>
        <source>Add layer from the store</source>
        <translation>从数据库添加图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="93"/>
        <source>Show the reporter&apos;s personal data…</source>
        <translation>查看报告人个人信息…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="94"/>
        <source>Export store layer…</source>
        <translation>导出数据库图层…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="96"/>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="97"/>
        <source>Users and roles…</source>
        <translation>用户与角色…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="103"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="111"/>
        <source>Logged in to the township store</source>
        <translation>已登录乡镇数据库</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="187"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="188"/>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="200"/>
        <source>Select one incident in the store&apos;s incidents layer first.</source>
        <translation>请先在数据库的事件图层中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="204"/>
        <location filename="../../console/store_desk.py" line="233"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="205"/>
        <source>Why do you need the reporter&apos;s personal data? (recorded in the audit log)</source>
        <translation>为什么需要查看报告人的个人信息？（将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="214"/>
        <source>Reporter of incident #{0}</source>
        <translation>事件 #{0} 的报告人</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="219"/>
        <source>Export store layer</source>
        <translation>导出数据库图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="219"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="224"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="225"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoPackage 文件 (*.gpkg);;GeoJSON 文件 (*.geojson);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="234"/>
        <source>Include the reporters&apos; names, phone and ID numbers in the export? The file will hold residents&apos; personal data; the export is recorded.</source>
        <translation>导出时包含报告人的姓名、电话和身份证号吗？文件将含有居民个人信息；本次导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="244"/>
        <source>Exported {0} features to {1}</source>
        <translation>已导出 {0} 个要素到 {1}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="299"/>
        <source>Villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="300"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="301"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="302"/>
        <source>Hazard zones</source>
        <translation>灾害区</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="303"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="304"/>
        <source>Planned sites</source>
        <translation>规划站点</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../widgets/style_dialog.py" line="16"/>
        <source>Style — {name}</source>
        <translation>样式 — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="21"/>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="21"/>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="22"/>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="32"/>
        <source>Quantiles</source>
        <translation>等数量（分位数）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="32"/>
        <source>Equal interval</source>
        <translation>等间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="33"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然间断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="42"/>
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="48"/>
        <source>Renderer</source>
        <translation>渲染器</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="50"/>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="51"/>
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="52"/>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="53"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="54"/>
        <source>Outline</source>
        <translation>轮廓线</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="55"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../widgets/user_admin.py" line="36"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <location filename="../../widgets/user_admin.py" line="69"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <location filename="../../widgets/user_admin.py" line="70"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="46"/>
        <location filename="../../widgets/user_admin.py" line="174"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="47"/>
        <location filename="../../widgets/user_admin.py" line="190"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="48"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="61"/>
        <source>(whole township)</source>
        <translation>（全乡镇）</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="63"/>
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="67"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="68"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="71"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="72"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="73"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="74"/>
        <source>Save role and village</source>
        <translation>保存角色和村</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="75"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="101"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="101"/>
        <source>Office staff</source>
        <translation>办公室职员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Planner</source>
        <translation>规划员</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Emergency desk</source>
        <translation>应急值班</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Village officer</source>
        <translation>村干部</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="139"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="139"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="140"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="141"/>
        <source>failed logins: {n}</source>
        <translation>登录失败：{n} 次</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="173"/>
        <source>Account {user}</source>
        <translation>账户 {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="190"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="205"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="207"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="216"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="225"/>
        <source>Could not add the account:</source>
        <translation>无法添加账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="228"/>
        <source>Account {user} added.</source>
        <translation>已添加账户 {user}。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="239"/>
        <source>Could not change the role:</source>
        <translation>无法更改角色：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="242"/>
        <source>{user} is now {role}.</source>
        <translation>{user} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="251"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="256"/>
        <source>Could not set the password:</source>
        <translation>无法设置密码：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="260"/>
        <source>New password set for {user}.</source>
        <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="271"/>
        <source>Could not change the account:</source>
        <translation>无法更改账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="284"/>
        <source>Could not unlock the account:</source>
        <translation>无法解锁账户：</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="287"/>
        <source>{user} can log in again.</source>
        <translation>{user} 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>WebBasemapDialog</name>
    <message>
        <location filename="../../console/web_basemaps.py" line="43"/>
        <source>Add web basemap</source>
        <translation>添加在线底图</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="48"/>
        <source>Tianditu key (tk), if the template has {key}</source>
        <translation>天地图密钥 (tk)，模板含 {key} 时填写</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="51"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="52"/>
        <source>URL template</source>
        <translation>URL 模板</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="53"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
</context>
</TS>
