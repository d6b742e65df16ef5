"""Backing up and restoring a shared (PostgreSQL + PostGIS) township store with ``pg_dump``/``pg_restore``.

A backup is a ``pg_dump --format=custom`` archive of one consistent snapshot, written beside its target
and renamed over it only when complete. A restore reads the whole archive first (a damaged, truncated or
foreign file is refused before the database is touched), then replaces the store's tables in one
transaction: it either all happens or nothing changes. The PostGIS extension itself (and its
``spatial_ref_sys`` table) belongs to the database, not to the store, so it is left as it is.

The password never appears on a command line (where other users of the machine could read it): it goes
to the tools through the ``PGPASSWORD`` environment variable.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError

#: Where the PostgreSQL client tools usually are when they are not on PATH.
_TOOL_FOLDERS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin",
                 "C:/Program Files/PostgreSQL/*/bin")
#: Archive entries left out of a restore: the extension and its catalogue belong to the database.
_NOT_RESTORED = re.compile(r"\b(EXTENSION|COMMENT - EXTENSION)\b|\bspatial_ref_sys\b")
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
    with atomic_path(out) as tmp:
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


def restore(backup: str | Path, url: str) -> None:
    """Replace the store's tables in the database at ``url`` with those in ``backup``, in one transaction.

    The archive is read in full first; roles keep their rights as they were when the backup was made
    (ownership goes to the login doing the restore).

    Raises
    ------
    Damaged
        When the backup is unreadable, truncated or not a township store (nothing was touched).
    StoreError
        When the tools are missing or the restore failed (then the database is unchanged).
    """
    backup = Path(backup)
    contents = check_backup(backup)
    conninfo, env = libpq_target(url)
    _ensure_postgis(url)
    wanted = [line for line in contents.splitlines()
              if line.startswith(";") or not _NOT_RESTORED.search(line)]
    fd, list_name = tempfile.mkstemp(prefix="township-restore-", suffix=".list")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(wanted) + "\n")
        done = _run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                                   "--exit-on-error", "--no-password", f"--use-list={list_name}",
                                   f"--dbname={conninfo}", str(backup)], env)
    finally:
        Path(list_name).unlink(missing_ok=True)
    if done.returncode != 0:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the restore failed and the store was left "
                                           "unchanged: {value}"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Check that PostGIS is installed in the database, "
                                           "that the login owns the store's tables, and that "
                                           "the roles named in the backup exist."),
                         value=_first_error(done.stderr))


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
