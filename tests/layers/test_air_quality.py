"""China AQI (HJ 633-2012 / -2026) and US EPA AQI against examples worked by hand from the tables.

IAQI = (IAQI_hi - IAQI_lo) / (BP_hi - BP_lo) * (C - BP_lo) + IAQI_lo, rounded UP (China);
EPA truncates C first and rounds the index to the nearest whole number.
"""

import numpy as np
import pytest

from layers.emergency.air_quality import (
    CHINA_TABLES,
    air_quality_index,
    china_aqi,
    epa_aqi,
    epa_sub_index,
    iaqi,
)

NAN = np.nan


def _iaqi(key, values, standard="hj633-2012"):
    return iaqi(np.asarray(values, dtype=float), CHINA_TABLES[standard][key])[0].tolist()


def test_pm25_2012_every_step_and_just_above():
    # at a step the IAQI is the step: 0->0, 35->50, 75->100, 115->150, 150->200, 250->300, 350->400, 500->500
    assert _iaqi("pm25_24h", [0, 35, 75, 115, 150, 250, 350, 500]) == [0, 50, 100, 150, 200, 300, 400, 500]
    # just above each step, rounded up:
    # 35.1: 50/40*0.1+50 = 50.125 -> 51;   75.1: 50/40*0.1+100 = 100.125 -> 101
    # 115.1: 50/35*0.1+150 = 150.14 -> 151; 150.1: 100/100*0.1+200 = 200.1 -> 201
    # 250.1: 100/100*0.1+300 = 300.1 -> 301; 350.1: 100/150*0.1+400 = 400.07 -> 401
    assert _iaqi("pm25_24h", [35.1, 75.1, 115.1, 150.1, 250.1, 350.1]) == [51, 101, 151, 201, 301, 401]
    # inside a band: 55: 50/40*20+50 = 75 exactly -> 75;  56: 50/40*21+50 = 76.25 -> 77
    assert _iaqi("pm25_24h", [55, 56]) == [75, 77]


def test_pm25_and_pm10_2012_versus_2026():
    # PM2.5 = 70: 2012 band 35-75: 50/40*35+50 = 93.75 -> 94 (level 2, good)
    #             2026 band 60-115: 50/55*10+100 = 109.09 -> 110 (level 3, lightly polluted)
    assert _iaqi("pm25_24h", [70], "hj633-2012") == [94]
    assert _iaqi("pm25_24h", [70], "hj633-2026") == [110]
    # PM2.5 = 60: 2012 50/40*25+50 = 81.25 -> 82; 2026 exactly at the step -> 100
    assert _iaqi("pm25_24h", [60], "hj633-2012") == [82]
    assert _iaqi("pm25_24h", [60, 60.1], "hj633-2026") == [100, 101]  # 60.1: 50/55*0.1+100 = 100.09
    # PM10 = 130: 2012 band 50-150: 50/100*80+50 = 90; 2026 band 120-250: 50/130*10+100 = 103.85 -> 104
    assert _iaqi("pm10_24h", [130], "hj633-2012") == [90]
    assert _iaqi("pm10_24h", [130], "hj633-2026") == [104]
    # PM10 = 120: 2012: 50/100*70+50 = 85; 2026 exactly at the step -> 100; 150 in 2026: 50/130*30+100 = 111.5 -> 112
    assert _iaqi("pm10_24h", [120, 150], "hj633-2012") == [85, 100]
    assert _iaqi("pm10_24h", [120, 150], "hj633-2026") == [100, 112]
    # every other table is the same in both versions
    for key in ("so2_24h", "so2_1h", "no2_24h", "no2_1h", "co_24h", "co_1h", "o3_1h", "o3_8h"):
        assert CHINA_TABLES["hj633-2012"][key] == CHINA_TABLES["hj633-2026"][key]


def test_other_pollutants_steps_and_bands():
    # NO2 1 h 100 -> 50, 100.5: 50/100*0.5+50 = 50.25 -> 51; CO 1 h 5 mg -> 50, 7.5: 50/5*2.5+50 = 75
    assert _iaqi("no2_1h", [100, 100.5]) == [50, 51]
    assert _iaqi("co_1h", [5, 7.5, 150]) == [50, 75, 500]
    # O3 8 h 265 -> 200, 266: 100/535*1+200 = 200.19 -> 201; O3 1 h 1200 -> 500
    assert _iaqi("o3_8h", [265, 266]) == [200, 201]
    assert _iaqi("o3_1h", [1200]) == [500]


def test_aqi_is_the_largest_iaqi_and_names_primary_only_above_50():
    r = china_aqi({"pm25": [30, 80, 35], "pm10": [40, 100, 50], "no2": [20, 20, 100]}, "hj633-2012")
    # row 0: PM2.5 30 -> 50/35*30 = 42.86 -> 43; PM10 40 -> 40; NO2 1 h 20 -> 10: AQI 43, no primary
    # row 1: PM2.5 80 -> 50/40*5+100 = 106.25 -> 107; PM10 100 -> 75; AQI 107 level 3, primary PM2.5
    # row 2: PM2.5 35 -> 50, PM10 50 -> 50, NO2 100 -> 50: AQI 50, level 1, no primary (not > 50)
    assert r.aqi.tolist() == [43, 107, 50]
    assert r.level.tolist() == [1, 3, 1]
    assert r.primary_names().tolist() == ["", "PM2.5", ""]
    assert r.level_names("zh").tolist() == ["优", "轻度污染", "优"]
    assert r.level_colours().tolist() == ["#00E400", "#FF7E00", "#00E400"]


def test_ties_name_every_primary_pollutant():
    # PM2.5 75 -> 100 and PM10 150 -> 100 (2012): both primary
    r = china_aqi({"pm25": [75], "pm10": [150]}, "hj633-2012")
    assert r.aqi.tolist() == [100] and r.primary_names().tolist() == ["PM2.5,PM10"]


def test_level_edges_and_colours():
    # PM2.5 (2012) at 35, 75, 115, 150, 250 give AQI exactly 50/100/150/200/300: the lower level;
    # 350 -> 400 is level 6
    r = china_aqi({"pm25": [35, 35.1, 75, 115, 150, 250, 250.1, 350]}, "hj633-2012")
    assert r.aqi.tolist() == [50, 51, 100, 150, 200, 300, 301, 400]
    assert r.level.tolist() == [1, 2, 2, 3, 4, 5, 6, 6]
    assert r.level_colours().tolist()[-3:] == ["#99004C", "#7E0023", "#7E0023"]
    assert r.level_names().tolist()[4] == "Moderately polluted"


def test_so2_above_800_uses_the_24h_value():
    # SO2 1 h 800 -> 200 on the 1 h table; 900 is not indexed on it: SO2 24 h 300 (band 150-475, IAQI
    # 100-150) -> 50/325*150+100 = 123.08 -> 124 is used instead; without a 24 h value it cannot be indexed (NaN)
    r = china_aqi({"so2": [800, 900, 900], "so2_24h": [NAN, 300, NAN]}, "hj633-2012")
    assert r.sub_index["so2"].tolist()[:2] == [200, 124]
    assert np.isnan(r.sub_index["so2"][2])
    assert not r.above_scale.any()


def test_o3_8h_above_800_uses_the_1h_iaqi():
    # O3 8 h 800 -> 300; 850 is beyond the 8 h table: the 1 h IAQI stands in: O3 1 h 900 -> 100/200*100+300 = 350
    r = china_aqi({"o3_1h": [100, 900], "o3_8h": [800, 850]}, "hj633-2012")
    assert r.sub_index["o3_8h"].tolist() == [300, 350]
    # row 0: O3 1 h 100 -> 50/160*100 = 31.25 -> 32; AQI = max(32, 300) = 300, primary O3_8h
    assert r.aqi.tolist() == [300, 350]
    assert r.primary_names().tolist() == ["O3_8h", "O3_1h,O3_8h"]


def test_daily_period_uses_24h_tables():
    # NO2 24 h 80 -> 100 (1 h table would give 40); CO 24 h 4 mg -> 100 (1 h table: 40)
    day = china_aqi({"no2": [80], "co": [4]}, "hj633-2026", period="day")
    hour = china_aqi({"no2": [80], "co": [4]}, "hj633-2026", period="hour")
    assert day.sub_index["no2"].tolist() == [100] and hour.sub_index["no2"].tolist() == [40]
    assert day.sub_index["co"].tolist() == [100] and hour.sub_index["co"].tolist() == [40]


def test_missing_negative_and_above_scale():
    r = china_aqi({"pm25": [NAN, -5, 600, NAN], "pm10": [40, NAN, 10, NAN]}, "hj633-2012")
    # row 0: only PM10 -> 40; row 1: nothing valid -> NaN, level 0; row 2: PM2.5 above 500 -> 500, flagged
    assert r.aqi[0] == 40 and np.isnan(r.aqi[1]) and r.aqi[2] == 500 and np.isnan(r.aqi[3])
    assert r.level.tolist() == [1, 0, 6, 0]
    assert r.above_scale.tolist() == [False, False, True, False]
    assert r.negative == {"pm25": 1}
    assert r.level_names().tolist()[1] == ""


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown standard"):
        china_aqi({"pm25": [1]}, "hj633-1999")
    with pytest.raises(ValueError, match="unknown pollutant"):
        china_aqi({"pm2.5": [1]})
    with pytest.raises(ValueError, match="differ in length"):
        china_aqi({"pm25": [1, 2], "pm10": [1]})
    with pytest.raises(ValueError, match="no readings"):
        china_aqi({})


def test_epa_pm25_2024_every_band_edge():
    # at band tops: 9.0 -> 50, 35.4 -> 100, 55.4 -> 150, 125.4 -> 200, 225.4 -> 300, 325.4 -> 500
    # at band bottoms: 9.1 -> 51, 35.5 -> 101, 55.5 -> 151, 125.5 -> 201, 225.5 -> 301
    v, _ = epa_sub_index("pm25", [0, 9.0, 9.1, 35.4, 35.5, 55.4, 55.5, 125.4, 125.5, 225.4, 225.5, 325.4])
    assert v.tolist() == [0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500]
    # truncation: 9.09 -> 9.0 -> 50 (not 51); 35.49 -> 35.4 -> 100
    v, _ = epa_sub_index("pm25", [9.09, 35.49])
    assert v.tolist() == [50, 100]
    # 12.0: 49/26.3*2.9+51 = 56.40 -> 56;  20.0: 49/26.3*10.9+51 = 71.31 -> 71
    # 40.0: 49/19.9*4.5+101 = 112.08 -> 112
    v, _ = epa_sub_index("pm25", [12.0, 20.0, 40.0])
    assert v.tolist() == [56, 71, 112]


def test_epa_pm10_co_no2():
    # PM10: 54 -> 50, 55 -> 51, 54.9 truncated to 54 -> 50, 100: 49/99*45+51 = 73.27 -> 73
    assert epa_sub_index("pm10", [54, 55, 54.9, 100])[0].tolist() == [50, 51, 50, 73]
    # CO ppm: 4.4 -> 50, 4.5 -> 51, 6.0: 49/4.9*1.5+51 = 66
    assert epa_sub_index("co", [4.4, 4.5, 6.0])[0].tolist() == [50, 51, 66]
    # NO2 ppb: 53 -> 50, 54 -> 51, 200: 49/259*99+101 = 119.73 -> 120
    assert epa_sub_index("no2", [53, 54, 200])[0].tolist() == [50, 51, 120]


def test_epa_aqi_rows_and_levels():
    r = epa_aqi({"pm25": [12.0, 400, NAN, -1], "pm10": [100, 10, NAN, NAN]})
    # row 0: max(56, 73) = 73 Moderate, primary PM10; row 1: PM2.5 beyond 325.4 -> 500 flagged, Hazardous
    assert r.aqi[0] == 73 and r.aqi[1] == 500 and np.isnan(r.aqi[2]) and np.isnan(r.aqi[3])
    assert r.level_names().tolist() == ["Moderate", "Hazardous", "", ""]
    assert r.primary_names().tolist() == ["PM10", "PM2.5", "", ""]
    assert r.above_scale.tolist() == [False, True, False, False]
    assert r.level_colours().tolist()[1] == "#7E0023"
    assert r.negative == {"pm25": 1}


def test_dispatch_by_name_indexes_so2_in_ppb_for_epa():
    # SO2 5 ppb: 50 / 35 * 5 = 7.14 -> 7; PM2.5 12.0 decides
    r = air_quality_index({"pm25": [12.0], "so2": [5]}, "epa")
    assert r.pollutants == ("pm25", "so2") and r.sub_index["so2"].tolist() == [7] and r.aqi.tolist() == [56]
    r = air_quality_index({"pm25": [70]}, "hj633-2026", "day")
    assert r.aqi.tolist() == [110]


@pytest.mark.parametrize("standard", ["hj633-2012", "hj633-2026"])
def test_every_table_at_every_step_and_one_hundredth_above(standard):
    # at each step the IAQI is exactly the step (no floating noise rounded up); 0.01 above a step the
    # slope is positive so the value is above the step and rounds up to step + 1 (slopes here are at
    # most 50/5 = 10 per unit, times 0.01 = 0.1 < 1, so never more than step + 1)
    steps = [0, 50, 100, 150, 200, 300, 400, 500]
    for key, bp in CHINA_TABLES[standard].items():
        at = _iaqi(key, bp, standard)
        assert at == steps[: len(bp)], key
        above = _iaqi(key, [b + 0.01 for b in bp[:-1]], standard)
        assert above == [s + 1 for s in steps[: len(bp) - 1]], key


def test_epa_every_band_of_every_pollutant():
    from layers.emergency.air_quality import EPA_BANDS

    for pollutant, bands in EPA_BANDS.items():
        lows = [b[0] for b in bands]
        highs = [b[1] for b in bands]
        assert epa_sub_index(pollutant, lows)[0].tolist() == [b[2] for b in bands], pollutant
        assert epa_sub_index(pollutant, highs)[0].tolist() == [b[3] for b in bands], pollutant


def test_empty_columns_and_infinities():
    r = china_aqi({"pm25": np.array([]), "pm10": np.array([])})
    assert len(r.aqi) == 0 and r.primary_names().tolist() == []
    r = china_aqi({"pm25": [np.inf, -np.inf]})
    assert r.aqi[0] == 500 and r.above_scale[0] and np.isnan(r.aqi[1])


def test_epa_so2_1h_edges_and_the_24h_switch_over():
    # 1 h table (ppb, truncated to whole ppb): 35 | 36, 75 | 76, 185 | 186, 304 (304.9 truncates to 304)
    one = [35, 36, 75, 76, 185, 186, 304, 304.9]
    assert epa_aqi({"so2": one}).aqi.tolist() == [50, 51, 100, 101, 150, 151, 200, 200]
    # above 304 ppb the 24 h value is indexed: 305 -> 201, 604 -> 300, 605 -> 301, 1004 -> 500;
    # 450 ppb: (300 - 201) / (604 - 305) * (450 - 305) + 201 = 249.0 -> 249
    r = epa_aqi({"so2": [400, 400, 400, 400, 400], "so2_24h": [305, 604, 605, 1004, 450]})
    assert r.aqi.tolist() == [201, 300, 301, 500, 249] and not r.above_scale.any()
    # a 24 h value below the 24 h table, or none: at least 200, flagged (the 1 h table says no more)
    r = epa_aqi({"so2": [400, 400, 400], "so2_24h": [200, NAN, 1100]})
    assert r.aqi.tolist() == [200, 200, 500] and r.above_scale.tolist() == [True, True, True]


def test_epa_o3_8h_and_1h_edges_and_switch_overs():
    # 8 h (ppm, truncated to 0.001): 0.054 | 0.055, 0.070 | 0.071, 0.085 | 0.086, 0.105 | 0.106, 0.200;
    # 0.0549 truncates to 0.054
    eight = [0.054, 0.0549, 0.055, 0.070, 0.071, 0.085, 0.086, 0.105, 0.106, 0.200]
    assert epa_aqi({"o3_8h": eight}).aqi.tolist() == [50, 50, 51, 100, 101, 150, 151, 200, 201, 300]
    # 1 h: below 0.125 not indexed; 0.125 -> 101, 0.164 -> 150, 0.165 -> 151, 0.404 -> 300, 0.405 -> 301,
    # 0.604 -> 500
    one = epa_aqi({"o3_1h": [0.124, 0.125, 0.164, 0.165, 0.404, 0.405, 0.604]})
    assert np.isnan(one.aqi[0]) and one.aqi.tolist()[1:] == [101, 150, 151, 300, 301, 500]
    # both: the higher wins. 8 h 0.080: 49 / 0.014 * 0.009 + 101 = 132.5 -> 133;
    # 1 h 0.130: 49 / 0.039 * 0.005 + 101 = 107.28 -> 107
    r = epa_aqi({"o3_8h": [0.080, 0.080], "o3_1h": [0.130, 0.300]})
    # 1 h 0.300: 99 / 0.199 * 0.095 + 201 = 248.26 -> 248
    assert r.sub_index["o3_8h"].tolist() == [133, 133] and r.aqi.tolist() == [133, 248]
    assert r.primary_names().tolist() == ["O3_8h", "O3_1h"]
    # an 8 h value above 0.200: the 1 h value is indexed instead (0.450: 199 / 0.199 * 0.045 + 301 = 346)
    r = epa_aqi({"o3_8h": [0.250, 0.250], "o3_1h": [0.450, NAN]})
    assert np.isnan(r.sub_index["o3_8h"][0]) and r.aqi.tolist() == [346, 300]
    assert r.above_scale.tolist() == [False, True]  # no 1 h value: 300 at least, flagged


def test_epa_nowcast_of_pm_worked_by_hand():
    from layers.emergency.air_quality import nowcast

    # latest hours 10, 20, 30 (oldest first 30, 20, 10): w* = 10 / 30 < 0.5 -> w = 0.5;
    # (10 + 0.5 * 20 + 0.25 * 30) / 1.75 = 15.714 -> 15.7
    assert nowcast([30, 20, 10]).tolist()[-1] == 15.7
    # latest 40, 35, 30, 25: w = 25 / 40 = 0.625;
    # (40 + 0.625 * 35 + 0.390625 * 30 + 0.244140625 * 25) / 2.259765625 = 35.268 -> 35.2
    assert nowcast([25, 30, 35, 40]).tolist()[-1] == 35.2
    # PM10 truncates to whole µg/m³: the same series -> 35
    assert nowcast([25, 30, 35, 40], "pm10").tolist()[-1] == 35
    # two of the latest three hours missing: no NowCast; one missing: the others count
    got = nowcast([30, 20, NAN, NAN])
    # at the second hour: w = 20 / 30; (20 + 2/3 * 30) / (1 + 2/3) = 24.0
    assert np.isnan(got[-1]) and got[1] == 24.0
    # only the last 12 hours count: a spike 13 hours ago changes nothing; steady air is its own value
    steady = [500] + [12.0] * 12
    assert nowcast(steady).tolist()[-1] == 12.0
    with pytest.raises(ValueError, match="NowCast"):
        nowcast([1.0], "o3_8h")
