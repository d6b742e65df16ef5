"""The publications' table (revision 0008): one row per web map put out for residents, who drafted it, what
it holds (layers, fields, feature counts as JSON), its content hash, and who approved or turned it down."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from datasources.store.base import Base
from datasources.store.geometry import UTCDateTime


class Publication(Base):
    """A disclosure web map: drafted by one user, approved (or rejected) by a user of another role."""

    __tablename__ = "publications"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    #: JSON: layer -> {"title", "fields", "features"}
    layers: Mapped[str] = mapped_column(Text, nullable=False)
    content_hash: Mapped[str] = mapped_column(Text, nullable=False)
    size: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    #: draft, approved, rejected
    status: Mapped[str] = mapped_column(Text, nullable=False, default="draft")
    drafted_by: Mapped[str] = mapped_column(Text, nullable=False)
    drafted_role: Mapped[str] = mapped_column(Text, nullable=False)
    drafted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    decided_by: Mapped[str | None] = mapped_column(Text)
    decided_role: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(Text)


#: the tables revision 0008 adds (left out of the 0001 baseline)
PUBLICATION_TABLES = ("publications",)
