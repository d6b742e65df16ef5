"""A point typed by hand for the next vertex: x and y in the map's CRS, or longitude and latitude in
decimal degrees or degrees, minutes and seconds (``121°30'15"E``, ``东经121度30分15秒``), read by
:mod:`datasources.dms` (no Qt)."""

from __future__ import annotations

import math

LONLAT_CRS = "EPSG:4326"


def typed_point(first: str, second: str, degrees: bool, crs: str | None) -> tuple[float, float]:
    """The point in ``crs`` from the two typed values.

    Parameters
    ----------
    first, second : str
        x and y (map CRS), or longitude and latitude when ``degrees``.
    degrees : bool
        The values are longitude and latitude (WGS 84 / CGCS2000 agree to centimetres).
    crs : str or None
        The map's CRS.

    Raises
    ------
    ValueError
        A value cannot be read, or a longitude or latitude is out of range; the message says which.
    """
    if not degrees:
        try:
            x, y = float(str(first).replace(",", "").strip()), float(str(second).replace(",", "").strip())
        except ValueError as exc:
            raise ValueError(f"not a number: {exc}") from None
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError("the coordinates must be finite numbers")
        return x, y
    from datasources.dms import parse_coordinates

    lon, lon_problem = parse_coordinates([first], axis="lon")
    lat, lat_problem = parse_coordinates([second], axis="lat")
    for value, problem, name in ((lon, lon_problem, "longitude"), (lat, lat_problem, "latitude")):
        if not math.isfinite(value[0]):
            raise ValueError(f"the {name} cannot be read: {problem[0] or 'empty'}")
    if crs is None or crs == LONLAT_CRS:
        return float(lon[0]), float(lat[0])
    from datasources.crs import transformer

    x, y = transformer(LONLAT_CRS, crs).transform(float(lon[0]), float(lat[0]))
    return float(x), float(y)


__all__ = ["typed_point"]
