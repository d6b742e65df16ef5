"""Picture of the incident desk on the demo township (``make screenshot`` writes docs/incident_desk.png, and
with ``--screen`` under Xvfb the whole screen as a user sees it at the first start: docs/screenshots/).

Works on a copy of the demo store with an administrator made for the picture, so the demo itself keeps
asking for its first administrator; the window's settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from resources import RESOURCES_DIR

DEMO = RESOURCES_DIR / "demo"


def _settle(app, window, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or window.canvas.busy() or window._workers:
        app.processEvents()
        time.sleep(0.05)


def _show_a_report_with_evidence(desk) -> None:
    """Select the newest report whose sensors have readings around it (the detail shows the chart)."""
    from layers.incidents.evidence import sensor_kinds_for

    data = desk.layer.data
    chart = desk.detail.evidence.chart
    for incident_id in sorted((int(i) for i, c in zip(data.index, data["category"], strict=True)
                               if sensor_kinds_for(c)), reverse=True):
        desk.select(incident_id)
        if chart is None or chart.plots:
            return


@contextlib.contextmanager
def demo_window(lang: str, role: str | None = None, size: tuple[int, int] | None = None):
    """The window on the demo township, logged in to a copy of the demo store as its administrator (or,
    with ``role``, as a user of that role the administrator adds), shown and settled; yields
    ``(app, window)`` and closes both after. ``size``: the window's size (None: as at a first start)."""
    from PySide6 import QtCore, QtWidgets

    from console.app import create_window
    from console.i18n import install_translator
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store
    from widgets.symbols import label_font

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        QtCore.QSettings.setPath(QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope,
                                 str(folder / "settings"))
        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
        app.setOrganizationName("TownshipConsole")
        app._translator = install_translator(app, lang)
        app.setFont(label_font(9.5))
        shutil.copy2(DEMO / "qingxi.township.gpkg", folder / "store.gpkg")
        shutil.copytree(DEMO / "keys", folder / "keys")
        upgrade_store(folder / "store.gpkg")
        store = TownshipStore(folder / "store.gpkg", key_folder=folder / "keys")
        session = store.create_administrator("wang", "screenshot-only")
        if role is not None:
            session.accounts.add("lin", "screenshot-only", role, None)
            session = store.login("lin", "screenshot-only")
        window = create_window([DEMO / "qingxi.project.gpkg"])
        if size is not None:
            window.resize(*size)
        window.log_in(session)  # the desks build what the user may use
        window.show()
        try:
            yield app, window
        finally:
            window.project._mark_clean()
            emergency = window.desks.get("emergency")
            if emergency is not None and hasattr(emergency, "stop_feed"):
                emergency.stop_feed()
            window.close()
            store.engine.dispose()


def save_picture(window, out: Path, screen: bool, widget=None) -> None:
    """Save the whole screen (``screen``) or ``widget`` (default: the window) as ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    shown = window.screen()
    picture = shown.grabWindow(0) if screen and shown is not None else (widget or window).grab()
    picture.save(str(out))
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.screenshot_desk",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--settle", type=float, default=8.0, help="seconds to let the map draw")
    parser.add_argument("--screen", action="store_true",
                        help="the first start on this screen (maximized), pictured with the whole screen")
    parser.add_argument("--report", action="store_true", help="show a report with its sensor evidence")
    args = parser.parse_args(argv)
    with demo_window(args.lang, size=None if args.screen else (1600, 1000)) as (app, window):
        _settle(app, window, args.settle)
        if args.report and window.desks["incidents"].built:
            _show_a_report_with_evidence(window.desks["incidents"])
            _settle(app, window, 2.0)
        save_picture(window, args.out, args.screen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
