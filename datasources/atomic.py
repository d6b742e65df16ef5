"""Atomic saves: write beside the target, then rename over it, so a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, WriteFailed


@contextlib.contextmanager
def atomic_path(target: str | Path, copy_existing: bool = False) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.

    Parameters
    ----------
    target : path
        The file to (re)write.
    copy_existing : bool
        Start the temporary file as a copy of the current target (to update a GeoPackage in place).

    Raises
    ------
    WriteFailed
        When the folder is not writable or the write failed; the old target is untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise WriteFailed(target,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "cannot write in {folder} ({strerror})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Choose a folder you can write to."),
                          folder=folder, strerror=exc.strerror) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    if copy_existing and target.exists():
        import shutil

        shutil.copyfile(target, tmp)
    else:
        tmp.unlink()  # writers such as GDAL want to create the file themselves
    try:
        yield tmp
        if not tmp.exists():
            raise WriteFailed(target,
                              QT_TRANSLATE_NOOP("DataSourceError", "the writer produced no file"))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        for extra in folder.glob(f"{tmp.name}-*"):  # SQLite -journal/-wal left by a failed write
            with contextlib.suppress(OSError):
                extra.unlink()
        raise
