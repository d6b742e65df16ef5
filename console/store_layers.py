"""The store's layers on the map, shared by every desk through the project (no desk owns them).

A store layer is found in the project by its store kind, so the store desk (which edits villages or
reports in the attribute table) and the incident desk (whose queue shows the reports) keep the same layer
in step without knowing each other: whoever changes a kind calls :func:`reload_store_layers`.
"""

from __future__ import annotations


def store_layers(project) -> dict[str, object]:
    """The project's store layers by store kind (the topmost one of a kind)."""
    found: dict[str, object] = {}
    for layer in project.layers:
        kind = getattr(layer, "store_kind", None)
        if kind is not None:
            found.setdefault(kind, layer)
    return found


def add_store_layer(workbench, kind: str):
    """Show the store's ``kind`` as a layer on top of the map (the user's view: scoped, personal data
    masked), or return the one already shown. Raises the store's error when the role may not read it."""
    from layers.store_layer import store_layer
    from layers.township import township_style

    shown = store_layers(workbench.project).get(kind)
    if shown is not None:
        return shown
    session = workbench.session
    data = session.features.read(kind)
    # the source's name is the kind; the tree shows it in the user's language (行政村 / Villages)
    layer = store_layer(kind, data, crs=f"EPSG:{session.store.srid}")  # incidents: reports
    style = township_style(kind, data)
    if style is not None:
        layer.style = style
    workbench.project.layers.insert(0, layer)  # on top of the map, like a newly opened file
    return layer


def reload_store_layers(workbench, kind: str) -> None:
    """Read ``kind`` again from the store into every layer showing it (views follow the data event)."""
    layers = [layer for layer in workbench.project.layers if getattr(layer, "store_kind", None) == kind]
    if layers and workbench.session is not None:
        data = workbench.session.features.read(kind)
        for layer in layers:
            layer.data = data
