"""Picture of the planning desk on the demo township (docs/screenshots/planning_zh_CN.png): a planner on a
copy of the demo store with two towers and a camera placed, the coverage of all planned sites over the
terrain and the households covered per village. Run under Xvfb for the whole screen as a user sees it:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m resources.scripts.screenshot_planning docs/screenshots/planning_zh_CN.png --screen
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resources.scripts.screenshot_desk import _settle, demo_window, save_picture

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
    with demo_window(args.lang, role="planner", size=None if args.screen else (1366, 768)) as (app, window):
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
        save_picture(window, args.out, args.screen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
