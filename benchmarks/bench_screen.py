"""Interaction on a real screen: the main window under Xvfb, timed from the input event to a settled map.

``make bench`` (off-screen Qt) times drawing calls; a person waits for something else: from the wheel
notch or the mouse release until the map has stopped repainting. This module starts its own Xvfb
(1600x1000x24, a free display number, stopped after), runs the real window there on the xcb platform
(:mod:`benchmarks.screen_probe`, one fresh process per start) and reports, p50 as ``median_s`` and p95
as ``p95_s``:

- ``screen_start_demo``: from launching ``township-console`` on the demo project
  (``qingxi.project.gpkg``, without the store login: the map a user sees before logging in) to the
  settled map; ref ``python_startup``; goal 1.5 s. ``shown_s`` is when the window first showed.
- ``screen_start_vs_qgis_desktop``: the same median against the QGIS desktop application opening the
  demo (exported ``.qgz``) on the same display, from launch to its map drawn
  (:mod:`benchmarks.qgis_desktop_probe`; skipped without the ``qgis`` program). ``bench_canvas``'s
  ``startup_vs_qgis_*`` compare with QGIS's library and canvas alone, which flatters QGIS.
- ``screen_first_zoom_<scene>``: the first wheel notch after the map settled (one per start);
  ``screen_zoom_<scene>``: later notches (in and out in turn); ``screen_pan_<scene>``: a drag of
  200 px (six moves a frame apart), timed from the release. Ref ``offscreen_zoom``: the same zoom
  drawn synchronously with ``render_to_image`` in the same window (what ``make bench`` measures).
  Goal 0.1 s at p95. ``paints`` is the median number of paints of the map per zoom (from the wheel
  event) and per pan (from the press, six moves and the release) until settled.
- ``screen_drag_frame_<scene>``: while a drag moves the mouse a frame interval apart (60 moves,
  three drags), the seconds per move shown: ``fps`` counts the moves whose picture was painted before
  the next move (the moves are sent 60 a second as long as the window keeps up, so 60 means every
  move was shown), ``latency_p95_s`` is from a move to the end of the paint showing it,
  ``paint_s``/``paint_cpu_s`` the median wall and CPU time of one paint of the map; goal 1/60 s.
- ``screen_open_1m``: opening the 1M-point file in an empty window through File > Open's slot, its
  dialog answered after 2 s (a person picking the file), from the answer until the map settled; ref
  ``pyogrio_raw_arrow`` (reading the file).

Without Xvfb on the PATH the module prints one line saying so and reports nothing. Set
``TOWNSHIP_SCREEN_STARTS`` (starts per scene, default 10 for the demo, half for 1M) and
``TOWNSHIP_SCREEN_REPEAT`` (later zooms and pans, default 20) to trade time for precision.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from benchmarks import synthetic
from benchmarks.harness import measure, report

ROOT = synthetic.PROJECT_ROOT
DEMO = ROOT / "resources" / "demo" / "qingxi.project.gpkg"
SCREEN = "1600x1000x24"
SETTLED_GOAL_S = 0.1
START_GOAL_S = 1.5
FRAME_GOAL_S = 1.0 / 60.0
N_POINTS = 1_000_000


@contextmanager
def xvfb():
    """A fresh Xvfb on a free display; yields its DISPLAY string and stops it after."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten",
                               "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def _env(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_probe(display: str, **options) -> dict:
    """One fresh window process; its timings (seconds)."""
    options["launched"] = time.time()
    done = subprocess.run([sys.executable, "-m", "benchmarks.screen_probe", json.dumps(options)],
                          env=_env(display), cwd=ROOT, capture_output=True, text=True, timeout=900)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or not result or "error" in result:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"the window run failed: {result.get('error', '')} {tail}")
    return result


def p50_p95(values) -> tuple[float, float]:
    values = np.asarray(list(values), dtype=float)
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))


def figure(name: str, values, ref: str, ref_s: float, goal_s: float | None, **facts) -> None:
    p50, p95 = p50_p95(values)
    report(name, p50, ref, ref_s, goal_s=goal_s, p95_s=f"{p95:.4f}", n=len(values), **facts)


def interaction(scene: str, runs: list[dict]) -> None:
    """The zoom, pan and drag figures of one scene from its runs."""
    main = next(r for r in runs if "zoom" in r)
    ref = main["offscreen_zoom"]
    figure(f"screen_first_zoom_{scene}", [r["first_zoom"] for r in runs], "offscreen_zoom", ref,
           SETTLED_GOAL_S)
    paints = main.get("paints", {})
    figure(f"screen_zoom_{scene}", main["zoom"], "offscreen_zoom", ref, SETTLED_GOAL_S,
           paints=f"{np.median(paints.get('zoom') or [np.nan]):.0f}")
    figure(f"screen_pan_{scene}", main["pan"] + [r["first_pan"] for r in runs], "offscreen_zoom", ref,
           SETTLED_GOAL_S, paints=f"{np.median(paints.get('pan') or [np.nan]):.0f}")
    fps = float(np.median(main["drag_fps"]))
    latency = p50_p95(main["drag_latency"])[1] if main["drag_latency"] else float("nan")
    report(f"screen_drag_frame_{scene}", 1.0 / fps if fps else float("inf"), "sixty_hz", FRAME_GOAL_S,
           goal_s=FRAME_GOAL_S, fps=f"{fps:.1f}", latency_p95_s=f"{latency:.4f}",
           paint_s=f"{main.get('drag_paint') or float('nan'):.4f}",
           paint_cpu_s=f"{main.get('drag_paint_cpu') or float('nan'):.4f}")


def run_scene(display: str, scene: str, starts: int, repeat: int, **options) -> list[dict]:
    runs = []
    for k in range(starts):
        runs.append(run_probe(display, later=repeat if k == 0 else 0, **options))
    return runs


def qgis_desktop_start(display: str, starts: int = 3) -> tuple[float, float] | None:
    """Median seconds from launching the QGIS desktop application on the demo (exported ``.qgz``, a
    profile of its own) to its window up with the project read, and to its map drawn; None without QGIS.
    One unmeasured start first creates the profile, as a user's first start did long ago."""
    if shutil.which("qgis") is None:
        print("# QGIS desktop reference skipped: the qgis program is not installed (apt-get install qgis)",
              flush=True)
        return None
    import tempfile

    from layers.project import Project
    from layers.qgis_export import export_qgis_project

    probe = Path(__file__).with_name("qgis_desktop_probe.py")
    shown, drawn = [], []
    with tempfile.TemporaryDirectory(prefix="township-qgis-desktop-") as tmp:
        qgz = Path(tmp) / "qingxi.qgz"
        export_qgis_project(Project.load(DEMO), qgz)
        for k in range(starts + 1):
            out = Path(tmp) / f"marks{k}.json"
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PROBE_OUT=str(out),
                       PROBE_LAUNCHED=repr(time.time()))
            subprocess.run(["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(Path(tmp) / "profiles"),
                            "--project", str(qgz), "--code", str(probe)], env=env, capture_output=True,
                           timeout=300)
            if not out.exists():
                print("# QGIS desktop reference skipped: QGIS did not report its start", flush=True)
                return None
            marks = json.loads(out.read_text())
            if k and marks["drawn_s"] is not None:
                shown.append(marks["shown_s"])
                drawn.append(marks["drawn_s"])
    if not drawn:
        return None
    return float(np.median(shown)), float(np.median(drawn))


def run(cache_dir) -> None:
    if shutil.which("Xvfb") is None:
        print("# screen benchmark skipped: Xvfb is not installed (apt-get install xvfb)", flush=True)
        return
    starts = int(os.environ.get("TOWNSHIP_SCREEN_STARTS", "10"))
    repeat = int(os.environ.get("TOWNSHIP_SCREEN_REPEAT", "20"))
    points = synthetic.points_gpkg(N_POINTS, cache_dir)
    python_s = measure(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), repeat=5)
    with xvfb() as display:
        print(f"# Xvfb {SCREEN} on display {display}, platform xcb", flush=True)
        if DEMO.exists():
            runs = run_scene(display, "demo", starts, repeat, project=str(DEMO))
            figure("screen_start_demo", [r["start_settled"] for r in runs], "python_startup", python_s,
                   START_GOAL_S, shown_s=f"{p50_p95(r['start_shown'] for r in runs)[0]:.3f}")
            interaction("demo", runs)
            qgis = qgis_desktop_start(display)
            if qgis is not None:
                report("screen_start_vs_qgis_desktop", p50_p95(r["start_settled"] for r in runs)[0],
                       "qgis_desktop_drawn", qgis[1], shown_s=f"{p50_p95(r['start_shown'] for r in runs)[0]:.3f}",
                       qgis_shown_s=f"{qgis[0]:.3f}", n=len(runs))
        else:
            print(f"# demo scene skipped: {DEMO.name} is missing (make demo)", flush=True)
        runs = run_scene(display, "1m", max(1, starts // 2), repeat, open=str(points))
        import pyogrio

        raw = measure(lambda: pyogrio.read_dataframe(points, use_arrow=True), repeat=3, warmup=0)
        figure("screen_open_1m", [r["open_file"] for r in runs], "pyogrio_raw_arrow", raw, None)
        interaction("1m", runs)
