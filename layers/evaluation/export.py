"""The dashboard as a workbook: one sheet per table, headers in the reader's language, shares in percent.

Sheets: the month's reports, sensors and alerts per village (each over every month of the range), the
ranking over the range, the coverage by services, and the definitions with what was left empty and why.
Text cells are neutralised against formula injection, numbers stay numbers; the write is atomic.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from datasources.atomic import atomic_path
from datasources.writers import neutralise_cell
from layers.evaluation.figures import ALERT_COLUMNS, KEYS, REPORT_COLUMNS, SENSOR_COLUMNS
from layers.evaluation.labels import SHARES, label
from layers.evaluation.ranking import RANKED

SHEETS = {  # key -> (Chinese, English) sheet name
    "reports": ("群众诉求", "Reports"), "sensors": ("监测设备", "Sensors"), "alerts": ("预警响应", "Alerts"),
    "ranking": ("村排名", "Ranking"), "coverage": ("服务覆盖", "Coverage"), "notes": ("说明", "Notes"),
}


def sheet_tables(evaluation) -> dict[str, pd.DataFrame]:
    """The tables of the workbook, by sheet key, with their raw column names."""
    monthly = evaluation.monthly
    named = [*KEYS[:1], "village_name", KEYS[1]]
    ranked = evaluation.ranked[["rank", "village_code", "village_name", "score", "metrics", *RANKED,
                                *(f"rank_{m}" for m in RANKED)]]
    return {"reports": monthly[[*named, *REPORT_COLUMNS]], "sensors": monthly[[*named, *SENSOR_COLUMNS]],
            "alerts": monthly[[*named, *ALERT_COLUMNS]], "ranking": ranked, "coverage": evaluation.coverage}


def notes(evaluation, lang: str = "zh_CN") -> list[tuple[str, str]]:
    """The definitions and caveats written on the notes sheet and under the PDF's tables."""
    zh = lang.startswith("zh")
    rows = [
        ("月份" if zh else "Months", f"{evaluation.data.first} … {evaluation.data.last}"),
        ("按时办结率" if zh else "On time", "按期限(到期时间或类别天数)内办结的件数 / 办结件数" if zh else
         "closed no later than the deadline / closed"),
        ("超期率" if zh else "Overdue share", "超期件数 / 已到期件数(与事件台账的村情统计一致)" if zh else
         "overdue / due, as the incident desk's village performance"),
        ("设备在线率" if zh else "Uptime", "收到读数 / 应收读数(每个参数每小时一条)" if zh else
         "readings received / expected (one an hour for each declared parameter)"),
        ("AQI超100天数" if zh else "Days above AQI 100", "日AQI(HJ 633-2026)大于100的天数" if zh else
         "days whose daily AQI (HJ 633-2026) is above 100"),
        ("水质类别" if zh else "Water class", "月均值按GB 3838评价, 取本村最差站点" if zh else
         "GB 3838 class of the monthly means, the worst station of the village"),
        ("综合得分" if zh else "Score", "各指标名次折算0-100后等权平均, 至少两项指标" if zh else
         "equal-weight mean of each metric's rank scaled to 0-100, at least two metrics"),
        ("服务覆盖" if zh else "Coverage", evaluation.coverage_text(lang)),
    ]
    return rows


def shown(frame: pd.DataFrame) -> pd.DataFrame:
    """Shares as percentages to one decimal, medians to one decimal."""
    out = frame.copy()
    for column in out.columns:
        if column in SHARES:
            out[column] = (out[column] * 100.0).round(1)
        elif column.startswith("median_") or column == "score":
            out[column] = out[column].round(1)
    return out


def export_workbook(evaluation, path, lang: str = "zh_CN", feedback=None) -> Path:
    """Write the evaluation to an XLSX workbook (one sheet per table); returns the path. ``feedback`` (a
    :class:`~datasources.feedback.Feedback`) is told each sheet and may cancel between them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    zh = lang.startswith("zh")
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    tables = sheet_tables(evaluation)
    for i, (key, frame) in enumerate(tables.items()):
        if feedback is not None:
            feedback.progress(i / (len(tables) + 1), "")
            feedback.check()
        sheet = book.create_sheet(SHEETS[key][0 if zh else 1])
        table = shown(frame)
        sheet.append([label(str(c), lang) for c in table.columns])
        for cell in sheet[1]:
            cell.font = bold
        for row in table.itertuples(index=False, name=None):
            sheet.append([_cell(v) for v in row])
        sheet.freeze_panes = "A2"
    sheet = book.create_sheet(SHEETS["notes"][0 if zh else 1])
    for name, text in notes(evaluation, lang):
        sheet.append([neutralise_cell(name), neutralise_cell(text)])
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def _cell(value):
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    return neutralise_cell(value) if isinstance(value, str) else value


__all__ = ["SHEETS", "export_workbook", "notes", "sheet_tables", "shown"]
