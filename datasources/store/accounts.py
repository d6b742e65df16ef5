"""Account administration through the store: adding users, changing roles and scopes, unlocking.

Every change of who may do what is a ``permission_change`` audit record. On a shared PostgreSQL store the
server's functions make the change (and the login role's), check the caller again and write the record.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from datasources.errors import QT_TRANSLATE_NOOP, NotFound, StoreError
from datasources.store import passwords
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.models import User, Village
from datasources.store.permissions import ROLES, Action, Right

_MANAGE = Action(Right.MANAGE_USERS)
#: What the account list shows (never the password hash, which a shared store's roles cannot read).
_SHOWN = ("username", "display_name", "role", "village_code", "active", "locked_until", "failed_logins")


class Accounts:
    """``session.accounts``: the administrator's work on accounts (one's own password for anyone)."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core
        self.store = core.store

    @property
    def _server(self):
        """On a shared store, the server functions that alone change accounts (None on a GeoPackage)."""
        if self.store.embedded:
            return None
        from datasources.store.pg_store import Accounts as ServerAccounts

        return ServerAccounts(self.store)

    def users(self) -> list[dict]:
        """Every account, without password hashes."""
        self.core.check(_MANAGE, "users")
        with self.store.transaction() as session:
            return [dict(row._mapping) for row in session.execute(
                select(*(getattr(User, c) for c in _SHOWN)).order_by(User.username))]

    def add(self, username: str, password: str, role: str, village_code: str | None = None,
                 display_name: str | None = None) -> None:
        username = passwords.user_name(username)  # no look-alikes of another account
        self.core.check(_MANAGE, f"user:{username}")
        self._acceptable(password, username, "permission_change")
        self._valid_role(role, village_code)
        if self._server:
            self._server.add(username, self.store.password_verifier(password), role, village_code,
                             display_name)
            return
        password_hash = self.store.hash_password(password)

        def change(session, _target) -> Outcome:
            if session.scalar(select(User).where(User.username == username)) is not None:
                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                   "there is already an account named "
                                                   "{username}"),
                                 QT_TRANSLATE_NOOP("DataSourceError",
                                                   "Choose another user name."),
                                 username=username)
            session.add(User(username=username, display_name=display_name, role=role,
                             village_code=village_code, password_hash=password_hash,
                             created_at=datetime.now(UTC)))
            return Outcome({"created": True, "role": role, "village_code": village_code})

        self.core.audited_write(self._write(username), change)

    def set_role(self, username: str, role: str, village_code: str | None = None) -> None:
        """Give ``username`` a new role and village scope."""
        self.core.check(_MANAGE, f"user:{username}")
        self._valid_role(role, village_code)
        passwords.keep_an_administrator(self.store, username, role=role)
        if self._server:
            self._server.set_role(username, role, village_code)
            return

        def change(session, _target) -> Outcome:
            user = self._user(session, username)
            detail = {"role": [user.role, role], "village_code": [user.village_code, village_code]}
            user.role, user.village_code = role, village_code
            return Outcome(detail)

        self.core.audited_write(self._write(username), change)

    def set_active(self, username: str, active: bool) -> None:
        self.core.check(_MANAGE, f"user:{username}")
        if username == self.core.username and not active:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "you cannot disable your own account"))
        passwords.keep_an_administrator(self.store, username, active=active)
        if self._server:
            self._server.set_active(username, active)
            return

        def change(session, _target) -> Outcome:
            self._user(session, username).active = active
            return Outcome({"active": active})

        self.core.audited_write(self._write(username), change)

    def unlock(self, username: str) -> None:
        self.core.check(_MANAGE, f"user:{username}")
        if self._server:
            self._server.unlock(username)
            return

        def change(session, _target) -> Outcome:
            user = self._user(session, username)
            user.locked_until, user.failed_logins = None, 0
            return Outcome({"unlocked": True})

        self.core.audited_write(self._write(username), change)

    def set_password(self, username: str, password: str) -> None:
        """Set a password: one's own, or anyone's for the administrator."""
        if username != self.core.username:
            self.core.check(_MANAGE, f"user:{username}")
        self._acceptable(password, username, "password_change")
        if self._server:
            self._server.set_password(username, self.store.password_verifier(password))
            return
        password_hash = self.store.hash_password(password)

        def change(session, _target) -> Outcome:
            self._user(session, username).password_hash = password_hash
            return Outcome()

        self.core.audited_write(self._write(username, "password_change",
                                            own=username == self.core.username), change)

    def _acceptable(self, password: str, username: str, event: str) -> None:
        """The password rules; a refused password is recorded (the reason, never the password)."""
        passwords.check_recorded(self.store, password, username, self.core.username, event)

    @staticmethod
    def _write(username: str, event: str = "permission_change", own: bool = False) -> Write:
        """The session's one audited write, for a change of ``username``'s account (on the embedded store;
        a shared store's server functions check and record it themselves)."""
        return Write("users", event, right=Right.MANAGE_USERS, name=f"user:{username}", own=own)

    def _user(self, session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("DataSourceError",
                                             "there is no account named {username}"),
                           username=username)
        return user

    def _valid_role(self, role: str, village_code: str | None) -> None:
        if role not in ROLES:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{role!r} is not a role"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                             role=role, names=', '.join(ROLES))
        if role == "village_officer" and not village_code:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "a village officer needs a village"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Choose the officer's village."))
        if village_code is not None:
            with self.store.transaction() as session:
                if session.scalar(select(Village.id).where(Village.village_code == village_code)) is None:
                    raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                       "there is no village {village_code}"),
                                     village_code=village_code)
