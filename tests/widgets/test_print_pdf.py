"""The printed A3 map of the demo township, read back as a reader would: poppler's pdffonts sees the Chinese
font embedded, pdftotext finds the Chinese title and legend, pdftoppm's 300 dpi picture has the scale bar
and the map frame exactly as long as the stated scale says (measured in pixels), and the page looks as
approved (docs/screenshots/print_a3.png). The map is drawn as vectors and text (the village names are text
in the PDF) with the font subset. The atlas prints a page per village with its figures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtGui

from layers.print_layout import PrintLayout, page_boxes
from layers.project import Project
from tests.widgets.image_compare import compare, image_array

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "qingxi.project.gpkg"
APPROVED = ROOT / "docs" / "screenshots" / "print_a3.png"
APPROVED_DPI = 72
DPI = 300
TITLE = "青溪镇 村务公开地图"

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def chinese(qapp):
    from console.i18n import translators
    from layers.code_lists import language, set_language

    before = language()
    loaded = translators("zh_CN")
    for t in loaded:
        qapp.installTranslator(t)
    set_language("zh_CN")
    yield
    for t in loaded:
        qapp.removeTranslator(t)
    set_language(before)


@pytest.fixture(scope="module")
def printed(chinese, tmp_path_factory):
    from widgets.printing.export import write_layout

    if not DEMO.exists():
        pytest.skip("the demo township is not built (make demo)")
    project = Project.load(DEMO)
    layout = PrintLayout(name="a3", page="A3", orientation="landscape", title=TITLE, author="镇党政办",
                         date="2026-12-03", scale=40_000)
    out = tmp_path_factory.mktemp("print") / "demo_a3.pdf"
    result = write_layout(project, layout, out)
    return layout, result, out


def _page(pdf: Path, dpi: int, folder: Path, crop: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """The page (or the ``crop`` = x, y, width, height pixels of it) as poppler draws it at ``dpi``."""
    stem = folder / f"page{dpi}"
    where = [] if crop is None else ["-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3])]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", *where, str(pdf), str(stem)], check=True)
    image = QtGui.QImage(str(stem) + ".png")
    assert not image.isNull()
    return image_array(image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888))


def test_the_chinese_font_is_embedded(printed):
    fonts = subprocess.run(["pdffonts", str(printed[2])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows, fonts
    cjk = [row for row in rows if "WenQuanYi" in row[0]]
    assert cjk, fonts
    # name, type words, encoding, then emb sub uni object ID: every font is embedded
    assert all(row[-5] == "yes" for row in rows), fonts


def test_text_finds_the_chinese_title_legend_and_notes(printed):
    text = subprocess.run(["pdftotext", "-layout", str(printed[2]), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in (TITLE, "图例", "行政村", "灾害风险区", "高风险", "学校", "农户", "1:40,000", "镇党政办",
                  "2026-12-03", "EPSG:4549", "数据来源"):
        assert words in text, words
    assert "Legend" not in text


def test_the_map_is_vectors_and_text_with_the_font_subset(printed):
    """The village labels are text on the map (not pixels of a picture); only the raster layers (the DEM
    and its hillshade) are images; the Chinese font is a subset of the glyphs used, not the whole file."""
    from pypdf import PdfReader

    layout, _result, pdf = printed
    mx, my, mw, mh = page_boxes(layout)["map"]
    pt = 72 / 25.4
    inside = subprocess.run(["pdftotext", "-r", "72", "-x", str(round(mx * pt)), "-y", str(round(my * pt)),
                             "-W", str(round(mw * pt)), "-H", str(round(mh * pt)), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    project = Project.load(DEMO)
    names = next(layer.data["name_zh"] for layer in project.layers
                 if getattr(layer, "source_name", "") == "villages")
    found = [name for name in names if name in inside]
    assert len(found) >= 0.9 * len(names), (found, inside[:400])
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    pictures = [row for row in images if row.split()[2] == "image"]
    assert 1 <= len(pictures) <= 2, images  # the DEM (with its hillshade), at most a basemap
    reader = PdfReader(str(pdf))
    sizes = [len(font.get_object()["/FontFile2"].get_object().get_data())
             for font in _font_descriptors(reader) if "/FontFile2" in font.get_object()]
    assert sizes and max(sizes) < 500_000, sizes  # the whole WenQuanYi Micro Hei is 5 MB
    assert Path(pdf).stat().st_size < 4_000_000


def _font_descriptors(reader):
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", []):
                yield descendant.get_object()["/FontDescriptor"]
            if "/FontDescriptor" in font:
                yield font["/FontDescriptor"]


def test_scale_bar_and_map_frame_measure_true_on_paper(printed, tmp_path):
    from pypdf import PdfReader

    layout, result, pdf = printed
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4) == pytest.approx(layout.page_mm, abs=0.5)  # Qt's A3: whole points
    px_per_mm = DPI / 25.4

    def dark(x_mm, y_mm, w_mm, h_mm):
        """Dark pixels of a piece of the page drawn at DPI, and the piece's top left in pixels."""
        x0, y0 = round(x_mm * px_per_mm), round(y_mm * px_per_mm)
        piece = _page(pdf, DPI, tmp_path, (x0, y0, round(w_mm * px_per_mm), round(h_mm * px_per_mm)))
        return piece[:, :, :3].max(axis=2) < 90, x0

    # the scale bar: around where it was drawn, the row with the longest run of dark pixels is its outline
    x, y, length, height, metres = result.scale_bars[0]
    region, _ = dark(x - 6, y - 1.5, length + 12, height + 3)
    top_row = region[int(np.argmax(region.sum(axis=1)))]
    found = np.flatnonzero(top_row)
    measured_mm = (found[-1] - found[0] + 1) / px_per_mm
    assert measured_mm * result.scales[0] / 1000 == pytest.approx(metres, rel=0.01), (measured_mm, length)
    assert result.scales[0] == 40_000
    # the map frame: its outline's left and right edges on a strip across the middle of the map
    mx, my, mw, mh = page_boxes(layout)["map"]
    strip, x0 = dark(mx - 3, my + mh / 2, mw + 6, 1)
    row = strip[strip.shape[0] // 2]
    edge = round(6 * px_per_mm)
    left, right = np.flatnonzero(row[:edge]), np.flatnonzero(row[-edge:])
    assert len(left) and len(right)
    frame_px = (len(row) - edge + right.mean()) - left.mean()
    ground_width = result.bboxes[0][2] - result.bboxes[0][0]  # metres (EPSG:4549)
    assert ground_width / (frame_px / px_per_mm / 1000) == pytest.approx(40_000, rel=0.01)


def test_the_page_looks_as_approved(printed, tmp_path):
    page = _page(printed[2], APPROVED_DPI, tmp_path)
    if not APPROVED.exists():
        APPROVED.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp_path / f"page{APPROVED_DPI}.png", APPROVED)
        pytest.skip(f"wrote {APPROVED.name}: look at it and commit it")
    approved = image_array(QtGui.QImage(str(APPROVED)).convertToFormat(QtGui.QImage.Format.Format_RGBA8888))
    difference = compare(page, approved)
    assert difference.within(0.02), difference
    # and it is a map, not a blank page: the map frame holds many colours
    assert len(np.unique(page[::4, ::4, :3].reshape(-1, 3), axis=0)) > 500


def test_atlas_pages_carry_their_village_and_figures(chinese, tmp_path):
    from pypdf import PdfReader

    from widgets.printing.export import write_atlas

    if not DEMO.exists():
        pytest.skip("the demo township is not built (make demo)")
    project = Project.load(DEMO)
    out = tmp_path / "atlas.pdf"
    result = write_atlas(project, out, villages=["330122112203", "330122112201"])
    reader = PdfReader(str(out))
    assert len(reader.pages) == result.pages == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    first, second = (page.extract_text() for page in reader.pages)
    assert "青溪村" in first and "330122112201" in first and "松坞村" in second
    assert "亩" in first and "6,520" in first and "2,050" in first  # population, households of 青溪村
    assert set(result.scales) <= {10_000, 15_000, 20_000, 25_000, 30_000}  # a village fills its page
    png = write_atlas(project, tmp_path / "atlas.png", villages=["330122112203"])
    assert [f.name for f in png.files] == ["atlas-330122112203.png"]
    assert QtGui.QImage(str(png.files[0])).width() == round(210 * 300 / 25.4)


def test_markers_in_degrees_are_dots_not_streaks(qapp):
    """A map in longitude/latitude (a scale of 1e5 pixels a unit): a marker is a round dot of its size."""
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.style import Style
    from layers.vector import VectorLayer
    from widgets.printing.map_picture import PrintMap

    project = Project(crs="EPSG:4490")
    wells = gpd.GeoDataFrame({"name": ["一号井", "二号井"]}, geometry=[Point(119.60, 30.00), Point(119.62, 30.01)],
                             crs="EPSG:4490")
    project.layers.append(VectorLayer(wells, "wells", style=Style(fill="#d01010", stroke="#d01010",
                                                                    marker_size=3.0)))
    image = PrintMap(project).draw((119.58, 29.99, 119.64, 30.02), 100.0, 50.0, 300)
    pixels = image_array(image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888))
    red = (pixels[:, :, 0] > 150) & (pixels[:, :, 1] < 90) & (pixels[:, :, 2] < 90)
    columns = np.flatnonzero(red.any(axis=0))
    assert len(columns)
    dot_px = 3.0 * 96 / 25.4 * 300 / 96  # 3 mm on screen is 11.3 screen pixels, 35 at 300 dpi
    runs = np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1)
    assert len(runs) == 2 and all(len(run) < 2 * dot_px for run in runs), [len(r) for r in runs]
