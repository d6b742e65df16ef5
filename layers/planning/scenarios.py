"""Planning scenarios (no Qt): a named set of planned sites, kept in the store, and two of them compared
village by village.

A :class:`Scenario` keeps a copy of its sites (kind, name, height, status, range, sector, cost, radio and
place in the store's CRS), so it still means what it meant when the sites are moved or deleted later. The
store keeps scenarios for every planner (``session.scenarios``; :meth:`Scenario.from_store`,
:meth:`Scenario.store_sites`); projects saved before kept theirs in their settings
(:func:`scenarios_from_settings`), which the desk brings into the store. :func:`compare_task` computes the
coverage of both over the DEM and returns one table per village (and both coverages, for their maps);
:func:`proposal` says what making a scenario the proposed sites changes in the store.
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
FIELDS = ("kind", "name", "height_m", "status", "village_code", "range_m", "azimuth_deg", "beam_width_deg",
          "cost", "frequency_mhz", "eirp_dbm", "notes")
#: what a site of a scenario may change of the planned site it becomes (besides its place and status)
CARRIED = ("kind", "name", "height_m", "range_m", "azimuth_deg", "beam_width_deg", "cost", "frequency_mhz",
           "eirp_dbm")


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

    @classmethod
    def from_store(cls, name: str, rows: pd.DataFrame, crs: str | None) -> Scenario:
        """The scenario ``name`` of the store's rows (``session.scenarios.read(name)``)."""
        sites = []
        for row in rows.to_dict("records"):
            site_id = _plain(row.get("site_id"))
            sites.append({"id": int(site_id) if site_id is not None else None,
                          **{k: _plain(row.get(k)) for k in FIELDS}, "x": float(row["x"]), "y": float(row["y"])})
        return cls(str(name), crs, tuple(sites))

    def store_sites(self) -> list[dict]:
        """The sites as ``session.scenarios.keep`` takes them (the planned site's id as ``site_id``)."""
        return [{"site_id": r.get("id"), **{k: r.get(k) for k in FIELDS}, "x": r["x"], "y": r["y"]}
                for r in self.sites]

    @property
    def cost(self) -> float:
        """The sites' costs added up (a site without a cost counts nothing)."""
        return float(sum(float(r.get("cost") or 0.0) for r in self.sites))

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
    #: each scenario's :class:`~layers.planning.desk_work.CoverageResult` (its map)
    results: tuple = ()
    costs: tuple[float, float] = (0.0, 0.0)


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
                      (results[0].covered_persons, results[1].covered_persons), results[0].persons,
                      tuple(results), (first.cost, second.cost))


@dataclass
class Proposal:
    """What making a scenario the proposed sites changes: planned sites ``updated`` (id, changes,
    version), sites ``added`` (values, with the store's ``geom``), proposed sites the scenario leaves out
    ``withdrawn`` to drafts (id, version), and approved or built sites ``kept`` as they are (ids)."""

    updated: list = field(default_factory=list)
    added: list = field(default_factory=list)
    withdrawn: list = field(default_factory=list)
    kept: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.updated) + len(self.added) + len(self.withdrawn)


def proposal(scenario: Scenario, planned, existing=("approved", "built")) -> Proposal:
    """The store's edits that make ``scenario`` the proposed sites, given the planned sites now
    (``planned``: the store's frame, same CRS). A scenario site whose planned site is still there becomes
    proposed where the scenario put it (an approved or built one is kept as it is); one whose site is
    gone (or was made for the scenario) is added as proposed; proposed sites not in the scenario go back
    to drafts. Rejected sites are left alone."""
    plan, matched = Proposal(), set()
    for site in scenario.sites:
        site_id = site.get("id")
        if site_id is not None and int(site_id) in planned.index:
            site_id = int(site_id)
            matched.add(site_id)
            row = planned.loc[site_id]
            if str(row.get("status") or "") in existing:
                plan.kept.append(site_id)
                continue
            changes = {k: site.get(k) for k in CARRIED if not _same(site.get(k), _plain(row.get(k)))}
            if str(row.get("status") or "") != "proposed":
                changes["status"] = "proposed"
            geom = planned.geometry.loc[site_id]
            if geom is None or geom.is_empty or shapely.Point(site["x"], site["y"]).distance(geom) > 0.01:
                changes["geom"] = shapely.Point(site["x"], site["y"])
            if changes:
                plan.updated.append((site_id, changes, int(row["version"])))
            continue
        values = {k: site.get(k) for k in (*CARRIED, "village_code", "notes") if site.get(k) is not None}
        plan.added.append({**values, "status": "proposed", "geom": shapely.Point(site["x"], site["y"])})
    status = planned["status"].fillna("draft").astype(str) if len(planned) else pd.Series(dtype=str)
    for site_id in planned.index[status == "proposed"]:
        if int(site_id) not in matched:
            plan.withdrawn.append((int(site_id), int(planned.loc[site_id, "version"])))
    return plan


def _same(a, b) -> bool:
    a, b = _plain(a), _plain(b)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def _plain(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


__all__ = ["SETTINGS_KEY", "Comparison", "Proposal", "Scenario", "compare_task", "proposal",
           "scenarios_from_settings", "scenarios_to_settings"]
