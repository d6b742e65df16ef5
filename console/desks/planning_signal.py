"""The planning desk's signal levels of one site (free space and knife-edge diffraction beyond line of
sight, :mod:`layers.planning.signal`): shown as good, usable or none on the map, and in the village
table as the mobile service.

The signal follows its site: after every edit the desk reads the sites again and :func:`follow_signal`
runs the signal again when its site changed (moved by a drag or two clicks, undo, redo, its dialog), in
the background under one key, so a newer move cancels the older run; it goes when its site is deleted.

In the table the signal is the mobile service: a usable signal or better counts as covered in the
*Mobile signal* columns; the other services (broadband, cameras, warning, monitoring) are those of the
coverage shown, so the service chooser works as for the coverage and *Any service* is any of them.
"""

from __future__ import annotations

from PySide6 import QtCore

from widgets.message_bar import MessageLevel

TASK_KEY = ("planning", "signal")


def signal_of_selected(desk) -> None:
    """*Planning › Signal levels of the selected site*: good, usable or none beyond line of sight too."""
    feature_id = desk.edits.selected_id()
    if feature_id is None:
        desk.workbench.push(MessageLevel.INFO, QtCore.QCoreApplication.translate(
            "PlanningDesk", "Select a planned site first (Move site picks one)."))
        return
    run_signal(desk, feature_id)


def run_signal(desk, feature_id: int) -> None:
    """The signal of the site ``feature_id`` as a task (a newer run cancels the older)."""
    from layers.planning.signal import signal_task
    from layers.planning.site_layer import sites_of

    dem = desk._dem()
    demand = desk._demand(dem.crs) if dem is not None else None
    if demand is None:
        return
    frame = desk.layer.data.loc[[feature_id]]
    desk._signal_of = (feature_id, int(frame["version"].iloc[0]))
    desk._signal_pending = True
    frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
    title = QtCore.QCoreApplication.translate("PlanningDesk", "Signal of {name}").format(
        name=desk._site_name(feature_id))
    desk.task = desk.workbench.run_task(signal_task, dem.path, sites_of(frame), demand,
                                        band=getattr(dem, "band", 1), feedback="feedback", name=title,
                                        key=TASK_KEY, done=lambda result: _signal_ready(desk, result, title))


def follow_signal(desk) -> None:
    """After the sites were read again: the signal shown (or being computed) follows its site when the
    site changed, and goes when the site is gone."""
    asked = getattr(desk, "_signal_of", None)
    layer = getattr(desk, "signal_layer", None)
    shown = layer is not None and layer in desk.workbench.project.layers
    if asked is None or not (shown or getattr(desk, "_signal_pending", False)):
        return
    feature_id, version = asked
    if feature_id not in desk.layer.data.index:
        clear_signal(desk)
        return
    if int(desk.layer.data.loc[feature_id, "version"]) != version:
        run_signal(desk, feature_id)


def clear_signal(desk) -> None:
    """The signal layer off the map; the table shows the coverage again, if there is one."""
    layers = desk.workbench.project.layers
    layer = getattr(desk, "signal_layer", None)
    if layer is not None and layer in layers:
        layers.remove(layer)
    desk.signal_layer, desk._signal_of, desk._signal_pending = None, None, False
    if getattr(desk, "_table_of", None) == "signal":
        desk._table_of = None
        if desk.coverage is not None and getattr(desk, "_shown", None):
            desk._coverage_ready(desk.coverage, *desk._shown, desk._demand_used)


def _signal_ready(desk, result, title: str) -> None:
    from layers.planning.coverage_layer import SignalLayer

    desk.signal, desk._signal_pending, desk._signal_title = result, False, title
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
    summary = show_signal_table(desk)
    desk.show_table()
    desk.workbench.show_status(summary, 10000)


def show_signal_table(desk) -> str:
    """The village table of the last signal for the service chosen (the signal as the mobile service,
    the others from the coverage); its summary."""
    from layers.planning.signal import as_mobile, mobile_persons

    result, title = desk.signal, getattr(desk, "_signal_title", "")
    desk._table_of = "signal"
    table = as_mobile(result, desk.coverage).for_service(desk.table.service())
    summary = QtCore.QCoreApplication.translate(
        "PlanningDesk", "{title}: a usable signal or better reaches {covered:,.0f} of {persons:,.0f} persons. "
        "The mobile signal columns count its good and usable classes; the other services are the "
        "coverage's.").format(title=title, covered=mobile_persons(result), persons=result.persons)
    desk.table.show_table(table.table, summary)
    return summary


__all__ = ["clear_signal", "follow_signal", "run_signal", "show_signal_table", "signal_of_selected"]
