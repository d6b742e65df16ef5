"""The village table per service, in both languages: the chooser offers the services of the coverage and
says which one the planner picked; the export has every service's columns side by side with headers in
the user's language; the best sites dialog offers cabinets, junctions and a line layer to stay near."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("pytestqt")

from layers.planning.desk_work import Demand, village_table  # noqa: E402
from widgets.planning.best_sites_dialog import BestSitesDialog  # noqa: E402
from widgets.planning.village_table import VillageTable  # noqa: E402


@pytest.fixture
def table_frame():
    demand = Demand(np.zeros((4, 2)), np.array([3.0, 4.0, 2.0, 6.0]), np.array(["W", "W", "E", "E"], dtype=object),
                    {"W": "西村", "E": "东村"})
    services = {"mobile": np.array([True, True, False, False]), "warning": np.array([False, True, True, False])}
    covered = services["mobile"] | services["warning"]
    return demand, services, village_table(demand, covered, services)


def test_the_chooser_offers_the_services_and_the_export_has_them_all(qtbot, language, table_frame, tmp_path):
    demand, services, frame = table_frame
    widget = VillageTable()
    qtbot.addWidget(widget)
    widget.show_table(frame, "summary")
    codes = [widget.service_box.itemData(i) for i in range(widget.service_box.count())]
    assert codes == ["all", "mobile", "warning"] and widget.service_box.isEnabled()
    with qtbot.waitSignal(widget.service_changed) as signal:
        widget.service_box.setCurrentIndex(1)
    assert signal.args == ["mobile"] and widget.service() == "mobile"
    widget.show_table(village_table(demand, services["mobile"], services), "mobile")
    assert widget.service() == "mobile"            # a new table keeps the service picked
    total = widget.table.item(0, list(frame.columns[1:]).index("covered_persons"))
    assert total.text() == "7"                     # mobile reaches the west village's 3 + 4
    out = widget.export_frame()
    assert list(out.columns[:4]) == ["village_code", "village", "households", "persons"]
    assert "mobile_covered_persons" in out.columns and "warning_share_covered" in out.columns
    east = out.set_index("village_code").loc["E"]
    assert east["all_covered_persons"] == 2 and east["mobile_covered_persons"] == 0
    assert east["warning_share_covered"] == pytest.approx(25.0)
    labels = widget.labels()
    expected = "移动信号：已覆盖人口" if language == "zh_CN" else "Mobile signal: Persons covered"
    assert labels["mobile_covered_persons"] == expected
    # the written header row: the labels above the field names (the desk's export)
    from datasources.writers import write_table_csv

    names = pd.DataFrame([list(out.columns)], columns=out.columns)
    path = tmp_path / "t.csv"
    write_table_csv(pd.concat([names, out.astype(object)], ignore_index=True).rename(columns=labels), path)
    back = pd.read_csv(path, header=1, encoding="utf-8-sig")
    assert back.set_index("village_code").loc["E", "warning_covered_persons"] == 2
    widget.show_table(village_table(demand, services["mobile"]), "one service only")
    assert not widget.service_box.isEnabled()      # a table without services: nothing to choose
    assert widget.service() == "mobile"            # ... but the choice is kept for the next coverage
    widget.show_table(frame, "again")
    assert widget.service_box.currentData() == "mobile"


def test_the_dialog_offers_cabinets_junctions_and_a_power_line(qtbot, language):
    dialog = BestSitesDialog(None, [("rivers", "Rivers"), ("power_lines", "Power lines")])
    qtbot.addWidget(dialog)
    assert dialog.line_layer.currentData() == "power_lines" and not dialog.line_m.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("fibre_cabinet"))
    assert dialog.junctions.isChecked() and not dialog.spacing.isEnabled() and dialog.range.value() == 2000
    dialog.near_line.setChecked(True)
    dialog.line_m.setValue(300)
    choice = dialog.choice()
    assert choice.kind == "fibre_cabinet" and choice.junctions
    assert choice.line_layer == "power_lines" and choice.line_m == 300
    empty = BestSitesDialog(None, [])
    qtbot.addWidget(empty)
    assert not empty.near_line.isEnabled() and empty.choice().line_layer is None
