"""AirNow's ozone NowCast (8 hours, weight factor min/max with no least value, two of the latest three hours
needed, truncated to 0.001 ppm), worked by hand, and the hourly EPA AQI of ozone it gives."""

from __future__ import annotations

import numpy as np

from layers.emergency.air_quality import epa_aqi, nowcast

NAN = float("nan")


def test_airnows_worked_example_with_a_missing_hour():
    # AirNow's example, in ppm, latest hour first: 63, 69, 80, 74, 60, missing, 35, 22 ppb.
    # w = 1 - (80 - 22) / 80 = 0.275 (no least value: PM would take 0.5)
    # sum c * w^age = .063 + .069(.275) + .080(.275)^2 + .074(.275)^3 + .060(.275)^4 + .035(.275)^6
    #                 + .022(.275)^7 = .063 + .018975 + .00605 + .001539 + .000343 + .0000151 + .0000026
    #               = .0899249
    # sum w^age over the hours measured = 1 + .275 + .075625 + .020797 + .005719 + .000433 + .000119 = 1.377692
    # NowCast = .0899249 / 1.377692 = .065272 -> truncated .065 ppm
    oldest_first = [0.022, 0.035, NAN, 0.060, 0.074, 0.080, 0.069, 0.063]
    values = nowcast(oldest_first, "o3")
    assert values[-1] == 0.065
    # earlier hours: the first alone has one of its latest three hours -> none; the second: w = 22/35,
    # (.035 + .022 * 22/35) / (1 + 22/35) = .048829 / 1.628571 = .029983 -> .029; the third (its latest
    # hour missing, two of three there) weighs the same two hours the same way -> .029
    assert np.isnan(values[0]) and values[1] == 0.029 and values[2] == 0.029


def test_only_the_last_eight_hours_count_and_no_least_weight():
    # 0.500 nine hours ago is out of the window: eight hours of 0.050 -> w = 1 -> 0.050
    assert nowcast([0.500] + [0.050] * 8, "o3")[-1] == 0.050
    # as the ninth hour is the eighth (in the window): w = .050 / .500 = 0.1,
    # (.050 (1 + .1 + ... + .1^6) + .500 * .1^7) / (1 + .1 + ... + .1^7) = (.0555555 + .00000005) / 1.1111111
    # = .0500000 -> .050: a weight of 0.1 leaves the old peak nearly nothing (PM's least 0.5 would not)
    assert nowcast([0.500] + [0.050] * 7, "o3")[-1] == 0.050
    assert nowcast([500.0] + [50.0] * 7, "pm25")[-1] > 51  # w = 0.5 keeps some of the peak
    # the lowest hour 0: w = 0, only the latest hour counts
    assert nowcast([0.0] * 7 + [0.040], "o3")[-1] == 0.040
    # two of the latest three hours missing: no NowCast
    assert np.isnan(nowcast([0.050] * 6 + [NAN, NAN], "o3")[-1])
    assert np.isnan(nowcast([0.050] * 5 + [NAN, 0.05, NAN], "o3")[-1])


def test_the_hourly_ozone_aqi_from_the_nowcast():
    # .065 ppm on the 8 h table (0.055-0.070 -> 51-100): 49 / .015 * (.065 - .055) + 51 = 83.67 -> 84
    value = nowcast([0.022, 0.035, NAN, 0.060, 0.074, 0.080, 0.069, 0.063], "o3")[-1]
    assert epa_aqi({"o3_8h": [value]}).aqi.tolist() == [84]
    # band edges through the NowCast of a steady series: .054 -> 50, .055 -> 51, .0709 -> .070 -> 100
    for ppm, aqi in ((0.054, 50), (0.055, 51), (0.0709, 100), (0.071, 101)):
        assert epa_aqi({"o3_8h": [nowcast([ppm] * 8, "o3")[-1]]}).aqi.tolist() == [aqi]
