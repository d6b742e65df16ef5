"""Message levels, map tools and export formats are enums whose members are their old names: a caller passing
``"warning"``, ``"pan"`` or ``"csv"`` gets the same as one passing the member, and a misspelt name is an error
instead of a grey message, a tool nobody has or a file in no format."""

from __future__ import annotations

import pytest

from datasources.errors import StoreError
from datasources.incident_files import EXPORT_FORMATS, ExportFormat, export_incidents

pytest.importorskip("pytestqt")

from console.incidents_cli import FORMATS  # noqa: E402
from widgets.map_tools import MapTool  # noqa: E402
from widgets.message_bar import LEVEL_ICONS, MessageBar, MessageLevel  # noqa: E402


def test_a_level_by_name_or_by_member_reads_the_same_and_a_misspelt_one_is_refused(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.push("瓦片服务无法连接", "warning")
    by_name = bar.icon.text(), bar.styleSheet()
    bar.push("瓦片服务无法连接", MessageLevel.WARNING)
    assert (bar.icon.text(), bar.styleSheet()) == by_name and by_name[0] == LEVEL_ICONS[MessageLevel.WARNING]
    assert [level for level, _m, _d in bar.history] == ["warning", MessageLevel.WARNING]
    assert all(type(level) is MessageLevel for level, _m, _d in bar.history)
    with pytest.raises(ValueError, match="warn"):
        bar.push("?", "warn")
    assert len(bar.history) == 2
    assert set(LEVEL_ICONS) == set(MessageLevel)


def test_map_tools_know_their_measuring_mode():
    assert MapTool("measure_area") is MapTool.MEASURE_AREA and MapTool.PAN == "pan"
    assert {tool: tool.measure_mode for tool in MapTool if tool.measure_mode} == {
        MapTool.MEASURE_DISTANCE: "distance", MapTool.MEASURE_AREA: "area"}
    with pytest.raises(ValueError):
        MapTool("zoom")


def test_export_formats_name_their_files_and_the_command_line_offers_each():
    assert [(f.suffix, f.is_open311) for f in ExportFormat] == [
        ("json", True), ("xml", True), ("csv", False), ("xlsx", False)]
    assert FORMATS == EXPORT_FORMATS == tuple(ExportFormat)  # the command line names every format
    with pytest.raises(StoreError, match="'pdf' is not an export format"):
        export_incidents(None, "reports.pdf", "pdf")
