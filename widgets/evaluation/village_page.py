"""A village's page: its facts and rank, its months in a table, its trends, its sensors and its coverage
(the data of :meth:`layers.evaluation.model.Evaluation.page`)."""

from __future__ import annotations

import math

from PySide6 import QtWidgets

from layers import code_lists
from layers.evaluation.labels import labels
from widgets.evaluation.dashboard import MONTH_COLUMNS
from widgets.evaluation.frame_model import FrameModel, cell_text
from widgets.evaluation.trend_chart import TrendChart

PAGE_COLUMNS = ["month", *MONTH_COLUMNS[1:]]


class VillagePage(QtWidgets.QDialog):
    """One village's page, non-modal."""

    def __init__(self, page: dict, months: list[str], parent=None) -> None:
        super().__init__(parent)
        self.page = page
        lang = "zh_CN" if code_lists.chinese() else "en"
        self.setWindowTitle(self.tr("Village page: {name}").format(name=page["name"]))
        self.resize(1000, 620)
        rank = page.get("rank") or {}
        score = rank.get("score")
        place = rank.get("rank")
        facts = [self.tr("Households: {n}").format(n=_number(page.get("households"))),
                 self.tr("Population: {n}").format(n=_number(page.get("population")))]
        if place is not None and place == place:
            facts.append(self.tr("Rank {rank} of {n} (score {score})").format(
                rank=int(place), n=page["villages_ranked"], score=cell_text(score, "score")))
        else:
            facts.append(self.tr("Not ranked (fewer than two metrics to compare)"))
        sensors = page["sensors"]
        facts.append(self.tr("Sensors: {codes}").format(
            codes=", ".join(sensors["sensor_code"].astype(str)) if len(sensors) else self.tr("none")))
        cover = page.get("coverage") or {}
        mobile = cover.get("mobile_covered")
        if mobile is not None and mobile == mobile:
            facts.append(self.tr("Households with mobile service: {n}").format(n=_number(mobile)))
        self.facts = QtWidgets.QLabel("    ".join(facts))
        self.facts.setWordWrap(True)
        title = QtWidgets.QLabel(f"<b style='font-size:14pt'>{page['name']}</b> ({page['village_code']})")
        self.model = FrameModel(PAGE_COLUMNS, labels(PAGE_COLUMNS, lang), self)
        self.model.set_frame(page["months"])
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultSectionSize(76)
        self.chart = TrendChart()
        rows = page["months"]
        names = labels(["on_time_share", "overdue_share", "uptime"], lang)
        self.chart.show_series(self.tr("Shares by month (%)"), months,
                               {names[m]: rows[m].to_numpy(float) * 100.0 for m in names})
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(close)


def _number(value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    return f"{float(value):.0f}"


__all__ = ["VillagePage"]
