"""Picture of the incident desk on the demo township (``make screenshot`` writes docs/incident_desk.png).

Works on a copy of the demo store with an administrator made for the picture, so the demo itself keeps
asking for its first administrator.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

DEMO = Path(__file__).parent / "demo"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.screenshot_desk",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--settle", type=float, default=8.0, help="seconds to let the map draw")
    args = parser.parse_args(argv)
    from PySide6 import QtWidgets

    from console.app import create_window
    from console.i18n import install_translator
    from console.store_desk import StoreDesk
    from datasources.store import TownshipStore
    from widgets.symbols import label_font

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app._translator = install_translator(app, args.lang)
    app.setFont(label_font(9.5))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        shutil.copy2(DEMO / "qingxi.township.gpkg", folder / "store.gpkg")
        shutil.copytree(DEMO / "keys", folder / "keys")
        store = TownshipStore(folder / "store.gpkg", key_folder=folder / "keys")
        session = store.create_administrator("wang", "screenshot-only")
        window = create_window([DEMO / "qingxi.project.gpkg"])
        window.resize(1600, 1000)
        window.store_desk = StoreDesk(window, session)
        window.show()
        end = time.monotonic() + args.settle
        while time.monotonic() < end or window.canvas.busy():
            app.processEvents()
            time.sleep(0.05)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.project._mark_clean()
        window.close()
        store.engine.dispose()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
