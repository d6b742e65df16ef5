"""What the caller decided about reading a file, as one value every reader takes.

A reader finds out the rest itself (the format, the encoding, the CRS) and records what it assumed on
what it returns. The progress and cancellation of a read travel apart, in a
:class:`~datasources.feedback.Feedback`: options say *what* to read, feedback *how it goes*.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

VALIDITY_MODES = ("full", "deferred")
MAX_UNPACKED = 2 << 30
"""Default limit on what an archive may unpack to in total (2 GiB)."""


@dataclass(frozen=True)
class ReadOptions:
    """The choices for reading a file; every field has a default that suits a user's first try.

    Attributes
    ----------
    layer : str, optional
        Layer of a multi-layer file (see :func:`datasources.vector.list_layers`); default the first.
    encoding : str, optional
        Text encoding chosen by the user; overrides ``.cpg`` files and detection.
    crs : CRS-like, optional
        Coordinate system chosen by the user (``"EPSG:4528"``, WKT, ``"GCJ-02"``...); overrides the
        file's and inference.
    project_crs : str, optional
        The project's CRS: the hint for inferring a missing CRS from coordinate ranges.
    validity : {"full", "deferred"}
        ``"full"`` flags every geometry problem while reading, GEOS validity included;
        ``"deferred"`` flags only null, empty and non-finite geometries (a fast open) and leaves the
        rest to :meth:`layers.vector.VectorLayer.check_validity`.
    x, y : str, optional
        Coordinate columns of a table; found by name when not given.
    sheet : str or int, optional
        Worksheet of an XLSX (name or 0-based index); default the first.
    allow_references : bool
        Accept files that make GDAL read other files or hosts (VRT, WMS descriptions); refused by
        default.
    max_bytes : int, optional
        Largest JSON (unpacked) to parse whole; default an eighth of the memory.
    max_unpacked : int
        Largest total an archive may unpack to.
    """

    layer: str | None = None
    encoding: str | None = None
    crs: Any = None
    project_crs: Any = None
    validity: str = "full"
    x: str | None = None
    y: str | None = None
    sheet: str | int | None = None
    allow_references: bool = False
    max_bytes: int | None = None
    max_unpacked: int = MAX_UNPACKED

    def __post_init__(self) -> None:
        if self.validity not in VALIDITY_MODES:
            raise ValueError(f"validity must be one of {VALIDITY_MODES}, not {self.validity!r}")
        if self.max_unpacked <= 0 or (self.max_bytes is not None and self.max_bytes <= 0):
            raise ValueError("max_unpacked and max_bytes must be positive")

    def replace(self, **changes) -> ReadOptions:
        """A copy with ``changes`` (field names as keywords)."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def of(cls, options: ReadOptions | None) -> ReadOptions:
        """``options`` itself, or the defaults when it is None."""
        return cls() if options is None else options


DEFAULT_OPTIONS = ReadOptions()
