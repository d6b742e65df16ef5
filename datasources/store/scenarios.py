"""Planning scenarios in the store (``session.scenarios``): named copies of the planned sites, kept for
every planner to compare, map, export, or make the proposed sites.

Who may do what: the users who edit planned sites (planners and the administrator) keep and delete
scenarios; everyone who reads planned sites reads them; a user posted to a village (a village officer)
sees only the sites of that village in each scenario. Every keep and delete is one audited transaction
(``scenario_keep``, ``scenario_delete``, object ``scenario:<name>``). On PostgreSQL the database enforces
the same (``pg_scenarios.sql``).

API
---
- ``names() -> list[str]``: the scenarios the user sees, in the order they were kept.
- ``read(name=None) -> pandas.DataFrame``: their sites (one scenario's when named), indexed by ``id``,
  columns ``scenario``, :data:`~datasources.store.scenario_models.SITE_FIELDS`, ``x``, ``y`` (store CRS),
  ``kept_by``, ``kept_at``.
- ``keep(name, sites) -> int``: keep ``sites`` (dicts of those fields with ``x``, ``y``) as the scenario
  ``name``, replacing one of that name; returns how many sites.
- ``delete(name) -> int``: delete the scenario; returns how many sites went.
- ``record_export(name, files)``: record that the user wrote the scenario out as a plan (audited
  ``plan_export``, the files' names in its detail).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import delete, select

from datasources.errors import QT_TRANSLATE_NOOP, WorkflowRefused
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.permissions import Action
from datasources.store.scenario_models import SITE_FIELDS, ScenarioSite

KIND = "planned_sites"  # the rights: reading and editing planned sites
COLUMNS = ["scenario", *SITE_FIELDS, "x", "y", "kept_by", "kept_at"]


class Scenarios:
    """``session.scenarios`` (see the module's API)."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    def may_keep(self) -> bool:
        return self.core.can(Action.edit(KIND), self.core.caller.village_code)

    def _visible(self, statement):
        caller = self.core.caller
        if caller.village_code and caller.role != "administrator":
            statement = statement.where(ScenarioSite.village_code == caller.village_code)
        return statement

    def read(self, name: str | None = None) -> pd.DataFrame:
        self.core.check(Action.read(KIND), "scenario_sites", self.core.caller.village_code)
        statement = self._visible(select(ScenarioSite))
        if name is not None:
            statement = statement.where(ScenarioSite.scenario == str(name))
        with self.core.store.transaction() as session:
            rows = [{"id": r.id, **{c: getattr(r, c) for c in COLUMNS}}
                    for r in session.scalars(statement.order_by(ScenarioSite.id))]
        return pd.DataFrame(rows, columns=["id", *COLUMNS]).set_index("id")

    def names(self) -> list[str]:
        return list(dict.fromkeys(self.read()["scenario"]))

    def keep(self, name: str, sites: list[dict]) -> int:
        name = str(name).strip()
        if not name or not sites:
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError", "a scenario needs a name and at least "
                                                    "one site"),
                                  QT_TRANSLATE_NOOP("DataSourceError", "Name it, and add a site first."))
        rows = [_row(site) for site in sites]
        villages = sorted({r["village_code"] for r in rows} | set(self._villages_of(name)), key=str)
        write = Write(KIND, "scenario_keep", villages=villages or [None], name=f"scenario:{name}")
        now = datetime.now(UTC)

        def change(session, _target) -> Outcome:
            replaced = session.execute(delete(ScenarioSite).where(ScenarioSite.scenario == name)).rowcount
            session.add_all([ScenarioSite(scenario=name, **r, kept_by=self.core.username, kept_at=now,
                                          version=1, updated_at=now, updated_by=self.core.username)
                             for r in rows])
            return Outcome({"sites": len(rows), "replaced": int(replaced or 0)}, len(rows))

        return self.core.audited_write(write, change)

    def delete(self, name: str) -> int:
        name = str(name)
        write = Write(KIND, "scenario_delete", villages=self._villages_of(name) or [None],
                      name=f"scenario:{name}")

        def change(session, _target) -> Outcome:
            gone = session.execute(delete(ScenarioSite).where(ScenarioSite.scenario == name)).rowcount
            return Outcome({"sites": int(gone or 0)}, int(gone or 0))

        return self.core.audited_write(write, change)

    def record_export(self, name: str, files: list[str], sites: int) -> None:
        self.core.check(Action.read(KIND), f"scenario:{name}", self.core.caller.village_code)
        self.core.store.record(self.core.username, "plan_export", f"scenario:{name}", "ok",
                               {"files": [str(f) for f in files], "sites": int(sites)})

    def _villages_of(self, name: str) -> list:
        with self.core.store.transaction() as session:
            found = session.scalars(select(ScenarioSite.village_code).where(ScenarioSite.scenario == name)
                                    .distinct()).all()
        return sorted(set(found), key=str)


def _row(site: dict) -> dict:
    row = {c: _plain(site.get(c)) for c in SITE_FIELDS}
    row["kind"] = str(row["kind"] or "tower")
    row["x"], row["y"] = float(site["x"]), float(site["y"])
    if row["site_id"] is not None:
        row["site_id"] = int(row["site_id"])
    return row


def _plain(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


__all__ = ["COLUMNS", "Scenarios"]
