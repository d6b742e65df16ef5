"""Printed maps of the demo township (off-screen Qt, the project file read each time as the command does):

- ``print_a3_pdf``: the A3 landscape page at 300 dpi to PDF (map, legend, scale bar, notes, embedded
  font), from opening the project to the closed file, as ``township-console print`` does. Goal 3 s.
- ``print_atlas_22_pdf``: the village atlas, 22 A4 pages at 300 dpi with their maps and figures, in one
  PDF. Goal 30 s.
- ``print_a3_png``: the same A3 page as a 300 dpi PNG (4961 x 3508 pixels; no goal).

The reference of each is ``render_png``: the plain ``render`` of the same project to a 1600x1000 PNG
through the window's canvas (:func:`console.headless.render_files`), measured in the same run.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.harness import measure, report

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "qingxi.project.gpkg"


def run(cache_dir) -> None:
    if not DEMO.exists():
        print("# print benchmark skipped: the demo township is not built (make demo)", flush=True)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from console.headless import ensure_app, render_files

    ensure_app()
    from layers.print_layout import PrintLayout
    from layers.project import Project
    from widgets.printing.export import write_atlas, write_layout

    out = Path(tempfile.mkdtemp(prefix="bench-print-"))
    a3 = PrintLayout(name="a3", page="A3", orientation="landscape", title="青溪镇 村务公开地图", author="镇党政办")
    facts: dict = {}

    def render_png():
        render_files([DEMO], out / "render.png", 1600, 1000)

    def a3_pdf():
        facts["a3"] = write_layout(Project.load(DEMO), a3, out / "a3.pdf")

    def a3_png():
        write_layout(Project.load(DEMO), a3, out / "a3.png")

    def atlas():
        facts["atlas"] = write_atlas(Project.load(DEMO), out / "atlas.pdf")

    ref = measure(render_png, repeat=5)
    a3_s = measure(a3_pdf, repeat=5)
    report("print_a3_pdf", a3_s, "render_png", ref, goal_s=3.0, dpi=300,
           size_mb=f"{(out / 'a3.pdf').stat().st_size / 1e6:.2f}", scale=f"1:{facts['a3'].scales[0]:.0f}")
    png_s = measure(a3_png, repeat=3)
    report("print_a3_png", png_s, "render_png", ref, dpi=300,
           size_mb=f"{(out / 'a3.png').stat().st_size / 1e6:.2f}")
    atlas_s = measure(atlas, repeat=3, warmup=0)
    report("print_atlas_22_pdf", atlas_s, "render_png", ref, goal_s=30.0, pages=facts["atlas"].pages,
           size_mb=f"{(out / 'atlas.pdf').stat().st_size / 1e6:.2f}", per_page_s=f"{atlas_s / facts['atlas'].pages:.3f}")
    for path in out.iterdir():
        path.unlink()
    out.rmdir()
