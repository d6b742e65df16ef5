"""Tables with coordinates, degree-minute-second text, records without coordinates, hostile tables."""

from __future__ import annotations

import math
import zipfile

import numpy as np
import openpyxl
import pytest

from datasources.dms import parse_coordinates, parse_dms
from datasources.errors import Cancelled, Damaged, EncodingError, Unsafe, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN
from datasources.tables import LAT_NAMES, LON_NAMES, coordinate_score, read_records, read_table

# --- degree-minute-second text ---------------------------------------------------------------------

KEELUNG_LAT = 25 + 7 / 60 + 45 / 3600
LON_1213015 = 121 + 30 / 60 + 15 / 3600


@pytest.mark.parametrize("text, expected", [
    ("25,07,45", KEELUNG_LAT),
    ("121°30'15\"E", LON_1213015),
    ("121°30'15.5\"E", 121 + 30 / 60 + 15.5 / 3600),
    ("121 30 15", LON_1213015),
    ("121度30分15秒", LON_1213015),
    ("东经121度30分15秒", LON_1213015),
    ("東經 121°30′15″", LON_1213015),
    ("121°30′15″ W", -LON_1213015),
    ("W121 30 15", -LON_1213015),
    ("-121:30:15", -LON_1213015),
    ("121d30m15s", LON_1213015),
    ("121°30'15''E", LON_1213015),
    ("121° 30.25'", 121 + 30.25 / 60),
    ("１２１°３０′１５″", LON_1213015),  # full-width digits
    ("121.5W", -121.5),
    ("121,5", 121.5),  # one comma between two numbers: a decimal comma
    (" 121.504 ", 121.504),
    ("1.215E2", 121.5),
    (121.25, 121.25),
])
def test_longitudes_in_many_forms(text, expected):
    values, problems = parse_coordinates([text], axis="lon")
    assert problems[0] == ""
    assert values[0] == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("text, expected", [
    ("S 33 52 10", -(33 + 52 / 60 + 10 / 3600)),
    ("北纬25°07′45″", KEELUNG_LAT),
    ("南緯 33度52分10秒", -(33 + 52 / 60 + 10 / 3600)),
    ("25°07'45\"N", KEELUNG_LAT),
])
def test_latitudes_with_hemispheres(text, expected):
    assert parse_coordinates([text], axis="lat")[0][0] == pytest.approx(expected)


@pytest.mark.parametrize("text, reason", [
    ("12x.5", "'12x.5' is not a number"),
    ("121 75 10", "minutes of 60 or more"),
    ("121 30 61", "seconds of 60 or more"),
    ("121.5 30", "decimal degrees followed by minutes"),
    ("N121 30 15", "hemisphere of the other axis"),
    ("E121 30 W", "two hemispheres"),
    ("-121 30 W", "both negative and south/west"),
    ("200.5", "outside -180..180"),
    ("", "missing"),
    (None, "missing"),
    ("inf", "is not a number"),
])
def test_unreadable_longitudes_say_why(text, reason):
    values, problems = parse_coordinates([text], axis="lon")
    assert math.isnan(values[0])
    assert reason in problems[0]


def test_parsing_is_vectorised_over_a_column_and_keeps_positions():
    column = ["25,07,45", "bad", None, 24.5, "24 30 00"] * 1000
    values, problems = parse_coordinates(column, axis="lat")
    assert values.shape == (5000,)
    assert np.isnan(values[1::5]).all() and np.isnan(values[2::5]).all()
    np.testing.assert_allclose(values[4::5], 24.5)
    assert set(problems[0::5]) == {""} and set(problems[2::5]) == {"missing"}
    assert parse_dms("25,07,45") == pytest.approx(KEELUNG_LAT)


def test_coordinate_column_names():
    assert coordinate_score("SITE_EAST_LONG", LON_NAMES) == 2
    assert coordinate_score("经度(°)", LON_NAMES) == 3
    assert coordinate_score("中心点经度", LON_NAMES) == 2
    assert coordinate_score("X坐标", LON_NAMES) == 3
    assert coordinate_score("index", LON_NAMES) == 0
    assert coordinate_score("Latitude", LAT_NAMES) == 3


# --- real tables ---------------------------------------------------------------------------------


def test_taiwan_air_stations_from_dms_text(real_data):
    source = read_table(real_data / "tw" / "tw_epa_air_sites_2013.csv")
    data = source.data
    assert (source.driver, len(data)) == ("CSV", 94)
    assert source.encoding == "utf-8" and source.encoding_guessed
    assert source.crs == "EPSG:4326" and source.crs_assumed  # true lon/lat: no GCJ-02 on Taiwan
    located = data[data.geometry.notna()]
    assert len(located) == 87
    # Taiwan with its offshore islands: Kinmen lies at 118.3E, Matsu at 119.9E.
    assert located.geometry.x.between(118.0, 123.0).all()
    assert located.geometry.y.between(21.0, 26.5).all()
    main_island = located[~located["HSCITY"].isin(["金門縣", "連江縣"])]
    assert main_island.geometry.x.between(119.0, 123.0).all()
    keelung = data[data["SITE"] == "基隆"].geometry.iloc[0]
    assert keelung.y == pytest.approx(KEELUNG_LAT)
    assert keelung.x == pytest.approx(121 + 45 / 60 + 36.2 / 3600)
    # The six ragged rows are kept, with their extra fields, and flagged.
    ragged = data[data[PROBLEM_COLUMN].str.contains("ragged row: 12 fields, header has 8")]
    assert sorted(ragged["SITE_CODE"]) == [406, 407, 408, 409, 411, 412]
    assert set(ragged["field_11"]) == {"EBAM406", "EBAM407", "EBAM408", "EBAM409", "EBAM411",
                                       "EBAM412"}
    assert ragged.geometry.isna().all()
    assert (ragged[PROBLEM_COLUMN].str.contains("longitude missing")).all()
    assert data.loc[data["SITE_CODE"] == 406, PROBLEM_COLUMN].iloc[0].startswith("row 88: ")
    # The DMS text columns stay text.
    assert data["SITE_NORTH_LAT"].iloc[0] == "25,07,45"


def test_landslide_points_in_utm_from_the_file_name(real_data):
    source = read_table(real_data / "hazard" / "spDataLarge_lsl_DERIVED_from_rda_epsg32717.csv")
    data = source.data
    assert len(data) == 350 and data.geometry.notna().all()
    assert (source.crs, source.crs_assumed) == ("EPSG:32717", True)
    np.testing.assert_allclose(data.geometry.x, data["x"])
    np.testing.assert_allclose(data.geometry.y, data["y"])
    assert data["slope"].dtype == float
    assert (data[PROBLEM_COLUMN] == "").all()


def test_river_levels_have_no_coordinates_but_read_as_records(real_data):
    path = real_data / "sensors" / "amur_hydro_05001_daily_cp1251.csv"
    with pytest.raises(UnsupportedFormat, match="no coordinate columns were found") as caught:
        read_table(path)
    assert caught.value.path == path and path.name in str(caught.value)
    frame, encoding = read_records(path)
    assert encoding.encoding == "cp1251" and encoding.guessed
    assert frame.attrs["header_rows"] == 2
    assert list(frame.columns[:5]) == ["Дата", "Уровень средний", "Уровень миним.",
                                       "Уровень максим.", "Темпер. средняя"]
    assert len(frame) == 12419
    assert frame["Дата"].iloc[0] == "01.01.2000"
    assert frame["Уровень средний"].iloc[:3].tolist() == [253, 260, 259]


# --- tables made here ------------------------------------------------------------------------------


def _workbook(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "村点"
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as a pasted cell is
    sheet["F2"] = "=SUM(1,1)"  # a real formula without a cached value: read as empty
    book.save(path)
    return path


def test_xlsx_with_chinese_coordinate_columns_and_bad_rows(tmp_path):
    path = _workbook(tmp_path / "村庄.xlsx", [
        ["村名", "经度", "纬度", "户数"],
        ["李家村", 113.25, 23.5, 120],
        ["王家村", "113°30'15\"E", "23 40 00", 80],
        ["张家村", "12x.5", 23.6, 45],
        ["=cmd|' /C calc'!A0", None, 23.7, "未知"],
        ["赵家村", 113.9, 23.8, 30, "多出来的"],
    ])
    source = read_table(path)
    data = source.data
    assert source.driver == "XLSX" and source.layer == "村点" and source.encoding is None
    assert len(data) == 5 and data.geometry.notna().tolist() == [True, True, False, False, True]
    assert data.geometry.iloc[1].x == pytest.approx(113 + 30 / 60 + 15 / 3600)
    problems = data[PROBLEM_COLUMN].tolist()
    assert problems[0] == problems[1] == ""
    assert problems[2] == "row 4: longitude '12x.5' is not a number"
    assert problems[3] == "row 5: longitude missing"
    assert problems[4] == "row 6: ragged row: 5 fields, header has 4"
    assert "field_6" not in data.columns  # the uncached formula was not evaluated
    assert data["村名"].iloc[3] == "=cmd|' /C calc'!A0"
    assert data["户数"].tolist() == ["120", "80", "45", "未知", "30"]  # mixed: text
    assert source.crs == "EPSG:4490"


def test_a_given_encoding_and_columns_win(tmp_path):
    path = tmp_path / "points.txt"
    path.write_bytes("名称;东; 北\n甲;500100.5;3000100\n乙;500200;3000200\n".encode("gb18030"))
    source = read_table(path, ReadOptions(encoding="GBK", x="东", y="北", project_crs="EPSG:4547"))
    assert (source.encoding, source.encoding_guessed) == ("gb18030", False)
    assert source.data["名称"].tolist() == ["甲", "乙"]
    assert source.crs == "EPSG:4547" and source.crs_assumed
    assert source.data.geometry.iloc[0].coords[0] == (500100.5, 3000100)
    detected = read_table(path, ReadOptions(x="东", y="北"))
    assert detected.encoding == "gb18030" and detected.encoding_guessed
    assert detected.crs is None and any("could not be inferred" in w for w in detected.warnings)
    with pytest.raises(UnsupportedFormat, match="no column 'east'"):
        read_table(path, ReadOptions(encoding="gb18030", x="east", y="北"))
    with pytest.raises(EncodingError, match="does not decode as utf-8"):
        read_table(path, ReadOptions(encoding="utf-8", x="东", y="北"))
    with pytest.raises(EncodingError, match="not a known text encoding"):
        read_table(path, ReadOptions(encoding="klingon"))


def test_tab_and_pipe_delimiters_short_rows_and_swapped_columns(tmp_path):
    tsv = tmp_path / "wells.tsv"
    tsv.write_text("id\tlng\tlat\tnote\n1\t113.1\t23.1\tok\n2\t113.2\n3\t113.3\t23.3\tok\n",
                   encoding="utf-8")
    data = read_table(tsv).data
    assert data[PROBLEM_COLUMN].iloc[1] == ("row 3: ragged row: 2 fields, header has 4; "
                                            "latitude missing")
    assert data.geometry.notna().tolist() == [True, False, True]
    piped = tmp_path / "swapped.csv"
    piped.write_text("name|lon|lat\na|23.1|113.1\nb|23.2|113.2\n", encoding="utf-8")
    source = read_table(piped)
    assert source.data.geometry.iloc[0].coords[0] == (113.1, 23.1)
    assert any("swapped" in w for w in source.warnings)


def test_formula_cells_stay_text_and_nothing_is_evaluated(tmp_path):
    path = tmp_path / "evil.csv"
    path.write_text('name,x,y\n"=cmd|\' /C calc\'!A0",113,23\n@SUM(1+1),114,24\n'
                    '"+1+1",115,25\n', encoding="utf-8")
    data = read_table(path).data
    assert data["name"].tolist() == ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1"]
    assert data.geometry.notna().all()


def test_binary_junk_named_csv(tmp_path):
    path = tmp_path / "junk.csv"
    path.write_bytes(np.random.default_rng(1).bytes(20000))
    with pytest.raises(Damaged, match="binary data") as caught:
        read_table(path)
    assert "junk.csv" in str(caught.value)
    nul_free = tmp_path / "controls.csv"
    nul_free.write_bytes(bytes(range(1, 32)) * 500)
    with pytest.raises(Damaged, match="binary data"):
        read_records(nul_free)


def test_ten_megabyte_single_lines(tmp_path):
    one_cell = tmp_path / "one_cell.csv"
    one_cell.write_text("lon,lat,name\n113,23," + "a" * 10_000_000 + "\n", encoding="utf-8")
    with pytest.raises(Damaged, match="line 2 cannot be read"):
        read_table(one_cell)
    many_fields = tmp_path / "many_fields.csv"
    many_fields.write_text("a," * 5_000_000, encoding="utf-8")
    with pytest.raises(Damaged, match="header has 5000001 fields"):
        read_table(many_fields)


def test_xlsx_that_is_not_a_zip_or_not_a_workbook(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("lon,lat\n1,2\n", encoding="utf-8")
    with pytest.raises(Damaged, match="not a zip file"):
        read_table(fake)
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(Damaged, match="not an XLSX workbook"):
        read_table(other)


def test_xlsx_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(Unsafe, match="zip bomb"):
        read_table(bomb)


def test_cancelling_a_long_read(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("x,y\n" + "113,23\n" * 12000, encoding="utf-8")
    with pytest.raises(Cancelled):
        read_table(path, feedback=Feedback(is_cancelled=lambda: True))
    seen = []
    source = read_table(path, feedback=Feedback(progress=lambda f, m: seen.append(f)))
    assert len(source.data) == 12000 and seen[-1] == 1.0 and seen == sorted(seen)


def test_records_keep_ragged_rows_and_trailing_delimiters(tmp_path):
    path = tmp_path / "readings.csv"
    path.write_bytes(b"\xef\xbb\xbftime;value;\n1;2.5;\n2;3;;5;\n3;;\n4\n")
    frame, encoding = read_records(path)
    assert encoding.encoding == "utf-8-sig"
    assert list(frame.columns) == ["time", "value", "field_4", PROBLEM_COLUMN]  # blank dropped
    assert frame[PROBLEM_COLUMN].tolist() == [
        "", "row 3: ragged row: 4 fields, header has 3", "", "row 5: ragged row: 1 fields, header has 3"]
    assert frame["value"].iloc[0] == 2.5 and math.isnan(frame["value"].iloc[2])
    assert frame["field_4"].iloc[1] == 5


def test_null_words_do_not_turn_readings_into_text(tmp_path, real_data):
    path = tmp_path / "gaps.csv"
    path.write_text("station,pm25,code,status\nA,12,007,NA\nB,NA,010,ok\nC,-,011,NULL\n",
                    encoding="utf-8")
    frame, _ = read_records(path)
    assert frame["pm25"].dtype == float and frame["pm25"].isna().tolist() == [False, True, True]
    assert frame["code"].tolist() == ["007", "010", "011"]  # leading zeros: codes stay text
    assert frame["status"].tolist() == ["NA", "ok", "NULL"]
    readings, _ = read_records(real_data / "sensors" / "PRSA_Data_Dingling_20130301-20170228.csv")
    assert len(readings) == 35064 and readings["PM2.5"].dtype == float
    assert 0 < int(readings["PM2.5"].isna().sum()) < 2000
