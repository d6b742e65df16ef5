"""The printing desk in the real window on the demo township, driven through its menu: Print layout… opens
the dialog with a preview, keeps the layout with the project (saved and read back) and exports a PDF as a
task; Village atlas… prints its pages as a task, and a cancelled atlas writes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6 import QtWidgets

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402
from layers.print_layout import find_layout, layouts_of  # noqa: E402
from layers.project import Project  # noqa: E402
from widgets.message_bar import MessageLevel  # noqa: E402

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "qingxi.project.gpkg"


@pytest.fixture
def window(qtbot, tmp_path):
    if not DEMO.exists():
        pytest.skip("the demo township is not built (make demo)")
    project = tmp_path / "qingxi.gpkg"
    shutil.copy(DEMO, project)
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=60_000)


def _print_menu(window) -> QtWidgets.QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == "&Print")


def test_print_layout_from_the_menu_keeps_previews_and_exports(window, qtbot, tmp_path):
    from pypdf import PdfReader

    desk = window.desks["printing"]
    actions = _print_menu(window).actions()
    assert [a.text() for a in actions] == ["Print layout…", "Village atlas…"]
    actions[0].trigger()
    dialog = desk.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("county A3")
    dialog.page.setCurrentText("A3")
    dialog.title.setText("青溪镇 防汛形势图")
    dialog.author.setText("镇应急办")
    dialog.scale.setText("1:40000")
    small = dialog.update_preview()
    assert small is not None and small.width() > small.height()  # landscape
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.scale.setText("forty thousand")
    assert dialog.update_preview() is None and "1:25000" in dialog.problem.text()
    dialog.scale.setText("1:40000")
    assert dialog.chosen_layout().extent is None  # every layer
    window.canvas.zoom_to_extent((458000.0, 3317000.0, 462000.0, 3320000.0))
    dialog.use_view.setChecked(True)  # what the map window shows
    shown = window.canvas.current_view().bbox
    assert dialog.chosen_layout().extent == pytest.approx(shown)
    dialog.use_view.setChecked(False)

    dialog.save_button.click()  # kept with the project, and saved in its file
    assert find_layout(window.project.settings, "county A3").scale == 40_000
    window.project.save()
    assert [lay.name for lay in layouts_of(Project.load(window.project.path).settings)] == ["county A3"]

    out = tmp_path / "county.pdf"
    dialog.ask_path = lambda suffix: str(out)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: desk.last is not None, timeout=120_000)
    assert desk.last.files == [out] and desk.last.scales == [40_000]
    page = PdfReader(str(out)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (1191, 842)
    text = page.extract_text().replace("\t", " ")
    assert "青溪镇 防汛形势图" in text and "镇应急办" in text
    level, text = window.message_bar.history[-1][:2]
    assert level == MessageLevel.SUCCESS and str(out) in text


def test_village_atlas_runs_as_a_task_and_a_cancel_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    desk = window.desks["printing"]
    out = tmp_path / "atlas.pdf"
    monkeypatch.setattr(desk, "ask_atlas_path", lambda: str(out))
    _print_menu(window).actions()[1].trigger()
    task = window.tasks.tasks[-1]  # listed in the status bar, with its cancel button
    task.cancel()
    qtbot.waitUntil(lambda: not window._workers and not window.tasks.tasks, timeout=120_000)
    assert not out.exists() and desk.last is None
    assert not list(tmp_path.glob("atlas*"))  # no half-written file beside it either

    monkeypatch.setattr(desk, "ask_atlas_path", lambda: str(tmp_path / "atlas.png"))
    # two villages are enough to see the pages come from the task (the whole atlas is the benchmark's)
    from widgets.printing import export

    real = export.write_atlas
    monkeypatch.setattr(export, "write_atlas", lambda *a, **k: real(*a, villages=["330122112201",
                                                                                  "330122112205"], **k))
    desk.print_atlas()
    qtbot.waitUntil(lambda: desk.last is not None, timeout=120_000)
    assert [f.name for f in desk.last.files] == ["atlas-330122112201.png", "atlas-330122112205.png"]
