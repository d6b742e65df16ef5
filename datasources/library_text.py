"""What a library's own error text means, in one plain sentence the interface can translate.

GDAL/OGR, SQLite, pyogrio, rasterio, PROJ, zipfile and the operating system explain their failures in
English and in their own terms (``sqlite3_prepare_v2(SELECT ...) failed: database disk image is
malformed``). A :class:`~datasources.errors.DataSourceError` keeps such text in its ``reason`` parameter;
:func:`library_sentence` reads it and returns the English template of the sentence a person needs ("the
database inside the file is damaged"), marked for translation in the context ``LibraryError``. The
interface shows that sentence and keeps the library's own words for its Details.
"""

from __future__ import annotations

import errno
import re

from datasources.errors import QT_TRANSLATE_NOOP

CONTEXT = "LibraryError"

#: parameters of a DataSourceError that carry a library's own text, not words of ours
LIBRARY_PARAMS = frozenset({"reason"})

UNKNOWN = QT_TRANSLATE_NOOP("LibraryError", "the cause is given under Details")
"""The sentence for a library text none of the patterns below knows."""
UNEXPECTED = QT_TRANSLATE_NOOP("LibraryError", "something unexpected went wrong; Details shows what was reported")
"""The sentence for an exception that is neither ours nor one a pattern knows."""

_BY_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("LibraryError", "the file or folder cannot be found"),
    errno.EACCES: QT_TRANSLATE_NOOP("LibraryError", "you have no permission to use this file or folder"),
    errno.EPERM: QT_TRANSLATE_NOOP("LibraryError", "you have no permission to use this file or folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("LibraryError", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("LibraryError", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("LibraryError", "the disk or folder can only be read, not written"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("LibraryError", "a part of the path is a file, not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("LibraryError", "this is a folder, not a file"),
    errno.EIO: QT_TRANSLATE_NOOP("LibraryError", "the disk reported a read or write error"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("LibraryError", "the file name or path is too long"),
    errno.EMFILE: QT_TRANSLATE_NOOP("LibraryError", "too many files are open at once"),
    errno.ENOMEM: QT_TRANSLATE_NOOP("LibraryError", "there is not enough memory"),
}

#: (what the libraries say, the sentence a person needs), the more particular first
_PATTERNS = tuple((re.compile(pattern, re.IGNORECASE), sentence) for pattern, sentence in (
    (r"database disk image is malformed|malformed database schema|database corrupt",
     QT_TRANSLATE_NOOP("LibraryError", "the database inside the file is damaged")),
    (r"file is not a database|file is encrypted",
     QT_TRANSLATE_NOOP("LibraryError", "the file is not a database, or it is encrypted")),
    (r"database (table )?is locked|SQLITE_BUSY",
     QT_TRANSLATE_NOOP("LibraryError", "another program is using the database; close it and try again")),
    (r"readonly database|read-only file system|\[Errno 30\]",
     QT_TRANSLATE_NOOP("LibraryError", "the disk or folder can only be read, not written")),
    (r"no space left|database or disk is full|disk is full|\[Errno 28\]",
     QT_TRANSLATE_NOOP("LibraryError", "the disk is full")),
    (r"permission denied|access is denied|operation not permitted|\[Errno 1[3]?\]",
     QT_TRANSLATE_NOOP("LibraryError", "you have no permission to use this file or folder")),
    (r"not a directory|\[Errno 20\]", QT_TRANSLATE_NOOP("LibraryError", "a part of the path is a file, not a folder")),
    (r"is a directory|\[Errno 21\]", QT_TRANSLATE_NOOP("LibraryError", "this is a folder, not a file")),
    (r"unable to open database file",
     QT_TRANSLATE_NOOP("LibraryError", "the database file cannot be opened: its folder is missing or not writable")),
    (r"no such file or directory|does not exist|\[Errno 2\]",
     QT_TRANSLATE_NOOP("LibraryError", "the file or folder cannot be found")),
    (r"disk i/o error|input/output error|\[Errno 5\]",
     QT_TRANSLATE_NOOP("LibraryError", "the disk reported a read or write error")),
    (r"crs not found|invalid projection|unknown projection|epsg code is unknown|missing , or \]|"
     r"unsupported (crs|projection|datum)|unknown datum|proj_create|crserror",
     QT_TRANSLATE_NOOP("LibraryError", "the coordinate reference system is not one the program knows")),
    (r"not recogni[sz]ed as (being in )?a supported file format|unsupported file format|unknown file format|"
     r"not a supported format",
     QT_TRANSLATE_NOOP("LibraryError", "the file is not in a format the program recognises")),
    (r"not a zip file|bad magic number|unknown compression method|not a gzipped file|crc check failed|"
     r"invalid (stored )?block|incorrect header check|invalid distance",
     QT_TRANSLATE_NOOP("LibraryError", "the compressed data is damaged")),
    (r"unterminated|unexpected end|no element found|premature end|end of file|end-of-stream|\beof\b|truncat|"
     r"short read|failed to read directory|cut short|compressed file ended",
     QT_TRANSLATE_NOOP("LibraryError", "the file is cut short or damaged")),
    (r"codec can't decode|invalid start byte|invalid continuation byte|illegal multibyte|unicode",
     QT_TRANSLATE_NOOP("LibraryError", "the text cannot be decoded with the encoding chosen")),
    (r"not well-formed|mismatched tag|invalid token|syntax error|parse error|parsing|expecting|"
     r"json|invalid literal|junk after",
     QT_TRANSLATE_NOOP("LibraryError", "the text of the file is not well-formed")),
    (r"out of memory|cannot allocate|memoryerror|\[Errno 12\]",
     QT_TRANSLATE_NOOP("LibraryError", "there is not enough memory")),
    (r"timed out|connection (refused|reset)|name or service not known|temporary failure in name resolution|"
     r"network is unreachable|no route to host|\bssl\b",
     QT_TRANSLATE_NOOP("LibraryError", "the server cannot be reached")),
    (r"too many open files|\[Errno 24\]", QT_TRANSLATE_NOOP("LibraryError", "too many files are open at once")),
))


def library_sentence(text) -> str:
    """The English template (context ``LibraryError``) of what a library's error text means; an
    :class:`OSError` is judged by its ``errno`` first. :data:`UNKNOWN` when nothing matches."""
    if isinstance(text, OSError) and text.errno in _BY_ERRNO:
        return _BY_ERRNO[text.errno]
    said = str(text or "")
    for pattern, sentence in _PATTERNS:
        if pattern.search(said):
            return sentence
    return UNKNOWN


def library_words(exc: BaseException) -> str:
    """What the libraries themselves said behind an error (for the Details), empty when nothing."""
    params = getattr(exc, "params", None)
    if isinstance(params, dict):
        return "\n".join(str(params[name]) for name in sorted(LIBRARY_PARAMS & params.keys()) if params[name])
    return str(exc)
