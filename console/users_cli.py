"""``township-console users add|disable|enable|set-role|set-password``: onboarding from the command line, on both store kinds.

Each change is made through the store's accounts service, so it is checked and audited as in the window; on a
shared PostgreSQL store the server creates or alters the user's login role. Who makes the change: an
administrator named with ``--admin`` (their password from ``TOWNSHIP_PASSWORD`` or asked), else whoever holds
the store (the GeoPackage file's owner, the PostgreSQL store's owner; audited as ``system:users``). A new
password comes from ``TOWNSHIP_NEW_PASSWORD`` or is asked twice; it is never an argument.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

COMMANDS = ("add", "disable", "enable", "set-role", "set-password")


def add_user_commands(sub) -> None:
    """Add the commands to the ``users`` parser (made with ``users create-admin``)."""
    users = sub.choices["users"]
    userss = next(a for a in users._actions if isinstance(a, argparse._SubParsersAction))
    add = userss.add_parser("add", help="add an account (password from TOWNSHIP_NEW_PASSWORD or asked)")
    add.add_argument("store")
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, help="administrator, office_staff, planner, emergency_desk, "
                                                   "viewer or village_officer")
    add.add_argument("--village", help="the village code that limits the account (a village officer's)")
    add.add_argument("--display-name")
    for name, text in (("disable", "disable an account (it can no longer log in)"),
                       ("enable", "enable a disabled account")):
        cmd = userss.add_parser(name, help=text)
        cmd.add_argument("store")
        cmd.add_argument("username")
    reset = userss.add_parser("set-password", help="give an account a new password (from "
                                                   "TOWNSHIP_NEW_PASSWORD or asked)")
    reset.add_argument("store")
    reset.add_argument("username")
    role = userss.add_parser("set-role", help="give an account another role and village")
    role.add_argument("store")
    role.add_argument("username")
    role.add_argument("--role", required=True)
    role.add_argument("--village")
    for cmd in (add, *(userss.choices[n] for n in ("disable", "enable", "set-role", "set-password"))):
        cmd.add_argument("--admin", help="log in as this administrator (password from TOWNSHIP_PASSWORD or "
                                         "asked); default: act as the store's owner")
        cmd.add_argument("--key-dir", help=argparse.SUPPRESS)


def run_user_command(args: argparse.Namespace) -> int:
    session = _session(args)
    command = args.users_command
    if command == "add":
        password = _new_password(args.username)
        if password is None:
            return 2
        session.accounts.add(args.username, password, args.role, args.village, args.display_name)
        print(f"added {args.username} ({args.role}{', ' + args.village if args.village else ''})")
    elif command == "set-password":
        password = _new_password(args.username)
        if password is None:
            return 2
        session.accounts.set_password(args.username, password)
        print(f"set a new password for {args.username}")
    elif command in ("disable", "enable"):
        session.accounts.set_active(args.username, command == "enable")
        print(f"{command}d {args.username}")
    else:
        session.accounts.set_role(args.username, args.role, args.village)
        print(f"{args.username} is now {args.role}{' in ' + args.village if args.village else ''}")
    return 0


def _session(args):
    from pathlib import Path

    from datasources.store import TownshipStore

    store = TownshipStore(args.store, key_folder=Path(args.key_dir) if args.key_dir else None)
    if not args.admin:
        return store.service_session("users")
    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = getpass.getpass(f"password for {args.admin}: ")
    return store.login(args.admin, password)


def _new_password(username: str) -> str | None:
    password = os.environ.get("TOWNSHIP_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass(f"new password for {username}: ")
    if getpass.getpass("again: ") != password:
        print("township-console: the passwords differ", file=sys.stderr)
        return None
    return password
