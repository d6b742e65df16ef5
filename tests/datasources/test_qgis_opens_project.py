"""Real QGIS opens the township project file as the same map: layers, CRS and the styles we saved.

Runs where the system Python has QGIS (`apt-get install python3-qgis`, part of `make system-deps`); skips
with the reason elsewhere.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
CHECK = Path(__file__).with_name("qgis_check.py")


def _has_qgis() -> bool:
    if not shutil.which(SYSTEM_PYTHON):
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _has_qgis(), reason="QGIS (python3-qgis) is not installed")


def test_qgis_opens_the_demo_project_with_our_styles(demo_project):
    import pyogrio

    names = ["villages", "facilities", "households", "hazard_zones", "roads"]
    result = subprocess.run([SYSTEM_PYTHON, str(CHECK), str(demo_project), *names],
                            capture_output=True, text=True, timeout=300, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert result.returncode == 0, result.stderr[-2000:]
    seen = {r["name"]: r for r in map(json.loads, result.stdout.strip().splitlines())}
    for name in names:
        assert seen[name]["valid"], name
        assert seen[name]["features"] == pyogrio.read_info(demo_project, layer=name)["features"]
        assert seen[name]["crs"] == "EPSG:4549"
    # the defaults in layer_styles are applied by QGIS itself when it opens the layer
    assert seen["villages"]["renderer"] == "graduatedSymbol" and seen["villages"]["classes"] == 5
    assert seen["villages"]["labels"] is True
    assert seen["facilities"]["renderer"] == "categorizedSymbol" and seen["facilities"]["classes"] >= 5
    assert seen["households"]["renderer"] == "singleSymbol"
    # see-through as in the console: the layer's opacity and the fill's alpha come from the QML
    assert seen["hazard_zones"]["opacity"] == pytest.approx(0.55, abs=0.01)
    assert seen["villages"]["opacity"] == pytest.approx(0.4, abs=0.01)
    assert seen["hazard_zones"]["fill_alpha"] == pytest.approx(0.75, abs=0.01)
    assert seen["hazard_zones"]["symbol_opacity"] == pytest.approx(1.0)
    assert seen["households"]["opacity"] == pytest.approx(1.0)


def test_qgis_opens_the_dem_from_the_project_file(demo_project, tmp_path):
    """One file is the whole project: QGIS reads the DEM from the GeoPackage alone, the same numbers."""
    import shutil

    import numpy as np

    from datasources.raster import open_raster, sample
    from layers.project import Project
    from layers.raster import RasterLayer

    alone = tmp_path / "alone" / demo_project.name
    alone.parent.mkdir()
    shutil.copy(demo_project, alone)  # no dem.tif beside it
    dem = next(layer for layer in Project.load(alone).layers if isinstance(layer, RasterLayer))
    assert str(dem.path).startswith(f"GPKG:{alone.resolve()}:")
    result = subprocess.run([SYSTEM_PYTHON, str(CHECK), str(alone), f"raster:{str(dem.path).rsplit(':', 1)[1]}"],
                            capture_output=True, text=True, timeout=300, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    info = open_raster(dem.path)
    assert report["valid"] and report["crs"] == "EPSG:4549" and report["bands"] == 1
    assert (report["width"], report["height"]) == (info.width, info.height)
    assert report["extent"] == pytest.approx(list(info.bounds))
    assert report["nodata"] == info.nodata
    ours = sample(dem.path, [report["centre"][0]], [report["centre"][1]])[0, 0]
    assert np.isfinite(ours) and report["centre_value"] == pytest.approx(ours, abs=1e-3)


def test_qgis_opens_the_township_store_as_layers(tmp_path):
    """The embedded store is a GeoPackage QGIS reads: every feature table a valid layer in EPSG:4549."""
    import shapely

    from datasources.store import TownshipStore
    from datasources.store.admin import init_store

    path = tmp_path / "township.gpkg"
    init_store(path).dispose()
    store = TownshipStore(path, key_folder=tmp_path / "keys")
    builder = store.service_session("test")
    builder.features.add_many("villages", [{"village_code": f"V{i}", "name_zh": f"村{i}",
                                   "geom": shapely.box(i * 100, 0, i * 100 + 90, 90)} for i in range(3)])
    builder.features.add("incidents", {"category": "noise", "village_code": "V1", "reporter_phone": "13812345678",
                              "geom": shapely.Point(150, 40)})
    builder.features.add("facilities", {"kind": "clinic", "village_code": "V2", "geom": shapely.Point(250, 40)})
    store.engine.dispose()
    names = ["villages", "incidents", "facilities", "hazard_zones"]
    result = subprocess.run([SYSTEM_PYTHON, str(CHECK), str(path), *names],
                            capture_output=True, text=True, timeout=300, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert result.returncode == 0, result.stderr[-2000:]
    seen = {r["name"]: r for r in map(json.loads, result.stdout.strip().splitlines())}
    assert {n: (seen[n]["valid"], seen[n]["features"], seen[n]["crs"]) for n in names} == {
        "villages": (True, 3, "EPSG:4549"), "incidents": (True, 1, "EPSG:4549"),
        "facilities": (True, 1, "EPSG:4549"), "hazard_zones": (True, 0, "EPSG:4549")}
