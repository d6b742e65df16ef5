"""The emergency desk in the real window while the live feed runs: event-loop latency and map refreshes.

A window process (on its own Xvfb, the xcb platform; off screen when Xvfb is absent) opens the demo project
and a copy of the demo store, logs in as an emergency desk officer and listens to a Mosquitto broker of the
benchmark's own (``TOWNSHIP_FEED_BROKER``) through the feed's own process, as the desk does; the readings it
hears are written to the store there.
A publisher process (:mod:`benchmarks.bench_feed`) then sends SensorThings observations at 5,000 readings a
second (QoS 1) for ``TOWNSHIP_BENCH_FEED_SECONDS`` seconds (default 10). Meanwhile a 10 ms timer in the
window measures how late the event loop runs it (what a click or a key press would wait), and each new
picture of the live sensors on the map is counted. Figures:

- ``feed_window_event_loop``: median lateness of the timer while the feed runs, ``p99_s`` its 99th
  percentile (goal under 0.05 s), ref ``idle_event_loop`` (the same timer for 3 s before the publisher starts);
  ``gui_cpu_ms_per_1000_readings`` the processor time of the window's thread meanwhile per 1,000 readings
  heard (its own work, which the machine's load does not stretch as it stretches the lateness).
- ``feed_window_map_refresh``: seconds between two new pictures of the live sensors while readings arrive,
  ``refresh_per_s`` over ``refresh_span_s`` from the first new picture to the last (goal at least 5), ref
  ``apply_interval`` (the desk's batch interval, 0.1 s);
  ``readings`` heard by the window, ``stored`` written to the store, ``sent`` by the publisher.

``TOWNSHIP_BENCH_PROFILE=FILE`` dumps a cProfile of the window's thread while the feed runs;
``TOWNSHIP_BENCH_STALLS=FILE`` writes where the window's thread was while its timer ran more than 40 ms
late (its stack sampled every 5 ms, most often first).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import report

ROOT = Path(__file__).resolve().parents[1]
SECONDS = float(os.environ.get("TOWNSHIP_BENCH_FEED_SECONDS", "10"))
TICK_MS = 10
IDLE_S = 3.0
APPLY_S = 0.10  # the desk's batch interval (console.desks.emergency.APPLY_MS)


def window_run(broker: str, folder: str) -> dict:
    """In the window process: the figures above, as a dict."""
    import argon2
    import numpy as np
    from PySide6 import QtCore, QtWidgets

    from benchmarks.bench_feed import _publisher
    from console.app import create_window
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    demo = ROOT / "resources" / "demo"
    work = Path(folder)
    shutil.copy2(demo / "qingxi.township.gpkg", work / "store.gpkg")
    shutil.copytree(demo / "keys", work / "keys")
    shutil.copy2(demo / "qingxi.project.gpkg", work / "qingxi.project.gpkg")
    if (demo / "dem.tif").exists():
        shutil.copy2(demo / "dem.tif", work / "dem.tif")
    upgrade_store(work / "store.gpkg")
    store = TownshipStore(work / "store.gpkg", key_folder=work / "keys",
                          hasher=argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = store.create_administrator("admin", "bench-admin-password-1")
    admin.accounts.add("desk", "bench-desk-password-1", "emergency_desk")
    os.environ["TOWNSHIP_FEED_BROKER"] = broker
    if os.environ.get("TOWNSHIP_BENCH_APPLY_SLICE"):  # to compare: the readings taken per turn of the loop
        import console.desks.emergency as emergency

        emergency.APPLY_SLICE = int(os.environ["TOWNSHIP_BENCH_APPLY_SLICE"])
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    window = create_window([work / "qingxi.project.gpkg"])
    window.resize(1366, 768)
    window.show()
    loop_until(app, lambda: not window._workers and not window.canvas.busy(), 120)
    window.log_in(store.login("desk", "bench-desk-password-1"))
    desk = window.desks["emergency"]
    loop_until(app, lambda: desk.feed is not None and desk.feed.sources[0].subscribed.is_set(), 30)
    item = window.canvas.items[desk.layer.id]
    stored = [0]
    desk.feed.stored.connect(lambda added, _offered, _s: stored.__setitem__(0, stored[0] + added))

    late: list[float] = []
    frames: list[float] = []
    state = {"last": time.perf_counter(), "frame": item.frame}

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, now - state["last"] - TICK_MS / 1000.0))
        state["last"] = now
        if item.frame is not state["frame"]:
            state["frame"] = item.frame
            frames.append(now)

    timer = QtCore.QTimer(interval=TICK_MS, timerType=QtCore.Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start()
    loop_for(app, IDLE_S)
    idle = list(late)
    late.clear()
    frames.clear()
    before = desk.layer.reading_count
    profile = None
    if os.environ.get("TOWNSHIP_BENCH_PROFILE"):  # where the window's thread spends its time (cProfile)
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    stalls = _stall_watch(state, os.environ.get("TOWNSHIP_BENCH_STALLS"))
    gui_cpu = time.thread_time()  # the window's own thread: its work, whatever the machine's load
    publisher = _publisher(broker, "bench-pub-window")
    began = time.perf_counter()
    loop_until(app, lambda: publisher.poll() is not None, SECONDS * 10 + 900)
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["TOWNSHIP_BENCH_PROFILE"])
    if stalls is not None:
        stalls()
    sent = json.loads(publisher.stdout.read().strip().splitlines()[-1])
    busy_s = time.perf_counter() - began
    gui_cpu = time.thread_time() - gui_cpu
    busy = list(late)
    refresh = list(frames)
    loop_for(app, 3.0)  # the last store batch
    timer.stop()
    heard = desk.layer.reading_count - before
    desk.stop_feed()
    window.project._mark_clean()
    window.close()
    store.engine.dispose()
    gaps = np.diff(refresh) if len(refresh) > 1 else np.array([busy_s])
    # while readings arrive: from the first new picture to the last (the publisher's start-up is not in it)
    span = refresh[-1] - refresh[0] if len(refresh) > 1 else busy_s
    return {"idle_p50": float(np.percentile(idle, 50)), "busy_p50": float(np.percentile(busy, 50)),
            "busy_p99": float(np.percentile(busy, 99)), "busy_max": float(max(busy)),
            "refresh_gap_p50": float(np.median(gaps)), "refresh_per_s": (len(refresh) - 1) / span,
            "refresh_span_s": span,
            "readings": heard, "stored": stored[0], "sent": sent["sent"], "busy_s": busy_s, "gui_cpu_s": gui_cpu,
            "max_unacked": sent["max_unacked"]}


def _stall_watch(state: dict, path: str | None):
    """With ``TOWNSHIP_BENCH_STALLS=FILE``: a thread notes where the window's thread is while its timer is
    more than 40 ms late (its stack every 5 ms), written to FILE when the returned callable is called."""
    if not path:
        return None
    import collections
    import threading
    import traceback

    main = threading.main_thread().ident
    seen: collections.Counter = collections.Counter()
    halt = threading.Event()

    def watch() -> None:
        while not halt.wait(0.005):
            if time.perf_counter() - state["last"] > 0.04:
                frame = sys._current_frames().get(main)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-12:]
                    seen["\n".join(f"  {f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}" for f in stack)] += 1

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()

    def stop() -> None:
        halt.set()
        thread.join()
        with open(path, "w") as out:
            for stack, n in seen.most_common(40):
                out.write(f"{n} samples (x5 ms)\n{stack}\n\n")

    return stop


def loop_until(app, done, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def loop_for(app, seconds: float) -> None:
    from PySide6 import QtCore

    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    app.processEvents()


def run(_cache_dir: Path) -> None:
    from benchmarks.bench_screen import _env, xvfb
    from datasources.feeds.broker import Mosquitto, mosquitto_binary

    if mosquitto_binary() is None:
        print("# bench_feed_window: mosquitto is not installed (make system-deps); no figures", flush=True)
        return
    load = f"{os.getloadavg()[0]:.2f}"
    with tempfile.TemporaryDirectory(prefix="township-bench-feed-window-") as folder:
        with Mosquitto(Path(folder) / "broker", autosave=60) as broker:
            work = Path(folder) / "window"
            work.mkdir()
            command = [sys.executable, "-m", "benchmarks.bench_feed_window", broker.url, str(work)]
            if shutil.which("Xvfb"):
                with xvfb() as display:
                    done = subprocess.run(command, env=_env(display), cwd=ROOT, capture_output=True,
                                          text=True, timeout=SECONDS * 10 + 1200)
                screen = "xvfb"
            else:
                env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
                done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                                      timeout=SECONDS * 10 + 1200)
                screen = "offscreen"
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        print(f"# bench_feed_window: the window run failed: {tail}", flush=True)
        return
    r = json.loads(lines[-1])
    report("feed_window_event_loop", r["busy_p50"], "idle_event_loop", max(r["idle_p50"], 1e-6),
           p99_s=f"{r['busy_p99']:.4f}", goal_p99_s=0.05, max_s=f"{r['busy_max']:.4f}",
           gui_cpu_ms_per_1000_readings=f"{r['gui_cpu_s'] / max(r['readings'], 1) * 1e6:.1f}",
           seconds=f"{SECONDS:g}", screen=screen, load=load)
    report("feed_window_map_refresh", r["refresh_gap_p50"], "apply_interval", APPLY_S,
           refresh_per_s=f"{r['refresh_per_s']:.2f}", goal_refresh_per_s=5,
           refresh_span_s=f"{r['refresh_span_s']:.1f}", readings=r["readings"],
           stored=r["stored"], sent=r["sent"], max_unacked=r["max_unacked"], screen=screen, load=load)


def main() -> int:
    broker, folder = sys.argv[1], sys.argv[2]
    print(json.dumps(window_run(broker, folder)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
