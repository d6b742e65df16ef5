"""The planning desk's outputs: the village table and the households not covered written to files, and the
gap map (the villages coloured by the share of their people covered) on the map."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError
from widgets.message_bar import MessageLevel

GAP_LAYER = "coverage_gap"


def export_table(desk, path: Path | None = None) -> Path | None:
    """The village table to CSV or Excel (headers in the user's language above the field names)."""
    import pandas as pd

    from datasources.writers import write_table_csv, write_xlsx
    from widgets.save_paths import remember_folder, save_path

    if desk.table.frame is None:
        return None
    if path is None:
        name = QtCore.QCoreApplication.translate("PlanningDesk", "coverage_per_village") + ".xlsx"
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
            desk.workbench.dialog_parent, QtCore.QCoreApplication.translate("PlanningDesk", "Export the village table"), save_path(name),
            QtCore.QCoreApplication.translate("PlanningDesk", "Excel (*.xlsx);;CSV (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
    frame, labels = desk.table.export_frame(), desk.table.labels()
    try:
        if path.suffix.lower() == ".csv":
            names = pd.DataFrame([list(frame.columns)], columns=frame.columns)  # the field names
            table = pd.concat([names, frame.astype(object)], ignore_index=True)
            write_table_csv(table.rename(columns=labels), path)  # labels above the field names
        else:
            write_xlsx(frame, path.with_suffix(".xlsx"), sheet=QtCore.QCoreApplication.translate("PlanningDesk", "Coverage"), labels=labels)
            path = path.with_suffix(".xlsx")
    except DataSourceError as exc:
        desk.workbench.push_exception(exc)
        return None
    remember_folder(path)
    desk.workbench.push(MessageLevel.SUCCESS, QtCore.QCoreApplication.translate("PlanningDesk", "Village table written to {path}").format(path=path))
    return path


def export_uncovered(desk, path: Path | None = None) -> Path | None:
    """The households the last coverage left out, to a GeoPackage or a CSV (x, y), with their village."""
    from datasources.writers import write_csv, write_geopackage
    from widgets.save_paths import remember_folder, save_path

    result, layer = desk.coverage, getattr(desk, "_households", None)
    if result is None or layer is None or result.rows is None:
        return None
    if path is None:
        name = QtCore.QCoreApplication.translate("PlanningDesk", "households_not_covered") + ".gpkg"
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
            desk.workbench.dialog_parent, QtCore.QCoreApplication.translate("PlanningDesk", "Export the households not covered"), save_path(name),
            QtCore.QCoreApplication.translate("PlanningDesk", "GeoPackage (*.gpkg);;CSV (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
    homes = layer.data.iloc[result.rows[~result.covered]].copy()
    names = desk.village_names()
    if "village_code" in homes.columns:
        homes.insert(1, "village", homes["village_code"].astype(str).map(names))
    try:
        if path.suffix.lower() == ".csv":
            write_csv(homes, path, geometry="xy")
        else:
            path = path.with_suffix(".gpkg")
            write_geopackage(homes, path, layer="households_not_covered")
    except DataSourceError as exc:
        desk.workbench.push_exception(exc)
        return None
    remember_folder(path)
    desk.workbench.push(MessageLevel.SUCCESS, QtCore.QCoreApplication.translate("PlanningDesk", "{n} households not covered written to {path}").format(
        n=len(homes), path=path))
    return path


def show_gap_map(desk) -> None:
    """Show (or bring up to date) the gap map of the last coverage, above the villages."""
    from layers.planning.gap_map import gap_frame, gap_style
    from layers.vector import VectorLayer

    result = desk.coverage
    if result is None or desk._villages is None:
        desk.workbench.push(MessageLevel.INFO, QtCore.QCoreApplication.translate("PlanningDesk", "Run a coverage first: the gap map shows who it leaves out."))
        return
    frame = gap_frame(desk._villages, result.table)
    layers = desk.workbench.project.layers
    layer = getattr(desk, "gap_layer", None)
    if layer is None or layer not in layers:
        labels = [QtCore.QCoreApplication.translate("PlanningDesk", "under 25% covered"), QtCore.QCoreApplication.translate("PlanningDesk", "25-50% covered"), QtCore.QCoreApplication.translate("PlanningDesk", "50-75% covered"), QtCore.QCoreApplication.translate("PlanningDesk", "75-100% covered")]
        layer = desk.gap_layer = VectorLayer(frame, GAP_LAYER, title=QtCore.QCoreApplication.translate("PlanningDesk", "Coverage gap per village"),
                                             crs=desk.layer.crs, style=gap_style(labels), opacity=0.8)
        index = list(layers).index(desk.coverage_layer) + 1 if desk.coverage_layer in layers else 0
        layers.insert(index, layer)
    else:
        layer.data = frame
        layer.visible = True


def show_hex_map(desk, size: float = 400.0) -> None:
    """Show (or bring up to date) the hexagons of the persons the last coverage leaves out."""
    from layers.planning.gap_map import hex_gap, hex_style
    from layers.vector import VectorLayer

    result, demand = desk.coverage, getattr(desk, "_demand_used", None)
    if result is None or demand is None:
        desk.workbench.push(MessageLevel.INFO, QtCore.QCoreApplication.translate(
            "PlanningDesk", "Run a coverage first: the gap map shows who it leaves out."))
        return
    frame = hex_gap(demand, result.covered, size, crs=result.crs)
    layers = desk.workbench.project.layers
    layer = getattr(desk, "hex_layer", None)
    if layer is None or layer not in layers:
        labels = [QtCore.QCoreApplication.translate("PlanningDesk", "everyone covered"),
                  QtCore.QCoreApplication.translate("PlanningDesk", "1-20 persons not covered"),
                  QtCore.QCoreApplication.translate("PlanningDesk", "21-50 persons not covered"),
                  QtCore.QCoreApplication.translate("PlanningDesk", "51-100 persons not covered"),
                  QtCore.QCoreApplication.translate("PlanningDesk", "over 100 persons not covered")]
        title = QtCore.QCoreApplication.translate("PlanningDesk", "Persons not covered per hexagon")
        layer = desk.hex_layer = VectorLayer(frame, "coverage_gap_hexagons", title=title, crs=result.crs,
                                             style=hex_style(labels), opacity=0.8)
        index = list(layers).index(desk.coverage_layer) + 1 if desk.coverage_layer in layers else 0
        layers.insert(index, layer)
    else:
        layer.data = frame
        layer.visible = True


def signal_of_selected(desk) -> None:
    """*Planning › Signal levels of the selected site*: good, usable or none beyond line of sight too."""
    from layers.planning.signal import signal_task
    from layers.planning.site_layer import sites_of

    feature_id = desk.edits.selected_id()
    if feature_id is None:
        desk.workbench.push(MessageLevel.INFO, QtCore.QCoreApplication.translate(
            "PlanningDesk", "Select a planned site first (Move site picks one)."))
        return
    dem = desk._dem()
    demand = desk._demand(dem.crs) if dem is not None else None
    if demand is None:
        return
    frame = desk.layer.data.loc[[feature_id]]
    frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
    title = QtCore.QCoreApplication.translate("PlanningDesk", "Signal of {name}").format(
        name=desk._site_name(feature_id))
    desk.task = desk.workbench.run_task(signal_task, dem.path, sites_of(frame), demand,
                                        band=getattr(dem, "band", 1), feedback="feedback", name=title,
                                        key=("planning", "signal"),
                                        done=lambda result: _signal_ready(desk, result, title))


def _signal_ready(desk, result, title: str) -> None:
    from layers.planning.coverage_layer import SignalLayer

    desk.signal = result
    layers = desk.workbench.project.layers
    layer = getattr(desk, "signal_layer", None)
    if layer is None or layer not in layers:
        layer = desk.signal_layer = SignalLayer(result.counts, result.transform, name="signal", title=title,
                                                crs=result.crs)
        layers.insert(list(layers).index(desk.layer) + 1 if desk.layer in layers else 0, layer)
    else:
        layer.name = title
        layer.show(result.counts, result.transform)
        layer.visible = True
    summary = QtCore.QCoreApplication.translate(
        "PlanningDesk", "{title}: a usable signal or better reaches {covered:,.0f} of {persons:,.0f} persons.").format(
        title=title, covered=result.covered_persons, persons=result.persons)
    desk.table.show_table(result.table, summary)
    desk.show_table()
    desk.workbench.show_status(summary, 10000)
