"""Readings in, alerts on the board out: :class:`AlertWatch` runs the alert rules on each batch a live feed
(or a replay, or a dropped CSV) delivers, raises each new episode once in the store and notes the end of
those that ended. Several consoles may watch the same feed: the store keeps one alert per episode."""

from __future__ import annotations

import pandas as pd

from layers.emergency.alert_rules import AlertEngine, AlertRule, Episode


def store_sensors(session) -> pd.DataFrame:
    """The store's sensors as the rules need them: ``sensor_code``, ``kind``, ``village_code``."""
    sensors = session.features.read("sensors")
    return pd.DataFrame(sensors[["sensor_code", "kind", "village_code"]]).reset_index(drop=True)


class AlertWatch:
    """The alert rules on one store session's board.

    Parameters
    ----------
    session : StoreSession
        A user who may raise alerts (the emergency desk, the administrator) or a trusted script.
    rules : list of AlertRule
    sensors : DataFrame, optional
        The sensors (default: the store's, see :func:`store_sensors`).
    """

    def __init__(self, session, rules: list[AlertRule], sensors: pd.DataFrame | None = None) -> None:
        self.session = session
        self.rules = list(rules)
        self.engine = AlertEngine(self.rules, store_sensors(session) if sensors is None else sensors)

    def feed(self, readings: pd.DataFrame) -> dict[int, Episode]:
        """Take a batch of readings; returns the alerts (by id) whose episode the batch raised or changed."""
        changed = self.engine.feed(readings)
        if not changed:
            return {}
        ids = self.session.alerts.raise_episodes(changed, self.rules)
        for episode in changed:
            if episode.end is not None:
                self.session.alerts.episode_ended(episode)
        return dict(zip(ids, changed, strict=True))


__all__ = ["AlertWatch", "store_sensors"]
