"""Names and identities for the demo township: villages, residents, phone and ID numbers.

Everything here is invented. ID numbers follow the GB 11643 layout (area code, birth date,
sequence, ISO 7064 MOD 11-2 check character) so validators accept them, but the people do not exist.
"""

from __future__ import annotations

import numpy as np
from pypinyin import lazy_pinyin

TOWN_ZH = "青溪镇"
TOWN_SEAT_VILLAGE = "青溪"

# First and second characters of village names; polyphonic characters are left out so the
# generated pinyin reads right.
_VILLAGE_FIRST = list("上下石柳白黄竹梅桃杨高新东西南北大小金龙凤云茶松枫溪林方何潘余汪")
_VILLAGE_SECOND = list("塘桥溪坑坞岭山坪湾口源田畈埠头岙庄园")

_SURNAMES = list("王李张陈刘杨黄赵吴周徐孙胡朱高林何郭马罗叶方余潘汪邵钱章应楼俞程蒋沈")
_GIVEN = list("建国伟芳娟秀英敏静丽强磊军洋勇艳杰涛明超霞平刚桂兰志华红玉梅海林峰燕文斌宇浩婷")

# Real Zhejiang county-level area codes (some historical, as on ID cards issued before a change).
ID_AREA_CODES = ("330122", "330127", "330182", "330183", "330185", "330111", "330106")

_ID_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)])
_ID_CHECK = "10X98765432"

_MOBILE_PREFIXES = [f"13{d}" for d in range(10)] + [f"15{d}" for d in "012356789"] + \
    [f"18{d}" for d in range(10)]


def id_check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a resident ID number.

    Parameters
    ----------
    first17 : str
        The first 17 digits (area code, birth date, sequence).

    Returns
    -------
    str
        One of ``0-9`` or ``X``.
    """
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError(f"expected 17 digits, got {first17!r}")
    digits = np.frombuffer(first17.encode("ascii"), dtype=np.uint8) - ord("0")
    return _ID_CHECK[int(digits @ _ID_WEIGHTS) % 11]


def id_number_valid(number: str) -> bool:
    """Whether an 18-character resident ID number has the right layout and check character."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    return id_check_character(number[:17]) == number[17].upper()


def id_numbers(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` invented resident ID numbers with valid check characters (born 1945-2004)."""
    areas = rng.choice(ID_AREA_CODES, size=n)
    births = np.datetime64("1945-01-01") + rng.integers(0, 365 * 60, size=n).astype("timedelta64[D]")
    born = np.datetime_as_string(births, unit="D")
    sequence = rng.integers(1, 1000, size=n)
    out = []
    for area, day, seq in zip(areas, born, sequence, strict=True):
        first17 = f"{area}{day.replace('-', '')}{seq:03d}"
        out.append(first17 + id_check_character(first17))
    return out


def mobile_numbers(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` invented 11-digit mobile numbers starting 13x, 15x or 18x."""
    prefixes = rng.choice(_MOBILE_PREFIXES, size=n)
    rest = rng.integers(0, 100_000_000, size=n)
    return [f"{p}{r:08d}" for p, r in zip(prefixes, rest, strict=True)]


def person_names(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` invented Chinese personal names (surname plus one or two given characters)."""
    surnames = rng.choice(_SURNAMES, size=n)
    first = rng.choice(_GIVEN, size=n)
    second = rng.choice(_GIVEN, size=n)
    two = rng.random(n) < 0.7
    return [s + f + (g if t else "") for s, f, g, t in zip(surnames, first, second, two, strict=True)]


def village_names(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` distinct village names such as 上塘村; the first is the seat village (青溪村)."""
    names = [TOWN_SEAT_VILLAGE]
    while len(names) < n:
        name = str(rng.choice(_VILLAGE_FIRST)) + str(rng.choice(_VILLAGE_SECOND))
        if name[0] != name[1] and name not in names:
            names.append(name)
    return [name + "村" for name in names]


def _joined(syllables: list[str]) -> str:
    """Join syllables, with an apostrophe before a/o/e as the pinyin rules ask (Xi'ao)."""
    text = syllables[0]
    for syllable in syllables[1:]:
        text += ("'" if syllable[:1] in ("a", "o", "e") else "") + syllable
    return text.capitalize()


def pinyin_name(name_zh: str) -> str:
    """Romanise a place name the way road signs do: ``上塘村`` -> ``Shangtang Cun``."""
    suffixes = {"村": "Cun", "镇": "Zhen"}
    stem, last = name_zh[:-1], name_zh[-1]
    if last in suffixes and stem:
        return _joined(lazy_pinyin(stem)) + " " + suffixes[last]
    return _joined(lazy_pinyin(name_zh))
