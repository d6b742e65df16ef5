"""The layer kinds a project file can hold: one table from a saved entry's ``kind`` back to its class.

A layer class registers itself (``@register_kind("vector")``) and answers the questions every kind
answers: its extent, its state for the project file (:meth:`layers.base.Layer.state`), and how to be
built again from a saved entry (:meth:`layers.base.Layer.from_state`). The project asks this table
only, so a new kind is a new class and one decorator, never a change to :mod:`layers.project`.
"""

from __future__ import annotations

from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note, layer_note

_KINDS: dict[str, type] = {}


def register_kind(*names: str):
    """Class decorator: saved entries of kind ``names`` (the first is the class's own) load as this class."""
    if not names:
        raise ValueError("a layer kind needs a name")

    def register(cls: type) -> type:
        for name in names:
            known = _KINDS.get(name)
            if known is not None and known is not cls and known.__qualname__ != cls.__qualname__:
                raise ValueError(f"the layer kind {name!r} is already {known.__name__}")
            _KINDS[name] = cls
        cls.kind = names[0]
        return cls

    return register


def layer_class(kind: str) -> type:
    """The class that loads saved entries of ``kind``."""
    _load_builtin_kinds()
    try:
        return _KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown layer kind {kind!r} in the project file "
                         f"(known: {', '.join(sorted(_KINDS))})") from None


def known_kinds() -> list[str]:
    _load_builtin_kinds()
    return sorted(_KINDS)


def layer_from_entry(entry: dict, warnings: list[str]):
    """The layer a saved entry describes (None when it was left out; the reason is added to ``warnings``)."""
    from layers.base import layer_options
    from layers.style import Style

    try:
        cls = layer_class(entry.get("kind") or "vector")
    except ValueError as exc:  # a kind this program does not know (a newer program's): leave it out
        warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
            "DataSourceNote", "{reason}; the layer was left out"), reason=str(exc))))
        return None
    style = Style.from_dict(entry["style"]) if entry.get("style") else None
    return cls.from_state(entry, layer_options(entry), style, warnings)


def _load_builtin_kinds() -> None:
    # the township's own kinds register when their modules are imported
    import layers.basemap  # noqa: F401
    import layers.emergency.sensor_layer  # noqa: F401
    import layers.emergency.surface  # noqa: F401
    import layers.incidents.layer  # noqa: F401
    import layers.raster  # noqa: F401
    import layers.vector  # noqa: F401
