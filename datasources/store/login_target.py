"""A PostgreSQL store named on the command line: the password never is.

A command line can be read by every user of the machine (``ps``), so a ``postgresql://`` URL given there must
not carry a password. The password comes from libpq's own places (``PGPASSFILE`` or ``~/.pgpass``, the
``PGPASSWORD`` environment variable) or, in a terminal, is asked for; a refused login is one sentence.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from datasources.errors import QT_TRANSLATE_NOOP, StoreError


def _password_file() -> Path:
    given = os.environ.get("PGPASSFILE")
    if given:
        return Path(given)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def target_without_password(target, ask=getpass.getpass, interactive: bool | None = None) -> str:
    """The store to open: a path as it is, or a PostgreSQL URL whose password comes from elsewhere.

    Raises
    ------
    StoreError
        When the URL holds a password.
    """
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except ArgumentError:
        return text
    if url.get_backend_name() != "postgresql":
        return text
    if url.password is not None:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "a password on the command line can be read by other "
                                           "users of the computer, so it is not taken"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Leave it out of the URL: put it in PGPASSFILE (or "
                                           "~/.pgpass) or PGPASSWORD, or type it when asked."))
    if os.environ.get("PGPASSWORD") or _password_file().is_file():
        return text  # libpq reads them itself
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        return text
    password = ask(f"password of the database login {url.username or getpass.getuser()}: ")
    return url.set(password=password).render_as_string(hide_password=False)


def database_error(exc: Exception) -> StoreError:
    """One sentence for any error the database raised: a full disk, a refused login, a server gone."""
    first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
    lowered = first.lower()
    if any(word in lowered for word in ("disk is full", "no space left", "file too large",
                                        "could not extend file", "disk i/o error")):
        return StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                            "the disk is full or cannot be written, so the change "
                                            "was not saved ({value})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Free some space and do it again; nothing of the "
                                            "interrupted change was kept."),
                          value=first[:200])
    import sqlite3

    from sqlalchemy.exc import InterfaceError, OperationalError

    if isinstance(getattr(exc, "orig", None), sqlite3.Error):
        return StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the store file cannot be used ({value})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Check the disk and that no other program holds the "
                                            "file; nothing of the interrupted change was kept."),
                          value=first[:200])
    if isinstance(exc, (OperationalError, InterfaceError)):
        return connection_refused(exc)
    return StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the database refused the change ({value})"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Nothing of it was kept; check the data and try again."),
                      value=first[:200])


def connection_refused(exc: Exception) -> StoreError:
    """One sentence for a PostgreSQL connection that failed (wrong password, no server)."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else ""
    lowered = first.lower()
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                            "the database refused the login: the password is wrong "
                                            "or the login does not exist"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Check the login and its password (PGPASSFILE, "
                                            "PGPASSWORD), or ask the database administrator."))
    if "no password supplied" in lowered:
        return StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                            "the database asks for a password and none was given"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Put it in PGPASSFILE (or ~/.pgpass) or PGPASSWORD, or "
                                            "run the command in a terminal to be asked."))
    return StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                        "the database cannot be reached ({value})"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Check the server's address and that it is running."),
                      value=first.removeprefix("connection failed: ")[:200])


__all__ = ["connection_refused", "database_error", "target_without_password"]
