"""Every role, with and without a village, tries every action through the real store calls; what succeeds must
be exactly what the role descriptions allow ("zero unauthorized reads or writes"), and every refusal must
raise PermissionDenied, change nothing, and leave one ``denied`` audit record.

The expected table is written out by hand from the role descriptions, not computed from
``datasources.store.permissions``, so a wrong permission table is caught:

- administrator: everything (an administrator's village, if any, does not limit them);
- office_staff: edits villages, facilities, incidents; may unmask and export personal data;
- planner: edits planned sites and facilities;
- emergency_desk: edits sensors, readings, hazard zones, incidents; may unmask;
- viewer: reads only (no export);
- village_officer: reads, edits facilities and incidents of their own village, may unmask there, exports;
- import needs the right to edit the kind and is not for the viewer or the village officer;
- alerts: every role sees the board (a village user their village's alerts); the emergency desk and the
  administrator raise, acknowledge and issue CAP messages for them;
- a village limits a user to that village: they may not read one feature of, write to, move a feature into,
  or unmask in another village; hazard zones and sensor readings belong to no village, so a user limited
  to one village may read them but not change them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from datasources.errors import PermissionDenied
from datasources.store.permissions import ROLES, VILLAGE_SCOPED, Action, Right
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHANGES,
    PASSWORD,
    audit_count,
    data_checksums,
    fill_township,
    make_store,
    sample,
)

PROFILES = {"adm": ("administrator", None), "adm1": ("administrator", "V1"),
            "off": ("office_staff", None), "off1": ("office_staff", "V1"),
            "pla": ("planner", None), "pla1": ("planner", "V1"),
            "des": ("emergency_desk", None), "des1": ("emergency_desk", "V1"),
            "vie": ("viewer", None), "vie1": ("viewer", "V1"),
            "vo1": ("village_officer", "V1")}

# own = village V1 (the scoped users' village), other = V2, new = a village code not yet in the store,
# move = a feature of V1 moved to V2; Y = must succeed, . = must be refused.
EXPECTED = """
action                        adm adm1 off off1 pla pla1 des des1 vie vie1 vo1
features:villages              Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:facilities            Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:sensors               Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:sensor_readings       Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:hazard_zones          Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:incidents             Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
features:planned_sites         Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:villages:own           Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:villages:other         Y   Y    Y   .    Y   .    Y   .    Y   .    .
feature:facilities:own         Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:facilities:other       Y   Y    Y   .    Y   .    Y   .    Y   .    .
feature:sensors:own            Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:sensors:other          Y   Y    Y   .    Y   .    Y   .    Y   .    .
feature:incidents:own          Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:incidents:other        Y   Y    Y   .    Y   .    Y   .    Y   .    .
feature:planned_sites:own      Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:planned_sites:other    Y   Y    Y   .    Y   .    Y   .    Y   .    .
feature:sensor_readings        Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
feature:hazard_zones           Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
add:villages:new               Y   Y    Y   .    .   .    .   .    .   .    .
update:villages:own            Y   Y    Y   Y    .   .    .   .    .   .    .
update:villages:other          Y   Y    Y   .    .   .    .   .    .   .    .
delete:villages:other          Y   Y    Y   .    .   .    .   .    .   .    .
add:facilities:own             Y   Y    Y   Y    Y   Y    .   .    .   .    Y
add:facilities:other           Y   Y    Y   .    Y   .    .   .    .   .    .
update:facilities:own          Y   Y    Y   Y    Y   Y    .   .    .   .    Y
update:facilities:other        Y   Y    Y   .    Y   .    .   .    .   .    .
update:facilities:move         Y   Y    Y   .    Y   .    .   .    .   .    .
delete:facilities:own          Y   Y    Y   Y    Y   Y    .   .    .   .    Y
delete:facilities:other        Y   Y    Y   .    Y   .    .   .    .   .    .
add:sensors:own                Y   Y    .   .    .   .    Y   Y    .   .    .
add:sensors:other              Y   Y    .   .    .   .    Y   .    .   .    .
update:sensors:own             Y   Y    .   .    .   .    Y   Y    .   .    .
update:sensors:other           Y   Y    .   .    .   .    Y   .    .   .    .
update:sensors:move            Y   Y    .   .    .   .    Y   .    .   .    .
delete:sensors:own             Y   Y    .   .    .   .    Y   Y    .   .    .
delete:sensors:other           Y   Y    .   .    .   .    Y   .    .   .    .
add:sensor_readings            Y   Y    .   .    .   .    Y   .    .   .    .
update:sensor_readings         Y   Y    .   .    .   .    Y   .    .   .    .
delete:sensor_readings         Y   Y    .   .    .   .    Y   .    .   .    .
add:hazard_zones               Y   Y    .   .    .   .    Y   .    .   .    .
update:hazard_zones            Y   Y    .   .    .   .    Y   .    .   .    .
delete:hazard_zones            Y   Y    .   .    .   .    Y   .    .   .    .
add:incidents:own              Y   Y    Y   Y    .   .    Y   Y    .   .    Y
add:incidents:other            Y   Y    Y   .    .   .    Y   .    .   .    .
update:incidents:own           Y   Y    Y   Y    .   .    Y   Y    .   .    Y
update:incidents:other         Y   Y    Y   .    .   .    Y   .    .   .    .
update:incidents:move          Y   Y    Y   .    .   .    Y   .    .   .    .
withdraw:incidents:own         Y   Y    Y   Y    .   .    Y   Y    .   .    Y
withdraw:incidents:other       Y   Y    Y   .    .   .    Y   .    .   .    .
add:planned_sites:own          Y   Y    .   .    Y   Y    .   .    .   .    .
add:planned_sites:other        Y   Y    .   .    Y   .    .   .    .   .    .
update:planned_sites:own       Y   Y    .   .    Y   Y    .   .    .   .    .
update:planned_sites:other     Y   Y    .   .    Y   .    .   .    .   .    .
update:planned_sites:move      Y   Y    .   .    Y   .    .   .    .   .    .
delete:planned_sites:own       Y   Y    .   .    Y   Y    .   .    .   .    .
delete:planned_sites:other     Y   Y    .   .    Y   .    .   .    .   .    .
import:villages:new            Y   Y    Y   .    .   .    .   .    .   .    .
import:facilities:own          Y   Y    Y   Y    Y   Y    .   .    .   .    .
import:facilities:other        Y   Y    Y   .    Y   .    .   .    .   .    .
import:sensors:own             Y   Y    .   .    .   .    Y   Y    .   .    .
import:sensors:other           Y   Y    .   .    .   .    Y   .    .   .    .
import:sensor_readings         Y   Y    .   .    .   .    Y   .    .   .    .
import:hazard_zones            Y   Y    .   .    .   .    Y   .    .   .    .
import:incidents:own           Y   Y    Y   Y    .   .    Y   Y    .   .    .
import:incidents:other         Y   Y    Y   .    .   .    Y   .    .   .    .
import:planned_sites:own       Y   Y    .   .    Y   Y    .   .    .   .    .
import:planned_sites:other     Y   Y    .   .    Y   .    .   .    .   .    .
unmask:own                     Y   Y    Y   Y    .   .    Y   Y    .   .    Y
unmask:other                   Y   Y    Y   .    .   .    Y   .    .   .    .
export:incidents               Y   Y    Y   Y    Y   Y    Y   Y    .   .    Y
export_personal:incidents      Y   Y    Y   Y    .   .    .   .    .   .    .
users                          Y   Y    .   .    .   .    .   .    .   .    .
add_user                       Y   Y    .   .    .   .    .   .    .   .    .
set_role                       Y   Y    .   .    .   .    .   .    .   .    .
set_active                     Y   Y    .   .    .   .    .   .    .   .    .
unlock                         Y   Y    .   .    .   .    .   .    .   .    .
set_password:other             Y   Y    .   .    .   .    .   .    .   .    .
set_password:self              Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
audit_log                      Y   Y    .   .    .   .    .   .    .   .    .
verify_audit                   Y   Y    .   .    .   .    .   .    .   .    .
alerts                         Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
alert:own                      Y   Y    Y   Y    Y   Y    Y   Y    Y   Y    Y
alert:other                    Y   Y    Y   .    Y   .    Y   .    Y   .    .
raise:own                      Y   Y    .   .    .   .    Y   Y    .   .    .
raise:other                    Y   Y    .   .    .   .    Y   .    .   .    .
acknowledge:own                Y   Y    .   .    .   .    Y   Y    .   .    .
acknowledge:other              Y   Y    .   .    .   .    Y   .    .   .    .
issue:own                      Y   Y    .   .    .   .    Y   Y    .   .    .
issue:other                    Y   Y    .   .    .   .    Y   .    .   .    .
"""


def expected_table() -> dict[str, dict[str, bool]]:
    header, *rows = EXPECTED.strip().splitlines()
    columns = header.split()[1:]
    assert columns == list(PROFILES)
    table = {}
    for row in rows:
        action, *marks = row.split()
        assert len(marks) == len(columns) and set(marks) <= {"Y", "."}, row
        assert action not in table, action
        table[action] = {profile: mark == "Y" for profile, mark in zip(columns, marks, strict=True)}
    return table


class Bench:
    """A township (V1, V2, features of every kind) and its administrator, who prepares each attempt."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.store = make_store(folder)
        self.admin = self.store.create_administrator(ADMIN, ADMIN_PASSWORD)
        self.ids = fill_township(self.admin)
        self.n = 100

    def number(self) -> int:
        self.n += 1
        return self.n

    def fresh(self, kind: str, village: str | None) -> tuple[int, int | None]:
        """A new feature (the administrator's) and its version."""
        values = sample(kind, None if kind == "villages" else village, self.number())
        feature_id = self.admin.features.add(kind, values)
        return feature_id, self.admin.features.get(kind, feature_id).get("version")

    def episode(self, village: str):
        """A river warning episode, over, at the village's sensor (each on a day of its own)."""
        from datetime import UTC, datetime, timedelta

        from layers.emergency.alert_rules import Episode

        start = datetime(2026, 7, 1, tzinfo=UTC) + timedelta(days=self.number())
        return Episode("river-warning", f"S-{village}", "level", "warning", start, start, 3.0, start,
                       start + timedelta(hours=1), village)

    def target_user(self) -> str:
        name = f"target{self.number()}"
        self.admin.accounts.add(name, PASSWORD, "viewer")
        return name

    def attempt(self, user, action: str):
        """Prepare ``action`` with the administrator; return the call ``user`` then makes."""
        verb, _, rest = action.partition(":")
        kind, _, where = rest.partition(":")
        village = {"own": "V1", "other": "V2", "move": "V1"}.get(where)
        n = self.number()
        if verb == "features":
            return lambda: user.features.read(kind)
        if verb == "feature":
            feature_id = self.ids[kind][village] if village else next(iter(self.ids[kind].values()))
            return lambda: user.features.get(kind, feature_id)
        if verb == "add":
            values = sample(kind, village, n)
            return lambda: user.features.add(kind, values)
        if verb == "import":
            records = [sample(kind, village, n), sample(kind, village, self.number())]
            return lambda: user.features.add_many(kind, records)
        if verb == "withdraw":  # reports are never deleted: withdrawn with a note
            feature_id, version = self.fresh(kind, village)
            return lambda: user.incidents.withdraw(feature_id, "filed twice", version)
        if verb in ("update", "delete"):
            if kind == "villages" and verb == "update":
                feature_id = self.ids["villages"][village]
                version = self.admin.features.get(kind, feature_id)["version"]
            else:
                feature_id, version = self.fresh(kind, village)
            if verb == "delete":
                return lambda: user.features.delete(kind, feature_id, version)
            changes = {"village_code": "V2"} if where == "move" else CHANGES[kind]
            return lambda: user.features.update(kind, feature_id, changes, version)
        if verb == "unmask":
            return lambda: user.incidents.unmask(self.ids["incidents"][{"own": "V1", "other": "V2"}[kind]], "test")
        if verb in ("export", "export_personal"):
            path = self.folder / f"export-{n}.csv"
            personal = verb == "export_personal"
            return lambda: user.exports.write(kind, path, include_personal=personal, confirmed=personal)
        if verb == "alerts":
            return user.alerts.board
        if verb in ("alert", "raise", "acknowledge", "issue"):
            episode = self.episode({"own": "V1", "other": "V2"}[kind])
            if verb == "raise":
                return lambda: user.alerts.raise_episodes([episode])
            alert_id = self.admin.alerts.raise_episodes([episode])[0]
            return {"alert": lambda: user.alerts.get(alert_id),
                    "acknowledge": lambda: user.alerts.acknowledge(alert_id, 1, "seen"),
                    "issue": lambda: user.alerts.check_issue(alert_id)}[verb]
        if action == "set_password:self":
            return lambda: user.accounts.set_password(user.username, PASSWORD)
        if action == "users":
            return user.accounts.users
        if action == "add_user":
            return lambda: user.accounts.add(f"new{n}", PASSWORD, "viewer")
        if action in ("audit_log", "verify_audit"):
            return {"audit_log": user.audit.log, "verify_audit": user.audit.verify}[action]
        target = self.target_user()
        return {"set_role": lambda: user.accounts.set_role(target, "planner"),
                "set_active": lambda: user.accounts.set_active(target, False),
                "unlock": lambda: user.accounts.unlock(target),
                "set_password:other": lambda: user.accounts.set_password(target, "new-password-1")}[action]


def test_the_table_covers_every_role():
    table = expected_table()
    assert {role for role, _ in PROFILES.values()} == set(ROLES)
    assert all(PROFILES[p][1] == "V1" for p in PROFILES if PROFILES[p][0] == "village_officer")
    assert len(table) == 90


@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_action_of_every_role(tmp_path, profile):
    role, village = PROFILES[profile]
    bench = Bench(tmp_path)
    bench.admin.accounts.add(profile, PASSWORD, role, village)
    every_action(bench, profile, bench.store.login(profile, PASSWORD))


def every_action(bench: Bench, profile: str, user, hidden: tuple = ()) -> None:
    """Try every action of the table as ``user``; a refusal is :class:`PermissionDenied` with one ``denied``
    audit record, or one of ``hidden`` (a database that does not even show the feature: nothing to record)."""
    unauthorized, wrongly_refused, refusals = [], [], 0
    table = expected_table()
    for action, marks in table.items():
        allowed = marks[profile]
        call = bench.attempt(user, action)
        before, records = data_checksums(bench.store), audit_count(bench.store)
        try:
            call()
        except (PermissionDenied, *hidden) as exc:
            refusals += 1
            if allowed:
                wrongly_refused.append(action)
            assert data_checksums(bench.store) == before, f"{action}: refused but the store changed"
            if isinstance(exc, PermissionDenied):
                assert audit_count(bench.store) == records + 1, f"{action}: not one audit record"
                last = bench.admin.audit.log(limit=1).iloc[0]
                assert (last["username"], last["outcome"]) == (profile, "denied"), action
                assert last["event"] and last["object"], action
        else:
            if not allowed:
                unauthorized.append(action)
    allowed_count = sum(marks[profile] for marks in table.values())
    assert (unauthorized, wrongly_refused) == ([], []), (
        f"{profile}: {len(unauthorized)} unauthorized successes {unauthorized}, "
        f"{len(wrongly_refused)} wrongly refused {wrongly_refused}")
    assert refusals == len(table) - allowed_count


@pytest.mark.parametrize("profile", [p for p, (_, village) in PROFILES.items()
                                     if village and PROFILES[p][0] != "administrator"])
def test_a_village_user_never_sees_another_village(tmp_path, profile):
    role, village = PROFILES[profile]
    bench = Bench(tmp_path)
    bench.admin.accounts.add(profile, PASSWORD, role, village)
    user = bench.store.login(profile, PASSWORD)
    for kind in sorted(VILLAGE_SCOPED):
        everything = bench.admin.features.read(kind)
        assert set(everything["village_code"]) == {"V1", "V2"}, kind
        mine = user.features.read(kind)
        assert len(mine) > 0 and set(mine["village_code"]) == {"V1"}, kind
        assert list(mine.index) == list(everything.index[everything["village_code"] == "V1"]), kind
    if user.can(Action(Right.EXPORT)):
        user.exports.write("facilities", tmp_path / "mine.csv")
        exported = pd.read_csv(tmp_path / "mine.csv", encoding="utf-8-sig")
        assert set(exported["village_code"]) == {"V1"}


def test_an_open_session_follows_the_administrators_changes(tmp_path):
    bench = Bench(tmp_path)
    admin, ids = bench.admin, bench.ids
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = bench.store.login("clerk", PASSWORD)  # a console left open
    facility, version = bench.fresh("facilities", "V2")
    version = clerk.features.update("facilities", facility, {"capacity": 1}, version)

    admin.accounts.set_role("clerk", "office_staff", "V1")  # posted to V1 only
    with pytest.raises(PermissionDenied):
        clerk.features.update("facilities", facility, {"capacity": 2}, version)
    assert set(clerk.features.read("incidents")["village_code"]) == {"V1"}
    with pytest.raises(PermissionDenied):
        clerk.incidents.unmask(ids["incidents"]["V2"])

    admin.accounts.set_role("clerk", "viewer")
    with pytest.raises(PermissionDenied):
        clerk.exports.write("incidents", tmp_path / "x.csv")
    assert len(clerk.features.read("incidents")) == 2

    admin.accounts.set_role("clerk", "office_staff")
    admin.accounts.set_active("clerk", False)
    before = data_checksums(bench.store)
    for call in (lambda: clerk.features.read("villages"), lambda: clerk.incidents.unmask(ids["incidents"]["V1"]),
                 lambda: clerk.features.update("facilities", facility, {"capacity": 3}, version),
                 lambda: clerk.features.delete("facilities", facility, version),
                 lambda: clerk.features.add("incidents", sample("incidents", "V1", 9))):
        with pytest.raises(PermissionDenied, match="disabled"):
            call()
    assert data_checksums(bench.store) == before
    denied = admin.audit.log(username="clerk", outcome="denied")
    assert len(denied) == 8
