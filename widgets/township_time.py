"""Times on screen in one zone, the township's (Asia/Shanghai, Beijing time, UTC+8), whatever the zone of
the workstation: what a form offers and reads, what the detail, queue, history and audit log show, and the
words that say so (上报时间 (北京时间 UTC+8)).

The store keeps UTC; a time typed in a form is the township's wall-clock time. Qt's date-time edits work in
UTC here, holding the township's wall-clock time, so the workstation's zone (and its daylight saving) never
moves a typed time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pandas as pd
from PySide6 import QtCore

from layers.incidents.village_stats import TOWNSHIP_ZONE

ZONE = ZoneInfo(TOWNSHIP_ZONE)
_NAME = QtCore.QT_TRANSLATE_NOOP("TownshipTime", "Beijing time, UTC+8")
_SHORT = QtCore.QT_TRANSLATE_NOOP("TownshipTime", "UTC+8")
_WITH = QtCore.QT_TRANSLATE_NOOP("TownshipTime", "{label} ({zone})")


def zone_name() -> str:
    """The township's zone as people say it (Chinese: 北京时间 UTC+8)."""
    return QtCore.QCoreApplication.translate("TownshipTime", _NAME)


def zone_short() -> str:
    """The zone in a word, after a time (Chinese: 北京时间)."""
    return QtCore.QCoreApplication.translate("TownshipTime", _SHORT)


def with_zone(label: str) -> str:
    """A label for times with the zone stated: ``Reported at (Beijing time, UTC+8)``."""
    return QtCore.QCoreApplication.translate("TownshipTime", _WITH).format(label=label, zone=zone_name())


def township_now() -> datetime:
    """Now, in the township's zone."""
    return datetime.now(ZONE)


def to_township(value) -> datetime | None:
    """A stored time (aware, or naive meaning UTC) in the township's zone; None when missing."""
    if value is None or (not isinstance(value, datetime) and pd.isna(value)):
        return None
    moment = pd.Timestamp(value).to_pydatetime()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZONE)


def edit_time(value=None) -> QtCore.QDateTime:
    """What a date-time edit set up by :func:`prepare_edit` shows for ``value`` (default now): the
    township's wall-clock time to the minute."""
    moment = to_township(value) if value is not None else township_now()
    return QtCore.QDateTime(QtCore.QDate(moment.year, moment.month, moment.day),
                            QtCore.QTime(moment.hour, moment.minute),  # to the minute, as shown
                            QtCore.QTimeZone.utc())


def prepare_edit(edit: QtCore.QObject, value=None) -> None:
    """Make a QDateTimeEdit hold the township's wall-clock time of ``value`` (default now)."""
    edit.setTimeZone(QtCore.QTimeZone.utc())
    edit.setDateTime(edit_time(value))


def edited_time(edit) -> datetime:
    """The time typed in an edit set up by :func:`prepare_edit`, read as the township's, in UTC."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second(),
                    tzinfo=ZONE)
    return wall.astimezone(UTC)


__all__ = ["ZONE", "edit_time", "edited_time", "prepare_edit", "to_township", "township_now",
           "with_zone", "zone_name", "zone_short"]
