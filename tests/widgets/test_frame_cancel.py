"""A map frame is a task like the others: it runs through the window's task runner keyed by its layer, a
newer frame of the layer cancels the older one, and the frame's own computation reads its cancel token
and stops there, with nothing half-applied (pytest-qt).

The full frames are those of a million points and 100,000 village polygons at their whole extent. Times
are recorded (``record_property``, and printed with ``-s``), never asserted: they depend on the machine.
What is asserted is where a frame stops (at the very look at its token after the cancel), that a
cancelled frame never reaches the map, and that the newest frame does.
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("pytestqt")

from datasources.errors import Cancelled  # noqa: E402
from datasources.feedback import Feedback  # noqa: E402
from layers.project import Project  # noqa: E402
from layers.style import Style  # noqa: E402
from widgets.frame_pool import call_with_feedback  # noqa: E402
from widgets.layer_items import View  # noqa: E402
from widgets.layer_visuals import visual_for  # noqa: E402

WIDTH, HEIGHT = 1600, 1000


@pytest.fixture(scope="module")
def big_layers():
    """A million points and 100,000 village polygons (the benchmark's files), read once."""
    from benchmarks.synthetic import points_gpkg, polygons_gpkg
    from datasources.vector import open_vector
    from layers.vector import VectorLayer

    points = VectorLayer.from_source(open_vector(points_gpkg(1_000_000)),
                                     style=Style(fill="#d7301f", stroke="#7f0000", marker_size=1.0))
    polygons = VectorLayer.from_source(open_vector(polygons_gpkg(100_000)),
                                       style=Style(fill="#a6d96a", stroke="#4d7a2a", stroke_width=0.3))
    return points, polygons


class Looks:
    """A cancel token's ``is_cancelled`` that notes when the frame looks at it, and cancels its
    :class:`Feedback` at look number ``cancel_at`` (never when None)."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.times: list[float] = []
        self.cancel_at = cancel_at
        self.feedback = Feedback(is_cancelled=self)

    def __call__(self) -> bool:
        self.times.append(time.monotonic())
        if self.cancel_at is not None and len(self.times) >= self.cancel_at:
            self.feedback.cancel()
            return True
        return False


def full_frame_job(layer, crs: str):
    """The item's frame job for the whole extent of ``layer`` at 1600x1000, after its preparation."""
    item = visual_for(layer)(layer)
    job = item.prepare_job(crs)
    if job is not None:
        fn, args = job
        item.prepared = fn(*args)
    bbox = layer.extent_in(crs)
    origin = (bbox[0], bbox[1])
    return item.frame_job(View(tuple(bbox), WIDTH, HEIGHT), origin, crs)


def test_a_full_frame_stops_at_its_next_look_at_the_token(qapp, big_layers, record_property):
    for layer in big_layers:
        fn, args = full_frame_job(layer, layer.crs)
        call_with_feedback(fn, args, Feedback())  # numba's compiled code is loaded on the first call
        whole = Looks()
        started = time.monotonic()
        frame = call_with_feedback(fn, args, whole.feedback)
        ended = time.monotonic()
        assert frame.picture is not None and len(whole.times) >= 2  # it looks at the token as it draws
        looks = [started, *whole.times, ended]
        worst = max(b - a for a, b in zip(looks, looks[1:], strict=False))
        name = "points_1m" if layer.geometry_kind == "point" else "polygons_100k"
        record_property(f"frame_{name}_s", round(ended - started, 3))
        record_property(f"frame_{name}_longest_step_s", round(worst, 3))
        print(f"full frame of {name}: {ended - started:.3f} s, {len(whole.times)} looks at its token, "
              f"longest step between them {worst:.3f} s (the most a cancel waits)")
        for k in sorted({1, (len(whole.times) + 1) // 2, len(whole.times)}):
            cut = Looks(cancel_at=k)
            with pytest.raises(Cancelled):
                call_with_feedback(fn, args, cut.feedback)
            assert len(cut.times) == k  # stopped at the look that saw the cancel, nothing after it


@pytest.fixture
def canvas(qtbot, big_layers):
    from widgets.map_canvas import MapCanvas
    from widgets.tasks import TaskRunner

    project = Project(crs=big_layers[0].crs)
    runner = TaskRunner()
    view = MapCanvas(project, runner=runner)
    qtbot.addWidget(view)
    view.resize(WIDTH, HEIGHT)
    view.show()
    project.layers.extend(big_layers)
    qtbot.waitUntil(lambda: not view.busy(), timeout=120_000)
    yield view
    runner.shutdown(5.0)


def frame_jobs(canvas) -> dict:
    """The canvas's running frame jobs, by layer id."""
    return {job.key[2]: job for job in canvas.runner.pooled if job.key[0] == "frame"}


def test_a_newer_frame_of_a_layer_cancels_the_older_one(canvas, qtbot):
    items = dict(canvas.items)
    canvas.refresh()
    older = frame_jobs(canvas)
    assert set(older) == set(items)  # every layer's frame runs through the runner, keyed by the layer
    delivered: dict = {}
    for layer_id, job in older.items():
        job.returned.connect(lambda frame, layer_id=layer_id: delivered.setdefault(("old", layer_id), frame))
    canvas.view_box.scaleBy(s=(0.5, 0.5))
    canvas._debounce.stop()  # the refresh of the new view is asked for here, at once
    canvas.refresh()  # the next view before the older frames are done
    newer = frame_jobs(canvas)
    for layer_id, job in newer.items():
        job.returned.connect(lambda frame, layer_id=layer_id: delivered.setdefault(("new", layer_id), frame))
    assert all(job.is_cancelled() for job in older.values())
    qtbot.waitUntil(lambda: not canvas.busy(), timeout=120_000)
    print("older frames:", {job.outcome for job in older.values()})
    assert {job.outcome for job in older.values()} <= {"skipped", "stopped", "dropped"}
    assert not any(key[0] == "old" for key in delivered)  # a cancelled frame never reaches the map
    for layer_id, item in items.items():
        assert item.frame is delivered[("new", layer_id)]


def test_a_cancelled_full_frame_leaves_the_map_as_it_was(canvas, qtbot, record_property):
    items = dict(canvas.items)
    shown = {layer_id: item.frame for layer_id, item in items.items()}
    flat = canvas.flat.image
    canvas.view_box.scaleBy(s=(0.5, 0.5))
    canvas._debounce.stop()
    canvas.refresh()
    jobs = frame_jobs(canvas)
    qtbot.waitUntil(lambda: any(job.started_at is not None for job in jobs.values()), timeout=60_000)
    clicked = time.monotonic()
    canvas.runner.cancel_all()
    qtbot.waitUntil(lambda: not canvas.busy(), timeout=60_000)
    for job in jobs.values():
        if job.started_at is not None and job.ended_at is not None:
            print(f"  frame job {job.outcome}: its function ended {job.ended_at - clicked:.3f} s after "
                  "the cancel")
    record_property("cancel_full_frame_s", round(max(job.ended_at for job in jobs.values()) - clicked, 3))
    assert all(job.outcome in ("skipped", "stopped", "dropped") for job in jobs.values())
    assert all(item.frame is shown[layer_id] for layer_id, item in items.items())  # nothing half-applied
    assert canvas.flat.image is flat
