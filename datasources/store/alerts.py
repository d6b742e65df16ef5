"""The alert board in the store (``session.alerts``): alerts raised by the alert rules
(:mod:`layers.emergency.alert_rules`), their workflow and the CAP messages issued for them.

API (for the alert board widget and the command line)
-----------------------------------------------------
Constants: :data:`STATUSES` (``new``, ``acknowledged``, ``escalated``, ``closed``), :data:`TRANSITIONS`
(status -> the statuses it may move to), :data:`ALERT_COLUMNS` (the board's columns) and
:data:`HISTORY_COLUMNS` (one alert's history).

Raising (the alert engine's output; emergency desk, administrator, or a trusted script;
:class:`layers.emergency.alert_watch.AlertWatch` does it for each batch of a live feed):

- ``raise_episode(episode) -> int``: the alert of an :class:`~layers.emergency.alert_rules.Episode`; its id.
  Idempotent on ``episode.key`` (``INSERT ... ON CONFLICT DO NOTHING``): the same episode raised again,
  from any console, in any order, gives the same id and no second alert. An episode of the same rule and
  sensor overlapping an alert already raised (another console, hearing the readings in another order,
  saw it start later) is that alert too.
- ``raise_episodes(episodes) -> list[int]``: the same for many, one transaction.
- ``episode_ended(episode) -> bool``: note an episode's end and peak on its alert (the status stays:
  closing is a person's decision).

Reading (every role but as limited below; a village officer sees only their village's alerts):

- ``board(status=None, since=None) -> pandas.DataFrame``: the alerts the user may see, newest first,
  indexed by ``id`` with :data:`ALERT_COLUMNS` (``status`` one of :data:`STATUSES`, ``version`` for the
  changes below). ``status`` is one status or a list of them.
- ``get(alert_id) -> dict``: one alert (:class:`~datasources.errors.NotFound` when the user may not see it).
- ``history(alert_id) -> pandas.DataFrame``: raised, status changes, notes and CAP issues, oldest first.
- ``may_handle(village_code=None) -> bool`` / ``may_issue(village_code=None) -> bool``: for enabling
  buttons (the store checks again on every call).

Changes (emergency desk and administrator; each is version-checked and audited, and written to the
alert's history with the user, the time and the note):

- ``acknowledge(alert_id, expected_version, note="") -> int`` (the new version)
- ``escalate(alert_id, expected_version, note) -> int`` (a note is required)
- ``close(alert_id, expected_version, note) -> int`` (a note is required)
- ``change_status(alert_id, new_status, note, expected_version) -> int``
- ``add_note(alert_id, note) -> int`` (the history event's id)
- ``record_cap(alert_id, identifier, path, topic=None) -> int``: an issued CAP message (issuing itself
  is :func:`layers.emergency.cap_issue.issue_alert`); needs the right to issue alerts.
- ``check_issue(alert_id) -> dict``: the alert, if the user may issue for it (refusal audited).

Errors: :class:`~datasources.errors.PermissionDenied` (recorded ``denied`` in the audit trail),
:class:`~datasources.errors.EditConflict` (someone changed the alert since ``expected_version``; recorded
as a conflict), :class:`~datasources.errors.WorkflowRefused` (a step the workflow does not allow, or a
missing note; recorded as refused).

On PostgreSQL the database enforces the same (``pg_alerts.sql``): row-level security by village, the
rights of each group role, the allowed status steps and an audit record in every changing transaction.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from datasources.errors import (
    QT_TRANSLATE_NOOP,
    EditConflict,
    NotFound,
    StoreError,
    WorkflowRefused,
)
from datasources.store.alert_models import Alert, AlertEvent
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.incident_intake import utc
from datasources.store.permissions import Action, Right

STATUSES = ("new", "acknowledged", "escalated", "closed")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("acknowledged", "escalated", "closed"),
    "acknowledged": ("escalated", "closed"),
    "escalated": ("acknowledged", "closed"),
    "closed": (),
}
#: steps that need a note saying why
NOTE_NEEDED = ("escalated", "closed")
ALERT_COLUMNS = ["episode_key", "rule_id", "sensor_code", "watched", "village_code", "level", "status",
                 "event", "event_zh", "severity", "started_at", "raised_at", "ended_at", "peak",
                 "peak_time", "created_at", "version", "updated_at", "updated_by"]
HISTORY_COLUMNS = ["time", "username", "kind", "from_status", "to_status", "note", "detail"]
_TIMES = ("started_at", "raised_at", "ended_at", "peak_time", "created_at", "updated_at")


def check_step(before: str, after: str, note: str) -> None:
    """Raise :class:`WorkflowRefused` unless the board may move an alert from ``before`` to ``after``."""
    if after not in STATUSES:
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError", "{status!r} is not an alert status"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                              status=after, names=", ".join(STATUSES))
    if after not in TRANSITIONS.get(before, ()):
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "an alert that is {before} cannot become {after}"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Reload the board: someone may have "
                                                "moved it on."), before=before, after=after)
    if after in NOTE_NEEDED and not (note or "").strip():
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError", "an alert is {after} only with a note"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Write why."), after=after)


class Alerts:
    """``session.alerts``: the alert board as the user may see and change it (see the module's API)."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    # -- what the user may do ---------------------------------------------------------------------
    def may_handle(self, village_code: str | None = None) -> bool:
        return self.core.can(Action(Right.HANDLE_ALERTS), village_code or self.core.caller.village_code)

    def may_issue(self, village_code: str | None = None) -> bool:
        return self.core.can(Action(Right.ISSUE_ALERTS), village_code or self.core.caller.village_code)

    def check_issue(self, alert_id: int) -> dict:
        """The alert, if the user may issue a CAP message for it (else :class:`PermissionDenied`, audited)."""
        alert = self.get(alert_id)
        self.core.check(Action(Right.ISSUE_ALERTS), f"alerts:{alert_id}", alert["village_code"])
        return alert

    # -- raising ----------------------------------------------------------------------------------
    def raise_episode(self, episode, rule=None) -> int:
        """The alert of ``episode`` (raised now unless it already is); its id."""
        return self.raise_episodes([episode], [rule] if rule is not None else ())[0]

    def raise_episodes(self, episodes, rules=()) -> list[int]:
        """The alerts of ``episodes`` in their order, raising those not yet raised in one transaction.

        ``rules`` (objects with ``rule_id``, ``event``, ``event_zh``, ``severity``) give the alerts their
        words for a CAP message (default: the episodes' own).
        """
        episodes = list(episodes)
        if not episodes:
            return []
        words = {r.rule_id: r for r in rules}
        for village in sorted({e.village_code for e in episodes}, key=str):
            self.core.check(Action(Right.HANDLE_ALERTS), "alerts", village)
        keys = [e.key for e in episodes]
        known = self._ids(keys)
        with self.core.store.transaction() as session:
            for e in episodes:
                if e.key not in known and (same := _overlapping(session, e)) is not None:
                    known[e.key] = same
        fresh = list({e.key: e for e in episodes if e.key not in known}.values())
        if fresh:
            villages = sorted({e.village_code for e in fresh}, key=str)
            write = Write("alerts", "alert_raise", right=Right.HANDLE_ALERTS, name="alerts", villages=villages)

            def change(session, _target) -> Outcome:
                now = datetime.now(UTC)
                made = []
                if session.get_bind().dialect.name == "postgresql":  # SQLite: BEGIN IMMEDIATE did this
                    for pair in sorted({f"{e.rule_id}/{e.sensor_code}" for e in fresh}):
                        # consoles raising the same rule on the same sensor take turns (the overlap test)
                        session.execute(text("SELECT pg_advisory_xact_lock(7007, hashtext(:k))"), {"k": pair})
                for e in fresh:
                    if _overlapping(session, e) is not None:  # another console raised it from a later start
                        continue
                    rule = words.get(e.rule_id, e)  # an episode carries its rule's words too
                    row = {"episode_key": e.key, "rule_id": e.rule_id, "sensor_code": e.sensor_code,
                           "watched": e.watched, "village_code": e.village_code, "level": e.level,
                           "status": "new", "event": getattr(rule, "event", None) or None,
                           "event_zh": getattr(rule, "event_zh", None) or None,
                           "severity": getattr(rule, "severity", None) or None, "started_at": utc(e.start),
                           "raised_at": utc(e.raised_at), "ended_at": utc(e.end) if e.end else None,
                           "peak": float(e.peak), "peak_time": utc(e.peak_time), "created_at": now,
                           "version": 1, "updated_at": now, "updated_by": self.core.username}
                    new_id = session.scalar(_insert_once(session, row))
                    if new_id is None:  # raised meanwhile by another console
                        continue
                    made.append(new_id)
                    session.add(AlertEvent(alert_id=new_id, time=now, username=self.core.username,
                                           kind="raised", to_status="new",
                                           note=f"{e.level}: {e.watched} peak {e.peak:g}"))
                what = f"alerts:{made[0]}" if len(made) == 1 else f"alerts:{len(made)} alerts"
                return Outcome({"count": len(made), "keys": [e.key for e in fresh]}, made, what)

            self.core.audited_write(write, change)
            known = self._ids(keys)
            with self.core.store.transaction() as session:
                for e in episodes:
                    if e.key not in known:
                        known[e.key] = _overlapping(session, e)
        return [known[k] for k in keys]

    def episode_ended(self, episode) -> bool:
        """Note the end and peak of a raised episode on its alert (status unchanged); False when there is
        nothing new to note."""
        alert_id = self._ids([episode.key]).get(episode.key)
        if alert_id is None or episode.end is None:
            return False
        current = self.get(alert_id)
        if current["ended_at"] is not None:
            return False
        write = Write("alerts", "alert_end", right=Right.HANDLE_ALERTS, name=f"alerts:{alert_id}",
                      villages=[current["village_code"]])

        def change(session, _target) -> Outcome:
            version = self._update(session, alert_id, current["version"], {
                "ended_at": utc(episode.end), "peak": float(episode.peak),
                "peak_time": utc(episode.peak_time)}, {"ended_at": episode.end})
            session.add(AlertEvent(alert_id=alert_id, time=datetime.now(UTC), username=self.core.username,
                                   kind="ended", note=f"peak {episode.peak:g}"))
            return Outcome({"ended_at": utc(episode.end).isoformat(), "version": version}, True)

        return self.core.audited_write(write, change)

    # -- reading ----------------------------------------------------------------------------------
    def board(self, status=None, since: datetime | None = None) -> pd.DataFrame:
        """The alerts the user may see, newest first (see the module's API)."""
        scope = self._scope
        self.core.check(Action(Right.SEE_ALERTS), "alerts", scope)
        query = select(Alert)
        if scope is not None:
            query = query.where(Alert.village_code == scope)
        if status is not None:
            wanted = [status] if isinstance(status, str) else list(status)
            query = query.where(Alert.status.in_(wanted))
        if since is not None:
            query = query.where(Alert.raised_at >= utc(since))
        with self.core.store.transaction() as session:
            rows = [_row(a) for a in session.scalars(query.order_by(Alert.raised_at.desc(), Alert.id.desc()))]
        frame = pd.DataFrame(rows, columns=["id", *ALERT_COLUMNS]).set_index("id")
        for column in _TIMES:
            frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    def get(self, alert_id: int) -> dict:
        """One alert as a dict (with ``id`` and ``version``)."""
        with self.core.store.transaction() as session:
            alert = session.get(Alert, int(alert_id))
            row = _row(alert) if alert is not None else None
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("DataSourceError", "alert #{alert_id} is not in the store"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Reload the alert board."), alert_id=alert_id)
        self.core.check(Action(Right.SEE_ALERTS), f"alerts:{alert_id}", row["village_code"])
        return row

    def history(self, alert_id: int) -> pd.DataFrame:
        """The alert's history, oldest first (columns :data:`HISTORY_COLUMNS`)."""
        self.get(alert_id)
        query = (select(*(getattr(AlertEvent, c) for c in HISTORY_COLUMNS))
                 .where(AlertEvent.alert_id == int(alert_id)).order_by(AlertEvent.time, AlertEvent.id))
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)]
        frame = pd.DataFrame(rows, columns=HISTORY_COLUMNS, dtype=object)
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
        return frame

    # -- the workflow -----------------------------------------------------------------------------
    def acknowledge(self, alert_id: int, expected_version: int, note: str = "") -> int:
        return self.change_status(alert_id, "acknowledged", note, expected_version)

    def escalate(self, alert_id: int, expected_version: int, note: str) -> int:
        return self.change_status(alert_id, "escalated", note, expected_version)

    def close(self, alert_id: int, expected_version: int, note: str) -> int:
        return self.change_status(alert_id, "closed", note, expected_version)

    def change_status(self, alert_id: int, new_status: str, note: str, expected_version: int) -> int:
        """Move the alert to ``new_status``; returns its new version (see the module's errors)."""
        village = self._village(alert_id)
        write = Write("alerts", "alert_status", expected_version=expected_version,
                      changes={"status": new_status}, right=Right.HANDLE_ALERTS, name=f"alerts:{alert_id}",
                      villages=[village], refused={"to": new_status})

        def change(session, _target) -> Outcome:
            alert = session.get(Alert, int(alert_id))
            if alert.version != expected_version:
                raise EditConflict("alerts", alert_id, {"status": new_status}, _row(alert))
            before = alert.status
            check_step(before, new_status, note)
            version = self._update(session, alert_id, expected_version, {"status": new_status},
                                   {"status": new_status})
            session.add(AlertEvent(alert_id=int(alert_id), time=datetime.now(UTC), username=self.core.username,
                                   kind="status", from_status=before, to_status=new_status,
                                   note=(note or "").strip() or None))
            return Outcome({"from": before, "to": new_status, "version": version}, version)

        return self.core.audited_write(write, change)

    def add_note(self, alert_id: int, note: str) -> int:
        """Add a note to the alert's history; returns the event's id."""
        if not (note or "").strip():
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the note is empty"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Write something."))
        return self._event(alert_id, Right.HANDLE_ALERTS, "alert_note", kind="note", note=note.strip())

    def record_cap(self, alert_id: int, identifier: str, path: str, topic: str | None = None) -> int:
        """Keep an issued CAP message in the alert's history (audited); returns the event's id."""
        detail = {"identifier": identifier, "file": str(path), "topic": topic}
        return self._event(alert_id, Right.ISSUE_ALERTS, "cap_issue", kind="cap_issued", note=identifier,
                           detail=detail)

    def refuse_cap(self, alert_id: int, reasons: list[str]) -> None:
        """Record that a CAP message for the alert was refused, and why."""
        self.core.store.record(self.core.username, "cap_issue", f"alerts:{alert_id}", "refused",
                               {"reasons": list(reasons)})

    # -- inside -----------------------------------------------------------------------------------
    @property
    def _scope(self) -> str | None:
        caller = self.core.caller
        return caller.village_code if caller.role != "administrator" else None

    def _ids(self, keys) -> dict[str, int]:
        with self.core.store.transaction() as session:
            return dict(session.execute(select(Alert.episode_key, Alert.id)
                                        .where(Alert.episode_key.in_(list(keys)))).all())

    def _village(self, alert_id: int) -> str | None:
        with self.core.store.transaction() as session:
            found = session.execute(select(Alert.village_code).where(Alert.id == int(alert_id))).one_or_none()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("DataSourceError", "alert #{alert_id} is not in the store"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Reload the alert board."), alert_id=alert_id)
        return found[0]

    def _update(self, session, alert_id: int, expected: int, values: dict, mine: dict) -> int:
        now = datetime.now(UTC)
        done = session.execute(update(Alert).where(Alert.id == int(alert_id), Alert.version == expected)
                               .values(**values, version=expected + 1, updated_at=now,
                                       updated_by=self.core.username))
        if done.rowcount != 1:
            theirs = session.get(Alert, int(alert_id))
            raise EditConflict("alerts", alert_id, mine, _row(theirs) if theirs is not None else {})
        return expected + 1

    def _event(self, alert_id: int, right: Right, event: str, **values) -> int:
        village = self._village(alert_id)
        write = Write("alerts", event, right=right, name=f"alerts:{alert_id}", villages=[village])
        detail = values.pop("detail", None)

        def change(session, _target) -> Outcome:
            row = AlertEvent(alert_id=int(alert_id), time=datetime.now(UTC), username=self.core.username,
                             detail=json.dumps(detail, ensure_ascii=False) if detail else None, **values)
            session.add(row)
            session.flush()
            return Outcome({"event": row.id, **(detail or {})}, row.id)

        return self.core.audited_write(write, change)


def _insert_once(session, row: dict):
    """INSERT the alert unless its episode is already raised; returns the new id (None if it was)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return (dialect.insert(Alert).values(**row).on_conflict_do_nothing(index_elements=["episode_key"])
            .returning(Alert.id))


def _overlapping(session, episode) -> int | None:
    """The alert already raised for the same rule and sensor whose time overlaps the episode: the same
    episode, told from readings that arrived in another order (its start may differ)."""
    end = utc(episode.end) if episode.end is not None else None
    query = select(Alert.id).where(Alert.rule_id == episode.rule_id, Alert.sensor_code == episode.sensor_code,
                                   (Alert.ended_at.is_(None)) | (Alert.ended_at > utc(episode.start)))
    if end is not None:
        query = query.where(Alert.started_at < end)
    return session.scalar(query.order_by(Alert.started_at).limit(1))


def _row(alert: Alert) -> dict:
    return {"id": alert.id, **{c: getattr(alert, c) for c in ALERT_COLUMNS}}


__all__ = ["ALERT_COLUMNS", "HISTORY_COLUMNS", "STATUSES", "TRANSITIONS", "Alerts", "check_step"]
