"""The services a planned site gives, and the village table's columns per service (no Qt).

A household may have a mobile signal and no broadband: the village table counts the households and
persons covered for each service apart, as well as by any service at all:

- ``mobile``: mobile towers (line of sight, or the signal level);
- ``broadband``: fibre cabinets (cable length along the roads);
- ``camera``: cameras (their field of view);
- ``warning``: warning loudspeakers (heard within their range);
- ``monitoring``: river and air monitoring stations (what they overlook).

The table keeps its plain columns (:data:`layers.planning.desk_work.TABLE_COLUMNS`) for the service
shown, and adds ``<service>_<figure>`` columns for every service of the run, ``all`` being any service.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ALL = "all"
SERVICES = ("mobile", "broadband", "camera", "warning", "monitoring")
#: the service of each kind of site, by its observer kind (``Site.kind``) and by its store kind
SERVICE_OF = {"tower": "mobile", "fibre cabinet": "broadband", "fibre_cabinet": "broadband",
              "camera": "camera", "loudspeaker": "warning", "sensor": "monitoring",
              "monitoring": "monitoring"}
#: the figures the table gives per service
FIGURES = ("covered_households", "uncovered_households", "covered_persons", "uncovered_persons",
           "share_covered")


def service_of(kind) -> str:
    """The service of a site's kind (a tower's, for a kind this program does not know)."""
    return SERVICE_OF.get(str(kind), "mobile")


def column(service: str, figure: str) -> str:
    """The table column of ``figure`` for ``service`` (``mobile_covered_persons``)."""
    return f"{service}_{figure}"


def services_in(table: pd.DataFrame) -> list[str]:
    """The services that ``table`` has columns for, ``all`` first, then in :data:`SERVICES` order."""
    return [s for s in (ALL, *SERVICES) if column(s, "covered_persons") in table.columns]


def split_column(name: str) -> tuple[str, str] | None:
    """(service, figure) of a per-service column, else None."""
    for service in (ALL, *SERVICES):
        prefix = service + "_"
        if name.startswith(prefix) and name[len(prefix):] in FIGURES:
            return service, name[len(prefix):]
    return None


def union(masks: dict) -> np.ndarray | None:
    """Covered by any of the services' ``masks`` (None when there are none)."""
    masks = [np.asarray(m, dtype=bool) for m in masks.values()]
    return np.logical_or.reduce(masks) if masks else None


__all__ = ["ALL", "FIGURES", "SERVICES", "SERVICE_OF", "column", "service_of", "services_in",
           "split_column", "union"]
