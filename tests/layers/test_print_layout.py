"""Print layouts with no Qt: a stated scale true on paper (projected and geographic CRSs), the scale bar's
length, layouts kept in the project file and read back (an older project has none), and the village atlas's
figures from the demo township's own layers."""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import pytest

from layers.print_atlas import MU_PER_KM2, atlas_pages
from layers.print_layout import (
    SETTINGS_KEY,
    PrintLayout,
    find_layout,
    keep_layout,
    layouts_of,
    map_view,
    metres_per_unit,
    nice_scale,
    page_boxes,
    remove_layout,
    scale_bar_length,
)
from layers.project import Project

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "qingxi.project.gpkg"


@pytest.fixture(scope="module")
def demo():
    if not DEMO.exists():
        pytest.skip("the demo township is not built (make demo)")
    return Project.load(DEMO)


def test_bad_layouts_are_refused_in_one_sentence():
    for bad, words in ((dict(page="A5"), "A5"), (dict(orientation="sideways"), "sideways"),
                       (dict(scale=0), "scale"), (dict(extent=(5, 0, 1, 1)), "min < max"),
                       (dict(name=" "), "name"), (dict(dpi=20), "dpi")):
        with pytest.raises(ValueError, match=words):
            PrintLayout(**bad)


def test_pages_turn_and_parts_stay_on_the_page():
    for page in ("A4", "A3"):
        for turn in ("portrait", "landscape"):
            layout = PrintLayout(page=page, orientation=turn)
            pw, ph = layout.page_mm
            assert (pw > ph) == (turn == "landscape")
            for x, y, w, h in page_boxes(layout).values():
                assert w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= pw + 1e-9 and y + h <= ph + 1e-9
    assert PrintLayout(page="A3", orientation="landscape").page_mm == (420.0, 297.0)


def test_stated_scale_is_true_on_paper_in_metres():
    layout = PrintLayout(page="A3", scale=25_000)
    frame = page_boxes(layout)["map"][2:]
    view = map_view(layout, "EPSG:4549", (455660.0, 3314430.0, 467160.0, 3325930.0), frame)
    ground_width_m = view.bbox[2] - view.bbox[0]
    assert ground_width_m / (frame[0] / 1000.0) == pytest.approx(25_000, rel=1e-9)
    assert (view.bbox[3] - view.bbox[1]) / (view.bbox[2] - view.bbox[0]) == pytest.approx(frame[1] / frame[0])
    assert ((view.bbox[0] + view.bbox[2]) / 2, (view.bbox[1] + view.bbox[3]) / 2) == \
        pytest.approx((461410.0, 3320180.0))


def test_a_chosen_scale_is_round_and_shows_everything():
    extent = (455660.0, 3314430.0, 467160.0, 3325930.0)
    layout = PrintLayout(page="A4", orientation="landscape")
    view = map_view(layout, "EPSG:4549", extent, page_boxes(layout)["map"][2:])
    assert view.scale in {s * 10 ** k for s in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8) for k in range(6)}
    assert view.bbox[0] <= extent[0] and view.bbox[1] <= extent[1]
    assert view.bbox[2] >= extent[2] and view.bbox[3] >= extent[3]
    assert nice_scale(41_000) == 50_000 and nice_scale(36_000) == 40_000 and nice_scale(10_000) == 10_000


def test_geographic_crs_takes_the_scale_at_the_centre_latitude():
    # the length of a degree of longitude on GRS80 at 30 N, by the textbook formula
    a, f = 6378137.0, 1 / 298.257222101
    e2 = f * (2 - f)
    lat = math.radians(30.0)
    degree = math.pi / 180 * a * math.cos(lat) / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    assert metres_per_unit("EPSG:4490", 119.6, 30.0) == pytest.approx(degree, rel=1e-6)
    layout = PrintLayout(scale=50_000)
    view = map_view(layout, "EPSG:4490", (119.5, 29.9, 119.7, 30.1), (200.0, 150.0))
    assert (view.bbox[2] - view.bbox[0]) * degree / 0.2 == pytest.approx(50_000, rel=1e-6)


def test_scale_bar_is_round_and_exact():
    for scale in (5_000, 25_000, 40_000, 50_000, 100_000, 2_500_000):
        metres, mm, segments = scale_bar_length(scale, 60.0)
        assert mm == pytest.approx(metres * 1000 / scale)
        assert 20.0 <= mm <= 60.0 and segments >= 4
        assert metres / 10 ** math.floor(math.log10(metres)) in (1, 2, 5)


def test_layouts_survive_saving_and_loading_the_project(demo, tmp_path):
    assert layouts_of(demo.settings) == []  # saved before layouts existed: none, and it still opens
    a3 = PrintLayout(name="county report", page="A3", orientation="landscape", title="青溪镇 灾害风险图",
                     author="镇应急办", scale=40_000, extent=(456000.0, 3315000.0, 466000.0, 3325000.0),
                     north_arrow=False)
    keep_layout(demo, a3)
    keep_layout(demo, PrintLayout(name="notice board", page="A4", orientation="portrait"))
    keep_layout(demo, a3.replace(author="镇规划办"))  # same name: replaced, not added
    assert demo.dirty
    saved = demo.save(tmp_path / "with_layouts.gpkg")
    again = Project.load(saved)
    assert [layout.name for layout in layouts_of(again.settings)] == ["notice board", "county report"]
    assert find_layout(again.settings, "county report") == a3.replace(author="镇规划办")
    assert remove_layout(again, "notice board") and not remove_layout(again, "notice board")
    # a layout a newer console wrote, with a key this one does not know, still opens; a broken one is named
    again.settings[SETTINGS_KEY].append({"name": "newer", "page": "A3", "binding": "spiral"})
    again.settings[SETTINGS_KEY].append({"name": "broken", "page": "B5"})
    notes: list[str] = []
    names = [layout.name for layout in layouts_of(again.settings, notes)]
    assert names == ["county report", "newer"] and "broken" in notes[0] and "B5" in notes[0]


def test_atlas_figures_come_from_the_villages(demo):
    pages = atlas_pages(demo)
    villages = demo.layers[[layer.source_name for layer in demo.layers].index("villages")].data
    assert len(pages) == len(villages) == 22
    assert [p.code for p in pages] == sorted(villages["village_code"].astype(str))
    first = villages.set_index(villages["village_code"].astype(str)).loc[pages[0].code]
    figures = dict(pages[0].figures)
    km2 = float(figures["Area (km²)"])
    assert km2 == pytest.approx(first["area_km2"], abs=0.01)
    assert float(figures["Area (mu)"].replace(",", "")) == pytest.approx(km2 * MU_PER_KM2, rel=0.002)
    assert figures["Households"] == f"{first['households']:,}"
    assert figures["Population"] == f"{first['population']:,}"
    assert "Incidents" not in figures  # the project shows no reports: no row rather than a false zero
    geom = first.geometry
    x0, y0, x1, y1 = pages[0].bbox
    assert x0 < geom.bounds[0] and y0 < geom.bounds[1] and x1 > geom.bounds[2] and y1 > geom.bounds[3]
    with pytest.raises(ValueError, match="999"):
        atlas_pages(demo, only=["999"])
    assert [p.code for p in atlas_pages(demo, only=f"{pages[3].code},{pages[1].code}")] == \
        [pages[1].code, pages[3].code]


def test_atlas_counts_reports_by_code_or_by_place(demo):
    villages = demo.layers[[layer.source_name for layer in demo.layers].index("villages")].data
    codes = villages["village_code"].astype(str).tolist()
    by_code = gpd.GeoDataFrame({"village_code": [codes[0]] * 3 + [codes[5]]},
                               geometry=[None] * 4, crs=villages.crs)
    counts = {p.code: dict(p.figures)["Incidents"] for p in atlas_pages(demo, by_code)}
    assert counts[codes[0]] == "3" and counts[codes[5]] == "1" and counts[codes[2]] == "0"
    # no code: each report is counted in the village it lies in (given in lon/lat, reprojected)
    inside = villages.geometry.iloc[4].representative_point()
    lonlat = gpd.GeoSeries([inside, inside], crs=villages.crs).to_crs("EPSG:4490")
    by_place = gpd.GeoDataFrame({"status": ["new", "closed"]}, geometry=list(lonlat), crs="EPSG:4490")
    counts = {p.code: dict(p.figures)["Incidents"] for p in atlas_pages(demo, by_place)}
    assert counts[codes[4]] == "2" and sum(int(v) for v in counts.values()) == 2
