"""Taking reports in: case numbers counted per China year, case numbers already taken, duplicate links by case
number, the village a point lies in, and deadlines (helpers of :mod:`datasources.store.incidents`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pandas as pd
import shapely
from sqlalchemy import select, text, update

from datasources.errors import QT_TRANSLATE_NOOP, StoreError, WorkflowRefused
from datasources.incident_vocabulary import DEFAULT_DEADLINE_DAYS, FALLBACK_DEADLINE_DAYS, SOURCES
from datasources.store.models import CategoryDeadline, Incident, IncidentEvent, StoreInfo, Village

DEFAULT_CASE_PREFIX = "QX"
#: Incident fields that only the incident workflow sets (with a note, a history row and an audit record).
WORKFLOW_FIELDS = ("status", "closed_at", "assignee", "duplicate_of")
#: Incident fields that change only through a named, audited desk operation with a reason (the operation's
#: name; None: never), so a plain edit (the API's or the attribute table's) cannot bend the figures.
DESK_FIELDS = {"category": "recategorise", "due_at": "reschedule", "reported_at": "correct_reported_at",
               "case_number": None, "source_number": None, "source": None}
#: What a report added as a plain feature may not bring: it starts ``new``, numbered and due by the store.
NOT_ON_ADD = ("id", "version", "closed_at", "assignee", "duplicate_of", "due_at", "case_number",
              "source_number")
#: case numbers count per year of China Standard Time (a report at 23:30 on 31 December is that year's)
CHINA_TIME = timezone(timedelta(hours=8))


def case_number(prefix: str, year: int, number: int) -> str:
    """The township's one case-number scheme: ``<prefix>-<year>-NNNNN`` (five digits, per China year)."""
    return f"{prefix}-{year}-{number:05d}"


def china_year(moment) -> int:
    """The year of ``moment`` (naive means UTC) in China Standard Time."""
    return utc(moment).astimezone(CHINA_TIME).year


def numbers_by_year(times, prefix: str = DEFAULT_CASE_PREFIX) -> list[str]:
    """Case numbers for reports made at ``times`` (naive means UTC), counted from 1 in each China year
    in the order of the times (ties in the order given): what a store numbering them one by one as they
    came in would have given."""
    stamps = pd.to_datetime(pd.Series(list(times), dtype=object), utc=True, format="ISO8601")
    years = stamps.dt.tz_convert(CHINA_TIME).dt.year
    order = stamps.sort_values(kind="stable").index
    counts = years.loc[order].groupby(years.loc[order]).cumcount() + 1
    return [case_number(prefix, int(years[i]), int(counts[i])) for i in range(len(stamps))]


class CaseNumbers:
    """The next free ``<prefix>-<year>-NNNNN`` per China year, counted from the numbers already stored."""

    def __init__(self, session) -> None:
        self.session = session
        self.prefix = session.scalar(select(StoreInfo.value).where(StoreInfo.key == "case_prefix")) \
            or DEFAULT_CASE_PREFIX
        self.last: dict[int, int] = {}

    def _last(self, year: int) -> int:
        if year not in self.last:
            stem = f"{self.prefix}-{year}-"
            if self.session.get_bind().dialect.name == "postgresql":  # every report, not just those one sees
                self.last[year] = self.session.scalar(text("SELECT township_last_case_number(:s)"), {"s": stem})
                return self.last[year]
            numbers = self.session.scalars(select(Incident.case_number).where(
                Incident.case_number.like(f"{stem}%"))).all()
            tails = [int(m.group(1)) for n in numbers if (m := re.fullmatch(r".*-(\d+)", n or ""))]
            self.last[year] = max(tails, default=0)
        return self.last[year]

    def follows_scheme(self, number: str, reported_at: datetime) -> bool:
        """Whether ``number`` is one of this township's for the year of ``reported_at`` (kept on import:
        an export of a desk of the same township); any other number is the source's own."""
        year = china_year(reported_at)
        return re.fullmatch(rf"{re.escape(self.prefix)}-{year}-\d{{5}}", number or "") is not None

    def take(self, number: str, reported_at: datetime) -> None:
        """Count a kept number (see :meth:`follows_scheme`) as used, so :meth:`next` never gives it."""
        year = china_year(reported_at)
        self.last[year] = max(self._last(year), int(number.rsplit("-", 1)[1]))

    def next(self, reported_at: datetime) -> str:
        year = china_year(reported_at)
        self.last[year] = self._last(year) + 1
        return case_number(self.prefix, year, self.last[year])


def number_reports(numbers: CaseNumbers, rows: list[dict]) -> dict[str, str]:
    """Give every row a case number of the township's scheme. A row's own number is kept when it follows
    the scheme; any other (a hotline ticket, an Open311 id, another township's) moves to ``source_number``
    and the row gets the next number of its year. Returns {source's number: case number given}."""
    renumbered: dict[str, str] = {}
    for row in rows:
        own = str(row.get("case_number") or "").strip()
        if own and numbers.follows_scheme(own, row["reported_at"]):
            row["case_number"] = own
            numbers.take(own, row["reported_at"])
        elif own:
            row["source_number"] = own
    for row in rows:
        if row.get("source_number") or not row.get("case_number"):
            row["case_number"] = numbers.next(row["reported_at"])
            if row.get("source_number"):
                renumbered.setdefault(row["source_number"], row["case_number"])
    return renumbered


def number_unnumbered(session, rows: list[dict]) -> None:
    """The next case number of its year for each row that has none (a report made now when it has no
    time), in the rows' order."""
    numbers, now = None, datetime.now(UTC)
    for row in rows:
        if not row.get("case_number"):
            numbers = numbers or CaseNumbers(session)
            row["case_number"] = numbers.next(utc(row.get("reported_at")) or now)


def refuse_taken_numbers(session, rows: list[dict], scope: str | None = None) -> None:
    """Raise :class:`StoreError` when a row's case number, or its source's own number, is stored already
    or repeated in ``rows`` (a file imported twice).

    ``scope``: the one village whose reports the user sees; the numbers of reports elsewhere are not
    named (only counted), so a refusal never tells which case numbers exist in other villages."""
    named, hidden = [], 0
    for field, column in (("case_number", Incident.case_number), ("source_number", Incident.source_number)):
        numbers = [r[field] for r in rows if r.get(field)]
        named += sorted({n for n in numbers if numbers.count(n) > 1})
        taken = session.execute(select(column, Incident.village_code).where(column.in_(numbers))).all() \
            if numbers else []
        named += sorted(n for n, village in taken if scope is None or village == scope)
        hidden += sum(1 for _, village in taken if scope is not None and village != scope)
    if named:
        shown = ", ".join(named[:10])
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "case numbers already in the store or twice in the "
                                           "import: {shown}"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Leave those reports out, or import them without "
                                           "their case numbers."),
                         shown=shown)
    if hidden:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "{n} case numbers of the import cannot be used"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Import those reports without their case numbers."),
                         n=hidden)


def link_duplicates(session, ids: list[int], originals: list, renumbered: dict | None = None,
                    scope: str | None = None) -> None:
    """Set ``duplicate_of`` from an id or a case number (stored before, or in this import, also by the
    source's own number that ``renumbered`` maps to the case number given). ``scope``: the one village
    whose reports the user sees; a case number elsewhere links nothing, as one found nowhere."""
    originals = [(renumbered or {}).get(o, o) if isinstance(o, str) else o for o in originals]
    numbers = [o for o in originals if isinstance(o, str)]
    query = select(Incident.case_number, Incident.id).where(Incident.case_number.in_(numbers))
    if scope is not None:
        query = query.where(Incident.village_code == scope)
    found = dict(session.execute(query).all()) if numbers else {}
    for incident_id, original in zip(ids, originals, strict=True):
        target = found.get(original) if isinstance(original, str) else original
        if target is not None and target != incident_id:
            session.execute(update(Incident).where(Incident.id == incident_id)
                            .values(duplicate_of=int(target)))


def fill_villages(session, rows: list[dict]) -> None:
    """The village containing each point, for rows without a village code."""
    missing = [r for r in rows if not r.get("village_code") and r.get("geom") is not None]
    if not missing:
        return
    villages = [(v.village_code, v.geom) for v in session.scalars(select(Village))
                if v.geom is not None]
    for row in missing:
        point = row["geom"]
        row["village_code"] = next((code for code, shape in villages
                                    if shapely.covers(shape, point)), None)


def utc(value) -> datetime | None:
    """``value`` (datetime, Timestamp, text) as an aware UTC datetime; naive means UTC; None stays None."""
    if value is None or (not isinstance(value, datetime) and pd.isna(value)):
        return None
    value = pd.Timestamp(value).to_pydatetime()
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def due(reported_at: datetime, category: str, table: dict[str, float]) -> datetime:
    """When a report of ``category`` made at ``reported_at`` must be closed (``table``: days by category,
    else the default deadlines)."""
    days = table.get(category, DEFAULT_DEADLINE_DAYS.get(category, FALLBACK_DEADLINE_DAYS))
    return reported_at + timedelta(days=float(days))


def refuse_made_reports(records: list[dict]) -> None:
    """Raise :class:`WorkflowRefused` when a report added as a plain feature brings a status other than
    ``new`` or any field of :data:`NOT_ON_ADD` (a report made closed, overdue never, numbered at will)."""
    for record in records:
        brought = sorted(name for name in NOT_ON_ADD if record.get(name) is not None)
        if record.get("status") not in (None, "new"):
            brought.insert(0, "status")
        if brought:
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                    "a new report starts as new, numbered and due "
                                                    "by the store; it cannot bring {names}"),
                                  QT_TRANSLATE_NOOP("DataSourceError",
                                                    "File the report, then move it on through the "
                                                    "desk's steps, each with a note."),
                                  names=", ".join(brought))


def start_reports(session, rows: list[dict]) -> None:
    """New reports' status (``new``), source (``map`` unless a known one is given) and deadline, from
    their category's days in the store."""
    table = {d.category: d.days for d in session.scalars(select(CategoryDeadline))}
    for row in rows:
        row["status"] = "new"
        row["source"] = row.get("source") if row.get("source") in SOURCES else "map"
        row["reported_at"] = utc(row.get("reported_at")) or datetime.now(UTC)
        row["due_at"] = due(row["reported_at"], row["category"], table)


def first_events(session, ids: list[int], rows: list[dict], username: str) -> None:
    """Each new report's first history row (``new``, "reported (its source)"), written with it."""
    now = datetime.now(UTC)
    session.add_all(IncidentEvent(incident_id=i, time=now, username=username, kind="status",
                                  from_status=None, to_status="new", note=f"reported ({row['source']})")
                    for i, row in zip(ids, rows, strict=True))


def refuse_desk_fields(obj: Incident, changes: dict, feature_id: int) -> None:
    """Raise :class:`WorkflowRefused` when a plain edit would change a field of the workflow
    (:data:`WORKFLOW_FIELDS`) or of the desk (:data:`DESK_FIELDS`)."""
    changed = [name for name in (*WORKFLOW_FIELDS, *DESK_FIELDS) if name in changes
               and not _same(changes[name], getattr(obj, name))]
    if not changed:
        return
    ways = sorted({"change_status" if name in WORKFLOW_FIELDS else DESK_FIELDS[name] or "-"
                   for name in changed} - {"-"})
    raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                            "{names} of incidents #{feature_id} change "
                                            "only through the workflow"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Use {value}, with a reason; a case number never "
                                            "changes."),
                          names=", ".join(changed), feature_id=feature_id,
                          value=", ".join(ways) or "none")


def _same(new, old) -> bool:
    if isinstance(old, datetime) or isinstance(new, datetime):
        try:
            return utc(new) == utc(old)
        except (TypeError, ValueError):
            return False
    return new == old
