"""The incident workflow rules the store enforces: statuses, which may follow which, and what a change needs.

A resident's report moves new -> verified -> assigned -> in progress -> resolved -> closed; it can be rejected
or marked a duplicate (linked to the original) before work starts. The desk (``layers.incident_workflow``)
imports these names, so there is one definition that both the store and the window follow.
"""

from __future__ import annotations

from datasources.errors import WorkflowRefused

STATUSES = ("new", "verified", "assigned", "in_progress", "resolved", "closed", "rejected", "duplicate")
#: a case someone still has to work on
OPEN_STATUSES = ("new", "verified", "assigned", "in_progress")
#: a case nobody works on any more (nothing may follow)
FINAL_STATUSES = ("closed", "rejected", "duplicate")
#: the statuses as the office calls them
STATUS_NAMES_ZH = {"new": "新报告", "verified": "已核实", "assigned": "已派单", "in_progress": "处理中",
                   "resolved": "已解决", "closed": "已办结", "rejected": "不予受理", "duplicate": "重复"}
#: status -> statuses it may change to
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("verified", "rejected", "duplicate"),
    "verified": ("assigned", "rejected", "duplicate"),
    "assigned": ("in_progress", "assigned", "verified"),
    "in_progress": ("resolved", "assigned"),
    "resolved": ("closed", "in_progress"),
    "closed": (),
    "rejected": (),
    "duplicate": (),
}
CATEGORIES = ("environment", "street_light", "road_damage", "flooding", "noise", "dispute",
              "water_supply", "waste")
#: the categories as the office calls them (also the Open311 ``service_name``)
CATEGORY_NAMES_ZH = {"environment": "环境污染", "street_light": "路灯故障", "road_damage": "道路损坏",
                     "flooding": "积水内涝", "noise": "噪音扰民", "dispute": "矛盾纠纷",
                     "water_supply": "供水问题", "waste": "垃圾清运"}
#: days from report to closing, by category (the defaults; the office changes them in the store)
DEFAULT_DEADLINE_DAYS = {"environment": 3, "street_light": 5, "road_damage": 7, "flooding": 1,
                         "noise": 3, "dispute": 15, "water_supply": 2, "waste": 3}
#: the deadline of a category not in the table
FALLBACK_DEADLINE_DAYS = 7
#: how a report reached the office
SOURCES = ("map", "form", "phone", "app", "hotline", "walk_in", "import", "open311")


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a report in ``status`` may move to.

    Raises
    ------
    WorkflowRefused
        ``status`` is not an incident status.
    """
    if status not in TRANSITIONS:
        raise WorkflowRefused(f"{status!r} is not an incident status",
                              f"Use one of {', '.join(STATUSES)}.")
    return TRANSITIONS[status]


def check_transition(current: str, new: str, note: str = "", assignee: str | None = None,
                     duplicate_of: int | None = None) -> None:
    """Raise :class:`WorkflowRefused` unless ``current -> new`` is allowed with what it needs.

    A note is always required; assigning needs an assignee; a duplicate needs the original's id.

    Parameters
    ----------
    current, new : str
        The status now and the one asked for.
    note : str
        Why (required, not blank).
    assignee : str, optional
        The person or team (required for ``assigned``).
    duplicate_of : int, optional
        The original report's id (required for ``duplicate``).
    """
    if new not in STATUSES:
        raise WorkflowRefused(f"{new!r} is not an incident status", f"Use one of {', '.join(STATUSES)}.")
    if new not in allowed_next(current):
        allowed = ", ".join(TRANSITIONS[current]) or "none (the case is finished)"
        raise WorkflowRefused(f"an incident that is {current} cannot become {new}",
                              f"Allowed next: {allowed}.")
    if not (note or "").strip():
        raise WorkflowRefused("every change of status needs a note saying why", "Write a note.")
    if new == "assigned" and not (assignee or "").strip():
        raise WorkflowRefused("assigning needs the person or team it goes to", "Name the assignee.")
    if new == "duplicate" and duplicate_of is None:
        raise WorkflowRefused("a duplicate needs the number of the original report",
                              "Give the original's id.")
