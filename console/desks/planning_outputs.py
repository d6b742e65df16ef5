"""The planning desk's outputs: the village table and the households not covered written to files, and the
gap maps (the villages coloured by the share of their people covered, the hexagons of the persons left
out) on the map, which follow the coverage and, while a site is dragged, its preview."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError
from widgets.message_bar import MessageLevel

GAP_LAYER = "coverage_gap"
HEX_SIZE_M = 400.0


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


def show_hex_map(desk, size: float = HEX_SIZE_M) -> None:
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


def follow_gap_maps(desk, result, demand) -> None:
    """The gap maps on show (only those: per village, per hexagon) follow ``result``, a coverage not kept
    as the desk's (the preview while a site is dragged); no layer is added or shown."""
    from layers.planning.gap_map import gap_frame, hex_gap

    layers = desk.workbench.project.layers
    gap = getattr(desk, "gap_layer", None)
    if gap is not None and gap in layers and gap.visible and desk._villages is not None:
        gap.data = gap_frame(desk._villages, result.table)
    cells = getattr(desk, "hex_layer", None)
    if cells is not None and cells in layers and cells.visible and demand is not None:
        cells.data = hex_gap(demand, result.covered, HEX_SIZE_M, crs=result.crs)
