"""The incident queue's model: every report the user may see, filtered, sorted and counted per status.

The model keeps the incidents frame (a store layer's data) as plain arrays computed once per reload, so
filtering is a handful of vectorised masks and sorting an ``argsort``: 10,000 reports filter and redraw in
a few milliseconds. Row positions are the layer's row positions, so the selection follows the map's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui

from layers.incidents.workflow import CATEGORIES, OPEN_STATUSES, STATUSES, deadline_days
from layers.township import INCIDENT_COLOURS
from widgets.incidents.names import category_label, duration_text, local_time, status_label
from widgets.township_time import zone_name

UNASSIGNED = ""  # the assignee filter value of reports nobody is assigned to

OVERDUE_BACKGROUND = "#fde2e1"
OVERDUE_TEXT = "#b3261e"
COLUMNS = ("case_number", "status", "category", "title", "village", "age", "due", "assignee")
_HEADERS = {
    "case_number": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Case"),
    "status": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Status"),
    "category": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Category"),
    "title": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Title"),
    "village": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Village"),
    "age": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Age"),
    "due": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Due"),
    "assignee": QtCore.QT_TRANSLATE_NOOP("IncidentQueueModel", "Assignee"),
}
#: age filter presets (days from, days to, label)
AGE_RANGES = (
    (None, None, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "Any age")),
    (None, 1, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "Under 1 day")),
    (1, 3, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "1–3 days")),
    (3, 7, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "3–7 days")),
    (7, 30, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "1–4 weeks")),
    (30, None, QtCore.QT_TRANSLATE_NOOP("IncidentQueue", "Over 30 days")),
)


def _text(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), "", dtype=object)
    return frame[column].astype("string").fillna("").to_numpy(dtype=object)


def _times(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    return pd.to_datetime(frame[column], utc=True)


class IncidentQueueModel(QtCore.QAbstractTableModel):
    """The incidents of a frame as queue rows; ``order`` holds the frame's row positions shown.

    Parameters
    ----------
    frame : DataFrame, optional
        Incidents as the store gives them (``features("incidents")``).
    villages : dict, optional
        village_code -> name shown.
    deadlines : dict, optional
        category -> days (the store's deadlines), for reports without ``due_at``.
    now : callable, optional
        Returns the current UTC time (tests pass a fixed one).
    """

    counts_changed = QtCore.Signal()

    def __init__(self, frame: pd.DataFrame | None = None, villages: dict | None = None,
                 deadlines: dict | None = None, now=None, parent=None) -> None:
        super().__init__(parent)
        self.villages = dict(villages or {})
        self.deadlines = deadlines
        self.now = now or (lambda: datetime.now(UTC))
        self.filters: dict = {}
        self.sort_key: tuple[int, QtCore.Qt.SortOrder] | None = None
        self.set_frame(frame if frame is not None else pd.DataFrame())

    # ------------------------------------------------------------------ data
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show ``frame`` (keeping the filters and the sort)."""
        self.beginResetModel()
        self.frame = frame
        n = len(frame)
        now = pd.Timestamp(self.now())
        self.status = _text(frame, "status")
        self.category = _text(frame, "category")
        self.village_code = _text(frame, "village_code")
        self.assignee = _text(frame, "assignee")
        self.case_number = _text(frame, "case_number")
        self.title = _text(frame, "title")
        reported = self.reported = _times(frame, "reported_at")
        self.age_hours = ((now - reported).dt.total_seconds() / 3600.0).to_numpy(dtype=float)
        self.due = self._due_times(frame)
        self.due_hours = ((self.due - now).dt.total_seconds() / 3600.0).to_numpy(dtype=float)
        self.finished = ~np.isin(self.status, (*OPEN_STATUSES, "resolved"))
        self.overdue = ~self.finished & (self.due_hours < 0)
        parts = [pd.Series(_text(frame, c), dtype="string") for c in
                 ("case_number", "title", "description", "address")]
        joined = parts[0].str.cat(parts[1:], sep="\n") if n else pd.Series([], dtype="string")
        self.haystack = joined.str.lower()
        self._all_sorted = np.arange(n)
        self._mask_without_status = np.ones(n, dtype=bool)
        self.mask = np.ones(n, dtype=bool)
        self.order = np.arange(n)
        self._apply_sort()
        self._apply_filters()
        self.endResetModel()
        self.counts_changed.emit()

    def _due_times(self, frame: pd.DataFrame) -> pd.Series:
        """When each report must be closed: ``due_at`` as stored, else report time + deadline."""
        reported = _times(frame, "reported_at")
        categories = pd.Series(_text(frame, "category"), index=frame.index)
        days = categories.map({c: deadline_days(c, self.deadlines) for c in set(categories)})
        computed = reported + pd.to_timedelta(days.astype(float), unit="D")
        return _times(frame, "due_at").fillna(computed) if "due_at" in frame.columns else computed

    def set_villages(self, villages: dict) -> None:
        self.villages = dict(villages)
        if len(self.order):
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.order) - 1, 4))

    # ------------------------------------------------------------------ filters
    def set_filters(self, **filters) -> int:
        """Change some filters (the others stay) and return the number of reports shown.

        Parameters
        ----------
        status : iterable of str or None
            Statuses to show (None or empty: all).
        category : str, iterable or None
        village : str, iterable or None
            village codes.
        age_days : (float or None, float or None)
            Reported at least / less than this many days ago.
        overdue_only : bool
        assignee : str or None
            Exact assignee; ``""`` for reports nobody is assigned to.
        text : str
            Case-insensitive text in the case number, title, description or address.
        """
        unknown = set(filters) - {"status", "category", "village", "age_days", "overdue_only",
                                  "assignee", "text"}
        if unknown:
            raise TypeError(f"unknown incident filters: {', '.join(sorted(unknown))}")
        self.filters.update(filters)
        self.beginResetModel()
        self._apply_filters()
        self.endResetModel()
        self.counts_changed.emit()
        return len(self.order)

    def clear_filters(self) -> int:
        self.filters = {}
        return self.set_filters()

    def _apply_filters(self) -> None:
        f = self.filters
        n = len(self.frame)
        mask = np.ones(n, dtype=bool)
        for name, values in (("category", f.get("category")), ("village", f.get("village"))):
            if values:
                values = [values] if isinstance(values, str) else list(values)
                mask &= np.isin(self.category if name == "category" else self.village_code, values)
        low, high = f.get("age_days") or (None, None)
        if low is not None:
            mask &= self.age_hours >= float(low) * 24
        if high is not None:
            mask &= self.age_hours < float(high) * 24
        if f.get("overdue_only"):
            mask &= self.overdue
        if f.get("assignee") is not None:
            mask &= self.assignee == f["assignee"]
        text = (f.get("text") or "").strip().lower()
        if text and n:
            mask &= self.haystack.str.contains(text, regex=False).fillna(False).to_numpy(dtype=bool)
        self._mask_without_status = mask
        statuses = f.get("status")
        if statuses:
            mask = mask & np.isin(self.status, list(statuses))
        self.mask = mask
        self.order = self._all_sorted[mask[self._all_sorted]]

    def status_counts(self) -> dict[str, int]:
        """Reports per status among those the other filters (all but status) let through."""
        codes, counts = np.unique(self.status[self._mask_without_status], return_counts=True)
        found = dict(zip(codes.tolist(), counts.tolist(), strict=True))
        return {s: int(found.get(s, 0)) for s in STATUSES} | {
            s: int(c) for s, c in found.items() if s not in STATUSES}

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order=QtCore.Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_key = (column, order)
        self._apply_sort()
        self.order = self._all_sorted[self.mask[self._all_sorted]]
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self.sort_key is None or not len(self.frame) or not 0 <= self.sort_key[0] < len(COLUMNS):
            self._all_sorted = np.arange(len(self.frame))
            return
        column, order = self.sort_key
        keys = self._sort_values(COLUMNS[column])
        idx = np.argsort(keys, kind="stable")
        if order == QtCore.Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        self._all_sorted = idx

    def _sort_values(self, name: str) -> np.ndarray:
        if name == "status":
            rank = {s: i for i, s in enumerate(STATUSES)}
            return np.array([rank.get(s, len(rank)) for s in self.status])
        if name == "category":
            rank = {c: i for i, c in enumerate(CATEGORIES)}
            return np.array([rank.get(c, len(rank)) for c in self.category])
        if name == "age":
            return np.nan_to_num(self.age_hours, nan=-1.0)
        if name == "due":
            return np.where(self.finished, np.inf, np.nan_to_num(self.due_hours, nan=np.inf))
        values = {"case_number": self.case_number, "title": self.title,
                  "village": np.array([self.villages.get(c, c) for c in self.village_code], dtype=object),
                  "assignee": self.assignee}[name]
        return np.asarray(values, dtype=str)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == QtCore.Qt.ItemDataRole.DisplayRole and orientation == QtCore.Qt.Orientation.Horizontal:
            return self.tr(_HEADERS[COLUMNS[section]])
        return None

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = int(self.order[index.row()])
        name = COLUMNS[index.column()]
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and name in ("age", "due"):
            return self._when(row, name)
        if role in (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole):
            return self._display(row, name)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and self.overdue[row]:
            return QtGui.QBrush(QtGui.QColor(OVERDUE_BACKGROUND))
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and name == "due" and self.overdue[row]:
            return QtGui.QBrush(QtGui.QColor(OVERDUE_TEXT))
        if role == QtCore.Qt.ItemDataRole.DecorationRole and name == "status":
            return QtGui.QColor(INCIDENT_COLOURS.get(self.status[row], "#9e9e9e"))
        if role == QtCore.Qt.ItemDataRole.UserRole:
            return row
        return None

    def _when(self, row: int, name: str) -> str:
        """The moment behind an age or a deadline, in the township's time with its zone."""
        if name == "age":
            moment = local_time(self.reported.iat[row])
            return self.tr("Reported at {time} ({zone})").format(time=moment, zone=zone_name()) \
                if moment else ""
        moment = local_time(self.due.iat[row])
        return self.tr("Due by {time} ({zone})").format(time=moment, zone=zone_name()) if moment else ""

    def _display(self, row: int, name: str) -> str:
        if name == "status":
            return status_label(self.status[row])
        if name == "category":
            return category_label(self.category[row])
        if name == "village":
            code = self.village_code[row]
            return self.villages.get(code, code)
        if name == "age":
            return duration_text(self.age_hours[row])
        if name == "due":
            if self.finished[row]:
                return ""
            hours = self.due_hours[row]
            if not np.isfinite(hours):
                return ""
            if self.overdue[row]:
                return self.tr("overdue {0}").format(duration_text(-hours))
            return self.tr("in {0}").format(duration_text(hours))
        return {"case_number": self.case_number, "title": self.title,
                "assignee": self.assignee}[name][row]

    def position_of(self, incident_id: int) -> int | None:
        """The frame row position of the report with this store id (None when absent)."""
        where = np.flatnonzero(self.frame.index.to_numpy() == incident_id)
        return int(where[0]) if len(where) else None


