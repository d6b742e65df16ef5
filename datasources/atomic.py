"""Atomic saves: write beside the target, then rename over it, so a crash never leaves half a file.

A save that holds personal data (``private=True``) is written inside an owner-only folder beside the target
and made owner-only itself before it takes the target's name, whatever the umask. Each save in progress is
noted in the user's state folder; a save killed half-way leaves its temporary file behind, and
:func:`remove_leftovers` (run when the console starts) removes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, WriteFailed

STATE_FOLDER_ENV = "TOWNSHIP_STATE_DIR"


def pending_folder() -> Path:
    """Where saves in progress are noted (one small file each, naming the temporary file and the process)."""
    if os.environ.get(STATE_FOLDER_ENV):
        return Path(os.environ[STATE_FOLDER_ENV]) / "pending"
    base = (os.environ.get("LOCALAPPDATA") or os.environ.get("XDG_STATE_HOME")
            or Path.home() / ".local" / "state")
    return Path(base) / "township-console" / "pending"


def _note(path: Path) -> Path | None:
    """Note ``path`` as a save in progress of this process; None when the state folder is not writable."""
    note = pending_folder() / f"{os.getpid()}-{uuid.uuid4().hex}.txt"
    try:
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text(f"{path}\n{socket.gethostname()}\n", encoding="utf-8")
    except OSError:
        return None
    return note


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    for extra in path.parent.glob(f"{path.name}-*"):  # SQLite -journal/-wal left by a failed write
        with contextlib.suppress(OSError):
            extra.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or Windows' way of saying it exists
        return True
    return True


def remove_leftovers() -> list[Path]:
    """Remove the temporary files of saves and exports whose process ended without finishing them."""
    removed = []
    folder = pending_folder()
    if not folder.is_dir():
        return removed
    for note in folder.glob("*.txt"):
        pid = note.name.split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError, UnicodeDecodeError):
            lines = note.read_text(encoding="utf-8").splitlines()
            if len(lines) < 2 or lines[1] != socket.gethostname():
                continue  # another machine's (a shared home folder): its process may still run
            left = Path(lines[0])
            if left.name.startswith("."):  # only the hidden temporary names made here
                if left.exists():
                    removed.append(left)
                _remove(left)
        with contextlib.suppress(OSError):
            note.unlink()
    return removed


@contextlib.contextmanager
def noted(path: Path) -> Iterator[Path]:
    """Note ``path`` (a hidden temporary file or folder) as a save in progress while the block runs, so a
    killed process's one is removed at the next start (:func:`remove_leftovers`)."""
    note = _note(Path(path))
    try:
        yield Path(path)
    finally:
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()


@contextlib.contextmanager
def private_folder(beside: Path) -> Iterator[Path]:
    """An owner-only folder beside ``beside`` for temporary files with personal data, removed after use
    (and at the next start if the process is killed)."""
    folder = beside.parent if str(beside.parent) else Path(".")
    try:
        made = Path(tempfile.mkdtemp(prefix=f".{beside.stem}-private-", dir=folder))
    except OSError as exc:
        raise WriteFailed(beside,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "cannot write in {folder} ({strerror})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Choose a folder you can write to."),
                          folder=folder, strerror=exc.strerror) from exc
    note = _note(made)
    try:
        yield made
    finally:
        _remove(made)
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()


@contextlib.contextmanager
def atomic_path(target: str | Path, copy_existing: bool = False, private: bool = False
                ) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.

    Parameters
    ----------
    target : path
        The file to (re)write.
    copy_existing : bool
        Start the temporary file as a copy of the current target (to update a GeoPackage in place).
    private : bool
        The file holds personal data: it is written in an owner-only folder and made readable and
        writable by its owner only, whatever the umask, before it takes the target's name.

    Raises
    ------
    WriteFailed
        When the folder is not writable or the write failed; the old target is untouched.
    """
    target = Path(target)
    if private:
        with private_folder(target) as inner:
            with _atomic(target, copy_existing, inner) as tmp:
                yield tmp
        return
    with _atomic(target, copy_existing, None) as tmp:
        yield tmp


@contextlib.contextmanager
def _atomic(target: Path, copy_existing: bool, inner: Path | None) -> Iterator[Path]:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix,
                                        dir=inner or folder)
    except OSError as exc:
        raise WriteFailed(target,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "cannot write in {folder} ({strerror})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Choose a folder you can write to."),
                          folder=folder, strerror=exc.strerror) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    note = _note(tmp) if inner is None else None
    if copy_existing and target.exists():
        shutil.copyfile(target, tmp)
    else:
        tmp.unlink()  # writers such as GDAL want to create the file themselves
    try:
        yield tmp
        if not tmp.exists():
            raise WriteFailed(target,
                              QT_TRANSLATE_NOOP("DataSourceError", "the writer produced no file"))
        if inner is not None:
            os.chmod(tmp, 0o600)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:  # a full disk, a folder gone while writing
        _remove(tmp)
        raise WriteFailed(target,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the file could not be written ({strerror})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Free some space or choose another folder; the "
                                            "earlier file is unchanged."),
                          strerror=exc.strerror or exc) from exc
    except BaseException:
        _remove(tmp)
        raise
    finally:
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()
