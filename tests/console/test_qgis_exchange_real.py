"""Real QGIS 3.22 opens the township's exported project as the same map, and a project QGIS itself wrote
opens in the console with the same layers and styles.

The QGIS side runs in the system Python that has QGIS (``tests/console/qgis_project_check.py``, offscreen);
skips with the reason where ``/usr/bin/python3`` cannot import qgis.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
CHECK = Path(__file__).with_name("qgis_project_check.py")
ENV = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
WIDTH, HEIGHT = 640, 480
# Pixel agreement with QGIS's own render of the exported project (labels off in both: the fonts differ).
# A pixel "differs" when a channel is off by more than DIFF_LEVEL of 255; at most MAX_DIFFERING of the
# pixels may differ (marker sizes and outlines anti-alias differently), and the mean difference of all
# channels stays under MAX_MEAN (measured: 3.3 % differing, mean 7.5).
DIFF_LEVEL = 60
MAX_DIFFERING = 0.06
MAX_MEAN = 11.0


def _has_qgis() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _has_qgis(), reason="QGIS (python3-qgis) is not installed for /usr/bin/python3")


def _qgis(*args) -> dict:
    result = subprocess.run([SYSTEM_PYTHON, str(CHECK), *map(str, args)], capture_output=True, text=True,
                            timeout=600, check=False, env=ENV)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _our_render(project, bbox) -> np.ndarray:
    from console.headless import ensure_app
    from widgets.map_canvas import MapCanvas

    app = ensure_app()
    canvas = MapCanvas(project, asynchronous=False)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    app.processEvents()
    canvas.zoom_to_extent(bbox, pad=False)
    app.processEvents()
    canvas.refresh()
    from PySide6 import QtGui

    image = canvas.render_to_image(WIDTH, HEIGHT).convertToFormat(QtGui.QImage.Format.Format_RGB888)
    canvas.close()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(HEIGHT, image.bytesPerLine())
    return rows[:, :WIDTH * 3].reshape(HEIGHT, WIDTH, 3).copy()


def test_qgis_opens_the_exported_demo_as_the_township_sees_it(demo_project, tmp_path):
    from PIL import Image

    from datasources.web_tiles import TileService, XYZSource
    from layers.basemap import BasemapLayer
    from layers.project import Project
    from layers.qgis_export import export_qgis_project
    from tests.datasources.test_tiles import make_mbtiles

    project = Project.load(demo_project)
    next(layer for layer in project.layers if layer.source_name == "sensors").visible = False  # stays hidden
    tiles = make_mbtiles(tmp_path / "底图.mbtiles", zooms=range(2))  # basemaps, hidden (no tiles in the render)
    web = XYZSource(TileService("https://tiles.example.org/{z}/{x}/{y}.png"), tmp_path / "cache", approved=False)
    project.layers.extend([BasemapLayer(tiles, visible=False), BasemapLayer(web, name="web", visible=False)])
    out = tmp_path / "county" / "qingxi.qgz"
    export = export_qgis_project(project, out)
    labelled = {layer.name: layer.style.label_field for layer in project.layers if layer.style.label_field}
    for layer in project.layers:  # labels off in both renders: QGIS and the console draw text differently
        layer.style = layer.style.replace(label_field=None)
    assert export.gpkg.parent == out.parent and export.notes == []
    minx, miny, maxx, maxy = project.layers.extent_in(project.crs)
    cx, cy, half = (minx + maxx) / 2, (miny + maxy) / 2, max(maxx - minx, (maxy - miny) * WIDTH / HEIGHT) / 2
    bbox = (cx - half, cy - half * HEIGHT / WIDTH, cx + half, cy + half * HEIGHT / WIDTH)
    seen = _qgis(out, "--render", tmp_path / "qgis.png", WIDTH, HEIGHT, *bbox)

    assert seen["read"] and seen["crs"] == "EPSG:4549" and seen["background"] == "#f4f1ea"
    theirs = [layer for layer in seen["layers"] if not layer["relief_of"]]
    relief = [layer for layer in seen["layers"] if layer["relief_of"]]
    ours = list(project.layers)
    assert [layer["name"] for layer in theirs] == [layer.name for layer in ours]
    assert all(layer["valid"] for layer in seen["layers"])
    assert [layer["visible"] for layer in theirs] == [layer.visible for layer in ours]
    drawn = [layer["id"] for layer in seen["layers"] if layer.get("renderer")]  # not the attribute tables
    assert seen["render_order"] == drawn  # the layer tree's order is the drawing order
    assert [(layer["provider"], layer["renderer"]) for layer in theirs[-2:]] == [
        ("gdal", "multibandcolor"), ("wms", "singlebandcolordata")]  # the MBTiles file and the web tiles
    dem = next(layer for layer in theirs if layer["type"] == "raster")
    assert dem["renderer"] == "singlebandpseudocolor" and dem["source"].startswith("GPKG:")
    assert len(relief) == 1 and relief[0]["renderer"] == "hillshade" and relief[0]["relief_of"] == dem["id"]
    assert seen["layers"].index(relief[0]) == seen["layers"].index(dem) - 1  # right above its DEM
    assert len(labelled) == 2  # villages and rivers carry their names
    assert {layer["name"]: layer["label_field"] for layer in theirs if layer.get("labels")} == labelled
    for layer, mine in zip(theirs[:-2], ours[:-2], strict=True):
        assert str(Path(layer["source"].split("|")[0].replace("GPKG:", "").rsplit(":", 1)[0])).endswith(
            export.gpkg.name)
        if layer["type"] != "vector":
            continue
        assert layer["features"] == len(mine.data)
        assert layer["opacity"] == pytest.approx(mine.opacity)
        if mine.geometry_kind == "none":
            continue
        assert layer["crs"] == "EPSG:4549"
        assert layer["renderer"] == {"single": "singleSymbol", "categorized": "categorizedSymbol",
                                     "graduated": "graduatedSymbol"}[mine.style.kind], mine.name
        if mine.style.kind == "categorized":
            assert [c[0] for c in layer["classes"]] == [c.value for c in mine.style.classes]
            assert [c[2] for c in layer["classes"]] == [c.fill for c in mine.style.classes]
        elif mine.style.kind == "graduated":
            assert [b for c in layer["classes"] for b in c[:2]] == pytest.approx(
                [b for c in mine.style.classes for b in (c.lower, c.upper)])

    theirs_image = np.asarray(Image.open(tmp_path / "qgis.png").convert("RGB"), dtype=np.int16)
    ours_image = _our_render(project, bbox).astype(np.int16)
    Image.fromarray(np.concatenate([ours_image, theirs_image], axis=1).astype(np.uint8)).save(
        tmp_path / "side_by_side.png")
    keep = np.ones((HEIGHT, WIDTH), dtype=bool)  # the console's own overlays: scale bar, north arrow
    keep[HEIGHT - 60:, :200] = False
    keep[:80, WIDTH - 70:] = False
    diff = np.abs(ours_image - theirs_image).max(axis=2)[keep]
    differing = float((diff > DIFF_LEVEL).mean())
    mean = float(np.abs(ours_image - theirs_image)[keep].mean())
    assert differing <= MAX_DIFFERING and mean <= MAX_MEAN, (differing, mean, str(tmp_path / "side_by_side.png"))


def test_a_project_qgis_wrote_opens_in_the_console_with_its_styles(demo_project, tmp_path):
    from layers.qgis_import import import_qgis_project
    from layers.raster import RasterLayer

    folder = tmp_path / "county"
    folder.mkdir()
    shutil.copy(demo_project, folder / "data.gpkg")
    written = _qgis("--write", folder / "county.qgs", folder / "data.gpkg")
    assert all(written["valid"])
    moved = tmp_path / "received"  # the county's folder as it arrives: the paths in it are relative
    shutil.copytree(folder, moved)
    shutil.rmtree(folder)
    result = import_qgis_project(moved / "county.qgs", tmp_path / "township.gpkg")
    names = [layer.name for layer in result.project.layers]
    assert names == ["设施", "村界", "Roads", "Elevation (DEM)"]
    facilities, villages, roads, dem = result.project.layers
    assert facilities.style.kind == "categorized" and facilities.style.field == "kind"
    assert [(c.value, c.fill) for c in facilities.style.classes] == [
        ("school", "#1f78b4"), ("clinic", "#e31a1c"), ("shelter", "#33a02c")]
    assert villages.style.kind == "graduated" and villages.style.field == "population"
    assert [(c.lower, c.upper, c.fill) for c in villages.style.classes] == [
        (0.0, 800.0, "#ffffb2"), (800.0, 1200.0, "#fd8d3c"), (1200.0, 1e6, "#bd0026")]
    assert villages.opacity == pytest.approx(0.6)
    assert (villages.style.label_field, villages.style.label_size, villages.style.label_color) == (
        "name_zh", 11.0, "#333333")
    assert roads.visible is False and facilities.visible is True
    assert isinstance(dem, RasterLayer) and dem.style.ramp == "greys"
    assert result.project.crs == "EPSG:4549"
    assert any("wms" in note for note in result.notes)  # the web tiles layer is named, not dropped
    assert len(villages.data) == 22 and result.saved.exists()
