"""Cycles holding Qt objects are collected on the GUI thread, never in a worker that happened to allocate."""

from __future__ import annotations

import gc
import threading

from widgets.gui_garbage import collect_on_gui_thread


class Held:
    """A cycle (it refers to itself) that notes the thread collecting it."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Held.freed_in.append(threading.current_thread().name)


def test_a_cycle_is_collected_on_the_gui_thread_not_in_a_busy_worker(qtbot):
    collect_on_gui_thread()
    assert not gc.isenabled()  # the automatic collector is off: the GUI thread's timer collects
    Held.freed_in.clear()
    Held()  # unreachable at once, freed only by the cycle collector

    kept = []

    def allocate() -> None:  # a worker making containers, as the frames and tasks do (kept: a frame)
        kept.append([[i] for i in range(300_000)])

    worker = threading.Thread(target=allocate, name="busy-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(Held.freed_in), timeout=10_000)
    assert Held.freed_in == [threading.main_thread().name]
    assert kept
