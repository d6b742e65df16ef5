"""Planning scenarios (no Qt): a named set of planned sites, kept with the project, and two of them compared
village by village.

A :class:`Scenario` keeps a copy of its sites (kind, name, height, status and place in the store's CRS), so
it still means what it meant when the sites are moved or deleted later. The project keeps its scenarios
in its settings (:func:`scenarios_from_settings`, :func:`scenarios_to_settings`).
:func:`compare_task` computes the coverage of both over the DEM and returns one table per village.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from datasources.feedback import Feedback
from layers.planning.desk_work import Demand, coverage_task
from layers.planning.site_layer import sites_of

SETTINGS_KEY = "planning_scenarios"
FIELDS = ("kind", "name", "height_m", "status", "village_code")


@dataclass(frozen=True)
class Scenario:
    """A named set of sites: ``sites`` are dicts of :data:`FIELDS` with ``x``, ``y`` (``crs``)."""

    name: str
    crs: str | None
    sites: tuple = field(default_factory=tuple)

    @classmethod
    def of(cls, name: str, frame) -> Scenario:
        """The scenario of the planned sites in ``frame`` (the store's rows; rejected ones left out)."""
        rows = []
        for (index, row), geom in zip(frame.iterrows(), frame.geometry, strict=True):
            if geom is None or geom.is_empty or str(row.get("status") or "") == "rejected":
                continue
            rows.append({"id": int(index), **{k: _plain(row.get(k)) for k in FIELDS},
                         "x": float(geom.x), "y": float(geom.y)})
        crs = frame.crs.to_string() if frame.crs is not None else None
        return cls(str(name), crs, tuple(rows))

    def frame(self) -> gpd.GeoDataFrame:
        """The sites as a GeoDataFrame (as the store gives them)."""
        rows = [dict(r) for r in self.sites]
        geometry = [shapely.Point(r.pop("x"), r.pop("y")) for r in rows]
        columns = ["id", *FIELDS]
        return gpd.GeoDataFrame(pd.DataFrame(rows, columns=columns), geometry=geometry, crs=self.crs)

    def to_dict(self) -> dict:
        return {"name": self.name, "crs": self.crs, "sites": [dict(r) for r in self.sites]}

    @classmethod
    def from_dict(cls, entry: dict) -> Scenario:
        return cls(str(entry["name"]), entry.get("crs"), tuple(dict(r) for r in entry.get("sites", ())))


def scenarios_from_settings(settings: dict) -> dict[str, Scenario]:
    """The project's scenarios by name (a damaged entry is left out)."""
    out = {}
    for entry in settings.get(SETTINGS_KEY, []) or []:
        try:
            scenario = Scenario.from_dict(entry)
        except (KeyError, TypeError, ValueError):
            continue
        out[scenario.name] = scenario
    return out


def scenarios_to_settings(settings: dict, scenarios: dict[str, Scenario]) -> None:
    settings[SETTINGS_KEY] = [s.to_dict() for s in scenarios.values()]


@dataclass
class Comparison:
    """Two scenarios' coverage side by side: ``table`` per village (persons, covered by each, the
    difference), the totals and each scenario's number of sites."""

    names: tuple[str, str]
    table: pd.DataFrame
    sites: tuple[int, int]
    covered: tuple[float, float]
    persons: float


def compare_task(dem_path, first: Scenario, second: Scenario, demand: Demand, dem_crs=None, band: int = 1,
                 roads=None, feedback: Feedback | None = None) -> Comparison:
    """The coverage of ``first`` and ``second`` over the DEM, per village."""
    feedback = Feedback.of(feedback)
    results = []
    for index, scenario in enumerate((first, second)):
        frame = scenario.frame()
        if dem_crs and frame.crs is not None:
            frame = frame.to_crs(dem_crs)
        results.append(coverage_task(dem_path, sites_of(frame), demand, band, roads,
                                     feedback=feedback.step(index, 2)))
    a, b = (r.table.set_index("village_code") for r in results)
    table = pd.DataFrame({"village": a["village"], "persons": a["persons"],
                          "covered_a": a["covered_persons"], "covered_b": b["covered_persons"].reindex(a.index)})
    table["difference"] = table["covered_b"] - table["covered_a"]
    persons = table["persons"].to_numpy(np.float64)
    table["share_a"] = np.where(persons > 0, table["covered_a"] / np.maximum(persons, 1e-9), 1.0)
    table["share_b"] = np.where(persons > 0, table["covered_b"] / np.maximum(persons, 1e-9), 1.0)
    table = table.reset_index().sort_values(["difference", "village_code"], ascending=[False, True])
    return Comparison((first.name, second.name), table.reset_index(drop=True),
                      (len(first.sites), len(second.sites)),
                      (results[0].covered_persons, results[1].covered_persons), results[0].persons)


def _plain(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


__all__ = ["SETTINGS_KEY", "Comparison", "Scenario", "compare_task", "scenarios_from_settings",
           "scenarios_to_settings"]
