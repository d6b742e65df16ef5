"""The refusal of a publication that would let personal data out."""

from __future__ import annotations

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError


class PublishRefused(DataSourceError):
    """Some chosen layers or fields may not be published; ``refusals`` says which and why."""

    def __init__(self, refusals) -> None:
        self.refusals = list(refusals)
        super().__init__(None, QT_TRANSLATE_NOOP("DataSourceError", "nothing was published: {reasons}"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Leave those layers or fields out."),
                         reasons="; ".join(r.sentence() for r in self.refusals))
