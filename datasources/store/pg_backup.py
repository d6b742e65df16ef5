"""Backing up and restoring a shared (PostgreSQL + PostGIS) township store with ``pg_dump``/``pg_restore``.

A backup is a ``pg_dump --format=custom`` archive of one consistent snapshot, written (owner-only) in a
private folder beside its target and renamed over it only when complete. A restore reads the whole archive
first (a damaged, truncated or foreign file is refused before the database is touched), then copies only
its rows into a schema the project's migrations build, in one transaction
(:mod:`datasources.store.dump_restore`): it either all happens or nothing changes. The PostGIS extension
itself (and its ``spatial_ref_sys`` table) belongs to the database, not to the store, so it is left as it is.

The password never appears on a command line (where other users of the machine could read it): it goes
to the tools through the ``PGPASSWORD`` environment variable.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError

#: Where the PostgreSQL client tools usually are when they are not on PATH.
_TOOL_FOLDERS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin",
                 "C:/Program Files/PostgreSQL/*/bin")
_STORE_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE \S+ township_store_info\b", re.MULTILINE)
_STORE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA \S+ township_store_info\b", re.MULTILINE)


def find_tool(name: str) -> Path:
    """The ``pg_dump``/``pg_restore`` to use: in ``TOWNSHIP_PG_BIN``, on PATH, else the newest installed.

    Raises
    ------
    StoreError
        When the PostgreSQL client tools are not installed.
    """
    exe = name + (".exe" if os.name == "nt" else "")
    folder = os.environ.get("TOWNSHIP_PG_BIN")
    if folder and (Path(folder) / exe).is_file():
        return Path(folder) / exe
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = [Path(p) / exe for pattern in _TOOL_FOLDERS for p in glob.glob(pattern)]
    candidates = [c for c in candidates if c.is_file()]
    if candidates:
        return max(candidates, key=_version_key)
    raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                       "{name} was not found, so a PostgreSQL store cannot be "
                                       "backed up or restored"),
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "Install the PostgreSQL client tools (on "
                                       "Debian/Ubuntu: postgresql-client-15, or the version "
                                       "of the server) or put their folder on PATH."),
                     name=name)


def _version_key(tool: Path) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", str(tool.parent))
    return tuple(int(n) for n in numbers) or (0,)


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI (without the password) and the environment that carries the password.

    Parameters
    ----------
    url : str
        An SQLAlchemy URL such as ``postgresql+psycopg://user:pw@host:5432/db?sslmode=require``.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{value} is not a PostgreSQL URL"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Give a postgresql+psycopg:// URL."),
                         value=parsed.get_backend_name())
    env = dict(os.environ)  # PGPASSWORD and PGPASSFILE, when the password comes from there
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    plain = URL.create("postgresql", username=parsed.username, host=parsed.host, port=parsed.port,
                       database=parsed.database, query=parsed.query)
    return plain.render_as_string(hide_password=False), env


def _run(tool: str, args: list[str], env: dict[str, str] | None = None,
         stdout=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([str(find_tool(tool)), *args], env=env, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, check=False)


def _first_error(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "fatal" in line.lower()]
    text = (errors or lines or ["no message"])[0]
    return text.removeprefix("pg_dump: ").removeprefix("pg_restore: ").removeprefix("error: ")


def dump(url: str, out: str | Path) -> Path:
    """Write a ``pg_dump`` custom-format backup of the store at ``url`` to ``out``.

    Raises
    ------
    StoreError
        When ``pg_dump`` is missing or fails (server unreachable, wrong password, version mismatch).
    WriteFailed
        When ``out`` cannot be written; an earlier file at ``out`` is left as it was.
    """
    out = Path(out)
    conninfo, env = libpq_target(url)
    with atomic_path(out, private=True) as tmp:
        done = _run("pg_dump", ["--format=custom", "--no-password", f"--file={tmp}",
                                f"--dbname={conninfo}"], env)
        if done.returncode != 0:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the backup failed: {value}"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Check that the server answers and that the "
                                               "login may read the store."),
                             value=_first_error(done.stderr))
    return out


def check_backup(backup: str | Path) -> str:
    """Read the whole archive without touching any database; returns its table of contents.

    Raises
    ------
    Damaged
        When the file is not a custom-format dump, is truncated or corrupted, or holds no township store.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError", "the backup file does not exist"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Check its path."))
    listing = _run("pg_restore", ["--list", str(backup)], stdout=subprocess.PIPE)
    if listing.returncode != 0:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "this is not a readable PostgreSQL backup ({value})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      value=_first_error(listing.stderr))
    if not (_STORE_TABLE.search(listing.stdout) and _STORE_DATA.search(listing.stdout)):
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "this PostgreSQL backup holds no township store"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Use a backup made with 'township-console db backup'."))
    full = _run("pg_restore", [f"--file={os.devnull}", str(backup)])
    if full.returncode != 0:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup is truncated or damaged ({value})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      value=_first_error(full.stderr))
    return listing.stdout


def restore(backup: str | Path, url: str, anchor: str | None = None, who: str | None = None
            ) -> Path | None:
    """Replace the store in the database at ``url`` with the data in ``backup``, in one transaction.

    Nothing in the archive runs on the server: see :mod:`datasources.store.dump_restore`. The replaced
    store is first dumped beside the backup (``<database>.replaced-<time>.dump``).

    Raises
    ------
    Damaged
        When the backup is unreadable, truncated, edited or not a township store (nothing was touched).
    StoreError
        When the tools are missing, the login is a superuser, other consoles are connected, or the
        restore failed (then the database is unchanged).
    """
    from datasources.store.dump_restore import restore_database

    backup = Path(backup)
    listing = check_backup(backup)
    _ensure_postgis(url)
    return restore_database(backup, url, find_tool("pg_restore"), listing, lambda out: dump(url, out),
                            anchor, who)


def _ensure_postgis(url: str) -> None:
    """PostGIS in the target database (a new, empty database on a new server has none yet)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url)
    try:
        with engine.begin() as con:
            con.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    except SQLAlchemyError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the target database has no PostGIS and it cannot "
                                           "be added ({value})"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Ask the database administrator to run CREATE "
                                           "EXTENSION postgis in it."),
                         value=str(exc.orig or exc).splitlines()[0]) from exc
    finally:
        engine.dispose()


__all__ = ["check_backup", "dump", "find_tool", "libpq_target", "restore"]
