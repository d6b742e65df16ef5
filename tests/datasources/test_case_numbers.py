"""One case-number scheme (``QX-<year>-NNNNN``, counted per China year) whatever the way a report comes in:
the form, a map click, a CSV import, an Open311 import, a plain add, and the demo builder. A source's own
number (a hotline ticket, an Open311 id) is kept beside the case number, and a file imported twice is
refused by it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
import shapely

from datasources.errors import StoreError
from datasources.incident_files import import_incidents
from datasources.store.incident_intake import numbers_by_year
from layers.code_lists import incident_code_names
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, X0, Y0, make_store

#: the office's names for the codes, as the console gives them to report files
NAMES = incident_code_names("zh_CN")

SCHEME = re.compile(r"QX-(\d{4})-(\d{5})")


def lonlat(x: float, y: float) -> tuple[float, float]:
    from datasources.crs import transformer

    return transformer("EPSG:4549", "EPSG:4326").transform(x, y)


def open311_file(path, requests: list[dict]) -> None:
    lon, lat = lonlat(X0 + 300, Y0 + 300)
    path.write_text(json.dumps([{"service_code": "noise", "status": "open", "lat": lat, "long": lon,
                                 **r} for r in requests]), encoding="utf-8")


@pytest.fixture()
def admin(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    admin.features.add("villages", {"village_code": "V1", "name_zh": "村V1",
                           "geom": shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)})
    return admin


def test_every_way_in_gives_one_scheme_counted_per_china_year(admin, tmp_path):
    point = shapely.Point(X0 + 100, Y0 + 100)
    form = admin.incidents.file_report({"category": "noise", "address": "中心路 1 号", "source": "form",
                              "reported_at": datetime(2025, 3, 1, 2, tzinfo=UTC)})
    mapped = admin.incidents.file_report({"category": "waste", "geom": point, "source": "map",
                                "reported_at": datetime(2025, 3, 2, 2, tzinfo=UTC)})
    lon, lat = lonlat(X0 + 200, Y0 + 200)
    table = tmp_path / "hotline.csv"
    table.write_text("编号,类别,经度,纬度,上报时间\n"
                     f"RX-7,road_damage,{lon},{lat},2025-03-03 10:00\n"
                     f",street_light,{lon},{lat},2025-03-04 10:00\n", encoding="utf-8")
    csv_ids = import_incidents(admin, table, names=NAMES).ids
    requests = tmp_path / "requests.json"
    open311_file(requests, [
        {"service_request_id": "638344", "requested_datetime": "2025-03-05T10:00:00+08:00"},
        # a number of the township's own scheme (an export of another of its desks) is kept
        {"service_request_id": "QX-2025-00100", "requested_datetime": "2025-03-06T10:00:00+08:00"},
        {"service_request_id": "638346", "requested_datetime": "2025-03-07T10:00:00+08:00"},
        # 00:30 on New Year's Day in China: the new year's first
        {"service_request_id": "638347", "requested_datetime": "2025-12-31T16:30:00Z"}])
    open311_ids = import_incidents(admin, requests, names=NAMES).ids
    plain = admin.features.add("incidents", {"category": "waste", "geom": point,
                                    "reported_at": datetime(2025, 3, 8, tzinfo=UTC)})

    frame = admin.features.read("incidents")
    number = frame["case_number"].to_dict()
    assert [number[i] for i in (form, mapped, *csv_ids, *open311_ids, plain)] == [
        "QX-2025-00001", "QX-2025-00002", "QX-2025-00003", "QX-2025-00004",
        # the kept number counts first, so none given after it can clash with it
        "QX-2025-00101", "QX-2025-00100", "QX-2025-00102", "QX-2026-00001", "QX-2025-00103"]
    assert frame["case_number"].is_unique
    assert frame["case_number"].map(lambda n: SCHEME.fullmatch(n) is not None).all()
    source = frame["source_number"].astype(object).where(frame["source_number"].notna(), None).to_dict()
    assert [source[i] for i in (*csv_ids, *open311_ids)] == ["RX-7", None, "638344", None, "638346",
                                                             "638347"]
    assert source[form] is None and source[mapped] is None

    # The same Open311 file again: every request is refused by its source number or its case number.
    again = import_incidents(admin, requests, names=NAMES)
    assert again.ids == [] and len(again.errors) == 4
    assert all("already in the store" in e for e in again.errors)
    # ... also when it reaches the store directly (the column-mapping dialog's way).
    with pytest.raises(StoreError, match="638344"):
        admin.incidents.import_reports([{"category": "noise", "geom": point, "case_number": "638344"}])


def test_a_duplicate_link_by_the_sources_own_number_follows_the_renumbering(admin):
    point = shapely.Point(X0 + 50, Y0 + 50)
    ids = admin.incidents.import_reports([
        {"category": "noise", "geom": point, "case_number": "T-1", "reported_at": "2025-05-01T02:00Z"},
        {"category": "noise", "geom": point, "case_number": "T-2", "reported_at": "2025-05-01T03:00Z",
         "status": "duplicate", "duplicate_of": "T-1"}], source="open311")
    first, second = (admin.features.get("incidents", i) for i in ids)
    assert (first["case_number"], second["case_number"]) == ("QX-2025-00001", "QX-2025-00002")
    assert second["duplicate_of"] == ids[0]


def test_numbers_by_year_count_in_time_order_per_china_year():
    times = ["2025-12-31T17:00:00Z", "2024-12-31T15:59:00Z", "2025-01-01T00:00:00+08:00",
             "2025-01-01T00:00:00+08:00", "2025-06-01T00:00:00Z"]
    assert numbers_by_year(times) == ["QX-2026-00001", "QX-2024-00001", "QX-2025-00001", "QX-2025-00002",
                                      "QX-2025-00003"]
    assert numbers_by_year([datetime(2025, 1, 1, tzinfo=UTC)], prefix="HX") == ["HX-2025-00001"]
