"""The gate every call of a session passes: the user's rights, as they are now, with refusals audited.

A refusal found inside a write transaction is raised as :class:`Refusal`: the transaction rolls back, and
:meth:`Gate.refused` records it afterwards (SQLite has one writer at a time: a record written from inside
would wait for this very transaction).
"""

from __future__ import annotations

from sqlalchemy import select

from datasources.errors import QT_TRANSLATE_NOOP, PermissionDenied
from datasources.store.models import User
from datasources.store.permissions import Action, Caller, allowed, require


class Refusal(Exception):
    """A permission refused inside a transaction (the transaction rolls back, then it is recorded)."""

    def __init__(self, denied: PermissionDenied, action: Action, obj: str, village_code: str | None):
        super().__init__(str(denied))
        self.denied, self.action, self.obj, self.village_code = denied, action, obj, village_code


class Gate:
    """Checks a user's actions against the role and village the account has now.

    Parameters
    ----------
    store : TownshipStore
    caller : Caller
        The logged-in user.
    account : bool
        True for a user's login: every check takes the account's role and village as they are now, and a
        disabled account may do nothing more. False for a trusted script with no account.
    """

    def __init__(self, store, caller: Caller, account: bool = True) -> None:
        self.store = store
        self.caller = caller
        self.account = account

    @property
    def username(self) -> str:
        return self.caller.username

    def refresh(self) -> None:
        """Follow the administrator's changes since login: a new role or village applies at once."""
        if not self.account:
            return
        with self.store.transaction() as session:
            user = session.execute(select(User.username, User.role, User.village_code, User.active)
                                   .where(User.username == self.caller.username)).one_or_none()
        if user is None or not user.active:
            raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError", "the account {user} has been disabled"),
                                   QT_TRANSLATE_NOOP("DataSourceError", "Ask the administrator to enable it."),
                                   user=self.caller.username)
        self.caller = Caller(user.username, user.role, user.village_code)

    def can(self, action: Action, village_code: str | None = None) -> bool:
        """Whether the user may do ``action`` (in ``village_code``), as of the last check: for showing
        what is possible; the store checks again when it is done."""
        return allowed(self.caller, action, village_code)

    def check(self, action: Action, obj: str, village_code: str | None = None) -> None:
        """:func:`require` the right (with the account as it is now); a refusal is audited, then raised."""
        try:
            self.refresh()
            require(self.caller, action, village_code)
        except PermissionDenied:
            self.denied(action, obj, village_code)
            raise

    def still_active(self, action: Action, obj: str) -> None:
        """Before a write: the account is still enabled (its role and village are taken afresh)."""
        try:
            self.refresh()
        except PermissionDenied:
            self.denied(action, obj, None)
            raise

    def check_inside(self, action: Action, obj: str, villages) -> None:
        """Inside a write transaction: :class:`Refusal` unless ``action`` is allowed in every village."""
        for village in villages:
            try:
                require(self.caller, action, village)
            except PermissionDenied as exc:
                raise Refusal(exc, action, obj, village) from exc

    def refused(self, refusal: Refusal) -> PermissionDenied:
        """Record a :class:`Refusal` once its transaction is over; returns the error to raise."""
        self.denied(refusal.action, refusal.obj, refusal.village_code)
        return refusal.denied

    def denied(self, action: Action, obj: str, village_code: str | None) -> None:
        try:
            self.store.record(self.username, str(action.right), obj, "denied",
                              {"action": str(action), "village_code": village_code})
        except PermissionDenied:
            if self.store.embedded:
                raise
            # PostgreSQL refuses the disabled account's own login: its console tells the login desk
            from datasources.store.pg_store import record_disabled_call

            record_disabled_call(self.store, self.username, str(action), obj)
