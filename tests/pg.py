"""Fixtures for tests that need a real PostgreSQL 15 + PostGIS server.

``pg_url`` gives the SQLAlchemy URL of a server for the whole session: the one CI started
(``TOWNSHIP_PG_URL``), else one this module starts with ``resources/scripts/pg_server.sh`` on port 54339
and stops at the end, else the test is skipped with how to install PostgreSQL and PostGIS.
``pg_database`` gives each test a fresh database with PostGIS in it and drops it afterwards.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
SERVER_SCRIPT = ROOT / "resources" / "scripts" / "pg_server.sh"
URL_VARIABLE = "TOWNSHIP_PG_URL"
SESSION_PORT = "54339"
NOT_INSTALLED = 3  # the script's exit code for "PostgreSQL or PostGIS is missing"


def _server(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``pg_server.sh <command>`` and return its outcome (stdout is the URL)."""
    return subprocess.run(["bash", str(SERVER_SCRIPT), command], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """SQLAlchemy URL of a PostgreSQL 15 + PostGIS server for the session.

    Yields
    ------
    str
        ``postgresql+psycopg://...`` URL of a superuser on a database with PostGIS.
    """
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    folder = tempfile.mkdtemp(prefix="township-pg-")
    env = {**os.environ, "TOWNSHIP_PG_DIR": folder, "TOWNSHIP_PG_PORT": SESSION_PORT}
    check = _server("check", env)
    if check.returncode == NOT_INSTALLED:
        os.rmdir(folder)
        pytest.skip(f"no PostgreSQL + PostGIS server: {URL_VARIABLE} is unset and "
                    f"{check.stderr.strip().removeprefix('pg_server: ')}")
    started = _server("start", env)
    try:
        if started.returncode != 0:
            pytest.fail(f"could not start the test PostgreSQL server on port {SESSION_PORT}:\n"
                        f"{started.stderr}", pytrace=False)
        yield started.stdout.strip().splitlines()[-1]
    finally:
        stopped = _server("stop", env)
        if stopped.returncode != 0:
            print(f"the test PostgreSQL server in {folder} did not stop cleanly: {stopped.stderr}")


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[str]:
    """A fresh database with PostGIS, dropped (with its open sessions) after the test.

    Yields
    ------
    str
        SQLAlchemy URL of the new database, password included.
    """
    name = f"township_t_{secrets.token_hex(6)}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            fresh = create_engine(url)
            with fresh.begin() as connection:
                connection.execute(text("CREATE EXTENSION postgis"))
            fresh.dispose()
            yield url
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                # the store's group and login roles (roles belong to the server, not the database)
                roles = connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :g "
                                                "OR rolname LIKE :u"),
                                           {"g": f"{name}\\_%", "u": f"%@{name}"}).scalars().all()
                for role in roles:
                    connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        admin.dispose()
