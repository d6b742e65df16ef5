"""Over a range of months: each village's figures, its rank, its coverage by services, its page, and trends.

Ranking (:func:`ranking`): each village is ranked on each metric of :data:`RANKED` it has a value for (1 =
best; ties share the better rank). Its **score** is the mean over those metrics of ``100 * (n - rank) /
(n - 1)`` (n: villages ranked on the metric; 100 is the best of them, 0 the worst; a metric only one village has
is not scored); villages with fewer than :data:`MIN_METRICS` scored metrics get no score. The composite rank orders the scores. The metrics are
equally weighted; a village without sensors or alerts is ranked on its reports alone.

Coverage (:func:`coverage_table`): households within reach of a site giving a service: mobile (telecom
towers, :data:`REACH_M`), broadband and warning (sirens, loudspeakers), counted with
:func:`layers.planning.coverage.range_coverage` over the household points. Built sites (the towers among
the facilities, planned sites with status ``built``) give ``<service>_covered``; adding the approved and
draft planned sites gives ``<service>_with_plans``. Without sites of a service, or without household points,
the columns are empty and :func:`coverage_table` says why.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.evaluation.figures import KEYS, EvaluationData
from layers.incidents.village_stats import TOWNSHIP_CODE, TOWNSHIP_NAME_ZH, village_performance
from layers.planning.coverage import range_coverage

#: metric -> +1 when more is better, -1 when less is
RANKED = {"on_time_share": 1, "median_days_to_close": -1, "overdue_share": -1, "uptime": 1,
          "days_above_aqi100": -1, "median_minutes_to_answer": -1}
MIN_METRICS = 2
SERVICES = ("mobile", "broadband", "warning")
SERVICE_OF = {"tower": "mobile", "mobile_tower": "mobile", "base_station": "mobile", "broadband": "broadband",
              "fibre_cabinet": "broadband", "olt": "broadband", "siren": "warning", "loudspeaker": "warning",
              "warning_speaker": "warning", "warning": "warning"}
#: the straight reach of each service's site, metres (a stated planning assumption)
REACH_M = {"mobile": 3000.0, "broadband": 1000.0, "warning": 800.0}
PLANNED = ("approved", "draft")


def range_table(data: EvaluationData, monthly: pd.DataFrame) -> pd.DataFrame:
    """Per village (and the township) over the whole range: sums of the counts, shares of the sums, and
    medians over every report and alert of the range (not medians of the months)."""
    sums = monthly.groupby("village_code", sort=False).agg(
        village_name=("village_name", "first"), received=("received", "sum"), closed=("closed", "sum"),
        closed_on_time=("closed_on_time", "sum"), due=("due", "sum"), overdue=("overdue", "sum"),
        readings=("readings", "sum"), expected=("expected", "sum"),
        days_above_aqi100=("days_above_aqi100", lambda d: d.sum(min_count=1)),
        water_class=("water_class", "max"), alerts_raised=("alerts_raised", "sum"),
        alerts_answered=("alerts_answered", "sum"))
    sums["on_time_share"] = sums["closed_on_time"] / sums["closed"].where(sums["closed"] > 0)
    sums["overdue_share"] = sums["overdue"] / sums["due"].where(sums["due"] > 0)
    sums["uptime"] = sums["readings"] / sums["expected"].where(sums["expected"] > 0)
    if len(data.reports):
        whole = village_performance(data.reports, data.villages[["village_code", "name_zh"]],
                                    data.now.to_pydatetime(), data.deadlines, by_month=False)
        sums["median_days_to_close"] = whole.set_index("village_code")["median_days_to_close"]
    else:
        sums["median_days_to_close"] = np.nan
    minutes = (data.alerts["answered_at"] - data.alerts["raised_at"]).dt.total_seconds() / 60.0
    codes = data.alerts["village_code"].fillna("").astype(str)
    medians = minutes.groupby(codes).median()
    medians[TOWNSHIP_CODE] = minutes.median() if len(minutes) else np.nan
    sums["median_minutes_to_answer"] = medians.reindex(sums.index).astype(float)
    return sums.reset_index()


def ranking(table: pd.DataFrame) -> pd.DataFrame:
    """The villages of a :func:`range_table`, best first: per-metric ranks (``rank_<metric>``), ``metrics``
    (how many they were ranked on), ``score`` and ``rank``."""
    villages = table[table["village_code"] != TOWNSHIP_CODE].set_index("village_code")
    out = villages[["village_name", *RANKED]].copy()
    scores = pd.DataFrame(index=villages.index)
    for metric, sense in RANKED.items():
        values = villages[metric].astype(float)
        ranks = (values * -sense).rank(method="min")
        out[f"rank_{metric}"] = ranks
        n = int(values.notna().sum())
        scores[metric] = 100.0 * (n - ranks) / (n - 1) if n > 1 else np.nan  # one village: nothing to compare
    out["metrics"] = scores.notna().sum(axis=1).astype(int)
    out["score"] = scores.mean(axis=1).where(out["metrics"] >= MIN_METRICS).round(1)
    out["rank"] = out["score"].rank(ascending=False, method="min")
    return out.sort_values(["rank", "village_name"], na_position="last").reset_index()


SERVICE_ZH = {"mobile": "移动信号", "broadband": "宽带", "warning": "预警广播"}


def coverage_table(data: EvaluationData) -> tuple[pd.DataFrame, tuple[str, str]]:
    """Households covered per village and service, and a sentence (English, Chinese) saying what was (not)
    counted."""
    villages = data.villages
    table = pd.DataFrame({"village_code": villages["village_code"].astype(str),
                          "village_name": villages["name_zh"].astype(str),
                          "households": villages["households"].astype(float)})
    sites = data.sites.assign(service=data.sites["kind"].map(SERVICE_OF)).dropna(subset=["service"])
    for service in SERVICES:
        table[f"{service}_covered"] = np.nan
        table[f"{service}_with_plans"] = np.nan
    if not len(sites):
        return table, ("no planned or built service sites in the store: coverage is left empty",
                       "库中没有规划或已建的服务站点: 覆盖户数留空")
    points = data.households
    if points is None or not len(points):
        return table, ("the store holds no household locations: coverage is left empty (give a households "
                       "layer with village_code)", "库中没有住户位置: 覆盖户数留空(请提供带村代码的住户图层)")
    xy = np.column_stack([points.geometry.x.to_numpy(), points.geometry.y.to_numpy()])
    code = points["village_code"].astype(str).to_numpy()
    missing = []
    for service in SERVICES:
        mine = sites[sites["service"] == service]
        built = mine[mine["status"] == "built"]
        planned = mine[mine["status"].isin(("built", *PLANNED))]
        if not len(planned):
            missing.append(service)
            continue
        for column, chosen in ((f"{service}_covered", built), (f"{service}_with_plans", planned)):
            if not len(chosen):
                covered = np.zeros(len(xy), dtype=bool)
            else:
                matrix = range_coverage(xy, chosen[["x", "y"]].to_numpy(float), REACH_M[service])
                covered = np.asarray(matrix.sum(axis=1)).ravel() > 0
            counts = pd.Series(covered, index=code).groupby(level=0).sum()
            table[column] = table["village_code"].map(counts).fillna(0).astype(float)
    reach = ", ".join(f"{k} {v:g} m" for k, v in REACH_M.items())
    reach_zh = "、".join(f"{SERVICE_ZH[k]}{v:g}米" for k, v in REACH_M.items())
    note = f"households within reach of the sites ({reach})"
    note_zh = f"站点覆盖范围内的住户({reach_zh})"
    if missing:
        note += f"; no sites for {', '.join(missing)}: left empty"
        note_zh += f"; 没有{'、'.join(SERVICE_ZH[m] for m in missing)}站点: 留空"
    return table, (note, note_zh)


def trend(monthly: pd.DataFrame, metric: str, village_code: str = TOWNSHIP_CODE) -> pd.DataFrame:
    """The months and values of one metric for one village (or the township)."""
    rows = monthly[monthly["village_code"] == village_code]
    return rows[["month", metric]].reset_index(drop=True)


def village_page(data: EvaluationData, monthly: pd.DataFrame, ranked: pd.DataFrame, coverage: pd.DataFrame,
                 village_code: str) -> dict:
    """What a village's page shows: its facts, its months, its rank, its sensors and its coverage."""
    village = data.villages[data.villages["village_code"].astype(str) == village_code]
    facts = village.iloc[0] if len(village) else None
    rank = ranked[ranked["village_code"] == village_code]
    sensors = data.sensors[data.sensors["village_code"].astype(str) == village_code]
    cover = coverage[coverage["village_code"] == village_code]
    return {
        "village_code": village_code,
        "name": TOWNSHIP_NAME_ZH if village_code == TOWNSHIP_CODE else (
            str(facts["name_zh"]) if facts is not None else village_code),
        "households": None if facts is None else facts.get("households"),
        "population": None if facts is None else facts.get("population"),
        "months": monthly[monthly["village_code"] == village_code].reset_index(drop=True),
        "rank": rank.iloc[0].to_dict() if len(rank) else None,
        "villages_ranked": int(ranked["rank"].notna().sum()),
        "sensors": sensors.reset_index(drop=True),
        "coverage": cover.iloc[0].to_dict() if len(cover) else None,
    }


__all__ = ["KEYS", "RANKED", "REACH_M", "SERVICES", "coverage_table", "range_table", "ranking", "trend",
           "village_page"]
