"""Coordinates written by hand: decimal degrees or degree-minute-second text, with hemispheres.

Township tables hold coordinates typed in many ways: ``121.5``, ``"25,07,45"``, ``"121°30'15.5\\"E"``,
``"121 30 15"``, ``"121度30分15秒"``, ``"北纬25°07′45″"``, ``"S 33 52 10"``. :func:`parse_coordinates`
turns a column of them into degrees in one vectorised pass (pandas string methods) and says, for each
value it could not read, why.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# Hemisphere words and letters, with the axis they belong to and their sign.
_HEMISPHERES = {
    "N": ("lat", 1.0), "S": ("lat", -1.0), "E": ("lon", 1.0), "W": ("lon", -1.0),
    "北纬": ("lat", 1.0), "北緯": ("lat", 1.0), "南纬": ("lat", -1.0), "南緯": ("lat", -1.0),
    "东经": ("lon", 1.0), "東經": ("lon", 1.0), "東经": ("lon", 1.0), "西经": ("lon", -1.0),
    "西經": ("lon", -1.0),
}
_HEMI = "北纬|北緯|南纬|南緯|东经|東經|東经|西经|西經|[NSEW]"
# Marks between degrees, minutes and seconds: symbols, Chinese units, d/m/s letters, colons, commas.
_MARKS = r"[°º˚ᵒ度'′’‘´`\"″”“分秒:,;/dms]|''"
_PARTS = (r"^(?P<sign>[+-])?(?P<deg>\d+(?:\.\d*)?|\.\d+)"
          r"(?: (?P<min>\d+(?:\.\d*)?|\.\d+))?(?: (?P<sec>\d+(?:\.\d*)?|\.\d+))?$")
_NUMBER = r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$"


def parse_coordinates(values, axis: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Read a column of coordinates written as decimals or degree-minute-second text.

    Parameters
    ----------
    values : sequence or Series
        Numbers or text; None, NaN and blank cells count as missing.
    axis : {"lon", "lat", None}
        When given, a hemisphere of the other axis (``N`` on a longitude) is a problem, and values
        outside -180..180 (lon) or -90..90 (lat) are flagged. Planar columns pass None.

    Returns
    -------
    degrees : ndarray of float64
        The value in degrees (or the plain number for planar data); NaN where unreadable.
    problems : ndarray of object
        ``""`` for a good value, else the reason, such as ``"'12x.5' is not a number"``,
        ``"missing"`` or ``"minutes 75 must be below 60"``.

    Examples
    --------
    >>> parse_coordinates(["25,07,45", "121°30'15.5\\"W", "12x.5"])[0].round(4)
    array([  25.1292, -121.5043,       nan])
    """
    raw = pd.Series(values, dtype=object).reset_index(drop=True)
    out = np.full(len(raw), np.nan)
    problems = np.full(len(raw), "", dtype=object)
    missing = raw.isna().to_numpy() | raw.astype(str).str.strip().eq("").to_numpy()
    problems[missing] = "missing"

    numeric = pd.to_numeric(raw.where(~missing), errors="coerce").to_numpy(dtype=float)
    is_number = ~missing & np.isfinite(numeric)
    out[is_number] = numeric[is_number]
    # A numeric cell that is not finite (inf, nan text) is unreadable, not missing.
    rest = ~missing & ~is_number
    if rest.any():
        _parse_text(raw[rest], out, problems, np.flatnonzero(rest), axis)
    if axis in ("lon", "lat"):
        limit = 180.0 if axis == "lon" else 90.0
        bad = np.isfinite(out) & (np.abs(out) > limit)
        for i in np.flatnonzero(bad):
            problems[i] = f"{_show(raw[i])} is outside -{limit:g}..{limit:g} degrees"
        out[bad] = np.nan
    return out, problems


def parse_dms(text) -> float:
    """Read one coordinate; return NaN when it cannot be read (see :func:`parse_coordinates`)."""
    return float(parse_coordinates([text])[0][0])


def _parse_text(texts: pd.Series, out: np.ndarray, problems: np.ndarray, where: np.ndarray,
                axis: str | None) -> None:
    """Parse the non-numeric cells ``texts`` (positions ``where``) into ``out`` / ``problems``."""
    original = texts.astype(str).reset_index(drop=True)
    s = original.str.normalize("NFKC").str.strip()
    # Hemisphere at the start or at the end.
    head = s.str.extract(rf"^({_HEMI})\s*", expand=False)
    s = s.str.replace(rf"^({_HEMI})\s*", "", regex=True)
    tail = s.str.extract(rf"\s*({_HEMI})$", expand=False)
    s = s.str.replace(rf"\s*({_HEMI})$", "", regex=True)
    hemi = head.fillna(tail)
    two_hemis = head.notna() & tail.notna()

    # One comma between two numbers and nothing else is a decimal comma ("25,5"), not D,M.
    decimal_comma = s.str.fullmatch(r"[+-]?\d+,\d+")
    s = s.where(~decimal_comma, s.str.replace(",", ".", regex=False))
    spaced = s.str.replace(_MARKS, " ", regex=True).str.strip().str.replace(r"\s+", " ", regex=True)
    spaced = spaced.str.replace(r"^([+-]) ", r"\1", regex=True)
    parts = spaced.str.extract(_PARTS)

    deg = pd.to_numeric(parts["deg"], errors="coerce").to_numpy(dtype=float)
    minutes = pd.to_numeric(parts["min"], errors="coerce").to_numpy(dtype=float)
    seconds = pd.to_numeric(parts["sec"], errors="coerce").to_numpy(dtype=float)
    has_min = ~np.isnan(minutes)
    has_sec = ~np.isnan(seconds)
    value = deg + np.nan_to_num(minutes) / 60.0 + np.nan_to_num(seconds) / 3600.0
    negative = parts["sign"].eq("-").to_numpy()

    hemi_axis = hemi.map(lambda h: _HEMISPHERES[h][0] if isinstance(h, str) else None).to_numpy()
    hemi_sign = hemi.map(lambda h: _HEMISPHERES[h][1] if isinstance(h, str) else 1.0).to_numpy()
    sign = np.where(negative | (hemi_sign.astype(float) < 0), -1.0, 1.0)
    value = value * sign

    frac_deg = parts["deg"].str.contains(".", regex=False).fillna(False).to_numpy()
    frac_min = parts["min"].str.contains(".", regex=False).fillna(False).to_numpy()
    reasons = np.full(len(s), "", dtype=object)
    shown = original.map(_show).to_numpy()
    checks = [
        (np.isnan(deg), "{} is not a number"),
        (frac_deg & has_min, "{} has decimal degrees followed by minutes"),
        (frac_min & has_sec, "{} has decimal minutes followed by seconds"),
        (has_min & (np.nan_to_num(minutes) >= 60), "{} has minutes of 60 or more"),
        (has_sec & (np.nan_to_num(seconds) >= 60), "{} has seconds of 60 or more"),
        (two_hemis.to_numpy(), "{} names two hemispheres"),
        (negative & (hemi_sign.astype(float) < 0), "{} is both negative and south/west"),
    ]
    if axis in ("lon", "lat"):
        other = "lat" if axis == "lon" else "lon"
        checks.append((hemi_axis == other, "{} names a hemisphere of the other axis"))
    for mask, template in reversed(checks):  # the first failing check wins
        for i in np.flatnonzero(mask):
            reasons[i] = template.format(shown[i])
    good = reasons == ""
    out[where[good]] = value[good]
    problems[where[~good]] = reasons[~good]


def _show(value, limit: int = 40) -> str:
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + "..."
    return f"'{text}'"
