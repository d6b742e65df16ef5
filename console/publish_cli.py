"""Headless publishing: ``publish`` writes the disclosure web map of a project, ``publications`` lists and
decides them in the store.

``township-console publish PROJECT --layers villages,facilities --out DIR [--fields villages:name_zh,population]
[--title T] [--db STORE --user NAME]`` writes ``DIR/index.html`` with Leaflet beside it; with a store it also
reads the store's kinds the project lacks (incidents for their statistics) and records the publication as a
draft for the office head to approve. ``township-console publications list|approve ID|reject ID --note N
--db STORE --user NAME``. Bad input ends with one sentence and a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_commands(sub) -> None:
    """Add ``publish`` and ``publications`` to the command line."""
    p = sub.add_parser("publish", help="write a disclosure web map residents open offline")
    p.add_argument("project", type=Path, help="the project GeoPackage")
    p.add_argument("--layers", required=True, help="layers to publish, comma-separated (table names; "
                                                   "incident_stats and environment_today are made for you)")
    p.add_argument("--fields", nargs="+", default=[], metavar="LAYER:F1,F2",
                   help="fields to publish of a layer (default: its public fields)")
    p.add_argument("--out", required=True, type=Path, help="the folder to write (new, or a published map's)")
    p.add_argument("--title", help="the page's title (default: the project's title)")
    _store_arguments(p, required=False)
    q = sub.add_parser("publications", help="list, approve or reject the publications in the store")
    q.add_argument("action", choices=("list", "approve", "reject"))
    q.add_argument("id", nargs="?", type=int, help="the publication to approve or reject")
    q.add_argument("--note", default="", help="why (required to reject)")
    _store_arguments(q, required=True)


def _store_arguments(parser, required: bool) -> None:
    parser.add_argument("--db", required=required, help="the township store (.gpkg or postgresql URL)")
    parser.add_argument("--user", help="the user name to log in with (password from TOWNSHIP_PASSWORD or "
                                       "standard input)")
    parser.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")


def parse_fields(items: list[str], layers: list[str]) -> dict[str, list[str]]:
    """``LAYER:F1,F2`` items as layer -> fields; raises ValueError with one sentence."""
    out: dict[str, list[str]] = {}
    for item in items:
        layer, sep, names = item.partition(":")
        fields = [f.strip() for f in names.split(",") if f.strip()]
        if not sep or not fields:
            raise ValueError(f"--fields {item!r}: expected LAYER:FIELD1,FIELD2")
        if layer not in layers:
            raise ValueError(f"--fields {item!r}: {layer!r} is not among --layers")
        out[layer] = fields
    return out


def run(args: argparse.Namespace) -> int:
    if args.command == "publications":
        return _publications(args)
    return _publish(args)


def _publish(args) -> int:
    from datasources.errors import Cancelled
    from layers.project import Project
    from layers.publishing.catalog import available
    from layers.publishing.sources import source_for
    from layers.publishing.webmap import publish

    layers = [n.strip() for n in args.layers.split(",") if n.strip()]
    if not layers:
        raise ValueError("--layers: name at least one layer")
    fields = parse_fields(args.fields, layers)
    out = Path(args.out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "index.html").exists())):
        raise ValueError(f"--out {out}: it exists and is not a published map's folder; name a new folder")
    if not Path(args.project).is_file():
        raise ValueError(f"{args.project}: no such project file")
    if args.db and not args.user:
        raise ValueError("--db needs --user: a publication is recorded in someone's name")
    session = _login(args) if args.db else None
    if session is not None and not session.publications.may_publish():
        raise ValueError(f"{session.username} ({session.caller.role}) may not publish; office staff, "
                         "planners and the administrator draft publications")
    project = Project.load(args.project)
    source = source_for(project, session)
    offered = {spec.name for spec in available(source)}
    for name in layers:
        if name not in offered:
            raise ValueError(f"the project has no layer {name!r} to publish; it has "
                             f"{', '.join(sorted(offered))}")
    choice = {name: fields.get(name) for name in layers}
    title = args.title or source.title or Path(args.project).stem
    try:
        result = publish(source, choice, out, title)
    except Cancelled:
        return 130
    for name, entry in result.layers.items():
        print(f"{name}: {entry['features']} features, fields {', '.join(entry['fields']) or '-'}")
    print(f"wrote {result.page} ({result.size / 1e6:.2f} MB, sha256 {result.content_hash[:16]})")
    if session is not None:
        pub = session.publications.draft(title, result.layers, result.content_hash, result.size, str(out))
        diff = session.publications.changes(pub)
        from datasources.store.publications import describe_changes

        print(f"publication #{pub} recorded as a draft; an administrator approves it "
              f"(township-console publications approve {pub})")
        for line in describe_changes(diff):
            print(f"  {line}")
    return 0


def _publications(args) -> int:
    from datasources.store.publications import describe_changes

    if not args.user:
        raise ValueError("publications needs --user")
    session = _login(args)
    if args.action == "list":
        frame = session.publications.history()
        for pub_id, row in frame.iterrows():
            decided = f" by {row['decided_by']}" if row["decided_by"] else ""
            print(f"#{pub_id} {row['drafted_at']:%Y-%m-%d %H:%M} {row['status']}{decided}: {row['title']} "
                  f"(drafted by {row['drafted_by']}; layers {', '.join(row['layers'])})")
        return 0
    if args.id is None:
        raise ValueError(f"publications {args.action} needs the publication's number")
    current = session.publications.get(args.id)
    if args.action == "approve":
        session.publications.approve(args.id, current["version"], args.note)
    else:
        session.publications.reject(args.id, current["version"], args.note)
    print(f"publication #{args.id} {args.action}d")
    for line in describe_changes(session.publications.changes(args.id)):
        print(f"  {line}")
    return 0


def _login(args):
    from datasources.store import TownshipStore

    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = sys.stdin.readline().rstrip("\n")
    return TownshipStore(args.db, key_folder=args.key_dir).login(args.user, password)


__all__ = ["add_commands", "parse_fields", "run"]
