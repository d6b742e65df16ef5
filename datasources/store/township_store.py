"""Opening the township store and logging in.

A :class:`TownshipStore` is the database (embedded GeoPackage or PostGIS); :meth:`TownshipStore.login`
checks an Argon2 password hash and returns a :class:`~datasources.store.session.StoreSession` bound to that
user, through which every read and write goes. There is no default account: a new store asks for its first
administrator (:meth:`TownshipStore.create_administrator`). Five failed logins lock an account for a while.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from datasources.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    LoginFailed,
    PermissionDenied,
    StoreError,
)
from datasources.store import audit, passwords
from datasources.store.admin import current_revision, head_revision, store_info
from datasources.store.crypto import PersonalDataKey
from datasources.store.engine import open_engine, store_url
from datasources.store.models import PERSONAL_FIELDS, User
from datasources.store.permissions import ROLES, Caller

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8


class TownshipStore:
    """One township's database.

    Parameters
    ----------
    target : str or Path
        A ``.gpkg`` path or an SQLAlchemy URL (``postgresql+psycopg://user:pw@host/db``).
    key_folder : Path, optional
        Where the personal-data key file is (default: the user's configuration folder).
    lock_minutes : float
        How long an account stays locked after :data:`MAX_FAILED_LOGINS` failures.
    """

    def __init__(self, target, key_folder: Path | None = None, lock_minutes: float = LOCK_MINUTES,
                 hasher: PasswordHasher | None = None) -> None:
        self.url = store_url(target)
        self.engine = open_engine(target)
        self.store_id: str | None = None
        self.srid: int | None = None
        # A shared store given without a user name, or with one it cannot log in with before the user does
        # (no password given), is opened by the login, as the user's own role.
        self.connected = self.embedded or make_url(self.url).username is not None
        if self.connected:
            try:
                self.read_facts()
            except OperationalError:
                if self.embedded:
                    raise
                self.connected = False
        self.key_folder = key_folder
        self.lock_minutes = lock_minutes
        self.hasher = hasher or PasswordHasher()
        self._key: PersonalDataKey | None = None

    def read_facts(self) -> None:
        """Check the schema revision; read the store's id and CRS."""
        revision = current_revision(self.engine)
        if revision is None:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "this database is not a township store"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Create one with 'db init'."))
        if revision != head_revision():
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "the store's schema is at revision {revision}, "
                                               "the console needs {head}"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Run 'township-console db upgrade' first."),
                             revision=revision, head=head_revision())
        info = store_info(self.engine)
        self.store_id = info["store_id"]
        self.srid = int(info["srid"])

    @property
    def embedded(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def key(self, create: bool = False) -> PersonalDataKey:
        """The personal-data key, made on first need when ``create`` and the store holds no personal data
        yet: once it does, a missing key must be restored (:class:`KeyMissing`), never replaced by a new
        one that would leave the store's records under two keys. On a shared store the key stays on the
        server (:class:`~datasources.store.pg_store.ServerKey`)."""
        if not self.embedded:
            from datasources.store.pg_store import ServerKey

            if self._key is None:
                self._key = ServerKey(self)
            return self._key
        if self._key is None:
            if create and self._holds_personal_data():
                create = False
            self._key = PersonalDataKey.for_store(self.store_id, self.key_folder, create=create)
        return self._key

    def _holds_personal_data(self) -> bool:
        # A plain DBAPI read: this can run inside an ORM write transaction, which it must not wait for.
        condition = " OR ".join(f"{column} IS NOT NULL" for column in PERSONAL_FIELDS.values())
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(f"SELECT 1 FROM incidents WHERE {condition} LIMIT 1")
            return cursor.fetchone() is not None
        finally:
            raw.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One ORM session in one transaction: committed when the block ends, rolled back on error."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            if not self.embedded and "not permitted to log in" in str(exc.orig):
                # the administrator disabled this account: the server ended its session
                raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError",
                                                         "the account {user} has been disabled"),
                                       QT_TRANSLATE_NOOP("DataSourceError", "Ask the administrator to "
                                                         "enable it."),
                                       user=self.engine.url.username or "") from None
            raise

    def record(self, username: str, event: str, obj: str, outcome: str = "ok",
               detail: dict | None = None) -> None:
        """Write one audit record in a transaction of its own (for refusals and failures)."""
        with self.transaction() as session:
            audit.append(session, username, event, obj, outcome, detail)

    def has_users(self) -> bool:
        if not self.connected:
            return True  # a shared store's first administrator is made with 'users create-admin'
        with self.transaction() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def hash_password(self, password: str) -> str:
        self.check_password(password)
        return self.hasher.hash(password)

    def password_verifier(self, password: str) -> str:
        """What a shared store keeps of a password (a SCRAM verifier made here; the password is checked as
        :meth:`hash_password` checks it)."""
        from datasources.store.pg_roles import scram_verifier

        self.check_password(password)
        return scram_verifier(password)

    def check_password(self, password: str, username: str = "") -> None:
        """Refuse a short, common or guessable password (see :mod:`datasources.store.passwords`)."""
        passwords.check_password(password, username)

    def create_administrator(self, username: str, password: str, display_name: str | None = None):
        """Make the first account of a new store; refused once any account exists."""
        username = passwords.user_name(username)
        passwords.check_recorded(self, password, username, username, "create_administrator")
        if not self.embedded:
            from datasources.store import pg_store

            self.check_password(password)
            pg_store.create_administrator(self, username, password, display_name)
            return self.login(username, password)
        password_hash = self.hash_password(password)
        with self.transaction() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                   "this store already has accounts"),
                                 QT_TRANSLATE_NOOP("DataSourceError",
                                                   "Log in as an administrator to add more."))
            session.add(User(username=username, display_name=display_name, role="administrator",
                             password_hash=password_hash, created_at=datetime.now(UTC)))
            audit.append(session, username, "create_administrator", f"user:{username}")
        return self.login(username, password)

    def login(self, username: str, password: str, now: datetime | None = None):
        """Check the password and return a session for the user; every attempt is audited.

        Raises
        ------
        LoginFailed
            Unknown user or wrong password (the message does not say which).
        AccountLocked
            Too many failures (locked until a time) or a disabled account.
        """
        from datasources.store.session import StoreSession

        if not self.embedded:  # PostgreSQL checks the password: the user logs in as their own role
            from datasources.store import pg_store

            mine, caller = pg_store.login(self, username, password)
            return StoreSession(mine, caller)
        now = now or datetime.now(UTC)
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            outcome, problem = self._check_password(user, password, now)
            audit.append(session, username, "login", f"user:{username}", outcome,
                         {"failed_logins": user.failed_logins} if user is not None else {})
            if problem is None:
                caller = Caller(user.username, user.role, user.village_code)
        if problem is not None:
            raise problem
        return StoreSession(self, caller)

    def _check_password(self, user: User | None, password: str, now: datetime):
        failed = LoginFailed(QT_TRANSLATE_NOOP("DataSourceError", "the user name or the password is wrong"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Check both and try again."))
        if user is None:
            self._burn_time(password)
            return "failed", failed
        if not user.active:
            return "disabled", AccountLocked(QT_TRANSLATE_NOOP("DataSourceError", "this account is disabled"),
                                             QT_TRANSLATE_NOOP("DataSourceError",
                                                               "Ask the administrator to enable it."))
        if user.locked_until is not None and user.locked_until > now:
            until = user.locked_until.astimezone().strftime("%H:%M")
            return "locked", AccountLocked(QT_TRANSLATE_NOOP("DataSourceError", "this account is locked until "
                                                             "{until} after {n} failed logins"),
                                           QT_TRANSLATE_NOOP("DataSourceError",
                                                             "Wait, or ask the administrator to unlock it."),
                                           until=until, n=MAX_FAILED_LOGINS)
        try:
            self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + timedelta(minutes=self.lock_minutes)
                user.failed_logins = 0
                return "locked", AccountLocked(
                    QT_TRANSLATE_NOOP("DataSourceError", "{n} failed logins: the account is locked for "
                                      "{minutes:g} minutes"),
                    QT_TRANSLATE_NOOP("DataSourceError", "Wait, or ask the administrator to unlock it."),
                    n=MAX_FAILED_LOGINS, minutes=self.lock_minutes)
            return "failed", failed
        if user.failed_logins or user.locked_until is not None:
            user.failed_logins, user.locked_until = 0, None
        if self.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
        return "ok", None

    def service_session(self, name: str):
        """A session for a trusted script run by whoever holds the database (building the demo, bulk
        loads): administrator rights, every action audited as ``system:<name>``. Not reachable from the
        window or the CLI's user commands."""
        from datasources.store.session import StoreSession

        return StoreSession(self, Caller(f"system:{name}", "administrator"), account=False)

    def _burn_time(self, password: str) -> None:
        """Hash anyway for an unknown user, so timing does not tell which names exist."""
        self.hasher.hash(password or "-")


__all__ = ["ROLES", "TownshipStore", "MAX_FAILED_LOGINS"]
