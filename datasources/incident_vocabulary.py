"""The incident vocabulary: categories, statuses, sources, deadlines and the workflow rules the store enforces.

A resident's report moves new -> verified -> assigned -> in progress -> resolved -> closed; it can be rejected
or marked a duplicate (linked to the original) before work starts, and withdrawn (with a note saying why) at
any step before it is finished: reports are never deleted, so their history and photos stay. The store, the desk
(``layers.incidents.workflow``) and the plain readers and writers of report files (Open311, spreadsheets) all
import these names from here, so there is one definition and a reader needs no database to use it.

Only codes live here. What the office calls a code in Chinese or English belongs to the interface's code
lists; a reader or writer that shows names (an Open311 ``service_name``, a spreadsheet's category column)
is given them as :class:`CodeNames`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from datasources.errors import QT_TRANSLATE_NOOP, WorkflowRefused

STATUSES = ("new", "verified", "assigned", "in_progress", "resolved", "closed", "rejected", "duplicate",
            "withdrawn")
#: a case someone still has to work on
OPEN_STATUSES = ("new", "verified", "assigned", "in_progress")
#: a case nobody works on any more (nothing may follow)
FINAL_STATUSES = ("closed", "rejected", "duplicate", "withdrawn")
#: statuses a likely duplicate cannot have (they are not cases of their own)
NOT_ORIGINALS = ("rejected", "duplicate", "withdrawn")
#: status -> statuses it may change to
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("verified", "rejected", "duplicate", "withdrawn"),
    "verified": ("assigned", "rejected", "duplicate", "withdrawn"),
    "assigned": ("in_progress", "assigned", "verified", "withdrawn"),
    "in_progress": ("resolved", "assigned", "withdrawn"),
    "resolved": ("closed", "in_progress", "withdrawn"),
    "closed": (),
    "rejected": (),
    "duplicate": (),
    "withdrawn": (),
}
CATEGORIES = ("environment", "street_light", "road_damage", "flooding", "noise", "dispute",
              "water_supply", "waste")
#: days from report to closing, by category (the defaults; the office changes them in the store)
DEFAULT_DEADLINE_DAYS = {"environment": 3, "street_light": 5, "road_damage": 7, "flooding": 1,
                         "noise": 3, "dispute": 15, "water_supply": 2, "waste": 3}
#: fields of a report that a plain edit (the API's, the attribute table's) may not change: the workflow's
#: (a step with a note) and the desk's (a named correction with a reason), or none (the numbers)
PROTECTED_FIELDS = ("status", "closed_at", "assignee", "duplicate_of", "category", "due_at", "reported_at",
                    "case_number", "source_number", "source")
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
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "{status!r} is not an incident status"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                              status=status, names=', '.join(STATUSES))
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
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "{new!r} is not an incident status"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                              new=new, names=', '.join(STATUSES))
    if new not in allowed_next(current):
        allowed = ", ".join(TRANSITIONS[current]) or "none (the case is finished)"
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "an incident that is {current} cannot become "
                                                "{new}"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Allowed next: {allowed}."),
                              current=current, new=new, allowed=allowed)
    if not (note or "").strip():
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "every change of status needs a note saying "
                                                "why"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Write a note."))
    if new == "assigned" and not (assignee or "").strip():
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "assigning needs the person or team it goes to"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Name the assignee."))
    if new == "duplicate" and duplicate_of is None:
        raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                "a duplicate needs the number of the original "
                                                "report"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Give the original's id."))


@dataclass(frozen=True)
class CodeNames:
    """What people call the codes in a file: ``categories`` and ``statuses`` map a code to its name.

    A writer puts the name beside (or instead of) the code; a reader takes the code or its name.
    Without names, the codes stand for themselves.
    """

    categories: Mapping[str, str] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)
    #: the language of the names, for messages ("use one of ... or their Chinese names")
    language: str = ""

    def category_code(self, word) -> str | None:
        """The category a file's word names (a code, case-insensitive, or a name); None if none."""
        return _code(word, CATEGORIES, self.categories)

    def status_code(self, word) -> str | None:
        """The status a file's word names (a code, case-insensitive, or a name); None if none."""
        return _code(word, STATUSES, self.statuses)


def names_or_codes(names: CodeNames | None) -> CodeNames:
    """``names``, or when None the codes standing for themselves."""
    return names if names is not None else CodeNames()


def _code(word, codes: tuple[str, ...], names: Mapping[str, str]) -> str | None:
    text = str(word).strip()
    if text.lower() in codes:
        return text.lower()
    return next((code for code, name in names.items() if name == text), None)
