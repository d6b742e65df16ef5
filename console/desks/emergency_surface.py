"""The emergency desk's interpolated surface: one parameter's values at the moment the time slider shows,
interpolated in a task (:func:`layers.emergency.surface.surface_task`, a newer run cancelling the older)
within the township's boundary, and shown as a raster layer under the live sensors. Part of the emergency
desk (:mod:`console.desks.emergency`)."""

from __future__ import annotations

import atexit
import shutil
import tempfile

from PySide6 import QtCore

from widgets.emergency.names import parameter_label

SURFACE_PARAMETERS = ("PM2.5", "O3", "rain")
LIVE_SURFACE_EVERY_S = 10.0  # while live, the surface follows new readings at most this often


class SurfaceActions(QtCore.QObject):
    """The surface of the parameter chosen in *Emergency › Interpolated surface*.

    Parameters
    ----------
    workbench : Workbench
    layer : SensorLayer
        The live sensors (their values at the slider's moment are interpolated).
    slider : TimeSlider
    session : StoreSession
        Its villages give the boundary when the project has no township boundary layer.
    """

    def __init__(self, workbench, layer, slider, session) -> None:
        super().__init__(workbench)
        self.workbench, self.layer, self.slider, self.session = workbench, layer, slider, session
        self.parameter: str | None = None
        self.shown = None  # the SurfaceLayer on the map, once there
        self._boundary = None
        self._folder = None
        self._last_live = 0.0

    def show(self, parameter: str | None) -> None:
        """Show the interpolated surface of ``parameter`` (None: no surface)."""
        self.parameter = parameter
        if parameter is None:
            if self.shown is not None and self.shown in self.workbench.project.layers:
                self.shown.visible = False
            return
        self.update()

    def follow_time(self) -> None:
        """The slider moved: the surface of that moment."""
        if self.parameter:
            self.update()

    def follow_live(self) -> None:
        """New readings arrived: while the slider is live, the surface follows at most every
        :data:`LIVE_SURFACE_EVERY_S`."""
        now = QtCore.QDateTime.currentMSecsSinceEpoch() / 1000.0
        if self.slider.live and self.parameter and now - self._last_live > LIVE_SURFACE_EVERY_S:
            self._last_live = now
            self.update()

    def project_replaced(self) -> None:
        """Another project was opened: interpolated again within its township's boundary."""
        self._boundary = None
        if self.parameter:
            self.update()

    def update(self) -> None:
        """Interpolate the surface for the moment shown, in a task (a newer one cancels this one)."""
        from layers.emergency.surface import surface_task

        parameter = self.parameter
        values = self.layer.values_at(self.layer.time)
        values = values[values["parameter"] == parameter].set_index("sensor_code")["value"]
        codes = list(self.layer.codes)
        rows = [codes.index(c) for c in values.index if c in codes]
        if not rows:
            self.workbench.show_status(self.tr("No sensor has a value of {parameter} yet").format(
                parameter=parameter_label(parameter)), 4000)
            return
        points = self.layer.data.geometry.iloc[rows]
        xy = list(zip(points.x, points.y, strict=True))
        if self._folder is None:  # the surfaces' files, removed when the program ends
            self._folder = tempfile.mkdtemp(prefix="township-surface-")
            atexit.register(shutil.rmtree, self._folder, True)
        seconds = self.slider.seconds()
        self.workbench.run_task(surface_task, xy, values.loc[[codes[r] for r in rows]].to_numpy(), parameter,
                                seconds, self._township_boundary(), self.layer.crs, self._folder,
                                feedback="feedback", name=self.tr("Interpolating {parameter}").format(
                                    parameter=parameter_label(parameter)),
                                key=("emergency", "surface"), done=self._ready)

    def _township_boundary(self):
        if self._boundary is None:
            layer = next((lay for lay in self.workbench.project.layers
                          if lay.source_name == "township_boundary" and hasattr(lay, "data_in")), None)
            try:
                shapes = layer.data_in(self.layer.crs) if layer is not None else \
                    self.session.features.read("villages").to_crs(self.layer.crs)
                self._boundary = shapes.geometry.union_all()
            except Exception:  # noqa: BLE001 — without a boundary the surface covers the sensors' box
                return None
        return self._boundary

    def _ready(self, surface) -> None:
        from layers.emergency.surface import SurfaceLayer

        if surface.parameter != self.parameter:
            return
        title = self.tr("Surface: {parameter}").format(parameter=parameter_label(surface.parameter))
        layers = self.workbench.project.layers
        if self.shown is None or self.shown not in layers:
            self.shown = SurfaceLayer(surface.path, name="surface", title=title, crs=self.layer.crs, opacity=0.6)
            self.shown.show_surface(surface)
            index = list(layers).index(self.layer) + 1 if self.layer in layers else 0
            layers.insert(index, self.shown)
        else:
            self.shown.name = title
            self.shown.show_surface(surface)
            self.shown.visible = True
