"""The store's planned sites on the map, and what each kind of site covers by default (no Qt).

A planned site is a row of the store's ``planned_sites`` (kind, name, village, mast height, status); the
planning desk shows them as a :class:`PlannedSiteLayer`, a store layer the map draws with a symbol per
kind and a fill per status. :func:`sites_of` turns the rows into :class:`~layers.planning.viewshed.Site`
observers for the viewshed, with the kind's default range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from layers.planning.viewshed import Site
from layers.store_layer import StoreLayer

STORE_KIND = "planned_sites"


@dataclass(frozen=True)
class SiteKind:
    """A kind of planned site: its default mast height and the range it covers (metres), and the kind
    of observer the viewshed takes it for."""

    code: str
    height_m: float
    range_m: float
    observer: str


#: the kinds a planner places, in the order the dialog offers them
SITE_KINDS: dict[str, SiteKind] = {
    "tower": SiteKind("tower", 30.0, 5000.0, "tower"),
    "camera": SiteKind("camera", 6.0, 300.0, "camera"),
    "monitoring": SiteKind("monitoring", 10.0, 1000.0, "sensor"),
    "loudspeaker": SiteKind("loudspeaker", 8.0, 600.0, "loudspeaker"),
    "fibre_cabinet": SiteKind("fibre_cabinet", 1.5, 2000.0, "fibre cabinet"),
}
#: kinds that reach households by cable along the roads, not by line of sight
BY_ROAD = ("fibre cabinet",)
#: the statuses of a planned site, from proposed to built; "existing" sites are kept by the optimiser
STATUSES = ("proposed", "draft", "approved", "built", "rejected")
EXISTING_STATUSES = ("approved", "built")


#: the radio of a site whose frequency or power is not stored (revision 0010 leaves them empty)
DEFAULT_FREQUENCY_MHZ = 900.0
DEFAULT_EIRP_DBM = 58.0


@dataclass(frozen=True)
class RadioSite(Site):
    """A viewshed observer that also carries its radio: ``frequency_mhz`` and ``eirp_dbm`` (the
    signal levels take them; the line-of-sight sweep ignores them)."""

    frequency_mhz: float = DEFAULT_FREQUENCY_MHZ
    eirp_dbm: float = DEFAULT_EIRP_DBM


def kind_of(code) -> SiteKind:
    """The :class:`SiteKind` of ``code`` (a tower for a kind this program does not know)."""
    return SITE_KINDS.get(str(code), SITE_KINDS["tower"])


class PlannedSiteLayer(StoreLayer):
    """The store's planned sites (``session.features.read("planned_sites")``), kept by the store."""

    def __init__(self, data, **options) -> None:
        super().__init__(data, STORE_KIND, **options)

    def row_of(self, feature_id: int) -> int | None:
        """The row of the site with the store id ``feature_id`` (None when it is not shown)."""
        where = np.flatnonzero(self.data.index.to_numpy() == int(feature_id))
        return int(where[0]) if len(where) else None

    def nearest(self, x: float, y: float, within: float) -> int | None:
        """The row of the site nearest (x, y) (layer CRS) within ``within`` metres, else None."""
        data = self.data
        if data is None or not len(data):
            return None
        xy = np.column_stack([data.geometry.x.to_numpy(), data.geometry.y.to_numpy()])
        d = np.hypot(xy[:, 0] - x, xy[:, 1] - y)
        d[~np.isfinite(d)] = np.inf
        best = int(np.argmin(d))
        return best if d[best] <= within else None


def sites_of(frame, target_height: float = 1.5) -> list[RadioSite]:
    """Viewshed observers for the rows of ``frame`` (planned sites): their own mast height, range, sector
    azimuth and beam width where stored (revision 0009), else the kind's height and range, all round; and
    their frequency and radiated power (revision 0010), else 900 MHz and 58 dBm."""
    sites = []
    rows = frame.drop(columns=frame.geometry.name).to_dict("records")
    for row, geom in zip(rows, frame.geometry, strict=True):
        if geom is None or geom.is_empty:
            continue
        spec = kind_of(row.get("kind"))
        height = _number(row.get("height_m"), spec.height_m)
        reach = _number(row.get("range_m"), spec.range_m)
        azimuth = _number(row.get("azimuth_deg"), None)
        width = _number(row.get("beam_width_deg"), 360.0)
        if spec.observer in ("loudspeaker", *BY_ROAD) or not 0 < width < 360:
            azimuth, width = None, 360.0
        frequency = _number(row.get("frequency_mhz"), DEFAULT_FREQUENCY_MHZ)
        power = _number(row.get("eirp_dbm"), DEFAULT_EIRP_DBM)
        sites.append(RadioSite(float(geom.x), float(geom.y), height, reach if reach > 0 else spec.range_m,
                               azimuth, width if azimuth is not None else 360.0, kind=spec.observer,
                               target_height=target_height,
                               frequency_mhz=frequency if frequency > 0 else DEFAULT_FREQUENCY_MHZ,
                               eirp_dbm=power))
    return sites


def _number(value, default):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


__all__ = ["BY_ROAD", "DEFAULT_EIRP_DBM", "DEFAULT_FREQUENCY_MHZ", "EXISTING_STATUSES", "SITE_KINDS", "STATUSES",
           "STORE_KIND", "PlannedSiteLayer", "RadioSite", "SiteKind", "kind_of", "sites_of"]
