"""The search index: villages and facilities found by Chinese name or pinyin, ranked as a person looks.

Results come villages first, then facilities, then the rest, each layer's together, so a view can group them
under a header naming each layer.
"""

from __future__ import annotations

from layers.township import township_kind

#: what a person looks for first
KIND_ORDER = ("villages", "facilities")
NAME_FIELDS = ("name_zh", "name", "name_en", "name_pinyin", "NAME", "title")


def search_index(layers) -> list[tuple[str, object, int]]:
    """(display text, layer, row) for every named feature; text holds the Chinese name and its pinyin."""
    from pypinyin import lazy_pinyin

    entries = []
    for layer in layers:
        data = getattr(layer, "data", None)
        if data is None or not hasattr(layer, "geometry_kind") or len(data) > 50_000:
            continue
        fields = [f for f in NAME_FIELDS if f in data.columns]
        if not fields:
            continue
        for row, values in enumerate(data[fields].itertuples(index=False)):
            names = [str(v) for v in values if v is not None and str(v) not in ("", "nan", "None")]
            if not names:
                continue
            pinyin = "".join(lazy_pinyin(names[0]))
            text = " · ".join(dict.fromkeys(names + ([pinyin] if pinyin != names[0] else [])))
            entries.append((f"{text}  [{layer.name}]", layer, row))
    return entries


def kind_rank(layer) -> int:
    """0 for villages, 1 for facilities, 2 for any other layer."""
    kind = township_kind(layer)
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def matches(entries, query: str, limit: int = 30) -> list[tuple[str, object, int]]:
    """Entries whose text contains the query, ignoring case and spaces (pinyin 'shangtang' finds 上塘村):
    villages first, then facilities, then the other layers (each layer's together); within a layer exact
    names first, then names that start with the query, then the rest."""
    q = query.replace(" ", "").lower()
    if not q:
        return []
    ranked = []
    layers: dict[int, int] = {}  # layers in the order they are met, so each layer's hits stay together
    for order, entry in enumerate(entries):
        names = [n.replace(" ", "").lower() for n in label(entry).split(" · ")]
        if not any(q in n for n in names):
            continue
        rank = 0 if q in names else 1 if any(n.startswith(q) for n in names) else 2
        ranked.append((kind_rank(entry[1]), layers.setdefault(id(entry[1]), len(layers)), rank, order,
                       entry))
    ranked.sort(key=lambda item: item[:4])
    return [item[-1] for item in ranked[:limit]]


def label(entry) -> str:
    """An entry's names as a list shows them under its layer's header: its text without ``[layer]``."""
    return entry[0].rsplit("  [", 1)[0]


def find_label(entries, text: str) -> tuple[str, object, int] | None:
    """The entry a list's line ``text`` (a :func:`label`) stands for, villages before facilities before the
    rest when several read the same; None when none does."""
    for entry in sorted(entries, key=lambda e: kind_rank(e[1])):
        if label(entry) == text:
            return entry
    return None


def grouped(hits) -> list[tuple[object, list[tuple[str, object, int]]]]:
    """Hits (in :func:`matches`' order) as (layer, its hits) in that order."""
    groups: list[tuple[object, list]] = []
    for hit in hits:
        if not groups or groups[-1][0] is not hit[1]:
            groups.append((hit[1], []))
        groups[-1][1].append(hit)
    return groups
