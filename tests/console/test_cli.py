"""The headless commands: info and render, and their errors (no traceback, exit status 2)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


def run_cli(*args, timeout=240):
    return subprocess.run([sys.executable, "-m", "console", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_info_on_demo_township_lists_every_layer(demo_township):
    result = run_cli("info", "--json", demo_township)
    assert result.returncode == 0, result.stderr
    reports = {r["layer"]: r for r in json.loads(result.stdout)}
    assert {"villages", "households", "facilities", "incidents"} <= set(reports)
    assert reports["households"]["features"] >= 20_000
    assert reports["villages"]["crs"] == "EPSG:4549"
    assert reports["villages"]["crs_assumed"] is False


def test_info_text_names_crs_encoding_and_problems(real_data):
    shp = real_data / "cn_gcj02_noprj" / "海南省.shp"
    result = run_cli("info", shp)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "assumed" in out  # no .prj: the CRS was inferred
    assert "guessed" in out  # no .cpg: the encoding was detected
    assert "features" in out


def test_info_lists_fields_with_types_and_the_first_rows(tmp_path):
    """As ogrinfo does: the fields and their types, then the first rows, so undecoded names show at once."""
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import Point

    frame = gpd.GeoDataFrame({"村名": ["上塘村", "石桥村", "柳溪村"], "户数": [312, 128, 251],
                              "面积": [2.5, 1.25, 3.0]},
                             geometry=[Point(119.5, 30.0), Point(119.6, 30.05), Point(119.55, 30.1)])
    path = tmp_path / "村庄.shp"
    with pytest.warns(UserWarning):  # no CRS: as township offices receive them
        pyogrio.write_dataframe(frame, path, encoding="GBK")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    result = run_cli("info", path, "--rows", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  fields      3" in lines
    types = {line.split()[0]: line.split()[1] for line in lines[lines.index("  fields      3") + 1:][:3]}
    assert types == {"村名": "String", "户数": "Integer64", "面积": "Real"} or \
        types == {"村名": "String", "户数": "Integer", "面积": "Real"}
    assert "    村名 = 上塘村" in lines and "    村名 = 石桥村" in lines  # decoded, not mojibake
    assert "  row 1" in lines and "  row 2" not in lines
    assert any(line.startswith("    geometry = POINT (119.5 30") for line in lines)

    report = json.loads(run_cli("info", "--json", path).stdout)[0]
    assert [f["name"] for f in report["fields"]] == ["村名", "户数", "面积"]
    assert len(report["rows"]) == 3 and report["rows"][0]["村名"] == "上塘村"
    assert report["rows"][0]["户数"] == 312 and report["rows"][2]["面积"] == 3.0
    assert run_cli("info", "--json", "--rows", "0", path).stdout.count('"rows": []') == 1


def test_info_on_the_demo_project_lists_its_dem_table(demo_project):
    result = run_cli("info", "--json", "--rows", "0", demo_project)
    assert result.returncode == 0, result.stderr
    rasters = [r for r in json.loads(result.stdout) if r["kind"] == "raster"]
    assert len(rasters) == 1 and rasters[0]["driver"] == "GPKG" and rasters[0]["crs"] == "EPSG:4549"
    assert rasters[0]["dtypes"] == ["float32"] and rasters[0]["nodata"] == -9999.0


def test_info_on_broken_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "villages.geojson"
    bad.write_bytes(b'{"type": "FeatureCollection", "features": [{"type": "Feat')
    result = run_cli("info", bad)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "villages.geojson" in result.stderr


def test_info_on_missing_file(tmp_path):
    result = run_cli("info", tmp_path / "nothing.shp")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_render_draws_the_demo_township(qapp, demo_township, tmp_path):
    from PySide6 import QtGui

    out = tmp_path / "map.png"
    result = run_cli("render", demo_township, "--out", out, "--size", "800x500")
    assert result.returncode == 0, result.stderr
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(500, stride)[:, : 800 * 3]
    pixels = pixels.reshape(500, 800, 3).copy()
    colours = np.unique(pixels.reshape(-1, 3)[::97], axis=0)
    assert len(colours) > 50  # a real map, not a blank or one-colour canvas


def test_render_rejects_a_bad_bbox(demo_township, tmp_path):
    result = run_cli("render", demo_township, "--out", tmp_path / "x.png", "--bbox", "5,5,1,1")
    assert result.returncode == 2
    assert "bbox" in result.stderr


@pytest.mark.parametrize("size", ["big", "100"])
def test_render_rejects_a_bad_size(demo_township, tmp_path, size):
    result = run_cli("render", demo_township, "--out", tmp_path / "x.png", "--size", size)
    assert result.returncode == 2
    assert "--size" in result.stderr
