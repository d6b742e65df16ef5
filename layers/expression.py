"""A small, safe filter language for attribute tables (no ``eval``, no SQL built from user text).

Examples::

    population > 1000 and name_zh contains '村'
    status in ('new', 'verified') or not (category = 'noise')
    "closed at" is null
    name_pinyin like 'Shang%'

A text with no operator at all is a free-text search across every text column.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from datasources.errors import QT_TRANSLATE_NOOP

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<str>'(?:[^']|'')*')
  | (?P<qname>"(?:[^"]|"")*")
  | (?P<op><=|>=|!=|<>|=|<|>|\(|\)|,)
  | (?P<word>[^\s()'",=<>!]+)
""", re.VERBOSE)

KEYWORDS = {"and", "or", "not", "in", "is", "null", "like", "contains"}
#: How deep brackets and ``not`` may nest: far beyond any real filter, far below Python's recursion limit.
MAX_DEPTH = 100


class ExpressionError(ValueError):
    """The filter text is not valid; the message says where.

    ``template`` is the English message with ``{placeholders}`` and ``params`` their values, so an
    interface can show the message in its own language (``str(error)`` is the English text). ``what``,
    where present, is one of :data:`EXPECTED`.
    """

    def __init__(self, template: str, **params) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


#: what the parser expected (the ``what`` of "expected {what} but found {found}")
EXPECTED = ("a value", "a column name", "')'", "'('", "'null'",
            "an operator (=, !=, <, <=, >, >=, in, like, contains, is null)")


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExpressionError("cannot read the filter at character {pos}: {text}", pos=pos + 1,
                                  text=repr(text[pos:pos + 10]))
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group(kind)
        if kind == "str":
            value = value[1:-1].replace("''", "'")
        elif kind == "qname":
            kind, value = "name", value[1:-1].replace('""', '"')
        elif kind == "word":
            kind = "kw" if value.lower() in KEYWORDS else "name"
            value = value.lower() if kind == "kw" else value
        out.append((kind, value))
    return out


def looks_like_expression(text: str) -> bool:
    try:
        toks = _tokens(text)
    except ExpressionError:
        return True
    return any(k in ("op", "kw") for k, _ in toks)


def evaluate(text: str, frame: pd.DataFrame) -> np.ndarray:
    """Boolean mask of the rows of ``frame`` that match ``text``.

    Raises
    ------
    ExpressionError
        For malformed text or unknown column names.
    """
    text = text.strip()
    if not text:
        return np.ones(len(frame), dtype=bool)
    if not looks_like_expression(text):
        return free_text(text, frame)
    parser = _Parser(_tokens(text), frame)
    mask = parser.expr()
    if parser.pos != len(parser.toks):
        raise ExpressionError("unexpected {token} in the filter", token=repr(parser.toks[parser.pos][1]))
    return np.asarray(mask, dtype=bool)


def free_text(text: str, frame: pd.DataFrame) -> np.ndarray:
    """Rows where any text column contains ``text`` (case-insensitive)."""
    mask = np.zeros(len(frame), dtype=bool)
    for col in frame.columns:
        if col == "geometry" or getattr(frame[col], "dtype", None) is None:
            continue
        series = frame[col]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            mask |= series.astype("string").str.contains(text, case=False, regex=False).fillna(False).to_numpy()
    return mask


class _Parser:
    def __init__(self, toks, frame):
        self.toks, self.pos, self.frame = toks, 0, frame
        self.depth = 0

    def peek(self, kind=None, value=None):
        if self.pos >= len(self.toks):
            return None
        k, v = self.toks[self.pos]
        if (kind is None or k == kind) and (value is None or v == value):
            return self.toks[self.pos]
        return None

    def take(self, kind=None, value=None, what="a value"):
        tok = self.peek(kind, value)
        if tok is None:
            if self.pos >= len(self.toks):
                raise ExpressionError("expected {what} but the filter ends", what=what)
            raise ExpressionError("expected {what} but found {found}", what=what,
                                  found=repr(self.toks[self.pos][1]))
        self.pos += 1
        return tok

    def expr(self):
        mask = self.term()
        while self.peek("kw", "or"):
            self.pos += 1
            mask = mask | self.term()
        return mask

    def term(self):
        mask = self.factor()
        while self.peek("kw", "and"):
            self.pos += 1
            mask = mask & self.factor()
        return mask

    def factor(self):
        if self.peek("kw", "not") or self.peek("op", "("):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "FilterError", "the filter nests brackets or 'not' more than {limit} deep"),
                    limit=MAX_DEPTH)
            try:
                if self.peek("kw", "not"):
                    self.pos += 1
                    return ~self.factor()
                self.pos += 1
                mask = self.expr()
                self.take("op", ")", "')'")
                return mask
            finally:
                self.depth -= 1
        return self.comparison()

    def column(self):
        _, name = self.take("name", what="a column name")
        if name not in self.frame.columns:
            raise ExpressionError("no column named {name}", name=repr(name))
        return self.frame[name]

    def value(self):
        kind, value = self.take(what="a value")
        if kind == "num":
            return float(value)
        if kind in ("str", "name"):
            return value
        raise ExpressionError("expected {what} but found {found}", what="a value", found=repr(value))

    def comparison(self):
        col = self.column()
        if self.peek("kw", "is"):
            self.pos += 1
            negate = bool(self.peek("kw", "not"))
            if negate:
                self.pos += 1
            self.take("kw", "null", "'null'")
            isnull = col.isna().to_numpy()
            return ~isnull if negate else isnull
        if self.peek("kw", "in"):
            self.pos += 1
            self.take("op", "(", "'('")
            values = [self.value()]
            while self.peek("op", ","):
                self.pos += 1
                values.append(self.value())
            self.take("op", ")", "')'")
            return _coerce(col, values[0]).isin(values).to_numpy()
        if self.peek("kw", "contains") or self.peek("kw", "like"):
            _, kw = self.take()
            pattern = str(self.value())
            text = col.astype("string")
            if kw == "contains":
                hit = text.str.contains(pattern, case=False, regex=False)
            else:
                regex = "^" + re.escape(pattern).replace("%", ".*").replace("_", ".") + "$"
                hit = text.str.match(regex, case=False)
            return hit.fillna(False).to_numpy(dtype=bool)
        _, op = self.take("op", what="an operator (=, !=, <, <=, >, >=, in, like, contains, is null)")
        value = self.value()
        series = _coerce(col, value)
        ops = {"=": series.eq, "!=": series.ne, "<>": series.ne, "<": series.lt, "<=": series.le,
               ">": series.gt, ">=": series.ge}
        if op not in ops:
            raise ExpressionError("{op} is not a comparison", op=repr(op))
        try:
            return ops[op](value).fillna(False).to_numpy(dtype=bool)
        except TypeError as exc:
            raise ExpressionError("cannot compare column {column} with {value}", column=repr(col.name),
                                  value=repr(value)) from exc


def _coerce(col: pd.Series, value) -> pd.Series:
    if isinstance(value, float) and not pd.api.types.is_numeric_dtype(col):
        return pd.to_numeric(col, errors="coerce")
    if isinstance(value, str) and pd.api.types.is_numeric_dtype(col):
        return col.astype("string")
    return col

