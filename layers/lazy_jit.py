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
