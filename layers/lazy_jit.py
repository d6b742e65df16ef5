"""Compiled loops that cost nothing until used: numba is imported, and a kernel compiled (or loaded from
numba's cache), on the kernel's first call, so start-up and the commands that never need a kernel do not
pay the 0.7 s of importing numba and loading the cached code."""

from __future__ import annotations

import threading

_lock = threading.Lock()


def lazy_njit(fn):
    """``numba.njit(cache=True, nogil=True)`` of ``fn``, done on the first call (once, whatever the
    thread); ``call.py_func`` is ``fn`` itself, for tests that compare with plain Python."""
    compiled = []

    def call(*args):
        if not compiled:
            with _lock:
                if not compiled:
                    import numba

                    compiled.append(numba.njit(cache=True, nogil=True)(fn))
        return compiled[0](*args)

    call.py_func = fn
    call.__name__ = fn.__name__
    return call


_warmed = threading.Event()


def _one_more(x):
    return x + 1


def kernels_warm() -> bool:
    """Whether :func:`warm_up` has run in this process."""
    return _warmed.is_set()


def warm_up() -> None:
    """Import numba and load its compiler once (about 1 s of CPU, the most of a kernel's first call), so
    that the first big file opened later does not wait for it. Meant for a thread of its own; once per process.

    The first call of any kernel imports numba and sets up its compiler's context (registries, LLVM)
    before loading the kernel's cached code; a tiny cached function does the setting up here.
    """
    if _warmed.is_set():
        return
    with _lock:
        if _warmed.is_set():
            return
        import numba

        numba.njit(cache=True, nogil=True)(_one_more)(1)
        _warmed.set()
