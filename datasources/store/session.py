"""What a logged-in user does with the store: a :class:`StoreSession` composed of services.

``session.features`` reads and edits features of any kind, ``session.incidents`` the residents' reports
and their workflow, ``session.readings`` sensor readings, ``session.accounts`` the accounts,
``session.audit`` the audit trail and ``session.exports`` writes files. Each service has a public interface
and shares the session's core (:class:`~datasources.store.core.SessionCore`): the gate that checks every
call against the user's role and village, and the one audited, version-checked write every change goes
through. A new desk's service (alerts, plans) is one module and one line in :meth:`StoreSession.__init__`.
"""

from __future__ import annotations

from datasources.store.accounts import Accounts
from datasources.store.core import SessionCore
from datasources.store.features import Features
from datasources.store.incidents import Incidents
from datasources.store.permissions import Action, Caller, Right
from datasources.store.readings import Readings
from datasources.store.records import AuditLog, Exports


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
        self.features = _FeaturesWithOldCall(self)
        self.incidents = Incidents(self, self.features)
        self.readings = Readings(self)
        self.accounts = Accounts(self)
        self.audit = AuditLog(self)
        self.exports = Exports(self, self.features)

    def can(self, action, village_code: str | None = None, kind: str | None = None) -> bool:
        """Whether the user may do ``action`` (an :class:`Action`) in ``village_code``."""
        return super().can(_action(action, kind), village_code)

    def check(self, action, obj: str, village_code: str | None = None, kind: str | None = None) -> None:
        """Raise :class:`PermissionDenied` (audited) unless the user may do ``action`` now."""
        super().check(_action(action, kind), obj, village_code)

    # -- the names before the session was composed; they go once every caller uses the services ------
    def feature(self, kind, feature_id):
        return self.features.get(kind, feature_id)

    def add(self, kind, values):
        return self.features.add(kind, values)

    def add_many(self, kind, records, event="import", detail=None):
        return self.features.add_many(kind, records, event, detail)

    def update(self, kind, feature_id, changes, expected_version):
        return self.features.update(kind, feature_id, changes, expected_version)

    def delete(self, kind, feature_id, expected_version):
        return self.features.delete(kind, feature_id, expected_version)

    def unmask(self, incident_id, reason=""):
        return self.incidents.unmask(incident_id, reason)

    def file_report(self, values):
        return self.incidents.file_report(values)

    def import_reports(self, records, source="import", event="import", detail=None):
        return self.incidents.import_reports(records, source, event, detail)

    def change_status(self, *args, **kwargs):
        return self.incidents.change_status(*args, **kwargs)

    def add_note(self, incident_id, note):
        return self.incidents.add_note(incident_id, note)

    def history(self, incident_id):
        return self.incidents.history(incident_id)

    def add_photo(self, incident_id, data, name):
        return self.incidents.add_photo(incident_id, data, name)

    def photos(self, incident_id):
        return self.incidents.photos(incident_id)

    def deadlines(self):
        return self.incidents.deadlines()

    def set_deadline(self, category, days):
        return self.incidents.set_deadline(category, days)

    def likely_duplicates(self, *args, **kwargs):
        return self.incidents.likely_duplicates(*args, **kwargs)

    def sensor_readings(self, sensor_codes, start, end):
        return self.readings.between(sensor_codes, start, end)

    def users(self):
        return self.accounts.users()

    def add_user(self, *args, **kwargs):
        return self.accounts.add(*args, **kwargs)

    def set_role(self, *args, **kwargs):
        return self.accounts.set_role(*args, **kwargs)

    def set_active(self, username, active):
        return self.accounts.set_active(username, active)

    def unlock(self, username):
        return self.accounts.unlock(username)

    def set_password(self, username, password):
        return self.accounts.set_password(username, password)

    def audit_log(self, *args, **kwargs):
        return self.audit.log(*args, **kwargs)

    def verify_audit(self):
        return self.audit.verify()

    def export(self, *args, **kwargs):
        return self.exports.write(*args, **kwargs)

    def export_data(self, *args, **kwargs):
        return self.exports.data(*args, **kwargs)

    def exported(self, *args, **kwargs):
        return self.exports.done(*args, **kwargs)


class _FeaturesWithOldCall(Features):
    """``session.features(kind)`` as before the session was composed (goes with the old names)."""

    def __call__(self, kind, where=None):
        return self._read(kind, where)


def _action(action, kind: str | None) -> Action:
    """An :class:`Action`, also from the old text form (``"edit:incidents"``, ``"import"``)."""
    if isinstance(action, Action):
        return action
    right, _, named = str(action).partition(":")
    return Action(Right(right), named or kind)


__all__ = ["StoreSession"]
