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

from sqlalchemy import select, text
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
           detail: dict | None = None) -> AuditEvent | None:
    """Add one record to the chain inside ``session``'s transaction (the caller commits).

    On PostgreSQL the server appends it (``township_audit_append``): it computes the hash and names the
    logged-in user, whatever ``username`` says; nothing is returned then.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.flush()
        session.execute(text("SELECT township_audit_append(:u, :e, :o, :r, :d)"), {
            "u": username, "e": event, "o": obj, "r": outcome,
            "d": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)})
        return None
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


def anchor(session: Session) -> str:
    """``"SEQ:HASH"`` of the last record: kept outside the store (printed at each backup, written in the
    office's log book), it lets :func:`verify` catch even a rewrite of the whole chain after it."""
    head = session.get(AuditHead, 1)
    return f"{head.seq}:{head.hash}" if head is not None else f"0:{GENESIS}"


def verify(session: Session, expected_anchor: str | None = None) -> list[ChainProblem]:
    """Walk the chain; every changed, inserted, reordered or deleted record is reported.

    Parameters
    ----------
    expected_anchor : str, optional
        An earlier :func:`anchor`; the record it names must still be there with the same hash.
    """
    problems: list[ChainProblem] = []
    anchored = _parse_anchor(expected_anchor) if expected_anchor else None
    anchor_seen = anchored is None or anchored[0] == 0
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
        if anchored is not None and record.seq == anchored[0]:
            anchor_seen = True
            if record.hash != anchored[1]:
                problems.append(ChainProblem(record.seq, "differs from the anchor kept outside the store "
                                                         "(the chain was rewritten)"))
        expected_prev, expected_seq = record.hash, record.seq + 1
    head = session.get(AuditHead, 1)
    last = expected_seq - 1
    if head is not None and (head.seq != last or head.hash != expected_prev):
        if head.seq > last:
            problem = f"the chain ends at {last} but its head says {head.seq}: records were deleted"
        elif head.seq < last:
            problem = (f"records after {head.seq} are not in the chain's head: they were added "
                       f"outside the console")
        else:
            problem = "the last record differs from the chain's head"
        problems.append(ChainProblem(head.seq, problem))
    if not anchor_seen:
        problems.append(ChainProblem(anchored[0], "the anchored record is gone (records were deleted)"))
    return problems


def _parse_anchor(text: str) -> tuple[int, str]:
    seq, _, digest = text.strip().partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise ValueError(f"an anchor looks like 123:<64 hex digits>, not {text!r}")
    return int(seq), digest
