"""What a logged-in user does with the store: a :class:`StoreSession` composed of services.

``session.features`` reads and edits features of any kind, ``session.incidents`` the residents' reports
and their workflow, ``session.readings`` sensor readings, ``session.accounts`` the accounts,
``session.audit`` the audit trail and ``session.exports`` writes files. Each service has a public interface
and shares the session's core (:class:`~datasources.store.core.SessionCore`): the gate that checks every
call against the user's role and village, and the one audited, version-checked write every change goes
through. A new desk's service (alerts, plans) is one module and one line in :meth:`StoreSession.__init__`.
"""

from __future__ import annotations

import warnings

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
    def _old(self, name: str) -> None:
        warnings.warn(f"StoreSession.{name} is the name before the session was composed; use its services",
                      OldSessionName, stacklevel=3)

    def feature(self, kind, feature_id):
        self._old("feature")
        return self.features.get(kind, feature_id)

    def add(self, kind, values):
        self._old("add")
        return self.features.add(kind, values)

    def add_many(self, kind, records, event="import", detail=None):
        self._old("add_many")
        return self.features.add_many(kind, records, event, detail)

    def update(self, kind, feature_id, changes, expected_version):
        self._old("update")
        return self.features.update(kind, feature_id, changes, expected_version)

    def delete(self, kind, feature_id, expected_version):
        self._old("delete")
        return self.features.delete(kind, feature_id, expected_version)

    def unmask(self, incident_id, reason=""):
        self._old("unmask")
        return self.incidents.unmask(incident_id, reason)

    def file_report(self, values):
        self._old("file_report")
        return self.incidents.file_report(values)

    def import_reports(self, records, source="import", event="import", detail=None):
        self._old("import_reports")
        return self.incidents.import_reports(records, source, event, detail)

    def change_status(self, *args, **kwargs):
        self._old("change_status")
        return self.incidents.change_status(*args, **kwargs)

    def add_note(self, incident_id, note):
        self._old("add_note")
        return self.incidents.add_note(incident_id, note)

    def history(self, incident_id):
        self._old("history")
        return self.incidents.history(incident_id)

    def add_photo(self, incident_id, data, name):
        self._old("add_photo")
        return self.incidents.add_photo(incident_id, data, name)

    def photos(self, incident_id):
        self._old("photos")
        return self.incidents.photos(incident_id)

    def deadlines(self):
        self._old("deadlines")
        return self.incidents.deadlines()

    def set_deadline(self, category, days):
        self._old("set_deadline")
        return self.incidents.set_deadline(category, days)

    def likely_duplicates(self, *args, **kwargs):
        self._old("likely_duplicates")
        return self.incidents.likely_duplicates(*args, **kwargs)

    def sensor_readings(self, sensor_codes, start, end):
        self._old("sensor_readings")
        return self.readings.between(sensor_codes, start, end)

    def users(self):
        self._old("users")
        return self.accounts.users()

    def add_user(self, *args, **kwargs):
        self._old("add_user")
        return self.accounts.add(*args, **kwargs)

    def set_role(self, *args, **kwargs):
        self._old("set_role")
        return self.accounts.set_role(*args, **kwargs)

    def set_active(self, username, active):
        self._old("set_active")
        return self.accounts.set_active(username, active)

    def unlock(self, username):
        self._old("unlock")
        return self.accounts.unlock(username)

    def set_password(self, username, password):
        self._old("set_password")
        return self.accounts.set_password(username, password)

    def audit_log(self, *args, **kwargs):
        self._old("audit_log")
        return self.audit.log(*args, **kwargs)

    def verify_audit(self):
        self._old("verify_audit")
        return self.audit.verify()

    def export(self, *args, **kwargs):
        self._old("export")
        return self.exports.write(*args, **kwargs)

    def export_data(self, *args, **kwargs):
        self._old("export_data")
        return self.exports.data(*args, **kwargs)

    def exported(self, *args, **kwargs):
        self._old("exported")
        return self.exports.done(*args, **kwargs)


class _FeaturesWithOldCall(Features):
    """``session.features(kind)`` as before the session was composed (goes with the old names)."""

    def __call__(self, kind, where=None):
        warnings.warn("session.features(kind) is the name before the session was composed; use "
                      "session.features.read", OldSessionName, stacklevel=2)
        return self._read(kind, where)


class OldSessionName(DeprecationWarning):
    """A caller used a name of the session from before it was composed."""


def _action(action, kind: str | None) -> Action:
    """An :class:`Action`, also from the old text form (``"edit:incidents"``, ``"import"``)."""
    if isinstance(action, Action):
        return action
    warnings.warn("a permission named by text; give an Action", OldSessionName, stacklevel=3)
    right, _, named = str(action).partition(":")
    return Action(Right(right), named or kind)


__all__ = ["StoreSession"]
