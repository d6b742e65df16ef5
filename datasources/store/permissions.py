"""Who may do what in the township store.

An :class:`Action` is a right (:class:`Right`), for the rights that are given per kind of feature (reading,
editing) together with the kind: ``Action.edit("incidents")``. Each role has a set of actions; a user with a
``village_code`` (a village officer, or staff posted to one village) is further limited to the features of
that village. The store checks every call against this table (:func:`require`), so hiding a button is never
the only guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from datasources.errors import QT_TRANSLATE_NOOP, PermissionDenied

ROLES = ("administrator", "office_staff", "planner", "emergency_desk", "viewer", "village_officer")
FEATURE_KINDS = ("villages", "facilities", "sensors", "sensor_readings", "hazard_zones", "incidents",
                 "planned_sites")
#: Kinds whose features belong to one village (the scope of a village officer).
VILLAGE_SCOPED = {"villages", "facilities", "sensors", "incidents", "planned_sites"}


class Right(StrEnum):
    """What an action does; ``READ`` and ``EDIT`` are given per kind of feature."""

    READ = "read"
    EDIT = "edit"
    IMPORT = "import"
    EXPORT = "export"
    EXPORT_PERSONAL = "export_personal"
    UNMASK_PERSONAL = "unmask_personal"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    #: the alert board: see alerts; raise, acknowledge, escalate and close them; issue CAP messages
    SEE_ALERTS = "see_alerts"
    HANDLE_ALERTS = "handle_alerts"
    ISSUE_ALERTS = "issue_alerts"
    #: the disclosure web map: draft a publication; approve or reject another user's draft
    PUBLISH = "publish"
    APPROVE_PUBLICATION = "approve_publication"

    @property
    def per_kind(self) -> bool:
        return self in (Right.READ, Right.EDIT)


@dataclass(frozen=True)
class Action:
    """A right on a kind of feature (``kind`` None: not about one kind, such as managing accounts).

    ``str(action)`` is how the audit trail and the messages name it: ``edit:incidents``, ``import``.
    """

    right: Right
    kind: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "right", Right(self.right))
        if self.kind is not None and self.kind not in FEATURE_KINDS:
            raise ValueError(f"{self.kind!r} is not a kind of feature; use one of {', '.join(FEATURE_KINDS)}")
        if self.right.per_kind and self.kind is None:
            raise ValueError(f"{self.right} needs the kind of feature")

    @classmethod
    def read(cls, kind: str) -> Action:
        return cls(Right.READ, kind)

    @classmethod
    def edit(cls, kind: str) -> Action:
        return cls(Right.EDIT, kind)

    @property
    def grant(self) -> Action:
        """The entry of a role's table that allows this action (the kind counts for reading and editing)."""
        return self if self.right.per_kind or self.kind is None else Action(self.right)

    def __str__(self) -> str:
        return f"{self.right}:{self.kind}" if self.right.per_kind else str(self.right)


def _reads(*kinds: str) -> set[Action]:
    return {Action.read(kind) for kind in kinds}


def _edits(*kinds: str) -> set[Action]:
    return {Action.edit(kind) for kind in kinds}


def _rights(*rights: Right) -> set[Action]:
    return {Action(right) for right in rights}


_READ_ALL = _reads(*FEATURE_KINDS) | _rights(Right.SEE_ALERTS)  # alerts too (a village officer: their own)
_ALERT_DESK = _rights(Right.HANDLE_ALERTS, Right.ISSUE_ALERTS)
PERMISSIONS: dict[str, frozenset[Action]] = {
    "administrator": frozenset(_READ_ALL | _edits(*FEATURE_KINDS) | _rights(
        Right.UNMASK_PERSONAL, Right.EXPORT_PERSONAL, Right.IMPORT, Right.EXPORT, Right.MANAGE_USERS,
        Right.VIEW_AUDIT, Right.PUBLISH, Right.APPROVE_PUBLICATION) | _ALERT_DESK),
    "office_staff": frozenset(_READ_ALL | _edits("villages", "facilities", "incidents") | _rights(
        Right.UNMASK_PERSONAL, Right.EXPORT_PERSONAL, Right.IMPORT, Right.EXPORT, Right.PUBLISH)),
    "planner": frozenset(_READ_ALL | _edits("planned_sites", "facilities") | _rights(
        Right.IMPORT, Right.EXPORT, Right.PUBLISH)),
    "emergency_desk": frozenset(_READ_ALL | _edits("sensors", "sensor_readings", "hazard_zones",
                                                   "incidents") | _rights(
        Right.UNMASK_PERSONAL, Right.IMPORT, Right.EXPORT) | _ALERT_DESK),
    "viewer": frozenset(_READ_ALL),
    "village_officer": frozenset(_READ_ALL | _edits("facilities", "incidents") | _rights(
        Right.UNMASK_PERSONAL, Right.EXPORT)),
}
ACTIONS = sorted(set().union(*PERMISSIONS.values()), key=str)
#: rights a village-limited user has over the whole township when no kind is named
_TOWNSHIP_WIDE = (Right.UNMASK_PERSONAL, Right.EXPORT, Right.EXPORT_PERSONAL)


@dataclass(frozen=True)
class Caller:
    """Who is asking: the logged-in user's name, role and (optional) village."""

    username: str
    role: str
    village_code: str | None = None


def allowed(caller: Caller, action: Action, village_code: str | None = None) -> bool:
    """True when ``caller`` may do ``action`` (on a feature in ``village_code``)."""
    if action.grant not in PERMISSIONS.get(caller.role, ()):
        return False
    if caller.village_code is None or caller.role == "administrator":
        return True
    if action.kind is not None and action.kind not in VILLAGE_SCOPED:
        return action.right is Right.READ
    if action.right in _TOWNSHIP_WIDE and action.kind is None:
        return True
    return village_code == caller.village_code


def require(caller: Caller, action: Action, village_code: str | None = None) -> None:
    """Raise :class:`PermissionDenied` unless :func:`allowed`."""
    if not allowed(caller, action, village_code):
        advice = QT_TRANSLATE_NOOP("DataSourceError", "Ask the administrator for the right role.")
        if village_code:
            raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError", "{user} ({role}) may not {action} in "
                                                     "village {village}"), advice, user=caller.username,
                                   role=caller.role, action=str(action), village=village_code)
        raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError", "{user} ({role}) may not {action}"), advice,
                               user=caller.username, role=caller.role, action=str(action))
