"""Picture of the governance dashboard on the demo township (docs/screenshots/dashboard_zh_CN.png): the office
head on a copy of the demo store, the last twelve months read, the villages coloured on the map by the share
closed on time, a village chosen in the table so its line joins the township's, the dashboard a tab of the
window's bottom row under the map, which stays in view with the coloured villages. Run under Xvfb for the whole
screen as a user sees it:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m resources.scripts.screenshot_evaluation docs/screenshots/dashboard_zh_CN.png --screen
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from resources.scripts.screenshot_desk import _settle, demo_window, save_picture


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.screenshot_evaluation",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to let the map draw")
    parser.add_argument("--screen", action="store_true", help="pictured with the whole screen")
    parser.add_argument("--tab", type=int, default=0,
                        help="the dashboard's tab shown: 0 villages this month, 1 ranking, 2 services coverage")
    args = parser.parse_args(argv)
    with demo_window(args.lang, role="office_staff", size=(1366, 768)) as (app, window):
        _settle(app, window, args.settle)
        desk = window.desks["evaluation"]
        desk.action.trigger()
        dashboard = desk.window
        end = time.monotonic() + 120
        while desk.evaluation is None and time.monotonic() < end:
            _settle(app, window, 0.2)
        print(f"coverage: {desk.evaluation.coverage_note}")
        dashboard.map_button.click()
        model = dashboard.month_model
        rows = {model.frame.iloc[r]["village_code"]: r for r in range(model.rowCount())}
        chosen = rows.get("330122112201", 0)
        dashboard.month_view.selectRow(chosen)
        dashboard.month_view.clicked.emit(model.index(chosen, 0))
        dashboard.tabs.setCurrentIndex(args.tab)
        _settle(app, window, args.settle)
        save_picture(window, args.out, args.screen, dashboard)
    return 0


if __name__ == "__main__":
    sys.exit(main())
