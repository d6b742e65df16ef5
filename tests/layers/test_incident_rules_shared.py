"""The desk's workflow module and the store enforce one set of rules: the names are the same objects, and the
desk's overdue test uses the deadline the store saved with each report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

import layers.incidents.workflow as desk
from datasources import incident_vocabulary as store
from datasources.errors import StoreError
from layers.code_lists import incident_code_names


def test_one_definition_of_the_rules():
    for name in ("STATUSES", "OPEN_STATUSES", "FINAL_STATUSES", "TRANSITIONS", "CATEGORIES",
                 "DEFAULT_DEADLINE_DAYS", "check_transition", "allowed_next"):
        assert getattr(desk, name) is getattr(store, name), name
    with pytest.raises(desk.TransitionRefused) as caught:
        desk.check_transition("closed", "new", "reopen")
    assert isinstance(caught.value, StoreError)
    assert str(caught.value) == ("an incident that is closed cannot become new. "
                                 "Allowed next: none (the case is finished).")
    names = incident_code_names("zh_CN")  # the office's names, from the interface's code lists
    assert set(names.statuses) == set(store.STATUSES)
    assert set(names.categories) == set(store.CATEGORIES) == set(store.DEFAULT_DEADLINE_DAYS)


def test_overdue_uses_the_saved_deadline():
    now = datetime(2025, 6, 10, tzinfo=UTC)
    reported = now - timedelta(days=5)
    frame = pd.DataFrame({"status": ["assigned", "assigned", "closed"],
                          "category": ["road_damage"] * 3,
                          "reported_at": [reported] * 3,
                          "due_at": [now - timedelta(hours=1), None, now - timedelta(days=1)]})
    # saved deadline passed; no saved deadline (7 days for road damage: not yet); closed: never overdue
    assert desk.overdue(frame, now).tolist() == [True, False, False]
