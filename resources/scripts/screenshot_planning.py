"""Picture of the planning desk on the demo township (docs/screenshots/planning_zh_CN.png): a planner on a
copy of the demo store with two towers and a camera placed, the coverage of all planned sites over the
terrain and the households covered per village. Run under Xvfb for the whole screen as a user sees it:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m resources.scripts.screenshot_planning docs/screenshots/planning_zh_CN.png --screen
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from resources import RESOURCES_DIR
from resources.scripts.screenshot_desk import _settle

DEMO = RESOURCES_DIR / "demo"
SITES = (  # (kind, name, height, status, x, y)
    ("tower", "青溪山基站", 35.0, "built", 461582.0, 3319568.0),
    ("tower", "梅田岭基站", 30.0, "draft", 458500.0, 3322500.0),
    ("camera", "松坞路口监控", 6.0, "approved", 463200.0, 3318200.0),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.screenshot_planning",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--settle", type=float, default=4.0, help="seconds to let the map draw")
    parser.add_argument("--screen", action="store_true", help="maximized, pictured with the whole screen")
    parser.add_argument("--gap", action="store_true", help="show the gap map per village too")
    parser.add_argument("--hex", action="store_true", help="show the hexagon gap map too")
    args = parser.parse_args(argv)
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
        app._translator = install_translator(app, args.lang)
        app.setFont(label_font(9.5))
        shutil.copy2(DEMO / "qingxi.township.gpkg", folder / "store.gpkg")
        shutil.copytree(DEMO / "keys", folder / "keys")
        upgrade_store(folder / "store.gpkg")
        store = TownshipStore(folder / "store.gpkg", key_folder=folder / "keys")
        admin = store.create_administrator("wang", "screenshot-only")
        admin.accounts.add("lin", "screenshot-only", "planner", None)
        window = create_window([DEMO / "qingxi.project.gpkg"])
        if not args.screen:
            window.resize(1366, 768)
        window.log_in(store.login("lin", "screenshot-only"))
        window.show()
        _settle(app, window, args.settle)
        desk = window.desks["planning"]
        for kind, name, height, status, x, y in SITES:
            point = desk.edits.to_store(x, y)
            desk.edits.add_site_at(x, y, {"kind": kind, "name": name, "height_m": height, "status": status,
                                          "village_code": desk.village_at(point)})
        desk.layer.selection = []
        for layer in window.project.layers:  # the planner's picture: reports and live values hidden
            if getattr(layer, "store_kind", None) in ("incidents", "live_sensors"):
                layer.visible = False
        desk.coverage_action.trigger()
        while desk.coverage is None and desk.task is not None and desk.task.is_running():
            _settle(app, window, 0.2)
        if args.gap:
            desk.gap_action.trigger()
        if args.hex:
            desk.hex_action.trigger()
        _settle(app, window, args.settle)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        screen = window.screen()
        picture = screen.grabWindow(0) if args.screen and screen is not None else window.grab()
        picture.save(str(args.out))
        window.project._mark_clean()
        emergency = window.desks.get("emergency")
        if emergency is not None and hasattr(emergency, "stop_feed"):
            emergency.stop_feed()
        window.close()
        store.engine.dispose()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
