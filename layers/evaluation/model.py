"""One evaluation of a range of months, computed once and read by every view (window, workbook, PDF)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from layers.evaluation.figures import EvaluationData, gather, village_months
from layers.evaluation.ranking import coverage_table, range_table, ranking, trend, village_page


@dataclass
class Evaluation:
    """The figures of :class:`EvaluationData`: per village and month, over the range, ranked, covered."""

    data: EvaluationData
    monthly: pd.DataFrame
    whole: pd.DataFrame
    ranked: pd.DataFrame
    coverage: pd.DataFrame
    coverage_notes: tuple[str, str]

    @property
    def coverage_note(self) -> str:
        """What the coverage counted or why it is empty (English)."""
        return self.coverage_notes[0]

    def coverage_text(self, lang: str = "zh_CN") -> str:
        """The same in the reader's language."""
        return self.coverage_notes[1 if lang.startswith("zh") else 0]

    @property
    def months(self) -> list[str]:
        return self.data.months

    def trend(self, metric: str, village_code: str = "township") -> pd.DataFrame:
        return trend(self.monthly, metric, village_code)

    def page(self, village_code: str) -> dict:
        return village_page(self.data, self.monthly, self.ranked, self.coverage, village_code)

    def month(self, month: str) -> pd.DataFrame:
        """Every village's figures of one month (the township last)."""
        return self.monthly[self.monthly["month"] == month].reset_index(drop=True)


def evaluate(data: EvaluationData) -> Evaluation:
    """Compute every table of the dashboard from the store's rows."""
    monthly = village_months(data)
    whole = range_table(data, monthly)
    coverage, note = coverage_table(data)
    return Evaluation(data, monthly, whole, ranking(whole), coverage, note)


def evaluate_store(session, first: str, last: str, now=None, households=None, feedback=None) -> Evaluation:
    """Read the months through the user's session and evaluate them (a long task: ``feedback`` is a
    :class:`~datasources.feedback.Feedback` or None)."""
    data = gather(session, first, last, now=now, households=households, feedback=feedback)
    if feedback is not None:
        feedback.progress(0.9, "")
        feedback.check()
    return evaluate(data)


__all__ = ["Evaluation", "evaluate", "evaluate_store"]
