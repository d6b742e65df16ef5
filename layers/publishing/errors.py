"""The refusals of a publication: personal data that would leave, a layer or field the project no longer
has, a folder that is not a published map's. Each is a :class:`~datasources.errors.DataSourceError` whose
parameters are notes (:class:`~datasources.notes.Note`), so the window says them in its language and the
command line prints the English sentence."""

from __future__ import annotations

from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
from datasources.notes import Note


def joined(notes) -> Note | str:
    """Several notes as one (``a; b; c``), translated piece by piece."""
    notes = list(notes)
    if not notes:
        return ""
    if len(notes) == 1:
        return notes[0]
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{first}; {rest}"), first=notes[0], rest=joined(notes[1:]))


class PublishRefused(DataSourceError):
    """Some chosen layers or fields may not be published; ``refusals`` says which and why."""

    def __init__(self, refusals) -> None:
        self.refusals = list(refusals)
        super().__init__(None, QT_TRANSLATE_NOOP("DataSourceError", "nothing was published: {reasons}"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Leave those layers or fields out."),
                         reasons=joined(r.sentence() for r in self.refusals))


class ChoiceGone(DataSourceError):
    """A chosen layer or field is no longer in the project (removed since it was chosen)."""

    def __init__(self, layer: str, field: str | None = None) -> None:
        if field is None:
            super().__init__(None, QT_TRANSLATE_NOOP("DataSourceError", "the project has no layer {layer} to "
                                                     "publish"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Choose the layers again."), layer=layer)
        else:
            super().__init__(None, QT_TRANSLATE_NOOP("DataSourceError", "layer {layer} has no field {field}"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Choose the fields again."), layer=layer,
                             field=field)


def folder_refusal(out: Path) -> DataSourceError | None:
    """Why ``out`` may not receive a publication (it is replaced whole): it exists and is not a folder a
    publication wrote; None when it may."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "index.html").exists())):
        return DataSourceError(out, QT_TRANSLATE_NOOP("DataSourceError", "it exists and is not a published "
                                                      "map's folder, which a publication replaces whole"),
                               QT_TRANSLATE_NOOP("DataSourceError", "Choose a new folder."))
    return None


__all__ = ["ChoiceGone", "PublishRefused", "folder_refusal", "joined"]
