"""What the services of a session share: the gate, the rows, and the one audited, version-checked write.

Every change a user makes goes through :meth:`SessionCore.audited_write`: check the right (in the feature's
village, and in the village it moves to), check the version the user read, make the change, stamp who and
when, append the audit record, commit, all in one transaction; or record and raise the conflict, the
refusal or the workflow's objection, with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from datasources.errors import EditConflict, WorkflowRefused
from datasources.store import audit
from datasources.store.gate import Gate, Refusal
from datasources.store.gpkg import update_extents
from datasources.store.permissions import VILLAGE_SCOPED, Action, Caller, Right
from datasources.store.rows import Rows, model_of


@dataclass
class Write:
    """One audited write: what it touches, the audit event it is, what the user expected.

    Parameters
    ----------
    kind : str
        The feature kind written.
    event : str
        The audit record's event (``edit``, ``delete``, ``status_change``, ``note``, ``import``...).
    feature_id : int, optional
        The feature changed; None when the change adds new rows.
    expected_version : int, optional
        The version the user read; another one stored is an :class:`EditConflict`. None: no check
        (a note or a photo does not change the feature).
    changes : dict
        What the user asked for: a ``village_code`` in it must be allowed too; shown in a conflict.
    stamps : bool
        The change edits the feature: ``updated_at``/``updated_by`` are set and its new version returned.
    villages : list, optional
        For new rows: the villages they go to (each checked, with ``also`` when given).
    also : Right, optional
        A second right new rows need (``Right.IMPORT``).
    refused : dict, optional
        Audit detail of a refusal by the workflow rules (recorded with the reason); None: not recorded.
    conflict_detail : bool
        Whether the conflict's audit record names the versions.
    right : Right, optional
        For a change that is not a feature's (an account's): the right it needs instead of editing
        ``kind``; ``name`` is then the audit record's object (``user:li``).
    own : bool
        A change the user makes to their own account (their password): no right is needed, only an
        account that is still enabled.
    """

    kind: str
    event: str
    feature_id: int | None = None
    expected_version: int | None = None
    changes: dict = field(default_factory=dict)
    stamps: bool = False
    villages: list | None = None
    also: Right | None = None
    refused: dict | None = None
    conflict_detail: bool = True
    right: Right | None = None
    name: str | None = None
    own: bool = False

    @property
    def action(self) -> Action:
        return Action(self.right) if self.right is not None else Action.edit(self.kind)

    @property
    def obj(self) -> str:
        if self.name is not None:
            return self.name
        return f"{self.kind}:{self.feature_id}" if self.feature_id is not None else self.kind


@dataclass
class Outcome:
    """What a change did: the audit record's detail, what the write returns, and the audit record's object
    when it is not the feature (new rows)."""

    detail: dict = field(default_factory=dict)
    result: object = None
    obj: str | None = None


#: A change: given the ORM session and the feature (None for new rows), make it; say what it did.
Change = Callable[[Session, object], Outcome]


class SessionCore:
    """The store as one user sees it, less the services: who the user is, what they may do, one write path.

    Parameters
    ----------
    store : TownshipStore
    caller : Caller
        The logged-in user.
    account : bool
        True for a user's login (its role and village are taken afresh at each check); False for a trusted
        script with no account.
    """

    def __init__(self, store, caller: Caller, account: bool = True) -> None:
        self.store = store
        self.gate = Gate(store, caller, account)
        self.rows = Rows(store)

    @property
    def caller(self) -> Caller:
        return self.gate.caller

    @property
    def username(self) -> str:
        return self.gate.username

    def can(self, action: Action, village_code: str | None = None) -> bool:
        """Whether the user may do ``action`` (in ``village_code``); see :meth:`Gate.can`."""
        return self.gate.can(action, village_code)

    def check(self, action: Action, obj: str, village_code: str | None = None) -> None:
        """Raise :class:`PermissionDenied` (audited) unless the user may do ``action`` now."""
        self.gate.check(action, obj, village_code)

    def audited_write(self, write: Write, change: Change):
        """Make ``change`` as ``write`` says, audited and version-checked; returns the outcome's result
        (for a stamped feature, its new version).

        Raises
        ------
        PermissionDenied
            The user may not (recorded as denied).
        EditConflict
            The feature is no longer at ``write.expected_version`` (recorded as a conflict).
        WorkflowRefused
            The change broke a workflow rule (recorded as refused when ``write.refused`` says so).
        """
        action = write.action
        if write.feature_id is None and not write.own:
            for village in write.villages or [None]:
                self.gate.check(action, write.name or write.kind, village)
                if write.also is not None:
                    self.gate.check(Action(write.also, write.kind), write.kind, village)
        else:
            self.gate.still_active(action, write.obj)
        try:
            with self.store.transaction() as session:
                return self._write(session, write, change)
        except StaleDataError:
            with self.store.transaction() as session:
                theirs = self.rows.row(self.rows.get(session, write.kind, write.feature_id))
            conflict = EditConflict(write.kind, write.feature_id, write.changes, theirs)
        except EditConflict as exc:
            conflict = exc
        except WorkflowRefused as exc:
            if write.refused is not None:
                self.store.record(self.username, write.event, write.obj, "refused",
                                  {**write.refused, "reason": exc.problem})
            raise
        except Refusal as refusal:
            raise self.gate.refused(refusal) from None
        detail = ({"expected_version": write.expected_version,
                   "stored_version": conflict.theirs.get("version")} if write.conflict_detail else None)
        self.store.record(self.username, write.event, write.obj, "conflict", detail)
        raise conflict

    def _write(self, session: Session, write: Write, change: Change):
        target = None
        if write.feature_id is not None:
            target = self.rows.get(session, write.kind, write.feature_id, write.action)
            villages = [_village_of(target, write.kind)]
            if "village_code" in write.changes and write.changes["village_code"] != villages[0]:
                villages.append(write.changes["village_code"])
            self.gate.check_inside(write.action, write.obj, villages)
            stored = getattr(target, "version", write.expected_version)
            if write.expected_version is not None and stored != write.expected_version:
                raise EditConflict(write.kind, write.feature_id, write.changes, self.rows.row(target))
        outcome = change(session, target)
        if write.stamps and target is not None:
            if hasattr(target, "updated_by"):
                target.updated_at = datetime.now(UTC)
                target.updated_by = self.username
            session.flush()
            version = getattr(target, "version", None)
            outcome.detail.setdefault("version", version)
            if outcome.result is None:
                outcome.result = version
        session.flush()
        audit.append(session, self.username, write.event, outcome.obj or write.obj, "ok", outcome.detail)
        if write.feature_id is None and write.right is None and session.bind.dialect.name == "sqlite":
            update_extents(session.connection(), model_of(write.kind).__tablename__)
        return outcome.result


def _village_of(obj, kind: str) -> str | None:
    return getattr(obj, "village_code", None) if kind in VILLAGE_SCOPED else None
