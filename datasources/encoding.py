"""Text encodings of attribute files: honour what is declared, detect what is not, say which."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note

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


_WIDE = (  # (byte order mark, codec that reads it, codec for the same bytes without one)
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)


def _reads_as_text(sample: bytes, codec: str, unit: int) -> bool:
    """``sample`` (cut to whole ``unit``-byte characters) decodes strictly with ``codec`` into text with no
    control characters but tabs and line ends."""
    try:
        text = sample[: len(sample) - len(sample) % unit].decode(codec)
    except UnicodeDecodeError:
        return False
    return bool(text.strip()) and not any(
        (ord(c) < 0x20 and c not in "\t\r\n") or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
        or c in "\ufffe\uffff" for c in text)


def wide_unicode(sample: bytes) -> EncodingGuess | None:
    """UTF-32 or UTF-16 text, with or without a byte order mark (Windows' "Unicode" saves, some loggers);
    None for anything else.

    Without a mark the zero bytes tell: plain characters (digits, commas, line ends) leave three zero bytes
    of four in UTF-32 and one of two in UTF-16, on the side of the byte order; the sample must then decode
    strictly into text without control characters.
    """
    for bom, codec, _bare in _WIDE:
        if sample.startswith(bom):
            return EncodingGuess(codec, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "{codec} byte order mark"), codec=codec.upper()))
    if b"\x00" not in sample[:4096]:
        return None
    head = sample[:4096]
    # UTF-16's byte order: plain characters leave their zero byte second (LE) or first (BE)
    odd, even = head[1::2].count(0), head[0::2].count(0)
    utf16 = ("utf-16-le", 2) if odd >= even else ("utf-16-be", 2)
    wide = (("utf-32-le", 4), ("utf-32-be", 4))
    if max(odd, even) >= 0.05 * (len(head) // 2):  # text: commas, digits and line ends leave many zeros
        wide += (utf16,)
    for codec, unit in wide:
        if _reads_as_text(head, codec, unit):
            return EncodingGuess(codec, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "no byte order mark; the zero bytes read as {codec}"),
                                        codec=codec.upper()))
    return None


def detect_text_encoding(sample: bytes) -> EncodingGuess:
    """Detect the encoding of a byte sample of text (CSV rows, DBF records).

    UTF-32 and UTF-16 are found by their byte order mark or their zero bytes (:func:`wide_unicode`).
    UTF-8 is taken when the bytes decode strictly (a UTF-8 BOM becomes ``utf-8-sig``); Chinese code
    pages (GBK/GB18030) when the bytes decode and read as Chinese; otherwise the best guess of
    charset-normalizer (cp1251, cp1252, ...). The result is always marked ``guessed``.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "UTF-8 byte order mark")))
    wide = wide_unicode(sample)
    if wide is not None:
        return wide
    try:
        sample.decode("utf-8")
        return EncodingGuess("utf-8", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "decodes as UTF-8")))
    except UnicodeDecodeError as exc:
        # a sample cut in the middle of a character is still UTF-8
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return EncodingGuess("utf-8", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "decodes as UTF-8")))
    try:
        text = sample.decode("gb18030")
        if _cjk_share(text) > 0.9:
            return EncodingGuess("gb18030", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "not UTF-8; reads as Chinese in GBK/GB18030")))
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        enc = normalise(best.encoding)
        return EncodingGuess(enc, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "not UTF-8; detected {encoding}"), encoding=enc))
    return EncodingGuess("latin-1", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "not UTF-8 and nothing matched; bytes kept as Latin-1")))


# dBASE language driver IDs (byte 29 of a .dbf header) that name a code page.
_LDID = {
    0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x4D: "gb18030", 0x4E: "cp949", 0x4F: "big5",
    0x50: "cp874", 0x57: None, 0x59: "cp1252", 0x64: "cp852", 0x65: "cp866", 0x7A: "gb18030",
    0x7B: "cp932", 0x7C: "cp874", 0x7D: "cp1255", 0x7E: "cp1256", 0xC8: "cp1250", 0xC9: "cp1251",
    0xCA: "cp1254", 0xCB: "cp1253", 0xCC: "cp1257",
}


def codepage_name(declared: str) -> str:
    """Turn what a ``.cpg`` file says ("UTF-8", "GBK", "936", "ANSI 1251", "88591") into a codec.

    Raises
    ------
    LookupError
        When the declaration names no known encoding.
    """
    text = declared.strip().strip('"').strip()
    upper = text.upper().replace("ANSI", "").replace("CP", "").strip(" _-")
    if upper.isdigit():
        number = int(upper)
        if number == 65001:
            return "utf-8"
        if 88591 <= number <= 885916:
            return normalise(f"iso8859-{str(number)[4:]}")
        return normalise(f"cp{number}")
    if text.upper().startswith("ISO") and text[3:].strip(" _-").isdigit():
        digits = text[3:].strip(" _-")
        return normalise(f"iso8859-{digits[4:]}")
    return normalise(text)


def dbf_records_sample(dbf: bytes) -> bytes:
    """The record bytes of a ``.dbf`` head (header and field descriptors skipped)."""
    if len(dbf) < 32:
        return b""
    header_len = int.from_bytes(dbf[8:10], "little")
    record_len = int.from_bytes(dbf[10:12], "little")
    body = dbf[header_len:]
    if record_len > 0:
        body = body[: (len(body) // record_len) * record_len]
    return body.replace(b"\x1a", b"")


def dbf_encoding(dbf_head: bytes | None, cpg: bytes | None) -> EncodingGuess:
    """Choose the encoding of a shapefile's attributes.

    A readable ``.cpg`` wins (declared). Without one, the record bytes are examined: strict UTF-8
    wins, then the code page named by the header's language byte when the bytes decode with it,
    then :func:`detect_text_encoding`.

    Parameters
    ----------
    dbf_head : bytes or None
        The first bytes of the ``.dbf`` (header and a sample of records).
    cpg : bytes or None
        The content of the ``.cpg`` file, if there is one.
    """
    if cpg is not None:
        try:
            declared = cpg.decode("ascii", errors="ignore")
            return EncodingGuess(codepage_name(declared), False, Note(QT_TRANSLATE_NOOP("DataSourceNote", "declared in .cpg ({value})"),
                                                                   value=declared.strip()))
        except LookupError:
            pass
    records = dbf_records_sample(dbf_head or b"")
    ldid = _LDID.get(dbf_head[29]) if dbf_head and len(dbf_head) > 29 else None
    if records.isascii():
        chosen = ldid or "utf-8"
        return EncodingGuess(chosen, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "text is plain ASCII; any encoding reads it")))
    guess = detect_text_encoding(records)
    if guess.encoding.startswith("utf-8"):
        return EncodingGuess("utf-8", True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "no .cpg; the attribute bytes decode as UTF-8")))
    if ldid:
        try:
            records.decode(ldid)
            return EncodingGuess(ldid, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "no .cpg; the .dbf header names code page {ldid}"),
                                         ldid=ldid))
        except UnicodeDecodeError:
            pass
    return EncodingGuess(guess.encoding, True, Note(QT_TRANSLATE_NOOP("DataSourceNote", "no .cpg; {reason}"), reason=guess.reason))
