"""Nothing personal leaves: find reporters' names, ID numbers and phone numbers in a layer's fields.

A field is refused when its name says it holds personal data (``reporter_name``, ``phone``, ``身份证``,
``联系人``...) or when its values do: an 18-digit PRC resident ID number whose check digit is right (GB 11643),
a mainland mobile number (``1[3-9]`` and nine digits, with or without ``+86``), a landline (``0`` area code
and a 7-8 digit number, written with a separator or alone in the field), or a column most of whose values
are Chinese personal names (a common surname and one or two characters, not a place). Checked on every
value of the field, not a sample: one phone number in a remark is enough to refuse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"(?<![0-9])([1-8][0-9]{16}[0-9Xx])(?![0-9A-Za-z])")
_MOBILE_RE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])")
_LANDLINE_RE = re.compile(r"(?<![0-9])(?:\(0[0-9]{2,3}\)|0[0-9]{2,3}[- ])[ ]?[0-9]{7,8}(?![0-9])")
_LANDLINE_ALONE_RE = re.compile(r"0[0-9]{9,11}")
_NAME_WORDS = re.compile(
    r"reporter|contact|phone|mobile|(?:^|_)tel(?:ephone)?(?:_|$)|id_?number|id_?card|identity|citizen|"
    r"person_?name|full_?name|owner_?name|resident_?name|householder|"
    r"姓名|名字|联系人|联系方式|电话|手机|身份证|证件|举报人|报告人|反映人|申请人|户主|住户",
    re.IGNORECASE)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_PLACE_ENDINGS = set("村镇乡街路巷站院所校园点河江湖山桥坝库区场厂店馆室中心队组部委会社处局塔")
_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")
NAME_SHARE = 0.6
"""Share of a text field's values that must look like personal names for the field to be refused."""


@dataclass(frozen=True)
class Refusal:
    """A field that may not be published, and why (``what``: ``name``, ``id_number``, ``phone``)."""

    layer: str
    field: str
    what: str
    example_row: object = None
    reason: str = ""

    def sentence(self) -> Note:
        """One sentence naming the layer and the field (a note: English, and translatable)."""
        if self.what == "never":
            return Note(QT_TRANSLATE_NOOP("DataSourceNote", "layer '{layer}' is never published ({reason})"),
                        layer=self.layer, reason=Note(NEVER_REASONS.get(self.layer, self.reason)))
        return Note(QT_TRANSLATE_NOOP("DataSourceNote", "layer '{layer}', field '{field}' holds {what}: it is "
                                      "never published"), layer=self.layer, field=self.field,
                    what=Note(WORDS[self.what]))


#: what a refused field holds
WORDS = {"name": QT_TRANSLATE_NOOP("DataSourceNote", "persons' names"),
         "id_number": QT_TRANSLATE_NOOP("DataSourceNote", "ID numbers"),
         "phone": QT_TRANSLATE_NOOP("DataSourceNote", "phone numbers"),
         "column": QT_TRANSLATE_NOOP("DataSourceNote", "personal data (by its name)")}
#: why a layer is never published
NEVER_REASONS = {
    "incidents": QT_TRANSLATE_NOOP("DataSourceNote", "single incident reports are never published; publish "
                                   "incident_stats instead"),
    "sensor_readings": QT_TRANSLATE_NOOP("DataSourceNote", "raw readings are not a map layer; publish "
                                         "environment_today instead"),
    "incident_events": QT_TRANSLATE_NOOP("DataSourceNote", "a report's history is never published"),
    "incident_photos": QT_TRANSLATE_NOOP("DataSourceNote", "a report's photos are never published"),
    "users": QT_TRANSLATE_NOOP("DataSourceNote", "accounts are never published"),
    "audit_events": QT_TRANSLATE_NOOP("DataSourceNote", "the audit trail is never published")}


def id_number_valid(text: str) -> bool:
    """Whether ``text`` is an 18-digit PRC resident ID number with a right check digit and birth date."""
    if len(text) != 18 or not text[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != text[17].upper():
        return False
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def has_id_number(text: str) -> bool:
    return any(id_number_valid(m.group(1)) for m in _ID_RE.finditer(text))


def has_phone(text: str) -> bool:
    if _MOBILE_RE.search(text) or _LANDLINE_RE.search(text):
        return True
    return bool(_LANDLINE_ALONE_RE.fullmatch(text.strip()))


def looks_like_name(text: str) -> bool:
    text = text.strip()
    return (bool(_NAME_RE.fullmatch(text)) and text[0] in _SURNAMES and text[-1] not in _PLACE_ENDINGS)


def _texts(values: pd.Series) -> list[str]:
    out = []
    for value in values.dropna():
        if isinstance(value, bytes):
            continue  # encrypted personal data: refused by its column name
        if isinstance(value, float):
            if not value.is_integer():
                continue
            value = int(value)
        out.append(str(value))
    return out


def field_refusal(layer: str, field: str, values: pd.Series) -> Refusal | None:
    """Why ``field`` of ``layer`` may not be published, or None."""
    if _NAME_WORDS.search(str(field)) or str(field).endswith("_enc"):
        return Refusal(layer, str(field), "column")
    texts = _texts(values)
    for index, text in zip(values.dropna().index, texts, strict=False):
        if has_id_number(text):
            return Refusal(layer, str(field), "id_number", index)
        if has_phone(text):
            return Refusal(layer, str(field), "phone", index)
    names = [t for t in texts if t.strip()]
    if len(names) >= 3 and sum(map(looks_like_name, names)) >= NAME_SHARE * len(names):
        return Refusal(layer, str(field), "name")
    return None


def refusals(layer: str, frame: pd.DataFrame, fields) -> list[Refusal]:
    """The refused fields among ``fields`` of ``frame`` (a layer's table), in the fields' order."""
    found = []
    for field in fields:
        if field in frame.columns:
            refusal = field_refusal(layer, field, frame[field])
            if refusal is not None:
                found.append(refusal)
    return found


__all__ = ["NEVER_REASONS", "WORDS", "Refusal", "field_refusal", "has_id_number", "has_phone", "id_number_valid", "looks_like_name",
           "refusals"]
