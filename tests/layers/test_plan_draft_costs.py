"""The optimiser's budget mode takes each hand-drawn draft's own cost: a draft the budget cannot buy at
its own cost is left out, one it can is chosen, whatever the cost of one generated site says (on the
walled valley of the desk-work tests, where only the draft east of the wall reaches anyone)."""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.planning.desk_work import best_sites_task
from layers.planning.site_layer import sites_of
from tests.layers.test_planning_desk_work import _x, _y, demand, wall_dem

__all__ = ["demand", "wall_dem"]  # the fixtures


def _best(wall_dem, demand, budget, draft_costs):
    draft = gpd.GeoDataFrame({"kind": ["tower"], "height_m": [25.0]},
                             geometry=[shapely.Point(_x(150), _y(100))], crs="EPSG:4549")
    return best_sites_task(wall_dem, [], sites_of(draft), [42], demand, height=1.0, range_m=100.0,
                           budget=budget, cost=10.0, spacing=2000.0, candidates=1, draft_costs=draft_costs)


def test_a_draft_costs_its_own_cost_in_budget_mode(wall_dem, demand):
    assert _best(wall_dem, demand, 10.0, None).draft_ids.tolist() == [42]  # at the cost of one site
    assert _best(wall_dem, demand, 10.0, [50.0]).draft_ids.tolist() == []  # its own cost is too much
    cheap = _best(wall_dem, demand, 5.0, [4.0])  # the budget buys no generated site, but the draft
    assert cheap.draft_ids.tolist() == [42] and cheap.covered_persons == 11
    assert _best(wall_dem, demand, 5.0, [float("nan")]).draft_ids.tolist() == []  # none: one site's cost
