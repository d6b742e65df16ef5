"""How each village is doing: hand-computed cohorts (months in local time, open at month end, medians, share
overdue with and without stored deadlines), the demo township's 420 reports, and the CSV/XLSX exports."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
import openpyxl
import pandas as pd
import pytest

from datasources.errors import WriteFailed
from layers.incidents.village_stats import (
    ALL_MONTHS,
    COLUMNS,
    TOWNSHIP_CODE,
    export_performance,
    month_of,
    overall,
    village_performance,
)
from layers.incidents.workflow import hours_to_close
from tests.demo_session import demo_service_session

NOW = datetime(2025, 3, 10, tzinfo=UTC)
DEADLINES = {"waste": 3, "dispute": 15}
VILLAGES = pd.DataFrame({"village_code": ["V1", "V2", "V3"], "name_zh": ["甲村", "乙村", "丙村"]})


def _t(text):
    return pd.Timestamp(text, tz="UTC") if text else pd.NaT


def _incidents() -> pd.DataFrame:
    rows = [  # village, category, status, reported (UTC), closed (UTC), stored due_at
        ("V1", "waste", "closed", "2025-01-31 17:00", "2025-02-02 17:00", None),  # 1: Feb local, 48 h
        ("V1", "waste", "closed", "2025-01-10 00:00", "2025-02-10 00:00", None),  # 2: 744 h, late
        ("V1", "waste", "in_progress", "2025-01-20 00:00", None, None),  # 3: open, past due
        ("V2", "dispute", "new", "2025-02-20 00:00", None, None),  # 4: due 7 Mar, past due
        ("V2", "dispute", "verified", "2025-03-05 00:00", None, None),  # 5: due 20 Mar, not yet
        ("V2", "waste", "rejected", "2025-03-01 00:00", None, None),  # 6
        ("V1", "waste", "duplicate", "2025-02-05 00:00", None, None),  # 7
        ("V2", "waste", "closed", "2025-02-06 00:00", "2025-02-07 12:00", "2025-02-07 00:00"),  # 8: 36 h
        ("V2", "waste", "closed", "2025-02-10 00:00", "2025-02-10 06:00", None),  # 9: 6 h, on time
    ]
    frame = pd.DataFrame(rows, columns=["village_code", "category", "status", "reported_at", "closed_at",
                                        "due_at"], index=pd.RangeIndex(1, len(rows) + 1, name="id"))
    for name in ("reported_at", "closed_at", "due_at"):
        frame[name] = pd.to_datetime(frame[name].map(_t), utc=True)
    return frame


def _row(table, code, month=ALL_MONTHS) -> dict:
    hit = table[(table["village_code"] == code) & (table["month"] == month)]
    assert len(hit) == 1, (code, month)
    return hit.iloc[0].to_dict()


def _check(row: dict, **expected) -> None:
    for name, value in expected.items():
        got = row[name]
        if isinstance(value, float) and math.isnan(value):
            assert math.isnan(got), (name, got)
        else:
            assert got == pytest.approx(value), (name, got, value)


def test_overall_per_village_by_hand():
    table = overall(_incidents(), VILLAGES, NOW, DEADLINES)
    assert list(table.columns) == list(COLUMNS)
    assert list(table["village_code"]) == ["V1", "V2", "V3", TOWNSHIP_CODE]
    assert list(table["village_name"]) == ["甲村", "乙村", "丙村", "全镇合计"]
    _check(_row(table, "V1"), reported=4, closed=2, open=1, rejected=0, duplicates=1, open_at_month_end=1,
           median_hours_to_close=396.0, median_days_to_close=16.5, due=3, overdue=2, share_overdue=2 / 3)
    _check(_row(table, "V2"), reported=5, closed=2, open=2, rejected=1, duplicates=0, open_at_month_end=2,
           median_hours_to_close=21.0, due=3, overdue=2, share_overdue=2 / 3)
    _check(_row(table, "V3"), reported=0, closed=0, open=0, due=0, overdue=0,
           median_hours_to_close=float("nan"), share_overdue=float("nan"))
    _check(_row(table, TOWNSHIP_CODE), reported=9, closed=4, open=3, rejected=1, duplicates=1,
           median_hours_to_close=42.0, due=6, overdue=4, share_overdue=4 / 6)


def test_months_are_local_and_open_at_month_end_reads_the_month_end():
    table = village_performance(_incidents(), VILLAGES, NOW, DEADLINES)
    assert sorted(set(table["month"])) == ["2025-01", "2025-02", "2025-03"]
    assert len(table) == 3 * 4  # every village in every month, plus the total
    # report 2 was closed on 10 Feb: open when January ended, closed now
    _check(_row(table, "V1", "2025-01"), reported=2, closed=1, open=1, open_at_month_end=2,
           median_hours_to_close=744.0, due=2, overdue=2, share_overdue=1.0)
    # report 1 came at 01:00 on 1 February in Qingxi (17:00 UTC on 31 January)
    _check(_row(table, "V1", "2025-02"), reported=2, closed=1, duplicates=1, open=0, open_at_month_end=0,
           median_hours_to_close=48.0, due=1, overdue=0, share_overdue=0.0)
    # report 8 was closed after its stored due_at (earlier than the category's 3 days)
    _check(_row(table, "V2", "2025-02"), reported=3, closed=2, open=1, open_at_month_end=1,
           median_hours_to_close=21.0, due=3, overdue=2)
    # the current month is read now: nothing due yet
    _check(_row(table, "V2", "2025-03"), reported=2, open=1, rejected=1, closed=0, open_at_month_end=1,
           due=0, median_hours_to_close=float("nan"), share_overdue=float("nan"))
    _check(_row(table, "V3", "2025-02"), reported=0, open_at_month_end=0)
    _check(_row(table, TOWNSHIP_CODE, "2025-02"), reported=5, closed=3, open=1, duplicates=1,
           median_hours_to_close=36.0, due=4, overdue=2, share_overdue=0.5)
    for month in ("2025-01", "2025-02", "2025-03"):
        assert table[table["month"] == month].iloc[-1]["village_code"] == TOWNSHIP_CODE


def test_without_stored_deadlines_the_category_days_decide():
    frame = _incidents().drop(columns="due_at")
    # report 8 (36 h, waste 3 days) is now on time
    _check(_row(overall(frame, VILLAGES, NOW, DEADLINES), "V2"), due=3, overdue=1)
    # a shorter waste deadline of 1 day makes report 1 (48 h) late as well
    _check(_row(overall(frame, VILLAGES, NOW, {"waste": 1, "dispute": 15}), "V1"), overdue=3)


def test_without_villages_only_reporting_villages_named_by_code():
    frame = _incidents()
    frame.loc[9, "village_code"] = None
    table = overall(frame, None, NOW, DEADLINES)
    assert list(table["village_code"]) == ["", "V1", "V2", TOWNSHIP_CODE]
    assert table["village_name"].iloc[1] == "V1"
    assert _row(table, "")["reported"] == 1


def test_an_empty_frame_gives_only_zeros():
    empty = _incidents().iloc[:0]
    assert village_performance(empty, VILLAGES, NOW).empty  # no months at all
    table = overall(empty, VILLAGES, NOW)
    assert table["reported"].tolist() == [0, 0, 0, 0]


def test_month_of_uses_shanghai_time():
    times = pd.Series(pd.to_datetime(["2025-05-31 15:59", "2025-05-31 16:00"], utc=True))
    assert month_of(times).tolist() == ["2025-05", "2025-06"]


# -- the demo township -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_township, tmp_path_factory):
    session = demo_service_session(demo_township, tmp_path_factory.mktemp("village_stats"))
    return session.features.read("incidents"), session.features.read("villages")


def test_demo_township_figures_add_up(demo):
    incidents, villages = demo
    now = datetime(2025, 7, 6, tzinfo=UTC)
    table = overall(incidents, villages, now)
    monthly = village_performance(incidents, villages, now)
    assert len(table) == len(villages) + 1
    assert table["village_name"].str.contains("村").iloc[:-1].all()
    total = _row(table, TOWNSHIP_CODE)
    assert total["reported"] == len(incidents)
    assert total["closed"] == (incidents["status"] == "closed").sum()
    assert (table["reported"] == table[["open", "closed", "rejected", "duplicates"]].sum(axis=1)).all()
    assert (monthly["reported"] == monthly[["open", "closed", "rejected", "duplicates"]].sum(axis=1)).all()
    villages_only = table[table["village_code"] != TOWNSHIP_CODE]
    for name in ("reported", "open", "closed", "due", "overdue"):
        assert villages_only[name].sum() == total[name], name
    per_month = monthly[monthly["village_code"] != TOWNSHIP_CODE].groupby("village_code")["reported"].sum()
    assert per_month.to_dict() == villages_only.set_index("village_code")["reported"].to_dict()
    closed = incidents[incidents["status"] == "closed"]
    assert total["median_hours_to_close"] == pytest.approx(hours_to_close(closed).median())
    assert ((table["share_overdue"].dropna() >= 0) & (table["share_overdue"].dropna() <= 1)).all()
    assert (monthly["open_at_month_end"] >= monthly["open"]).all()


# -- exports -----------------------------------------------------------------------------------------------
def _hostile_table():
    table = overall(_incidents(), VILLAGES, NOW, DEADLINES)
    table.loc[0, "village_name"] = "=HYPERLINK(\"http://x\",\"甲村\")"
    return table


def test_csv_export_reads_back_equal_and_neutralised(tmp_path):
    table = _hostile_table()
    path = export_performance(table, tmp_path / "villages.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", dtype={"village_code": str},
                       keep_default_na=False, na_values=[""])
    assert back["village_name"].iloc[0].startswith("'=")
    assert back["village_name"].iloc[1] == "乙村"
    for name in COLUMNS[3:]:
        np.testing.assert_allclose(back[name].to_numpy(float), table[name].to_numpy(float), equal_nan=True)


def test_xlsx_export_keeps_numbers_bold_headers_and_no_formulas(tmp_path):
    table = _hostile_table()
    path = export_performance(table, tmp_path / "villages.xlsx", headers={"village_name": "村名"})
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[1] == "村名" and all(cell.font.bold for cell in sheet[1])
    assert sheet.cell(2, 2).value.startswith("'=") and sheet.cell(2, 2).data_type == "s"
    back = pd.read_excel(path, dtype={"village_code": str})
    for name in COLUMNS[3:]:
        column = header.index(name) + 1
        assert all(isinstance(sheet.cell(r, column).value, int | float | type(None))
                   for r in range(2, sheet.max_row + 1)), name
        np.testing.assert_allclose(back[name].to_numpy(float), table[name].to_numpy(float), equal_nan=True)
    assert back["village_code"].tolist() == table["village_code"].tolist()


def test_export_refuses_other_formats(tmp_path):
    with pytest.raises(WriteFailed, match="csv or .xlsx"):
        export_performance(overall(_incidents(), VILLAGES, NOW), tmp_path / "villages.ods")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_xlsx_export_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "villages.xlsx"
    target.write_bytes(b"old")

    save = openpyxl.Workbook.save

    def broken_save(self, filename):
        save(self, filename)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(WriteFailed, match="No space left"):
        export_performance(overall(_incidents(), VILLAGES, NOW), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["villages.xlsx"]


def test_a_closed_report_without_a_closing_time_counts_closed_but_not_in_times():
    frame = _incidents()
    frame.loc[9, "closed_at"] = pd.NaT
    row = _row(overall(frame, VILLAGES, NOW, DEADLINES), "V2")
    _check(row, closed=2, median_hours_to_close=36.0, due=2, overdue=2, open_at_month_end=2)


def test_as_shown_blanks_a_median_of_too_few_closings_and_rounds_as_the_panel_shows():
    from layers.incidents.village_stats import MIN_CLOSINGS_FOR_MEDIAN, as_shown

    reported = pd.Timestamp("2025-03-03 02:00", tz="UTC")
    rows = [{"village_code": "V1", "category": "noise", "status": "closed", "reported_at": reported,
             "closed_at": reported + pd.Timedelta(hours=1)}]
    rows += [{"village_code": "V2", "category": "noise", "status": "closed", "reported_at": reported,
              "closed_at": reported + pd.Timedelta(hours=h)} for h in (2, 50, 80)]
    table = village_performance(pd.DataFrame(rows), now=NOW, by_month=False).set_index("village_code")
    assert table.loc["V1", "closings"] == 1 and table.loc["V1", "median_hours_to_close"] == 1.0
    shown = as_shown(table)
    assert MIN_CLOSINGS_FOR_MEDIAN == 3
    assert np.isnan(shown.loc["V1", "median_days_to_close"]) and np.isnan(shown.loc["V1", "median_hours_to_close"])
    assert shown.loc["V2", "median_days_to_close"] == 2.1 and shown.loc["V2", "median_hours_to_close"] == 50.0
    assert shown.loc["township", "median_days_to_close"] == 1.1  # 26 h over the four closings
    assert shown.loc["V2", "share_overdue"] == pytest.approx(round(table.loc["V2", "share_overdue"] * 100, 1))
