"""``township-console db ...``, ``audit verify`` and ``users create-admin``: the store from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path


def add_store_commands(sub) -> None:
    db = sub.add_parser("db", help="create, upgrade, check, back up or restore a township store")
    dbs = db.add_subparsers(dest="db_command", required=True)
    init = dbs.add_parser("init", help="create an empty store (a .gpkg path or a postgresql URL)")
    init.add_argument("store")
    init.add_argument("--srid", type=int, default=4549, help="EPSG code of the store (default 4549)")
    dbs.add_parser("upgrade", help="bring a store to the current schema").add_argument("store")
    check = dbs.add_parser("check", help="schema revision, integrity, row counts and checksums")
    check.add_argument("store")
    backup = dbs.add_parser("backup", help="write a consistent copy of the store")
    backup.add_argument("store")
    backup.add_argument("out", type=Path)
    restore = dbs.add_parser("restore", help="replace the store with a backup (data only, checked; the "
                                             "replaced store is kept beside it)")
    restore.add_argument("backup", type=Path)
    restore.add_argument("store")
    restore.add_argument("--anchor", help="SEQ:HASH printed by 'db backup': the backup's audit chain "
                                          "must still hold it")
    grant = dbs.add_parser("grant-role", help="PostgreSQL: let a login role use the store "
                                              "(it can append audit records, never change them)")
    grant.add_argument("store")
    grant.add_argument("role")

    audit = sub.add_parser("audit", help="check the audit trail")
    audits = audit.add_subparsers(dest="audit_command", required=True)
    verify = audits.add_parser("verify", help="find changed, inserted or deleted audit records")
    verify.add_argument("store")
    verify.add_argument("--anchor", help="SEQ:HASH printed earlier by 'audit anchor' or 'db backup': "
                                         "also catches a rewrite of the whole chain")
    audits.add_parser("anchor", help="print the chain's last SEQ:HASH to keep outside the store"
                      ).add_argument("store")

    users = sub.add_parser("users", help="accounts")
    userss = users.add_subparsers(dest="users_command", required=True)
    admin = userss.add_parser("create-admin", help="create the first administrator of a new store "
                                                   "(password from TOWNSHIP_PASSWORD or asked)")
    admin.add_argument("store")
    admin.add_argument("--username", default="admin")


def run_store_command(args: argparse.Namespace) -> int:
    """Run a store command; a PostgreSQL login refused or unreachable is one sentence, not a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from datasources.atomic import remove_leftovers
    from datasources.store.login_target import database_error, target_without_password

    remove_leftovers()  # a backup killed half-way left its private folder behind
    if hasattr(args, "store"):
        args.store = target_without_password(args.store)
    try:
        return _run(args)
    except SQLAlchemyError as exc:
        raise database_error(exc) from exc


def _run(args: argparse.Namespace) -> int:
    from datasources.store import admin

    if args.command == "db":
        command = args.db_command
        if command == "init":
            admin.init_store(args.store, srid=args.srid)
            print(f"created a township store at {_shown(args.store)} (EPSG:{args.srid})")
        elif command == "upgrade":
            print(f"the store is at revision {admin.upgrade_store(args.store)}")
        elif command == "backup":
            print(f"wrote {admin.backup_store(args.store, args.out)}")
            print(f"audit anchor {_anchor(args.store)} (keep it with the backup; "
                  f"'audit verify --anchor' checks it)")
        elif command == "restore":
            kept = admin.restore_store(args.backup, args.store, anchor=args.anchor)
            print(f"restored {_shown(args.store)} from {args.backup}")
            if kept is not None:
                print(f"the replaced store is kept as {kept.name}; the restore is in the audit trail")
        elif command == "grant-role":
            admin.grant_console_role(_engine(args.store), args.role)
            print(f"{args.role} may now use the store; audit records stay append-only")
        else:
            return _check(args.store)
        return 0
    if args.command == "audit":
        if args.audit_command == "anchor":
            print(_anchor(args.store))
            return 0
        return _verify(args.store, args.anchor)
    return _create_admin(args.store, args.username)


def _engine(target):
    from datasources.store.engine import open_engine

    return open_engine(target)


def _check(target) -> int:
    from datasources.store import admin

    engine = _engine(target)
    print(f"revision    {admin.current_revision(engine)} (current {admin.head_revision()})")
    problems = admin.integrity_problems(engine)
    print(f"integrity   {'ok' if not problems else '; '.join(problems)}")
    for table, (count, digest) in admin.table_checksums(engine).items():
        print(f"{table:<22}{count:>9}  {digest[:16]}")
    return 1 if problems else 0


def _anchor(target) -> str:
    from sqlalchemy.orm import Session

    from datasources.store import audit

    with Session(_engine(target)) as session:
        return audit.anchor(session)


def _verify(target, expected_anchor: str | None = None) -> int:
    from sqlalchemy.orm import Session

    from datasources.store import audit

    engine = _engine(target)
    with Session(engine) as session:
        problems = audit.verify(session, expected_anchor)
        count = session.query(audit.AuditEvent).count()
    if problems:
        for problem in problems:
            print(f"BROKEN  {problem}")
        print(f"the audit trail of {count} records has {len(problems)} problem(s)")
        return 1
    print(f"the audit trail is intact: {count} records, every link checked")
    return 0


def _create_admin(target, username: str) -> int:
    from datasources.store import TownshipStore

    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass(f"password for {username}: ")
            if getpass.getpass("again: ") != password:
                print("township-console: the passwords differ", file=sys.stderr)
                return 2
    TownshipStore(target).create_administrator(username, password)
    print(f"created the administrator {username}")
    return 0


def _shown(target) -> str:
    """The store's name with any password hidden."""
    from sqlalchemy.engine import make_url

    text = str(target)
    return make_url(text).render_as_string(hide_password=True) if "://" in text else text
