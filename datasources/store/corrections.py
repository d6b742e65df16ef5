"""The incident desk's named corrections: the fields that make the office's figures (category, deadline, when
a report was made) change only here, each with a reason, by a user who edits reports in every village, as one
audited write with a row in the case's history. A plain edit of them is refused
(:func:`~datasources.store.incident_intake.refuse_desk_fields`); a case number never changes.

Also the categories' deadlines (:meth:`Corrections.set_deadline`), through the same one audited write.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from datasources.errors import QT_TRANSLATE_NOOP, StoreError, WorkflowRefused
from datasources.incident_vocabulary import CATEGORIES, FINAL_STATUSES
from datasources.store.core import Outcome, Write
from datasources.store.incident_intake import utc
from datasources.store.models import CategoryDeadline, IncidentEvent
from datasources.store.permissions import Action

_EDIT = Action.edit("incidents")
#: the longest deadline the office may set, in days
MAX_DEADLINE_DAYS = 3650


class Corrections:
    """The named corrections of :class:`~datasources.store.incidents.Incidents` (it has ``self.core``)."""

    def recategorise(self, incident_id: int, category: str, reason: str, expected_version: int) -> int:
        """Give a report another category (its deadline stays; :meth:`reschedule` changes it); returns
        the new version."""
        category = str(category or "").strip()
        known = [*CATEGORIES, *(c for c in self.deadlines() if c not in CATEGORIES)]  # the office's own too
        if category not in known:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{value!r} is not a category of reports"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                             value=category, names=", ".join(known))
        return self._correct(incident_id, "category", category, reason, expected_version)

    def reschedule(self, incident_id: int, due_at: datetime, reason: str, expected_version: int) -> int:
        """Give an open report another deadline; returns the new version."""
        return self._correct(incident_id, "due_at", _time(due_at), reason, expected_version)

    def correct_reported_at(self, incident_id: int, reported_at: datetime, reason: str,
                            expected_version: int) -> int:
        """Correct when a report was made (a phone call written down late); returns the new version.
        The case number, given for the year it was filed in, stays."""
        when = _time(reported_at)
        if when > datetime.now(UTC):
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "a report cannot be made in the future"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Give the time the resident reported it."))
        return self._correct(incident_id, "reported_at", when, reason, expected_version)

    def withdraw(self, incident_id: int, note: str, expected_version: int) -> int:
        """Withdraw a report filed by mistake (reports are never deleted: its history and photos stay);
        returns the new version."""
        return self.change_status(incident_id, "withdrawn", note, expected_version)

    def _correct(self, incident_id: int, name: str, value, reason: str, expected_version: int) -> int:
        reason = str(reason or "").strip()
        write = Write("incidents", "correct", int(incident_id), expected_version, {name: value},
                      stamps=True, refused={"field": name})
        # a correction changes the office's figures: only who edits reports in every village may
        self.core.check(_EDIT, write.obj, None)

        def change(session, obj) -> Outcome:
            if not reason:
                raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                        "a correction of {name} needs a reason"),
                                      QT_TRANSLATE_NOOP("DataSourceError", "Write why it is corrected."),
                                      name=name)
            if obj.status in FINAL_STATUSES:
                raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                        "incidents #{feature_id} is {status}: its "
                                                        "figures are final"),
                                      QT_TRANSLATE_NOOP("DataSourceError",
                                                        "Only an open report can be corrected."),
                                      feature_id=obj.id, status=obj.status)
            before = getattr(obj, name)
            setattr(obj, name, value)
            note = f"{name}: {_shown(before)} -> {_shown(value)}; {reason}"
            session.add(IncidentEvent(incident_id=obj.id, time=datetime.now(UTC), username=self.core.username,
                                      kind="correction", from_status=obj.status, to_status=obj.status,
                                      note=note, assignee=obj.assignee))
            return Outcome({"field": name, "from": _shown(before), "to": _shown(value), "reason": reason})

        return self.core.audited_write(write, change)

    # -- deadlines --------------------------------------------------------------------------------
    def set_deadline(self, category: str, days: float) -> None:
        """Change (or add) a category's deadline; applies to reports filed from now on. One audited write.

        Only users who edit incidents in every village (not a village officer) may change it.
        """
        days = float(days)
        if not category or not 0 < days < MAX_DEADLINE_DAYS:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "{days:g} days is not a deadline"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Give a number of days above 0."),
                             days=days)
        what = f"category_deadlines:{category}"
        self.core.check(_EDIT, what, None)
        write = Write("incidents", "set_deadline", villages=[None])

        def change(session, _target) -> Outcome:
            row = session.scalar(select(CategoryDeadline).where(CategoryDeadline.category == category))
            before = None if row is None else row.days
            if row is None:
                session.add(CategoryDeadline(category=category, days=days))
            else:
                row.days = days
            return Outcome({"days": [before, days]}, None, what)

        self.core.audited_write(write, change)


def _time(value) -> datetime:
    when = utc(value)
    if when is None:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "a time is needed"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give a date and time."))
    return when


def _shown(value) -> str:
    if isinstance(value, datetime):
        return utc(value).isoformat(timespec="minutes")
    return "" if value is None else str(value)
