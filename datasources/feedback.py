"""Progress and cancellation callables that long reads and writes accept.

Workers in the console pass their own; headless callers may pass nothing.
"""

from __future__ import annotations

from collections.abc import Callable

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
