<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssumptionDialog</name>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="26"/>
        <source>Check {name}</source>
        <translation>Check {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="40"/>
        <source>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</source>
        <translation>Some things about this file were not declared in it and were assumed. Confirm them or correct them.</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="44"/>
        <source>the file declares no CRS</source>
        <translation>the file declares no CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="46"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="49"/>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../widgets/assumption_dialog.py" line="52"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="142"/>
        <source>Filter, e.g. population &gt; 1000 and name_zh contains &apos;村&apos;</source>
        <extracomment>``editor(layer, row_position, column, value)`` saves an edited cell (None: read-only table).</extracomment>
        <translation>Filter, e.g. population &gt; 1000 and name_zh contains &apos;村&apos;</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="145"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="178"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../widgets/audit_log.py" line="141"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <location filename="../../widgets/audit_log.py" line="153"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="143"/>
        <location filename="../../widgets/audit_log.py" line="154"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <location filename="../../widgets/audit_log.py" line="155"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="144"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="148"/>
        <source>Text in object or detail</source>
        <translation>Text in object or detail</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="150"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="156"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="157"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="160"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="184"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="186"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="188"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="217"/>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="224"/>
        <source>log in</source>
        <translation>log in</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="224"/>
        <source>first administrator</source>
        <translation>first administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="225"/>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="226"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="226"/>
        <source>view personal data</source>
        <translation>view personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="227"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="227"/>
        <source>permission change</source>
        <translation>permission change</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="228"/>
        <source>password change</source>
        <translation>password change</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="228"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="229"/>
        <source>view audit</source>
        <translation>view audit</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="230"/>
        <source>unmask personal data</source>
        <translation>unmask personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="231"/>
        <source>export personal data</source>
        <translation>export personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="233"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="234"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="235"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="241"/>
        <source>its content was changed after it was written</source>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="243"/>
        <source>does not follow the record before it (a record was inserted or deleted)</source>
        <translation>does not follow the record before it (a record was inserted or deleted)</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="245"/>
        <source>missing (the next record is {seq})</source>
        <translation>missing (the next record is {seq})</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="247"/>
        <source>the chain ends at {seq}; the records after it were deleted</source>
        <translation>the chain ends at {seq}; the records after it were deleted</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="249"/>
        <source>Record {seq}: {problem}</source>
        <translation>Record {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="280"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="301"/>
        <source>Records: {n}</source>
        <translation>Records: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="303"/>
        <source>(the newest {n}; narrow the filters to see older ones)</source>
        <translation>(the newest {n}; narrow the filters to see older ones)</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="326"/>
        <source>Record {seq}</source>
        <translation>Record {seq}</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="345"/>
        <source>The audit chain is intact.</source>
        <translation>The audit chain is intact.</translation>
    </message>
    <message>
        <location filename="../../widgets/audit_log.py" line="348"/>
        <source>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</source>
        <translation>The audit chain is broken (problems found: {n}). Records were changed or removed outside the console.</translation>
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
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="63"/>
        <source>another user</source>
        <extracomment>Columns the store keeps by itself; they are not compared.</extracomment>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="65"/>
        <source>Edit conflict — {kind} #{id}</source>
        <translation>Edit conflict — {kind} #{id}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="68"/>
        <source>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>{who} saved {kind} #{id} after you opened it. Nothing was overwritten. Compare the two versions and choose which one to keep.</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="71"/>
        <source>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</source>
        <translation>{who} saved {kind} #{id} after you opened it, so it was not deleted. Compare what is saved now and choose.</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="76"/>
        <source>Saved in the store (by {who}, version {version})</source>
        <translation>Saved in the store (by {who}, version {version})</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="79"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="79"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="90"/>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="94"/>
        <source>Keep the saved version</source>
        <translation>Keep the saved version</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="97"/>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="97"/>
        <source>Delete it anyway</source>
        <translation>Delete it anyway</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="100"/>
        <source>Discard your changes and show what is in the store.</source>
        <translation>Discard your changes and show what is in the store.</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="101"/>
        <source>Save your values over the version {version}.</source>
        <translation>Save your values over the version {version}.</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict_dialog.py" line="127"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../console/file_actions.py" line="50"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="51"/>
        <source>Data ({patterns});;All files (*)</source>
        <translation>Data ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="65"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="118"/>
        <source>CRS {crs} was assumed ({why})</source>
        <translation>CRS {crs} was assumed ({why})</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="119"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="121"/>
        <source>text encoding {enc} was guessed</source>
        <translation>text encoding {enc} was guessed</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="101"/>
        <location filename="../../console/file_actions.py" line="124"/>
        <source>{n} feature(s) flagged with geometry problems</source>
        <translation>{n} feature(s) flagged with geometry problems</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="102"/>
        <location filename="../../console/file_actions.py" line="127"/>
        <source>Check them in the layer&apos;s properties.</source>
        <translation>Check them in the layer&apos;s properties.</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="150"/>
        <source>Reloading</source>
        <translation>Reloading</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="87"/>
        <source>Checking geometry</source>
        <translation>Checking geometry</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="173"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="174"/>
        <location filename="../../console/file_actions.py" line="196"/>
        <source>Township project (*.gpkg)</source>
        <translation>Township project (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="187"/>
        <source>Opening project</source>
        <translation>Opening project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="195"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="206"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="209"/>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="217"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../console/file_actions.py" line="218"/>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>The project has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="130"/>
        <source>First administrator — {store}</source>
        <translation>First administrator — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="132"/>
        <source>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else&apos;s accounts. Keep the password safe; it cannot be read back from the store.</source>
        <translation>This store has no accounts yet. There is no default user and no default password: create the first administrator now. The administrator adds everyone else&apos;s accounts. Keep the password safe; it cannot be read back from the store.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="139"/>
        <source>At least {n} characters</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="141"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="142"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="143"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="144"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="145"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="156"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="158"/>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="160"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="173"/>
        <source>Could not create the administrator: {reason}</source>
        <translation>Could not create the administrator: {reason}</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/identify_panel.py" line="19"/>
        <source>Feature / field</source>
        <translation>Feature / field</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="19"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="32"/>
        <source>{n} feature(s)</source>
        <translation>{n} feature(s)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify_panel.py" line="48"/>
        <source>band {b}</source>
        <translation>band {b}</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="201"/>
        <source>Console locked</source>
        <translation>Console locked</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="204"/>
        <source>The console was locked after {minutes} minutes without use. Enter the password to go on.</source>
        <translation>The console was locked after {minutes} minutes without use. Enter the password to go on.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="206"/>
        <source>The console is locked. Enter the password to go on.</source>
        <translation>The console is locked. Enter the password to go on.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="212"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="213"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="214"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="217"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="226"/>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../widgets/layer_tree.py" line="238"/>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="240"/>
        <source>Open attribute table</source>
        <translation>Open attribute table</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="241"/>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="242"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_tree.py" line="249"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="60"/>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>The user name or the password is wrong. Check both and try again.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="64"/>
        <source>This account cannot log in now.</source>
        <translation>This account cannot log in now.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="92"/>
        <source>Log in — {store}</source>
        <translation>Log in — {store}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="95"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="97"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="103"/>
        <source>Log in to the township store {store}.</source>
        <translation>Log in to the township store {store}.</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="110"/>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="82"/>
        <source>Layers</source>
        <extracomment>callbacks given each new attribute table (the store desk makes store layers editable)</extracomment>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="84"/>
        <location filename="../../console/main_window.py" line="157"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="89"/>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>&amp;Open data…</source>
        <translation>&amp;Open data…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="132"/>
        <source>Open &amp;project…</source>
        <translation>Open &amp;project…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="135"/>
        <source>Add &amp;basemap (MBTiles)…</source>
        <translation>Add &amp;basemap (MBTiles)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="136"/>
        <source>Add &amp;web basemap (XYZ/WMTS)…</source>
        <translation>Add &amp;web basemap (XYZ/WMTS)…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="139"/>
        <source>&amp;Save project</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>Save project &amp;as…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="143"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="145"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="150"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>Map tools</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="157"/>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="158"/>
        <source>Select by rectangle</source>
        <translation>Select by rectangle</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="159"/>
        <source>Select by polygon</source>
        <translation>Select by polygon</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="160"/>
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="161"/>
        <source>Measure area</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="169"/>
        <source>Full extent</source>
        <translation>Full extent</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="203"/>
        <source>Measured: {result}</source>
        <translation>Measured: {result}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="215"/>
        <source>{count} features selected in {layer}</source>
        <translation>{count} features selected in {layer}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="242"/>
        <source>Add basemap</source>
        <translation>Add basemap</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="243"/>
        <source>MBTiles basemaps (*.mbtiles)</source>
        <translation>MBTiles basemaps (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="314"/>
        <source>Type a scale such as 1:10000</source>
        <translation>Type a scale such as 1:10000</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="323"/>
        <source>Project CRS</source>
        <translation>Project CRS</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="324"/>
        <source>Draw the map in:</source>
        <translation>Draw the map in:</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="335"/>
        <source>Unknown CRS: {crs}</source>
        <translation>Unknown CRS: {crs}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="382"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="384"/>
        <source>Township Console</source>
        <translation>Township Console</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/message_bar.py" line="25"/>
        <location filename="../../widgets/message_bar.py" line="58"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../console/search.py" line="57"/>
        <source>Search village or facility (名称 / pinyin)</source>
        <translation>Search village or facility (名称 / pinyin)</translation>
    </message>
</context>
<context>
    <name>StoreDesk</name>
    <message>
        <location filename="../../console/store_desk.py" line="81"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="82"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="86"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="88"/>
        <source>Add layer from the store</source>
        <translation>Add layer from the store</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="93"/>
        <source>Show the reporter&apos;s personal data…</source>
        <translation>Show the reporter&apos;s personal data…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="94"/>
        <source>Export store layer…</source>
        <translation>Export store layer…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="96"/>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="97"/>
        <source>Users and roles…</source>
        <translation>Users and roles…</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="103"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="111"/>
        <source>Logged in to the township store</source>
        <translation>Logged in to the township store</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="187"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="188"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="200"/>
        <source>Select one incident in the store&apos;s incidents layer first.</source>
        <translation>Select one incident in the store&apos;s incidents layer first.</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="204"/>
        <location filename="../../console/store_desk.py" line="233"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="205"/>
        <source>Why do you need the reporter&apos;s personal data? (recorded in the audit log)</source>
        <translation>Why do you need the reporter&apos;s personal data? (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="214"/>
        <source>Reporter of incident #{0}</source>
        <translation>Reporter of incident #{0}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="219"/>
        <source>Export store layer</source>
        <translation>Export store layer</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="219"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="224"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="225"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="234"/>
        <source>Include the reporters&apos; names, phone and ID numbers in the export? The file will hold residents&apos; personal data; the export is recorded.</source>
        <translation>Include the reporters&apos; names, phone and ID numbers in the export? The file will hold residents&apos; personal data; the export is recorded.</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="244"/>
        <source>Exported {0} features to {1}</source>
        <translation>Exported {0} features to {1}</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="299"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="300"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="301"/>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="302"/>
        <source>Hazard zones</source>
        <translation>Hazard zones</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="303"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/store_desk.py" line="304"/>
        <source>Planned sites</source>
        <translation>Planned sites</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../widgets/style_dialog.py" line="16"/>
        <source>Style — {name}</source>
        <translation>Style — {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="21"/>
        <source>Single symbol</source>
        <translation>Single symbol</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="21"/>
        <source>Categorized</source>
        <translation>Categorized</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="22"/>
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="32"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="32"/>
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="33"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="42"/>
        <source>(no labels)</source>
        <translation>(no labels)</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="48"/>
        <source>Renderer</source>
        <translation>Renderer</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="49"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="50"/>
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="51"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="52"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="53"/>
        <source>Fill</source>
        <translation>Fill</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="54"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../widgets/style_dialog.py" line="55"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../widgets/user_admin.py" line="36"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="38"/>
        <location filename="../../widgets/user_admin.py" line="69"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <location filename="../../widgets/user_admin.py" line="70"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="39"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="46"/>
        <location filename="../../widgets/user_admin.py" line="174"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="47"/>
        <location filename="../../widgets/user_admin.py" line="190"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="48"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="61"/>
        <source>(whole township)</source>
        <translation>(whole township)</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="63"/>
        <source>At least {n} characters</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="67"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="68"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="71"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="72"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="73"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="74"/>
        <source>Save role and village</source>
        <translation>Save role and village</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="75"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="101"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="101"/>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="102"/>
        <source>Emergency desk</source>
        <translation>Emergency desk</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="103"/>
        <source>Village officer</source>
        <translation>Village officer</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="139"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="139"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="140"/>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="141"/>
        <source>failed logins: {n}</source>
        <translation>failed logins: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="173"/>
        <source>Account {user}</source>
        <translation>Account {user}</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="190"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="205"/>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="207"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="216"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="225"/>
        <source>Could not add the account:</source>
        <translation>Could not add the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="228"/>
        <source>Account {user} added.</source>
        <translation>Account {user} added.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="239"/>
        <source>Could not change the role:</source>
        <translation>Could not change the role:</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="242"/>
        <source>{user} is now {role}.</source>
        <translation>{user} is now {role}.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="251"/>
        <source>Choose an account first.</source>
        <translation>Choose an account first.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="256"/>
        <source>Could not set the password:</source>
        <translation>Could not set the password:</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="260"/>
        <source>New password set for {user}.</source>
        <translation>New password set for {user}.</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="271"/>
        <source>Could not change the account:</source>
        <translation>Could not change the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="284"/>
        <source>Could not unlock the account:</source>
        <translation>Could not unlock the account:</translation>
    </message>
    <message>
        <location filename="../../widgets/user_admin.py" line="287"/>
        <source>{user} can log in again.</source>
        <translation>{user} can log in again.</translation>
    </message>
</context>
<context>
    <name>WebBasemapDialog</name>
    <message>
        <location filename="../../console/web_basemaps.py" line="43"/>
        <source>Add web basemap</source>
        <translation>Add web basemap</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="48"/>
        <source>Tianditu key (tk), if the template has {key}</source>
        <translation>Tianditu key (tk), if the template has {key}</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="51"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="52"/>
        <source>URL template</source>
        <translation>URL template</translation>
    </message>
    <message>
        <location filename="../../console/web_basemaps.py" line="53"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
</TS>
