"""Publications in the store (``session.publications``): each disclosure web map put out for residents is
a recorded act — who drafted it, which layers and fields with how many features, when, the content hash of
the files — and is approved (or rejected) by another user than the one who drafted it.

Who may do what (:mod:`datasources.store.permissions`): office staff, planners and the administrator draft
(``publish``); the administrator — the office head's account — approves or rejects
(``approve_publication``). The approver must be another user than the drafter (an administrator's draft
is decided by another administrator); the store refuses anything else, and on PostgreSQL the database does too (``pg_publications.sql``).

API
---
- ``may_publish() / may_approve() -> bool``: for enabling menu entries (the store checks again).
- ``draft(title, layers, content_hash, size=None, location=None) -> int``: record a drafted publication
  (``layers``: layer -> ``{"title", "fields", "features"}``); audited ``publication_draft``.
- ``approve(pub_id, expected_version, note="") -> int`` / ``reject(pub_id, expected_version, note)``: the
  decision, version-checked and audited; returns the new version.
- ``history() -> pandas.DataFrame``: every publication, newest first (columns :data:`COLUMNS`).
- ``get(pub_id) -> dict``: one publication, its ``layers`` decoded.
- ``changes(pub_id) -> dict``: what changed since the approved publication before it
  (:func:`changes_between`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import select, update

from datasources.errors import QT_TRANSLATE_NOOP, EditConflict, NotFound, WorkflowRefused
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.permissions import Action, Right
from datasources.store.publication_models import Publication

STATUSES = ("draft", "approved", "rejected")
COLUMNS = ["title", "status", "drafted_by", "drafted_role", "drafted_at", "decided_by", "decided_role",
           "decided_at", "note", "content_hash", "size", "location", "layers", "version"]


def changes_between(old: dict | None, new: dict) -> dict:
    """What changed from the layers ``old`` to ``new`` (each layer -> ``{"fields", "features"}``):
    layers added and removed, fields added and removed per layer, feature counts that moved."""
    old = old or {}
    kept = [name for name in new if name in old]
    fields_added = {n: [f for f in new[n]["fields"] if f not in old[n]["fields"]] for n in kept}
    fields_removed = {n: [f for f in old[n]["fields"] if f not in new[n]["fields"]] for n in kept}
    return {
        "first": not old,
        "layers_added": [n for n in new if n not in old],
        "layers_removed": [n for n in old if n not in new],
        "fields_added": {n: f for n, f in fields_added.items() if f},
        "fields_removed": {n: f for n, f in fields_removed.items() if f},
        "features": {n: [old[n]["features"], new[n]["features"]] for n in kept
                     if old[n]["features"] != new[n]["features"]},
    }


def describe_changes(diff: dict) -> list[str]:
    """The changes as lines for people (layer and field names as they are)."""
    if diff["first"]:
        return ["first publication"]
    lines = [f"layer added: {n}" for n in diff["layers_added"]]
    lines += [f"layer removed: {n}" for n in diff["layers_removed"]]
    lines += [f"{n}: fields added {', '.join(f)}" for n, f in diff["fields_added"].items()]
    lines += [f"{n}: fields removed {', '.join(f)}" for n, f in diff["fields_removed"].items()]
    lines += [f"{n}: features {a} -> {b}" for n, (a, b) in diff["features"].items()]
    return lines or ["no change in layers, fields or feature counts"]


class Publications:
    """``session.publications`` (see the module's API)."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    def may_publish(self) -> bool:
        return self.core.can(Action(Right.PUBLISH))

    def may_approve(self) -> bool:
        return self.core.can(Action(Right.APPROVE_PUBLICATION))

    def draft(self, title: str, layers: dict, content_hash: str, size: int | None = None,
              location: str | None = None) -> int:
        """Record a drafted publication; its id."""
        write = Write("publications", "publication_draft", right=Right.PUBLISH, name="publications")
        caller = self.core.caller

        def change(session, _target) -> Outcome:
            now = datetime.now(UTC)
            row = Publication(title=str(title), layers=json.dumps(layers, ensure_ascii=False, sort_keys=True),
                              content_hash=content_hash, size=size, location=location, status="draft",
                              drafted_by=self.core.username, drafted_role=caller.role, drafted_at=now,
                              version=1, updated_at=now, updated_by=self.core.username)
            session.add(row)
            session.flush()
            return Outcome({"id": row.id, "layers": {n: v["fields"] for n, v in layers.items()},
                            "content_hash": content_hash}, row.id, f"publications:{row.id}")

        return self.core.audited_write(write, change)

    def approve(self, pub_id: int, expected_version: int, note: str = "") -> int:
        return self._decide(pub_id, "approved", expected_version, note)

    def reject(self, pub_id: int, expected_version: int, note: str) -> int:
        if not (note or "").strip():
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError", "a publication is rejected only with a "
                                                    "note"), QT_TRANSLATE_NOOP("DataSourceError", "Write why."))
        return self._decide(pub_id, "rejected", expected_version, note)

    def _decide(self, pub_id: int, status: str, expected_version: int, note: str) -> int:
        write = Write("publications", "publication_" + ("approve" if status == "approved" else "reject"),
                      expected_version=expected_version, changes={"status": status},
                      right=Right.APPROVE_PUBLICATION, name=f"publications:{pub_id}", refused={"to": status})
        caller = self.core.caller

        def change(session, _target) -> Outcome:
            row = session.get(Publication, int(pub_id))
            if row is None:
                raise _not_found(pub_id)
            if row.version != expected_version:
                raise EditConflict("publications", pub_id, {"status": status}, _row(row))
            check_decision(row.status, row.drafted_by, row.drafted_role, self.core.username, caller.role)
            now = datetime.now(UTC)
            done = session.execute(
                update(Publication).where(Publication.id == int(pub_id), Publication.version == expected_version)
                .values(status=status, decided_by=self.core.username, decided_role=caller.role, decided_at=now,
                        note=(note or "").strip() or None, version=expected_version + 1, updated_at=now,
                        updated_by=self.core.username))
            if done.rowcount != 1:
                raise EditConflict("publications", pub_id, {"status": status}, _row(row))
            return Outcome({"status": status, "content_hash": row.content_hash,
                            "drafted_by": row.drafted_by}, expected_version + 1)

        return self.core.audited_write(write, change)

    def history(self) -> pd.DataFrame:
        """Every publication, newest first, indexed by ``id``."""
        self._check_read("publications")
        with self.core.store.transaction() as session:
            rows = [_row(p) for p in session.scalars(select(Publication).order_by(Publication.id.desc()))]
        frame = pd.DataFrame(rows, columns=["id", *COLUMNS]).set_index("id")
        for column in ("drafted_at", "decided_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    def get(self, pub_id: int) -> dict:
        self._check_read(f"publications:{pub_id}")
        with self.core.store.transaction() as session:
            row = session.get(Publication, int(pub_id))
            found = _row(row) if row is not None else None
        if found is None:
            raise _not_found(pub_id)
        return found

    def changes(self, pub_id: int) -> dict:
        """What ``pub_id`` changes against the last approved publication before it."""
        current = self.get(pub_id)
        with self.core.store.transaction() as session:
            before = session.scalar(select(Publication).where(Publication.id < int(pub_id),
                                                              Publication.status == "approved")
                                    .order_by(Publication.id.desc()).limit(1))
            old = json.loads(before.layers) if before is not None else None
        diff = changes_between(old, current["layers"])
        diff["since"] = before.id if before is not None else None
        return diff

    def _check_read(self, obj: str) -> None:
        if not (self.may_publish() or self.may_approve()):
            self.core.check(Action(Right.PUBLISH), obj)


def check_decision(status: str, drafted_by: str, drafted_role: str, user: str, role: str) -> None:
    """Raise :class:`WorkflowRefused` unless ``user`` (of ``role``) may decide on the draft: it is still a
    draft, and ``user`` is not who drafted it (an administrator's draft is decided by another
    administrator; any other role's drafts by the administrator, the only role with the right)."""
    if status != "draft":
        already = {"approved": QT_TRANSLATE_NOOP("DataSourceError", "the publication is already approved"),
                   "rejected": QT_TRANSLATE_NOOP("DataSourceError", "the publication is already rejected")}
        raise WorkflowRefused(already.get(status, QT_TRANSLATE_NOOP("DataSourceError", "the publication is "
                                                                    "no longer a draft")),
                              QT_TRANSLATE_NOOP("DataSourceError", "Reload the publications."))
    if user == drafted_by:
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError", "{drafter} drafted this publication and may "
                                                "not decide on it: another user approves or rejects it"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Ask another administrator to approve it."),
                              drafter=drafted_by)


def _not_found(pub_id) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("DataSourceError", "publication #{pub_id} is not in the store"),
                    QT_TRANSLATE_NOOP("DataSourceError", "Reload the publications."), pub_id=pub_id)


def _row(p: Publication) -> dict:
    row = {"id": p.id, **{c: getattr(p, c) for c in COLUMNS}}
    row["layers"] = json.loads(p.layers) if p.layers else {}
    return row


__all__ = ["COLUMNS", "STATUSES", "Publications", "changes_between", "check_decision", "describe_changes"]
