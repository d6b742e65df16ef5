"""``township-console indices`` end to end: files in, CSV/XLSX out, refusals as one clear line."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from console.cli import main

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "sensors"
DINGLING = REAL / "PRSA_Data_Dingling_20130301-20170228.csv"


def _day(hours: int, pm25, o3=None, day: int = 1) -> list[dict]:
    return [{"Year": 2026, "Month": 3, "Day": day, "Hour": h, "PM2_5（微克/立方米）": pm25,
             "O3": (o3 if o3 is not None else 50)} for h in range(hours)]


def test_names_in_other_spellings_and_daily_rules(tmp_path, capsys):
    # day 1: 24 hours of PM2.5 70 -> 24 h mean 70: 2026 band 60-115: 50/55*10+100 = 109.09 -> 110, level 3
    # day 2: only 19 hours (00..18): fewer than 20, no 24 h mean; its 8 h windows ending 07..18 are 12,
    #        fewer than 14: no O3 8 h value; O3 1 h max 50 -> 50/160*50 = 15.6 -> 16 is the AQI
    rows = _day(24, 70) + _day(19, 70, day=2)
    src = tmp_path / "readings.csv"
    pd.DataFrame(rows).to_csv(src, index=False, encoding="gbk")
    out = tmp_path / "aqi.csv"
    assert main(["indices", str(src), "--standard", "hj633-2026", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "PM2.5=PM2_5（微克/立方米）" in text and "not found (left out of the index): PM10, SO2, NO2, CO" in text
    per_row = pd.read_csv(out)
    assert per_row["iaqi_PM2.5"].iloc[0] == 110 and per_row["primary_pollutant"].iloc[0] == "PM2.5"
    daily = pd.read_csv(tmp_path / "aqi_daily.csv")
    assert daily["PM2.5_24h_mean"].iloc[0] == 70 and daily["aqi"].tolist() == [110, 16]
    assert daily["level_name"].tolist() == ["Lightly polluted", "Excellent"]
    assert daily["level_name_zh"].tolist() == ["轻度污染", "优"]
    assert np.isnan(daily["PM2.5_24h_mean"].iloc[1]) and daily["PM2.5_hours"].iloc[1] == 19
    assert np.isnan(daily["O3_8h_max"].iloc[1]) and daily["O3_8h_max"].iloc[0] == 50
    # the same readings by 2012: 50/40*35+50 = 93.75 -> 94, level 2
    assert main(["indices", str(src), "--standard", "hj633-2012", "--out", str(out)]) == 0
    assert pd.read_csv(tmp_path / "aqi_daily.csv")["aqi"].tolist() == [94, 16]


def test_water_classes_to_xlsx_with_a_mapped_column(tmp_path, capsys):
    src = tmp_path / "water.csv"
    pd.DataFrame({"date": ["2026-05-01", "2026-05-01", "2026-05-02"], "溶解氧": [7.5, 4.0, "NA"],
                  "ammonia": [0.1, 0.2, 2.5], "total P": [0.05, 0.05, 0.1]}).to_csv(src, index=False)
    out = tmp_path / "water.xlsx"
    assert main(["indices", str(src), "--standard", "gb3838", "--water-body", "lake",
                 "--map", "tp=total P", "--out", str(out)]) == 0
    sheets = pd.read_excel(out, sheet_name=None)
    rows, daily = sheets["rows"], sheets["daily"]
    # row 0: DO I, NH3-N I, TP 0.05 lake III -> III; row 1: DO 4 -> IV; row 2: NH3-N 2.5 -> inferior V
    assert rows["water_class"].tolist() == ["III", "IV", "inferior V"]
    assert rows["water_class_zh"].tolist()[2] == "劣Ⅴ类"
    # day 1 means: DO 5.75 -> III, NH3-N 0.15 -> I, TP 0.05 -> III
    assert daily["water_class"].tolist() == ["III", "inferior V"]


def test_refusals_name_what_is_missing(tmp_path, capsys):
    src = tmp_path / "weather.csv"
    src.write_text("time,temp,wind\n2026-01-01 00:00,3,2\n", encoding="utf-8")
    assert main(["indices", str(src), "--standard", "hj633-2026", "--out", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "no column for any of PM2.5, PM10, SO2, NO2, CO, O3" in err and "temp, wind" in err
    assert "--map" in err
    assert main(["indices", str(src), "--standard", "epa", "--map", "pm25=PM25",
                 "--out", str(tmp_path / "o.csv")]) == 2
    assert "no column 'PM25'" in capsys.readouterr().err
    assert main(["indices", str(src), "--standard", "epa", "--out", str(tmp_path / "o.txt")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()


def test_negative_and_text_cells_are_reported_not_fatal(tmp_path, capsys):
    src = tmp_path / "r.csv"
    src.write_text("PM10,PM2.5\n-4,12\nbroken,40\n100,\n", encoding="utf-8")
    out = tmp_path / "r.csv.out.csv"
    assert main(["indices", str(src), "--standard", "epa", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "negative values are not indexed: PM10 1" in text and "no daily values" in text
    # row 0: PM2.5 12.0 -> 56; row 1: 40.0 -> 112; row 2: PM10 100 -> 73
    assert pd.read_csv(out)["aqi"].tolist() == [56, 112, 73]


@pytest.mark.skipif(not DINGLING.exists(), reason="the shared real data folder is absent (fresh clone)")
def test_real_beijing_station_2012_versus_2026(tmp_path, capsys):
    out = tmp_path / "dingling.csv"
    assert main(["indices", str(DINGLING), "--standard", "hj633-2026", "--out", str(out)]) == 0
    assert "CO looks like ug/m3" in capsys.readouterr().out
    new = pd.read_csv(tmp_path / "dingling_daily.csv")
    assert main(["indices", str(DINGLING), "--standard", "hj633-2012", "--out", str(out)]) == 0
    old = pd.read_csv(tmp_path / "dingling_daily.csv")
    assert len(new) == len(old) == 1461  # 2013-03-01 .. 2017-02-28
    assert (new["aqi"].fillna(-1) >= old["aqi"].fillna(-1)).all()  # 2026 only tightens
    assert (new["level"] > old["level"]).sum() > 0
    first = new.iloc[1]  # 2013-03-02 by hand from its 24 h means: NO2 56.4 -> 50/40*16.4+50 = 70.5 -> 71
    assert first["aqi"] == 71 and first["primary_pollutant"] == "NO2"


def test_so2_above_800_in_an_hour_takes_the_moving_24h_mean_and_epa_needs_18_hours(tmp_path):
    # 24 hours of SO2 100 then one hour of 900: the 1 h table stops at 800, so that hour is indexed on
    # the 24 h table with the 24 h moving mean (23 * 100 + 900) / 24 = 133.33; SO2 24 h band 50-150 is
    # IAQI 50-100: 50/100*83.33+50 = 91.67 -> 92
    # (the 1 h table would have given 200 at 800 already)
    rows = [{"year": 2026, "month": 4, "day": 1 + h // 24, "hour": h % 24, "so2": 100.0, "pm2.5": 20.0}
            for h in range(25)]
    rows[-1]["so2"] = 900.0
    src = tmp_path / "so2.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    out = tmp_path / "so2_out.csv"
    assert main(["indices", str(src), "--standard", "hj633-2012", "--out", str(out)]) == 0
    per_row = pd.read_csv(out)
    # SO2 1 h 100 -> 50/150*100 = 33.3 -> 34
    assert per_row["iaqi_SO2"].tolist() == [34] * 24 + [92]
    # EPA: 19 hours of PM2.5 on day 1 are enough (18 needed), the 24 h mean 12.0 -> 56
    short = tmp_path / "pm.csv"
    pd.DataFrame([{"year": 2026, "month": 4, "day": 1, "hour": h, "pm2.5": 12.0} for h in range(19)]
                 ).to_csv(short, index=False)
    assert main(["indices", str(short), "--standard", "epa", "--out", str(out)]) == 0
    assert pd.read_csv(tmp_path / "so2_out_daily.csv")["aqi"].tolist() == [56]


def test_xlsx_of_daily_values_with_chinese_headers(tmp_path, capsys):
    # a report sheet of daily means: PM10 130 on the 24 h table: 2026 band 120-250: 50/130*10+100 =
    # 103.85 -> 104; NO2 24 h 80 -> 100 (the 1 h table would give 40); CO 24 h 4 mg/m3 -> 100
    src = tmp_path / "daily.xlsx"
    with pd.ExcelWriter(src) as writer:
        pd.DataFrame({"说明": ["x"]}).to_excel(writer, sheet_name="notes", index=False)
        pd.DataFrame({"日期": ["2026-04-01", "2026-04-02"], "可吸入颗粒物": [130, 20],
                      "二氧化氮": [80, 10], "一氧化碳": [4, 0.5]}).to_excel(writer, sheet_name="日报",
                                                                          index=False)
    out = tmp_path / "daily_out.xlsx"
    assert main(["indices", str(src), "--sheet", "日报", "--rows", "daily", "--standard", "hj633-2026",
                 "--out", str(out)]) == 0
    assert "rows hold daily values" in capsys.readouterr().out
    sheets = pd.read_excel(out, sheet_name=None)
    assert list(sheets) == ["rows"]
    rows = sheets["rows"]
    assert rows["aqi"].tolist()[0] == 104 and rows["primary_pollutant"].tolist()[0] == "PM10"
    assert rows["iaqi_NO2"].tolist()[0] == 100 and rows["iaqi_CO"].tolist()[0] == 100
    # day 2: PM10 20 -> 20, NO2 10 -> 50/40*10 = 12.5 -> 13, CO 0.5 -> 50/2*0.5 = 12.5 -> 13: AQI 20
    assert rows["aqi"].tolist()[1] == 20 and pd.isna(rows["primary_pollutant"].tolist()[1])


def test_times_that_cannot_be_read_give_rows_without_days(tmp_path, capsys):
    src = tmp_path / "t.csv"
    src.write_text("time,PM2.5\nsoon,40\nlater,80\n", encoding="utf-8")
    out = tmp_path / "t_out.csv"
    assert main(["indices", str(src), "--standard", "hj633-2012", "--out", str(out)]) == 0
    assert "no daily values" in capsys.readouterr().out
    # PM2.5 40: 50/40*5+50 = 56.25 -> 57; 80: 50/40*5+100 = 106.25 -> 107
    assert pd.read_csv(out)["aqi"].tolist() == [57, 107]


def test_epa_per_hour_uses_nowcast_ppb_ppm_and_the_so2_24h_switch_over(tmp_path, capsys):
    # one station, four hours: PM2.5 25, 30, 35, 40 ug/m3; at the last hour the NowCast is 35.2
    # (w = 25/40 = 0.625, worked in tests/layers/test_air_quality.py), in the 9.1-35.4 band:
    # 49 / 26.3 * (35.2 - 9.1) + 51 = 99.63 -> 100.
    # SO2 1000 ug/m3 at the last hour = 1000 * 24.45 / 64.066 = 381.6 ppb: above the 1 h table; its 24 h
    # mean needs 18 hours, which four hours are not: at least 200, flagged above the scale.
    # NO2 100 ug/m3 = 53.1 ppb -> truncated 53 -> 50.
    rows = [{"year": 2026, "month": 4, "day": 1, "hour": h, "pm2.5": pm, "so2": so2, "no2": 100.0}
            for h, (pm, so2) in enumerate([(25, 10.0), (30, 10.0), (35, 10.0), (40, 1000.0)])]
    src = tmp_path / "hours.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    out = tmp_path / "hours_out.csv"
    assert main(["indices", str(src), "--standard", "epa", "--out", str(out)]) == 0
    assert "NowCast" in capsys.readouterr().out
    last = pd.read_csv(out).iloc[-1]
    assert last["iaqi_PM2.5"] == 100 and last["iaqi_NO2"] == 50
    assert last["iaqi_SO2"] == 200 and last["aqi"] == 200 and bool(last["above_scale"])
    # the first hour alone has no NowCast (two of the latest three hours are needed); the second:
    # w = 25/30, (30 + 25 * 25/30) / (1 + 25/30) = 27.7 -> 49 / 26.3 * 18.6 + 51 = 85.65 -> 86
    per_row = pd.read_csv(out)
    assert np.isnan(per_row["iaqi_PM2.5"].iloc[0]) and per_row["iaqi_PM2.5"].iloc[1] == 86


def test_epa_per_hour_takes_the_ozone_nowcast_for_the_8_hour_value(tmp_path):
    # O3 40 ug/m3 for seven hours, then 200: in ppm (x 24.45 / 48.00 / 1000) .020375 and .101875.
    # NowCast: w = 40 / 200 = 0.2; (.101875 + .020375 (.2 + .04 + .008 + .0016 + .00032 + .000064 + .0000128))
    # / (1 + .2 + ... + .2^7) = .1069687 / 1.2499968 = .085575 -> .085 ppm -> 101-150 band top: 150.
    # (The 8 h mean, (7 x 40 + 200) / 8 = 60 ug/m3 = .0306 ppm, would say 28; the 1 h value .101 ppm is
    # under the 1 h table's .125 and not indexed.)
    rows = [{"year": 2026, "month": 7, "day": 1, "hour": h, "O3": 40.0 if h < 7 else 200.0} for h in range(8)]
    src = tmp_path / "ozone.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    out = tmp_path / "ozone_out.csv"
    assert main(["indices", str(src), "--standard", "epa", "--out", str(out)]) == 0
    last = pd.read_csv(out).iloc[-1]
    assert last["aqi"] == 150
