"""The alert board's tables (revision 0007): ``alerts``, one row per episode of an alert rule on a sensor, and
``alert_events``, each step of an alert's history (raised, status changes with their notes, notes, the
episode's end, CAP messages issued).

``alerts.episode_key`` (rule, sensor, episode start) is unique: raising is ``INSERT ... ON CONFLICT DO
NOTHING``, so an episode is one alert however often and in whatever order its readings arrive.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Double, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from datasources.store.base import Base
from datasources.store.geometry import UTCDateTime


class Alert(Base):
    """One alert: an episode of a rule on a sensor, and where the desk is with it."""

    __tablename__ = "alerts"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    episode_key: Mapped[str] = mapped_column(Text, unique=True, nullable=False)
    rule_id: Mapped[str] = mapped_column(Text, nullable=False)
    sensor_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    watched: Mapped[str | None] = mapped_column(Text)
    village_code: Mapped[str | None] = mapped_column(Text, ForeignKey("villages.village_code"), index=True)
    level: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, default="new")
    event: Mapped[str | None] = mapped_column(Text)
    event_zh: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    peak: Mapped[float | None] = mapped_column(Double)
    peak_time: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(Text)


class AlertEvent(Base):
    """One step of an alert's history, by whom and when."""

    __tablename__ = "alert_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(Integer, ForeignKey("alerts.id", ondelete="RESTRICT"),
                                          nullable=False, index=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    username: Mapped[str] = mapped_column(Text, nullable=False)
    #: raised, status, note, ended, cap_issued
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    #: JSON: a CAP message's identifier, file and topic
    detail: Mapped[str | None] = mapped_column(Text)


#: the tables revision 0007 adds (left out of the 0001 baseline)
ALERT_TABLES = ("alerts", "alert_events")
