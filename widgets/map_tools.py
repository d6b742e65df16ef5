"""The window's map tools by name: what a click or a drag on the map does."""

from __future__ import annotations

from enum import StrEnum


class MapTool(StrEnum):
    """A map tool; each is its own name (``"pan"``), so callers that pass the name keep working."""

    PAN = "pan"
    IDENTIFY = "identify"
    SELECT = "select"
    SELECT_POLYGON = "select_polygon"
    MEASURE_DISTANCE = "measure_distance"
    MEASURE_AREA = "measure_area"

    @property
    def measure_mode(self) -> str | None:
        """``distance`` or ``area`` for the measuring tools (the measure tool's mode), else None."""
        return self.value.removeprefix("measure_") if self.value.startswith("measure_") else None
