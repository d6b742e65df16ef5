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
