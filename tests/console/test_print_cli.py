"""``township-console print``: a PNG page of a layout saved with --save and printed again by its name, the atlas
of chosen villages; bad input ends with one sentence on stderr and exit status 2, writing nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtGui

from layers.print_layout import PrintLayout, find_layout, keep_layout
from layers.project import Project

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "qingxi.project.gpkg"


def _main(capsys, *args) -> tuple[int, str, str]:
    """The command in this process (the suite's own QApplication), English words: (status, out, err)."""
    from console.cli import main

    status = main(["print", *map(str, args), *([] if "--lang" in args else ["--lang", "en"])])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "print", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                                           "HOME": str(Path.home()), "LANG": "C.UTF-8"},
                          timeout=600)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    if not DEMO.exists():
        pytest.skip("the demo township is not built (make demo)")
    path = tmp_path_factory.mktemp("cli") / "qingxi.gpkg"
    shutil.copy(DEMO, path)
    kept = Project.load(path)
    keep_layout(kept, PrintLayout(name="wall map", page="A3"))
    kept.save()
    return path


def test_a_layout_is_saved_and_printed_again_by_name(project, tmp_path, capsys):
    first = tmp_path / "notice.png"
    done = _run(project, "--layout", "notice", "--page", "A4", "--portrait", "--title", "青溪镇公示图",
                "--scale", "1:60000", "--dpi", "100", "--save", "--out", first)
    assert done.returncode == 0, done.stderr
    assert "1:60,000" in done.stdout
    kept = find_layout(Project.load(project).settings, "notice")
    assert (kept.page, kept.orientation, kept.title, kept.scale, kept.dpi) == ("A4", "portrait", "青溪镇公示图",
                                                                               60_000, 100)
    image = QtGui.QImage(str(first))
    assert (image.width(), image.height()) == (round(210 / 25.4 * 100), round(297 / 25.4 * 100))
    status, _, err = _main(capsys, project, "--layout", "notice", "--out", tmp_path / "again.png")
    assert status == 0, err
    assert QtGui.QImage(str(tmp_path / "again.png")).size() == image.size()


def test_the_atlas_of_chosen_villages(project, tmp_path, capsys):
    status, out, err = _main(capsys, project, "--atlas", "--villages", "330122112202", "--dpi", "100",
                             "--out", tmp_path / "a.pdf")
    assert status == 0, err
    assert "1 page(s)" in out and (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("args, words", [
    (["--out", "{tmp}/x.svg"], "must end in .pdf or .png"),
    (["--out", "{tmp}/nowhere/x.pdf"], "does not exist"),
    (["--scale", "big", "--out", "{tmp}/x.pdf"], "--scale must look like"),
    (["--bbox", "5,5,1,1", "--out", "{tmp}/x.pdf"], "min < max"),
    (["--layout", "missing", "--out", "{tmp}/x.pdf"], "no layout called 'missing'"),
    (["--villages", "1", "--out", "{tmp}/x.pdf"], "add --atlas"),
    (["--atlas", "--villages", "999", "--out", "{tmp}/x.pdf"], "no village coded 999"),
    (["--atlas", "--store", "{tmp}/s.gpkg", "--out", "{tmp}/x.pdf"], "--store needs --user"),
])
def test_bad_input_is_one_sentence_and_status_2(project, tmp_path, capsys, args, words):
    status, out, err = _main(capsys, project, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert status == 2, out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and lines[0].startswith("township-console: "), err
    assert not list(tmp_path.glob("x*"))


def test_the_real_command_exits_2_with_one_sentence(project, tmp_path):
    done = _run(project, "--scale", "big", "--out", tmp_path / "x.pdf")
    assert done.returncode == 2 and done.stderr.strip() == \
        "township-console: --scale must look like 25000 or 1:25000, not 'big'"


def test_files_that_are_not_projects_are_refused(tmp_path, capsys):
    status, _, err = _main(capsys, tmp_path / "none.gpkg", "--out", tmp_path / "x.pdf")
    assert status == 2 and "no such project file" in err
    other = tmp_path / "roads.geojson"
    other.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    status, _, err = _main(capsys, other, "--out", tmp_path / "x.pdf")
    assert status == 2 and "is not a township project" in err
