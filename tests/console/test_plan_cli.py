"""``township-console plan export``: a scenario kept in the store written out headless as the window does
— its sites made the proposed sites, a styled GeoPackage layer, a CSV per village and a one-page PDF in
Chinese — and audited; a scenario the store does not hold is refused with the names it does."""

from __future__ import annotations

import os
import subprocess
import sys

import geopandas as gpd
import pandas as pd

from tests.console.test_planning_desk import HILL, PASSWORD, township

__all__ = ["township"]  # the fixture


def test_a_plan_is_exported_headless(township, tmp_path):
    store, project = township
    planner = store.login("lin", PASSWORD)
    sites = [{"kind": "tower", "name": "青溪山基站", "height_m": 35.0, "status": "draft", "cost": 200000.0,
              "village_code": "330122112201", "x": HILL[0], "y": HILL[1]},
             {"kind": "camera", "name": "桥头摄像", "height_m": 6.0, "status": "draft", "cost": 8000.0,
              "village_code": "330122112201", "x": HILL[0] + 900, "y": HILL[1] - 400}]
    planner.scenarios.keep("东线方案", sites)
    out = tmp_path / "东线.gpkg"
    env = {**os.environ, "TOWNSHIP_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "console", "plan", "export", str(project), "--db", str(store.url),
               "--user", "lin", "--out", str(out)]
    done = subprocess.run([*command, "--scenario", "东线方案", "--propose"], capture_output=True, text=True,
                          env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "proposed sites: 2 changes" in done.stdout and "2 sites, cost 208,000" in done.stdout
    proposed = store.login("lin", PASSWORD).features.read("planned_sites")
    mine = proposed[proposed["name"].isin(["桥头摄像", "青溪山基站"])]
    assert len(mine) == 2 and set(mine["status"]) == {"proposed"} and set(mine["cost"]) == {200000.0, 8000.0}
    assert "proposed" not in set(proposed.drop(mine.index)["status"])

    assert list(gpd.read_file(out, layer="plan_sites")["name"]) == ["青溪山基站", "桥头摄像"]
    villages = pd.read_csv(out.with_suffix(".csv"), header=1, encoding="utf-8-sig")
    assert villages["sites"].sum() == 2 and villages["cost"].sum() == 208000.0
    assert "行政村" in out.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()[0]  # --lang zh_CN
    text = subprocess.run(["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "东线方案" in text and "规划方案" in text and "各村覆盖情况" in text
    events = store.login("admin", PASSWORD).audit.log(username="lin")
    assert ((events["event"] == "plan_export") & (events["object"] == "scenario:东线方案")).sum() == 1

    refused = subprocess.run([*command, "--scenario", "没有"], capture_output=True, text=True, env=env, timeout=600)
    assert refused.returncode == 2 and "东线方案" in refused.stderr
