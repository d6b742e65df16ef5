"""The township store's tables, as SQLAlchemy 2 models.

Spatial tables (villages, facilities, sensors, hazard zones, incidents, planned sites) are GeoPackage feature
tables in the embedded store and PostGIS tables when shared. Every editable table has a ``version`` column used
for optimistic locking: an UPDATE only succeeds when the version read is still the version stored.
Residents' personal data (reporter name, phone, ID number) is stored only encrypted (``*_enc`` columns).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from datasources.store.base import NAMING, Base  # noqa: F401 (NAMING re-exported)
from datasources.store.geometry import Geometry, UTCDateTime


class _Feature:
    """Columns every editable feature table has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-10)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(Text)


    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


def _village_fk():
    return mapped_column(Text, ForeignKey("villages.village_code"), index=True)


class StoreInfo(Base):
    """Key/value facts about the store: its id (which names the key file), its CRS, when it was made."""

    __tablename__ = "township_store_info"
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Village(_Feature, Base):
    __tablename__ = "villages"
    __table_args__ = {"sqlite_autoincrement": True}
    village_code: Mapped[str] = mapped_column(Text, unique=True, nullable=False)
    name_zh: Mapped[str] = mapped_column(Text, nullable=False)
    name_pinyin: Mapped[str | None] = mapped_column(Text)
    population: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)
    area_km2: Mapped[float | None] = mapped_column(Double)
    geom: Mapped[object | None] = mapped_column(Geometry("MultiPolygon"))


class Facility(_Feature, Base):
    __tablename__ = "facilities"
    __table_args__ = {"sqlite_autoincrement": True}
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    name_zh: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    village_code: Mapped[str | None] = _village_fk()
    capacity: Mapped[int | None] = mapped_column(Integer)
    antenna_height_m: Mapped[float | None] = mapped_column(Double)
    geom: Mapped[object | None] = mapped_column(Geometry("Point"))


class Sensor(_Feature, Base):
    __tablename__ = "sensors"
    __table_args__ = {"sqlite_autoincrement": True}
    sensor_code: Mapped[str] = mapped_column(Text, unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    name_zh: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    parameters: Mapped[str | None] = mapped_column(Text)
    units: Mapped[str | None] = mapped_column(Text)
    village_code: Mapped[str | None] = _village_fk()
    elevation_m: Mapped[float | None] = mapped_column(Double)
    gauge_datum_m: Mapped[float | None] = mapped_column(Double)
    geom: Mapped[object | None] = mapped_column(Geometry("Point"))
    # revision 0012: the township's own river stages (empty: the console's defaults)
    warning_level_m: Mapped[float | None] = mapped_column(Double)
    danger_level_m: Mapped[float | None] = mapped_column(Double)


class Reading(Base):
    """One sensor value at one time (an attributes table, no geometry)."""

    __tablename__ = "sensor_readings"
    __table_args__ = (Index("ix_sensor_readings_sensor_time", "sensor_code", "time"),
                      Index("ux_sensor_readings_once", "sensor_code", "parameter", "time", unique=True),
                      {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sensor_code: Mapped[str] = mapped_column(Text, ForeignKey("sensors.sensor_code"), nullable=False)
    time: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    parameter: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[float | None] = mapped_column(Double)


class HazardZone(_Feature, Base):
    __tablename__ = "hazard_zones"
    __table_args__ = {"sqlite_autoincrement": True}
    hazard: Mapped[str] = mapped_column(Text, nullable=False)
    level: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    area_m2: Mapped[float | None] = mapped_column(Double)
    geom: Mapped[object | None] = mapped_column(Geometry("MultiPolygon"))
    # revision 0012: the township's own rain thresholds of a landslide zone (JSON; empty: the defaults)
    rain_thresholds: Mapped[str | None] = mapped_column(Text)


class Incident(_Feature, Base):
    __tablename__ = "incidents"
    __table_args__ = {"sqlite_autoincrement": True}
    case_number: Mapped[str | None] = mapped_column(Text, unique=True)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, default="new")
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    village_code: Mapped[str | None] = _village_fk()
    reporter_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    reporter_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    reporter_id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    geom: Mapped[object | None] = mapped_column(Geometry("Point"))
    # Revision 0002 (the incident desk):
    assignee: Mapped[str | None] = mapped_column(Text)
    #: the original report's id when this one is a duplicate (checked by the store, no constraint)
    duplicate_of: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    address: Mapped[str | None] = mapped_column(Text)
    #: how the report came in: map, form, phone, app, hotline, walk_in, import, open311
    source: Mapped[str | None] = mapped_column(Text)
    # Revision 0003:
    #: the report's own number where it came from (a hotline ticket, an Open311 service_request_id) when
    #: that is not one of the township's case numbers
    source_number: Mapped[str | None] = mapped_column(Text, index=True)


class IncidentEvent(Base):
    """One step in an incident's history: a change of status or a note, by whom and when."""

    __tablename__ = "incident_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("incidents.id", ondelete="RESTRICT"), nullable=False, index=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    username: Mapped[str] = mapped_column(Text, nullable=False)
    #: "status" (a change of status, also the first "new" of a report) or "note"
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    assignee: Mapped[str | None] = mapped_column(Text)


class IncidentPhoto(Base):
    """A photo of an incident (JPEG or PNG), kept in the store."""

    __tablename__ = "incident_photos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("incidents.id", ondelete="RESTRICT"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    media_type: Mapped[str] = mapped_column(Text, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    added_by: Mapped[str] = mapped_column(Text, nullable=False)


class CategoryDeadline(Base):
    """Days from report to closing for one incident category (the office can change them).

    ``category`` is the key; the integer ``id`` is there because a GeoPackage attributes table needs one.
    """

    __tablename__ = "category_deadlines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(Text, unique=True, nullable=False)
    days: Mapped[float] = mapped_column(Double, nullable=False)


class PlannedSite(_Feature, Base):
    """A drafted broadband tower, camera or monitoring station."""

    __tablename__ = "planned_sites"
    __table_args__ = {"sqlite_autoincrement": True}
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str | None] = mapped_column(Text)
    village_code: Mapped[str | None] = _village_fk()
    height_m: Mapped[float | None] = mapped_column(Double)
    status: Mapped[str | None] = mapped_column(Text, default="draft")
    geom: Mapped[object | None] = mapped_column(Geometry("Point"))
    # revision 0009: what it covers (range, sector or field of view; empty: the kind's defaults) and costs
    range_m: Mapped[float | None] = mapped_column(Double)
    azimuth_deg: Mapped[float | None] = mapped_column(Double)
    beam_width_deg: Mapped[float | None] = mapped_column(Double)
    cost: Mapped[float | None] = mapped_column(Double)
    notes: Mapped[str | None] = mapped_column(Text)
    # revision 0010: its radio (empty: 900 MHz and 58 dBm for the signal levels)
    frequency_mhz: Mapped[float | None] = mapped_column(Double)
    eirp_dbm: Mapped[float | None] = mapped_column(Double)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(Text, unique=True, nullable=False)
    display_name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, nullable=False)
    village_code: Mapped[str | None] = _village_fk()
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class AuditEvent(Base):
    """One audit record; ``hash`` chains it to the record before (see :mod:`datasources.store.audit`)."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    time: Mapped[str] = mapped_column(Text, nullable=False)
    username: Mapped[str] = mapped_column(Text, nullable=False)
    event: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    object: Mapped[str] = mapped_column(Text, nullable=False)
    outcome: Mapped[str] = mapped_column(Text, nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    prev_hash: Mapped[str] = mapped_column(Text, nullable=False)
    hash: Mapped[str] = mapped_column(Text, nullable=False)


class AuditHead(Base):
    """The last audit record's number and hash, so a deleted tail is noticed too."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    hash: Mapped[str] = mapped_column(Text, nullable=False)


#: The store's feature kinds by the name the console and the CLI use.
KINDS: dict[str, type[Base]] = {
    "villages": Village,
    "facilities": Facility,
    "sensors": Sensor,
    "sensor_readings": Reading,
    "hazard_zones": HazardZone,
    "incidents": Incident,
    "planned_sites": PlannedSite,
}
#: Plain-text names of the encrypted personal fields of an incident.
PERSONAL_FIELDS = {"reporter_name": "reporter_name_enc", "reporter_phone": "reporter_phone_enc",
                   "reporter_id_number": "reporter_id_enc"}

# The alert board's tables (revision 0007) live in their own module and join the same metadata here.
from datasources.store import alert_models, publication_models, scenario_models  # noqa: E402,F401  (0007, 0008, 0011)
