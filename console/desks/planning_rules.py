"""What the planning desk takes from the project for its work: whom coverage counts (the households, or
the villages' population when there are none or the planner chooses it), the candidates' rules (the
village centres and road junctions as more candidates, the high hazard zones to leave out, the roads and
any line layer, a power line, to stay near), and a chosen plan's sites added as proposed sites."""

from __future__ import annotations

from PySide6 import QtCore

from widgets.message_bar import MessageLevel


def layer_of(desk, name: str):
    """The project layer called ``name`` with data, else None."""
    return next((lay for lay in desk.workbench.project.layers if lay.source_name == name
                 and getattr(lay, "data", None) is not None), None)


def line_layers(desk) -> list[tuple[str, str]]:
    """(source name, title) of the project's line layers with lines, but the roads (a rule of their own)."""
    found = []
    for lay in desk.workbench.project.layers:
        data = getattr(lay, "data", None)
        if data is None or lay.source_name == "roads" or getattr(lay, "geometry_kind", None) != "line":
            continue
        if len(data):
            found.append((lay.source_name, lay.name))
    return found


def demand_of(desk, crs):
    """The demand the desk counts (in ``crs``): the households (persons each) unless the village table
    asks for the villages' population, or the project has no households layer; None with a message when
    neither is there."""
    from layers.planning.desk_work import Demand

    layer = layer_of(desk, "households")
    wanted = desk.table.demand() if getattr(desk, "table", None) is not None else "households"
    if layer is not None and wanted == "households":
        desk._households = layer
        return Demand.of(layer.data, crs, desk.village_names())
    names = desk.village_names()
    villages = desk._villages if desk._villages is not None else getattr(layer_of(desk, "villages"), "data", None)
    if villages is None or "population" not in villages.columns:
        desk.workbench.push(MessageLevel.WARNING, QtCore.QCoreApplication.translate(
            "PlanningDesk", "The project has no households layer and its villages no population: coverage "
            "cannot count who is reached."))
        return None
    from layers.planning.village_demand import village_demand

    if layer is None and wanted == "households":
        desk.workbench.show_status(QtCore.QCoreApplication.translate(
            "PlanningDesk", "No households layer: coverage counts the villages' population, spread over "
            "their area."), 8000)
    return village_demand(villages, crs, names=names or None)


def candidate_rules(desk, choice, crs) -> dict:
    """The village centres and road junctions as more candidates, the high hazard zones to leave out and
    the roads and a line layer to stay near, from the project's layers (in the DEM's CRS), as ``choice``
    asks."""
    import numpy as np

    rules, extra = {}, []
    if choice.village_centres and desk._villages is not None and len(desk._villages):
        centres = desk._villages.to_crs(crs).geometry.representative_point()
        extra.append(np.column_stack([centres.x.to_numpy(), centres.y.to_numpy()]))
    roads = layer_of(desk, "roads")
    if getattr(choice, "junctions", False) and roads is not None and len(roads.data):
        from layers.planning.candidates import road_junctions

        extra.append(road_junctions(roads.data.to_crs(crs).geometry.to_numpy()))
    if extra:
        rules["extra"] = np.vstack(extra)
    hazards = layer_of(desk, "hazard_zones")
    if choice.avoid_hazard and hazards is not None and "level" in hazards.data.columns:
        from layers.planning.candidates import hazard_zones

        high = hazard_zones(hazards.data, "high", crs=crs)
        if high is not None:
            rules["excluded"] = high
    if choice.road_m is not None and roads is not None and len(roads.data):
        rules["near"], rules["within"] = roads.data.to_crs(crs).geometry.union_all(), choice.road_m
    line_name = getattr(choice, "line_layer", None)
    lines = layer_of(desk, line_name) if line_name else None
    if lines is not None and choice.line_m is not None and len(lines.data):
        data = lines.data.to_crs(crs) if crs and lines.data.crs is not None else lines.data
        rules["lines"] = [(data.geometry.union_all(), float(choice.line_m))]
    return rules


def add_proposed(desk, best, choice, crs) -> int:
    """The plan's new sites into the store as proposed sites (drafts it chose become proposed)."""
    import geopandas as gpd

    points = gpd.GeoSeries(gpd.points_from_xy(best.xy[:, 0], best.xy[:, 1]), crs=crs)
    points = points.to_crs(desk.layer.crs) if crs and desk.layer.crs else points
    added = 0
    for n, (point, draft) in enumerate(zip(points, best.draft_ids, strict=True)):
        if draft >= 0:
            version = int(desk.layer.data.loc[int(draft), "version"])
            desk.edits._do(lambda d=int(draft), v=version: desk.edits.history.update(
                "planned_sites", d, {"status": "proposed"}, v))
            continue
        values = {"kind": choice.kind, "height_m": choice.height, "status": "proposed",
                  "name": QtCore.QCoreApplication.translate("PlanningDesk", "Proposed site {n}").format(n=n + 1),
                  "village_code": desk.village_at(point), "geom": point,
                  "cost": choice.cost if choice.budget is not None else None}  # what the budget counted
        if desk.edits._do(lambda v=values: desk.edits.history.add("planned_sites", v)) is not None:
            added += 1
    desk.workbench.show_status(QtCore.QCoreApplication.translate(
        "PlanningDesk", "{n} proposed sites added to the map.").format(n=added), 8000)
    return added
