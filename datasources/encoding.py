"""Text encodings of attribute files: honour what is declared, detect what is not, say which."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_CHINESE = {"gb2312", "gbk", "gb18030", "hz", "cp936"}


@dataclass(frozen=True)
class EncodingGuess:
    """An encoding and whether it was declared (``guessed=False``) or detected."""

    encoding: str
    guessed: bool
    reason: str


def normalise(name: str) -> str:
    """Return Python's canonical codec name, widening GBK/GB2312 to GB18030 (a superset).

    Raises
    ------
    LookupError
        When Python knows no such codec.
    """
    canonical = codecs.lookup(name.strip().strip('"').lower()).name
    if canonical in _CHINESE:
        return "gb18030"
    return canonical


def _cjk_share(text: str) -> float:
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    cjk = sum(1 for c in wide if 0x4E00 <= ord(c) <= 0x9FFF or 0x3000 <= ord(c) <= 0x303F
              or 0xFF00 <= ord(c) <= 0xFFEF)
    return cjk / len(wide)


def detect_text_encoding(sample: bytes) -> EncodingGuess:
    """Detect the encoding of a byte sample of text (CSV rows, DBF records).

    UTF-8 is taken when the bytes decode strictly (a UTF-8 BOM becomes ``utf-8-sig``); Chinese code
    pages (GBK/GB18030) when the bytes decode and read as Chinese; otherwise the best guess of
    charset-normalizer (cp1251, cp1252, ...). The result is always marked ``guessed``.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", True, "UTF-8 byte order mark")
    try:
        sample.decode("utf-8")
        return EncodingGuess("utf-8", True, "decodes as UTF-8")
    except UnicodeDecodeError as exc:
        # a sample cut in the middle of a character is still UTF-8
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return EncodingGuess("utf-8", True, "decodes as UTF-8")
    try:
        text = sample.decode("gb18030")
        if _cjk_share(text) > 0.9:
            return EncodingGuess("gb18030", True, "not UTF-8; reads as Chinese in GBK/GB18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        enc = normalise(best.encoding)
        return EncodingGuess(enc, True, f"not UTF-8; detected {enc}")
    return EncodingGuess("latin-1", True, "not UTF-8 and nothing matched; bytes kept as Latin-1")
