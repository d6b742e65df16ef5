"""The store's calls that PostgreSQL answers itself on a shared store (see :mod:`datasources.store.pg_roles`).

A console logs in to PostgreSQL as the user's own login role (``clerk@township``) with the user's password,
then asks ``township_login()`` whether the account may work now; every later call runs as that role, so the
database refuses what the role may not do whatever program sends it. Accounts are changed, and residents'
personal data is encrypted and unmasked, by server functions that check the caller themselves; the key
never leaves the server.
"""

from __future__ import annotations

import copy
import re

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from datasources.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    KeyMissing,
    LoginFailed,
    LoginLimited,
    NotFound,
    PermissionDenied,
    StoreError,
)
from datasources.store.permissions import Caller
from datasources.store.pg_roles import login_role, scram_verifier

#: What libpq says when the user name or the password is wrong.
_WRONG = ("password authentication failed", "does not exist", "no password supplied")
_DISABLED = "not permitted to log in"
MAX_FAILED_LOGINS = 5  # the server's rule (township_login_failed), as in township_store, for messages
USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,40}$")


def _failed() -> LoginFailed:
    return LoginFailed(QT_TRANSLATE_NOOP("DataSourceError", "the user name or the password is wrong"),
                       QT_TRANSLATE_NOOP("DataSourceError", "Check both and try again."))


def _limited() -> LoginLimited:
    return LoginLimited(QT_TRANSLATE_NOOP("DataSourceError", "this workstation has made too many login "
                                          "attempts"),
                        QT_TRANSLATE_NOOP("DataSourceError", "Wait a minute and try again."))


def _disabled() -> AccountLocked:
    return AccountLocked(QT_TRANSLATE_NOOP("DataSourceError", "this account is disabled"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Ask the administrator to enable it."))


def _locked(until) -> AccountLocked:
    shown = until.astimezone().strftime("%H:%M") if until is not None else "--:--"
    return AccountLocked(QT_TRANSLATE_NOOP("DataSourceError", "this account is locked until "
                                           "{until} after {n} failed logins"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Wait, or ask the administrator to unlock it."),
                         until=shown, n=MAX_FAILED_LOGINS)


def user_url(url: str, username: str, password: str) -> str:
    """The store's URL with the user's own login role and password."""
    parsed = make_url(url)
    return parsed.set(username=login_role(parsed.database, username), password=password).render_as_string(
        hide_password=False)


def login(store, username: str, password: str, again: bool = True) -> tuple[object, Caller]:
    """``store`` as ``username`` sees it (connected as the user's login role), and who the user is.
    A lock that has run out is opened by the server at the first failure told after it (``reopened``): the
    password is then tried ``again``, once.

    Raises
    ------
    LoginFailed, AccountLocked
        As :meth:`TownshipStore.login`.
    """
    if not USERNAME.match(username or ""):
        raise _failed()
    if not password:
        outcome, until = _count_failure(store, username)
        raise {"locked": _locked(until), "disabled": _disabled(), "limited": _limited()}.get(
            outcome, _failed())
    engine = create_engine(user_url(store.url, username, password), pool_pre_ping=True)
    try:
        with engine.begin() as con:
            outcome, until = con.execute(text("SELECT * FROM township_login()")).one()
            me = con.execute(text("SELECT * FROM township_me()")).one_or_none()
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig)
        if _DISABLED in reason:
            _count_failure(store, username)  # recorded as an attempt on a disabled account
            raise _disabled() from None
        if any(part in reason for part in _WRONG):
            outcome, until = _count_failure(store, username)
            if outcome == "reopened" and again:
                return login(store, username, password, again=False)
            raise {"locked": _locked(until), "disabled": _disabled(), "limited": _limited()}.get(
                outcome, _failed()) from None
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the database server cannot be reached "
                                           "({reason})"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Check the network and the server."),
                         reason=reason.strip().splitlines()[0] if reason.strip() else "") from None
    if outcome != "ok" or me is None:
        engine.dispose()
        raise {"disabled": _disabled(), "locked": _locked(until)}.get(outcome, _failed())
    mine = copy.copy(store)
    mine.engine, mine._key = engine, None
    if mine.store_id is None:
        mine.read_facts()
    return mine, Caller(me.username, me.role, me.village_code)


def desk_url(url: str) -> str:
    """The store's URL as its login desk (``township_login``), which only tells the server of failed logins
    and of a disabled account's refused calls. Its password is its name: no secret, see pg_accounts.sql."""
    parsed = make_url(url)
    desk = f"{parsed.database}_login"
    return parsed.set(username=desk, password=desk).render_as_string(hide_password=False)


def _desk(store, sql: str, params: dict):
    """Tell the login desk something; None when it cannot be told (the server refuses or is gone)."""
    engine = create_engine(desk_url(store.url), poolclass=NullPool)
    try:
        with engine.begin() as con:
            return con.execute(text(sql), params).one_or_none()
    except DBAPIError:
        return None
    finally:
        engine.dispose()


def _count_failure(store, username: str):
    """Tell the store's login desk a password failed: the server counts it towards the lockout (five lock
    the account for 15 minutes, the server's rules) and records it; returns its outcome and lock."""
    row = _desk(store, "SELECT * FROM township_login_failed(:u)", {"u": username})
    return tuple(row) if row is not None else ("failed", None)


def record_disabled_call(store, username: str, action: str, obj: str) -> None:
    """Record a disabled account's refused call (its own login is refused, so the login desk tells it)."""
    _desk(store, "SELECT township_disabled_call(:u, :a, :o)", {"u": username, "a": action, "o": obj})


def record_hidden(store, kind: str, feature_id: int, action: str) -> None:
    """Record as denied an ask for ``kind`` #``feature_id`` that row-level security hid from the user (a
    feature of another village); the server writes the record only when there is such a feature."""
    try:
        with store.engine.begin() as con:
            con.execute(text("SELECT township_hidden_refused(:k, :i, :a)"),
                        {"k": kind, "i": int(feature_id), "a": action})
    except DBAPIError:
        pass  # the asking user's connection is gone: nothing more to say than "not found"


def record_refused_password(store, username: str, event: str, reason: str, actor: str | None = None) -> None:
    """Record a password refused as too easy to guess (the reason only, never the password). A disabled
    account's own login is refused, so its console tells the login desk, which records it only for a
    disabled account's own password; the password is refused anyway."""
    try:
        call(store.engine, "SELECT township_password_refused(:u, :e, :r)",
             {"u": username, "e": event, "r": reason})
    except DBAPIError:
        if event == "password_change" and actor == username:
            _desk(store, "SELECT township_disabled_password_refused(:u, :r)", {"u": username, "r": reason})


def call(engine, sql: str, params: dict | None = None, rows: bool = False):
    """Run a server function; its refusals become the store's errors."""
    try:
        with engine.begin() as con:
            result = con.execute(text(sql), params or {})
            return result.all() if rows else None
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        reason = str(exc.orig).strip().splitlines()[0].removeprefix("township: ") if exc.orig else str(exc)
        if state == "42501":
            raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError", "the server refused: {reason}"),
                                   QT_TRANSLATE_NOOP("DataSourceError", "Ask the administrator for the "
                                                     "right role."), reason=reason) from None
        if state == "02000":
            raise NotFound(QT_TRANSLATE_NOOP("DataSourceError", "the server refused: {reason}"),
                           reason=reason) from None
        if state == "39000" or "Wrong key or corrupt data" in reason:
            raise KeyMissing(QT_TRANSLATE_NOOP("DataSourceError", "personal data was encrypted with "
                                               "another key"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Run 'db upgrade' where the store's old "
                                               "key file is, to encrypt it again on the server.")) from None
        if state in ("22023", "23505", "22004"):
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the server refused: {reason}"),
                             reason=reason) from None
        raise


def create_administrator(store, username: str, password: str, display_name: str | None) -> None:
    if not USERNAME.match(username or ""):
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{username!r} is not a user name"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Use letters, digits, '.', '_' and '-'."),
                         username=username)
    call(store.engine, "SELECT township_user_add(:u, :v, 'administrator', NULL, :d, 'create_administrator')",
         {"u": username, "v": scram_verifier(password), "d": display_name})


class Accounts:
    """The administrator's account changes, as server functions (the caller's rights checked there too)."""

    def __init__(self, store) -> None:
        self.engine = store.engine

    def add(self, username, verifier, role, village_code, display_name) -> None:
        if not USERNAME.match(username or ""):
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{username!r} is not a user name"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use letters, digits, '.', '_' and '-'."),
                             username=username)
        call(self.engine, "SELECT township_user_add(:u, :v, :r, :c, :d)",
             {"u": username, "v": verifier, "r": role, "c": village_code, "d": display_name})

    def set_role(self, username, role, village_code) -> None:
        call(self.engine, "SELECT township_user_set_role(:u, :r, :c)",
             {"u": username, "r": role, "c": village_code})

    def set_active(self, username, active: bool) -> None:
        call(self.engine, "SELECT township_user_set_active(:u, :a)", {"u": username, "a": bool(active)})

    def unlock(self, username) -> None:
        call(self.engine, "SELECT township_user_unlock(:u)", {"u": username})

    def set_password(self, username, verifier) -> None:
        call(self.engine, "SELECT township_user_set_password(:u, :v)", {"u": username, "v": verifier})


class ServerKey:
    """The personal-data key of a shared store, which stays on the server: it encrypts there, and a token
    read back gives the value *masked* as every reader sees it (``138****5678``, masked by the server for the
    reports the user sees); a reporter in full is :func:`unmask` alone, checked and recorded by the server.

    The masks are idempotent, so the store's masking of a "decrypted" value leaves them as they are.
    """

    def __init__(self, store) -> None:
        self.store = store
        self._masks: dict[bytes, str | None] = {}

    def encrypt(self, value: str | None) -> bytes | None:
        if value is None or value == "":
            return None
        with self.store.engine.connect() as con:
            return bytes(con.execute(text("SELECT township_encrypt(:v)"), {"v": str(value)}).scalar())

    def decrypt(self, token: bytes | None) -> str | None:
        """The value of ``token`` masked (``******`` for a token of a report the user does not see)."""
        if token is None:
            return None
        token = bytes(token)
        if token not in self._masks:
            with self.store.engine.connect() as con:
                self._masks.update((bytes(t), m) for t, m in con.execute(text("SELECT * FROM township_masked()")))
        return self._masks.get(token, "******")


def unmask(store, incident_id: int, reason: str) -> dict:
    """The reporter of ``incident_id`` in full: the server checks the right and the village and writes the
    ``view_personal`` record."""
    row = call(store.engine, "SELECT * FROM township_unmask(:i, :r)", {"i": int(incident_id), "r": reason or ""},
               rows=True)[0]
    return {"reporter_name": row[0], "reporter_phone": row[1], "reporter_id_number": row[2]}


def export_personal(store, ids, name: str) -> dict[int, dict]:
    """The reporters of the reports ``ids`` the user may see, for an export (one ``view_personal`` record)."""
    rows = call(store.engine, "SELECT * FROM township_export_personal(:ids, :n)",
                {"ids": [int(i) for i in ids], "n": name}, rows=True)
    return {r[0]: {"reporter_name": r[1], "reporter_phone": r[2], "reporter_id_number": r[3]} for r in rows}
