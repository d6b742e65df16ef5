"""What each column is called, in Chinese and English, for the workbook, the PDF and the window."""

from __future__ import annotations

import math

LABELS: dict[str, tuple[str, str]] = {
    "village_code": ("村代码", "Village code"), "village_name": ("村名", "Village"), "month": ("月份", "Month"),
    "received": ("受理件数", "Reports received"), "closed": ("办结件数", "Closed"),
    "closed_on_time": ("按时办结", "Closed on time"), "on_time_share": ("按时办结率", "Closed on time (share)"),
    "median_days_to_close": ("办结用时中位数(天)", "Median days to close"),
    "closings": ("办结用时样本数", "Closings in the median"), "due": ("已到期件数", "Due"),
    "overdue": ("超期件数", "Overdue"), "overdue_share": ("超期率", "Overdue share"),
    "sensors": ("监测设备数", "Sensors"), "readings": ("收到读数", "Readings received"),
    "expected": ("应收读数", "Readings expected"), "uptime": ("设备在线率", "Sensor uptime"),
    "aqi_days": ("有AQI天数", "Days with an AQI"), "days_above_aqi100": ("AQI超100天数", "Days above AQI 100"),
    "water_class": ("水质类别", "Water class"), "water_class_name": ("水质类别名", "Water class name"),
    "alerts_raised": ("预警条数", "Alerts raised"), "alerts_answered": ("已响应预警", "Alerts answered"),
    "median_minutes_to_answer": ("响应用时中位数(分钟)", "Median minutes to answer"),
    "households": ("户数", "Households"), "score": ("综合得分", "Score"), "rank": ("综合排名", "Rank"),
    "metrics": ("参评指标数", "Metrics ranked on"),
    "mobile_covered": ("移动信号覆盖户数", "Households with mobile"),
    "mobile_with_plans": ("含规划移动覆盖户数", "Mobile, with plans"),
    "broadband_covered": ("宽带覆盖户数", "Households with broadband"),
    "broadband_with_plans": ("含规划宽带覆盖户数", "Broadband, with plans"),
    "warning_covered": ("预警广播覆盖户数", "Households within warning reach"),
    "warning_with_plans": ("含规划预警覆盖户数", "Warning, with plans"),
}
#: shares shown as percentages
SHARES = ("on_time_share", "overdue_share", "uptime")


def label(column: str, lang: str = "zh_CN") -> str:
    """The column's name people read (``rank_<metric>``: the metric's name and "rank")."""
    if column.startswith("rank_"):
        zh, en = LABELS.get(column[5:], (column[5:], column[5:]))
        return f"{zh}名次" if lang.startswith("zh") else f"{en} rank"
    zh, en = LABELS.get(column, (column, column))
    return zh if lang.startswith("zh") else en


def labels(columns, lang: str = "zh_CN") -> dict[str, str]:
    return {c: label(str(c), lang) for c in columns}


def cell_text(value, column: str) -> str:
    """A figure as the tables show it: shares (0-1) in percent to one decimal, other fractions to one
    decimal, whole numbers whole, a missing figure as a dash."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
        if isinstance(value, float) and not math.isfinite(value):
            return "—"
    if isinstance(value, float):
        if column in SHARES:
            return f"{value * 100:.1f}%"
        return f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
    return str(value)


__all__ = ["LABELS", "SHARES", "cell_text", "label", "labels"]
