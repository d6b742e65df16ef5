"""Icons, style sheets, translations and the demo township builder."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
