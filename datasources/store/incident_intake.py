"""Taking reports in: case numbers counted per China year, case numbers already taken, duplicate links by case
number, the village a point lies in, and deadlines (helpers of :mod:`datasources.store.incidents`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pandas as pd
import shapely
from sqlalchemy import select, update

from datasources.errors import StoreError
from datasources.store.incident_rules import DEFAULT_DEADLINE_DAYS, FALLBACK_DEADLINE_DAYS
from datasources.store.models import Incident, StoreInfo, Village

DEFAULT_CASE_PREFIX = "QX"
#: case numbers count per year of China Standard Time (a report at 23:30 on 31 December is that year's)
CHINA_TIME = timezone(timedelta(hours=8))


class CaseNumbers:
    """The next free ``<prefix>-<year>-NNNNN`` per year, counted from the numbers already stored."""

    def __init__(self, session) -> None:
        self.session = session
        self.prefix = session.scalar(select(StoreInfo.value).where(StoreInfo.key == "case_prefix")) \
            or DEFAULT_CASE_PREFIX
        self.last: dict[int, int] = {}

    def next(self, reported_at: datetime) -> str:
        year = reported_at.astimezone(CHINA_TIME).year
        if year not in self.last:
            stem = f"{self.prefix}-{year}-"
            numbers = self.session.scalars(select(Incident.case_number).where(
                Incident.case_number.like(f"{stem}%"))).all()
            tails = [int(m.group(1)) for n in numbers if (m := re.fullmatch(r".*-(\d+)", n or ""))]
            self.last[year] = max(tails, default=0)
        self.last[year] += 1
        return f"{self.prefix}-{year}-{self.last[year]:05d}"


def refuse_taken_numbers(session, rows: list[dict]) -> None:
    """Raise :class:`StoreError` when a row's case number is stored already or repeated in ``rows``."""
    numbers = [r["case_number"] for r in rows]
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    taken = sorted(session.scalars(select(Incident.case_number).where(
        Incident.case_number.in_(numbers))).all()) if numbers else []
    if repeated or taken:
        shown = ", ".join((repeated + taken)[:10])
        raise StoreError(f"case numbers already in the store or twice in the import: {shown}",
                         "Leave those reports out, or import them without their case numbers.")


def link_duplicates(session, ids: list[int], originals: list) -> None:
    """Set ``duplicate_of`` from an id or a case number (stored before, or in this import)."""
    numbers = [o for o in originals if isinstance(o, str)]
    found = dict(session.execute(select(Incident.case_number, Incident.id).where(
        Incident.case_number.in_(numbers))).all()) if numbers else {}
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
