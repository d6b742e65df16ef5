"""What a logged-in user does with the store: a :class:`StoreSession` composed of services.

``session.features`` reads and edits features of any kind, ``session.incidents`` the residents' reports
and their workflow, ``session.readings`` sensor readings, ``session.alerts`` the alert board,
``session.accounts`` the accounts, ``session.audit`` the audit trail and ``session.exports`` writes files.
Each service has a public interface and shares the session's core
(:class:`~datasources.store.core.SessionCore`): the gate that checks every call against the user's role
and village (``session.can(Action.edit("incidents"), village)``), and the one audited, version-checked
write every change goes through. A new desk's service (alerts, plans) is one module and one line in
:meth:`StoreSession.__init__`.
"""

from __future__ import annotations

from datasources.errors import StoreError
from datasources.store.accounts import Accounts
from datasources.store.alerts import Alerts
from datasources.store.core import SessionCore
from datasources.store.evaluation import Evaluation
from datasources.store.features import Features
from datasources.store.incidents import Incidents
from datasources.store.permissions import Caller
from datasources.store.publications import Publications
from datasources.store.readings import Readings
from datasources.store.records import AuditLog, Exports
from datasources.store.scenarios import Scenarios


class StoreSession(SessionCore):
    """The store as one user sees it.

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
        super().__init__(store, caller, account)
        self.features = Features(self)
        self.incidents = Incidents(self, self.features)
        self.readings = Readings(self)
        self.alerts = Alerts(self)
        self.publications = Publications(self)
        self.accounts = Accounts(self)
        self.audit = AuditLog(self)
        self.exports = Exports(self, self.features)
        self.evaluation = Evaluation(self, self.features, self.incidents)
        self.scenarios = Scenarios(self)

    def account_active(self) -> bool:
        """Whether the user's account is still enabled (the window ends a session whose account the
        administrator disabled; every call of such a session is refused anyway). Takes the account's
        role and village afresh."""
        try:
            self.gate.refresh()
        except StoreError:
            return False
        return True


__all__ = ["StoreSession"]
