"""The planning scenarios' table (revision 0011): one row per site of a kept scenario.

A scenario is the planned sites as they stood when a planner kept it, under a name: each of its sites is a
row of ``scenario_sites`` with the scenario's name, a copy of the site's fields and its place (``x``,
``y`` in the store's CRS). One row per site, not one per scenario, so that a village officer sees only the
sites of their village (the console's filter, and row-level security on PostgreSQL, as for
``planned_sites``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Double, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from datasources.store.base import Base
from datasources.store.geometry import UTCDateTime


class ScenarioSite(Base):
    """One site of a kept scenario (a copy: the planned site may move or go later)."""

    __tablename__ = "scenario_sites"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    #: the planned site it was copied from (None: made for the scenario)
    site_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str | None] = mapped_column(Text)
    village_code: Mapped[str | None] = mapped_column(Text)
    height_m: Mapped[float | None] = mapped_column(Double)
    status: Mapped[str | None] = mapped_column(Text)
    range_m: Mapped[float | None] = mapped_column(Double)
    azimuth_deg: Mapped[float | None] = mapped_column(Double)
    beam_width_deg: Mapped[float | None] = mapped_column(Double)
    cost: Mapped[float | None] = mapped_column(Double)
    frequency_mhz: Mapped[float | None] = mapped_column(Double)
    eirp_dbm: Mapped[float | None] = mapped_column(Double)
    notes: Mapped[str | None] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Double, nullable=False)
    y: Mapped[float] = mapped_column(Double, nullable=False)
    kept_by: Mapped[str] = mapped_column(Text, nullable=False)
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(Text)


#: the site fields a scenario keeps (besides its place)
SITE_FIELDS = ("site_id", "kind", "name", "village_code", "height_m", "status", "range_m", "azimuth_deg",
               "beam_width_deg", "cost", "frequency_mhz", "eirp_dbm", "notes")
#: the tables revision 0011 adds (left out of the 0001 baseline)
SCENARIO_TABLES = ("scenario_sites",)
