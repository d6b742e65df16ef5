"""Make the demo township's project file: its layers with the township look, the DEM underneath.

``python -m resources.scripts.demo_project resources/demo`` reads ``township.gpkg`` and ``dem.tif`` there and saves
``qingxi.project.gpkg`` beside them — one GeoPackage that is the whole project: the console opens it as a
project and QGIS opens its layers with the same styles (the ``layer_styles`` table) and the DEM from it (a
2D gridded coverage table), with no ``dem.tif`` needed beside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resources import RESOURCES_DIR

PROJECT_NAME = "qingxi.project.gpkg"
#: Residents' reports live in the township store (reporters encrypted, the workflow enforced); the map
#: document never carries them: logged in, the console shows the store's incidents layer instead.
IN_THE_STORE = ("incidents",)


def make_demo_project(folder: Path) -> Path:
    """Save the styled demo project in ``folder`` and return its path."""
    from layers.project import Project
    from layers.township import apply_township_look

    folder = Path(folder)
    data = folder / "township.gpkg"
    project = Project.for_file(data)
    project.add_file(data)
    project.add_file(folder / "dem.tif", name="dem")
    apply_township_look(project.layers)
    for layer in [layer for layer in project.layers if layer.source_name in IN_THE_STORE]:
        project.layers.remove(layer)
    project.settings["title"] = "青溪镇 Qingxi Town (demo)"
    return project.save(folder / PROJECT_NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.demo_project", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=RESOURCES_DIR / "demo")
    args = parser.parse_args(argv)
    print(f"saved {make_demo_project(args.folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
