"""Importing reports from a messy real-world table: a GBK CSV with degree-minute-second coordinates, ragged
rows, blank lines and a formula cell gives one clear error per bad row (named by its spreadsheet row), imports
the good rows, points out likely duplicates, and exports the formula neutralised in CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import openpyxl
import pytest
import shapely

from datasources.crs import transformer
from datasources.errors import PermissionDenied, UnsupportedFormat
from datasources.incident_files import export_incidents, import_incidents
from datasources.incident_import import guess_mapping, read_incident_rows
from layers.code_lists import incident_code_names
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    X0,
    Y0,
    fill_township,
    make_store,
)

#: the office's names for the codes, as the console gives them to report files
NAMES = incident_code_names("zh_CN")

FORMULA = "=cmd|' /C calc'!A0"
HEADER = "编号,类别,标题,问题描述,经度,纬度,地址,联系电话,反映人,身份证号,上报时间"


def dms(degrees: float, hemisphere: str, chinese: bool = False) -> str:
    d = int(degrees)
    m = int((degrees - d) * 60)
    s = ((degrees - d) * 60 - m) * 60
    if chinese:
        return f"{'东经' if hemisphere == 'E' else '北纬'}{d}度{m}分{s:.2f}秒"
    return f"{d}°{m:02d}′{s:05.2f}″{hemisphere}"


def lonlat(x: float, y: float) -> tuple[float, float]:
    return transformer("EPSG:4549", "EPSG:4326").transform(x, y)


def messy_csv(path) -> None:
    """What a hotline export looks like: GBK, CRLF, DMS text, blank lines, ragged rows, a formula."""
    lon, lat = lonlat(X0 + 100, Y0 + 100)
    lon2, lat2 = lonlat(X0 + 150, Y0 + 100)
    lon3, lat3 = lonlat(X0 + 600, Y0 + 500)
    lines = [
        HEADER,
        f",环境污染,河边排污,河边有人倾倒污水,{dms(lon, 'E')},{dms(lat, 'N')},,13812345678,张三,"
        "330127199712300785,2025-04-07 08:30",
        "",
        ",路灯故障,路灯不亮,路灯坏了,abc,27.1125,,,,,2025/04/08 20:00",
        ",noise,噪音",
        f',waste,垃圾,"{FORMULA}",{lon3:.7f},{lat3:.7f},石口村,+8613700000000,王五,,2025-04-09 10:00',
        f",道路损坏,坑,坑很深,{dms(lon2, 'E', True)},{dms(lat2, 'N', True)},,,,,2025-04-09",
        f",flying_saucer,飞碟,外星人,{lon:.6f},{lat:.6f},,,,,2025-04-09",
        ",noise,噪音,夜里施工,120°75′00″E,27°06′45″N,,,,,2025-04-09",
        ",dispute,纠纷,邻里纠纷,,,村委会,,,,yesterday",
        f",waste,垃圾,多一格,{lon:.6f},{lat:.6f},,,,,2025-04-09,extra",
        "   ",
        ",积水内涝,积水,路口积水,,,青溪镇中心路口,,,,2025-04-09 11:00",
        f",road_damage,重复坑,同一个坑,{dms(lon2, 'E')},{dms(lat2, 'N')},,,,,2025-04-09 12:00",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


EXPECTED_ERRORS = [
    "row 4: the longitude 'abc' is not a number",
    "row 5: 3 cells, the header has 11",
    "row 8: the category 'flying_saucer' is not known (use one of environment, street_light, "
    "road_damage, flooding, noise, dispute, water_supply, waste or their Chinese names)",
    "row 9: the longitude '120°75′00″E' has minutes of 60 or more",
    "row 10: the time 'yesterday' is not a date and time",
    "row 11: 12 cells, the header has 11",
]


def test_the_header_is_mapped_from_chinese_and_english_names():
    assert guess_mapping(HEADER.split(",")) == {
        "case_number": "编号", "category": "类别", "title": "标题", "description": "问题描述",
        "lon": "经度", "lat": "纬度", "address": "地址", "reporter_phone": "联系电话",
        "reporter_name": "反映人", "reporter_id_number": "身份证号", "reported_at": "上报时间"}
    assert guess_mapping(["Category", "Description", "Longitude(°)", "LAT", "Address", "Phone", "Name",
                          "Time", "notes"]) == {
        "category": "Category", "description": "Description", "lon": "Longitude(°)", "lat": "LAT",
        "address": "Address", "reporter_phone": "Phone", "reporter_name": "Name",
        "reported_at": "Time"}
    assert guess_mapping(["问题类别", "详细地址", "X坐标", "Y坐标", "手机号"]) == {
        "category": "问题类别", "address": "详细地址", "lon": "X坐标", "lat": "Y坐标",
        "reporter_phone": "手机号"}


def test_a_messy_csv_gives_row_errors_and_the_good_rows(tmp_path):
    path = tmp_path / "hotline.csv"
    messy_csv(path)
    records, errors = read_incident_rows(path, names=NAMES)
    assert errors == EXPECTED_ERRORS
    assert [r["row"] for r in records] == [2, 6, 7, 13, 14]
    first, formula, chinese_dms, address_only, _ = records
    assert first["category"] == "environment" and first["reporter_id_number"] == "330127199712300785"
    assert first["reporter_phone"] == "13812345678" and first["reporter_name"] == "张三"
    assert first["reported_at"] == datetime(2025, 4, 7, 0, 30, tzinfo=UTC)  # 08:30 China time
    assert first["geom"].distance(shapely.Point(X0 + 100, Y0 + 100)) < 1.0  # DMS to 0.01″
    assert chinese_dms["category"] == "road_damage"
    assert chinese_dms["geom"].distance(shapely.Point(X0 + 150, Y0 + 100)) < 1.0
    assert formula["description"] == FORMULA  # read as the text it is, never evaluated
    assert formula["geom"].distance(shapely.Point(X0 + 600, Y0 + 500)) < 0.05
    assert "geom" not in address_only and address_only["address"] == "青溪镇中心路口"
    # The same table with a mapping given and the wrong encoding: the mapping is checked.
    with pytest.raises(UnsupportedFormat, match="no column 'kind'"):
        read_incident_rows(path, {"category": "kind"}, names=NAMES)
    with pytest.raises(UnsupportedFormat, match="only one coordinate column"):
        read_incident_rows(path, {"category": "类别", "lon": "经度"}, names=NAMES)


def test_the_import_files_the_good_rows_and_the_export_neutralises_formulas(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    earlier = admin.incidents.file_report({"category": "road_damage", "geom": shapely.Point(X0 + 160, Y0 + 100),
                                 "reported_at": datetime(2025, 4, 9, 1, tzinfo=UTC)})
    case = admin.features.get("incidents", earlier)["case_number"]
    path = tmp_path / "hotline.csv"
    messy_csv(path)
    result = import_incidents(admin, path, names=NAMES)
    assert result.errors == EXPECTED_ERRORS and len(result.ids) == 5
    assert [d.split(" (")[0] for d in result.duplicates] == [f"row 7: may repeat {case}",
                                                              f"row 14: may repeat {case}"]
    assert "10 m away" in result.duplicates[1]
    incidents = admin.features.read("incidents").loc[result.ids]
    assert incidents["status"].eq("new").all() and incidents["source"].eq("import").all()
    assert list(incidents["village_code"].fillna("-")) == ["V1", "V1", "V1", "-", "V1"]
    assert incidents["case_number"].str.fullmatch(r"QX-2025-\d{5}").all()
    assert admin.incidents.unmask(result.ids[0], "check the import")["reporter_name"] == "张三"
    record = admin.audit.log(event="import").iloc[0]
    assert record["object"] == "incidents:5 features" and '"refused": 6' in record["detail"]

    export_incidents(admin, tmp_path / "out.csv", "csv", include_personal=True, confirmed=True, names=NAMES)
    export_incidents(admin, tmp_path / "out.xlsx", "xlsx", include_personal=True, confirmed=True, names=NAMES)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    waste = next(r for r in rows if r["title"] == "垃圾")
    assert waste["description"] == "'" + FORMULA
    assert waste["reporter_phone"] == "+8613700000000"  # a plain number is no formula: left alone
    assert waste["reported_at"] == "2025-04-09T10:00:00+08:00" and waste["category_zh"] == "垃圾清运"
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book.active
    header = [c.value for c in sheet[1]]
    cells = [row for row in sheet.iter_rows(min_row=2) if row[header.index("title")].value == "垃圾"]
    description = cells[0][header.index("description")]
    assert description.value == "'" + FORMULA and description.data_type == "s"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    assert float(cells[0][header.index("lon")].value) == pytest.approx(float(waste["lon"]))

    # What we export as a spreadsheet reads again, but for the store kit's two reports of the made-up
    # category "road".
    again, errors = read_incident_rows(tmp_path / "out.xlsx", names=NAMES)
    assert [e.split(":")[0] for e in errors] == ["row 2", "row 3"]
    assert all("the category 'road' is not known" in e for e in errors)
    assert len(again) == len(rows) - 2 and {r["case_number"] for r in again} == \
        set(incidents["case_number"]) | {case}


def test_xlsx_sheets_and_rights(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    lon, lat = lonlat(X0 + 100, Y0 + 100)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["类别", "描述", "经度", "纬度", "时间", "地址"])
    sheet.append(["noise", "广场舞", lon, lat, datetime(2025, 5, 1, 20, 0)])  # trailing blank cell
    sheet.append(["noise", "唱歌", "x", lat, datetime(2025, 5, 1, 21, 0), "村口"])
    sheet.append(["noise", "多", lon, lat, datetime(2025, 5, 1, 21, 0), "村口", "extra"])
    sheet.append([None, "没有类别", lon, lat])
    book.save(tmp_path / "reports.xlsx")
    records, errors = read_incident_rows(tmp_path / "reports.xlsx", names=NAMES)
    assert errors == ["row 3: the longitude 'x' is not a number", "row 4: 7 cells, the header has 6",
                      "row 5: the category is missing"]
    assert len(records) == 1 and records[0]["reported_at"] == datetime(2025, 5, 1, 12, tzinfo=UTC)
    admin.accounts.add("reader", PASSWORD, "viewer")
    with pytest.raises(PermissionDenied):
        import_incidents(store.login("reader", PASSWORD), tmp_path / "reports.xlsx", names=NAMES)
    assert len(admin.features.read("incidents")) == 2
