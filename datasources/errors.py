"""Typed errors raised by data sources.

Every error names the file, says what is wrong and what the user can do about it, so the
console's message bar and the headless CLI can show it as it is.

What is wrong and the advice are English templates with named parameters
(``Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the file is cut short at {size:,} bytes"), size=n)``):
``message`` is the English sentence, and the interface translates ``problem_template`` and
``advice_template`` in the context ``DataSourceError`` and fills them with ``params``. Parameters are
data (file members, numbers, codes, the text of a library's own error), never English words to translate.
"""

from __future__ import annotations

from pathlib import Path

CONTEXT = "DataSourceError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Mark ``text`` for translation in ``context`` (the translation tools collect it); returns it as it is."""
    return text


class DataSourceError(Exception):
    """A file or feed could not be read or written.

    Parameters
    ----------
    path : str or Path or None
        The file concerned.
    problem : str
        What is wrong, in a sentence (a template when ``params`` are given).
    advice : str
        What to do about it, in a sentence (a template when ``params`` are given).
    **params :
        The values the templates name (``{size:,}``), kept in ``params``.
    """

    def __init__(self, path: str | Path | None, problem: str, advice: str = "", **params) -> None:
        self.path = None if path is None else Path(path)
        self.problem_template = problem
        self.advice_template = advice
        self.params = params
        self.problem = problem.format(**params) if params else problem
        self.advice = advice.format(**params) if params and advice else advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.path.name}: " if self.path is not None else ""
        tail = f" {self.advice}" if self.advice else ""
        return f"{where}{self.problem}.{tail}".replace("..", ".")


class FileMissing(DataSourceError):
    """The file (or folder) is not where the caller said it is."""


class UnsupportedFormat(DataSourceError):
    """The file is not of a kind the console reads."""


class EncodingError(DataSourceError):
    """Text in the file cannot be decoded with the encoding given or detected."""


class CRSUnknown(DataSourceError):
    """The coordinate system is missing and cannot be inferred."""


class FileTooLarge(DataSourceError):
    """The file (or what an archive would unpack to) is larger than allowed."""


class Damaged(DataSourceError):
    """The file is truncated, corrupted or not what its name says."""


class Unsafe(DataSourceError):
    """The file tries something hostile: a path outside the archive, a zip bomb, a reference to other files."""


class Cancelled(DataSourceError):
    """The user cancelled a long read or write."""

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(path, QT_TRANSLATE_NOOP("DataSourceError", "cancelled by the user"))


class WriteFailed(DataSourceError):
    """A file could not be written; the previous version, if any, is untouched."""


class StoreError(DataSourceError):
    """The township store refused or could not do what was asked."""

    def __init__(self, problem: str, advice: str = "", **params) -> None:
        super().__init__(None, problem, advice, **params)


class PermissionDenied(StoreError):
    """The logged-in user's role or village scope does not allow this action."""


class LoginFailed(StoreError):
    """The user name or password is wrong (the message never says which)."""


class LoginLimited(LoginFailed):
    """The store's server takes no more failed logins from this workstation for a minute (a flood)."""


class AccountLocked(StoreError):
    """Too many failed logins: the account is locked for a while, or disabled."""


class NotFound(StoreError):
    """The record asked for is not in the store."""


class EditConflict(StoreError):
    """Someone else saved this feature since it was read; nothing was overwritten.

    Parameters
    ----------
    kind, feature_id :
        Which feature.
    mine : dict
        The values this user tried to save.
    theirs : dict
        The values now in the store (with their ``version``).
    """

    def __init__(self, kind: str, feature_id: int, mine: dict, theirs: dict) -> None:
        self.kind = kind
        self.feature_id = feature_id
        self.mine = mine
        self.theirs = theirs
        advice = QT_TRANSLATE_NOOP("DataSourceError", "Compare both versions and choose which to keep.")
        who = theirs.get("updated_by")
        if who:
            super().__init__(QT_TRANSLATE_NOOP("DataSourceError", "{kind} #{feature_id} was changed by {who} since you "
                                               "opened it"), advice, kind=kind, feature_id=feature_id, who=who)
        else:
            super().__init__(QT_TRANSLATE_NOOP("DataSourceError", "{kind} #{feature_id} was changed by another user "
                                               "since you opened it"), advice, kind=kind, feature_id=feature_id)


class KeyMissing(StoreError):
    """The key that decrypts residents' personal data is not where it should be."""


class WorkflowRefused(StoreError):
    """The incident workflow does not allow this change of status, or the change lacks what it needs
    (a note, an assignee, the original of a duplicate)."""
