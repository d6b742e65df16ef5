"""What a reader or a project says about what it assumed or left out (a guessed encoding, an inferred CRS,
rows flagged, a layer left out), in a form the interface can say in its own language.

A :class:`Note` is the English sentence itself (a ``str``, so logs, the CLI's JSON and tests read it as
before) that also keeps its template and parameters; the interface translates the template in the context
``DataSourceNote`` and fills it with the parameters, themselves translated when they are notes.
"""

from __future__ import annotations

from datasources.errors import QT_TRANSLATE_NOOP

CONTEXT = "DataSourceNote"


class Note(str):
    """An English sentence with the template and parameters it was made from.

    Parameters
    ----------
    template : str
        The English template (marked with ``QT_TRANSLATE_NOOP("DataSourceNote", ...)``).
    **params :
        The values the template names; data (numbers, names, codes) or other notes.
    """

    template: str
    params: dict

    def __new__(cls, template: str, **params):
        note = super().__new__(cls, template.format(**params) if params else template)
        note.template = template
        note.params = params
        return note

    def __reduce__(self):
        return _rebuild, (self.template, self.params)


def _rebuild(template: str, params: dict) -> Note:
    return Note(template, **params)


def file_note(file: str, note: str) -> Note:
    """``note`` about the file named ``file`` (a project's list of what each of its files said)."""
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{file}: {note}"), file=file, note=note)


def layer_note(layer, note: str) -> Note:
    """``note`` about a project's layer named ``layer``."""
    return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{layer}: {note}"), layer=layer, note=note)
