"""Assets: icons, style sheets, translations and the demo township (built into ``resources/demo``).

This package imports nothing of the application, so the console, the tests and the scripts can all
find the assets through :data:`RESOURCES_DIR`; the scripts that build the demo township and the
pictures, which import the whole application, live in :mod:`resources.scripts`.
"""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
