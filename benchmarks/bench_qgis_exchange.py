"""QGIS exchange figures on the demo township (22 villages, 21,600 households, the DEM), against QGIS 3.22's
own project read and write of the same project, measured in the same run when QGIS is installed
(``/usr/bin/python3`` imports qgis):

- ``qgis_export_demo``: :func:`layers.qgis_export.export_qgis_project` of the loaded demo project beside its
  GeoPackage (the ``.qgz`` with every layer's style and the DEM), ref ``qgis_project_write`` (QGIS writing
  the same project, its layers open).
- ``qgis_import_demo``: :func:`layers.qgis_import.import_qgis_project` of that ``.qgz`` (every layer read
  into memory with its style), ref ``qgis_project_read`` (QGIS opening the project and its layers, which it
  reads lazily while drawing).
- ``qgis_import_demo_saved``: the same, written as a township project GeoPackage (``qgis import --out``).

Without QGIS the figures are printed with ``ref=none``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import measure, report

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("qgis_exchange_probe.py")
REPEAT = 5
ROOT = Path(__file__).resolve().parents[1]


def _qgis_times(qgz: Path, folder: Path) -> dict | None:
    if not Path(SYSTEM_PYTHON).exists():
        return None
    result = subprocess.run([SYSTEM_PYTHON, str(PROBE), str(qgz), str(folder / "qgis_written.qgz"), str(REPEAT)],
                            capture_output=True, text=True, check=False, timeout=1800,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    if result.returncode != 0:
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


def _demo_project() -> Path:
    demo = ROOT / "resources" / "demo" / "qingxi.project.gpkg"
    if not demo.exists():
        subprocess.run([sys.executable, "-m", "resources.scripts.demo_project", str(demo.parent)], check=True,
                       cwd=ROOT)
    return demo


def run(cache_dir: Path) -> None:
    from layers.project import Project
    from layers.qgis_export import export_qgis_project
    from layers.qgis_import import import_qgis_project

    folder = Path(cache_dir) / "qgis_exchange"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    project_file = folder / "qingxi.project.gpkg"
    shutil.copy(_demo_project(), project_file)
    project = Project.load(project_file)
    qgz = folder / "qingxi.qgz"
    export_s = measure(lambda: export_qgis_project(project, qgz), repeat=REPEAT)
    import_s = measure(lambda: import_qgis_project(qgz), repeat=REPEAT)
    saved = folder / "received.gpkg"
    saved_s = measure(lambda: import_qgis_project(qgz, saved), repeat=3)
    qgis = _qgis_times(qgz, folder)
    layers = len(project.layers)
    if qgis is None:
        report("qgis_export_demo", export_s, "none", 0.0, layers=layers)
        report("qgis_import_demo", import_s, "none", 0.0, layers=layers)
        report("qgis_import_demo_saved", saved_s, "none", 0.0, layers=layers)
        return
    report("qgis_export_demo", export_s, "qgis_project_write", qgis["write_s"], layers=layers,
           qgis_layers=qgis["layers"])
    report("qgis_import_demo", import_s, "qgis_project_read", qgis["read_s"], layers=layers)
    report("qgis_import_demo_saved", saved_s, "qgis_project_read", qgis["read_s"], layers=layers)
