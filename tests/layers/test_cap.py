"""CAP 1.2: a drafted alert validates; every broken variant is refused with its reason."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import geopandas as gpd
import pytest
import shapely

from layers.emergency.cap import (
    SCHEMA_PATH,
    AlertDraft,
    InfoText,
    area_polygons,
    cap_schema,
    cap_time,
    draft_alert,
    hazard_outline,
    validate,
)

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 7, 1, 8, 30, tzinfo=CST)


def _draft(**changes) -> AlertDraft:
    values = dict(
        sender="emergency@township.example", sent=SENT, expires=SENT + timedelta(hours=12),
        effective=SENT,
        texts=[InfoText("zh-CN", "洪水预警", "河水上涨", "水位超过警戒水位", "转移到安置点", "东村"),
               InfoText("en", "Flood warning", "River rising", "Above the warning level",
                        "Go to the shelter", "East village")],
        areas=[shapely.box(113.0, 22.0, 113.1, 22.1),
               shapely.MultiPolygon([shapely.box(113.2, 22.0, 113.3, 22.1)])],
    )
    values.update(changes)
    return AlertDraft(**values)


@pytest.fixture
def valid() -> str:
    return draft_alert(_draft()).decode("utf-8")


def test_schema_is_the_oasis_cap_1_2_one():
    schema = cap_schema()
    assert schema.target_namespace == "urn:oasis:names:tc:emergency:cap:1.2"
    assert "Copyright OASIS Open" in SCHEMA_PATH.read_text(encoding="utf-8")  # the official file
    assert {"alert"} <= set(schema.elements)


def test_drafted_alert_is_valid(valid):
    assert validate(valid) == []
    assert validate(valid.encode("utf-8")) == []
    assert valid.count("<info>") == 2 and "<language>zh-CN</language>" in valid
    assert "<event>洪水预警</event>" in valid and "<event>Flood warning</event>" in valid
    assert "<sent>2026-07-01T08:30:00+08:00</sent>" in valid
    polygons = re.findall(r"<polygon>(.*?)</polygon>", valid)
    assert len(polygons) == 4                              # 2 areas x 2 languages
    first = polygons[0].split()
    assert first[0] == first[-1] and len(first) == 5       # closed ring, "lat,lon" pairs
    assert {p.split(",")[0] for p in first} == {"22.000000", "22.100000"}


def test_validate_reads_a_file(tmp_path, valid):
    path = tmp_path / "alert.xml"
    path.write_text(valid, encoding="utf-8")
    assert validate(path) == []
    assert validate(tmp_path / "missing.xml")[0].startswith("the file cannot be read")


def _reasons(xml: str) -> str:
    reasons = validate(xml)
    assert reasons, "the broken alert passed"
    return "\n".join(reasons)


def test_missing_required_element(valid):
    text = _reasons(re.sub(r"\s*<msgType>Alert</msgType>", "", valid))
    assert "schema" in text and "msgType" in text


def test_missing_event(valid):
    assert "event" in _reasons(valid.replace("<event>Flood warning</event>", "", 1))


def test_bad_enumeration(valid):
    text = _reasons(valid.replace("<severity>Severe</severity>", "<severity>Awful</severity>", 1))
    assert "severity" in text and "Extreme" in text


def test_time_with_z(valid):
    text = _reasons(valid.replace("08:30:00+08:00</sent>", "00:30:00Z</sent>"))
    assert "ends in Z" in text and "/alert/sent" in text


def test_time_with_fractions(valid):
    assert "fractions" in _reasons(valid.replace("08:30:00+08:00</sent>", "08:30:00.5+08:00</sent>"))


def test_expires_before_sent():
    xml = draft_alert(_draft(expires=SENT - timedelta(hours=1))).decode()
    assert "expires (2026-07-01T07:30:00+08:00) is before sent" in _reasons(xml)


def test_effective_before_sent_across_offsets():
    utc_before = datetime(2026, 7, 1, 0, 0, tzinfo=UTC)   # 08:00 in China: before sent
    xml = draft_alert(_draft(effective=utc_before)).decode()
    assert "effective" in _reasons(xml) and "before sent" in _reasons(xml)


def test_no_expires(valid):
    text = _reasons(re.sub(r"\s*<expires>[^<]*</expires>", "", valid))
    assert "info 1 has no expires" in text and "info 2 has no expires" in text


def test_alert_without_info_cannot_expire(valid):
    assert "no info" in _reasons(re.sub(r"\s*<info>.*</info>", "", valid, flags=re.S))


def test_unclosed_polygon(valid):
    ring = re.search(r"<polygon>(.*?)</polygon>", valid).group(1)
    opened = " ".join(ring.split()[:-1])
    assert "polygon 1 is not closed" in _reasons(valid.replace(ring, opened, 1))


def test_polygon_with_bad_points(valid):
    ring = re.search(r"<polygon>(.*?)</polygon>", valid).group(1)
    assert "not 'lat,lon'" in _reasons(valid.replace(ring, "22.0;113.0 22.1,113.1", 1))
    assert "at least 4" in _reasons(valid.replace(ring, "22.0,113.0 22.0,113.0", 1))
    swapped = " ".join(",".join(reversed(p.split(","))) for p in ring.split())
    assert "outside latitude" in _reasons(valid.replace(ring, swapped, 1))


def test_malformed_xml(valid):
    assert "not well formed" in _reasons(valid.replace("</alert>", ""))
    assert "not well formed" in _reasons("")


BOMB = """<?xml version="1.0"?>
<!DOCTYPE alert [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&f;</identifier></alert>
"""


def test_xml_bomb_is_refused_without_expanding():
    reasons = validate(BOMB)
    assert len(reasons) == 1 and "DTD or entities" in reasons[0]


def test_external_entity_is_refused(tmp_path, valid):
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-read", encoding="utf-8")
    xxe = valid.replace("<?xml version='1.0' encoding='utf-8'?>",
                        f'<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY x SYSTEM "file://{secret}">]>')
    xxe = xxe.replace("<note>", "").replace("<scope>Public</scope>",
                                            "<scope>Public</scope><note>&x;</note>")
    reasons = validate(xxe)
    assert len(reasons) == 1 and "DTD or entities" in reasons[0]
    assert "do-not-read" not in reasons[0]


def test_cap_time_and_areas_refuse_bad_input():
    with pytest.raises(ValueError, match="offset"):
        cap_time(datetime(2026, 7, 1, 8, 30))
    assert cap_time(datetime(2026, 7, 1, 8, 30, 5, 999, tzinfo=CST)) == "2026-07-01T08:30:05+08:00"
    with pytest.raises(ValueError, match="WGS84"):
        area_polygons([shapely.box(500_000, 4_000_000, 500_100, 4_000_100)])
    with pytest.raises(ValueError, match="polygons"):
        area_polygons([shapely.LineString([(113, 22), (113.1, 22.1)])])
    with pytest.raises(ValueError, match="language"):
        draft_alert(_draft(texts=[]))


def test_hazard_outline_dissolves_repairs_and_drops_holes():
    ring_with_hole = shapely.box(500_000, 2_400_000, 501_000, 2_401_000).difference(
        shapely.box(500_400, 2_400_400, 500_600, 2_400_600))
    neighbour = shapely.box(501_010, 2_400_000, 502_000, 2_401_000)        # 10 m gap
    bowtie = shapely.Polygon([(503_000, 2_400_000), (503_100, 2_400_100), (503_100, 2_400_000),
                              (503_000, 2_400_100)])                        # self-crossing
    speck = shapely.box(505_000, 2_400_000, 505_010, 2_400_010)             # 100 m2
    layer = gpd.GeoSeries([ring_with_hole, neighbour, bowtie, speck, None], crs="EPSG:32650")
    exact = hazard_outline(layer)
    assert len(exact) == 5 and all(p.is_valid and not p.interiors for p in exact)
    assert all(116.9 < p.centroid.x < 117.1 and 21.6 < p.centroid.y < 21.8 for p in exact)
    closed = hazard_outline(layer, simplify_m=20, min_area_m2=1000)
    assert len(closed) == 2                               # the gap closed, the speck left out
    assert validate(draft_alert(_draft(areas=closed))) == []
    with pytest.raises(ValueError, match="no CRS"):
        hazard_outline(gpd.GeoSeries([speck]))
    with pytest.raises(ValueError, match="no polygon"):
        hazard_outline(gpd.GeoSeries([shapely.Point(500_000, 2_400_000)], crs="EPSG:32650"))
    with pytest.raises(ValueError, match="as large as"):
        hazard_outline(layer, min_area_m2=1e9)


@pytest.mark.realdata
def test_real_flood_hazard_with_broken_rings_makes_a_valid_alert(real_data):
    from datasources.vector import open_vector

    source = open_vector(real_data / "hazard/iligan/iligan_flood_hazard.geojson.gz")
    areas = hazard_outline(source.data.geometry, simplify_m=50, min_area_m2=100_000)
    assert 0 < len(areas) < 50
    assert all(124.0 < p.centroid.x < 124.6 and 8.0 < p.centroid.y < 8.5 for p in areas)
    xml = draft_alert(_draft(areas=areas))
    assert validate(xml) == []
