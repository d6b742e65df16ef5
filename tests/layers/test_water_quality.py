"""GB 3838-2002 classes against the table, at every limit and just beyond it."""

import numpy as np
import pytest

from layers.emergency.water_quality import AT_MOST, parameter_class, water_class

NAN = np.nan


def test_at_most_parameters_at_and_just_above_each_limit():
    # NH3-N limits 0.15/0.5/1.0/1.5/2.0: at a limit the class is met, just above it is the next class
    values = [0.15, 0.151, 0.5, 0.51, 1.0, 1.01, 1.5, 1.51, 2.0, 2.01]
    assert parameter_class("nh3n", values).tolist() == [1, 2, 2, 3, 3, 4, 4, 5, 5, 6]
    # CODMn 2/4/6/10/15
    assert parameter_class("codmn", [0, 2, 2.1, 15, 15.1]).tolist() == [1, 1, 2, 5, 6]
    # COD: I and II share 15, so 15 is class I and 15.1 is class III
    assert parameter_class("cod", [15, 15.1, 20, 40, 40.1]).tolist() == [1, 3, 3, 5, 6]
    # BOD5: 3 (I and II), 4, 6, 10
    assert parameter_class("bod5", [3, 3.1, 4, 10, 10.5]).tolist() == [1, 3, 3, 5, 6]
    # TN (lakes) 0.2/0.5/1.0/1.5/2.0
    assert parameter_class("tn", [0.2, 0.21, 2.0, 2.1]).tolist() == [1, 2, 5, 6]


def test_total_phosphorus_rivers_versus_lakes():
    # 0.05: river limits 0.02/0.1/... -> II; lake limits 0.01/0.025/0.05 -> III
    # 0.3: river IV (at the limit); lake: above 0.2 -> inferior V
    assert parameter_class("tp", [0.05, 0.3, 0.02, 0.01], "river").tolist() == [2, 4, 1, 1]
    assert parameter_class("tp", [0.05, 0.3, 0.02, 0.01], "lake").tolist() == [3, 6, 2, 1]
    assert AT_MOST["tp_lake"][4] == 0.2


def test_dissolved_oxygen_is_an_at_least_limit():
    # DO limits 7.5/6/5/3/2 (at least): 7.5 -> I, 7.49 -> II, 6 -> II, 5.9 -> III, 2 -> V, 1.99 -> inferior V
    assert parameter_class("do", [9, 7.5, 7.49, 6, 5.9, 3, 2.9, 2, 1.99, 0]).tolist() == \
        [1, 1, 2, 2, 3, 4, 5, 5, 6, 6]


def test_ph_range():
    assert parameter_class("ph", [6, 9, 5.9, 9.1, 7]).tolist() == [1, 1, 6, 6, 1]


def test_overall_is_the_worst_class_and_tn_counts_for_lakes_only():
    readings = {"do": [8, 4, NAN], "nh3n": [0.1, 0.6, NAN], "tp": [0.05, 0.05, NAN], "tn": [3, 0.3, NAN]}
    river = water_class(readings, "river")
    # row 0: DO I, NH3-N I, TP (river) II; TN 3 is inferior V but not assessed for rivers -> II
    # row 1: DO 4 -> IV, NH3-N 0.6 -> III, TP II -> IV, set by DO
    # row 2: nothing -> 0 (not assessed)
    assert river.overall.tolist() == [2, 4, 0]
    assert river.overall_names().tolist() == ["II", "IV", ""]
    assert river.worst_parameters().tolist() == ["TP", "DO", ""]
    assert river.classes["tn"].tolist() == [6, 2, 0]
    lake = water_class(readings, "lake")
    # lake: row 0 TN 3 -> inferior V; row 1: TP 0.05 (lake) III, TN 0.3 II, DO IV -> IV
    assert lake.overall.tolist() == [6, 4, 0]
    assert lake.overall_names("zh").tolist() == ["劣Ⅴ类", "Ⅳ类", ""]


def test_negative_and_missing_values_are_not_assessed():
    r = water_class({"do": [-1, NAN, 8], "cod": [10, -3, NAN]})
    assert r.classes["do"].tolist() == [0, 0, 1]
    assert r.classes["cod"].tolist() == [1, 0, 0]
    assert r.overall.tolist() == [1, 0, 1]
    assert r.negative == {"do": 1, "cod": 1}


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown parameter"):
        water_class({"zinc": [1]})
    with pytest.raises(ValueError, match="water body"):
        parameter_class("tp", [0.1], "sea")
    with pytest.raises(ValueError, match="differ in length"):
        water_class({"do": [1, 2], "cod": [1]})
