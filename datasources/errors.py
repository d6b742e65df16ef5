"""Typed errors raised by data sources.

Every error names the file, says what is wrong and what the user can do about it, so the
console's message bar and the headless CLI can show it as it is.
"""

from __future__ import annotations

from pathlib import Path


class DataSourceError(Exception):
    """A file or feed could not be read or written.

    Parameters
    ----------
    path : str or Path or None
        The file concerned.
    problem : str
        What is wrong, in a sentence.
    advice : str
        What to do about it, in a sentence.
    """

    def __init__(self, path: str | Path | None, problem: str, advice: str = "") -> None:
        self.path = None if path is None else Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.path.name}: " if self.path is not None else ""
        tail = f" {self.advice}" if self.advice else ""
        return f"{where}{self.problem}.{tail}".replace("..", ".")


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
        super().__init__(path, "cancelled by the user")


class WriteFailed(DataSourceError):
    """A file could not be written; the previous version, if any, is untouched."""
