<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertBoard</name>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="32"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="33"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="34"/>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="35"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="42"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="43"/>
        <source>danger</source>
        <translation>danger</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="89"/>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="90"/>
        <source>All alerts</source>
        <translation>All alerts</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="96"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="97"/>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="98"/>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="105"/>
        <source>Note (needed to escalate or close)</source>
        <translation>Note (needed to escalate or close)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="108"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="108"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="109"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="114"/>
        <source>Issue CAP…</source>
        <translation>Issue CAP…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="115"/>
        <source>Issue a CAP 1.2 alert message for the selected alert</source>
        <translation>Issue a CAP 1.2 alert message for the selected alert</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="282"/>
        <source>Issue CAP alert</source>
        <translation>Issue CAP alert</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="283"/>
        <source>CAP messages (*.xml)</source>
        <translation>CAP messages (*.xml)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="290"/>
        <location filename="../../widgets/emergency/alert_board.py" line="315"/>
        <source>Issuing CAP for alert {n}</source>
        <translation>Issuing CAP for alert {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="295"/>
        <source>CAP message {identifier} issued: {file}, published to {topic}</source>
        <translation>CAP message {identifier} issued: {file}, published to {topic}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="298"/>
        <source>CAP message {identifier} issued: {file}</source>
        <translation>CAP message {identifier} issued: {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/alert_board.py" line="310"/>
        <source>The CAP message for alert {n} was not issued: it does not validate (the reasons are under Details)</source>
        <translation>The CAP message for alert {n} was not issued: it does not validate (the reasons are under Details)</translation>
    </message>
</context>
<context>
    <name>AlertWatch</name>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="53"/>
        <source>Alert board</source>
        <translation>Alert board</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="91"/>
        <source>Raising alerts</source>
        <translation>Raising alerts</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_alerts.py" line="107"/>
        <source>{n} new alert(s)</source>
        <translation>{n} new alert(s)</translation>
    </message>
</context>
<context>
    <name>AssumptionDialog</name>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="19"/>
        <source>no CRS in the file; {0}</source>
        <translation>no CRS in the file; {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="21"/>
        <source>inferred: lon/lat ranges inside China, CGCS2000 assumed</source>
        <translation>inferred: lon/lat ranges inside China, CGCS2000 assumed</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="23"/>
        <source>inferred: lon/lat ranges in Taiwan, WGS 84 assumed (no web-map offset there)</source>
        <translation>inferred: lon/lat ranges in Taiwan, WGS 84 assumed (no web-map offset there)</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="26"/>
        <source>inferred: lon/lat ranges, WGS 84 assumed</source>
        <translation>inferred: lon/lat ranges, WGS 84 assumed</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="28"/>
        <source>assumed from the file name ({0})</source>
        <translation>assumed from the file name ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="30"/>
        <source>inferred: the easting carries Gauss-Kruger {0}-degree zone {1} (CGCS2000 assumed)</source>
        <translation>inferred: the easting carries Gauss-Kruger {0}-degree zone {1} (CGCS2000 assumed)</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="34"/>
        <source>assumed: planar metres without a zone number, taken as the project CRS</source>
        <translation>assumed: planar metres without a zone number, taken as the project CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="37"/>
        <source>planar metres without a zone number: choose the Gauss-Kruger or UTM zone</source>
        <translation>planar metres without a zone number: choose the Gauss-Kruger or UTM zone</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="40"/>
        <source>no finite coordinates to infer a CRS from</source>
        <translation>no finite coordinates to infer a CRS from</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="42"/>
        <source>no CRS in the file and no coordinates to infer one from</source>
        <translation>no CRS in the file and no coordinates to infer one from</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="44"/>
        <source>the coordinates match no known CRS range (local or arbitrary units?)</source>
        <translation>the coordinates match no known CRS range (local or arbitrary units?)</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="83"/>
        <source>Check {name}</source>
        <translation>Check {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="99"/>
        <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
        <translation>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="109"/>
        <source>the file declares no CRS</source>
        <translation>the file declares no CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="111"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="115"/>
        <source>Lon/lat data from web maps in China (AMap, Tencent) is usually in GCJ-02, a few hundred metres off the true position, and Baidu's in BD-09. If the file comes from such a map, choose GCJ-02 or BD-09: it is read again and converted to CGCS2000.</source>
        <translation>Lon/lat data from web maps in China (AMap, Tencent) is usually in GCJ-02, a few hundred metres off the true position, and Baidu's in BD-09. If the file comes from such a map, choose GCJ-02 or BD-09: it is read again and converted to CGCS2000.</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="123"/>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="126"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="154"/>
        <source>{crs} is not a CRS the console knows: choose one from the list or type an EPSG code such as EPSG:4549.</source>
        <translation>{crs} is not a CRS the console knows: choose one from the list or type an EPSG code such as EPSG:4549.</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="185"/>
        <source>Filter, e.g. population &gt; 1000 and name_zh contains '村'</source>
        <extracomment>``editor(layer, row_position, column, value)`` saves an edited cell (None: read-only table).</extracomment>
        <translation>Filter, e.g. population &gt; 1000 and name_zh contains '村'</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="188"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="227"/>
        <source>The filter cannot be used: {reason}. No rows are shown.</source>
        <translation>The filter cannot be used: {reason}. No rows are shown.</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="234"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="147"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="149"/>
        <location filename="../../widgets/store/audit_log.py" line="159"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <location filename="../../widgets/store/audit_log.py" line="160"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <location filename="../../widgets/store/audit_log.py" line="161"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="150"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="154"/>
        <source>Text in object or detail</source>
        <translation>Text in object or detail</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="156"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="162"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="163"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="166"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="190"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="192"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="194"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="223"/>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="230"/>
        <source>log in</source>
        <translation>log in</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="230"/>
        <source>first administrator</source>
        <translation>first administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="231"/>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="232"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="232"/>
        <source>view personal data</source>
        <translation>view personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="233"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="233"/>
        <source>permission change</source>
        <translation>permission change</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="234"/>
        <source>password change</source>
        <translation>password change</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="234"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="235"/>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="235"/>
        <source>view audit</source>
        <translation>view audit</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="236"/>
        <source>unmask personal data</source>
        <translation>unmask personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="237"/>
        <source>export personal data</source>
        <translation>export personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="239"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="240"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="240"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="241"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="247"/>
        <source>its content was changed after it was written</source>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="249"/>
        <source>does not follow the record before it (a record was inserted or deleted)</source>
        <translation>does not follow the record before it (a record was inserted or deleted)</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="251"/>
        <source>missing (the next record is {seq})</source>
        <translation>missing (the next record is {seq})</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="253"/>
        <source>the chain ends at {seq}; the records after it were deleted</source>
        <translation>the chain ends at {seq}; the records after it were deleted</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="255"/>
        <source>Record {seq}: {problem}</source>
        <translation>Record {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="286"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="307"/>
        <source>Records: {n}</source>
        <translation>Records: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="309"/>
        <source>(the newest {n}; narrow the filters to see older ones)</source>
        <translation>(the newest {n}; narrow the filters to see older ones)</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="332"/>
        <source>Record {seq}</source>
        <translation>Record {seq}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="351"/>
        <source>The audit chain is intact.</source>
        <translation>The audit chain is intact.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/audit_log.py" line="354"/>
        <source>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</source>
        <translation>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</translation>
    </message>
</context>
<context>
    <name>AuditObject</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="121"/>
        <source>{kind}: {n} features</source>
        <translation>{kind}: {n} features</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="122"/>
        <source>{kind}: {n} records</source>
        <translation>{kind}: {n} records</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="123"/>
        <source>account {name}</source>
        <translation>account {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="125"/>
        <source>deadline of {category}</source>
        <translation>deadline of {category}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="126"/>
        <source>{kind} #{n}</source>
        <translation>{kind} #{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="127"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
</context>
<context>
    <name>BestSitesDialog</name>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="41"/>
        <source>Choose the best sites</source>
        <translation>Choose the best sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="48"/>
        <source>Number of new sites</source>
        <translation>Number of new sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="49"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="55"/>
        <source>Fewest sites reaching this share of people</source>
        <translation>Fewest sites reaching this share of people</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="60"/>
        <source>Mast height</source>
        <translation>Mast height</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="61"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="65"/>
        <source>Cost of one site</source>
        <translation>Cost of one site</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="66"/>
        <source>Candidates: highest point every</source>
        <translation>Candidates: highest point every</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="67"/>
        <source>Village centres are candidates too</source>
        <translation>Village centres are candidates too</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="69"/>
        <source>Not in a high hazard zone</source>
        <translation>Not in a high hazard zone</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="71"/>
        <source>At most this far from a road</source>
        <translation>At most this far from a road</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="75"/>
        <source>Road junctions are candidates too</source>
        <translation>Road junctions are candidates too</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="76"/>
        <source>At most this far from the lines of</source>
        <translation>At most this far from the lines of</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="86"/>
        <source>The project has no line layer (a power line layer) to keep candidates near.</source>
        <translation>The project has no line layer (a power line layer) to keep candidates near.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="99"/>
        <source>Approved and built sites are kept; drafts drawn by hand are candidates too.</source>
        <translation>Approved and built sites are kept; drafts drawn by hand are candidates too.</translation>
    </message>
</context>
<context>
    <name>BestSitesResult</name>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="136"/>
        <source>The best sites</source>
        <translation>The best sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>East (m)</source>
        <translation>East (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="142"/>
        <source>North (m)</source>
        <translation>North (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="143"/>
        <source>Persons added</source>
        <translation>Persons added</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/best_sites_dialog.py" line="155"/>
        <source>Add to the map as proposed sites</source>
        <translation>Add to the map as proposed sites</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <location filename="../../console/bookmarks.py" line="56"/>
        <source>Add bookmark</source>
        <translation>Add bookmark</translation>
    </message>
    <message>
        <location filename="../../console/bookmarks.py" line="57"/>
        <source>Name of this view:</source>
        <translation>Name of this view:</translation>
    </message>
    <message>
        <location filename="../../console/bookmarks.py" line="78"/>
        <source>Add bookmark…</source>
        <translation>Add bookmark…</translation>
    </message>
</context>
<context>
    <name>ColourRamp</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="104"/>
        <source>Greys</source>
        <translation>Greys</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="104"/>
        <source>Greens</source>
        <translation>Greens</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="105"/>
        <source>Blues</source>
        <translation>Blues</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="105"/>
        <source>Reds</source>
        <translation>Reds</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="106"/>
        <source>Yellow to red</source>
        <translation>Yellow to red</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="106"/>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="107"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="107"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="108"/>
        <source>Terrain</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="108"/>
        <source>Blue to red</source>
        <translation>Blue to red</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="109"/>
        <source>Township colours</source>
        <translation>Township colours</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="109"/>
        <source>Soft colours (Set2)</source>
        <translation>Soft colours (Set2)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="33"/>
        <source>Category (required)</source>
        <extracomment>the office's files name categories and statuses in Chinese, whatever the interface</extracomment>
        <translation>Category (required)</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="34"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="35"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="37"/>
        <source>Longitude / x</source>
        <translation>Longitude / x</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="38"/>
        <source>Latitude / y</source>
        <translation>Latitude / y</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="39"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="40"/>
        <source>Reporter's name</source>
        <translation>Reporter's name</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="41"/>
        <source>Reporter's phone</source>
        <translation>Reporter's phone</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="42"/>
        <source>Reporter's ID number</source>
        <translation>Reporter's ID number</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="43"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="44"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="91"/>
        <source>Import reports — {0}</source>
        <translation>Import reports — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="93"/>
        <source>Detect ({0})</source>
        <translation>Detect ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="99"/>
        <source>Infer (degrees are WGS 84)</source>
        <translation>Infer (degrees are WGS 84)</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="106"/>
        <source>Our field ← their column</source>
        <translation>Our field ← their column</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="126"/>
        <source>Check rows</source>
        <translation>Check rows</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="128"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="131"/>
        <source>Stop the import</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="139"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="142"/>
        <source>Coordinates in</source>
        <translation>Coordinates in</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="174"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="195"/>
        <source>Checking the rows again…</source>
        <translation>Checking the rows again…</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="215"/>
        <source>{good} rows can be imported; {bad} rows have errors and will be left out (listed below).</source>
        <translation>{good} rows can be imported; {bad} rows have errors and will be left out (listed below).</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="252"/>
        <source>Importing reports</source>
        <translation>Importing reports</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="264"/>
        <source>The import was stopped; no report was imported.</source>
        <translation>The import was stopped; no report was imported.</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="272"/>
        <source>Likely duplicate: {0}</source>
        <translation>Likely duplicate: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="273"/>
        <source>Imported {good} reports. {bad} rows were left out:</source>
        <translation>Imported {good} reports. {bad} rows were left out:</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="275"/>
        <source>Imported {good} reports.</source>
        <translation>Imported {good} reports.</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="283"/>
        <source>Stopping the import…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message>
        <location filename="../../widgets/column_mapping_dialog.py" line="293"/>
        <source>Importing {n} reports…</source>
        <translation>Importing {n} reports…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="17"/>
        <source>Compare two scenarios</source>
        <translation>Compare two scenarios</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="24"/>
        <source>Scenario A</source>
        <translation>Scenario A</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="25"/>
        <source>Scenario B</source>
        <translation>Scenario B</translation>
    </message>
</context>
<context>
    <name>ConformDialog</name>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="74"/>
        <source>Conform to the standard — {name}</source>
        <translation>Conform to the standard — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="83"/>
        <source>as read: {crs} (assumed)</source>
        <translation>as read: {crs} (assumed)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="83"/>
        <source>as read: {crs}</source>
        <translation>as read: {crs}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="88"/>
        <source>Automatic (the file's when standard, else EPSG:4490)</source>
        <translation>Automatic (the file's when standard, else EPSG:4490)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="92"/>
        <source>{crs} (Gauss-Kruger zone of the data)</source>
        <translation>{crs} (Gauss-Kruger zone of the data)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="94"/>
        <source>Standard field</source>
        <translation>Standard field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="94"/>
        <source>Their column</source>
        <translation>Their column</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="95"/>
        <source>Or one value for all</source>
        <translation>Or one value for all</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="98"/>
        <source>Standard code</source>
        <translation>Standard code</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="106"/>
        <source>Load mapping…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="107"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="108"/>
        <source>Preview and check</source>
        <translation>Preview and check</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="109"/>
        <source>Export in the standard…</source>
        <translation>Export in the standard…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="116"/>
        <source>Layer kind</source>
        <translation>Layer kind</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="117"/>
        <source>Their coordinates are in</source>
        <translation>Their coordinates are in</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="118"/>
        <source>Write coordinates in</source>
        <translation>Write coordinates in</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="122"/>
        <source>Code translation</source>
        <translation>Code translation</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="161"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="193"/>
        <source>(keep as it is)</source>
        <translation>(keep as it is)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="251"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="253"/>
        <location filename="../../widgets/standard/conform_dialog.py" line="259"/>
        <source>Mapping (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="258"/>
        <source>Load a mapping</source>
        <translation>Load a mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="276"/>
        <source>Export in the standard</source>
        <translation>Export in the standard</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="277"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="285"/>
        <source>Conforming {name}</source>
        <translation>Conforming {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="294"/>
        <source>The export was stopped.</source>
        <translation>The export was stopped.</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/conform_dialog.py" line="299"/>
        <source>Written to {path}.</source>
        <translation>Written to {path}.</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="25"/>
        <source>Type a vertex</source>
        <translation>Type a vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="28"/>
        <source>Map coordinates ({crs})</source>
        <translation>Map coordinates ({crs})</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="29"/>
        <source>Longitude and latitude (degrees or DMS)</source>
        <translation>Longitude and latitude (degrees or DMS)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="41"/>
        <source>Add vertex</source>
        <translation>Add vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="52"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="52"/>
        <source>X (easting)</source>
        <translation>X (easting)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="53"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="53"/>
        <source>Y (northing)</source>
        <translation>Y (northing)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_entry.py" line="64"/>
        <source>Cannot place the vertex: {reason}</source>
        <translation>Cannot place the vertex: {reason}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="37"/>
        <source>Correct {case}</source>
        <extracomment>what can be corrected, in the order the dialog offers it</extracomment>
        <translation>Correct {case}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="38"/>
        <source>The category, the deadline and the time of a report change only here, with a reason; the case's history keeps the old value.</source>
        <translation>The category, the deadline and the time of a report change only here, with a reason; the case's history keeps the old value.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="42"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="42"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="43"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="61"/>
        <source>Why it is corrected</source>
        <translation>Why it is corrected</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="63"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="64"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/correction_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CrsNames</name>
    <message>
        <location filename="../../widgets/crs_names.py" line="14"/>
        <location filename="../../widgets/crs_names.py" line="21"/>
        <source>CGCS2000 (lon/lat)</source>
        <translation>CGCS2000 (lon/lat)</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="15"/>
        <location filename="../../widgets/crs_names.py" line="22"/>
        <source>WGS 84 (lon/lat)</source>
        <translation>WGS 84 (lon/lat)</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="16"/>
        <source>WGS 84 / Pseudo-Mercator</source>
        <translation>WGS 84 / Pseudo-Mercator</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="18"/>
        <source>GCJ-02 (AMap, Tencent): converted to CGCS2000</source>
        <translation>GCJ-02 (AMap, Tencent): converted to CGCS2000</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="20"/>
        <source>BD-09 (Baidu): converted to CGCS2000</source>
        <translation>BD-09 (Baidu): converted to CGCS2000</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="27"/>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM {n}E</source>
        <translation>CGCS2000 / 3-degree Gauss-Kruger CM {n}E</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="29"/>
        <source>CGCS2000 / 3-degree Gauss-Kruger zone {n}</source>
        <translation>CGCS2000 / 3-degree Gauss-Kruger zone {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="31"/>
        <source>CGCS2000 / 6-degree Gauss-Kruger CM {n}E</source>
        <translation>CGCS2000 / 6-degree Gauss-Kruger CM {n}E</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="33"/>
        <source>CGCS2000 / 6-degree Gauss-Kruger zone {n}</source>
        <translation>CGCS2000 / 6-degree Gauss-Kruger zone {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/crs_names.py" line="35"/>
        <source>WGS 84 / UTM zone {n}</source>
        <translation>WGS 84 / UTM zone {n}</translation>
    </message>
</context>
<context>
    <name>DataSourceError</name>
    <message>
        <location filename="../../widgets/error_text.py" line="36"/>
        <source>{file}: {problem}. {advice}</source>
        <extracomment>how the file, what is wrong and the advice are put together (English: the error's own ``message``)</extracomment>
        <translation>{file}: {problem}. {advice}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="37"/>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="38"/>
        <source>{problem}. {advice}</source>
        <translation>{problem}. {advice}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="39"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="44"/>
        <source>read {kind}</source>
        <extracomment>what a role may not do, by the right refused (``edit:incidents`` -&gt; "edit Reports")</extracomment>
        <translation>read {kind}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="45"/>
        <source>edit {kind}</source>
        <translation>edit {kind}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="46"/>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="47"/>
        <source>export data</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="48"/>
        <source>export residents' personal data</source>
        <translation>export residents' personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="49"/>
        <source>see residents' personal data</source>
        <translation>see residents' personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="50"/>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="51"/>
        <source>see the audit log</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="52"/>
        <source>publish the disclosure web map</source>
        <translation>publish the disclosure web map</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="53"/>
        <source>approve publications</source>
        <translation>approve publications</translation>
    </message>
    <message>
        <location filename="../../widgets/error_text.py" line="59"/>
        <source>none (the case is finished)</source>
        <extracomment>parameters that hold a report's status code (``new``, ``closed``), named from the code list</extracomment>
        <translation>none (the case is finished)</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="81"/>
        <location filename="../../datasources/formats.py" line="118"/>
        <source>the zip archive is broken ({reason})</source>
        <translation>the zip archive is broken ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="82"/>
        <location filename="../../datasources/formats.py" line="119"/>
        <source>Ask the sender for the archive again</source>
        <translation>Ask the sender for the archive again</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="87"/>
        <source>the archive member '{member}' points outside the archive</source>
        <translation>the archive member '{member}' points outside the archive</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="89"/>
        <source>Do not open it; ask the sender for a clean archive</source>
        <translation>Do not open it; ask the sender for a clean archive</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="92"/>
        <source>'{member}' would unpack {size:,} bytes from {packed:,} (a zip bomb)</source>
        <translation>'{member}' would unpack {size:,} bytes from {packed:,} (a zip bomb)</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="94"/>
        <source>Do not open it; ask the sender for the data in a normal archive</source>
        <translation>Do not open it; ask the sender for the data in a normal archive</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="98"/>
        <source>the archive holds a GDAL VRT ('{member}') that can make the program read other files</source>
        <translation>the archive holds a GDAL VRT ('{member}') that can make the program read other files</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="100"/>
        <location filename="../../datasources/vetting.py" line="152"/>
        <source>Ask for the data files themselves</source>
        <translation>Ask for the data files themselves</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="104"/>
        <source>the archive would unpack to {size:,} bytes, more than the {limit:,} allowed</source>
        <translation>the archive would unpack to {size:,} bytes, more than the {limit:,} allowed</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="106"/>
        <source>Unpack it yourself onto a disk with room, or raise the limit</source>
        <translation>Unpack it yourself onto a disk with room, or raise the limit</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="132"/>
        <source>the gzip data unpacks to more than {ratio} times its size (a decompression bomb)</source>
        <translation>the gzip data unpacks to more than {ratio} times its size (a decompression bomb)</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="135"/>
        <source>Do not open it; ask the sender for the data uncompressed</source>
        <translation>Do not open it; ask the sender for the data uncompressed</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="138"/>
        <source>the gzip data unpacks to more than {limit:,} bytes</source>
        <translation>the gzip data unpacks to more than {limit:,} bytes</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="140"/>
        <source>Convert it to GeoPackage or FlatGeobuf</source>
        <translation>Convert it to GeoPackage or FlatGeobuf</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="143"/>
        <source>the gzip data is broken or cut short ({reason})</source>
        <translation>the gzip data is broken or cut short ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/archive.py" line="145"/>
        <location filename="../../datasources/formats.py" line="109"/>
        <location filename="../../datasources/table_cells.py" line="123"/>
        <source>Ask the sender for the file again</source>
        <translation>Ask the sender for the file again</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="88"/>
        <source>cancelled by the user</source>
        <translation>cancelled by the user</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="140"/>
        <source>Compare both versions and choose which to keep.</source>
        <translation>Compare both versions and choose which to keep.</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="143"/>
        <source>{kind} #{feature_id} was changed by {who} since you opened it</source>
        <translation>{kind} #{feature_id} was changed by {who} since you opened it</translation>
    </message>
    <message>
        <location filename="../../datasources/errors.py" line="146"/>
        <source>{kind} #{feature_id} was changed by another user since you opened it</source>
        <translation>{kind} #{feature_id} was changed by another user since you opened it</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="47"/>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="48"/>
        <source>a JPEG photo</source>
        <translation>a JPEG photo</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="49"/>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="50"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="51"/>
        <source>an old Microsoft Office document</source>
        <translation>an old Microsoft Office document</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="52"/>
        <source>a RAR archive</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="53"/>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="54"/>
        <source>a BMP image</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="85"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="86"/>
        <source>Open the .shp, .gpkg or other file inside it</source>
        <translation>Open the .shp, .gpkg or other file inside it</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="55"/>
        <location filename="../../datasources/formats.py" line="88"/>
        <location filename="../../datasources/open311.py" line="188"/>
        <location filename="../../datasources/vetting.py" line="142"/>
        <source>the file does not exist</source>
        <extracomment>the fields of an incident record as this module writes and reads it GeoReport v2 field -&gt; record field (text and times) extended attribute (less the prefix) -&gt; record field</extracomment>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="89"/>
        <location filename="../../datasources/vetting.py" line="143"/>
        <source>Check the name and the folder</source>
        <translation>Check the name and the folder</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="93"/>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="94"/>
        <source>Ask the sender for the file again; the copy was probably interrupted</source>
        <translation>Ask the sender for the file again; the copy was probably interrupted</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="108"/>
        <source>the gzip data is broken ({reason})</source>
        <translation>the gzip data is broken ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="132"/>
        <source>the zip archive holds no map data the console reads</source>
        <translation>the zip archive holds no map data the console reads</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="134"/>
        <source>It should hold .shp/.shx/.dbf files, a GeoPackage, GeoJSON or KML</source>
        <translation>It should hold .shp/.shx/.dbf files, a GeoPackage, GeoJSON or KML</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="154"/>
        <source>the file is {what}, not map data (despite its {suffix} name)</source>
        <translation>the file is {what}, not map data (despite its {suffix} name)</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="156"/>
        <source>the file is {what}, not map data</source>
        <translation>the file is {what}, not map data</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="158"/>
        <source>Ask the sender for the map data itself</source>
        <translation>Ask the sender for the map data itself</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="167"/>
        <source>the bytes do not start like a {driver} file</source>
        <translation>the bytes do not start like a {driver} file</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="168"/>
        <source>The file is damaged or misnamed; ask the sender for it again</source>
        <translation>The file is damaged or misnamed; ask the sender for it again</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="172"/>
        <source>the content is not a map format the console reads</source>
        <translation>the content is not a map format the console reads</translation>
    </message>
    <message>
        <location filename="../../datasources/formats.py" line="174"/>
        <source>Use GeoPackage, Shapefile (zipped), GeoJSON, KML/KMZ or FlatGeobuf</source>
        <translation>Use GeoPackage, Shapefile (zipped), GeoJSON, KML/KMZ or FlatGeobuf</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="34"/>
        <source>the data do not fit in memory</source>
        <translation>the data do not fit in memory</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="35"/>
        <source>Convert it to GeoPackage and open a part of it</source>
        <translation>Convert it to GeoPackage and open a part of it</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="38"/>
        <source>the text cannot be decoded ({reason})</source>
        <translation>the text cannot be decoded ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="39"/>
        <location filename="../../datasources/frames.py" line="46"/>
        <source>Choose the right encoding (for Chinese files usually GBK or UTF-8)</source>
        <translation>Choose the right encoding (for Chinese files usually GBK or UTF-8)</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="44"/>
        <source>the text is not in the encoding assumed</source>
        <translation>the text is not in the encoding assumed</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="49"/>
        <source>the .shx index file is missing or broken</source>
        <translation>the .shx index file is missing or broken</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="50"/>
        <source>Copy all the files of the shapefile together</source>
        <translation>Copy all the files of the shapefile together</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="52"/>
        <source>the {driver} data cannot be read ({reason})</source>
        <translation>the {driver} data cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/frames.py" line="53"/>
        <source>The file is probably cut short or damaged; ask the sender for it again</source>
        <translation>The file is probably cut short or damaged; ask the sender for it again</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="41"/>
        <source>the key for residents' personal data is missing ({file})</source>
        <translation>the key for residents' personal data is missing ({file})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="43"/>
        <source>Restore the key file from the office's key backup; without it phone and ID numbers cannot be read.</source>
        <translation>Restore the key file from the office's key backup; without it phone and ID numbers cannot be read.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="47"/>
        <source>the key file {file} is damaged</source>
        <translation>the key file {file} is damaged</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="48"/>
        <source>Restore the key file from the office's key backup.</source>
        <translation>Restore the key file from the office's key backup.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="55"/>
        <source>the store's id {value} cannot name a key file</source>
        <translation>the store's id {value} cannot name a key file</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="57"/>
        <source>The store was changed outside the console; restore it from a backup.</source>
        <translation>The store was changed outside the console; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="79"/>
        <location filename="../../datasources/store/pg_store.py" line="190"/>
        <source>personal data was encrypted with another key</source>
        <translation>personal data was encrypted with another key</translation>
    </message>
    <message>
        <location filename="../../datasources/store/crypto.py" line="80"/>
        <source>Use the key file that belongs to this store.</source>
        <translation>Use the key file that belongs to this store.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gate.py" line="55"/>
        <location filename="../../datasources/store/township_store.py" line="135"/>
        <source>the account {user} has been disabled</source>
        <translation>the account {user} has been disabled</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gate.py" line="56"/>
        <location filename="../../datasources/store/pg_store.py" line="53"/>
        <location filename="../../datasources/store/township_store.py" line="137"/>
        <location filename="../../datasources/store/township_store.py" line="229"/>
        <source>Ask the administrator to enable it.</source>
        <translation>Ask the administrator to enable it.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="141"/>
        <location filename="../../datasources/store/pg_store.py" line="184"/>
        <source>Ask the administrator for the right role.</source>
        <extracomment>Kinds whose features belong to one village (the scope of a village officer). the alert board: see alerts; raise, acknowledge, escalate and close them; issue CAP messages the disclosure web map: draft a publication; approve or reject another user's draft rights a village-limited user has over the whole township when no kind is named</extracomment>
        <translation>Ask the administrator for the right role.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="143"/>
        <source>{user} ({role}) may not {action} in village {village}</source>
        <translation>{user} ({role}) may not {action} in village {village}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/permissions.py" line="146"/>
        <source>{user} ({role}) may not {action}</source>
        <translation>{user} ({role}) may not {action}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="80"/>
        <source>this database is not a township store</source>
        <translation>this database is not a township store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="84"/>
        <source>the store's schema is at revision {revision}, the console needs {head}</source>
        <translation>the store's schema is at revision {revision}, the console needs {head}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="87"/>
        <source>Run 'township-console db upgrade' first.</source>
        <translation>Run 'township-console db upgrade' first.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="33"/>
        <source>a user name is needed</source>
        <extracomment>zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" for an offline attack on a slow hash</extracomment>
        <translation>a user name is needed</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="34"/>
        <source>Give the account a user name.</source>
        <translation>Give the account a user name.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="37"/>
        <source>the user name {value!r} may hold only letters a-z, digits and . _ -</source>
        <translation>the user name {value!r} may hold only letters a-z, digits and . _ -</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="40"/>
        <source>Use plain letters and digits (pinyin for a Chinese name), without spaces, at most {n} characters.</source>
        <translation>Use plain letters and digits (pinyin for a Chinese name), without spaces, at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="51"/>
        <source>a password needs at least {n} characters</source>
        <translation>a password needs at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="54"/>
        <source>Choose a longer password.</source>
        <translation>Choose a longer password.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="57"/>
        <source>a password may have at most {n} characters</source>
        <translation>a password may have at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="59"/>
        <source>Choose a shorter password.</source>
        <translation>Choose a shorter password.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="63"/>
        <source>the password is the user name</source>
        <translation>the password is the user name</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="64"/>
        <source>Choose a password that does not name the account.</source>
        <translation>Choose a password that does not name the account.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="71"/>
        <source>the password is too easy to guess</source>
        <translation>the password is too easy to guess</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="73"/>
        <source>Use three or four uncommon words with a digit or a sign between them; not a common password, a date or a keyboard pattern.</source>
        <translation>Use three or four uncommon words with a digit or a sign between them; not a common password, a date or a keyboard pattern.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="109"/>
        <source>{username} is the only administrator left</source>
        <translation>{username} is the only administrator left</translation>
    </message>
    <message>
        <location filename="../../datasources/store/passwords.py" line="111"/>
        <source>Make another account an administrator first.</source>
        <translation>Make another account an administrator first.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="183"/>
        <source>this store already has accounts</source>
        <translation>this store already has accounts</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="185"/>
        <source>Log in as an administrator to add more.</source>
        <translation>Log in as an administrator to add more.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="41"/>
        <location filename="../../datasources/store/township_store.py" line="222"/>
        <source>the user name or the password is wrong</source>
        <extracomment>What libpq says when the user name or the password is wrong.</extracomment>
        <translation>the user name or the password is wrong</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="42"/>
        <location filename="../../datasources/store/township_store.py" line="223"/>
        <source>Check both and try again.</source>
        <translation>Check both and try again.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="46"/>
        <source>this workstation has made too many login attempts</source>
        <translation>this workstation has made too many login attempts</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="48"/>
        <source>Wait a minute and try again.</source>
        <translation>Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="52"/>
        <location filename="../../datasources/store/township_store.py" line="228"/>
        <source>this account is disabled</source>
        <translation>this account is disabled</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="58"/>
        <location filename="../../datasources/store/township_store.py" line="233"/>
        <source>this account is locked until {until} after {n} failed logins</source>
        <translation>this account is locked until {until} after {n} failed logins</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="60"/>
        <location filename="../../datasources/store/township_store.py" line="235"/>
        <location filename="../../datasources/store/township_store.py" line="248"/>
        <source>Wait, or ask the administrator to unlock it.</source>
        <translation>Wait, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="104"/>
        <source>the database server cannot be reached ({reason})</source>
        <translation>the database server cannot be reached ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="106"/>
        <source>Check the network and the server.</source>
        <translation>Check the network and the server.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="183"/>
        <location filename="../../datasources/store/pg_store.py" line="187"/>
        <location filename="../../datasources/store/pg_store.py" line="195"/>
        <source>the server refused: {reason}</source>
        <translation>the server refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="192"/>
        <source>Run 'db upgrade' where the store's old key file is, to encrypt it again on the server.</source>
        <translation>Run 'db upgrade' where the store's old key file is, to encrypt it again on the server.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="202"/>
        <location filename="../../datasources/store/pg_store.py" line="217"/>
        <source>{username!r} is not a user name</source>
        <translation>{username!r} is not a user name</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_store.py" line="203"/>
        <location filename="../../datasources/store/pg_store.py" line="218"/>
        <source>Use letters, digits, '.', '_' and '-'.</source>
        <translation>Use letters, digits, '.', '_' and '-'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/township_store.py" line="246"/>
        <source>{n} failed logins: the account is locked for {minutes:g} minutes</source>
        <translation>{n} failed logins: the account is locked for {minutes:g} minutes</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="174"/>
        <source>the header has {n} fields</source>
        <translation>the header has {n} fields</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="175"/>
        <source>Check that it really is a table (one record per line).</source>
        <translation>Check that it really is a table (one record per line).</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="182"/>
        <source>line {line} cannot be read ({reason})</source>
        <translation>line {line} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="183"/>
        <source>Check the file: a cell this long is not a table value.</source>
        <translation>Check the file: a cell this long is not a table value.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="131"/>
        <location filename="../../datasources/table_cells.py" line="186"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="122"/>
        <source>the JSON records cannot be read ({reason})</source>
        <translation>the JSON records cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="126"/>
        <source>the JSON is not a list of records</source>
        <translation>the JSON is not a list of records</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="127"/>
        <source>Use a list of objects with the same keys, or GeoJSON</source>
        <translation>Use a list of objects with the same keys, or GeoJSON</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="132"/>
        <location filename="../../datasources/table_cells.py" line="187"/>
        <source>Choose a file with a header row and records.</source>
        <translation>Choose a file with a header row and records.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="204"/>
        <source>holds binary data, not text</source>
        <translation>holds binary data, not text</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="205"/>
        <source>Check that it really is a text table.</source>
        <translation>Check that it really is a text table.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="213"/>
        <source>{encoding!r} is not a known text encoding</source>
        <translation>{encoding!r} is not a known text encoding</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="215"/>
        <source>Give one such as utf-8, gb18030 or cp1251.</source>
        <translation>Give one such as utf-8, gb18030 or cp1251.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="230"/>
        <source>byte {byte} does not decode as {encoding}</source>
        <translation>byte {byte} does not decode as {encoding}</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="232"/>
        <source>Give the encoding the file was saved in.</source>
        <translation>Give the encoding the file was saved in.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="275"/>
        <source>the workbook cannot be read ({reason})</source>
        <translation>the workbook cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="276"/>
        <location filename="../../datasources/table_cells.py" line="305"/>
        <source>Open and save it again in Excel, or save it as CSV.</source>
        <translation>Open and save it again in Excel, or save it as CSV.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="287"/>
        <source>there is no sheet {sheet!r}</source>
        <translation>there is no sheet {sheet!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="288"/>
        <source>Choose among: {sheets}.</source>
        <translation>Choose among: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="304"/>
        <source>sheet {sheet!r} cannot be read ({reason})</source>
        <translation>sheet {sheet!r} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="310"/>
        <source>sheet {sheet!r} is empty</source>
        <translation>sheet {sheet!r} is empty</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="311"/>
        <source>Choose a sheet with a header row.</source>
        <translation>Choose a sheet with a header row.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="85"/>
        <source>GDAL sees a virtual dataset (VRT) that can make the program read other files</source>
        <translation>GDAL sees a virtual dataset (VRT) that can make the program read other files</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="88"/>
        <source>Ask for the data files</source>
        <translation>Ask for the data files</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="96"/>
        <source>the file holds no layers</source>
        <translation>the file holds no layers</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="97"/>
        <source>Check that it holds map data</source>
        <translation>Check that it holds map data</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="235"/>
        <source>there is no layer '{layer}'</source>
        <translation>there is no layer '{layer}'</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="236"/>
        <source>Choose one of: {layers}</source>
        <translation>Choose one of: {layers}</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="308"/>
        <source>'{encoding}' is not an encoding this program knows</source>
        <translation>'{encoding}' is not an encoding this program knows</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="310"/>
        <source>Choose for example UTF-8, GBK or GB18030</source>
        <translation>Choose for example UTF-8, GBK or GB18030</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="340"/>
        <source>the coordinate system given ({crs}) is not known</source>
        <translation>the coordinate system given ({crs}) is not known</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="342"/>
        <source>Give an EPSG code such as EPSG:4490 or EPSG:4528</source>
        <translation>Give an EPSG code such as EPSG:4490 or EPSG:4528</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="134"/>
        <source>it is a {driver} file that points at other files or hosts</source>
        <translation>it is a {driver} file that points at other files or hosts</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="136"/>
        <source>Open the data it refers to instead, or allow references.</source>
        <translation>Open the data it refers to instead, or allow references.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="150"/>
        <source>the file is a GDAL virtual dataset (VRT) that can make the program read other files</source>
        <translation>the file is a GDAL virtual dataset (VRT) that can make the program read other files</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="154"/>
        <source>the file is a {driver} raster, not vector data</source>
        <translation>the file is a {driver} raster, not vector data</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="156"/>
        <source>Open it as a raster layer</source>
        <translation>Open it as a raster layer</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="200"/>
        <source>the JSON holds {size:,} bytes and must be parsed whole, more than the {limit:,} allowed</source>
        <translation>the JSON holds {size:,} bytes and must be parsed whole, more than the {limit:,} allowed</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="202"/>
        <source>Convert it to GeoPackage or FlatGeobuf (ogr2ogr or QGIS), which are read piece by piece</source>
        <translation>Convert it to GeoPackage or FlatGeobuf (ogr2ogr or QGIS), which are read piece by piece</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="214"/>
        <source>'{member}' is JSON nested far deeper than map data needs (a malformed or hostile file)</source>
        <translation>'{member}' is JSON nested far deeper than map data needs (a malformed or hostile file)</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="217"/>
        <location filename="../../datasources/vetting.py" line="241"/>
        <source>Ask the sender for a GeoPackage or a plain GeoJSON export</source>
        <translation>Ask the sender for a GeoPackage or a plain GeoJSON export</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="238"/>
        <source>the JSON is nested more than {limit} levels deep, far deeper than map data needs (a malformed or hostile file)</source>
        <translation>the JSON is nested more than {limit} levels deep, far deeper than map data needs (a malformed or hostile file)</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="254"/>
        <source>its {suffix} index file is missing</source>
        <translation>its {suffix} index file is missing</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="255"/>
        <source>its {suffix} attribute table file is missing</source>
        <translation>its {suffix} attribute table file is missing</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="258"/>
        <source>Copy all the files of the shapefile together (.shp, .shx, .dbf, .prj, .cpg), or ask the sender to zip them</source>
        <translation>Copy all the files of the shapefile together (.shp, .shx, .dbf, .prj, .cpg), or ask the sender to zip them</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="267"/>
        <source>the .shp is cut short ({actual:,} of {declared:,} bytes)</source>
        <translation>the .shp is cut short ({actual:,} of {declared:,} bytes)</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="269"/>
        <source>Ask the sender for the file again; the copy was interrupted</source>
        <translation>Ask the sender for the file again; the copy was interrupted</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="280"/>
        <source>the table is {gib:.1f} GiB</source>
        <translation>the table is {gib:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="281"/>
        <source>Split it, or load it into the project store.</source>
        <translation>Split it, or load it into the project store.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="287"/>
        <source>old Excel (.xls) and .ods workbooks are not read</source>
        <translation>old Excel (.xls) and .ods workbooks are not read</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="289"/>
        <source>Save it as .xlsx or CSV.</source>
        <translation>Save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="301"/>
        <source>is not an XLSX workbook (not a zip file)</source>
        <translation>is not an XLSX workbook (not a zip file)</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="302"/>
        <location filename="../../datasources/vetting.py" line="319"/>
        <source>Save it again from Excel as .xlsx, or as CSV.</source>
        <translation>Save it again from Excel as .xlsx, or as CSV.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="306"/>
        <source>the workbook would unpack to {mb:.0f} MB</source>
        <translation>the workbook would unpack to {mb:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="307"/>
        <source>Open it only if you trust its source, after saving it as CSV.</source>
        <translation>Open it only if you trust its source, after saving it as CSV.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="312"/>
        <source>{member} is compressed {ratio}:1 (a zip bomb)</source>
        <translation>{member} is compressed {ratio}:1 (a zip bomb)</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="314"/>
        <source>Do not open it; ask the sender for the data again.</source>
        <translation>Do not open it; ask the sender for the data again.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="318"/>
        <source>is a zip file but not an XLSX workbook</source>
        <translation>is a zip file but not an XLSX workbook</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="337"/>
        <source>it is a VRT that points at other files</source>
        <translation>it is a VRT that points at other files</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="338"/>
        <source>Open the files it refers to instead, or allow references.</source>
        <translation>Open the files it refers to instead, or allow references.</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="353"/>
        <source>the file cannot be read ({reason})</source>
        <translation>the file cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="354"/>
        <source>Check its permissions</source>
        <translation>Check its permissions</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="357"/>
        <source>not an SQLite database, so not an MBTiles basemap</source>
        <translation>not an SQLite database, so not an MBTiles basemap</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="359"/>
        <source>Choose a .mbtiles file</source>
        <translation>Choose a .mbtiles file</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="373"/>
        <source>the file is truncated (shorter than an SQLite header)</source>
        <translation>the file is truncated (shorter than an SQLite header)</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="85"/>
        <source>a basemap tile is not a readable image ({reason})</source>
        <translation>a basemap tile is not a readable image ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="87"/>
        <source>The tile is skipped; re-export or re-download the basemap</source>
        <translation>The tile is skipped; re-export or re-download the basemap</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="159"/>
        <source>SQLite cannot open it ({reason})</source>
        <translation>SQLite cannot open it ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="161"/>
        <location filename="../../datasources/vetting.py" line="375"/>
        <source>Copy the file again</source>
        <translation>Copy the file again</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="169"/>
        <source>the MBTiles database is damaged ({reason})</source>
        <translation>the MBTiles database is damaged ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="171"/>
        <location filename="../../datasources/tiles.py" line="268"/>
        <source>Copy or export the basemap again</source>
        <translation>Copy or export the basemap again</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="203"/>
        <source>an SQLite file without the MBTiles table(s) {names}</source>
        <translation>an SQLite file without the MBTiles table(s) {names}</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="206"/>
        <source>Export the basemap as MBTiles (raster tiles)</source>
        <translation>Export the basemap as MBTiles (raster tiles)</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="225"/>
        <source>it holds {fmt} tiles, which the map cannot draw</source>
        <translation>it holds {fmt} tiles, which the map cannot draw</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="228"/>
        <source>Use a raster MBTiles (png, jpg or webp tiles)</source>
        <translation>Use a raster MBTiles (png, jpg or webp tiles)</translation>
    </message>
    <message>
        <location filename="../../datasources/tiles.py" line="266"/>
        <source>tile {z}/{x}/{y} cannot be read ({reason})</source>
        <translation>tile {z}/{x}/{y} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="381"/>
        <source>the file is truncated: {size:,} of {expected:,} bytes</source>
        <translation>the file is truncated: {size:,} of {expected:,} bytes</translation>
    </message>
    <message>
        <location filename="../../datasources/vetting.py" line="383"/>
        <source>Copy the file again from its source</source>
        <translation>Copy the file again from its source</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="114"/>
        <location filename="../../datasources/atomic.py" line="167"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="150"/>
        <source>cannot write in {folder} ({strerror})</source>
        <translation>cannot write in {folder} ({strerror})</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="116"/>
        <location filename="../../datasources/atomic.py" line="169"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="151"/>
        <source>Choose a folder you can write to.</source>
        <translation>Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="183"/>
        <source>the writer produced no file</source>
        <translation>the writer produced no file</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="198"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="211"/>
        <source>the file could not be written ({strerror})</source>
        <translation>the file could not be written ({strerror})</translation>
    </message>
    <message>
        <location filename="../../datasources/atomic.py" line="200"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="213"/>
        <source>Free some space or choose another folder; the earlier file is unchanged.</source>
        <translation>Free some space or choose another folder; the earlier file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="103"/>
        <source>the raster {table!r} could not be written into the GeoPackage ({reason})</source>
        <translation>the raster {table!r} could not be written into the GeoPackage ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="106"/>
        <source>Check the free disk space; keep the raster as a file beside the project.</source>
        <translation>Check the free disk space; keep the raster as a file beside the project.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="166"/>
        <source>{fmt!r} is not an export format</source>
        <extracomment>the columns of a spreadsheet export, in order (personal ones only when allowed and asked for)</extracomment>
        <translation>{fmt!r} is not an export format</translation>
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
        <translation>Use one of {names}.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="171"/>
        <source>Open311 exports never carry residents' personal data</source>
        <translation>Open311 exports never carry residents' personal data</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_files.py" line="174"/>
        <source>Export to csv or xlsx for that, if your role allows it.</source>
        <translation>Export to csv or xlsx for that, if your role allows it.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="130"/>
        <source>{field!r} is not a field of a report</source>
        <extracomment>our fields a table may fill; ``lon``/``lat`` hold x/y in metres when the table's CRS is planar headers (compared lower-case, width-folded, without a bracketed unit) that name each field</extracomment>
        <translation>{field!r} is not a field of a report</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="132"/>
        <source>Map columns to: {names}.</source>
        <translation>Map columns to: {names}.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="137"/>
        <source>there is no column {column!r}</source>
        <translation>there is no column {column!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="139"/>
        <location filename="../../datasources/tables.py" line="191"/>
        <source>Choose among: {names}.</source>
        <translation>Choose among: {names}.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="144"/>
        <source>no column holds the category of the reports</source>
        <translation>no column holds the category of the reports</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="146"/>
        <source>Map a column to 'category' (类别).</source>
        <translation>Map a column to 'category' (类别).</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="150"/>
        <source>only one coordinate column is mapped</source>
        <translation>only one coordinate column is mapped</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="152"/>
        <source>Map both 'lon' (经度/x) and 'lat' (纬度/y), or neither.</source>
        <translation>Map both 'lon' (经度/x) and 'lat' (纬度/y), or neither.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="275"/>
        <location filename="../../datasources/tables.py" line="239"/>
        <source>the CRS {crs!r} is not known</source>
        <translation>the CRS {crs!r} is not known</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="276"/>
        <location filename="../../datasources/tables.py" line="240"/>
        <source>Give an EPSG code such as 4490.</source>
        <translation>Give an EPSG code such as 4490.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="286"/>
        <source>the CRS of the coordinates cannot be inferred ({reason})</source>
        <translation>the CRS of the coordinates cannot be inferred ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_import.py" line="289"/>
        <source>Give it, such as EPSG:4549.</source>
        <translation>Give it, such as EPSG:4549.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="65"/>
        <location filename="../../datasources/store/incidents.py" line="177"/>
        <source>{status!r} is not an incident status</source>
        <extracomment>a case someone still has to work on a case nobody works on any more (nothing may follow) statuses a likely duplicate cannot have (they are not cases of their own) status -&gt; statuses it may change to days from report to closing, by category (the defaults; the office changes them in the store) fields of a report that a plain edit (the API's, the attribute table's) may not change: the workflow's (a step with a note) and the desk's (a named correction with a reason), or none (the numbers) the deadline of a category not in the table how a report reached the office</extracomment>
        <translation>{status!r} is not an incident status</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="90"/>
        <source>{new!r} is not an incident status</source>
        <translation>{new!r} is not an incident status</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="96"/>
        <source>an incident that is {current} cannot become {new}</source>
        <translation>an incident that is {current} cannot become {new}</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="99"/>
        <source>Allowed next: {allowed}.</source>
        <translation>Allowed next: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="102"/>
        <source>every change of status needs a note saying why</source>
        <translation>every change of status needs a note saying why</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="105"/>
        <source>Write a note.</source>
        <translation>Write a note.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="107"/>
        <source>assigning needs the person or team it goes to</source>
        <translation>assigning needs the person or team it goes to</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="109"/>
        <source>Name the assignee.</source>
        <translation>Name the assignee.</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="111"/>
        <source>a duplicate needs the number of the original report</source>
        <translation>a duplicate needs the number of the original report</translation>
    </message>
    <message>
        <location filename="../../datasources/incident_vocabulary.py" line="114"/>
        <source>Give the original's id.</source>
        <translation>Give the original's id.</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="67"/>
        <location filename="../../datasources/open311.py" line="189"/>
        <location filename="../../datasources/qgis_read.py" line="84"/>
        <source>Check the path.</source>
        <translation>Check the path.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="193"/>
        <source>the file is {value:.0f} MB, more than the {value2} MB an Open311 import takes</source>
        <translation>the file is {value:.0f} MB, more than the {value2} MB an Open311 import takes</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="196"/>
        <location filename="../../datasources/open311.py" line="209"/>
        <source>Split it into smaller exports.</source>
        <translation>Split it into smaller exports.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="206"/>
        <source>the document is larger than an Open311 import takes</source>
        <translation>the document is larger than an Open311 import takes</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="217"/>
        <source>is neither Open311 JSON nor XML</source>
        <translation>is neither Open311 JSON nor XML</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="218"/>
        <location filename="../../datasources/open311.py" line="247"/>
        <source>Export the service requests again.</source>
        <translation>Export the service requests again.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="234"/>
        <source>byte {start} is not UTF-8</source>
        <translation>byte {start} is not UTF-8</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="235"/>
        <source>Open311 JSON is UTF-8.</source>
        <translation>Open311 JSON is UTF-8.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="239"/>
        <source>is not valid JSON ({value})</source>
        <translation>is not valid JSON ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="240"/>
        <location filename="../../datasources/open311.py" line="268"/>
        <source>Export it again.</source>
        <translation>Export it again.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="246"/>
        <source>holds no list of service requests</source>
        <translation>holds no list of service requests</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="259"/>
        <source>the XML declares a DTD or entities ({error_type})</source>
        <translation>the XML declares a DTD or entities ({error_type})</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="261"/>
        <source>Open311 XML needs neither; ask the sender for a plain export.</source>
        <translation>Open311 XML needs neither; ask the sender for a plain export.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="267"/>
        <source>is not well-formed XML ({reason})</source>
        <translation>is not well-formed XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="272"/>
        <source>its text cannot be decoded ({reason})</source>
        <translation>its text cannot be decoded ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="274"/>
        <source>Export it as UTF-8.</source>
        <translation>Export it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="278"/>
        <source>the XML root is &lt;{tag}&gt;, not &lt;service_requests&gt;</source>
        <translation>the XML root is &lt;{tag}&gt;, not &lt;service_requests&gt;</translation>
    </message>
    <message>
        <location filename="../../datasources/open311.py" line="280"/>
        <source>Give a GeoReport v2 service request list.</source>
        <translation>Give a GeoReport v2 service request list.</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="198"/>
        <source>layer {table!r} could not be written ({reason})</source>
        <translation>layer {table!r} could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="200"/>
        <source>Check the free disk space and the layer's field names.</source>
        <translation>Check the free disk space and the layer's field names.</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="231"/>
        <source>the project tables could not be written ({reason})</source>
        <translation>the project tables could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../layers/planning/plan_export.py" line="72"/>
        <source>the style could not be written ({reason})</source>
        <extracomment>the columns of the exported village table, in order the fill of each status, as the map draws it</extracomment>
        <translation>the style could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../layers/planning/plan_export.py" line="73"/>
        <location filename="../../datasources/project_file.py" line="234"/>
        <source>Check the free disk space.</source>
        <translation>Check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="66"/>
        <location filename="../../datasources/qgis_read.py" line="83"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="69"/>
        <location filename="../../datasources/project_file.py" line="265"/>
        <source>this is not a township project file</source>
        <translation>this is not a township project file</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="71"/>
        <location filename="../../datasources/project_file.py" line="267"/>
        <source>Open it as a data file, or choose a project saved by the console.</source>
        <translation>Open it as a data file, or choose a project saved by the console.</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="84"/>
        <source>a township project is a .gpkg file</source>
        <translation>a township project is a .gpkg file</translation>
    </message>
    <message>
        <location filename="../../console/qgis_cli.py" line="85"/>
        <source>Name the file with .gpkg at the end.</source>
        <translation>Name the file with .gpkg at the end.</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="278"/>
        <source>the project settings cannot be read ({reason})</source>
        <translation>the project settings cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="280"/>
        <location filename="../../datasources/project_file.py" line="287"/>
        <location filename="../../datasources/project_file.py" line="328"/>
        <location filename="../../datasources/raster.py" line="359"/>
        <source>Restore the file from a backup.</source>
        <translation>Restore the file from a backup.</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="285"/>
        <source>the project's list of layers is not valid</source>
        <translation>the project's list of layers is not valid</translation>
    </message>
    <message>
        <location filename="../../datasources/project_file.py" line="326"/>
        <source>layer {table!r} cannot be read ({reason})</source>
        <translation>layer {table!r} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="173"/>
        <source>a view of {out_width}x{out_height} pixels x {n} bands is too large to read at once</source>
        <translation>a view of {out_width}x{out_height} pixels x {n} bands is too large to read at once</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="176"/>
        <source>Read it in tiles.</source>
        <translation>Read it in tiles.</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="190"/>
        <location filename="../../datasources/raster.py" line="236"/>
        <source>the raster is rotated</source>
        <translation>the raster is rotated</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="191"/>
        <location filename="../../datasources/raster.py" line="237"/>
        <source>Warp it to north-up first.</source>
        <translation>Warp it to north-up first.</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="207"/>
        <source>band {band} cannot be read ({reason})</source>
        <translation>band {band} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="209"/>
        <location filename="../../datasources/raster.py" line="260"/>
        <location filename="../../datasources/raster.py" line="366"/>
        <source>The file is truncated or corrupted: copy it again.</source>
        <translation>The file is truncated or corrupted: copy it again.</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="258"/>
        <source>the pixels cannot be read ({reason})</source>
        <translation>the pixels cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="296"/>
        <source>overviews cannot be built ({reason})</source>
        <translation>overviews cannot be built ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="298"/>
        <source>Check that the file and its folder are writable.</source>
        <translation>Check that the file and its folder are writable.</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="331"/>
        <source>this view would read {value:.0f} million pixels because the raster has no overviews for it</source>
        <translation>this view would read {value:.0f} million pixels because the raster has no overviews for it</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="334"/>
        <source>Build overviews (pyramids) for it once, then open it again.</source>
        <translation>Build overviews (pyramids) for it once, then open it again.</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="356"/>
        <source>the raster table {table!r} cannot be read ({reason})</source>
        <translation>the raster table {table!r} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="364"/>
        <source>the TIFF cannot be opened ({reason})</source>
        <translation>the TIFF cannot be opened ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="371"/>
        <source>it is not a raster the console reads</source>
        <translation>it is not a raster the console reads</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="373"/>
        <source>Open GeoTIFF, ASCII grid, IMG or PNG/JPEG with a world file.</source>
        <translation>Open GeoTIFF, ASCII grid, IMG or PNG/JPEG with a world file.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="61"/>
        <source>there is already an account named {username}</source>
        <extracomment>What the account list shows (never the password hash, which a shared store's roles cannot read).</extracomment>
        <translation>there is already an account named {username}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="64"/>
        <source>Choose another user name.</source>
        <translation>Choose another user name.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="94"/>
        <source>you cannot disable your own account</source>
        <translation>you cannot disable your own account</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="150"/>
        <source>there is no account named {username}</source>
        <translation>there is no account named {username}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="157"/>
        <source>{role!r} is not a role</source>
        <translation>{role!r} is not a role</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="161"/>
        <source>a village officer needs a village</source>
        <translation>a village officer needs a village</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="163"/>
        <source>Choose the officer's village.</source>
        <translation>Choose the officer's village.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/accounts.py" line="168"/>
        <source>there is no village {village_code}</source>
        <translation>there is no village {village_code}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="41"/>
        <source>{name} cannot be opened as a GeoPackage ({orig})</source>
        <translation>{name} cannot be opened as a GeoPackage ({orig})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="43"/>
        <source>Give the path of a township store (.gpkg) in a folder you can use.</source>
        <translation>Give the path of a township store (.gpkg) in a folder you can use.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="65"/>
        <source>{value} already holds a township store</source>
        <translation>{value} already holds a township store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="67"/>
        <source>Use 'db upgrade' to bring it to the current schema.</source>
        <translation>Use 'db upgrade' to bring it to the current schema.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="97"/>
        <location filename="../../datasources/store/admin.py" line="168"/>
        <source>{name} does not exist</source>
        <translation>{name} does not exist</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="98"/>
        <location filename="../../datasources/store/admin.py" line="169"/>
        <source>Check the path of the store.</source>
        <translation>Check the path of the store.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="103"/>
        <source>{value} is not a township store</source>
        <translation>{value} is not a township store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="104"/>
        <location filename="../../datasources/store/township_store.py" line="82"/>
        <source>Create one with 'db init'.</source>
        <translation>Create one with 'db init'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="199"/>
        <source>the backup could not be written ({reason})</source>
        <translation>the backup could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="201"/>
        <source>Free some space or choose another folder; the store is unchanged.</source>
        <translation>Free some space or choose another folder; the store is unchanged.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="257"/>
        <source>consoles no longer share the database login {role}: each user logs in as their own</source>
        <translation>consoles no longer share the database login {role}: each user logs in as their own</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="259"/>
        <source>Add each user with 'township-console users add'.</source>
        <translation>Add each user with 'township-console users add'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="77"/>
        <source>the backup is at schema revision {revision}, which this console does not know</source>
        <extracomment>Tables of the file format or of PostGIS, remade by the migrations, and the login desk's passing counts of calls and failures: never copied from a backup. The order rows are copied in (parents before children); tables the models no longer know go last.</extracomment>
        <translation>the backup is at schema revision {revision}, which this console does not know</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="80"/>
        <source>Restore it with the console version that made it, or use another backup.</source>
        <translation>Restore it with the console version that made it, or use another backup.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="91"/>
        <source>the backup's store id or coordinate system is not valid</source>
        <translation>the backup's store id or coordinate system is not valid</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="120"/>
        <source>Use a backup made with 'township-console db backup' that no one has edited.</source>
        <translation>Use a backup made with 'township-console db backup' that no one has edited.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="130"/>
        <source>the backup's table {value} has other columns than the store's</source>
        <translation>the backup's table {value} has other columns than the store's</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="73"/>
        <source>the backup holds data the store does not have: {value}</source>
        <extracomment>Filled by the project at each apply (the console's permission table): never taken from a backup. Tables the database's own rules add; an older backup may not have them (then the new ones stay).</extracomment>
        <translation>the backup holds data the store does not have: {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="108"/>
        <source>a restore does not run as a database superuser</source>
        <translation>a restore does not run as a database superuser</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="110"/>
        <source>Run it with the store's owner login, the one that ran 'db init'.</source>
        <translation>Run it with the store's owner login, the one that ran 'db init'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="172"/>
        <location filename="../../datasources/store/dump_restore.py" line="185"/>
        <location filename="../../datasources/store/dump_restore.py" line="198"/>
        <location filename="../../datasources/store/restore.py" line="140"/>
        <source>the backup holds a table the store does not have: {value}</source>
        <translation>the backup holds a table the store does not have: {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="191"/>
        <location filename="../../datasources/store/restore.py" line="144"/>
        <source>the backup lacks the store's table {value}</source>
        <translation>the backup lacks the store's table {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="269"/>
        <source>Check that the login owns the store and may create roles, and that the backup is a township store.</source>
        <translation>Check that the login owns the store and may create roles, and that the backup is a township store.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="154"/>
        <source>not every row of the backup could be copied: {value}</source>
        <translation>not every row of the backup could be copied: {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="165"/>
        <source>Give the anchor printed by 'db backup'.</source>
        <translation>Give the anchor printed by 'db backup'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="162"/>
        <source>{value!r} is not an anchor: an anchor looks like 123:&lt;64 hex digits&gt;</source>
        <translation>{value!r} is not an anchor: an anchor looks like 123:&lt;64 hex digits&gt;</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="172"/>
        <source>Use another backup: this one was changed after it was made.</source>
        <translation>Use another backup: this one was changed after it was made.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="182"/>
        <source>the backup's audit trail is broken: record {seq} is missing ({n} problems)</source>
        <extracomment>How a broken chain in a backup is said, by the first problem :func:`audit.verify` found (its own words are English; these are the interface's templates).</extracomment>
        <translation>the backup's audit trail is broken: record {seq} is missing ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="184"/>
        <source>the backup's audit trail is broken: record {seq} does not follow the record before it, a record was inserted or deleted ({n} problems)</source>
        <translation>the backup's audit trail is broken: record {seq} does not follow the record before it, a record was inserted or deleted ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="188"/>
        <source>the backup's audit trail is broken: record {seq} was changed after it was written ({n} problems)</source>
        <translation>the backup's audit trail is broken: record {seq} was changed after it was written ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="191"/>
        <source>the backup's audit trail is broken: record {seq} differs from the anchor kept outside the store, the chain was rewritten ({n} problems)</source>
        <translation>the backup's audit trail is broken: record {seq} differs from the anchor kept outside the store, the chain was rewritten ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="195"/>
        <source>the backup's audit trail is broken: the anchored record {seq} is gone, records were deleted ({n} problems)</source>
        <translation>the backup's audit trail is broken: the anchored record {seq} is gone, records were deleted ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="200"/>
        <source>the backup's audit trail is broken: its end does not match its head (record {seq}), records were deleted or added outside the console ({n} problems)</source>
        <translation>the backup's audit trail is broken: its end does not match its head (record {seq}), records were deleted or added outside the console ({n} problems)</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="269"/>
        <source>the store is open in another console or program, so it was not restored</source>
        <translation>the store is open in another console or program, so it was not restored</translation>
    </message>
    <message>
        <location filename="../../datasources/store/restore.py" line="272"/>
        <source>Close every console that uses the store (log out and quit) and run the restore again.</source>
        <translation>Close every console that uses the store (log out and quit) and run the restore again.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="68"/>
        <source>the backup's {value} is not a table</source>
        <translation>the backup's {value} is not a table</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="72"/>
        <source>the backup's table {value} computes columns</source>
        <translation>the backup's table {value} computes columns</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="86"/>
        <source>the backup's rows do not fit the store ({reason})</source>
        <translation>the backup's rows do not fit the store ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="92"/>
        <location filename="../../datasources/store/gpkg_restore.py" line="112"/>
        <source>the backup cannot be read ({reason})</source>
        <translation>the backup cannot be read ({reason})</translation>
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
        <translation>Use another backup.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/gpkg_restore.py" line="118"/>
        <source>the backup is damaged or not a township store</source>
        <translation>the backup is damaged or not a township store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="254"/>
        <source>database roles exist only on a shared PostgreSQL store</source>
        <translation>database roles exist only on a shared PostgreSQL store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/engine.py" line="90"/>
        <source>the store must be a GeoPackage file or PostgreSQL, not {backend}</source>
        <translation>the store must be a GeoPackage file or PostgreSQL, not {backend}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/engine.py" line="93"/>
        <source>Give a .gpkg path or a postgresql+psycopg:// URL.</source>
        <translation>Give a .gpkg path or a postgresql+psycopg:// URL.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="242"/>
        <source>{names} of incidents #{feature_id} change only through the workflow</source>
        <translation>{names} of incidents #{feature_id} change only through the workflow</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="51"/>
        <source>a reading of {kind} takes values only with a named query</source>
        <translation>a reading of {kind} takes values only with a named query</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="54"/>
        <source>Name one of the store's queries.</source>
        <translation>Name one of the store's queries.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="166"/>
        <source>reports are never deleted: incidents #{feature_id} keeps its history</source>
        <translation>reports are never deleted: incidents #{feature_id} keeps its history</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="169"/>
        <source>Withdraw the report instead, with a note saying why.</source>
        <translation>Withdraw the report instead, with a note saying why.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="184"/>
        <source>the store has no query {name!r} of {kind}</source>
        <translation>the store has no query {name!r} of {kind}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="186"/>
        <source>Use one of {value}.</source>
        <translation>Use one of {value}.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/features.py" line="191"/>
        <source>the query {name!r} of {kind} was asked wrongly ({reason})</source>
        <translation>the query {name!r} of {kind} was asked wrongly ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="136"/>
        <source>case numbers already in the store or twice in the import: {shown}</source>
        <extracomment>Incident fields that only the incident workflow sets (with a note, a history row and an audit record). Incident fields that change only through a named, audited desk operation with a reason (the operation's name; None: never), so a plain edit (the API's or the attribute table's) cannot bend the figures. What a report added as a plain feature may not bring: it starts ``new``, numbered and due by the store. case numbers count per year of China Standard Time (a report at 23:30 on 31 December is that year's)</extracomment>
        <translation>case numbers already in the store or twice in the import: {shown}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="139"/>
        <source>Leave those reports out, or import them without their case numbers.</source>
        <translation>Leave those reports out, or import them without their case numbers.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="144"/>
        <source>{n} case numbers of the import cannot be used</source>
        <translation>{n} case numbers of the import cannot be used</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="146"/>
        <location filename="../../datasources/store/incidents.py" line="150"/>
        <source>Import those reports without their case numbers.</source>
        <translation>Import those reports without their case numbers.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="205"/>
        <source>a new report starts as new, numbered and due by the store; it cannot bring {names}</source>
        <translation>a new report starts as new, numbered and due by the store; it cannot bring {names}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="208"/>
        <source>File the report, then move it on through the desk's steps, each with a note.</source>
        <translation>File the report, then move it on through the desk's steps, each with a note.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incident_intake.py" line="245"/>
        <source>Use {value}, with a reason; a case number never changes.</source>
        <translation>Use {value}, with a reason; a case number never changes.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="73"/>
        <source>a new report gets its case number from the store</source>
        <translation>a new report gets its case number from the store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="76"/>
        <source>Leave the case number out; give the source's own number as source_number.</source>
        <translation>Leave the case number out; give the source's own number as source_number.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="102"/>
        <source>{source!r} is not a source of reports</source>
        <translation>{source!r} is not a source of reports</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="148"/>
        <source>some case numbers of the import cannot be used</source>
        <translation>some case numbers of the import cannot be used</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="160"/>
        <source>a report needs a category</source>
        <translation>a report needs a category</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="161"/>
        <source>Choose what kind of problem it is.</source>
        <translation>Choose what kind of problem it is.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="164"/>
        <source>a report needs a place: a point on the map or an address</source>
        <translation>a report needs a place: a point on the map or an address</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="167"/>
        <source>Click the place on the map, or give the address or coordinates.</source>
        <translation>Click the place on the map, or give the address or coordinates.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="172"/>
        <source>a report's place is a point, not a {geom_type}</source>
        <translation>a report's place is a point, not a {geom_type}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="184"/>
        <source>{value!r} is not a source of reports</source>
        <translation>{value!r} is not a source of reports</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="93"/>
        <source>{status!r} is not an alert status</source>
        <extracomment>steps that need a note saying why</extracomment>
        <translation>{status!r} is not an alert status</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="97"/>
        <source>an alert that is {before} cannot become {after}</source>
        <translation>an alert that is {before} cannot become {after}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="99"/>
        <source>Reload the board: someone may have moved it on.</source>
        <translation>Reload the board: someone may have moved it on.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="102"/>
        <source>an alert is {after} only with a note</source>
        <translation>an alert is {after} only with a note</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="103"/>
        <location filename="../../datasources/store/publications.py" line="108"/>
        <source>Write why.</source>
        <translation>Write why.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="238"/>
        <location filename="../../datasources/store/alerts.py" line="319"/>
        <source>alert #{alert_id} is not in the store</source>
        <translation>alert #{alert_id} is not in the store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="239"/>
        <location filename="../../datasources/store/alerts.py" line="320"/>
        <source>Reload the alert board.</source>
        <translation>Reload the alert board.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="289"/>
        <location filename="../../datasources/store/incidents.py" line="235"/>
        <source>the note is empty</source>
        <translation>the note is empty</translation>
    </message>
    <message>
        <location filename="../../datasources/store/alerts.py" line="290"/>
        <location filename="../../datasources/store/incidents.py" line="236"/>
        <source>Write something.</source>
        <translation>Write something.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="287"/>
        <source>{shown} is not a JPEG or PNG photo</source>
        <translation>{shown} is not a JPEG or PNG photo</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="289"/>
        <source>Attach a .jpg or .png picture.</source>
        <translation>Attach a .jpg or .png picture.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="293"/>
        <source>{shown} is {value:.1f} MB, more than the 10 MB allowed</source>
        <translation>{shown} is {value:.1f} MB, more than the 10 MB allowed</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="39"/>
        <source>this is not a JPEG or PNG photo ({reason})</source>
        <extracomment>50 million pixels: a 50-megapixel phone camera's photo, about 200 MB once decoded.</extracomment>
        <translation>this is not a JPEG or PNG photo ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="40"/>
        <source>Take a photo with a camera or phone, or save the picture again as JPEG or PNG.</source>
        <translation>Take a photo with a camera or phone, or save the picture again as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="49"/>
        <source>the photo has {size:,} bytes, more than {limit:,}</source>
        <translation>the photo has {size:,} bytes, more than {limit:,}</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="51"/>
        <location filename="../../datasources/photos.py" line="77"/>
        <location filename="../../datasources/store/incidents.py" line="296"/>
        <source>Make the photo smaller.</source>
        <translation>Make the photo smaller.</translation>
    </message>
    <message>
        <location filename="../../datasources/photos.py" line="74"/>
        <source>the photo claims {width} x {height} pixels, more than {limit:,}</source>
        <translation>the photo claims {width} x {height} pixels, more than {limit:,}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="345"/>
        <source>there is no report #{original_id} among those you may see</source>
        <translation>there is no report #{original_id} among those you may see</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="348"/>
        <source>Give the number of a report you can open.</source>
        <translation>Give the number of a report you can open.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="36"/>
        <source>{value!r} is not a category of reports</source>
        <extracomment>the longest deadline the office may set, in days</extracomment>
        <translation>{value!r} is not a category of reports</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="51"/>
        <source>a report cannot be made in the future</source>
        <translation>a report cannot be made in the future</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="52"/>
        <source>Give the time the resident reported it.</source>
        <translation>Give the time the resident reported it.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="69"/>
        <source>a correction of {name} needs a reason</source>
        <translation>a correction of {name} needs a reason</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="71"/>
        <source>Write why it is corrected.</source>
        <translation>Write why it is corrected.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="74"/>
        <source>incidents #{feature_id} is {status}: its figures are final</source>
        <translation>incidents #{feature_id} is {status}: its figures are final</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="77"/>
        <source>Only an open report can be corrected.</source>
        <translation>Only an open report can be corrected.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="98"/>
        <source>{days:g} days is not a deadline</source>
        <translation>{days:g} days is not a deadline</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="100"/>
        <source>Give a number of days above 0.</source>
        <translation>Give a number of days above 0.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="122"/>
        <source>a time is needed</source>
        <translation>a time is needed</translation>
    </message>
    <message>
        <location filename="../../datasources/store/corrections.py" line="123"/>
        <source>Give a date and time.</source>
        <translation>Give a date and time.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="338"/>
        <source>a report cannot be a duplicate of itself</source>
        <translation>a report cannot be a duplicate of itself</translation>
    </message>
    <message>
        <location filename="../../datasources/store/incidents.py" line="340"/>
        <source>Give the number of the original report.</source>
        <translation>Give the number of the original report.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="54"/>
        <source>{name} was not found, so a PostgreSQL store cannot be backed up or restored</source>
        <extracomment>Where the PostgreSQL client tools usually are when they are not on PATH.</extracomment>
        <translation>{name} was not found, so a PostgreSQL store cannot be backed up or restored</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="57"/>
        <source>Install the PostgreSQL client tools (on Debian/Ubuntu: postgresql-client-15, or the version of the server) or put their folder on PATH.</source>
        <translation>Install the PostgreSQL client tools (on Debian/Ubuntu: postgresql-client-15, or the version of the server) or put their folder on PATH.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="79"/>
        <source>{value} is not a PostgreSQL URL</source>
        <translation>{value} is not a PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="80"/>
        <source>Give a postgresql+psycopg:// URL.</source>
        <translation>Give a postgresql+psycopg:// URL.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="120"/>
        <source>the backup failed: {value}</source>
        <translation>the backup failed: {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="121"/>
        <source>Check that the server answers and that the login may read the store.</source>
        <translation>Check that the server answers and that the login may read the store.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="241"/>
        <location filename="../../datasources/store/pg_backup.py" line="139"/>
        <source>the backup file does not exist</source>
        <translation>the backup file does not exist</translation>
    </message>
    <message>
        <location filename="../../datasources/store/admin.py" line="242"/>
        <location filename="../../datasources/store/pg_backup.py" line="140"/>
        <source>Check its path.</source>
        <translation>Check its path.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="144"/>
        <source>this is not a readable PostgreSQL backup ({value})</source>
        <translation>this is not a readable PostgreSQL backup ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="150"/>
        <source>this PostgreSQL backup holds no township store</source>
        <translation>this PostgreSQL backup holds no township store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="152"/>
        <source>Use a backup made with 'township-console db backup'.</source>
        <translation>Use a backup made with 'township-console db backup'.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="81"/>
        <location filename="../../datasources/store/pg_backup.py" line="157"/>
        <source>the backup is truncated or damaged ({value})</source>
        <translation>the backup is truncated or damaged ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/dump_restore.py" line="266"/>
        <source>the restore failed and the store was left unchanged: {value}</source>
        <translation>the restore failed and the store was left unchanged: {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="198"/>
        <source>the target database has no PostGIS and it cannot be added ({value})</source>
        <translation>the target database has no PostGIS and it cannot be added ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_backup.py" line="201"/>
        <source>Ask the database administrator to run CREATE EXTENSION postgis in it.</source>
        <translation>Ask the database administrator to run CREATE EXTENSION postgis in it.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="100"/>
        <source>cannot export to {value}</source>
        <translation>cannot export to {value}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="101"/>
        <source>Use .gpkg, .geojson, .csv or .xlsx.</source>
        <translation>Use .gpkg, .geojson, .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="127"/>
        <source>exporting residents' personal data needs a confirmation</source>
        <translation>exporting residents' personal data needs a confirmation</translation>
    </message>
    <message>
        <location filename="../../datasources/store/records.py" line="130"/>
        <source>Confirm that the export may contain personal data.</source>
        <translation>Confirm that the export may contain personal data.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="23"/>
        <source>the store has no kind {kind!r}</source>
        <translation>the store has no kind {kind!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="52"/>
        <source>{kind} #{feature_id} is not in the store</source>
        <translation>{kind} #{feature_id} is not in the store</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="54"/>
        <source>It may have been deleted by another user; reload the layer.</source>
        <translation>It may have been deleted by another user; reload the layer.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="101"/>
        <source>{name} belongs to incidents only</source>
        <translation>{name} belongs to incidents only</translation>
    </message>
    <message>
        <location filename="../../datasources/store/rows.py" line="114"/>
        <source>{table_name} has no field {name!r}</source>
        <translation>{table_name} has no field {name!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="189"/>
        <source>there is no column {given!r}</source>
        <translation>there is no column {given!r}</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="206"/>
        <source>no coordinate columns were found (looked for lon/lng/longitude/x/经度/X坐标 and lat/latitude/y/纬度/Y坐标)</source>
        <translation>no coordinate columns were found (looked for lon/lng/longitude/x/经度/X坐标 and lat/latitude/y/纬度/Y坐标)</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="209"/>
        <source>Name the x and y columns, or open the file as a table of records.</source>
        <translation>Name the x and y columns, or open the file as a table of records.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="120"/>
        <source>the layer has no CRS, and GeoJSON must be in WGS 84 lon/lat</source>
        <extracomment>Columns of residents' personal data: a file holding one is written owner-only (see ``private``).</extracomment>
        <translation>the layer has no CRS, and GeoJSON must be in WGS 84 lon/lat</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="123"/>
        <source>Set the layer's CRS first.</source>
        <translation>Set the layer's CRS first.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="174"/>
        <source>x/y columns can only hold points</source>
        <translation>x/y columns can only hold points</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="176"/>
        <source>Export the geometry as WKT instead.</source>
        <translation>Export the geometry as WKT instead.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="271"/>
        <source>the workbook could not be saved ({value})</source>
        <translation>the workbook could not be saved ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="273"/>
        <source>Check the free space and that the file is not open in Excel; the previous file is kept.</source>
        <translation>Check the free space and that the file is not open in Excel; the previous file is kept.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="364"/>
        <source>the existing file cannot be read ({reason})</source>
        <translation>the existing file cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="366"/>
        <source>Choose another file, or do not append.</source>
        <translation>Choose another file, or do not append.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="384"/>
        <source>the data could not be written ({reason})</source>
        <translation>the data could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="386"/>
        <source>Check the column types and geometries; the previous file is kept.</source>
        <translation>Check the column types and geometries; the previous file is kept.</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="402"/>
        <source>the saved GeoPackage failed its check (integrity {integrity}, {n} foreign-key errors, application_id {application_id:#x})</source>
        <translation>the saved GeoPackage failed its check (integrity {integrity}, {n} foreign-key errors, application_id {application_id:#x})</translation>
    </message>
    <message>
        <location filename="../../datasources/writers.py" line="406"/>
        <source>The previous file is kept.</source>
        <translation>The previous file is kept.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="48"/>
        <source>a password on the command line can be read by other users of the computer, so it is not taken</source>
        <translation>a password on the command line can be read by other users of the computer, so it is not taken</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="51"/>
        <source>Leave it out of the URL: put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or type it when asked.</source>
        <translation>Leave it out of the URL: put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or type it when asked.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="70"/>
        <source>the disk is full or cannot be written, so the change was not saved ({value})</source>
        <translation>the disk is full or cannot be written, so the change was not saved ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="73"/>
        <source>Free some space and do it again; nothing of the interrupted change was kept.</source>
        <translation>Free some space and do it again; nothing of the interrupted change was kept.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="82"/>
        <source>the store file cannot be used ({value})</source>
        <translation>the store file cannot be used ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="83"/>
        <source>Check the disk and that no other program holds the file; nothing of the interrupted change was kept.</source>
        <translation>Check the disk and that no other program holds the file; nothing of the interrupted change was kept.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="89"/>
        <source>the database refused the change ({value})</source>
        <translation>the database refused the change ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="90"/>
        <source>Nothing of it was kept; check the data and try again.</source>
        <translation>Nothing of it was kept; check the data and try again.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="101"/>
        <source>the database refused the login: the password is wrong or the login does not exist</source>
        <translation>the database refused the login: the password is wrong or the login does not exist</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="104"/>
        <source>Check the login and its password (PGPASSFILE, PGPASSWORD), or ask the database administrator.</source>
        <translation>Check the login and its password (PGPASSFILE, PGPASSWORD), or ask the database administrator.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="108"/>
        <source>the database asks for a password and none was given</source>
        <translation>the database asks for a password and none was given</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="110"/>
        <source>Put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or run the command in a terminal to be asked.</source>
        <translation>Put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or run the command in a terminal to be asked.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="113"/>
        <source>the database cannot be reached ({value})</source>
        <translation>the database cannot be reached ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_target.py" line="115"/>
        <source>Check the server's address and that it is running.</source>
        <translation>Check the server's address and that it is running.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="89"/>
        <source>the database name {name} is too long for the store's roles</source>
        <extracomment>The alert board's privileges, policies and triggers (run after the group roles are granted). The publications' privileges, policies and the approval's guard (revision 0008). The planning scenarios' privileges, village rules and audit guard (revision 0011). Tables whose rows belong to one village (row-level security on ``village_code``). Tables whose rows carry a version and who changed them last. A report's history and photos: seen with the report, never on their own. The columns of ``users`` a console role may read (never the password hash).</extracomment>
        <translation>the database name {name} is too long for the store's roles</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="91"/>
        <source>Use a database name of at most 40 characters.</source>
        <translation>Use a database name of at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="96"/>
        <source>the store's owner may not create roles</source>
        <translation>the store's owner may not create roles</translation>
    </message>
    <message>
        <location filename="../../datasources/store/pg_roles.py" line="97"/>
        <source>Give the owner's login CREATEROLE: each console user is a database login.</source>
        <translation>Give the owner's login CREATEROLE: each console user is a database login.</translation>
    </message>
    <message>
        <location filename="../../console/incidents_cli.py" line="81"/>
        <source>the mapping {pair!r} is not OURS=THEIRS</source>
        <extracomment>datasources.incident_files.ExportFormat's names, written out so the command line starts without pandas</extracomment>
        <translation>the mapping {pair!r} is not OURS=THEIRS</translation>
    </message>
    <message>
        <location filename="../../console/incidents_cli.py" line="82"/>
        <source>Write e.g. category=类别 (our field, then their column).</source>
        <translation>Write e.g. category=类别 (our field, then their column).</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="196"/>
        <source>there is nothing to undo</source>
        <translation>there is nothing to undo</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="206"/>
        <source>there is nothing to redo</source>
        <translation>there is nothing to redo</translation>
    </message>
    <message>
        <location filename="../../layers/project.py" line="265"/>
        <source>its raster cannot be drawn in the project's coordinate system ({reason})</source>
        <translation>its raster cannot be drawn in the project's coordinate system ({reason})</translation>
    </message>
    <message>
        <location filename="../../layers/project.py" line="267"/>
        <source>Warp the raster to the project's coordinate system first.</source>
        <translation>Warp the raster to the project's coordinate system first.</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="247"/>
        <source>the basemap server of {name} answered with error {code}</source>
        <extracomment>False for a basemap named in a file someone else made (a project): its host is not contacted (cached tiles still show) until the user allows it (:meth:`approve`).</extracomment>
        <translation>the basemap server of {name} answered with error {code}</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="249"/>
        <location filename="../../datasources/web_tiles.py" line="261"/>
        <source>Check the key or the address; the server is asked again in {seconds} s.</source>
        <translation>Check the key or the address; the server is asked again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="253"/>
        <source>the basemap server of {name} cannot be reached ({reason})</source>
        <translation>the basemap server of {name} cannot be reached ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="255"/>
        <source>Cached tiles are shown; the server is asked again in {seconds} s.</source>
        <translation>Cached tiles are shown; the server is asked again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../datasources/web_tiles.py" line="259"/>
        <source>the basemap server of {name} sent something that is not an image tile</source>
        <translation>the basemap server of {name} sent something that is not an image tile</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="43"/>
        <source>{url!r} is not an MQTT broker address</source>
        <translation>{url!r} is not an MQTT broker address</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="44"/>
        <source>Give it as mqtt://host:port (a password in TOWNSHIP_MQTT_PASSWORD, not in the address).</source>
        <translation>Give it as mqtt://host:port (a password in TOWNSHIP_MQTT_PASSWORD, not in the address).</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="50"/>
        <source>{url!r} has no valid port</source>
        <translation>{url!r} has no valid port</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="68"/>
        <source>{topic!r} is not a topic to publish to</source>
        <translation>{topic!r} is not a topic to publish to</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="69"/>
        <source>Name one topic, such as township/cap.</source>
        <translation>Name one topic, such as township/cap.</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="80"/>
        <source>the broker {broker} cannot be used ({error})</source>
        <translation>the broker {broker} cannot be used ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="86"/>
        <source>the broker {broker} cannot be reached ({error})</source>
        <translation>the broker {broker} cannot be reached ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="88"/>
        <source>Check that it runs and its address; the alert file is written and recorded.</source>
        <translation>Check that it runs and its address; the alert file is written and recorded.</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="97"/>
        <source>the broker {broker} refused the message ({error})</source>
        <translation>the broker {broker} refused the message ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="100"/>
        <source>the broker {broker} did not acknowledge the alert within {seconds:g} s</source>
        <translation>the broker {broker} did not acknowledge the alert within {seconds:g} s</translation>
    </message>
    <message>
        <location filename="../../datasources/cap_publish.py" line="102"/>
        <source>Publish it again; the alert file is written and recorded.</source>
        <translation>Publish it again; the alert file is written and recorded.</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="29"/>
        <source>nothing was published: {reasons}</source>
        <translation>nothing was published: {reasons}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="30"/>
        <source>Leave those layers or fields out.</source>
        <translation>Leave those layers or fields out.</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="39"/>
        <source>the project has no layer {layer} to publish</source>
        <translation>the project has no layer {layer} to publish</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="41"/>
        <source>Choose the layers again.</source>
        <translation>Choose the layers again.</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="43"/>
        <source>layer {layer} has no field {field}</source>
        <translation>layer {layer} has no field {field}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="44"/>
        <source>Choose the fields again.</source>
        <translation>Choose the fields again.</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="53"/>
        <source>it exists and is not a published map's folder, which a publication replaces whole</source>
        <translation>it exists and is not a published map's folder, which a publication replaces whole</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="55"/>
        <source>Choose a new folder.</source>
        <translation>Choose a new folder.</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="76"/>
        <source>a QGIS project is a .qgz or .qgs file</source>
        <translation>a QGIS project is a .qgz or .qgs file</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="77"/>
        <source>Name the file with .qgz at the end.</source>
        <translation>Name the file with .qgz at the end.</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="118"/>
        <source>a file of that name is there and is not a township project</source>
        <translation>a file of that name is there and is not a township project</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="121"/>
        <source>Choose another folder or name.</source>
        <translation>Choose another folder or name.</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_project.py" line="316"/>
        <source>the QGIS project could not be written ({reason})</source>
        <translation>the QGIS project could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_project.py" line="318"/>
        <source>Check the folder and the free disk space.</source>
        <translation>Check the folder and the free disk space.</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="87"/>
        <source>this is not a QGIS project (.qgs or .qgz)</source>
        <translation>this is not a QGIS project (.qgs or .qgz)</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="88"/>
        <location filename="../../datasources/qgis_read.py" line="105"/>
        <source>Choose a project saved by QGIS.</source>
        <translation>Choose a project saved by QGIS.</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="93"/>
        <source>the project declares XML entities or external references ({reason}), which could read or flood this computer</source>
        <translation>the project declares XML entities or external references ({reason}), which could read or flood this computer</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="96"/>
        <location filename="../../datasources/qgis_read.py" line="100"/>
        <location filename="../../datasources/qgis_read.py" line="121"/>
        <source>Ask the sender to save it again from QGIS.</source>
        <translation>Ask the sender to save it again from QGIS.</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="99"/>
        <source>the project is not well-formed XML ({reason})</source>
        <translation>the project is not well-formed XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="103"/>
        <source>this XML is not a QGIS project (its root is &lt;{tag}&gt;)</source>
        <translation>this XML is not a QGIS project (its root is &lt;{tag}&gt;)</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="113"/>
        <source>the project is {size:,} bytes, more than the {limit:,} a QGIS project can be</source>
        <translation>the project is {size:,} bytes, more than the {limit:,} a QGIS project can be</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="115"/>
        <source>Check that this is the project file.</source>
        <translation>Check that this is the project file.</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="126"/>
        <source>the archive holds {count:,} files</source>
        <translation>the archive holds {count:,} files</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="130"/>
        <source>the archive holds {count} .qgs documents, not one</source>
        <translation>the archive holds {count} .qgs documents, not one</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="135"/>
        <source>its project document would unpack to {size:,} bytes (a zip bomb?)</source>
        <translation>its project document would unpack to {size:,} bytes (a zip bomb?)</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="142"/>
        <source>its project document unpacks to more than {limit:,} bytes</source>
        <translation>its project document unpacks to more than {limit:,} bytes</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="147"/>
        <source>the .qgz archive cannot be read ({reason})</source>
        <translation>the .qgz archive cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="87"/>
        <source>this is not a mapping the program can use ({error})</source>
        <translation>this is not a mapping the program can use ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="89"/>
        <source>Save the mapping again from the conform dialog</source>
        <translation>Save the mapping again from the conform dialog</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="200"/>
        <source>the file declares no coordinate system</source>
        <translation>the file declares no coordinate system</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="201"/>
        <source>Give the file's CRS in the mapping (for example EPSG:4490 or EPSG:4528)</source>
        <translation>Give the file's CRS in the mapping (for example EPSG:4490 or EPSG:4528)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="230"/>
        <source>{crs} is not a coordinate system of the standard</source>
        <translation>{crs} is not a coordinate system of the standard</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="232"/>
        <source>Choose EPSG:4490 or a Gauss-Kruger zone EPSG:4513-4554</source>
        <translation>Choose EPSG:4490 or a Gauss-Kruger zone EPSG:4513-4554</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="315"/>
        <source>a layer in the standard is written as a GeoPackage</source>
        <translation>a layer in the standard is written as a GeoPackage</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="317"/>
        <source>Name the file .gpkg</source>
        <translation>Name the file .gpkg</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="323"/>
        <source>the layer could not be written ({error})</source>
        <translation>the layer could not be written ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/conform.py" line="325"/>
        <location filename="../../datasources/standard/report.py" line="121"/>
        <source>Choose a folder you may write to</source>
        <translation>Choose a folder you may write to</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="51"/>
        <source>the standard has no kind '{kind}'</source>
        <translation>the standard has no kind '{kind}'</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="52"/>
        <source>Choose one of: {kinds}</source>
        <translation>Choose one of: {kinds}</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="56"/>
        <source>Check the path</source>
        <translation>Check the path</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="58"/>
        <location filename="../../datasources/standard/report.py" line="102"/>
        <source>a report cannot be written as '{suffix}'</source>
        <translation>a report cannot be written as '{suffix}'</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="60"/>
        <location filename="../../datasources/standard/report.py" line="104"/>
        <source>Name the report .csv, .json or .xlsx</source>
        <translation>Name the report .csv, .json or .xlsx</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="63"/>
        <source>a mapping is used only to conform the file</source>
        <translation>a mapping is used only to conform the file</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="65"/>
        <source>Add --conform OUT.gpkg</source>
        <translation>Add --conform OUT.gpkg</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="68"/>
        <source>the mapping is for '{mapped}', not '{kind}'</source>
        <translation>the mapping is for '{mapped}', not '{kind}'</translation>
    </message>
    <message>
        <location filename="../../console/validate_cli.py" line="70"/>
        <source>Use a mapping made for this kind</source>
        <translation>Use a mapping made for this kind</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="119"/>
        <source>the report could not be written ({error})</source>
        <translation>the report could not be written ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="150"/>
        <source>there is no data standard of version {version}</source>
        <translation>there is no data standard of version {version}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="152"/>
        <source>Choose one of: {versions}</source>
        <translation>Choose one of: {versions}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="164"/>
        <source>this is not a data standard the program can read ({error})</source>
        <translation>this is not a data standard the program can read ({error})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/schema.py" line="166"/>
        <source>Use a standard file shipped with the program</source>
        <translation>Use a standard file shipped with the program</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="60"/>
        <source>{first}..{last} is not a range of months</source>
        <extracomment>the township's offset from UTC (Asia/Shanghai keeps no daylight saving) facility kinds that are built service sites</extracomment>
        <translation>{first}..{last} is not a range of months</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="61"/>
        <source>Give months as YYYY-MM, e.g. 2026-11.</source>
        <translation>Give months as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="64"/>
        <source>the month range {first}..{last} ends before it starts</source>
        <translation>the month range {first}..{last} ends before it starts</translation>
    </message>
    <message>
        <location filename="../../datasources/store/evaluation.py" line="66"/>
        <source>Give the earlier month first.</source>
        <translation>Give the earlier month first.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="107"/>
        <source>a publication is rejected only with a note</source>
        <translation>a publication is rejected only with a note</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="178"/>
        <source>the publication is already approved</source>
        <translation>the publication is already approved</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="179"/>
        <source>the publication is already rejected</source>
        <translation>the publication is already rejected</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="180"/>
        <source>the publication is no longer a draft</source>
        <translation>the publication is no longer a draft</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="184"/>
        <source>{drafter} drafted this publication and may not decide on it: another user approves or rejects it</source>
        <translation>{drafter} drafted this publication and may not decide on it: another user approves or rejects it</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="186"/>
        <source>Ask another administrator to approve it.</source>
        <translation>Ask another administrator to approve it.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="182"/>
        <location filename="../../datasources/store/publications.py" line="192"/>
        <source>Reload the publications.</source>
        <translation>Reload the publications.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/publications.py" line="191"/>
        <source>publication #{pub_id} is not in the store</source>
        <translation>publication #{pub_id} is not in the store</translation>
    </message>
    <message>
        <location filename="../../datasources/webmap_files.py" line="34"/>
        <source>the Leaflet files are not installed</source>
        <extracomment>(the page's name of a file, the package it comes from, the file inside the package's data)</extracomment>
        <translation>the Leaflet files are not installed</translation>
    </message>
    <message>
        <location filename="../../datasources/webmap_files.py" line="35"/>
        <source>Install xstatic-leaflet and xstatic-leaflet-markercluster.</source>
        <translation>Install xstatic-leaflet and xstatic-leaflet-markercluster.</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="374"/>
        <source>the file holds no township area</source>
        <translation>the file holds no township area</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="375"/>
        <source>Give the township boundary or its villages as polygons with a coordinate system</source>
        <translation>Give the township boundary or its villages as polygons with a coordinate system</translation>
    </message>
    <message>
        <location filename="../../console/login_watch_cli.py" line="44"/>
        <source>a GeoPackage store has no database logins to watch</source>
        <translation>a GeoPackage store has no database logins to watch</translation>
    </message>
    <message>
        <location filename="../../console/login_watch_cli.py" line="46"/>
        <source>Give the PostgreSQL store's URL.</source>
        <translation>Give the PostgreSQL store's URL.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_watch.py" line="281"/>
        <source>this login may not tell the store of failed logins</source>
        <extracomment>SQLSTATE of a failed password (invalid_password)</extracomment>
        <translation>this login may not tell the store of failed logins</translation>
    </message>
    <message>
        <location filename="../../datasources/store/login_watch.py" line="283"/>
        <source>Run the watcher as the store's owner or as a login in the group {group}, on a store that 'db upgrade' brought up to date.</source>
        <translation>Run the watcher as the store's owner or as a login in the group {group}, on a store that 'db upgrade' brought up to date.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/presence.py" line="68"/>
        <source>the store is being restored, so it was not opened</source>
        <translation>the store is being restored, so it was not opened</translation>
    </message>
    <message>
        <location filename="../../datasources/store/presence.py" line="70"/>
        <source>Wait until the restore is done and open it again.</source>
        <translation>Wait until the restore is done and open it again.</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="31"/>
        <source>a point has only its one vertex</source>
        <extracomment>why a vertex may not be removed, by kind of geometry</extracomment>
        <translation>a point has only its one vertex</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="32"/>
        <source>a line keeps at least two distinct vertices</source>
        <translation>a line keeps at least two distinct vertices</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="33"/>
        <source>a polygon ring keeps at least three distinct vertices</source>
        <translation>a polygon ring keeps at least three distinct vertices</translation>
    </message>
    <message>
        <location filename="../../layers/geometry_edit.py" line="171"/>
        <source>Delete the whole feature instead.</source>
        <translation>Delete the whole feature instead.</translation>
    </message>
    <message>
        <location filename="../../datasources/store/scenarios.py" line="71"/>
        <source>a scenario needs a name and at least one site</source>
        <translation>a scenario needs a name and at least one site</translation>
    </message>
    <message>
        <location filename="../../datasources/store/scenarios.py" line="73"/>
        <source>Name it, and add a site first.</source>
        <translation>Name it, and add a site first.</translation>
    </message>
</context>
<context>
    <name>DataSourceNote</name>
    <message>
        <location filename="../../layers/basemap.py" line="85"/>
        <source>web basemap without its key; add the key again if the service needs one (cached tiles still show)</source>
        <translation>web basemap without its key; add the key again if the service needs one (cached tiles still show)</translation>
    </message>
    <message>
        <location filename="../../layers/basemap.py" line="88"/>
        <source>the project names the basemap server {host}; nothing is fetched from it until you allow it</source>
        <translation>the project names the basemap server {host}; nothing is fetched from it until you allow it</translation>
    </message>
    <message>
        <location filename="../../layers/basemap.py" line="93"/>
        <source>the basemap file {path} is missing; the layer was left out</source>
        <translation>the basemap file {path} is missing; the layer was left out</translation>
    </message>
    <message>
        <location filename="../../layers/kinds.py" line="57"/>
        <source>{reason}; the layer was left out</source>
        <translation>{reason}; the layer was left out</translation>
    </message>
    <message>
        <location filename="../../layers/raster.py" line="62"/>
        <source>the raster file {path} is missing; the layer was left out</source>
        <translation>the raster file {path} is missing; the layer was left out</translation>
    </message>
    <message>
        <location filename="../../layers/vector.py" line="93"/>
        <source>the style was changed in QGIS; that style is used</source>
        <translation>the style was changed in QGIS; that style is used</translation>
    </message>
    <message>
        <location filename="../../datasources/china_offsets.py" line="131"/>
        <source>Coordinates converted from {offset} to CGCS2000 (EPSG:4490).</source>
        <translation>Coordinates converted from {offset} to CGCS2000 (EPSG:4490).</translation>
    </message>
    <message>
        <location filename="../../datasources/crs.py" line="230"/>
        <source>lon/lat data from web maps in China is often GCJ-02 (AMap/Tencent), a few hundred metres off: confirm the source</source>
        <extracomment>The CRSs a township draws its map in, with their English names (the window shows them translated). What lon/lat data that declared no CRS may be in: the geodetic frames and China's web-map offsets (GCJ-02 and BD-09 are converted to CGCS2000 when chosen, see :mod:`datasources.china_offsets`). The reason :func:`infer_crs` gives for lon/lat inside China, the case where GCJ-02 is likely. The reason for lon/lat on Taiwan, where no web-map offset is expected.</extracomment>
        <translation>lon/lat data from web maps in China is often GCJ-02 (AMap/Tencent), a few hundred metres off: confirm the source</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="76"/>
        <source>{codec} byte order mark</source>
        <translation>{codec} byte order mark</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="88"/>
        <source>no byte order mark; the zero bytes read as {codec}</source>
        <translation>no byte order mark; the zero bytes read as {codec}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="102"/>
        <source>UTF-8 byte order mark</source>
        <translation>UTF-8 byte order mark</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="108"/>
        <location filename="../../datasources/encoding.py" line="112"/>
        <source>decodes as UTF-8</source>
        <translation>decodes as UTF-8</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="116"/>
        <source>not UTF-8; reads as Chinese in GBK/GB18030</source>
        <translation>not UTF-8; reads as Chinese in GBK/GB18030</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="122"/>
        <source>not UTF-8; detected {encoding}</source>
        <translation>not UTF-8; detected {encoding}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="123"/>
        <source>not UTF-8 and nothing matched; bytes kept as Latin-1</source>
        <translation>not UTF-8 and nothing matched; bytes kept as Latin-1</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="187"/>
        <source>declared in .cpg ({value})</source>
        <translation>declared in .cpg ({value})</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="195"/>
        <source>text is plain ASCII; any encoding reads it</source>
        <translation>text is plain ASCII; any encoding reads it</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="198"/>
        <source>no .cpg; the attribute bytes decode as UTF-8</source>
        <translation>no .cpg; the attribute bytes decode as UTF-8</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="202"/>
        <source>no .cpg; the .dbf header names code page {ldid}</source>
        <translation>no .cpg; the .dbf header names code page {ldid}</translation>
    </message>
    <message>
        <location filename="../../datasources/encoding.py" line="206"/>
        <source>no .cpg; {reason}</source>
        <translation>no .cpg; {reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/gpkg_raster.py" line="158"/>
        <source>the raster table {table!r} was left out: its coordinate system cannot be converted to the project's ({reason})</source>
        <translation>the raster table {table!r} was left out: its coordinate system cannot be converted to the project's ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/notes.py" line="46"/>
        <source>{file}: {note}</source>
        <translation>{file}: {note}</translation>
    </message>
    <message>
        <location filename="../../datasources/notes.py" line="51"/>
        <source>{layer}: {note}</source>
        <translation>{layer}: {note}</translation>
    </message>
    <message>
        <location filename="../../datasources/raster.py" line="120"/>
        <source>the raster has no CRS and none could be inferred: {reason}</source>
        <translation>the raster has no CRS and none could be inferred: {reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="155"/>
        <source>text encoding {encoding} was detected ({reason}), not declared</source>
        <translation>text encoding {encoding} was detected ({reason}), not declared</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="189"/>
        <source>{n} blank lines were skipped</source>
        <translation>{n} blank lines were skipped</translation>
    </message>
    <message>
        <location filename="../../datasources/table_cells.py" line="239"/>
        <source>{n} characters could not be decoded as {encoding} and show as �</source>
        <translation>{n} characters could not be decoded as {encoding} and show as �</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="95"/>
        <source>columns {x!r} and {y!r} hold longitude and latitude the other way round from their names; they were swapped</source>
        <translation>columns {x!r} and {y!r} hold longitude and latitude the other way round from their names; they were swapped</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="120"/>
        <source>{flagged} of {total} rows are flagged ({unplaced} without a readable position); see the _problem column</source>
        <translation>{flagged} of {total} rows are flagged ({unplaced} without a readable position); see the _problem column</translation>
    </message>
    <message>
        <location filename="../../datasources/tables.py" line="250"/>
        <source>the CRS could not be inferred: {reason}; choose it</source>
        <translation>the CRS could not be inferred: {reason}; choose it</translation>
    </message>
    <message>
        <location filename="../../datasources/validity.py" line="132"/>
        <source>{flagged} of {total} features have geometry problems; they are kept and flagged in the {column} column.</source>
        <translation>{flagged} of {total} features have geometry problems; they are kept and flagged in the {column} column.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="264"/>
        <source>GDAL skipped {n} objects of the file (null geometries); they are missing here.</source>
        <translation>GDAL skipped {n} objects of the file (null geometries); they are missing here.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="270"/>
        <source>an attribute table without geometry: it opens in the attribute table only</source>
        <translation>an attribute table without geometry: it opens in the attribute table only</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="287"/>
        <source>Attribute encoding assumed to be {encoding} ({reason}); choose another if names look wrong.</source>
        <translation>Attribute encoding assumed to be {encoding} ({reason}); choose another if names look wrong.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="356"/>
        <source>The file declares no coordinate system and none could be inferred ({reason}); choose one before overlaying it on other layers.</source>
        <translation>The file declares no coordinate system and none could be inferred ({reason}); choose one before overlaying it on other layers.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="360"/>
        <source>No coordinate system in the file: {crs} assumed ({reason}). {warning}.</source>
        <translation>No coordinate system in the file: {crs} assumed ({reason}). {warning}.</translation>
    </message>
    <message>
        <location filename="../../datasources/vector.py" line="364"/>
        <source>No coordinate system in the file: {crs} assumed ({reason}).</source>
        <translation>No coordinate system in the file: {crs} assumed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="129"/>
        <source>a view of the township store, not kept in the project file; it is not in the QGIS project</source>
        <translation>a view of the township store, not kept in the project file; it is not in the QGIS project</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="140"/>
        <source>holds points, lines and polygons together; QGIS shows one kind per layer</source>
        <translation>holds points, lines and polygons together; QGIS shows one kind per layer</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="158"/>
        <source>a web basemap that needs a key or a tile matrix; add it in QGIS yourself</source>
        <translation>a web basemap that needs a key or a tile matrix; add it in QGIS yourself</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_export.py" line="164"/>
        <source>a {kind} layer has no counterpart in QGIS; it is not in the QGIS project</source>
        <translation>a {kind} layer has no counterpart in QGIS; it is not in the QGIS project</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="28"/>
        <source>vector</source>
        <translation>vector</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="29"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="56"/>
        <source>the project names no coordinate system; {crs} is used</source>
        <translation>the project names no coordinate system; {crs} is used</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="90"/>
        <source>a {kind} layer of the {provider} provider (web services, databases and virtual layers are not carried over); it was left out</source>
        <translation>a {kind} layer of the {provider} provider (web services, databases and virtual layers are not carried over); it was left out</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="110"/>
        <source>its data could not be read ({reason}); it was left out</source>
        <translation>its data could not be read ({reason}); it was left out</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="114"/>
        <source>QGIS showed it only between scales 1:{max_scale} and 1:{min_scale}; it is shown at every scale</source>
        <translation>QGIS showed it only between scales 1:{max_scale} and 1:{min_scale}; it is shown at every scale</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="118"/>
        <source>its joins to other layers are not carried over</source>
        <translation>its joins to other layers are not carried over</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="120"/>
        <source>QGIS showed only the features matching the filter {subset}; all of them are shown</source>
        <translation>QGIS showed only the features matching the filter {subset}; all of them are shown</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="133"/>
        <source>its style could not be read ({reason}); a plain style is used</source>
        <translation>its style could not be read ({reason}); a plain style is used</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="140"/>
        <source>the file declares no coordinate system; {crs}, as the project says, is used</source>
        <translation>the file declares no coordinate system; {crs}, as the project says, is used</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="146"/>
        <source>its style classifies the field {field!r}, which the data do not have</source>
        <translation>its style classifies the field {field!r}, which the data do not have</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="168"/>
        <source>its {renderer} renderer is not carried over; it is drawn with one symbol</source>
        <translation>its {renderer} renderer is not carried over; it is drawn with one symbol</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="175"/>
        <source>stacked symbol layers</source>
        <translation>stacked symbol layers</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="177"/>
        <source>its symbols use {parts}, which the console draws as simple fills, lines and markers</source>
        <translation>its symbols use {parts}, which the console draws as simple fills, lines and markers</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="184"/>
        <source>its {labeling} labels are not carried over</source>
        <translation>its {labeling} labels are not carried over</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="188"/>
        <source>its labels are the expression {expression!r}, which the console cannot evaluate; they are left out</source>
        <translation>its labels are the expression {expression!r}, which the console cannot evaluate; they are left out</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="204"/>
        <source>the relief shading of a DEM; the console shades the DEM itself</source>
        <translation>the relief shading of a DEM; the console shades the DEM itself</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="207"/>
        <source>a hillshade layer is not carried over; a DEM drawn with the terrain ramp is shaded by the console</source>
        <translation>a hillshade layer is not carried over; a DEM drawn with the terrain ramp is shaded by the console</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="217"/>
        <source>its colour ramp is drawn with the console's terrain ramp</source>
        <translation>its colour ramp is drawn with the console's terrain ramp</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="222"/>
        <source>its {renderer} rendering is not carried over; band {band} is drawn</source>
        <translation>its {renderer} rendering is not carried over; band {band} is drawn</translation>
    </message>
    <message>
        <location filename="../../layers/qgis_import.py" line="235"/>
        <source>its raster could not be read ({reason}); it was left out</source>
        <translation>its raster could not be read ({reason}); it was left out</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="186"/>
        <source>the layer tree names a layer {name!r} that the project does not describe; it was left out</source>
        <translation>the layer tree names a layer {name!r} that the project does not describe; it was left out</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="240"/>
        <location filename="../../datasources/qgis_read.py" line="257"/>
        <source>its data source {source!r} is not a file the console can open</source>
        <translation>its data source {source!r} is not a file the console can open</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="269"/>
        <source>{source} is not on this computer; the file of that name beside the project was used</source>
        <translation>{source} is not on this computer; the file of that name beside the project was used</translation>
    </message>
    <message>
        <location filename="../../datasources/qgis_read.py" line="273"/>
        <source>its file {source} was not found</source>
        <translation>its file {source} was not found</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="73"/>
        <source>{name} conforms to the township data standard {version} for {kind} ({n} features, {warnings} warnings).</source>
        <extracomment>Excel keeps at most 1,048,576 rows a sheet; the findings beyond are left out of the XLSX (and said so)</extracomment>
        <translation>{name} conforms to the township data standard {version} for {kind} ({n} features, {warnings} warnings).</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/report.py" line="78"/>
        <source>{name} does not conform to the township data standard {version} for {kind}: {errors} errors, {layer_errors} about the whole layer and {rows} of {n} features with errors.</source>
        <translation>{name} does not conform to the township data standard {version} for {kind}: {errors} errors, {layer_errors} about the whole layer and {rows} of {n} features with errors.</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="189"/>
        <source>the file is larger than {mb} MB: not an alert</source>
        <extracomment>The OASIS CAP 1.2 schema itself, from the package that ships it (not a copy written here). A CAP time: date, time to the second, an explicit offset (the standard's own pattern).</extracomment>
        <translation>the file is larger than {mb} MB: not an alert</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="192"/>
        <source>the file cannot be read: {error}</source>
        <translation>the file cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="199"/>
        <source>the XML declares a DTD or entities, which an alert never needs ({what})</source>
        <translation>the XML declares a DTD or entities, which an alert never needs ({what})</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="202"/>
        <source>the XML is not well formed: {error}</source>
        <translation>the XML is not well formed: {error}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="211"/>
        <source>not a time of the form 2026-07-01T08:30:00+08:00 (an explicit offset, no Z, no fractions)</source>
        <translation>not a time of the form 2026-07-01T08:30:00+08:00 (an explicit offset, no Z, no fractions)</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="214"/>
        <source>schema: {where}: {why}</source>
        <translation>schema: {where}: {why}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="215"/>
        <source>schema: {why}</source>
        <translation>schema: {why}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="225"/>
        <source>info {i} has no expires: an alert must expire</source>
        <translation>info {i} has no expires: an alert must expire</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="231"/>
        <source>info {i} {tag} ({when}) is before sent ({sent})</source>
        <translation>info {i} {tag} ({when}) is before sent ({sent})</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="234"/>
        <source>info {i} expires before it is effective</source>
        <translation>info {i} expires before it is effective</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="236"/>
        <source>the alert has no info: nothing says when it expires</source>
        <translation>the alert has no info: nothing says when it expires</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="246"/>
        <source>{name} {text} ends in Z instead of an offset such as +08:00</source>
        <translation>{name} {text} ends in Z instead of an offset such as +08:00</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="249"/>
        <source>{name} {text} has fractions of a second</source>
        <translation>{name} {text} has fractions of a second</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="251"/>
        <source>{name} {text} is not of the form 2026-07-01T08:30:00+08:00</source>
        <translation>{name} {text} is not of the form 2026-07-01T08:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="258"/>
        <source>{name} {text} is not a real date and time</source>
        <translation>{name} {text} is not a real date and time</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="268"/>
        <location filename="../../layers/emergency/cap.py" line="271"/>
        <source>polygon {n} has a point that is not 'lat,lon'</source>
        <translation>polygon {n} has a point that is not 'lat,lon'</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="274"/>
        <source>polygon {n} has {points} points; a closed ring needs at least 4</source>
        <translation>polygon {n} has {points} points; a closed ring needs at least 4</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="277"/>
        <source>polygon {n} is not closed: its first and last points differ</source>
        <translation>polygon {n} is not closed: its first and last points differ</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap.py" line="279"/>
        <source>polygon {n} has a point outside latitude -90..90 / longitude -180..180</source>
        <translation>polygon {n} has a point outside latitude -90..90 / longitude -180..180</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap_issue.py" line="80"/>
        <source>the alert belongs to no village: give its area (a hazard layer)</source>
        <extracomment>what an index rule watches: an air or water alert is an environmental one in CAP's categories</extracomment>
        <translation>the alert belongs to no village: give its area (a hazard layer)</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/cap_issue.py" line="84"/>
        <source>village {village} has no outline in the store: give the area (a hazard layer)</source>
        <translation>village {village} has no outline in the store: give the area (a hazard layer)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="70"/>
        <source>the text encoding was not declared (no .cpg); {encoding} was assumed</source>
        <translation>the text encoding was not declared (no .cpg); {encoding} was assumed</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="74"/>
        <source>{n} features of the file have no geometry and are skipped by the reader</source>
        <translation>{n} features of the file have no geometry and are skipped by the reader</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="99"/>
        <source>the layer holds no features</source>
        <translation>the layer holds no features</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="111"/>
        <source>the layer has no geometry</source>
        <translation>the layer has no geometry</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="160"/>
        <source> (the column '{column}' may hold it: conform the file with a mapping)</source>
        <translation> (the column '{column}' may hold it: conform the file with a mapping)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="165"/>
        <source>the required field {field} ({en}, {zh}) is missing{hint}</source>
        <translation>the required field {field} ({en}, {zh}) is missing{hint}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="168"/>
        <source>the optional field {field} ({en}) is absent{hint}</source>
        <translation>the optional field {field} ({en}) is absent{hint}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="172"/>
        <source>the column {column} holds personal data, which the standard keeps out of exchanged files</source>
        <translation>the column {column} holds personal data, which the standard keeps out of exchanged files</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="175"/>
        <source>the column {column} is not in the standard for {kind}; it is left out when the file is conformed</source>
        <translation>the column {column} is not in the standard for {kind}; it is left out when the file is conformed</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="182"/>
        <source>the file declares no coordinate system and none could be inferred ({reason})</source>
        <translation>the file declares no coordinate system and none could be inferred ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="187"/>
        <source>the file declares no coordinate system (no .prj); {crs} was assumed ({reason})</source>
        <translation>the file declares no coordinate system (no .prj); {crs} was assumed ({reason})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="190"/>
        <source>the coordinate system {crs} is not one of the standard's (CGCS2000 EPSG:4490 or its Gauss-Kruger zones EPSG:4513-4554)</source>
        <translation>the coordinate system {crs} is not one of the standard's (CGCS2000 EPSG:4490 or its Gauss-Kruger zones EPSG:4513-4554)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="207"/>
        <source>{field} is required and empty</source>
        <translation>{field} is required and empty</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="211"/>
        <source>{field} is text in the standard but stored as numbers here (leading zeros of codes are lost)</source>
        <translation>{field} is text in the standard but stored as numbers here (leading zeros of codes are lost)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="219"/>
        <location filename="../../datasources/standard/checks.py" line="226"/>
        <source>{field} must be a whole number</source>
        <translation>{field} must be a whole number</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="220"/>
        <source>{field} must be a number</source>
        <translation>{field} must be a number</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="230"/>
        <source>{field} is below the least allowed value {limit} {unit}</source>
        <translation>{field} is below the least allowed value {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="234"/>
        <source>{field} is above the greatest allowed value {limit} {unit}</source>
        <translation>{field} is above the greatest allowed value {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="242"/>
        <source>{field} must be a date and time (ISO 8601, e.g. 2026-03-01T08:30:00+08:00)</source>
        <translation>{field} must be a date and time (ISO 8601, e.g. 2026-03-01T08:30:00+08:00)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="249"/>
        <source>{field} must be true or false</source>
        <translation>{field} must be true or false</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="257"/>
        <source>{field} does not have the standard's form ({pattern})</source>
        <translation>{field} does not have the standard's form ({pattern})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="261"/>
        <source>{field} must be unique; this value occurs more than once</source>
        <translation>{field} must be unique; this value occurs more than once</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="274"/>
        <source>{field}: not a code of the list {codes} ({listed})</source>
        <translation>{field}: not a code of the list {codes} ({listed})</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="279"/>
        <source>{field}: a label, not a code; the standard stores the code '{code}' (conforming translates it)</source>
        <translation>{field}: a label, not a code; the standard stores the code '{code}' (conforming translates it)</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="298"/>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="300"/>
        <source>the geometry is empty</source>
        <translation>the geometry is empty</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="303"/>
        <source>the geometry is not valid: {reason}</source>
        <translation>the geometry is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="312"/>
        <source>the standard wants {types} for {kind}</source>
        <translation>the standard wants {types} for {kind}</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="323"/>
        <source>the feature lies outside the township</source>
        <translation>the feature lies outside the township</translation>
    </message>
    <message>
        <location filename="../../datasources/standard/checks.py" line="325"/>
        <source>the feature lies outside China (its land and sea areas, coarsely outlined)</source>
        <translation>the feature lies outside China (its land and sea areas, coarsely outlined)</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/errors.py" line="21"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="55"/>
        <source>layer '{layer}' is never published ({reason})</source>
        <translation>layer '{layer}' is never published ({reason})</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="57"/>
        <source>layer '{layer}', field '{field}' holds {what}: it is never published</source>
        <translation>layer '{layer}', field '{field}' holds {what}: it is never published</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="63"/>
        <source>persons' names</source>
        <extracomment>what a refused field holds</extracomment>
        <translation>persons' names</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="64"/>
        <source>ID numbers</source>
        <translation>ID numbers</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="65"/>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="66"/>
        <source>personal data (by its name)</source>
        <translation>personal data (by its name)</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="69"/>
        <source>single incident reports are never published; publish incident_stats instead</source>
        <extracomment>why a layer is never published</extracomment>
        <translation>single incident reports are never published; publish incident_stats instead</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="71"/>
        <source>raw readings are not a map layer; publish environment_today instead</source>
        <translation>raw readings are not a map layer; publish environment_today instead</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="73"/>
        <source>a report's history is never published</source>
        <translation>a report's history is never published</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="74"/>
        <source>a report's photos are never published</source>
        <translation>a report's photos are never published</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="75"/>
        <source>accounts are never published</source>
        <translation>accounts are never published</translation>
    </message>
    <message>
        <location filename="../../layers/publishing/personal.py" line="76"/>
        <source>the audit trail is never published</source>
        <translation>the audit trail is never published</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="24"/>
        <source>Category deadlines</source>
        <translation>Category deadlines</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="26"/>
        <source>Days from the report to closing it. A change applies to reports filed from now on; the cases already open keep their due date.</source>
        <translation>Days from the report to closing it. A change applies to reports filed from now on; the cases already open keep their due date.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/deadlines_dialog.py" line="36"/>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <location filename="../../widgets/incidents/form.py" line="279"/>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="280"/>
        <source>{0} reports of the same kind were made nearby at about the same time. Is this one of them?</source>
        <translation>{0} reports of the same kind were made nearby at about the same time. Is this one of them?</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="284"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="285"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="285"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="300"/>
        <source>File anyway</source>
        <translation>File anyway</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="302"/>
        <source>Mark as duplicate of the selected</source>
        <translation>Mark as duplicate of the selected</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../console/edit_actions.py" line="79"/>
        <source>&amp;Edit</source>
        <extracomment>store kinds whose geometry another desk edits (planned sites: the planning desk) columns the store stamps or the project writes itself: never asked for a new feature</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="80"/>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="81"/>
        <source>Toggle &amp;editing</source>
        <translation>Toggle &amp;editing</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="83"/>
        <source>&amp;Save edits</source>
        <translation>&amp;Save edits</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="84"/>
        <source>Add &amp;point</source>
        <translation>Add &amp;point</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="84"/>
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="85"/>
        <source>Add p&amp;olygon</source>
        <translation>Add p&amp;olygon</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="85"/>
        <source>&amp;Move feature</source>
        <translation>&amp;Move feature</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="86"/>
        <source>&amp;Vertex tool</source>
        <translation>&amp;Vertex tool</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="89"/>
        <source>&amp;Delete selected features</source>
        <translation>&amp;Delete selected features</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="90"/>
        <location filename="../../console/edit_actions.py" line="292"/>
        <source>Undo geometry edit</source>
        <translation>Undo geometry edit</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="91"/>
        <location filename="../../console/edit_actions.py" line="293"/>
        <source>Redo geometry edit</source>
        <translation>Redo geometry edit</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="92"/>
        <source>&amp;Type a vertex…</source>
        <translation>&amp;Type a vertex…</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="93"/>
        <source>S&amp;napping</source>
        <translation>S&amp;napping</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="96"/>
        <source>Snapping &amp;tolerance…</source>
        <translation>Snapping &amp;tolerance…</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="130"/>
        <source>Choose a vector layer with geometry in the layer tree to edit it.</source>
        <translation>Choose a vector layer with geometry in the layer tree to edit it.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="133"/>
        <source>Planned sites are drawn and moved on the planning desk.</source>
        <translation>Planned sites are drawn and moved on the planning desk.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="137"/>
        <source>Log in to the store to edit its layers.</source>
        <translation>Log in to the store to edit its layers.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="148"/>
        <source>Editing {layer}</source>
        <translation>Editing {layer}</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="160"/>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="161"/>
        <source>{layer} has edits that are not saved. Save them?</source>
        <translation>{layer} has edits that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="185"/>
        <location filename="../../console/edit_actions.py" line="203"/>
        <source>Start editing a layer first.</source>
        <translation>Start editing a layer first.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="189"/>
        <source>Edits of {layer} kept; File › Save project writes them to the project file.</source>
        <translation>Edits of {layer} kept; File › Save project writes them to the project file.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="207"/>
        <source>Select the features to delete first.</source>
        <translation>Select the features to delete first.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="223"/>
        <source>Choose Add point, Add line or Add polygon first.</source>
        <translation>Choose Add point, Add line or Add polygon first.</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="240"/>
        <source>Snapping tolerance</source>
        <translation>Snapping tolerance</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="240"/>
        <source>Snap within this many pixels:</source>
        <translation>Snap within this many pixels:</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="253"/>
        <source>New feature of {layer}</source>
        <translation>New feature of {layer}</translation>
    </message>
    <message>
        <location filename="../../console/edit_actions.py" line="278"/>
        <source>The edit was not made</source>
        <translation>The edit was not made</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="65"/>
        <source>another user</source>
        <extracomment>Columns the store keeps by itself; they are not compared.</extracomment>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="67"/>
        <source>Edit conflict — {kind} #{id}</source>
        <translation>Edit conflict — {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="70"/>
        <source>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="73"/>
        <source>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</source>
        <translation>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="78"/>
        <source>Saved in the store (by {who}, version {version})</source>
        <translation>Saved in the store (by {who}, version {version})</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="81"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="81"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="92"/>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="96"/>
        <source>Keep the saved version</source>
        <translation>Keep the saved version</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="99"/>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="99"/>
        <source>Delete it anyway</source>
        <translation>Delete it anyway</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="102"/>
        <source>Discard your changes and show what is in the store.</source>
        <translation>Discard your changes and show what is in the store.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="103"/>
        <source>Save your values over the version {version}.</source>
        <translation>Save your values over the version {version}.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/conflict_dialog.py" line="129"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../layers/edit_history.py" line="32"/>
        <source>Edit {kind} #{feature_id}</source>
        <extracomment>Fields the store stamps itself; they are never copied back when a feature is restored. what a step says, an English template by action (context ``EditHistory``), filled with ``kind`` and ``feature_id``; the interface translates it and names the kind in its own words</extracomment>
        <translation>Edit {kind} #{feature_id}</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="33"/>
        <source>Add {kind} #{feature_id}</source>
        <translation>Add {kind} #{feature_id}</translation>
    </message>
    <message>
        <location filename="../../layers/edit_history.py" line="34"/>
        <source>Delete {kind} #{feature_id}</source>
        <translation>Delete {kind} #{feature_id}</translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <location filename="../../console/desks/emergency.py" line="88"/>
        <source>Live sensors</source>
        <extracomment>seconds of stored readings replayed per second (an hour of readings every three seconds)</extracomment>
        <translation>Live sensors</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="106"/>
        <source>Sensors and feed</source>
        <translation>Sensors and feed</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="112"/>
        <source>Readings and time slider</source>
        <translation>Readings and time slider</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="153"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Emergency</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="155"/>
        <source>&amp;Flood from water level…</source>
        <translation>&amp;Flood from water level…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="156"/>
        <source>&amp;Impact per village…</source>
        <translation>&amp;Impact per village…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="157"/>
        <source>&amp;Alert board</source>
        <translation>&amp;Alert board</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="162"/>
        <source>Interpolated &amp;surface</source>
        <translation>Interpolated &amp;surface</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="167"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="174"/>
        <source>&amp;Landslide warning from the rain gauges</source>
        <translation>&amp;Landslide warning from the rain gauges</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="177"/>
        <source>&amp;Warning levels…</source>
        <translation>&amp;Warning levels…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="179"/>
        <source>Live feed &amp;source…</source>
        <translation>Live feed &amp;source…</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="180"/>
        <source>&amp;Zoom to the sensors</source>
        <translation>&amp;Zoom to the sensors</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="181"/>
        <source>Back to &amp;live values</source>
        <translation>Back to &amp;live values</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="199"/>
        <source>The broker {broker} cannot be used: {error}</source>
        <translation>The broker {broker} cannot be used: {error}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="200"/>
        <source>The readings cannot be replayed: {error}</source>
        <translation>The readings cannot be replayed: {error}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="223"/>
        <source>The readings heard cannot be written to the store now; they are kept and written when it answers again. ({reason})</source>
        <translation>The readings heard cannot be written to the store now; they are kept and written when it answers again. ({reason})</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="246"/>
        <source>the replay of the stored readings</source>
        <translation>the replay of the stored readings</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency.py" line="247"/>
        <source>Live feed: {source}</source>
        <translation>Live feed: {source}</translation>
    </message>
</context>
<context>
    <name>EmergencyNames</name>
    <message>
        <location filename="../../widgets/emergency/names.py" line="15"/>
        <source>Air quality station</source>
        <translation>Air quality station</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="16"/>
        <source>Water quality station</source>
        <translation>Water quality station</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="17"/>
        <source>River level gauge</source>
        <translation>River level gauge</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="18"/>
        <source>Rain gauge</source>
        <translation>Rain gauge</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="21"/>
        <source>River level (m)</source>
        <translation>River level (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="22"/>
        <source>Rain (mm/h)</source>
        <translation>Rain (mm/h)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="23"/>
        <source>Turbidity (NTU)</source>
        <translation>Turbidity (NTU)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="24"/>
        <source>Replay of stored readings</source>
        <translation>Replay of stored readings</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="49"/>
        <source>AQI level {level}</source>
        <translation>AQI level {level}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="50"/>
        <source>Water class {name}</source>
        <translation>Water class {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="51"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="51"/>
        <source>II</source>
        <translation>II</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="52"/>
        <source>III</source>
        <translation>III</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="52"/>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="53"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="53"/>
        <source>worse than V</source>
        <translation>worse than V</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="54"/>
        <source>River normal</source>
        <translation>River normal</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="55"/>
        <source>Above the warning level</source>
        <translation>Above the warning level</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="56"/>
        <source>Above the danger level</source>
        <translation>Above the danger level</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="57"/>
        <source>No rain</source>
        <translation>No rain</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="57"/>
        <source>Light rain</source>
        <translation>Light rain</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="58"/>
        <source>Moderate rain</source>
        <translation>Moderate rain</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="58"/>
        <source>Heavy rain</source>
        <translation>Heavy rain</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="59"/>
        <source>Rainstorm</source>
        <translation>Rainstorm</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/names.py" line="60"/>
        <source>Silent longer than its interval</source>
        <translation>Silent longer than its interval</translation>
    </message>
</context>
<context>
    <name>EvaluationDesk</name>
    <message>
        <location filename="../../console/desks/evaluation.py" line="62"/>
        <source>E&amp;valuation</source>
        <extracomment>months shown when the dashboard opens: the last twelve, this one included the dashboard's share of the window's height in the bottom row (the map keeps the rest), and its least</extracomment>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="63"/>
        <source>&amp;Governance dashboard…</source>
        <translation>&amp;Governance dashboard…</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="82"/>
        <location filename="../../console/desks/evaluation.py" line="119"/>
        <location filename="../../console/desks/evaluation.py" line="226"/>
        <source>Governance dashboard</source>
        <translation>Governance dashboard</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="108"/>
        <source>Evaluating {first} to {last}</source>
        <translation>Evaluating {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="118"/>
        <source>The figures could not be read.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="142"/>
        <source>Governance: {metric}, {month}</source>
        <translation>Governance: {metric}, {month}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="144"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="172"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="184"/>
        <source>Governance {first} to {last}</source>
        <translation>Governance {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="185"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="189"/>
        <source>Writing the workbook</source>
        <translation>Writing the workbook</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="211"/>
        <source>Governance report {month}</source>
        <translation>Governance report {month}</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="219"/>
        <source>Writing the monthly report</source>
        <translation>Writing the monthly report</translation>
    </message>
    <message>
        <location filename="../../console/desks/evaluation.py" line="223"/>
        <source>Written: {name}</source>
        <translation>Written: {name}</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="139"/>
        <source>Sensor evidence</source>
        <translation>Sensor evidence</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="159"/>
        <source>Sensor evidence (within {km:g} km, ±{hours:g} h)</source>
        <translation>Sensor evidence (within {km:g} km, ±{hours:g} h)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="163"/>
        <source>The report has no point on the map, so no sensors can be near it.</source>
        <translation>The report has no point on the map, so no sensors can be near it.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="178"/>
        <source>No sensor of the right kind within {km:g} km.</source>
        <translation>No sensor of the right kind within {km:g} km.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="183"/>
        <source>{count} readings from {sensors}</source>
        <translation>{count} readings from {sensors}</translation>
    </message>
</context>
<context>
    <name>EvidenceChart</name>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="103"/>
        <source>No sensors within {radius} m of the report.</source>
        <translation>No sensors within {radius} m of the report.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="108"/>
        <source>{count} sensors within {radius} m, but none has readings within the hours around the report.</source>
        <translation>{count} sensors within {radius} m, but none has readings within the hours around the report.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="152"/>
        <source>Readings {before} h before to {after} h after the report (dashed line), local time. Sensors within {radius} m: {sensors}.</source>
        <translation>Readings {before} h before to {after} h after the report (dashed line), local time. Sensors within {radius} m: {sensors}.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="159"/>
        <source>Dissolved oxygen</source>
        <translation>Dissolved oxygen</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="159"/>
        <source>Permanganate index</source>
        <translation>Permanganate index</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="160"/>
        <source>Ammonia nitrogen</source>
        <translation>Ammonia nitrogen</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="160"/>
        <source>Total phosphorus</source>
        <translation>Total phosphorus</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="161"/>
        <source>Turbidity</source>
        <translation>Turbidity</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="161"/>
        <source>Fine particles</source>
        <translation>Fine particles</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="162"/>
        <source>Inhalable particles</source>
        <translation>Inhalable particles</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="162"/>
        <source>Nitrogen dioxide</source>
        <translation>Nitrogen dioxide</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="163"/>
        <source>Ozone</source>
        <translation>Ozone</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="163"/>
        <source>Sulphur dioxide</source>
        <translation>Sulphur dioxide</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="164"/>
        <source>Carbon monoxide</source>
        <translation>Carbon monoxide</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="164"/>
        <source>Rainfall</source>
        <translation>Rainfall</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="165"/>
        <source>Water level</source>
        <translation>Water level</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="227"/>
        <source>Report {time}</source>
        <translation>Report {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="252"/>
        <source>{standard} IAQI {level}: {sign} {value}</source>
        <translation>{standard} IAQI {level}: {sign} {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="254"/>
        <source>{standard} class {level}, rivers: {sign} {value} {unit}</source>
        <translation>{standard} class {level}, rivers: {sign} {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/evidence_chart.py" line="256"/>
        <source>{standard} class {level}: {sign} {value} {unit}</source>
        <translation>{standard} class {level}: {sign} {value} {unit}</translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="57"/>
        <source>Last reading</source>
        <translation>Last reading</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Messages/s</source>
        <translation>Messages/s</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="63"/>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="64"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="64"/>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="69"/>
        <source>Feed health</source>
        <translation>Feed health</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="118"/>
        <source>(silent)</source>
        <translation>(silent)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="159"/>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="159"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="161"/>
        <source>since {time}</source>
        <translation>since {time}</translation>
    </message>
</context>
<context>
    <name>FeedSourceDialog</name>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="37"/>
        <source>Live feed source</source>
        <translation>Live feed source</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="39"/>
        <source>Replay the readings kept in the store</source>
        <translation>Replay the readings kept in the store</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="40"/>
        <source>Listen to an MQTT broker (SensorThings observations)</source>
        <translation>Listen to an MQTT broker (SensorThings observations)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="46"/>
        <source>Write the readings heard to the store</source>
        <translation>Write the readings heard to the store</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="50"/>
        <source>Your role may not write sensor readings</source>
        <translation>Your role may not write sensor readings</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="57"/>
        <source>Broker address</source>
        <translation>Broker address</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="58"/>
        <source>Topic of issued CAP messages</source>
        <translation>Topic of issued CAP messages</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="64"/>
        <source>Use this source</source>
        <translation>Use this source</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="94"/>
        <source>A topic to publish to has no # or + and does not start with $.</source>
        <translation>A topic to publish to has no # or + and does not start with $.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_source_dialog.py" line="96"/>
        <source>Not an MQTT broker address: write mqtt://host:port, for example mqtt://192.168.1.20:1883.</source>
        <translation>Not an MQTT broker address: write mqtt://host:port, for example mqtt://192.168.1.20:1883.</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="188"/>
        <source>Feed: starting</source>
        <translation>Feed: starting</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="195"/>
        <source>Feed down since {time}</source>
        <translation>Feed down since {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/feed_panel.py" line="201"/>
        <source>Feed up: {rate} messages/s</source>
        <translation>Feed up: {rate} messages/s</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../console/file_actions.py" line="53"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="54"/>
        <source>Data ({patterns});;All files (*)</source>
        <translation>Data ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="68"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="153"/>
        <source>CRS {crs} was assumed ({why})</source>
        <translation>CRS {crs} was assumed ({why})</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="154"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="156"/>
        <source>text encoding {enc} was guessed</source>
        <translation>text encoding {enc} was guessed</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="132"/>
        <location filename="../../console/file_actions.py" line="159"/>
        <source>{n} feature(s) flagged with geometry problems</source>
        <translation>{n} feature(s) flagged with geometry problems</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="133"/>
        <location filename="../../console/file_actions.py" line="162"/>
        <source>Check them in the layer's properties.</source>
        <translation>Check them in the layer's properties.</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="188"/>
        <source>Reloading</source>
        <translation>Reloading</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="118"/>
        <source>Checking geometry</source>
        <translation>Checking geometry</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="104"/>
        <source>{names} lies outside the view you had; the map now shows it.</source>
        <translation>{names} lies outside the view you had; the map now shows it.</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="212"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="213"/>
        <location filename="../../console/file_actions.py" line="266"/>
        <source>Township project (*.gpkg)</source>
        <translation>Township project (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="233"/>
        <source>Opening project</source>
        <translation>Opening project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="242"/>
        <source>Notes on opening the project: {count}; see Details.</source>
        <translation>Notes on opening the project: {count}; see Details.</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="249"/>
        <source>The project's basemap “{name}” downloads map tiles from {host}. Only tiles already on this computer are shown until you allow it.</source>
        <translation>The project's basemap “{name}” downloads map tiles from {host}. Only tiles already on this computer are shown until you allow it.</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="252"/>
        <source>Allow {host}</source>
        <translation>Allow {host}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="265"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="278"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="281"/>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="289"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="290"/>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>The project has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>FilterError</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="76"/>
        <source>cannot read the filter at character {pos}: {text}</source>
        <translation>cannot read the filter at character {pos}: {text}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="77"/>
        <source>unexpected {token} in the filter</source>
        <translation>unexpected {token} in the filter</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="78"/>
        <source>expected {what} but the filter ends</source>
        <translation>expected {what} but the filter ends</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="79"/>
        <source>expected {what} but found {found}</source>
        <translation>expected {what} but found {found}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="80"/>
        <source>no column named {name}</source>
        <translation>no column named {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="81"/>
        <source>{op} is not a comparison</source>
        <translation>{op} is not a comparison</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="82"/>
        <source>cannot compare column {column} with {value}</source>
        <translation>cannot compare column {column} with {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>a column name</source>
        <translation>a column name</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="85"/>
        <source>')'</source>
        <translation>')'</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="86"/>
        <source>'('</source>
        <translation>'('</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="86"/>
        <source>'null'</source>
        <translation>'null'</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="87"/>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, contains, is null)</source>
        <translation>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, contains, is null)</translation>
    </message>
    <message>
        <location filename="../../layers/expression.py" line="159"/>
        <source>the filter nests brackets or 'not' more than {limit} deep</source>
        <extracomment>How deep brackets and ``not`` may nest: far beyond any real filter, far below Python's recursion limit. what the parser expected (the ``what`` of "expected {what} but found {found}")</extracomment>
        <translation>the filter nests brackets or 'not' more than {limit} deep</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="27"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="28"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="29"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="30"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="31"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="32"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="59"/>
        <source>layer</source>
        <translation>layer</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="137"/>
        <source>First administrator — {store}</source>
        <translation>First administrator — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="139"/>
        <source>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else's accounts. Keep the password safe; it cannot be read back from the store.</source>
        <translation>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else's accounts. Keep the password safe; it cannot be read back from the store.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="146"/>
        <source>At least {n} characters</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="148"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="149"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="150"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="151"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="152"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="163"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="165"/>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="167"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="180"/>
        <source>Could not create the administrator: {reason}</source>
        <translation>Could not create the administrator: {reason}</translation>
    </message>
</context>
<context>
    <name>FloodDialog</name>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="24"/>
        <source>Flood from water level</source>
        <translation>Flood from water level</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="44"/>
        <source>River gauge</source>
        <translation>River gauge</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="45"/>
        <source>Water surface (m above sea level)</source>
        <translation>Water surface (m above sea level)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="53"/>
        <source>No river gauge: type the water surface.</source>
        <translation>No river gauge: type the water surface.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="58"/>
        <source>The gauge's datum is unknown: type the water surface.</source>
        <translation>The gauge's datum is unknown: type the water surface.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/flood_dialog.py" line="62"/>
        <source>Datum {datum} m; warning {warning} m, danger {danger} m above it; latest stage {stage}.</source>
        <translation>Datum {datum} m; warning {warning} m, danger {danger} m above it; latest stage {stage}.</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <location filename="../../widgets/evaluation/frame_model.py" line="40"/>
        <source>Township total</source>
        <translation>Township total</translation>
    </message>
</context>
<context>
    <name>GovernanceDashboard</name>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="67"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="75"/>
        <source>Colour the map</source>
        <translation>Colour the map</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="77"/>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="79"/>
        <source>Monthly PDF…</source>
        <translation>Monthly PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="82"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="82"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="83"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="84"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="103"/>
        <source>Villages this month</source>
        <translation>Villages this month</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="104"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="105"/>
        <source>Services coverage</source>
        <translation>Services coverage</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="122"/>
        <source>Choose the months and press Refresh.</source>
        <translation>Choose the months and press Refresh.</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="142"/>
        <source>The range ends before it starts: give the earlier month first.</source>
        <translation>The range ends before it starts: give the earlier month first.</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="145"/>
        <source>Reading the store…</source>
        <translation>Reading the store…</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="179"/>
        <source>Coverage: {note}</source>
        <translation>Coverage: {note}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="183"/>
        <source>{n} villages, {first} to {last}. Double-click a village for its page.</source>
        <translation>{n} villages, {first} to {last}. Double-click a village for its page.</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="204"/>
        <source>Township total</source>
        <translation>Township total</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/dashboard.py" line="214"/>
        <source>Reports: {who}</source>
        <translation>Reports: {who}</translation>
    </message>
</context>
<context>
    <name>HazardActions</name>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="72"/>
        <source>A flood needs the elevation (DEM) and the rivers on the map: open the township project first.</source>
        <translation>A flood needs the elevation (DEM) and the rivers on the map: open the township project first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="75"/>
        <source>Computing the flood</source>
        <translation>Computing the flood</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="84"/>
        <source>Nothing floods at {level} m: the lowest river cell is at {lowest} m.</source>
        <translation>Nothing floods at {level} m: the lowest river cell is at {lowest} m.</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="87"/>
        <source>Flood at {level} m</source>
        <translation>Flood at {level} m</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="89"/>
        <source>Flooded at {level} m: {area} km²</source>
        <translation>Flooded at {level} m: {area} km²</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="108"/>
        <source>No hazard on the map: compute a flood or open a layer of hazard areas first.</source>
        <translation>No hazard on the map: compute a flood or open a layer of hazard areas first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="111"/>
        <location filename="../../console/desks/emergency_hazards.py" line="128"/>
        <location filename="../../console/desks/emergency_hazards.py" line="149"/>
        <source>Impact per village</source>
        <translation>Impact per village</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="112"/>
        <source>Hazard layer</source>
        <translation>Hazard layer</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="134"/>
        <source>The impact needs the households on the map: open the township project first.</source>
        <translation>The impact needs the households on the map: open the township project first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="138"/>
        <source>Impact of {hazard} per village</source>
        <translation>Impact of {hazard} per village</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="147"/>
        <source>Impact table written to {path}</source>
        <translation>Impact table written to {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="166"/>
        <source>Shelters ({hazard})</source>
        <translation>Shelters ({hazard})</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="167"/>
        <source>Affected households ({hazard})</source>
        <translation>Affected households ({hazard})</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="169"/>
        <source>Routes to shelters ({hazard})</source>
        <translation>Routes to shelters ({hazard})</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="188"/>
        <location filename="../../console/desks/emergency_hazards.py" line="194"/>
        <location filename="../../console/desks/emergency_hazards.py" line="208"/>
        <source>Landslide warning</source>
        <translation>Landslide warning</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="196"/>
        <source>Landslide warning from the rain gauges</source>
        <translation>Landslide warning from the rain gauges</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="203"/>
        <source>No rain gauge has reported rain yet: the landslide warning needs their readings.</source>
        <translation>No rain gauge has reported rain yet: the landslide warning needs their readings.</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="206"/>
        <source>The store has no landslide zones (hazard zones of the kind landslide).</source>
        <translation>The store has no landslide zones (hazard zones of the kind landslide).</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="220"/>
        <source>Landslide warning: no zone has reached a warning level ({n} zones).</source>
        <translation>Landslide warning: no zone has reached a warning level ({n} zones).</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="222"/>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="223"/>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_hazards.py" line="225"/>
        <source>Landslide warning: {zones}</source>
        <translation>Landslide warning: {zones}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="108"/>
        <source>Times in {zone}</source>
        <translation>Times in {zone}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="115"/>
        <source>(to {0})</source>
        <translation>(to {0})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="117"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/identify_panel.py" line="20"/>
        <source>Feature / field</source>
        <translation>Feature / field</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="20"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="34"/>
        <source>{n} feature(s)</source>
        <translation>{n} feature(s)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="49"/>
        <source>band {b}</source>
        <translation>band {b}</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="64"/>
        <source>The last 48 hours</source>
        <translation>The last 48 hours</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="208"/>
        <source>Console locked</source>
        <translation>Console locked</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="211"/>
        <source>The console was locked after {minutes} minutes without use. Enter the password to go on.</source>
        <translation>The console was locked after {minutes} minutes without use. Enter the password to go on.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="213"/>
        <source>The console is locked. Enter the password to go on.</source>
        <translation>The console is locked. Enter the password to go on.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="219"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="221"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="224"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="233"/>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="51"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="52"/>
        <source>Export Excel (XLSX)…</source>
        <translation>Export Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="92"/>
        <source>{hazard}: {households} households, {people} people to move; {places} shelter places outside the hazard.</source>
        <translation>{hazard}: {households} households, {people} people to move; {places} shelter places outside the hazard.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="97"/>
        <source>Short of {n} places.</source>
        <translation>Short of {n} places.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="102"/>
        <source>Export the impact per village</source>
        <translation>Export the impact per village</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="103"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/impact_panel.py" line="103"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <location filename="../../console/desks/incidents.py" line="82"/>
        <source>Incident queue</source>
        <translation>Incident queue</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="83"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="117"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="120"/>
        <source>&amp;New report…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="121"/>
        <source>File report by &amp;clicking on the map</source>
        <translation>File report by &amp;clicking on the map</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="122"/>
        <source>&amp;Import CSV/Excel…</source>
        <translation>&amp;Import CSV/Excel…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="123"/>
        <source>Import &amp;Open311 (JSON/XML)…</source>
        <translation>Import &amp;Open311 (JSON/XML)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="129"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="130"/>
        <source>Open311 GeoReport v2 (JSON)…</source>
        <translation>Open311 GeoReport v2 (JSON)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="131"/>
        <source>Open311 GeoReport v2 (XML)…</source>
        <translation>Open311 GeoReport v2 (XML)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="132"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="132"/>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="137"/>
        <source>&amp;Village performance…</source>
        <translation>&amp;Village performance…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="138"/>
        <source>Category &amp;deadlines…</source>
        <translation>Category &amp;deadlines…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="141"/>
        <source>Co&amp;rrect report…</source>
        <translation>Co&amp;rrect report…</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="200"/>
        <source>Click the place of the report on the map</source>
        <translation>Click the place of the report on the map</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="236"/>
        <source>Filed report {0}</source>
        <translation>Filed report {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="243"/>
        <location filename="../../console/desks/incidents.py" line="345"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="244"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>Why do you need the reporter's personal data? (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="260"/>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="261"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="275"/>
        <location filename="../../console/desks/incidents.py" line="291"/>
        <source>Imported {0} reports from {1}</source>
        <translation>Imported {0} reports from {1}</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="282"/>
        <source>Import Open311 requests</source>
        <translation>Import Open311 requests</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="283"/>
        <source>Open311 GeoReport v2 (*.json *.xml)</source>
        <translation>Open311 GeoReport v2 (*.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="293"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="294"/>
        <source>{0} requests were left out.</source>
        <translation>{0} requests were left out.</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="311"/>
        <source>Importing reports</source>
        <translation>Importing reports</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="318"/>
        <source>Export reports</source>
        <translation>Export reports</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="346"/>
        <source>Include the reporters' names, phone and ID numbers? The file will hold residents' personal data; the export is recorded.</source>
        <translation>Include the reporters' names, phone and ID numbers? The file will hold residents' personal data; the export is recorded.</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="357"/>
        <source>Exported {0} reports to {1}</source>
        <translation>Exported {0} reports to {1}</translation>
    </message>
    <message>
        <location filename="../../console/desks/incidents.py" line="396"/>
        <source>Select a report to correct first.</source>
        <translation>Select a report to correct first.</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="79"/>
        <source>Select a report in the queue or on the map.</source>
        <extracomment>people and teams offered when assigning (the desk keeps it up to date)</extracomment>
        <translation>Select a report in the queue or on the map.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="95"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="95"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="96"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="96"/>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="97"/>
        <source>Time to close</source>
        <translation>Time to close</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="97"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="98"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="98"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="99"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="99"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="100"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="106"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="108"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="109"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="112"/>
        <source>Show personal data…</source>
        <translation>Show personal data…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="113"/>
        <source>Asks why; the reason is kept in the audit log</source>
        <translation>Asks why; the reason is kept in the audit log</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="116"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="119"/>
        <source>This case is finished; nothing may follow.</source>
        <translation>This case is finished; nothing may follow.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="122"/>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="124"/>
        <source>Add photo…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="143"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="148"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="150"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="228"/>
        <source>(overdue {0})</source>
        <translation>(overdue {0})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="245"/>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="267"/>
        <location filename="../../widgets/incidents/detail.py" line="271"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="269"/>
        <source>Back to verified…</source>
        <translation>Back to verified…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="273"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="275"/>
        <source>Change the status to “{0}”</source>
        <translation>Change the status to “{0}”</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="301"/>
        <source>{case}: {step}</source>
        <translation>{case}: {step}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="304"/>
        <source>Note (why; kept in the case's history):</source>
        <translation>Note (why; kept in the case's history):</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="310"/>
        <source>Assign to (person or team):</source>
        <translation>Assign to (person or team):</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="315"/>
        <source>Case number of the original report:</source>
        <translation>Case number of the original report:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="320"/>
        <source>No report has the case number {0}.</source>
        <translation>No report has the case number {0}.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="375"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="375"/>
        <source>Note (kept in the case's history):</source>
        <translation>Note (kept in the case's history):</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="390"/>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail.py" line="390"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/form.py" line="87"/>
        <source>New report</source>
        <extracomment>sources a person filing a report by hand chooses from</extracomment>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="92"/>
        <source>In a few words, e.g. 路灯不亮</source>
        <translation>In a few words, e.g. 路灯不亮</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="94"/>
        <source>What, where exactly, since when</source>
        <translation>What, where exactly, since when</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="106"/>
        <source>Map ({0})</source>
        <translation>Map ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="107"/>
        <source>Store ({0})</source>
        <translation>Store ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="108"/>
        <source>Longitude/latitude, CGCS2000 (EPSG:4490)</source>
        <translation>Longitude/latitude, CGCS2000 (EPSG:4490)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="109"/>
        <source>Longitude/latitude, WGS 84 (EPSG:4326)</source>
        <translation>Longitude/latitude, WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="112"/>
        <source>x or longitude, e.g. 120°05'30"E</source>
        <translation>x or longitude, e.g. 120°05'30"E</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="113"/>
        <source>y or latitude, e.g. 29.9512</source>
        <translation>y or latitude, e.g. 29.9512</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="118"/>
        <source>Street, house number, landmark</source>
        <translation>Street, house number, landmark</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="120"/>
        <source>(the village containing the point)</source>
        <translation>(the village containing the point)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="125"/>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="127"/>
        <source>18-character resident ID number</source>
        <translation>18-character resident ID number</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="137"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="138"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="139"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="140"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="141"/>
        <source>Came in by</source>
        <translation>Came in by</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="142"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="147"/>
        <source>x / lon, y / lat</source>
        <translation>x / lon, y / lat</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="148"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="149"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="150"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="151"/>
        <source>Reporter (optional; stored encrypted)</source>
        <translation>Reporter (optional; stored encrypted)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="154"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="155"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="158"/>
        <source>File report</source>
        <translation>File report</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="185"/>
        <source>the coordinates are outside the area of {0}</source>
        <translation>the coordinates are outside the area of {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="192"/>
        <source>Give a title or a description.</source>
        <translation>Give a title or a description.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="195"/>
        <source>Coordinates: {0}</source>
        <translation>Coordinates: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="197"/>
        <source>Give the place: click on the map, type coordinates or an address.</source>
        <translation>Give the place: click on the map, type coordinates or an address.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="199"/>
        <source>Without coordinates, choose the village.</source>
        <translation>Without coordinates, choose the village.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="202"/>
        <source>The mobile number must have 11 digits and start with 13–19.</source>
        <translation>The mobile number must have 11 digits and start with 13–19.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="205"/>
        <source>The ID number must have 18 characters and a valid check character (the last one).</source>
        <translation>The ID number must have 18 characters and a valid check character (the last one).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/form.py" line="251"/>
        <source>Same as an earlier report (found on intake)</source>
        <translation>Same as an earlier report (found on intake)</translation>
    </message>
</context>
<context>
    <name>IncidentHistory</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="76"/>
        <source>imported as {status} ({source})</source>
        <translation>imported as {status} ({source})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="78"/>
        <source>reported ({source})</source>
        <translation>reported ({source})</translation>
    </message>
</context>
<context>
    <name>IncidentLegend</name>
    <message>
        <location filename="../../widgets/incidents/items.py" line="301"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>IncidentQueue</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="88"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="91"/>
        <source>{0} d</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="92"/>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="87"/>
        <source>Search case number, title, description, address</source>
        <translation>Search case number, title, description, address</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="91"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="94"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="99"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="100"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="103"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="124"/>
        <source>Show only reports in this status (several may be chosen)</source>
        <translation>Show only reports in this status (several may be chosen)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="163"/>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue.py" line="208"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="38"/>
        <source>Any age</source>
        <extracomment>age filter presets (days from, days to, label)</extracomment>
        <translation>Any age</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="39"/>
        <source>Under 1 day</source>
        <translation>Under 1 day</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="40"/>
        <source>1–3 days</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="41"/>
        <source>3–7 days</source>
        <translation>3–7 days</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="42"/>
        <source>1–4 weeks</source>
        <translation>1–4 weeks</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="43"/>
        <source>Over 30 days</source>
        <translation>Over 30 days</translation>
    </message>
</context>
<context>
    <name>IncidentQueueModel</name>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="27"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="29"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="30"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="31"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="32"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="33"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="34"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="269"/>
        <source>Reported at {time} ({zone})</source>
        <translation>Reported at {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="272"/>
        <source>Due by {time} ({zone})</source>
        <translation>Due by {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="291"/>
        <source>overdue {0}</source>
        <translation>overdue {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/queue_model.py" line="292"/>
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../../widgets/incidents/names.py" line="23"/>
        <source>Verify</source>
        <extracomment>what the button that moves a report to a status says</extracomment>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="24"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="25"/>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="26"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="27"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="28"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="29"/>
        <source>Mark duplicate</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/names.py" line="30"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="340"/>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="335"/>
        <location filename="../../widgets/layer_tree.py" line="342"/>
        <source>Open attribute table</source>
        <translation>Open attribute table</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="343"/>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="344"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="337"/>
        <location filename="../../widgets/layer_tree.py" line="351"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="144"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="146"/>
        <source>Tables without geometry: open them as attribute tables; they are not drawn on the map</source>
        <translation>Tables without geometry: open them as attribute tables; they are not drawn on the map</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../widgets/symbols.py" line="89"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>LibraryError</name>
    <message>
        <location filename="../../datasources/library_text.py" line="23"/>
        <source>the cause is given under Details</source>
        <extracomment>parameters of a DataSourceError that carry a library's own text, not words of ours</extracomment>
        <translation>the cause is given under Details</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="25"/>
        <source>something unexpected went wrong; Details shows what was reported</source>
        <translation>something unexpected went wrong; Details shows what was reported</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="29"/>
        <location filename="../../datasources/library_text.py" line="62"/>
        <source>the file or folder cannot be found</source>
        <translation>the file or folder cannot be found</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="30"/>
        <location filename="../../datasources/library_text.py" line="31"/>
        <location filename="../../datasources/library_text.py" line="56"/>
        <source>you have no permission to use this file or folder</source>
        <translation>you have no permission to use this file or folder</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="32"/>
        <location filename="../../datasources/library_text.py" line="33"/>
        <location filename="../../datasources/library_text.py" line="54"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="34"/>
        <location filename="../../datasources/library_text.py" line="52"/>
        <source>the disk or folder can only be read, not written</source>
        <translation>the disk or folder can only be read, not written</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="35"/>
        <location filename="../../datasources/library_text.py" line="57"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="36"/>
        <location filename="../../datasources/library_text.py" line="58"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="37"/>
        <location filename="../../datasources/library_text.py" line="64"/>
        <source>the disk reported a read or write error</source>
        <translation>the disk reported a read or write error</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="38"/>
        <source>the file name or path is too long</source>
        <translation>the file name or path is too long</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="39"/>
        <location filename="../../datasources/library_text.py" line="87"/>
        <source>too many files are open at once</source>
        <translation>too many files are open at once</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="40"/>
        <location filename="../../datasources/library_text.py" line="83"/>
        <source>there is not enough memory</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="46"/>
        <source>the database inside the file is damaged</source>
        <extracomment>(what the libraries say, the sentence a person needs), the more particular first</extracomment>
        <translation>the database inside the file is damaged</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="48"/>
        <source>the file is not a database, or it is encrypted</source>
        <translation>the file is not a database, or it is encrypted</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="50"/>
        <source>another program is using the database; close it and try again</source>
        <translation>another program is using the database; close it and try again</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="60"/>
        <source>the database file cannot be opened: its folder is missing or not writable</source>
        <translation>the database file cannot be opened: its folder is missing or not writable</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="67"/>
        <source>the coordinate reference system is not one the program knows</source>
        <translation>the coordinate reference system is not one the program knows</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="70"/>
        <source>the file is not in a format the program recognises</source>
        <translation>the file is not in a format the program recognises</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="73"/>
        <source>the compressed data is damaged</source>
        <translation>the compressed data is damaged</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="76"/>
        <source>the file is cut short or damaged</source>
        <translation>the file is cut short or damaged</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="78"/>
        <source>the text cannot be decoded with the encoding chosen</source>
        <translation>the text cannot be decoded with the encoding chosen</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="81"/>
        <source>the text of the file is not well-formed</source>
        <translation>the text of the file is not well-formed</translation>
    </message>
    <message>
        <location filename="../../datasources/library_text.py" line="86"/>
        <source>the server cannot be reached</source>
        <translation>the server cannot be reached</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="63"/>
        <source>This workstation has made too many login attempts. Wait a minute and try again.</source>
        <translation>This workstation has made too many login attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="67"/>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>The user name or the password is wrong. Check both and try again.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="71"/>
        <source>This account cannot log in now.</source>
        <translation>This account cannot log in now.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="99"/>
        <source>Log in — {store}</source>
        <translation>Log in — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="102"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="103"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="104"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="110"/>
        <source>Log in to the township store {store}.</source>
        <translation>Log in to the township store {store}.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/login_dialog.py" line="117"/>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="86"/>
        <source>Layers</source>
        <extracomment>what the desks are lent (:class:`~console.workbench.Workbench`), and the map tools they brought the desks (:data:`console.desks.DESKS`) by name; each builds itself when someone logs in</extracomment>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="88"/>
        <location filename="../../console/main_window.py" line="144"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="93"/>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="117"/>
        <source>&amp;Open data…</source>
        <translation>&amp;Open data…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="118"/>
        <source>Open &amp;project…</source>
        <translation>Open &amp;project…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="119"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="121"/>
        <source>Add &amp;basemap (MBTiles)…</source>
        <translation>Add &amp;basemap (MBTiles)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="122"/>
        <source>Add &amp;web basemap (XYZ/WMTS)…</source>
        <translation>Add &amp;web basemap (XYZ/WMTS)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="125"/>
        <source>&amp;Save project</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="126"/>
        <source>Save project &amp;as…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="129"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="136"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="138"/>
        <source>Map tools</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="144"/>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="145"/>
        <source>Select by rectangle</source>
        <translation>Select by rectangle</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="146"/>
        <source>Select by polygon</source>
        <translation>Select by polygon</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="148"/>
        <source>Measure area</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>Full extent</source>
        <translation>Full extent</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="218"/>
        <source>Measured: {result}</source>
        <translation>Measured: {result}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="244"/>
        <source>{count} features selected in {layer}</source>
        <translation>{count} features selected in {layer}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="277"/>
        <source>Add basemap</source>
        <translation>Add basemap</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="278"/>
        <source>MBTiles basemaps (*.mbtiles)</source>
        <translation>MBTiles basemaps (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="369"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="371"/>
        <source>Township Console</source>
        <translation>Township Console</translation>
    </message>
</context>
<context>
    <name>MapStatus</name>
    <message>
        <location filename="../../widgets/map_status.py" line="36"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="65"/>
        <source>Type a scale such as 1:10000</source>
        <translation>Type a scale such as 1:10000</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="74"/>
        <source>Project CRS</source>
        <translation>Project CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="75"/>
        <source>Draw the map in:</source>
        <translation>Draw the map in:</translation>
    </message>
    <message>
        <location filename="../../widgets/map_status.py" line="86"/>
        <source>Unknown CRS: {crs}</source>
        <translation>Unknown CRS: {crs}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/message_bar.py" line="40"/>
        <location filename="../../widgets/message_bar.py" line="99"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="49"/>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="84"/>
        <source>{context}: {message}</source>
        <translation>{context}: {message}</translation>
    </message>
    <message>
        <location filename="../../widgets/message_bar.py" line="86"/>
        <source>Original message: {text}</source>
        <translation>Original message: {text}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="55"/>
        <source>No photos yet.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="76"/>
        <source>{name} — added {time} by {user}</source>
        <translation>{name} — added {time} by {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/detail_parts.py" line="87"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="33"/>
        <source>Keep a scenario first: a plan is a kept scenario.</source>
        <translation>Keep a scenario first: a plan is a kept scenario.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="38"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="73"/>
        <source>Exporting a plan</source>
        <translation>Exporting a plan</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="79"/>
        <location filename="../../console/plan_cli.py" line="131"/>
        <source>Plan {name}</source>
        <translation>Plan {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="85"/>
        <location filename="../../console/plan_cli.py" line="135"/>
        <source>Township store: planned sites and scenario {name}; households, DEM</source>
        <translation>Township store: planned sites and scenario {name}; households, DEM</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="97"/>
        <source>Plan {name} written: {files}</source>
        <translation>Plan {name} written: {files}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_plan.py" line="103"/>
        <source>Writing the plan summary</source>
        <translation>Writing the plan summary</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="113"/>
        <location filename="../../widgets/planning/scenario_views.py" line="140"/>
        <source>Export a plan</source>
        <translation>Export a plan</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="118"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="119"/>
        <source>Make its sites the proposed sites in the store</source>
        <translation>Make its sites the proposed sites in the store</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="124"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="128"/>
        <source>GeoPackage of the sites</source>
        <translation>GeoPackage of the sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="129"/>
        <source>The coverage per village (CSV) and the one-page summary (PDF) are written beside it, with the same name.</source>
        <translation>The coverage per village (CSV) and the one-page summary (PDF) are written beside it, with the same name.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="141"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="35"/>
        <source>Sites</source>
        <extracomment>villages named one by one in the page's table (the others are added up in one row)</extracomment>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="36"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="52"/>
        <source>Scenario {name}</source>
        <translation>Scenario {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="54"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="57"/>
        <source>coverage</source>
        <translation>coverage</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="72"/>
        <source>Sites in the plan</source>
        <translation>Sites in the plan</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="73"/>
        <source>Cost of the sites</source>
        <translation>Cost of the sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="74"/>
        <source>Persons covered</source>
        <translation>Persons covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="75"/>
        <source>Share covered</source>
        <translation>Share covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="76"/>
        <source>Households not covered</source>
        <translation>Households not covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="85"/>
        <source>{n} other villages</source>
        <translation>{n} other villages</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="106"/>
        <source>Coverage per village</source>
        <translation>Coverage per village</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/plan_summary.py" line="107"/>
        <source>Plan summary: sites, coverage and cost</source>
        <translation>Plan summary: sites, coverage and cost</translation>
    </message>
</context>
<context>
    <name>PlanningDesk</name>
    <message>
        <location filename="../../console/desks/planning.py" line="88"/>
        <source>Coverage per village</source>
        <translation>Coverage per village</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="89"/>
        <source>&amp;Add a planned site</source>
        <translation>&amp;Add a planned site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="90"/>
        <source>&amp;Move a planned site</source>
        <translation>&amp;Move a planned site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="95"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="96"/>
        <source>&amp;Edit the selected site…</source>
        <translation>&amp;Edit the selected site…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="97"/>
        <source>&amp;Delete the selected site</source>
        <translation>&amp;Delete the selected site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="98"/>
        <source>&amp;Undo the last site edit</source>
        <translation>&amp;Undo the last site edit</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="99"/>
        <source>&amp;Redo the site edit</source>
        <translation>&amp;Redo the site edit</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="100"/>
        <source>&amp;Viewshed of the selected site</source>
        <translation>&amp;Viewshed of the selected site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="101"/>
        <source>&amp;Signal levels of the selected site</source>
        <translation>&amp;Signal levels of the selected site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="102"/>
        <source>&amp;Coverage of all planned sites</source>
        <translation>&amp;Coverage of all planned sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="103"/>
        <source>&amp;Choose the best sites…</source>
        <translation>&amp;Choose the best sites…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="104"/>
        <source>Coverage per &amp;village</source>
        <translation>Coverage per &amp;village</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="105"/>
        <source>C&amp;lear the coverage</source>
        <translation>C&amp;lear the coverage</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="106"/>
        <source>&amp;Gap map per village</source>
        <translation>&amp;Gap map per village</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="107"/>
        <source>Gap map per &amp;hexagon</source>
        <translation>Gap map per &amp;hexagon</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="108"/>
        <source>&amp;Keep the sites as a scenario…</source>
        <translation>&amp;Keep the sites as a scenario…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="109"/>
        <source>Co&amp;mpare two scenarios…</source>
        <translation>Co&amp;mpare two scenarios…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="120"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="127"/>
        <source>Only a planner may edit planned sites.</source>
        <translation>Only a planner may edit planned sites.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="184"/>
        <source>Open an elevation raster (DEM) first: coverage follows the terrain.</source>
        <translation>Open an elevation raster (DEM) first: coverage follows the terrain.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="198"/>
        <location filename="../../console/desks/planning_signal.py" line="27"/>
        <source>Select a planned site first (Move site picks one).</source>
        <translation>Select a planned site first (Move site picks one).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="61"/>
        <source>households_not_covered</source>
        <translation>households_not_covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="63"/>
        <source>Export the households not covered</source>
        <translation>Export the households not covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="64"/>
        <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="82"/>
        <source>{n} households not covered written to {path}</source>
        <translation>{n} households not covered written to {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="152"/>
        <location filename="../../console/desks/planning.py" line="202"/>
        <source>Viewshed of {name}</source>
        <translation>Viewshed of {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="212"/>
        <source>There are no planned sites yet: add one on the map.</source>
        <translation>There are no planned sites yet: add one on the map.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="215"/>
        <source>Coverage of all planned sites</source>
        <translation>Coverage of all planned sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="263"/>
        <source>{title}: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%), {households:,} households not covered.</source>
        <translation>{title}: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%), {households:,} households not covered.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="331"/>
        <location filename="../../console/desks/planning.py" line="340"/>
        <source>Choosing the best sites</source>
        <translation>Choosing the best sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="337"/>
        <source>Even every candidate together does not reach that share of people: ask for less, or allow more candidates.</source>
        <translation>Even every candidate together does not reach that share of people: ask for less, or allow more candidates.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning.py" line="350"/>
        <source>Persons covered: {before:,.0f} now, {after:,.0f} with these {count} sites, of {total:,.0f}. Proven best possible: {bound:,.0f} (gap {gap:.2f}%).</source>
        <translation>Persons covered: {before:,.0f} now, {after:,.0f} with these {count} sites, of {total:,.0f}. Proven best possible: {bound:,.0f} (gap {gap:.2f}%).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="106"/>
        <source>Proposed site {n}</source>
        <translation>Proposed site {n}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="111"/>
        <source>{n} proposed sites added to the map.</source>
        <translation>{n} proposed sites added to the map.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="28"/>
        <source>coverage_per_village</source>
        <translation>coverage_per_village</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="30"/>
        <source>Export the village table</source>
        <translation>Export the village table</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="31"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="42"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="48"/>
        <source>Village table written to {path}</source>
        <translation>Village table written to {path}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="94"/>
        <location filename="../../console/desks/planning_outputs.py" line="117"/>
        <source>Run a coverage first: the gap map shows who it leaves out.</source>
        <translation>Run a coverage first: the gap map shows who it leaves out.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>under 25% covered</source>
        <translation>under 25% covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>25-50% covered</source>
        <translation>25-50% covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>50-75% covered</source>
        <translation>50-75% covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="100"/>
        <source>75-100% covered</source>
        <translation>75-100% covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="101"/>
        <source>Coverage gap per village</source>
        <translation>Coverage gap per village</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="124"/>
        <source>everyone covered</source>
        <translation>everyone covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="125"/>
        <source>1-20 persons not covered</source>
        <translation>1-20 persons not covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="126"/>
        <source>21-50 persons not covered</source>
        <translation>21-50 persons not covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="127"/>
        <source>51-100 persons not covered</source>
        <translation>51-100 persons not covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="128"/>
        <source>over 100 persons not covered</source>
        <translation>over 100 persons not covered</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_outputs.py" line="129"/>
        <source>Persons not covered per hexagon</source>
        <translation>Persons not covered per hexagon</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="45"/>
        <source>The project has no households layer and its villages no population: coverage cannot count who is reached.</source>
        <translation>The project has no households layer and its villages no population: coverage cannot count who is reached.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_rules.py" line="52"/>
        <source>No households layer: coverage counts the villages' population, spread over their area.</source>
        <translation>No households layer: coverage counts the villages' population, spread over their area.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_signal.py" line="46"/>
        <source>Signal of {name}</source>
        <translation>Signal of {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_signal.py" line="109"/>
        <source>{title}: a usable signal or better reaches {covered:,.0f} of {persons:,.0f} persons. The mobile signal columns count its good and usable classes; the other services are the coverage's.</source>
        <translation>{title}: a usable signal or better reaches {covered:,.0f} of {persons:,.0f} persons. The mobile signal columns count its good and usable classes; the other services are the coverage's.</translation>
    </message>
</context>
<context>
    <name>PlanningNames</name>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="93"/>
        <source>Seen by one site</source>
        <translation>Seen by one site</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="94"/>
        <source>Seen by two sites</source>
        <translation>Seen by two sites</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="95"/>
        <source>Seen by three or more</source>
        <translation>Seen by three or more</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="111"/>
        <source>Usable signal (outdoors)</source>
        <translation>Usable signal (outdoors)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/coverage_item.py" line="112"/>
        <source>Good signal (indoors)</source>
        <translation>Good signal (indoors)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="16"/>
        <source>Mobile tower</source>
        <translation>Mobile tower</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="17"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="18"/>
        <source>Monitoring station</source>
        <translation>Monitoring station</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="19"/>
        <source>Warning loudspeaker</source>
        <translation>Warning loudspeaker</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="20"/>
        <source>Fibre cabinet</source>
        <translation>Fibre cabinet</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="23"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="24"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="25"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="26"/>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="27"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="30"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="31"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="32"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="33"/>
        <source>Households covered</source>
        <translation>Households covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="34"/>
        <source>Households not covered</source>
        <translation>Households not covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="35"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="36"/>
        <source>Persons covered</source>
        <translation>Persons covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="37"/>
        <source>Persons not covered</source>
        <translation>Persons not covered</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/names.py" line="38"/>
        <source>Share covered (%)</source>
        <translation>Share covered (%)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutDialog</name>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="30"/>
        <source>Print layout</source>
        <extracomment>``map_view()``: the extent the map window shows (project CRS), offered as the print's extent</extracomment>
        <translation>Print layout</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="38"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="39"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="43"/>
        <source>fit the map (e.g. 1:25000)</source>
        <translation>fit the map (e.g. 1:25000)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="44"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="45"/>
        <source>Scale bar</source>
        <translation>Scale bar</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="46"/>
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="51"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="53"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="54"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="56"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="57"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="59"/>
        <source>Print what the map window shows</source>
        <translation>Print what the map window shows</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="72"/>
        <source>Keep in project</source>
        <translation>Keep in project</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="74"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="75"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="107"/>
        <source>New layout</source>
        <translation>New layout</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="119"/>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="149"/>
        <source>The scale must look like 1:25000.</source>
        <translation>The scale must look like 1:25000.</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="214"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="214"/>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>PNG image, 300 dpi (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/dialog.py" line="215"/>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../widgets/printing/export.py" line="143"/>
        <location filename="../../widgets/printing/export.py" line="194"/>
        <source>preparing the layers</source>
        <translation>preparing the layers</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="149"/>
        <source>drawing the map</source>
        <translation>drawing the map</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="157"/>
        <source>writing the page</source>
        <translation>writing the page</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Area (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Area (mu, 亩)</source>
        <translation>Area (mu, 亩)</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="190"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Incidents reported</source>
        <translation>Incidents reported</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="191"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="200"/>
        <source>Village atlas</source>
        <translation>Village atlas</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="207"/>
        <source>page {n} of {total}</source>
        <translation>page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="223"/>
        <source>Figures of the village</source>
        <translation>Figures of the village</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/export.py" line="224"/>
        <source>{township} village atlas, page {n} of {total}</source>
        <translation>{township} village atlas, page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="165"/>
        <source>Legend</source>
        <extracomment>where the scale bar was drawn: (x, y, length, height) in mm and its ground metres</extracomment>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="226"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="276"/>
        <source>Scale {scale}</source>
        <translation>Scale {scale}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="281"/>
        <source>Coordinate system: {crs}</source>
        <translation>Coordinate system: {crs}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="283"/>
        <source>Made by: {author}</source>
        <translation>Made by: {author}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="284"/>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../../widgets/printing/page.py" line="286"/>
        <source>Data sources: {sources}</source>
        <translation>Data sources: {sources}</translation>
    </message>
</context>
<context>
    <name>PrintingDesk</name>
    <message>
        <location filename="../../console/desks/printing.py" line="34"/>
        <source>&amp;Print</source>
        <extracomment>the maps of the prints under way, kept here so that their layer items (Qt objects made on the GUI thread) are released on the GUI thread when the task has finished, never by the worker</extracomment>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="35"/>
        <source>Print layout…</source>
        <translation>Print layout…</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="37"/>
        <source>Village atlas…</source>
        <translation>Village atlas…</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="48"/>
        <source>Open a project or some layers to print first.</source>
        <translation>Open a project or some layers to print first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="54"/>
        <source>No Chinese font is installed: Chinese text will print as boxes (install fonts-wqy-microhei).</source>
        <translation>No Chinese font is installed: Chinese text will print as boxes (install fonts-wqy-microhei).</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="74"/>
        <source>Printing {name}</source>
        <translation>Printing {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="84"/>
        <source>Village atlas</source>
        <translation>Village atlas</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="84"/>
        <source>village atlas</source>
        <translation>village atlas</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="85"/>
        <source>PDF document (*.pdf);;PNG images, one a page (*.png)</source>
        <translation>PDF document (*.pdf);;PNG images, one a page (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="97"/>
        <source>The atlas needs a villages layer: open the township's villages first.</source>
        <translation>The atlas needs a villages layer: open the township's villages first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="108"/>
        <source>Printing the village atlas</source>
        <translation>Printing the village atlas</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="123"/>
        <source>{n} files in {folder}</source>
        <translation>{n} files in {folder}</translation>
    </message>
    <message>
        <location filename="../../console/desks/printing.py" line="125"/>
        <source>Printed {pages} page(s) to {where}</source>
        <translation>Printed {pages} page(s) to {where}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../widgets/ui_text.py" line="20"/>
        <source>Opening {file}</source>
        <translation>Opening {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="21"/>
        <source>Reading {layer} ({i}/{n})</source>
        <translation>Reading {layer} ({i}/{n})</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="22"/>
        <source>Opened {file}</source>
        <translation>Opened {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="23"/>
        <source>Checking the geometry of {layer}</source>
        <translation>Checking the geometry of {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="24"/>
        <source>Checked the geometry of {layer}</source>
        <translation>Checked the geometry of {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="25"/>
        <source>reading {file}</source>
        <translation>reading {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="26"/>
        <source>read {n} rows from {file}</source>
        <translation>read {n} rows from {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="27"/>
        <source>reading band {band} of {file}</source>
        <translation>reading band {band} of {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="28"/>
        <source>read {file}</source>
        <translation>read {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="29"/>
        <source>the view is outside the raster</source>
        <translation>the view is outside the raster</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="30"/>
        <source>building overviews of {file}</source>
        <translation>building overviews of {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="31"/>
        <source>built overviews of {file}</source>
        <translation>built overviews of {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="32"/>
        <source>writing {layer} to {file}</source>
        <translation>writing {layer} to {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="33"/>
        <source>writing {file}</source>
        <translation>writing {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="34"/>
        <source>reprojecting for {file}</source>
        <translation>reprojecting for {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="35"/>
        <source>saved {file}</source>
        <translation>saved {file}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="36"/>
        <source>saving styles and settings</source>
        <translation>saving styles and settings</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="37"/>
        <source>saving {layer}</source>
        <translation>saving {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="38"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="39"/>
        <source>loading {layer}</source>
        <translation>loading {layer}</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="40"/>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="41"/>
        <source>reading basemap tiles</source>
        <translation>reading basemap tiles</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="42"/>
        <source>basemap tiles from the cache</source>
        <translation>basemap tiles from the cache</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="43"/>
        <source>downloading basemap tiles</source>
        <translation>downloading basemap tiles</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="44"/>
        <source>basemap tiles ready</source>
        <translation>basemap tiles ready</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="45"/>
        <source>no basemap here at this scale</source>
        <translation>no basemap here at this scale</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="46"/>
        <source>fitting the basemap to the map</source>
        <translation>fitting the basemap to the map</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="47"/>
        <source>basemap ready</source>
        <translation>basemap ready</translation>
    </message>
    <message>
        <location filename="../../widgets/ui_text.py" line="48"/>
        <source>importing {n} reports</source>
        <translation>importing {n} reports</translation>
    </message>
</context>
<context>
    <name>PublicationsDialog</name>
    <message>
        <location filename="../../widgets/publishing/history.py" line="10"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="11"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="12"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="28"/>
        <source>Approve publication</source>
        <translation>Approve publication</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="28"/>
        <location filename="../../widgets/publishing/history.py" line="94"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="31"/>
        <source>Drafted by</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="31"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="40"/>
        <source>Note (required to reject)</source>
        <translation>Note (required to reject)</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="43"/>
        <source>What changed since the last approved publication</source>
        <translation>What changed since the last approved publication</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="47"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="48"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="101"/>
        <source>Layers: {layers}</source>
        <translation>Layers: {layers}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="104"/>
        <source>The first publication.</source>
        <translation>The first publication.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="105"/>
        <source>Since publication No. {id}:</source>
        <translation>Since publication No. {id}:</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="107"/>
        <source>layer added: {name}</source>
        <translation>layer added: {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="108"/>
        <source>layer removed: {name}</source>
        <translation>layer removed: {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="109"/>
        <source>{layer}: fields added {fields}</source>
        <translation>{layer}: fields added {fields}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="111"/>
        <source>{layer}: fields removed {fields}</source>
        <translation>{layer}: fields removed {fields}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="113"/>
        <source>{layer}: features {old} → {new}</source>
        <translation>{layer}: features {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/history.py" line="116"/>
        <source>no change in layers, fields or feature counts</source>
        <translation>no change in layers, fields or feature counts</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="31"/>
        <source>Publish web map</source>
        <translation>Publish web map</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="34"/>
        <location filename="../../widgets/publishing/dialog.py" line="38"/>
        <location filename="../../widgets/publishing/dialog.py" line="158"/>
        <source>Layer or field</source>
        <translation>Layer or field</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="44"/>
        <source>Never published: single records, or raw readings.</source>
        <translation>Never published: single records, or raw readings.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="59"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="65"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="66"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="73"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="77"/>
        <source>Tick the layers and the fields residents may see. Fields holding names, ID numbers or phone numbers are refused.</source>
        <translation>Tick the layers and the fields residents may see. Fields holding names, ID numbers or phone numbers are refused.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="122"/>
        <source>Folder of the web map</source>
        <translation>Folder of the web map</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="147"/>
        <source>The folder {folder} exists and is not a published map's folder: a publication replaces its folder whole. Choose a new folder.</source>
        <translation>The folder {folder} exists and is not a published map's folder: a publication replaces its folder whole. Choose a new folder.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="156"/>
        <source>persons' names</source>
        <translation>persons' names</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="156"/>
        <source>ID numbers</source>
        <translation>ID numbers</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="157"/>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="157"/>
        <source>personal data (by its name)</source>
        <translation>personal data (by its name)</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="161"/>
        <source>Layer {layer} is never published.</source>
        <translation>Layer {layer} is never published.</translation>
    </message>
    <message>
        <location filename="../../widgets/publishing/dialog.py" line="163"/>
        <source>Layer {layer}, field {field} holds {what}: it is never published.</source>
        <translation>Layer {layer}, field {field} holds {what}: it is never published.</translation>
    </message>
</context>
<context>
    <name>PublishingDesk</name>
    <message>
        <location filename="../../console/desks/publishing.py" line="33"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="34"/>
        <source>Publish web map…</source>
        <translation>Publish web map…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="36"/>
        <source>Approve publication…</source>
        <translation>Approve publication…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="38"/>
        <source>Publications…</source>
        <translation>Publications…</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="63"/>
        <source>Open a project with layers to publish first.</source>
        <translation>Open a project with layers to publish first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="65"/>
        <source>Village affairs disclosure map</source>
        <translation>Village affairs disclosure map</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="84"/>
        <source>Publishing the web map</source>
        <translation>Publishing the web map</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="92"/>
        <source>Web map written to {path}; it is not recorded: log in to the store to record publications.</source>
        <translation>Web map written to {path}; it is not recorded: log in to the store to record publications.</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="96"/>
        <source>Web map written to {path} and recorded as publication No. {id}, waiting for approval.</source>
        <translation>Web map written to {path} and recorded as publication No. {id}, waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="107"/>
        <source>Log in to the store to see publications.</source>
        <translation>Log in to the store to see publications.</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="117"/>
        <source>Publication No. {id} approved.</source>
        <translation>Publication No. {id} approved.</translation>
    </message>
    <message>
        <location filename="../../console/desks/publishing.py" line="118"/>
        <source>Publication No. {id} rejected.</source>
        <translation>Publication No. {id} rejected.</translation>
    </message>
</context>
<context>
    <name>QgisExchangeDesk</name>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="30"/>
        <source>Export as &amp;QGIS project…</source>
        <translation>Export as &amp;QGIS project…</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="32"/>
        <source>Open Q&amp;GIS project…</source>
        <translation>Open Q&amp;GIS project…</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="45"/>
        <source>Export as QGIS project</source>
        <translation>Export as QGIS project</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="46"/>
        <location filename="../../console/desks/qgis_exchange.py" line="85"/>
        <source>QGIS project (*.qgz *.qgs)</source>
        <translation>QGIS project (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="58"/>
        <source>{layer} (hillshade)</source>
        <translation>{layer} (hillshade)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="59"/>
        <source>Exporting the QGIS project</source>
        <translation>Exporting the QGIS project</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="65"/>
        <source>Wrote {name} ({count} layers) with {gpkg} beside it; keep the two files together.</source>
        <translation>Wrote {name} ({count} layers) with {gpkg} beside it; keep the two files together.</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="68"/>
        <source>Notes: {count}; see Details.</source>
        <translation>Notes: {count}; see Details.</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="78"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="79"/>
        <source>The project has unsaved changes, and the QGIS project will take its place. Go on without saving them?</source>
        <translation>The project has unsaved changes, and the QGIS project will take its place. Go on without saving them?</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="84"/>
        <source>Open QGIS project</source>
        <translation>Open QGIS project</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="89"/>
        <source>Save as township project</source>
        <translation>Save as township project</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="91"/>
        <source>Township project (*.gpkg)</source>
        <translation>Township project (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="101"/>
        <source>Opening the QGIS project</source>
        <translation>Opening the QGIS project</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="110"/>
        <source>Opened {name}: {count} layers, saved as {target}.</source>
        <translation>Opened {name}: {count} layers, saved as {target}.</translation>
    </message>
    <message>
        <location filename="../../console/desks/qgis_exchange.py" line="115"/>
        <source>Not carried over or changed: {count}; see Details.</source>
        <translation>Not carried over or changed: {count}; see Details.</translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="108"/>
        <location filename="../../widgets/emergency/readings_chart.py" line="118"/>
        <source>Choose sensors in the list to chart their readings.</source>
        <translation>Choose sensors in the list to chart their readings.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="122"/>
        <source>No readings yet from the sensors chosen.</source>
        <translation>No readings yet from the sensors chosen.</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="124"/>
        <source>{n} sensor(s), {p} parameter(s); drag the dashed line to move in time, wheel to zoom</source>
        <translation>{n} sensor(s), {p} parameter(s); drag the dashed line to move in time, wheel to zoom</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="210"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/readings_chart.py" line="211"/>
        <source>danger</source>
        <translation>danger</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="17"/>
        <source>Monthly PDF</source>
        <translation>Monthly PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="24"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="25"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="29"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="30"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/report_options.py" line="33"/>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="48"/>
        <source>Bringing the project's scenarios into the store</source>
        <translation>Bringing the project's scenarios into the store</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="52"/>
        <source>{n} scenarios of the project are now kept in the store.</source>
        <translation>{n} scenarios of the project are now kept in the store.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="90"/>
        <source>There are no planned sites to keep: add one on the map first.</source>
        <translation>There are no planned sites to keep: add one on the map first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="95"/>
        <source>Scenario {n}</source>
        <translation>Scenario {n}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="96"/>
        <source>Keep a scenario</source>
        <translation>Keep a scenario</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="97"/>
        <source>Name of the scenario:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="105"/>
        <source>Scenario {name} kept with {n} sites; save the project to keep it for later.</source>
        <translation>Scenario {name} kept with {n} sites; save the project to keep it for later.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="112"/>
        <source>Keeping a scenario</source>
        <translation>Keeping a scenario</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="114"/>
        <source>Scenario {name} kept in the store with {n} sites.</source>
        <translation>Scenario {name} kept in the store with {n} sites.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="122"/>
        <source>There is no scenario in the store.</source>
        <translation>There is no scenario in the store.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="125"/>
        <location filename="../../console/desks/planning_scenarios.py" line="129"/>
        <source>Delete a scenario</source>
        <translation>Delete a scenario</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="126"/>
        <location filename="../../console/desks/planning_scenarios.py" line="282"/>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="130"/>
        <source>Delete the scenario {name} for every planner?</source>
        <translation>Delete the scenario {name} for every planner?</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="137"/>
        <source>Deleting a scenario</source>
        <translation>Deleting a scenario</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="149"/>
        <source>Keep at least two scenarios to compare them.</source>
        <translation>Keep at least two scenarios to compare them.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="166"/>
        <source>Comparing {a} and {b}</source>
        <translation>Comparing {a} and {b}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="177"/>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="224"/>
        <source>Coverage of scenario {name}</source>
        <translation>Coverage of scenario {name}</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="240"/>
        <source>Make the proposed sites</source>
        <translation>Make the proposed sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="241"/>
        <source>Make the {n} sites of {name} the proposed sites? {changed} planned sites change or are added, {withdrawn} proposed sites go back to drafts; {kept} approved or built sites are kept.</source>
        <translation>Make the {n} sites of {name} the proposed sites? {changed} planned sites change or are added, {withdrawn} proposed sites go back to drafts; {kept} approved or built sites are kept.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="257"/>
        <source>Making the proposed sites</source>
        <translation>Making the proposed sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="261"/>
        <source>The sites of {name} are now the proposed sites ({n} changes).</source>
        <translation>The sites of {name} are now the proposed sites ({n} changes).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="267"/>
        <source>Make a scenario the proposed sites</source>
        <translation>Make a scenario the proposed sites</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="273"/>
        <source>Show a scenario on the map</source>
        <translation>Show a scenario on the map</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="280"/>
        <source>Keep a scenario first.</source>
        <translation>Keep a scenario first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="292"/>
        <source>S&amp;how a scenario on the map…</source>
        <translation>S&amp;how a scenario on the map…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="293"/>
        <source>Make a scenario the p&amp;roposed sites…</source>
        <translation>Make a scenario the p&amp;roposed sites…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="294"/>
        <source>Delete a sce&amp;nario…</source>
        <translation>Delete a sce&amp;nario…</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_scenarios.py" line="295"/>
        <source>E&amp;xport a plan…</source>
        <translation>E&amp;xport a plan…</translation>
    </message>
</context>
<context>
    <name>ScenarioTable</name>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="48"/>
        <source>Keep scenarios, then compare two of them.</source>
        <translation>Keep scenarios, then compare two of them.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="52"/>
        <source>Map of A</source>
        <translation>Map of A</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="52"/>
        <source>Map of B</source>
        <translation>Map of B</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="53"/>
        <source>Make A the proposed sites…</source>
        <translation>Make A the proposed sites…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="54"/>
        <source>Make B the proposed sites…</source>
        <translation>Make B the proposed sites…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="56"/>
        <source>Show the scenario's sites and coverage as layers of the map</source>
        <translation>Show the scenario's sites and coverage as layers of the map</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="61"/>
        <source>Its sites become the planned sites with the status proposed; approved and built sites are kept</source>
        <translation>Its sites become the planned sites with the status proposed; approved and built sites are kept</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="63"/>
        <source>Only a planner may edit planned sites.</source>
        <translation>Only a planner may edit planned sites.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="79"/>
        <source>A: {a} ({sa} sites) covers {ca:,.0f} persons; B: {b} ({sb} sites) covers {cb:,.0f}; of {total:,.0f}.</source>
        <translation>A: {a} ({sa} sites) covers {ca:,.0f} persons; B: {b} ({sb} sites) covers {cb:,.0f}; of {total:,.0f}.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="82"/>
        <source>Cost: A {costa:,.0f}, B {costb:,.0f}.</source>
        <translation>Cost: A {costa:,.0f}, B {costb:,.0f}.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="85"/>
        <source>Map of {name}</source>
        <translation>Map of {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="87"/>
        <source>Make {name} the proposed sites…</source>
        <translation>Make {name} the proposed sites…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Covered by A</source>
        <translation>Covered by A</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="88"/>
        <source>Covered by B</source>
        <translation>Covered by B</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>Share A (%)</source>
        <translation>Share A (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/scenario_views.py" line="89"/>
        <source>Share B (%)</source>
        <translation>Share B (%)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../widgets/search_box.py" line="22"/>
        <source>Search village or facility (name / pinyin)</source>
        <translation>Search village or facility (name / pinyin)</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="34"/>
        <source>Planned site</source>
        <translation>Planned site</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="34"/>
        <source>New planned site</source>
        <translation>New planned site</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="40"/>
        <source>e.g. Qingxi hill tower</source>
        <translation>e.g. Qingxi hill tower</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="46"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="53"/>
        <source>Sector or field of view</source>
        <translation>Sector or field of view</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="59"/>
        <source>default ({value:g} MHz)</source>
        <translation>default ({value:g} MHz)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="61"/>
        <source>default ({value:g} dBm)</source>
        <translation>default ({value:g} dBm)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="63"/>
        <source>The carrier frequency of a radio site (a mobile tower): it sets the signal levels</source>
        <translation>The carrier frequency of a radio site (a mobile tower): it sets the signal levels</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="65"/>
        <source>The power the antenna radiates (EIRP): it sets the signal levels</source>
        <translation>The power the antenna radiates (EIRP): it sets the signal levels</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="70"/>
        <source>towards</source>
        <translation>towards</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="72"/>
        <source>width</source>
        <translation>width</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="76"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="78"/>
        <source>Mast or camera height</source>
        <translation>Mast or camera height</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="79"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="81"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="83"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="84"/>
        <source>Radiated power (EIRP)</source>
        <translation>Radiated power (EIRP)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="85"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/site_dialog.py" line="86"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SiteEdits</name>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="43"/>
        <source>Drag a planned site to its new place (or click it, then where it goes).</source>
        <translation>Drag a planned site to its new place (or click it, then where it goes).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="86"/>
        <source>Click on the map where the site stands.</source>
        <translation>Click on the map where the site stands.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="106"/>
        <source>No planned site there.</source>
        <translation>No planned site there.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="139"/>
        <source>Planned site moved.</source>
        <translation>Planned site moved.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="182"/>
        <source>Coverage while the site moves</source>
        <translation>Coverage while the site moves</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="194"/>
        <source>Preview while the site moves: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%).</source>
        <translation>Preview while the site moves: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="223"/>
        <source>Planned site added.</source>
        <translation>Planned site added.</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="240"/>
        <location filename="../../console/desks/planning_edit.py" line="261"/>
        <source>Select a planned site first (Move site picks one).</source>
        <translation>Select a planned site first (Move site picks one).</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="264"/>
        <source>Delete site</source>
        <translation>Delete site</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="265"/>
        <source>Delete the selected planned site?</source>
        <translation>Delete the selected planned site?</translation>
    </message>
    <message>
        <location filename="../../console/desks/planning_edit.py" line="291"/>
        <source>Someone else saved this site meanwhile; it is shown as saved now. Make the change again.</source>
        <translation>Someone else saved this site meanwhile; it is shown as saved now. Make the change again.</translation>
    </message>
</context>
<context>
    <name>StandardBrowser</name>
    <message>
        <location filename="../../widgets/standard/browser.py" line="18"/>
        <source>Township data standard</source>
        <translation>Township data standard</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="30"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="31"/>
        <source>Allowed values</source>
        <translation>Allowed values</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="37"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="47"/>
        <source>Codes of the chosen field</source>
        <translation>Codes of the chosen field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="68"/>
        <source>{title} {version}: {description} Coordinate systems: {crs}.</source>
        <translation>{title} {version}: {description} Coordinate systems: {crs}.</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="92"/>
        <source>Geometry: {types}</source>
        <translation>Geometry: {types}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="103"/>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/browser.py" line="104"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>StandardDesk</name>
    <message>
        <location filename="../../console/desks/standard.py" line="17"/>
        <source>Map data (*.gpkg *.shp *.geojson *.json *.gz *.zip *.kml *.kmz *.fgb *.csv *.xlsx);;All files (*)</source>
        <translation>Map data (*.gpkg *.shp *.geojson *.json *.gz *.zip *.kml *.kmz *.fgb *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="34"/>
        <source>Data &amp;standard</source>
        <translation>Data &amp;standard</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="35"/>
        <source>Show the standard…</source>
        <translation>Show the standard…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="37"/>
        <source>Validate a file…</source>
        <translation>Validate a file…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="39"/>
        <source>Conform to the standard…</source>
        <translation>Conform to the standard…</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="48"/>
        <source>A department's file</source>
        <translation>A department's file</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="62"/>
        <source>Layer kind</source>
        <translation>Layer kind</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="63"/>
        <source>Check {file} as:</source>
        <translation>Check {file} as:</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="85"/>
        <source>Checking {file} against the standard</source>
        <translation>Checking {file} against the standard</translation>
    </message>
    <message>
        <location filename="../../console/desks/standard.py" line="111"/>
        <source>Reading {file}</source>
        <translation>Reading {file}</translation>
    </message>
</context>
<context>
    <name>StandardReport</name>
    <message>
        <location filename="../../widgets/standard/labels.py" line="10"/>
        <source>Required field missing</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="11"/>
        <source>Optional field absent</source>
        <translation>Optional field absent</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="12"/>
        <source>Field not in the standard</source>
        <translation>Field not in the standard</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="13"/>
        <source>Personal data field</source>
        <translation>Personal data field</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="14"/>
        <source>Field of another type</source>
        <translation>Field of another type</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="15"/>
        <source>Encoding assumed</source>
        <translation>Encoding assumed</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="16"/>
        <source>Note from reading</source>
        <translation>Note from reading</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="17"/>
        <source>Features skipped</source>
        <translation>Features skipped</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="18"/>
        <source>Empty layer</source>
        <translation>Empty layer</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="19"/>
        <source>No coordinate system</source>
        <translation>No coordinate system</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="20"/>
        <source>Coordinate system assumed</source>
        <translation>Coordinate system assumed</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="21"/>
        <source>Coordinate system not in the standard</source>
        <translation>Coordinate system not in the standard</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="22"/>
        <source>Required value empty</source>
        <translation>Required value empty</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="23"/>
        <source>Wrong type</source>
        <translation>Wrong type</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="24"/>
        <source>Out of range</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="25"/>
        <source>Code not allowed</source>
        <translation>Code not allowed</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="26"/>
        <source>Wrong form</source>
        <translation>Wrong form</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="27"/>
        <source>Duplicate value</source>
        <translation>Duplicate value</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="28"/>
        <source>No geometry column</source>
        <translation>No geometry column</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="29"/>
        <source>No geometry</source>
        <translation>No geometry</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="30"/>
        <source>Empty geometry</source>
        <translation>Empty geometry</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="31"/>
        <source>Invalid geometry</source>
        <translation>Invalid geometry</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="32"/>
        <source>Wrong geometry type</source>
        <translation>Wrong geometry type</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="33"/>
        <source>Outside China</source>
        <translation>Outside China</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="34"/>
        <source>Outside the township</source>
        <translation>Outside the township</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="37"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="38"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="42"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="43"/>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="44"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="45"/>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="46"/>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="50"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="51"/>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="52"/>
        <source>multi-polygon</source>
        <translation>multi-polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="55"/>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="56"/>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/labels.py" line="57"/>
        <source>m</source>
        <translation>m</translation>
    </message>
</context>
<context>
    <name>StoreDesk</name>
    <message>
        <location filename="../../console/desks/store.py" line="105"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="110"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="112"/>
        <source>Add layer from the store</source>
        <translation>Add layer from the store</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="117"/>
        <source>Show the reporter's personal data…</source>
        <translation>Show the reporter's personal data…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="118"/>
        <source>Export store layer…</source>
        <translation>Export store layer…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="124"/>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="125"/>
        <source>Users and roles…</source>
        <translation>Users and roles…</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="131"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="142"/>
        <source>Logged in to the township store</source>
        <translation>Logged in to the township store</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="209"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="210"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="223"/>
        <source>Select one incident in the store's incidents layer first.</source>
        <translation>Select one incident in the store's incidents layer first.</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="226"/>
        <location filename="../../console/desks/store.py" line="258"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="227"/>
        <source>Why do you need the reporter's personal data? (recorded in the audit log)</source>
        <translation>Why do you need the reporter's personal data? (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="236"/>
        <source>Reporter of incident #{0}</source>
        <translation>Reporter of incident #{0}</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="243"/>
        <source>Export store layer</source>
        <translation>Export store layer</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="243"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="248"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="249"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="259"/>
        <source>Include the reporters' names, phone and ID numbers in the export? The file will hold residents' personal data; the export is recorded.</source>
        <translation>Include the reporters' names, phone and ID numbers in the export? The file will hold residents' personal data; the export is recorded.</translation>
    </message>
    <message>
        <location filename="../../console/desks/store.py" line="275"/>
        <source>Exported {0} features to {1}</source>
        <translation>Exported {0} features to {1}</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../widgets/style_dialog.py" line="20"/>
        <source>Style — {name}</source>
        <translation>Style — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="25"/>
        <source>Single symbol</source>
        <translation>Single symbol</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="25"/>
        <source>Categorized</source>
        <translation>Categorized</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="26"/>
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="37"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="37"/>
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="38"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="47"/>
        <source>(no labels)</source>
        <translation>(no labels)</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="53"/>
        <source>Renderer</source>
        <translation>Renderer</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="54"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="55"/>
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="56"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="57"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="58"/>
        <source>Fill</source>
        <translation>Fill</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="59"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="60"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>SurfaceActions</name>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="80"/>
        <source>No sensor has a value of {parameter} yet</source>
        <translation>No sensor has a value of {parameter} yet</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="91"/>
        <source>Interpolating {parameter}</source>
        <translation>Interpolating {parameter}</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_surface.py" line="112"/>
        <source>Surface: {parameter}</source>
        <translation>Surface: {parameter}</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../widgets/task_list.py" line="97"/>
        <source>{n} tasks running</source>
        <translation>{n} tasks running</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../../widgets/task_list.py" line="26"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/task_list.py" line="27"/>
        <source>Cancel {task}</source>
        <translation>Cancel {task}</translation>
    </message>
    <message>
        <location filename="../../widgets/task_list.py" line="42"/>
        <source>{task} (cancelling…)</source>
        <translation>{task} (cancelling…)</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="39"/>
        <location filename="../../widgets/emergency/time_slider.py" line="131"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="40"/>
        <source>Step through the readings an hour at a time</source>
        <translation>Step through the readings an hour at a time</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="45"/>
        <location filename="../../widgets/emergency/time_slider.py" line="142"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="46"/>
        <source>Show the latest values</source>
        <translation>Show the latest values</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/time_slider.py" line="128"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TownshipTime</name>
    <message>
        <location filename="../../widgets/township_time.py" line="21"/>
        <source>Beijing time, UTC+8</source>
        <translation>Beijing time, UTC+8</translation>
    </message>
    <message>
        <location filename="../../widgets/township_time.py" line="22"/>
        <source>UTC+8</source>
        <translation>UTC+8</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="40"/>
        <location filename="../../widgets/store/user_admin.py" line="71"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <location filename="../../widgets/store/user_admin.py" line="72"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="41"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="48"/>
        <location filename="../../widgets/store/user_admin.py" line="176"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="49"/>
        <location filename="../../widgets/store/user_admin.py" line="192"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="50"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="63"/>
        <source>(whole township)</source>
        <translation>(whole township)</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="65"/>
        <source>At least {n} characters</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="69"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="70"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="73"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="74"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="75"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="76"/>
        <source>Save role and village</source>
        <translation>Save role and village</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="77"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="103"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="103"/>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="104"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="104"/>
        <source>Emergency desk</source>
        <translation>Emergency desk</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="105"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="105"/>
        <source>Village officer</source>
        <translation>Village officer</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="141"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="141"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="142"/>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="143"/>
        <source>failed logins: {n}</source>
        <translation>failed logins: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="175"/>
        <source>Account {user}</source>
        <translation>Account {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="192"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="207"/>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="209"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="218"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="227"/>
        <source>Could not add the account:</source>
        <translation>Could not add the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="230"/>
        <source>Account {user} added.</source>
        <translation>Account {user} added.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="241"/>
        <source>Could not change the role:</source>
        <translation>Could not change the role:</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="244"/>
        <source>{user} is now {role}.</source>
        <translation>{user} is now {role}.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="253"/>
        <source>Choose an account first.</source>
        <translation>Choose an account first.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="258"/>
        <source>Could not set the password:</source>
        <translation>Could not set the password:</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="262"/>
        <source>New password set for {user}.</source>
        <translation>New password set for {user}.</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="273"/>
        <source>Could not change the account:</source>
        <translation>Could not change the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="286"/>
        <source>Could not unlock the account:</source>
        <translation>Could not unlock the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/store/user_admin.py" line="289"/>
        <source>{user} can log in again.</source>
        <translation>{user} can log in again.</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="100"/>
        <source>Validation report — {name}</source>
        <translation>Validation report — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="108"/>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="112"/>
        <source>All checks</source>
        <translation>All checks</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="116"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="120"/>
        <source>Search the findings</source>
        <translation>Search the findings</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="138"/>
        <source>Export the report…</source>
        <translation>Export the report…</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="155"/>
        <source>Errors: {errors}</source>
        <translation>Errors: {errors}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="157"/>
        <source>Warnings: {warnings}</source>
        <translation>Warnings: {warnings}</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="159"/>
        <source>Features: {n}. Coordinate system: {crs}.</source>
        <translation>Features: {n}. Coordinate system: {crs}.</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="165"/>
        <source>{n} of {total} findings shown</source>
        <translation>{n} of {total} findings shown</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="174"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../widgets/standard/report_dialog.py" line="175"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>VillagePage</name>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="26"/>
        <source>Village page: {name}</source>
        <translation>Village page: {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="31"/>
        <source>Households: {n}</source>
        <translation>Households: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="32"/>
        <source>Population: {n}</source>
        <translation>Population: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="34"/>
        <source>Rank {rank} of {n} (score {score})</source>
        <translation>Rank {rank} of {n} (score {score})</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="37"/>
        <source>Not ranked (fewer than two metrics to compare)</source>
        <translation>Not ranked (fewer than two metrics to compare)</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="39"/>
        <source>Sensors: {codes}</source>
        <translation>Sensors: {codes}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="40"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="44"/>
        <source>Households with mobile service: {n}</source>
        <translation>Households with mobile service: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evaluation/village_page.py" line="57"/>
        <source>Shares by month (%)</source>
        <translation>Shares by month (%)</translation>
    </message>
</context>
<context>
    <name>VillageStatsPanel</name>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="61"/>
        <source>How the villages are doing</source>
        <translation>How the villages are doing</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="67"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="68"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="132"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="304"/>
        <source>Township total</source>
        <translation>Township total</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="83"/>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="130"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="293"/>
        <source>all months</source>
        <translation>all months</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="144"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="144"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="145"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="182"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="280"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="283"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="146"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="147"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="147"/>
        <source>Open at month end</source>
        <translation>Open at month end</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="152"/>
        <source>Share overdue</source>
        <translation>Share overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="161"/>
        <source>Not closed, rejected or a duplicate now (resolved but not closed counts as open).</source>
        <translation>Not closed, rejected or a duplicate now (resolved but not closed counts as open).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="163"/>
        <source>Still open when the month ended (for this month: now).</source>
        <translation>Still open when the month ended (for this month: now).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="167"/>
        <source>Reports whose deadline has passed or that are closed; rejected reports and duplicates are left out.</source>
        <translation>Reports whose deadline has passed or that are closed; rejected reports and duplicates are left out.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="169"/>
        <source>Of the due reports: closed after the deadline or still open past it.</source>
        <translation>Of the due reports: closed after the deadline or still open past it.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_model.py" line="98"/>
        <source>Too few closed reports for a median: {n} (at least {least} are needed)</source>
        <translation>Too few closed reports for a median: {n} (at least {least} are needed)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_model.py" line="100"/>
        <source>The median of {n} closed reports</source>
        <translation>The median of {n} closed reports</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="133"/>
        <source>Share overdue (%)</source>
        <translation>Share overdue (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="136"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="336"/>
        <source>Village performance</source>
        <translation>Village performance</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="145"/>
        <source>Reports made</source>
        <translation>Reports made</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="148"/>
        <source>Median time to close (hours)</source>
        <translation>Median time to close (hours)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="149"/>
        <source>Median time to close (days)</source>
        <translation>Median time to close (days)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="150"/>
        <source>Closed reports in the median</source>
        <translation>Closed reports in the median</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="151"/>
        <source>Reports due</source>
        <translation>Reports due</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="151"/>
        <source>Overdue reports</source>
        <translation>Overdue reports</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="156"/>
        <source>The village; the township total is pinned below the table.</source>
        <translation>The village; the township total is pinned below the table.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="157"/>
        <source>Reports made in the month (Beijing time), whatever their status now.</source>
        <translation>Reports made in the month (Beijing time), whatever their status now.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="158"/>
        <source>Closed now.</source>
        <translation>Closed now.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="159"/>
        <source>Rejected (not a case for the office).</source>
        <translation>Rejected (not a case for the office).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="160"/>
        <source>Marked as the same as an earlier report.</source>
        <translation>Marked as the same as an earlier report.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="164"/>
        <source>Median time from report to closing, in days, of the closed reports; — when fewer than {least} are closed.</source>
        <translation>Median time from report to closing, in days, of the closed reports; — when fewer than {least} are closed.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="170"/>
        <source>Overdue reports as a percentage of the reports due.</source>
        <translation>Overdue reports as a percentage of the reports due.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="178"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="206"/>
        <source>Open and closed reports per village</source>
        <translation>Open and closed reports per village</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="294"/>
        <source>Open and closed reports per village ({month})</source>
        <translation>Open and closed reports per village ({month})</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="308"/>
        <source>Median time to close (days) — {village}</source>
        <translation>Median time to close (days) — {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="310"/>
        <source>Share overdue (%) — {village}</source>
        <translation>Share overdue (%) — {village}</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="333"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="338"/>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="347"/>
        <source>Export village statistics</source>
        <translation>Export village statistics</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/village_stats_panel.py" line="350"/>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>VillageTable</name>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="17"/>
        <source>Any service</source>
        <translation>Any service</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="18"/>
        <source>Mobile signal</source>
        <translation>Mobile signal</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="19"/>
        <source>Broadband (fibre)</source>
        <translation>Broadband (fibre)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="20"/>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="21"/>
        <source>Warning loudspeakers</source>
        <translation>Warning loudspeakers</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="22"/>
        <source>Monitoring stations</source>
        <translation>Monitoring stations</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="50"/>
        <source>Run a coverage to see who is left out.</source>
        <extracomment>where the demand comes from: the households layer, or the villages' population spread over their area</extracomment>
        <translation>Run a coverage to see who is left out.</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="53"/>
        <source>The service the table and the gap maps show</source>
        <translation>The service the table and the gap maps show</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="58"/>
        <source>Households (persons)</source>
        <translation>Households (persons)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="59"/>
        <source>Village population (spread over its area)</source>
        <translation>Village population (spread over its area)</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="60"/>
        <source>Whom the coverage counts: the households layer, or each village's population spread evenly over 100 m cells</source>
        <translation>Whom the coverage counts: the households layer, or each village's population spread evenly over 100 m cells</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="63"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="66"/>
        <source>Households not covered…</source>
        <translation>Households not covered…</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="70"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="72"/>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="126"/>
        <source>Township total</source>
        <translation>Township total</translation>
    </message>
    <message>
        <location filename="../../widgets/planning/village_table.py" line="163"/>
        <source>{service}: {figure}</source>
        <translation>{service}: {figure}</translation>
    </message>
</context>
<context>
    <name>WarningLevelActions</name>
    <message>
        <location filename="../../console/desks/emergency_levels.py" line="76"/>
        <location filename="../../console/desks/emergency_levels.py" line="91"/>
        <source>Warning levels</source>
        <translation>Warning levels</translation>
    </message>
    <message>
        <location filename="../../console/desks/emergency_levels.py" line="97"/>
        <source>Warning levels saved ({n} changed).</source>
        <translation>Warning levels saved ({n} changed).</translation>
    </message>
</context>
<context>
    <name>WarningLevels</name>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="42"/>
        <source>{what}: {text} is not a number</source>
        <extracomment>The highest stage or rain amount taken (a typing slip beyond it is refused).</extracomment>
        <translation>{what}: {text} is not a number</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="45"/>
        <source>{what}: {value} is outside 0 to {upper}</source>
        <translation>{what}: {value} is outside 0 to {upper}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="56"/>
        <source>{gauge}: the danger stage ({danger} m) must be above the warning stage ({warning} m)</source>
        <translation>{gauge}: the danger stage ({danger} m) must be above the warning stage ({warning} m)</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="70"/>
        <source>{what}: four amounts are needed (blue, yellow, orange, red), not {n}</source>
        <translation>{what}: four amounts are needed (blue, yellow, orange, red), not {n}</translation>
    </message>
    <message>
        <location filename="../../layers/emergency/warning_levels.py" line="75"/>
        <source>{what}: the amounts must increase from blue to red</source>
        <translation>{what}: the amounts must increase from blue to red</translation>
    </message>
</context>
<context>
    <name>WarningLevelsDialog</name>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="58"/>
        <source>Warning levels</source>
        <translation>Warning levels</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Gauge</source>
        <translation>Gauge</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Warning stage (m)</source>
        <translation>Warning stage (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="64"/>
        <source>Danger stage (m)</source>
        <translation>Danger stage (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="65"/>
        <source>Default (m)</source>
        <translation>Default (m)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="76"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="76"/>
        <source>Susceptibility</source>
        <translation>Susceptibility</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="77"/>
        <source>{hours} h rain (mm)</source>
        <translation>{hours} h rain (mm)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="77"/>
        <source>Default (mm)</source>
        <translation>Default (mm)</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="84"/>
        <source>Blue, yellow, orange, red; empty: {default}</source>
        <translation>Blue, yellow, orange, red; empty: {default}</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="93"/>
        <source>River gauges</source>
        <translation>River gauges</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="94"/>
        <source>Landslide zones</source>
        <translation>Landslide zones</translation>
    </message>
    <message>
        <location filename="../../widgets/emergency/warning_levels_dialog.py" line="96"/>
        <source>The township's own levels. An empty cell keeps the default; a landslide threshold is four amounts of rain, blue, yellow, orange and red (e.g. 20, 30, 40, 50). Each change is recorded in the audit trail.</source>
        <translation>The township's own levels. An empty cell keeps the default; a landslide threshold is four amounts of rain, blue, yellow, orange and red (e.g. 20, 30, 40, 50). Each change is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>WebBasemapDialog</name>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="14"/>
        <source>Tianditu imagery</source>
        <extracomment>the services offered, by their names (shown, and the layer named, in the user's language)</extracomment>
        <translation>Tianditu imagery</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="15"/>
        <source>Tianditu map</source>
        <translation>Tianditu map</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="24"/>
        <source>Add web basemap</source>
        <translation>Add web basemap</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="30"/>
        <source>Tianditu key (tk), if the template has {key}</source>
        <translation>Tianditu key (tk), if the template has {key}</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="34"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="35"/>
        <source>URL template</source>
        <translation>URL template</translation>
    </message>
    <message>
        <location filename="../../widgets/web_basemap_dialog.py" line="36"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
</TS>
