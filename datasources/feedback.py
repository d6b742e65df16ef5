"""Progress and cancellation for long reads and writes.

A worker in the console hands a reader two plain callables, ``progress(fraction, message)`` and
``is_cancelled()``; a reader takes them bundled as one :class:`Feedback` (QGIS's ``QgsFeedback``).
Headless callers may pass nothing, or a ``Feedback()`` they :meth:`~Feedback.cancel` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from datasources.errors import Cancelled

Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]


def no_progress(fraction: float, message: str) -> None:  # noqa: ARG001
    """Ignore progress reports."""


def never_cancelled() -> bool:
    """Report that nobody asked to cancel."""
    return False


def check_cancelled(is_cancelled: IsCancelled, path=None) -> None:
    """Raise :class:`Cancelled` when the caller asked to stop."""
    if is_cancelled():
        raise Cancelled(path)


class Feedback:
    """Where a long task reports how far it is, and asks whether to stop.

    Parameters
    ----------
    progress : callable(fraction, message), optional
        Told the share done (0 to 1) and what is being done; ignored by default.
    is_cancelled : callable() -> bool, optional
        Asked between steps; by default nobody cancels (but :meth:`cancel` still does).

    Examples
    --------
    >>> seen = []
    >>> feedback = Feedback(lambda fraction, message: seen.append(fraction))
    >>> feedback.progress(0.5, "reading")
    >>> feedback.step(1, 2).progress(0.5, "second file, half way")
    >>> seen
    [0.5, 0.75]
    """

    __slots__ = ("_cancelled", "_is_cancelled", "_progress")

    def __init__(self, progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> None:
        self._progress = progress or no_progress
        self._is_cancelled = is_cancelled or never_cancelled
        self._cancelled = False

    @classmethod
    def of(cls, feedback: Feedback | None) -> Feedback:
        """``feedback`` itself, or a silent one that is never cancelled when it is None."""
        return cls() if feedback is None else feedback

    def progress(self, fraction: float, message: str) -> None:
        """Report the share done (0 to 1) and what is being done."""
        self._progress(fraction, message)

    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called or the caller's ``is_cancelled`` says so."""
        return self._cancelled or bool(self._is_cancelled())

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._cancelled = True

    def check(self, path: str | Path | None = None) -> None:
        """Raise :class:`~datasources.errors.Cancelled` (naming ``path``) when asked to stop."""
        if self.is_cancelled():
            raise Cancelled(path)

    def step(self, index: int, count: int) -> Feedback:
        """The feedback for part ``index`` of ``count`` equal parts: its 0..1 maps onto that part.

        The part is cancelled whenever this one is.
        """
        def progress(fraction: float, message: str) -> None:
            self.progress((index + fraction) / max(count, 1), message)

        return Feedback(progress, self.is_cancelled)

    @property
    def callables(self) -> tuple[Progress, IsCancelled]:
        """``(progress, is_cancelled)`` as plain callables, for code that takes them apart."""
        return self.progress, self.is_cancelled
