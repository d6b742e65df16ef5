"""How each village is doing with residents' reports: counts, time to close and share overdue, by month.

The figures are computed from the incidents frame the store gives (``session.features.read("incidents")``), with
no Qt and no database, so the statistics panel, the exports and the tests all read the same numbers.

Definitions (every row is a *cohort*: the reports of one village made in one month):

- A report's **month** is the calendar month of ``reported_at`` in the township's local time
  (:data:`TOWNSHIP_ZONE`, Asia/Shanghai), so a report at 23:30 on 31 May UTC belongs to June.
- **reported** = closed + open + rejected + duplicates: every report of the cohort, by its status *now*.
- **closed**: status ``closed``; **rejected**, **duplicates**: status ``rejected`` / ``duplicate``;
  **open**: any other status (new, verified, assigned, in progress and resolved-but-not-closed).
- **open_at_month_end**: reports of the cohort still open when the month ended (for the month that is not
  over yet: now), i.e. not closed by then (``closed_at`` after the month's end counts as open then). A
  rejection or duplicate, or a closed report without ``closed_at``, has no time in the frame and counts as
  settled.
- **median_hours_to_close** / **median_days_to_close**: median of ``closed_at - reported_at`` over the
  cohort's closed reports (NaN when none is closed); **closings** is how many closing times it is taken over.
  :func:`as_shown` blanks a median of fewer than :data:`MIN_CLOSINGS_FOR_MEDIAN` closings and rounds
  every figure as the panel shows it (and the export writes it).
- **due**: reports whose outcome against the deadline is known now: closed with ``closed_at``, or still
  open with the deadline passed. Rejected and duplicate reports, and open ones not yet due, are left out.
- **overdue**: of those, the ones closed after their deadline or still open past it (the latter is
  :func:`layers.incidents.workflow.overdue`).
- **share_overdue** = overdue / due (NaN when nothing is due).

The deadline of a report is its ``due_at`` when the frame has one, else ``reported_at`` plus the category's
days from ``deadlines`` (the store's table) or :data:`~layers.incidents.workflow.DEFAULT_DEADLINE_DAYS`.

The township total row (:data:`TOWNSHIP_CODE`) counts all reports together (its median is the median of
all closing times, not of the villages' medians).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from datasources.errors import WriteFailed
from datasources.writers import write_table_csv, write_xlsx
from layers.incidents.workflow import deadline_days, hours_to_close, overdue

TOWNSHIP_ZONE = "Asia/Shanghai"
TOWNSHIP_CODE = "township"
TOWNSHIP_NAME_ZH = "全镇合计"
NO_VILLAGE_CODE = ""
NO_VILLAGE_NAME_ZH = "未归属村"
ALL_MONTHS = "all"
#: a median of fewer closing times than this says little (one report closed the same day is not "0 days")
MIN_CLOSINGS_FOR_MEDIAN = 3
COUNT_COLUMNS = ("reported", "open", "closed", "rejected", "duplicates", "open_at_month_end",
                 "closings", "due", "overdue")
COLUMNS = ("village_code", "village_name", "month", "reported", "open", "closed", "rejected",
           "duplicates", "open_at_month_end", "median_hours_to_close", "median_days_to_close",
           "closings", "due", "overdue", "share_overdue")


def _utc(moment) -> pd.Timestamp:
    stamp = pd.Timestamp(moment)
    return stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)


def _times(values) -> pd.Series:
    times = pd.to_datetime(values, errors="coerce")
    if getattr(times.dt, "tz", None) is None:
        return times.dt.tz_localize(UTC)
    return times.dt.tz_convert(UTC)


def due_times(incidents: pd.DataFrame, deadlines: dict | None = None) -> pd.Series:
    """Each report's deadline (UTC): its ``due_at`` when present, else reported + the category's days."""
    reported = _times(incidents["reported_at"])
    days = incidents["category"].map(lambda c: deadline_days(c, deadlines)).astype(float)
    computed = reported + pd.to_timedelta(days, unit="D")
    if "due_at" in incidents.columns:
        return _times(incidents["due_at"]).fillna(computed)
    return computed


def month_of(times: pd.Series) -> pd.Series:
    """``YYYY-MM`` of each (UTC) time in the township's local time."""
    local = _times(times).dt.tz_convert(TOWNSHIP_ZONE)
    return local.dt.strftime("%Y-%m")


def month_end(month: str) -> pd.Timestamp:
    """The end of a ``YYYY-MM`` month in local time (the first instant of the next month), in UTC."""
    start = pd.Timestamp(f"{month}-01").tz_localize(TOWNSHIP_ZONE)
    return (start + pd.offsets.MonthBegin(1)).tz_convert(UTC)


def _facts(incidents: pd.DataFrame, now: pd.Timestamp, deadlines: dict | None) -> pd.DataFrame:
    """One row per report with what the counts need."""
    status = incidents["status"].astype(str)
    reported = _times(incidents["reported_at"])
    closed_at = (_times(incidents["closed_at"]) if "closed_at" in incidents
                 else pd.Series(pd.NaT, index=incidents.index, dtype="datetime64[ns, UTC]"))
    frame = pd.DataFrame({"reported_at": reported, "category": incidents["category"],
                          "status": status, "closed_at": closed_at}, index=incidents.index)
    if "due_at" in incidents.columns:
        frame["due_at"] = incidents["due_at"]
    code = incidents["village_code"] if "village_code" in incidents else pd.Series(None, incidents.index)
    due = due_times(frame, deadlines)
    is_closed = status.eq("closed")
    closed_known = is_closed & closed_at.notna()
    open_late = pd.Series(overdue(frame, now.to_pydatetime(), deadlines), index=frame.index)
    return pd.DataFrame({
        "village_code": code.where(code.notna(), NO_VILLAGE_CODE).astype(str),
        "month": month_of(reported),
        "closed_at": closed_at,
        "closed": is_closed,
        "rejected": status.isin(("rejected", "withdrawn")),  # withdrawn: not a case either
        "duplicates": status.eq("duplicate"),
        "open": ~status.isin(("closed", "rejected", "duplicate", "withdrawn")),
        "hours": hours_to_close(frame).where(is_closed),
        "due": closed_known | open_late,
        "overdue": (closed_known & (closed_at > due)) | open_late,
    }, index=incidents.index)


def _summarise(facts: pd.DataFrame, cutoff: pd.Series) -> dict:
    """The figures of one group of reports; ``cutoff`` is the moment each row's open count is read at."""
    closed_by_cutoff = facts["closed"] & (facts["closed_at"].isna() | (facts["closed_at"] <= cutoff))
    open_then = ~(closed_by_cutoff | facts["rejected"] | facts["duplicates"])
    hours = facts["hours"].dropna()
    median = float(hours.median()) if len(hours) else np.nan
    due, late = int(facts["due"].sum()), int(facts["overdue"].sum())
    return {"reported": len(facts), "open": int(facts["open"].sum()), "closed": int(facts["closed"].sum()),
            "rejected": int(facts["rejected"].sum()), "duplicates": int(facts["duplicates"].sum()),
            "open_at_month_end": int(open_then.sum()), "median_hours_to_close": median,
            "median_days_to_close": median / 24.0, "closings": len(hours), "due": due, "overdue": late,
            "share_overdue": late / due if due else np.nan}


def _village_names(villages: pd.DataFrame | None, codes) -> dict[str, str]:
    names: dict[str, str] = {}
    if villages is not None and len(villages):
        for code, name in zip(villages["village_code"], villages["name_zh"], strict=True):
            names[str(code)] = str(name) if isinstance(name, str) and name else str(code)
    for code in codes:
        names.setdefault(code, NO_VILLAGE_NAME_ZH if code == NO_VILLAGE_CODE else code)
    return names


def _months(first: str, last: str) -> list[str]:
    return [str(p) for p in pd.period_range(first, last, freq="M")]


def village_performance(incidents: pd.DataFrame, villages: pd.DataFrame | None = None,
                        now: datetime | None = None, deadlines: dict | None = None,
                        by_month: bool = True) -> pd.DataFrame:
    """Per village (and month) how many reports came, how many are open or closed, and how fast and late.

    The definitions of every column are in the module docstring.

    Parameters
    ----------
    incidents : DataFrame
        Needs ``village_code``, ``category``, ``status``, ``reported_at``, ``closed_at`` (UTC aware or naive
        UTC); ``due_at`` is used when present.
    villages : DataFrame, optional
        ``village_code`` and ``name_zh``: every village is listed (with zeros when it had no report) and
        named. Without it, only the villages that have reports, named by their code.
    now : datetime, optional
        The moment "open now" and "past due" are read at (default: the current time). Naive means UTC.
    deadlines : dict, optional
        Days per category (``session.incidents.deadlines()``); default :data:`DEFAULT_DEADLINE_DAYS`.
    by_month : bool
        True: one row per village and month (every month from the first report to the last, zeros
        included), each month followed by its township total. False: one row per village over all
        months (``month`` is :data:`ALL_MONTHS`) and the township total.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`; village rows sorted by code, the total (``village_code`` =
        :data:`TOWNSHIP_CODE`, ``village_name`` = 全镇合计) last in each month.
    """
    now = _utc(datetime.now(UTC) if now is None else now)
    facts = _facts(incidents, now, deadlines)
    village_codes = sorted(set(facts["village_code"]) | (
        {str(c) for c in villages["village_code"]} if villages is not None and len(villages) else set()))
    names = _village_names(villages, village_codes)
    if by_month:
        months = _months(facts["month"].min(), facts["month"].max()) if len(facts) else []
    else:
        months = [ALL_MONTHS]
    rows = []
    for month in months:
        if month == ALL_MONTHS:
            in_month, cutoff = facts, now
        else:
            in_month, cutoff = facts[facts["month"] == month], min(month_end(month), now)
        groups = dict(tuple(in_month.groupby("village_code", sort=False)))
        for code in village_codes:
            group = groups.get(code, in_month.iloc[:0])
            rows.append({"village_code": code, "village_name": names[code], "month": month,
                         **_summarise(group, cutoff)})
        rows.append({"village_code": TOWNSHIP_CODE, "village_name": TOWNSHIP_NAME_ZH, "month": month,
                     **_summarise(in_month, cutoff)})
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    for name in COUNT_COLUMNS:
        table[name] = table[name].astype("int64")
    for name in ("median_hours_to_close", "median_days_to_close", "share_overdue"):
        table[name] = table[name].astype("float64")
    return table


def overall(incidents: pd.DataFrame, villages: pd.DataFrame | None = None, now: datetime | None = None,
            deadlines: dict | None = None) -> pd.DataFrame:
    """Per village over all months, with the township total: :func:`village_performance` with
    ``by_month=False``."""
    return village_performance(incidents, villages, now, deadlines, by_month=False)


def round_days(days: float) -> float:
    """Days to close as shown: two decimals under a day (so an hour is 0.04, not 0.0), one above."""
    if not np.isfinite(days):
        return np.nan
    return round(float(days), 2 if abs(days) < 1 else 1)


def as_shown(frame: pd.DataFrame, min_closings: int = MIN_CLOSINGS_FOR_MEDIAN) -> pd.DataFrame:
    """A performance table as people read it: medians of fewer than ``min_closings`` closing times blank
    (NaN: too few to mean anything), days rounded by :func:`round_days`, hours to one decimal, and
    ``share_overdue`` as a percentage to one decimal."""
    shown = frame.copy()
    few = shown["closings"] < min_closings
    shown["median_days_to_close"] = shown["median_days_to_close"].mask(few).map(round_days).astype(float)
    shown["median_hours_to_close"] = shown["median_hours_to_close"].mask(few).round(1)
    shown["share_overdue"] = (shown["share_overdue"] * 100.0).round(1)
    return shown


def export_performance(frame: pd.DataFrame, path, headers: dict[str, str] | None = None,
                       sheet: str = "villages") -> Path:
    """Write a performance table to CSV (UTF-8 with BOM) or XLSX, chosen by the file's suffix.

    Text cells and headers are neutralised against formula injection; numbers stay numbers. The write is
    atomic: a failure leaves any previous file as it was.

    Parameters
    ----------
    frame : DataFrame
        Usually :func:`village_performance`'s result (or a slice of it).
    path : str or Path
        ``.csv`` or ``.xlsx``.
    headers : dict, optional
        Column titles to write instead of the column names (e.g. translated ones).
    sheet : str
        The XLSX sheet's name (e.g. translated; cut to 31 characters, brackets and :*?/ replaced).

    Raises
    ------
    WriteFailed
        The suffix is neither ``.csv`` nor ``.xlsx``, or the folder is not writable.
    """
    path = Path(path)
    table = frame.rename(columns=headers) if headers else frame
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_table_csv(table, path)
    if suffix == ".xlsx":
        return write_xlsx(table, path, sheet=re.sub(r"[\[\]:*?/\\]", " ", sheet)[:31] or "villages")
    raise WriteFailed(path, f"{path.suffix or 'no suffix'} is not a table format this can write",
                      "Name the file .csv or .xlsx.")


__all__ = ["ALL_MONTHS", "COLUMNS", "MIN_CLOSINGS_FOR_MEDIAN", "TOWNSHIP_CODE", "as_shown", "round_days", "TOWNSHIP_NAME_ZH", "TOWNSHIP_ZONE", "due_times",
           "export_performance", "month_end", "month_of", "overall", "village_performance"]
