"""``township-console logins watch STORE --log FILE|FOLDER``: count passwords tried at the database server
directly (``psql`` and any other program) as the console's failed logins are counted.

Run it on the database server, as a user who may read the server's log, with the store's owner login or a
login in the group ``<database>_login_watch`` (password from ``PGPASSFILE``/``PGPASSWORD`` or asked; never
on the command line). It follows the log and tells the store each ``password authentication failed`` of one
of the store's logins: five lock the account for 15 minutes, and each is in the audit trail with the client's
address. ``--once`` looks once and stops (for a timer); ``--state`` keeps the position between runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_commands(sub) -> None:
    """Add ``logins watch`` to the command line."""
    logins = sub.add_parser("logins", help="failed database logins tried outside the console")
    logins_sub = logins.add_subparsers(dest="logins_command", required=True)
    watch = logins_sub.add_parser("watch", help="follow the PostgreSQL server's log and count each failed "
                                                "password of the store's logins towards the lockout")
    watch.add_argument("store", help="postgresql+psycopg://OWNER-OR-WATCHER@host/database (no password)")
    watch.add_argument("--log", required=True, type=Path,
                       help="the server's log file, or its log folder (log_directory; the newest file)")
    watch.add_argument("--format", choices=("csvlog", "jsonlog", "stderr"),
                       help="the log's format (default: from the file name; csvlog for a folder)")
    watch.add_argument("--state", type=Path, help="file that keeps the position in the log between runs")
    watch.add_argument("--from-start", action="store_true",
                       help="read the log from its beginning (default: from its end, or the kept position)")
    watch.add_argument("--once", action="store_true", help="look once and stop")
    watch.add_argument("--interval", type=float, default=1.0, help="seconds between looks (default 1)")


def run(args: argparse.Namespace) -> int:
    """Run ``logins watch``; returns the exit status."""
    from datasources.errors import QT_TRANSLATE_NOOP, StoreError
    from datasources.store.login_target import target_without_password
    from datasources.store.login_watch import LogFollower, LoginWatch

    url = target_without_password(args.store)
    if "://" not in url or not url.startswith("postgresql"):
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "a GeoPackage store has no database logins to watch"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give the PostgreSQL store's URL."))
    if not args.log.exists():
        print(f"township-console: the log {args.log} does not exist: give the server's log file or "
              "log folder", file=sys.stderr)
        return 2
    follower = LogFollower(args.log, kind=args.format, state=args.state, from_start=args.from_start)
    watch = LoginWatch(url, follower)
    try:
        for note in watch.advice():
            print(f"township-console: {note}", file=sys.stderr)

        def show(told: list) -> None:
            for user, client, outcome in told:
                print(f"{user} from {client}: {outcome}", flush=True)

        if args.once:
            show(watch.once())
            return 0
        print(f"watching {args.log} for failed logins of {watch.database}", file=sys.stderr, flush=True)
        watch.run(args.interval, told=show)
        return 0
    finally:
        watch.close()
