"""What a reader hands back: the data plus what was assumed while reading it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd

PROBLEM_COLUMN = "_problem"
"""Column added to every vector read: empty string for a good feature, else the reason it is flagged
(``"null geometry"``, ``"empty geometry"``, ``"non-finite coordinates"``, ``"ring with fewer than 4 points"``,
or shapely's ``explain_validity`` text such as ``"Self-intersection[...]"``)."""


@dataclass
class VectorSource:
    """One vector layer read from a file.

    Attributes
    ----------
    path : Path
        The file the user opened (the archive, not a member, when zipped).
    layer : str
        Layer name inside the file.
    driver : str
        GDAL driver name (``"GPKG"``, ``"ESRI Shapefile"``, ``"GeoJSON"``, ``"CSV"``...).
    data : GeoDataFrame
        Features, geometry column ``geometry``, with :data:`PROBLEM_COLUMN`. Never drops a feature
        that the file holds; bad ones are flagged.
    crs : str or None
        The CRS as ``"EPSG:xxxx"`` where one matches, else WKT; None when unknown.
    crs_assumed : bool
        True when ``crs`` was inferred from coordinate ranges (or a default) rather than read.
    crs_reason : str
        How the CRS was found ("read from .prj", "inferred: lon/lat ranges", ...).
    encoding : str or None
        Text encoding used for attributes (None when the format fixes it, e.g. GeoPackage).
    encoding_guessed : bool
        True when the encoding was detected rather than declared (.cpg, format rule or caller).
    dropped_by_driver : int
        Features the driver itself silently skipped (e.g. TopoJSON null geometries), counted from the raw file.
    warnings : list of str
        Everything else the user should know, in sentences.
    validity_checked : bool
        False when only the cheap checks (null, empty, non-finite) ran while reading and the full
        GEOS validity check is still to come (see :meth:`layers.vector.VectorLayer.check_validity`).
    """

    path: Path
    layer: str
    driver: str
    data: gpd.GeoDataFrame
    crs: str | None = None
    crs_assumed: bool = False
    crs_reason: str = ""
    encoding: str | None = None
    encoding_guessed: bool = False
    dropped_by_driver: int = 0
    warnings: list[str] = field(default_factory=list)
    validity_checked: bool = True

    @property
    def feature_count(self) -> int:
        return len(self.data)

    @property
    def problem_counts(self) -> dict[str, int]:
        """Number of flagged features per reason (reason text cut at the first '[')."""
        probs = self.data[PROBLEM_COLUMN]
        probs = probs[probs != ""].str.split("[").str[0]
        return {str(k): int(v) for k, v in probs.value_counts().items()}

    @property
    def geometry_types(self) -> dict[str, int]:
        types = self.data.geometry.geom_type.fillna("None")
        return {str(k): int(v) for k, v in types.value_counts().items()}
