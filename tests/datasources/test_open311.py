"""Open311 GeoReport v2: what we export reads back identical (JSON and XML, byte for byte when written again,
and through a second store), documents from other systems are read, and hostile ones give typed errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shapely

from datasources import open311
from datasources.crs import transformer
from datasources.errors import Damaged, EncodingError, FileTooLarge, Unsafe
from datasources.incident_files import export_incidents, import_incidents
from datasources.open311 import incident_records, open311_bytes, parse_open311, read_open311
from layers.code_lists import incident_code_names
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, X0, Y0, make_store

#: the office's names for the codes, as the console gives them to report files
NAMES = incident_code_names("zh_CN")

T0 = datetime(2025, 4, 7, 0, 30, tzinfo=UTC)


def villages(admin) -> None:
    """Villages V1 and V2 (as in the store kit) and nothing else: every report here is one the desk filed."""
    for code, x in (("V1", X0), ("V2", X0 + 2000)):
        admin.features.add("villages", {"village_code": code, "name_zh": f"村{code}",
                               "geom": shapely.box(x, Y0, x + 1000, Y0 + 1000)})


@pytest.fixture()
def township(tmp_path):
    """A store with reports in every status, awkward text included."""
    (tmp_path / "a").mkdir()
    store = make_store(tmp_path / "a")
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    villages(admin)
    texts = ["路灯不亮 <b>&amp;</b> \"quoted\" 'single'", "line one\r\nline two\ttab", "", "emoji 🚧 ok",
             "  spaces kept  ", "=cmd|' /C calc'!A0"]
    ids = []
    for n, text in enumerate(texts):
        ids.append(admin.incidents.file_report({
            "category": ("street_light", "environment", "noise", "road_damage", "flooding", "waste")[n],
            "title": text or None, "description": text, "address": f"青溪镇{n}号" if n % 2 else None,
            "reported_at": T0 + timedelta(hours=n, microseconds=123000 * n),
            "geom": shapely.Point(X0 + 10.123456789 * n, Y0 + 3.3 * n), "source": "hotline",
            "reporter_name": "张小明"}))
    walk = [("verified", {}), ("assigned", {"assignee": "供电所"}), ("in_progress", {}),
            ("resolved", {}), ("closed", {})]
    version = 1
    for status, extra in walk:
        version = admin.incidents.change_status(ids[0], status, "ok", version, **extra)
    admin.incidents.change_status(ids[1], "rejected", "not ours", 1)
    admin.incidents.change_status(ids[2], "duplicate", "same", 1, duplicate_of=ids[0])
    admin.incidents.file_report({"category": "dispute", "address": "无坐标", "reported_at": T0,
                       "source": "walk_in"})
    return store, admin


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_what_we_export_reads_back_identical(township, fmt):
    store, admin = township
    records = incident_records(admin.features.read("incidents"))
    assert len(records) == 7 and {r["status"] for r in records} >= {"closed", "rejected", "duplicate"}
    data = open311_bytes(records, fmt, names=NAMES)
    back, errors = parse_open311(data, names=NAMES)
    assert errors == []
    assert back == records
    assert open311_bytes(back, fmt, names=NAMES) == data
    # The comparison can fail: one coordinate a millimetre off is not identical.
    moved = [dict(r) for r in back]
    moved[3]["geom"] = shapely.Point(moved[3]["geom"].x + 0.001, moved[3]["geom"].y)
    assert moved != records and open311_bytes(moved, fmt, names=NAMES) != data


def test_the_documents_follow_georeport_v2(township, tmp_path):
    store, admin = township
    for fmt in ("open311-json", "open311-xml"):
        export_incidents(admin, tmp_path / f"out.{fmt}", fmt, names=NAMES)
    xml = (tmp_path / "out.open311-xml").read_text(encoding="utf-8")
    assert xml.startswith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n  <request>\n')
    assert "<service_code>street_light</service_code>" in xml
    assert "<service_name>路灯故障</service_name>" in xml
    assert "<status>closed</status>" in xml and "<status>open</status>" in xml
    assert "<requested_datetime>2025-04-07T08:30:00+08:00</requested_datetime>" in xml
    assert "<township_status>duplicate</township_status>" in xml
    assert "line one&#13;\nline two" in xml and "&lt;b&gt;&amp;amp;&lt;/b&gt;" in xml
    assert "张小明" not in xml and "张小明" not in (tmp_path / "out.open311-json").read_text("utf-8")
    import json

    requests = json.loads((tmp_path / "out.open311-json").read_text("utf-8"))
    first = requests[0]
    lon, lat = transformer("EPSG:4549", "EPSG:4326").transform(X0, Y0)
    assert (first["lat"], first["long"]) == (round(lat, 8), round(lon, 8))
    assert first["extended_attributes"]["township_x"] == X0
    assert first["agency_responsible"] == "供电所"
    assert requests[2]["extended_attributes"]["township_duplicate_of"] == first["service_request_id"]


def test_import_of_our_export_into_another_store_is_identical(township, tmp_path):
    store, admin = township
    export_incidents(admin, tmp_path / "out.json", "open311-json", names=NAMES)
    (tmp_path / "b").mkdir()
    other = make_store(tmp_path / "b")
    second = other.create_administrator(ADMIN, ADMIN_PASSWORD)
    villages(second)
    result = import_incidents(second, tmp_path / "out.json", names=NAMES)
    assert result.errors == [] and len(result.ids) == 7
    ours = incident_records(admin.features.read("incidents"))
    theirs = incident_records(second.features.read("incidents").loc[result.ids])
    for record in ours + theirs:
        record.pop("updated_at")  # the import is the last change in the second store
    assert theirs == ours
    history = second.incidents.history(result.ids[0])
    assert list(history["to_status"]) == ["closed"] and "imported as closed" in history["note"][0]
    again = import_incidents(second, tmp_path / "out.json", names=NAMES)  # the same cases again: all refused
    assert again.ids == [] and len(again.errors) == 7
    assert again.errors[0].endswith("is already in the store")


def test_documents_from_other_systems(tmp_path):
    lon, lat = 120.001, 27.1
    path = tmp_path / "other.xml"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<service_requests>
  <request><service_request_id>638344</service_request_id><status>closed</status>
    <service_name>积水内涝</service_name><description>路口积水</description>
    <requested_datetime>2025-06-01T10:00:00-04:00</requested_datetime>
    <updated_datetime>2025-06-02T10:00:00Z</updated_datetime>
    <lat>{lat}</lat><long>{lon}</long></request>
  <request><service_request_id>638345</service_request_id><status>open</status>
    <service_code>pothole</service_code><lat>abc</lat><long>120</long></request>
  <request><service_request_id>638346</service_request_id><status>open</status>
    <service_code>noise</service_code><requested_datetime>yesterday</requested_datetime></request>
  <request><service_request_id>638347</service_request_id><status>open</status></request>
</service_requests>
""", encoding="utf-8")
    records, errors = read_open311(path, names=NAMES)
    assert errors == ["request 2: lat 'abc' is not a number",
                      "request 3: requested_datetime 'yesterday' is not an ISO 8601 time",
                      "request 4: has no service_code (category)"]
    (record,) = records
    assert (record["category"], record["status"], record["case_number"]) == ("flooding", "closed",
                                                                             "638344")
    assert record["reported_at"] == datetime(2025, 6, 1, 14, tzinfo=UTC)
    assert record["closed_at"] == record["updated_at"] == datetime(2025, 6, 2, 10, tzinfo=UTC)
    x, y = transformer("EPSG:4326", "EPSG:4549").transform(lon, lat)
    assert record["geom"].distance(shapely.Point(x, y)) < 1e-6
    wrapped, errors = parse_open311(b'{"service_requests": [{"service_code": "noise", '
                                    b'"status": "open", "lat": 27.1, "long": 120.0}]}', names=NAMES)
    assert errors == [] and wrapped[0]["status"] == "new" and wrapped[0]["category"] == "noise"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<service_requests><request><description>&lol3;</description></request></service_requests>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<service_requests><request><description>&xxe;</description></request></service_requests>"""
REMOTE_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE service_requests SYSTEM "http://example.invalid/evil.dtd">
<service_requests/>"""


@pytest.mark.parametrize(("data", "error", "words"), [
    (BILLION_LAUGHS, Unsafe, "DTD or entities"),
    (EXTERNAL, Unsafe, "DTD or entities"),
    (REMOTE_DTD, Unsafe, "DTD or entities"),
    (b"<service_requests><request><lat>1</request>", Damaged, "not well-formed"),
    (b"<html><body/></html>", Damaged, "root is <html>"),
    (b'[{"service_code": "noise",', Damaged, "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, Damaged, "not valid JSON"),
    (b'{"error": "no such thing"}', Damaged, "no list of service requests"),
    ('[{"description": "噪音"}]'.encode("gbk"), EncodingError, "not UTF-8"),
    (b"PK\x03\x04 binary", Damaged, "neither Open311 JSON nor XML"),
])
def test_hostile_documents_give_typed_errors(tmp_path, data, error, words):
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    with pytest.raises(error, match=words) as caught:
        read_open311(path, names=NAMES)
    assert caught.value.path == path


def test_oversized_documents_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(open311, "MAX_OPEN311_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b'{"service_code": "noise"},' * 100 + b"{}]")
    with pytest.raises(FileTooLarge, match="more than the"):
        read_open311(path, names=NAMES)
    monkeypatch.undo()
    records, errors = read_open311(path, names=NAMES)
    assert len(records) == 100 and errors == ["request 101: has no service_code (category)"]


def test_requests_with_wrong_shapes_are_reported_by_number():
    data = b'[1, {"service_code": {"a": 1}}, {"service_code": "noise", "extended_attributes": []}, ' \
           b'{"service_code": "noise", "lat": 95, "long": 120}, {"service_code": "noise", ' \
           b'"extended_attributes": {"township_status": "lost"}}, {"service_code": "noise"}]'
    records, errors = parse_open311(data, names=NAMES)
    assert errors == ["request 1: is not an object", "request 2: service_code is not a single value",
                      "request 3: extended_attributes is not an object",
                      "request 4: lat 95 / long 120 are outside the earth's degrees",
                      "request 5: status 'lost' is not an incident status"]
    assert len(records) == 1 and records[0]["geom"] is None
