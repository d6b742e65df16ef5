"""What a hazard layer means for each village: households and people in it, facilities by kind, shelters
inside and outside, the displaced against the shelter places left, and each affected household's nearest
reachable shelter by road (see :mod:`layers.emergency.routing`).

Any polygon layer serves as the hazard (an imported susceptibility map, a drawn area, the computed flood).
It is brought into the villages' CRS (a local UTM zone when that is lon/lat, so lengths are metres).
Invalid polygons are repaired with ``make_valid`` and listed in :attr:`HazardImpact.repairs`, never
dropped; a row with no geometry at all is listed there too. Households and facilities fall in the hazard
by one compiled pass over the points (:mod:`layers.emergency.inside_kernel`: a grid of the polygons'
boxes, a point on the edge counts as inside); villages are found by one STRtree query and a vectorised
``intersects_xy`` (:mod:`layers.emergency.overlay`). No Python loop over features.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from datasources.feedback import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from layers.code_lists import label
from layers.emergency.inside_kernel import points_in_any
from layers.emergency.overlay import hazard_polygons, point_xy, points_inside
from layers.emergency.routing import SEGMENT_M, nearest_shelters, road_network, route_lines

TOTAL = "total"
#: Facility kinds counted in their own column even when none is in the hazard.
FACILITY_KINDS = ("school", "clinic", "government")
#: Column -> (Chinese, English) header of the village table and the household table.
HEADERS: dict[str, tuple[str, str]] = {
    "village_code": ("村代码", "Village code"), "village": ("行政村", "Village"),
    "village_en": ("村名 (拼音)", "Village (pinyin)"),
    "households": ("户数", "Households"), "persons": ("人口", "Persons"),
    "affected_households": ("受影响户数", "Households affected"),
    "displaced_persons": ("需转移人数", "People to move"),
    "facilities_school": ("受影响学校", "Schools affected"),
    "facilities_clinic": ("受影响卫生院/室", "Clinics affected"),
    "facilities_government": ("受影响政府机关", "Government offices affected"),
    "shelters_inside": ("风险区内避难场所", "Shelters inside the hazard"),
    "shelters_outside": ("风险区外避难场所", "Shelters outside the hazard"),
    "capacity_outside": ("风险区外避难容量 (人)", "Shelter places outside the hazard"),
    "unreachable_households": ("无道路可达户数", "Households with no road to a shelter"),
    "household_id": ("户编号", "Household number"), "shelter": ("就近避难场所", "Nearest shelter"),
    "route_m": ("路线长度 (m)", "Route length (m)"), "road_m": ("沿路长度 (m)", "Along roads (m)"),
    "snap_m": ("到道路距离 (m)", "Distance to road (m)"), "reachable": ("可达", "Reachable"),
    "shelter_over_capacity": ("避难场所超容", "Shelter over capacity"),
    "capacity": ("容量", "Capacity"), "inside_hazard": ("位于风险区内", "Inside the hazard"),
    "assigned_households": ("分配户数", "Households assigned"),
    "assigned_persons": ("分配人数", "People assigned"), "over_capacity": ("超容", "Over capacity"),
    "spare_places": ("剩余容量", "Places left"), "shelter_index": ("避难场所序号", "Shelter row"),
    "x": ("X 坐标 (m)", "X (m)"), "y": ("Y 坐标 (m)", "Y (m)"), "row": ("风险区行号", "Hazard row"), "problem": ("问题", "Problem"), "action": ("处理", "Action"),
}


def headers(columns, lang: str = "zh_CN") -> dict[str, str]:
    """``{column: header}`` in Chinese (``zh_CN``) or English, for the export's header row."""
    pick = 0 if str(lang).startswith("zh") else 1
    out = {}
    for column in columns:
        pair = HEADERS.get(str(column))
        if pair is None and str(column).startswith("facilities_"):
            kind = str(column)[len("facilities_"):]
            zh, en = (label("facility_kind", kind, lang) for lang in ("zh_CN", "en"))
            pair = (f"受影响{zh}", f"{en} affected")
        out[str(column)] = pair[pick] if pair else str(column)
    return out


@dataclass
class HazardImpact:
    """The impact of one hazard layer.

    Attributes
    ----------
    villages : DataFrame
        One row per village (and one for households outside every village, if any) and a last row
        ``village_code == "total"``; see :data:`HEADERS` for the columns.
    households : GeoDataFrame
        The affected households with their nearest reachable shelter (``shelter``, ``shelter_index``),
        ``route_m``, ``road_m``, ``snap_m``, ``reachable`` and ``shelter_over_capacity``.
    shelters : GeoDataFrame
        Every shelter: ``inside_hazard``, ``capacity``, ``assigned_households``, ``assigned_persons``,
        ``spare_places`` and ``over_capacity`` (more people assigned than places; never for a shelter
        of unknown capacity).
    routes : GeoDataFrame
        The route of each reachable affected household (door, roads, shelter), for the map.
    repairs : DataFrame
        Hazard rows that were repaired or had no geometry: ``row``, ``problem``, ``action``.
    crs : the CRS everything above is in.
    notes : list of str
        What was assumed (missing person counts, capacities, no roads...).
    """

    villages: pd.DataFrame
    households: gpd.GeoDataFrame
    shelters: gpd.GeoDataFrame
    routes: gpd.GeoDataFrame
    repairs: pd.DataFrame
    crs: object
    notes: list[str] = field(default_factory=list)

    @property
    def totals(self) -> pd.Series:
        return self.villages.iloc[-1]

    @property
    def displaced(self) -> int:
        return int(self.totals["displaced_persons"])

    @property
    def capacity_outside(self) -> float:
        return float(self.totals["capacity_outside"])

    @property
    def shortfall(self) -> float:
        """People to move beyond the places in shelters outside the hazard (0 when they all fit)."""
        return max(0.0, self.displaced - self.capacity_outside)


def hazard_impact(hazard: gpd.GeoDataFrame, villages: gpd.GeoDataFrame, households: gpd.GeoDataFrame,
                  facilities: gpd.GeoDataFrame | None = None, roads: gpd.GeoDataFrame | None = None, *,
                  village_key: str = "village_code", persons: str = "persons", kind: str = "kind",
                  shelter_kind: str = "shelter", capacity: str = "capacity", segment_m: float = SEGMENT_M,
                  max_walk_m: float | None = None,
                  progress: Progress = no_progress,
                  is_cancelled: IsCancelled = never_cancelled) -> HazardImpact:
    """The impact of ``hazard`` per village, with routes to shelters when ``roads`` are given.

    Households and facilities take their village from ``village_key`` when both they and the villages
    have it, else from the village polygon they lie in. Shelters are the facilities whose ``kind`` is
    ``shelter_kind`` (polygon facilities stand at a point inside them); only shelters outside the hazard
    receive people. Routes count the walk between the door (or the shelter) and its nearest road node;
    with ``max_walk_m`` a household or shelter farther than that from the roads is off the network (see
    :func:`~layers.emergency.routing.nearest_shelters`). ``progress(fraction, message)`` is told how far
    the work is; ``is_cancelled()`` is asked between steps and :class:`~datasources.errors.Cancelled` is
    raised when it says yes.

    Raises
    ------
    ValueError
        A layer has no CRS, or the villages are empty.
    """
    crs = villages.crs
    if crs is None:
        raise ValueError("the villages layer has no CRS")
    if villages.empty:
        raise ValueError("the villages layer has no villages: the impact is counted per village")
    crs = crs if not crs.is_geographic else villages.estimate_utm_crs()
    notes: list[str] = []
    villages = _in(villages, crs, "villages")
    households = _in(households, crs, "households")
    facilities = _no_points(crs) if facilities is None else _in(facilities, crs, "facilities")
    progress(0.0, "reading the hazard")
    polygons, _, repairs = hazard_polygons(hazard, crs)
    if len(repairs):
        notes.append(f"{len(repairs)} hazard rows repaired or without geometry (see the repairs)")
    check_cancelled(is_cancelled)
    progress(0.1, "placing households")
    h_xy = point_xy(households.geometry.array)
    inside = points_in_any(polygons, h_xy)
    h_village = _village_of(households, h_xy, villages, village_key)
    people = _persons(households, persons, notes)
    check_cancelled(is_cancelled)
    progress(0.3, "placing facilities")
    f_xy = point_xy(facilities.geometry.array)
    f_inside = points_in_any(polygons, f_xy)
    f_village = _village_of(facilities, f_xy, villages, village_key)
    f_kind = facilities[kind].fillna("").astype(str).to_numpy(dtype=object) if kind in facilities \
        else np.full(len(facilities), "", dtype=object)
    is_shelter = f_kind == shelter_kind
    places = pd.to_numeric(facilities[capacity], errors="coerce").to_numpy(float) \
        if capacity in facilities else np.full(len(facilities), np.nan)
    if is_shelter.any() and np.isnan(places[is_shelter]).any():
        notes.append(f"{int(np.isnan(places[is_shelter]).sum())} shelters have no capacity: counted as 0 "
                     "places and never flagged over capacity")
    check_cancelled(is_cancelled)
    affected = np.flatnonzero(inside)
    open_shelters = np.flatnonzero(is_shelter & ~f_inside & np.isfinite(f_xy).all(axis=1))
    nearest, lengths, lines = _route(roads, crs, segment_m, max_walk_m, h_xy[affected], f_xy[open_shelters],
                                     notes, progress, is_cancelled)
    pick = np.full(len(affected), -1, dtype=np.int64)
    if nearest is not None:
        pick = np.where(nearest >= 0, open_shelters[np.maximum(nearest, 0)], -1)
    check_cancelled(is_cancelled)
    progress(0.9, "adding up per village")
    assigned = pick >= 0
    load_h = np.bincount(pick[assigned], minlength=len(facilities))
    load_p = np.bincount(pick[assigned], weights=people[affected][assigned], minlength=len(facilities))
    over = is_shelter & np.isfinite(places) & (load_p > np.nan_to_num(places))
    shelters = _with(facilities.loc[is_shelter], crs, {
        "village_code": np.asarray(f_village[is_shelter], dtype=object), "inside_hazard": f_inside[is_shelter],
        "capacity": places[is_shelter], "assigned_households": load_h[is_shelter],
        "assigned_persons": np.round(load_p[is_shelter]).astype(np.int64),
        "spare_places": places[is_shelter] - load_p[is_shelter], "over_capacity": over[is_shelter]})
    unreachable = np.zeros(len(households), dtype=np.int64)
    unreachable[affected[~assigned]] = 1
    table = _village_table(villages, village_key, h_village, inside, people, f_village, f_inside, f_kind,
                           is_shelter, places, unreachable if nearest is not None else None)
    names = _names(facilities)
    base = households.iloc[affected]
    added = {"persons": people[affected], "shelter_index": pick,
             "shelter": np.where(assigned, names[np.maximum(pick, 0)], None) if len(names)
             else np.full(len(pick), None, dtype=object), **lengths, "reachable": assigned,
             "shelter_over_capacity": over[np.maximum(pick, 0)] & assigned if len(over) else assigned}
    if village_key not in households or village_key not in villages:
        added = {"village_code": np.asarray(h_village[affected], dtype=object), **added}
    out = _with(base, crs, added)
    ids = out["household_id"].to_numpy() if "household_id" in out else out.index.to_numpy()
    routes = gpd.GeoDataFrame(
        {"household_id": ids[assigned], "village_code": np.asarray(h_village[affected][assigned], dtype=object),
         "shelter": out["shelter"].to_numpy()[assigned], "route_m": lengths["route_m"][assigned]},
        geometry=gpd.GeoSeries(lines[assigned] if lines is not None else [], crs=crs).array, crs=crs)
    progress(1.0, "impact done")
    return HazardImpact(table, out, shelters, routes, repairs, crs, notes)


def _route(roads, crs, segment_m, max_walk_m, h_xy, s_xy, notes, progress, is_cancelled):
    """Nearest open shelter (index into ``s_xy``, -1 none) of each affected household, the lengths and
    the route lines; ``(None, NaN lengths, None)`` when there are no roads to route on."""
    nan = np.full(len(h_xy), np.nan)
    empty = {"route_m": nan, "road_m": nan, "snap_m": nan}
    if roads is None:
        notes.append("no roads given: no routes to shelters")
        return None, empty, None
    progress(0.4, "building the road graph")
    network = road_network(_in(roads, crs, "roads").geometry.array, segment_m)
    if network.node_count == 0:
        notes.append("the roads layer has no lines: no routes to shelters")
        return None, empty, None
    if not len(s_xy):
        notes.append("no shelter outside the hazard: nowhere to route the households to")
    check_cancelled(is_cancelled)
    progress(0.5, "routing households to the nearest shelter")
    found = nearest_shelters(network, h_xy, s_xy, max_walk_m)
    check_cancelled(is_cancelled)
    progress(0.7, "drawing the routes")
    lines = route_lines(network, found, np.arange(len(h_xy)), h_xy, s_xy)
    return found.shelter, {"route_m": found.route_m, "road_m": found.road_m, "snap_m": found.snap_m}, lines


def _village_table(villages, key, h_village, inside, people, f_village, f_inside, f_kind, is_shelter,
                   places, unreachable) -> pd.DataFrame:
    """Sums per village code: one ``pd.factorize`` of every code, then a ``bincount`` per column."""
    codes = _codes(villages, key)
    # each layer's codes factorized on their own (a string column stays in its fast form), then the few
    # distinct codes put in one numbering
    h_lab, h_codes = pd.factorize(h_village)
    f_lab, f_codes = pd.factorize(f_village)
    uniques = pd.unique(np.concatenate([codes, np.asarray(h_codes, dtype=object),
                                        np.asarray(f_codes, dtype=object)]).astype(str))
    index = pd.Index(uniques)
    v_lab = index.get_indexer(codes.astype(str))
    h_lab = index.get_indexer(np.asarray(h_codes, dtype=object).astype(str))[h_lab]
    f_lab = index.get_indexer(np.asarray(f_codes, dtype=object).astype(str))[f_lab]

    def per(lab, weights=None):
        return np.bincount(lab, weights=weights, minlength=len(uniques))

    columns = {"households": per(h_lab), "persons": per(h_lab, people),
               "affected_households": per(h_lab, inside), "displaced_persons": per(h_lab, people * inside)}
    if unreachable is not None:
        columns["unreachable_households"] = per(h_lab, unreachable)
    kinds = list(FACILITY_KINDS) + sorted(set(f_kind[~is_shelter]) - set(FACILITY_KINDS) - {"", "None"})
    for kind in kinds:
        columns[f"facilities_{kind}"] = per(f_lab, (f_kind == kind) & f_inside)
    columns["shelters_inside"] = per(f_lab, is_shelter & f_inside)
    columns["shelters_outside"] = per(f_lab, is_shelter & ~f_inside)
    columns["capacity_outside"] = per(f_lab, np.where(is_shelter & ~f_inside, np.nan_to_num(places), 0.0))
    listed = pd.unique(v_lab)
    others = np.setdiff1d(np.arange(len(uniques)), listed)
    order = np.concatenate([listed, others[np.argsort(uniques[others].astype(str), kind="stable")]])
    order = order.astype(np.int64)
    name, name_en = _village_names(villages)
    first = {int(lab): i for i, lab in reversed(list(enumerate(v_lab)))}
    code = [str(uniques[i]) or "outside" for i in order]
    return pd.DataFrame({
        "village_code": [*code, TOTAL],
        "village": [*(name[first[i]] if i in first else "(村界外)" for i in order), "合计"],
        "village_en": [*(name_en[first[i]] if i in first else "(outside the villages)" for i in order),
                       "Total"],
        **{column: np.append(values[order], values.sum()).astype(
            np.float64 if column == "capacity_outside" else np.int64) for column, values in columns.items()}})


def _with(frame: gpd.GeoDataFrame, crs, columns: dict) -> gpd.GeoDataFrame:
    """``frame`` with ``columns`` set, built at once: a column at a time on a GeoDataFrame costs more
    than the overlay itself."""
    kept = frame.drop(columns=[c for c in columns if c in frame])
    return gpd.GeoDataFrame(pd.concat([kept, pd.DataFrame(columns, index=frame.index)], axis=1),
                            geometry=frame.geometry.name, crs=crs)


def _in(gdf: gpd.GeoDataFrame, crs, what: str) -> gpd.GeoDataFrame:
    own = gdf.crs
    if own is None:
        raise ValueError(f"the {what} layer has no CRS")
    return gdf if own is crs or own == crs else gdf.to_crs(crs)


def _no_points(crs) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kind": np.array([], dtype=object)},
                            geometry=gpd.array.from_shapely(np.array([], dtype=object), crs=crs))


def _codes(villages: gpd.GeoDataFrame, key: str) -> np.ndarray:
    if key in villages:
        return villages[key].astype(str).to_numpy()
    return np.asarray([str(i) for i in villages.index], dtype=object)


def _village_names(villages):
    for zh in ("name_zh", "name", "adm4_en", "NAME"):
        if zh in villages:
            break
    else:
        zh = None
    en = next((c for c in ("name_pinyin", "name_en", "adm4_en") if c in villages), zh)
    names = villages[zh].astype(str).to_numpy() if zh else _codes(villages, "")
    return names, villages[en].astype(str).to_numpy() if en else names


def _village_of(points: gpd.GeoDataFrame, xy: np.ndarray, villages: gpd.GeoDataFrame, key: str) -> np.ndarray:
    """The village code of each point: its own ``key`` when both layers have it, else the polygon it is in
    ("" outside every village)."""
    if key in points and key in villages:
        values = points[key]
        if not pd.api.types.is_string_dtype(values):
            values = values.astype(object).where(values.notna(), "").astype(str)
        return values.fillna("").array
    codes = _codes(villages, key)
    out = np.full(len(xy), "", dtype=object)
    polygons = np.asarray(villages.geometry.array, dtype=object)
    _, pairs = points_inside(shapely.make_valid(polygons), xy)
    out[pairs[0][::-1]] = codes[pairs[1][::-1]]                 # a point on a shared edge: the first village
    return out


def _persons(households: gpd.GeoDataFrame, column: str, notes: list[str]) -> np.ndarray:
    if column not in households:
        notes.append(f"households have no {column!r} column: one person counted per household")
        return np.ones(len(households), dtype=np.int64)
    values = households[column].to_numpy()
    if values.dtype.kind not in "iu":
        values = pd.to_numeric(households[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        missing = np.isnan(values)
        if missing.any():
            notes.append(f"{int(missing.sum())} households have no number of persons: counted as 1")
        values = np.where(missing, 1.0, np.round(values))
    return np.maximum(values, 0).astype(np.int64)


def _names(facilities: gpd.GeoDataFrame) -> np.ndarray:
    for column in ("name_zh", "name", "name_en"):
        if column in facilities:
            return facilities[column].astype(str).to_numpy(dtype=object)
    return np.asarray([f"#{i}" for i in facilities.index], dtype=object)
