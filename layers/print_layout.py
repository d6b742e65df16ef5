"""A print layout: what a printed map shows and where on the page, with no Qt.

A :class:`PrintLayout` names the page (A4 or A3, portrait or landscape), the title, author and date, the
map's extent and its stated scale (1:N), and which of legend, scale bar, north arrow, coordinate system and
data sources it shows. :func:`page_boxes` places the parts on the page in millimetres and
:func:`map_view` gives the map's extent in the project CRS so that the stated scale is true on paper: one
millimetre of the map frame is N millimetres on the ground, along the x axis at the centre of the map
(projected CRSs in their own linear unit; a geographic CRS by the ground length of a degree of longitude
at the centre latitude). :func:`scale_bar_length` picks a round ground length for the scale bar and its
exact length on paper.

The layouts of a project are kept in its settings (:data:`SETTINGS_KEY`), so they are saved in the project
file and read back with it; a project saved before layouts existed simply has none.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

PAGE_SIZES_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
"""Portrait width and height of each page size, in millimetres."""
ORIENTATIONS = ("portrait", "landscape")
SETTINGS_KEY = "print_layouts"
"""The key of the project settings holding the layouts (a list of :meth:`PrintLayout.to_dict`)."""
MARGIN_MM = 10.0
NICE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)
"""A chosen scale is one of these times a power of ten (1:10,000, 1:25,000, 1:40,000...)."""
MM_PER_INCH = 25.4


@dataclass
class PrintLayout:
    """One printed map of a project.

    Attributes
    ----------
    name : str
        How the layout is known in the project (``township-console print --layout NAME``).
    page : {"A4", "A3"}
    orientation : {"portrait", "landscape"}
    title, author : str
    date : str
        Printed as given; empty: the day of printing.
    scale : float or None
        The stated scale's denominator N (1:N); None: the smallest round scale showing the extent.
    extent : tuple of float or None
        ``(minx, miny, maxx, maxy)`` in the project CRS the map must show (centred); None: every layer.
    legend, scale_bar, north_arrow, crs_note, sources_note : bool
        Which parts the page shows.
    sources : str
        The data sources line; empty: the project's layers are named.
    dpi : int
        Resolution of the map picture and of PNG output.
    """

    name: str = "map"
    page: str = "A4"
    orientation: str = "landscape"
    title: str = ""
    author: str = ""
    date: str = ""
    scale: float | None = None
    extent: tuple[float, float, float, float] | None = None
    legend: bool = True
    scale_bar: bool = True
    north_arrow: bool = True
    crs_note: bool = True
    sources_note: bool = True
    sources: str = ""
    dpi: int = 300
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValueError, in one sentence, when a value cannot be printed."""
        if not str(self.name).strip():
            raise ValueError("a print layout needs a name")
        if self.page not in PAGE_SIZES_MM:
            raise ValueError(f"page size {self.page!r} is not one of {', '.join(PAGE_SIZES_MM)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation {self.orientation!r} is neither portrait nor landscape")
        if self.scale is not None and not (math.isfinite(self.scale) and self.scale >= 1):
            raise ValueError(f"the scale 1:{self.scale} is not a positive number")
        if self.extent is not None:
            ext = tuple(float(v) for v in self.extent)
            if len(ext) != 4 or not all(map(math.isfinite, ext)) or ext[0] >= ext[2] or ext[1] >= ext[3]:
                raise ValueError("the map extent must be minx, miny, maxx, maxy with min < max")
            self.extent = ext
        if not (72 <= int(self.dpi) <= 1200):
            raise ValueError(f"{self.dpi} dpi is outside 72-1200")

    def replace(self, **changes) -> PrintLayout:
        return dataclasses.replace(self, **changes)

    @property
    def page_mm(self) -> tuple[float, float]:
        """(width, height) of the page in millimetres, as it is turned."""
        w, h = PAGE_SIZES_MM[self.page]
        return (h, w) if self.orientation == "landscape" else (w, h)

    def to_dict(self) -> dict:
        """JSON-safe (the project file's settings)."""
        out = dataclasses.asdict(self)
        out["extent"] = list(self.extent) if self.extent is not None else None
        return out

    @classmethod
    def from_dict(cls, data: dict) -> PrintLayout:
        """Inverse of :meth:`to_dict`; unknown keys are ignored (a newer console's layout still opens)."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in dict(data).items() if k in known}
        if values.get("extent") is not None:
            values["extent"] = tuple(values["extent"])
        return cls(**values)


# ---------------------------------------------------------------------- kept with the project
def layouts_of(settings: dict, warnings: list[str] | None = None) -> list[PrintLayout]:
    """The layouts kept in a project's ``settings`` (none for a project saved before layouts existed);
    an entry that cannot be read is left out and named in ``warnings``."""
    out = []
    for entry in settings.get(SETTINGS_KEY) or []:
        try:
            out.append(PrintLayout.from_dict(entry))
        except (TypeError, ValueError) as exc:
            if warnings is not None:
                name = entry.get("name", "?") if isinstance(entry, dict) else "?"
                warnings.append(f"print layout {name!r} left out: {exc}")
    return out


def find_layout(settings: dict, name: str) -> PrintLayout | None:
    """The layout called ``name`` (None when the project has none by that name)."""
    return next((layout for layout in layouts_of(settings) if layout.name == name), None)


def keep_layout(project, layout: PrintLayout) -> None:
    """Add ``layout`` to ``project``'s settings, replacing one of the same name, and mark it unsaved."""
    layout.validate()
    kept = [entry for entry in project.settings.get(SETTINGS_KEY) or []
            if not (isinstance(entry, dict) and entry.get("name") == layout.name)]
    project.settings[SETTINGS_KEY] = [*kept, layout.to_dict()]
    project.mark_dirty()


def remove_layout(project, name: str) -> bool:
    """Remove the layout called ``name``; True when there was one."""
    kept = [e for e in project.settings.get(SETTINGS_KEY) or [] if not (isinstance(e, dict) and e.get("name") == name)]
    if len(kept) == len(project.settings.get(SETTINGS_KEY) or []):
        return False
    project.settings[SETTINGS_KEY] = kept
    project.mark_dirty()
    return True


# ---------------------------------------------------------------------- the page
def page_boxes(layout: PrintLayout, panel: str | None = None) -> dict[str, tuple[float, float, float, float]]:
    """Where the parts go: ``{"title", "map", "panel"}`` as ``(x, y, width, height)`` in millimetres from
    the page's top left. The panel (legend, scale bar, notes) is at the right of a landscape page and
    under the map of a portrait one (``panel`` overrides: ``"right"`` or ``"bottom"``)."""
    pw, ph = layout.page_mm
    big = layout.page == "A3"
    m = MARGIN_MM
    title_h = 16.0 if big else 13.0
    side = panel or ("right" if layout.orientation == "landscape" else "bottom")
    top = m + title_h + 2.0
    if side == "right":
        panel_w = 90.0 if big else 68.0
        mp = (m, top, pw - 2 * m - panel_w - 4.0, ph - top - m)
        pn = (pw - m - panel_w, top, panel_w, ph - top - m)
    else:
        panel_h = (105.0 if big else 78.0)
        mp = (m, top, pw - 2 * m, ph - top - m - panel_h - 4.0)
        pn = (m, ph - m - panel_h, pw - 2 * m, panel_h)
    return {"title": (m, m, pw - 2 * m, title_h), "map": mp, "panel": pn}


def pixels(mm: float, dpi: float) -> float:
    """Device pixels of ``mm`` millimetres at ``dpi``."""
    return mm * dpi / MM_PER_INCH


# ---------------------------------------------------------------------- scale
def metres_per_unit(crs: str, x: float, y: float) -> float:
    """Ground metres of one CRS unit along x at ``(x, y)``: the unit's length for a projected CRS, the
    ground length of a degree of longitude at that latitude for a geographic one."""
    from pyproj import CRS, Geod

    c = CRS.from_user_input(crs)
    if c.is_projected:
        factor = c.axis_info[0].unit_conversion_factor if c.axis_info else 1.0
        return float(factor or 1.0)
    from datasources.crs import transformer

    lon, lat = transformer(crs, "EPSG:4326").transform(x, y) if c.to_epsg() != 4326 else (x, y)
    step = 0.01
    _, _, dist = Geod(ellps="GRS80").inv(lon - step / 2, lat, lon + step / 2, lat)
    if not (math.isfinite(dist) and dist > 0):
        raise ValueError(f"no ground length at latitude {lat:.4f}")
    return float(dist) / step


def nice_scale(denominator: float) -> float:
    """The smallest round scale denominator (:data:`NICE_STEPS` times a power of ten) at least
    ``denominator``."""
    if not (math.isfinite(denominator) and denominator > 0):
        raise ValueError("a scale needs a positive denominator")
    power = 10 ** math.floor(math.log10(denominator))
    for p in (power, power * 10):
        for step in NICE_STEPS:
            if step * p >= denominator * (1 - 1e-9):
                return step * p
    return 10 * power  # pragma: no cover


@dataclass(frozen=True)
class MapView:
    """The map as printed: its extent in the project CRS, the stated scale 1:``scale`` and the ground
    metres of one CRS unit along x at its centre."""

    bbox: tuple[float, float, float, float]
    scale: float
    metres_per_unit: float


def map_view(layout: PrintLayout, crs: str, extent, frame_mm: tuple[float, float],
             margin: float = 0.03) -> MapView:
    """The extent to draw in a map frame of ``frame_mm`` (width, height) so that 1:N is true on paper.

    Parameters
    ----------
    layout : PrintLayout
        Its ``extent`` (else ``extent``) is centred; its ``scale`` is kept, or the smallest round scale
        that shows the whole extent with ``margin`` around it is chosen.
    crs : str
        The project CRS the map is drawn in.
    extent : tuple
        The layers' extent, used when the layout names none.
    frame_mm : (float, float)
        The map frame on paper, millimetres.
    """
    bbox = layout.extent or extent
    if bbox is None:
        raise ValueError("the map has nothing to show: no extent and no layer with features")
    minx, miny, maxx, maxy = (float(v) for v in bbox)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    fw, fh = frame_mm
    if fw <= 0 or fh <= 0:
        raise ValueError("the map frame has no room on the page")
    mpu = metres_per_unit(crs, cx, cy)
    scale = layout.scale
    if scale is None:
        ground_w = max(maxx - minx, 1e-9) * mpu * (1 + 2 * margin)
        ground_h = max(maxy - miny, 1e-9) * mpu * (1 + 2 * margin)
        scale = nice_scale(max(ground_w / (fw / 1000.0), ground_h / (fh / 1000.0)))
    width_units = scale * fw / 1000.0 / mpu
    height_units = width_units * fh / fw  # the map is drawn with equal x and y units, as on the canvas
    return MapView((cx - width_units / 2, cy - height_units / 2, cx + width_units / 2, cy + height_units / 2),
                   float(scale), mpu)


def scale_bar_length(scale: float, max_mm: float) -> tuple[float, float, int]:
    """A round ground length for a scale bar no longer than ``max_mm`` on paper at 1:``scale``.

    Returns
    -------
    (metres, millimetres, segments)
        The ground length, its exact length on paper (``metres * 1000 / scale``) and how many
        alternating segments it is drawn in.
    """
    ground_max = max_mm / 1000.0 * scale
    power = 10 ** math.floor(math.log10(ground_max))
    metres = max(s * power for s in (1.0, 2.0, 5.0) if s * power <= ground_max)
    mm = metres * 1000.0 / scale
    lead = round(metres / power)
    segments = {1: 5, 2: 4, 5: 5}.get(lead, 4)
    return metres, mm, segments


def distance_text(metres: float) -> str:
    """``500 m``, ``1 km``, ``2.5 km``."""
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


def scale_text(scale: float) -> str:
    """``1:25,000``."""
    return f"1:{scale:,.0f}"
