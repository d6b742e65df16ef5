"""The audit trail: append-only records chained by SHA-256, so a changed, inserted or deleted record shows.

Each record's ``hash`` is SHA-256 over the previous record's hash and the record's own fields in a canonical
JSON form; ``audit_head`` keeps the last number and hash so a deleted tail is noticed too. Appending happens in
the same transaction as the change it records: the edit and its record commit together or not at all.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from datasources.store.models import AuditEvent, AuditHead  # noqa: F401 (re-exported)

GENESIS = "0" * 64
FIELDS = ("seq", "time", "username", "event", "object", "outcome", "detail")


def record_hash(prev_hash: str, fields: dict) -> str:
    body = json.dumps([fields[name] for name in FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def append(session: Session, username: str, event: str, obj: str, outcome: str = "ok",
           detail: dict | None = None) -> AuditEvent:
    """Add one record to the chain inside ``session``'s transaction (the caller commits)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    fields = {"seq": head.seq + 1, "time": now_text(), "username": username, "event": event,
              "object": obj, "outcome": outcome,
              "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)}
    record = AuditEvent(**fields, prev_hash=head.hash, hash=record_hash(head.hash, fields))
    session.add(record)
    head.seq, head.hash = record.seq, record.hash
    session.flush()
    return record


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"record {self.seq}: {self.problem}"


def verify(session: Session) -> list[ChainProblem]:
    """Walk the chain; every changed, inserted, reordered or deleted record is reported."""
    problems: list[ChainProblem] = []
    expected_prev, expected_seq = GENESIS, 1
    for record in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        fields = {name: getattr(record, name) for name in FIELDS}
        if record.seq != expected_seq:
            problems.append(ChainProblem(expected_seq, f"missing (the next record is {record.seq})"))
        if record.prev_hash != expected_prev:
            problems.append(ChainProblem(record.seq, "does not follow the record before it "
                                                     "(a record was inserted or deleted)"))
        if record_hash(record.prev_hash, fields) != record.hash:
            problems.append(ChainProblem(record.seq, "its content was changed after it was written"))
        expected_prev, expected_seq = record.hash, record.seq + 1
    head = session.get(AuditHead, 1)
    last = expected_seq - 1
    if head is not None and (head.seq != last or head.hash != expected_prev):
        problems.append(ChainProblem(head.seq, f"the chain ends at {last}; records after it were deleted"))
    return problems
