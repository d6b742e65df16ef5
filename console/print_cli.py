"""``township-console print PROJECT --layout NAME --out FILE.pdf|png``: a printed map or the village atlas.

The layout is one saved with the project (the Print menu's "Print layout…" keeps it), or, when the project
has none by that name, a new one of that name; ``--page``, ``--landscape``/``--portrait``, ``--title``,
``--author``, ``--scale`` change it for this print (``--save`` keeps the changes in the project).
``--atlas`` prints one page per village instead. Bad input ends with one sentence and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_commands(sub) -> None:
    p = sub.add_parser("print", help="print a layout of a project (or the village atlas) to PDF or PNG")
    p.add_argument("project", type=Path, help="the project file (.gpkg)")
    p.add_argument("--layout", default=None, help="the name of the layout (default: the project's first, "
                                                  "else a new one called 'map')")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.png (300 dpi)")
    p.add_argument("--atlas", action="store_true", help="one page per village, with its figures")
    p.add_argument("--villages", help="with --atlas: only these village codes, comma-separated")
    p.add_argument("--page", choices=["A4", "A3"], help="page size")
    turn = p.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_const", const="landscape", dest="orientation")
    turn.add_argument("--portrait", action="store_const", const="portrait", dest="orientation")
    p.add_argument("--title")
    p.add_argument("--author")
    p.add_argument("--date", help="the date printed (default: today)")
    p.add_argument("--scale", help="the stated scale, 25000 or 1:25000 (default: fit the map)")
    p.add_argument("--bbox", help="minx,miny,maxx,maxy in the project CRS the map shows")
    p.add_argument("--dpi", type=int, help="resolution (default 300)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the page's words (default: system)")
    p.add_argument("--save", action="store_true", help="keep the layout (with these changes) in the project")
    p.add_argument("--store", help="the township store whose residents' reports the atlas counts per village "
                                   "(.gpkg or postgresql+psycopg://...; password from TOWNSHIP_PASSWORD or stdin)")
    p.add_argument("--user", help="who logs in to --store")
    p.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")


def _scale(text: str | None) -> float | None:
    if text is None:
        return None
    value = text.replace(",", "").strip()
    if value.startswith("1:"):
        value = value[2:]
    try:
        number = float(value)
    except ValueError as exc:
        raise ValueError(f"--scale must look like 25000 or 1:25000, not {text!r}") from exc
    if not number >= 1:
        raise ValueError(f"--scale must be at least 1, not {text!r}")
    return number


def _bbox(text: str | None):
    if text is None:
        return None
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError as exc:
        raise ValueError(f"--bbox must be minx,miny,maxx,maxy, not {text!r}") from exc
    if len(values) != 4 or values[0] >= values[2] or values[1] >= values[3]:
        raise ValueError(f"--bbox must be minx,miny,maxx,maxy with min < max, not {text!r}")
    return values


def chosen_layout(project, args):
    """The layout to print: the project's by name (or its first, or a new one), with the arguments' changes."""
    from layers.print_layout import PrintLayout, find_layout, layouts_of

    if args.layout:
        layout = find_layout(project.settings, args.layout)
        if layout is None:
            names = [lay.name for lay in layouts_of(project.settings)]
            if names and not args.save:
                raise ValueError(f"the project has no layout called {args.layout!r} "
                                 f"(it has: {', '.join(names)}); add --save to make it")
            layout = PrintLayout(name=args.layout)
    else:
        kept = layouts_of(project.settings)
        layout = kept[0] if kept else PrintLayout(name="map")
    changes = {key: value for key, value in (
        ("page", args.page), ("orientation", args.orientation), ("title", args.title), ("author", args.author),
        ("date", args.date), ("scale", _scale(args.scale)), ("extent", _bbox(args.bbox)), ("dpi", args.dpi))
        if value is not None}
    return layout.replace(**changes) if changes else layout


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".png"):
        raise ValueError(f"--out {out.name}: a print must end in .pdf or .png")
    if not out.parent.is_dir():
        raise ValueError(f"--out: the folder {out.parent} does not exist")
    from layers.project import is_project_file

    if not args.project.exists():
        raise ValueError(f"{args.project}: no such project file")
    if not is_project_file(args.project):
        raise ValueError(f"{args.project.name} is not a township project (.gpkg saved by the console)")
    _scale(args.scale), _bbox(args.bbox)  # refuse bad values before the project is read
    if args.villages and not args.atlas:
        raise ValueError("--villages chooses the pages of --atlas; add --atlas")
    if args.store and not args.atlas:
        raise ValueError("--store counts the reports of each village for --atlas; add --atlas")
    if args.store and not args.user:
        raise ValueError("--store needs --user: the store shows each user what their role may see")
    from console.headless import ensure_app

    app = ensure_app()
    from console.i18n import install_translator
    from layers.print_layout import keep_layout
    from layers.project import Project

    install_translator(app, args.lang)
    from widgets.symbols import has_cjk_font

    if not has_cjk_font():
        print("township-console: warning: no Chinese font is installed, Chinese text will print as boxes "
              "(install fonts-wqy-microhei)", file=sys.stderr)
    project = Project.load(args.project)
    layout = chosen_layout(project, args)
    from widgets.printing.export import write_atlas, write_layout

    if args.atlas:
        incidents = _incidents(args) if args.store else None
        printed = write_atlas(project, out, layout if args.layout else None, incidents=incidents,
                              villages=args.villages.split(",") if args.villages else None)
    else:
        printed = write_layout(project, layout, out)
    if args.save:
        keep_layout(project, layout)
        project.save()
    scales = sorted(set(printed.scales))
    shown = ", ".join(f"1:{s:,.0f}" for s in scales[:3]) + (" ..." if len(scales) > 3 else "")
    print(f"wrote {', '.join(str(f) for f in printed.files[:3])}"
          f"{' ...' if len(printed.files) > 3 else ''} ({printed.pages} page(s), scale {shown})")
    return 0


def _incidents(args):
    """The residents' reports the user may see, read from the store (their village codes are counted)."""
    import os

    from datasources.store import TownshipStore

    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = sys.stdin.readline().rstrip("\n")
    session = TownshipStore(args.store, key_folder=args.key_dir).login(args.user, password)
    return session.features.read("incidents")


if __name__ == "__main__":  # pragma: no cover
    from console.cli import main

    sys.exit(main(["print", *sys.argv[1:]]))
