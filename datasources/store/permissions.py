"""Who may do what in the township store.

Each role has a set of actions; a user with a ``village_code`` (a village officer, or staff posted to one
village) is further limited to the features of that village. The store checks every call against this table
(:func:`require`), so hiding a button is never the only guard.
"""

from __future__ import annotations

from dataclasses import dataclass

from datasources.errors import PermissionDenied

ROLES = ("administrator", "office_staff", "planner", "emergency_desk", "viewer", "village_officer")
ROLE_NAMES_ZH = {"administrator": "管理员", "office_staff": "办公室职员", "planner": "规划员",
                 "emergency_desk": "应急值班", "viewer": "只读用户", "village_officer": "村干部"}
FEATURE_KINDS = ("villages", "facilities", "sensors", "sensor_readings", "hazard_zones", "incidents",
                 "planned_sites")
#: Kinds whose features belong to one village (the scope of a village officer).
VILLAGE_SCOPED = {"villages", "facilities", "sensors", "incidents", "planned_sites"}

_READ_ALL = {f"read:{kind}" for kind in FEATURE_KINDS}


def _edits(*kinds: str) -> set[str]:
    return {f"edit:{kind}" for kind in kinds}


PERMISSIONS: dict[str, frozenset[str]] = {
    "administrator": frozenset(_READ_ALL | _edits(*FEATURE_KINDS) | {
        "unmask_personal", "export_personal", "import", "export", "manage_users", "view_audit"}),
    "office_staff": frozenset(_READ_ALL | _edits("villages", "facilities", "incidents") | {
        "unmask_personal", "export_personal", "import", "export"}),
    "planner": frozenset(_READ_ALL | _edits("planned_sites", "facilities") | {"import", "export"}),
    "emergency_desk": frozenset(_READ_ALL | _edits("sensors", "sensor_readings", "hazard_zones",
                                                   "incidents") | {"unmask_personal", "import",
                                                                   "export"}),
    "viewer": frozenset(_READ_ALL),
    "village_officer": frozenset(_READ_ALL | _edits("facilities", "incidents") | {
        "unmask_personal", "export"}),
}
ACTIONS = sorted(set().union(*PERMISSIONS.values()))


@dataclass(frozen=True)
class Caller:
    """Who is asking: the logged-in user's name, role and (optional) village."""

    username: str
    role: str
    village_code: str | None = None


def allowed(caller: Caller, action: str, village_code: str | None = None, kind: str | None = None
            ) -> bool:
    """True when ``caller`` may do ``action`` (on a feature of ``kind`` in ``village_code``)."""
    if action not in PERMISSIONS.get(caller.role, ()):
        return False
    if caller.village_code is None or caller.role == "administrator":
        return True
    if kind is not None and kind not in VILLAGE_SCOPED:
        return action.startswith("read:")
    if action in ("unmask_personal", "export", "export_personal") and kind is None:
        return True
    return village_code == caller.village_code


def require(caller: Caller, action: str, village_code: str | None = None, kind: str | None = None
            ) -> None:
    """Raise :class:`PermissionDenied` unless :func:`allowed`."""
    if not allowed(caller, action, village_code, kind):
        where = f" in village {village_code}" if village_code else ""
        raise PermissionDenied(f"{caller.username} ({caller.role}) may not {action}{where}",
                               "Ask the administrator for the right role.")
