"""The desks of the console: each one module, built by the main window from one list.

A desk is a module with a ``make(workbench)`` function returning the desk (usually a ``QtCore.QObject``
parented to the workbench). It reaches the window only through the :class:`console.workbench.Workbench`
it is given; desks never import each other (what one needs of another, such as the store session, comes
through the workbench). A new desk is its module plus one line in :data:`DESKS`.

Desks are imported and made when the window is built; a desk module imports its widgets only when it
first needs them (when someone logs in, when a menu is used), so the first picture of the map waits for
none of them.
"""

from __future__ import annotations

import importlib

#: The desks the window builds, in this order (their menus follow one another in the menu bar).
DESKS: tuple[str, ...] = (
    "console.desks.store",
    "console.desks.incidents",
    "console.desks.emergency",
    "console.desks.planning",
    "console.desks.printing",
    "console.desks.evaluation",
    "console.desks.qgis_exchange",
    "console.desks.standard",
    "console.desks.publishing",
)


def desk_name(module: str) -> str:
    """The name a desk is known by in the window's ``desks``: its module's last part (``incidents``)."""
    return module.rsplit(".", 1)[-1]


def make_desks(workbench, modules=None) -> dict[str, object]:
    """Each desk of ``modules`` (default :data:`DESKS`) made on ``workbench``, by name."""
    desks = {}
    for module in DESKS if modules is None else modules:
        desks[desk_name(module)] = importlib.import_module(module).make(workbench)
    return desks
