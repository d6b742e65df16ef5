"""The data sources' errors in the interface language.

A :class:`~datasources.errors.DataSourceError` keeps what is wrong and the advice as English templates
(``problem_template``, ``advice_template``) with their ``params``; :func:`error_text` translates the
templates in the context ``DataSourceError`` and fills them. Parameters are data and stay as they are
(file and member names, numbers, encodings, EPSG codes), except the few that name a code the interface
has words for: a role, a kind of feature, the action a role may not do, what a file is instead of map data
(``what``).
A library's own error text (GDAL, SQLite, PROJ, the operating system: the ``reason`` parameter, or an
exception that is not ours) never shows in the sentence: :mod:`datasources.library_text` says what it
means in a sentence translated here, and :func:`error_details` keeps the library's words for the Details.
The English interface shows the English templates filled the same way; the headless command prints the
error's own ``message``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

from datasources.errors import CONTEXT, DataSourceError
from datasources.library_text import CONTEXT as LIBRARY
from datasources.library_text import (
    LIBRARY_PARAMS,
    UNEXPECTED,
    UNKNOWN,
    library_sentence,
    library_words,
)
from datasources.notes import Note

#: how the file, what is wrong and the advice are put together (English: the error's own ``message``)
_FRAMES = {
    (True, True): QT_TRANSLATE_NOOP("DataSourceError", "{file}: {problem}. {advice}"),
    (True, False): QT_TRANSLATE_NOOP("DataSourceError", "{file}: {problem}."),
    (False, True): QT_TRANSLATE_NOOP("DataSourceError", "{problem}. {advice}"),
    (False, False): QT_TRANSLATE_NOOP("DataSourceError", "{problem}."),
}

#: what a role may not do, by the right refused (``edit:incidents`` -> "edit Reports")
_RIGHTS = {
    "read": QT_TRANSLATE_NOOP("DataSourceError", "read {kind}"),
    "edit": QT_TRANSLATE_NOOP("DataSourceError", "edit {kind}"),
    "import": QT_TRANSLATE_NOOP("DataSourceError", "import data"),
    "export": QT_TRANSLATE_NOOP("DataSourceError", "export data"),
    "export_personal": QT_TRANSLATE_NOOP("DataSourceError", "export residents' personal data"),
    "unmask_personal": QT_TRANSLATE_NOOP("DataSourceError", "see residents' personal data"),
    "manage_users": QT_TRANSLATE_NOOP("DataSourceError", "manage accounts"),
    "view_audit": QT_TRANSLATE_NOOP("DataSourceError", "see the audit log"),
    "publish": QT_TRANSLATE_NOOP("DataSourceError", "publish the disclosure web map"),
    "approve_publication": QT_TRANSLATE_NOOP("DataSourceError", "approve publications"),
}


#: parameters that hold a report's status code (``new``, ``closed``), named from the code list
_STATUS_PARAMS = frozenset({"current", "new", "status", "from_status", "to_status"})
_FINISHED = QT_TRANSLATE_NOOP("DataSourceError", "none (the case is finished)")


def _statuses(value) -> str:
    """A list of status codes (``verified, rejected``) named in the interface language."""
    from layers.code_lists import chinese, label

    text = str(value)
    if text.startswith("none ("):
        return _tr(_FINISHED)
    return ("、" if chinese() else ", ").join(label("incident_status", code.strip()) for code in text.split(","))


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


def library_text(text) -> str:
    """What a library's error text (or an :class:`OSError`) means, in one sentence of the interface
    language; the library's own words are left out."""
    return QtCore.QCoreApplication.translate(LIBRARY, library_sentence(text))


def _param(name: str, value):
    """A parameter as the interface shows it: codes with words in the interface's code lists are named,
    a library's own text is said in the interface's words."""
    from layers.code_lists import label, layer_title

    if isinstance(value, Note):  # a sentence or words of our own, with their template
        return note_text(value)
    if name in LIBRARY_PARAMS:
        return library_text(value)
    if name in _STATUS_PARAMS and isinstance(value, str):
        return label("incident_status", value)
    if name == "allowed" and isinstance(value, str):
        return _statuses(value)
    if name == "role":
        return label("role", value)
    if name == "what":  # what a file is instead of map data (marked where it is named)
        return _tr(str(value))
    if name == "kind":
        return layer_title(str(value))
    if name == "action":
        right, _, kind = str(value).partition(":")
        template = _RIGHTS.get(right)
        return _tr(template).format(kind=layer_title(kind) if kind else "") if template else value
    return value


def _fill(template: str, params: dict) -> str:
    text = _tr(template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return template.format(**params)


def _foreign_error(exc: BaseException) -> str:
    """An exception that is not a data source error: a library's or the system's by what it means (the
    file named), another by its own message when it has one made for people."""
    sentence = library_sentence(exc)
    if sentence == UNKNOWN:
        if isinstance(getattr(exc, "message", None), str) and exc.message:
            return exc.message
        sentence = UNEXPECTED
    problem = QtCore.QCoreApplication.translate(LIBRARY, sentence)
    name = getattr(exc, "filename", None)
    if isinstance(name, str) and name:
        return _tr(_FRAMES[(True, False)]).format(file=Path(name).name, problem=problem, advice="")
    return _tr(_FRAMES[(False, False)]).format(problem=problem, advice="")


def error_details(exc: BaseException) -> str:
    """The library's own words behind ``exc`` (what :func:`error_text` leaves out), for the Details;
    empty for our own errors that carry none."""
    if isinstance(exc, DataSourceError):
        return library_words(exc)
    return f"{type(exc).__name__}: {exc}"


def error_text(exc: BaseException) -> str:
    """What went wrong, in the interface language: a data source error from its templates (a library's
    words said in ours), another exception by what it means."""
    if not isinstance(exc, DataSourceError):
        return _foreign_error(exc)
    params = {name: _param(name, value) for name, value in exc.params.items()}
    problem = _fill(exc.problem_template, params).rstrip("。.")  # the frame ends the sentence
    advice = _fill(exc.advice_template, params) if exc.advice_template else ""
    frame = _tr(_FRAMES[(exc.path is not None, bool(advice))])
    file = exc.path.name if exc.path is not None else ""
    return frame.format(file=file, problem=problem, advice=advice)


def note_text(note) -> str:
    """A reader's or a project's note (:class:`datasources.notes.Note`) in the interface language; a plain
    string (a library's own words, such as GDAL's) as it came. A CRS reason among the parameters is said
    as the assumption dialog says it."""
    from datasources.notes import CONTEXT as NOTES
    from widgets.assumption_dialog import translated_reason

    if not isinstance(note, Note):
        return translated_reason(str(note)) if isinstance(note, str) else str(note)
    params = {name: note_text(value) if isinstance(value, str) else value
              for name, value in note.params.items()}
    text = QtCore.QCoreApplication.translate(NOTES, note.template)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return note.template.format(**params) if params else note.template


def notes_text(notes) -> str:
    """Several notes, one per line, in the interface language (a message's Details)."""
    return "\n".join(note_text(n) for n in notes)
