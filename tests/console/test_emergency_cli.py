"""``township-console flood`` and ``cap validate|draft`` as an officer runs them from a shell."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import rasterio
import shapely
from affine import Affine

from console.cli import main

TRANSFORM = Affine(10.0, 0.0, 500_000.0, 0.0, -10.0, 4_000_500.0)
BASIN = shapely.box(500_250.0, 4_000_100.0, 500_350.0, 4_000_400.0)   # columns 25-34, rows 10-39


@pytest.fixture
def valley(tmp_path):
    """A DEM (EPSG:32650) with a river channel in a floodplain, a ridge and a lower basin behind it,
    and the river as a line stored in WGS84 (so the command must reproject it)."""
    dem = np.full((50, 50), 5.0, dtype=np.float32)
    dem[:, 0:15] = 2.0
    dem[:, 5] = 1.0
    dem[:, 20] = 10.0
    dem[10:40, 25:35] = 0.0
    path = tmp_path / "dem.tif"
    with rasterio.open(path, "w", driver="GTiff", width=50, height=50, count=1, dtype="float32",
                       crs="EPSG:32650", transform=TRANSFORM) as ds:
        ds.write(dem, 1)
    river = gpd.GeoDataFrame({"name": ["river"]}, crs="EPSG:32650",
                             geometry=[shapely.LineString([(500_055, 4_000_499), (500_055, 4_000_001)])])
    river.to_crs("EPSG:4326").to_file(tmp_path / "river.gpkg")
    return path, tmp_path / "river.gpkg"


def test_flood_writes_hazard_layer_and_keeps_the_basin_dry(valley, tmp_path, capsys):
    dem, river = valley
    out, raster = tmp_path / "flood.gpkg", tmp_path / "classes.tif"
    assert main(["flood", "--dem", str(dem), "--river", str(river), "--level", "3",
                 "--out", str(out), "--raster", str(raster)]) == 0
    said = capsys.readouterr().out
    assert "flooded at 3 m: 750 cells" in said and "0.5-1.5 m: 700" in said
    hazard = pyogrio.read_dataframe(out, layer="flood")
    assert set(hazard["depth_class"]) == {2, 3} and hazard.crs.to_epsg() == 32650
    assert not hazard.union_all().intersects(BASIN.buffer(-1))
    assert hazard.union_all().area == pytest.approx(750 * 100.0)
    with rasterio.open(raster) as ds:
        classes = ds.read(1)
    assert (classes[:, 5] == 3).all() and (classes[:, 0] == 2).all() and not classes[:, 15:].any()


def test_flood_with_nothing_flooded_says_so(valley, tmp_path, capsys):
    dem, river = valley
    out = tmp_path / "flood.gpkg"
    assert main(["flood", "--dem", str(dem), "--river", str(river), "--level", "0.5",
                 "--out", str(out)]) == 0
    assert "nothing floods at 0.5 m: the lowest river cell is at 1.00 m" in capsys.readouterr().out
    assert not out.exists()


def test_flood_bad_input_is_one_sentence(valley, tmp_path, capsys):
    dem, river = valley
    assert main(["flood", "--dem", str(tmp_path / "none.tif"), "--river", str(river), "--level", "3",
                 "--out", str(tmp_path / "f.gpkg")]) == 2
    assert "township-console:" in capsys.readouterr().err
    far = tmp_path / "far.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (1, 1)])], crs="EPSG:4326").to_file(far)
    assert main(["flood", "--dem", str(dem), "--river", str(far), "--level", "3",
                 "--out", str(tmp_path / "f.gpkg")]) == 2
    assert "the river lies outside the DEM" in capsys.readouterr().err


@pytest.mark.realdata
def test_flood_on_a_real_srtm_dem(real_data, tmp_path, capsys):
    dem = real_data / "dem/spDataLarge_srtm_zion.tif"
    with rasterio.open(dem) as ds:
        heights = ds.read(1, masked=True)
        row, col = np.unravel_index(np.ma.argmin(heights), heights.shape)
        x, y = ds.xy(row, col)
    river = tmp_path / "river.gpkg"
    line = shapely.LineString([(x - 0.0004, y), (x + 0.0004, y)])
    gpd.GeoDataFrame(geometry=[line], crs="EPSG:4326").to_crs("EPSG:32612").to_file(river)
    out = tmp_path / "flood.gpkg"
    level = float(heights[row, col]) + 100
    assert main(["flood", "--dem", str(dem), "--river", str(river), "--level", f"{level}",
                 "--out", str(out)]) == 0
    hazard = pyogrio.read_dataframe(out, layer="flood")
    assert len(hazard) > 0 and hazard.geometry.is_valid.all() and (hazard["area_m2"] > 0).all()
    assert hazard.union_all().contains(shapely.Point(x, y))
    assert "flooded at" in capsys.readouterr().out


def test_cap_draft_from_the_flood_validates(valley, tmp_path, capsys):
    dem, river = valley
    flood, alert = tmp_path / "flood.gpkg", tmp_path / "alert.xml"
    assert main(["flood", "--dem", str(dem), "--river", str(river), "--level", "3",
                 "--out", str(flood)]) == 0
    assert main(["cap", "draft", "--event", "Flood warning", "--area-file", str(flood),
                 "--area-desc", "East village", "--area-desc-zh", "东村",
                 "--sent", "2026-07-01T08:30:00+08:00", "--hours", "6", "--out", str(alert)]) == 0
    assert "a valid CAP 1.2 alert, 1 polygon(s), expires 2026-07-01T14:30:00+08:00" in \
        capsys.readouterr().out
    text = alert.read_text(encoding="utf-8")
    assert "<event>洪水预警</event>" in text and "<areaDesc>东村</areaDesc>" in text
    assert main(["cap", "validate", str(alert)]) == 0
    assert "a valid CAP 1.2 alert" in capsys.readouterr().out


def test_cap_validate_lists_each_reason(tmp_path, valley, capsys):
    dem, river = valley
    flood, alert = tmp_path / "flood.gpkg", tmp_path / "alert.xml"
    main(["flood", "--dem", str(dem), "--river", str(river), "--level", "3", "--out", str(flood)])
    main(["cap", "draft", "--event", "Flood warning", "--area-file", str(flood),
          "--sent", "2026-07-01T08:30:00+08:00", "--out", str(alert)])
    capsys.readouterr()
    broken = tmp_path / "broken.xml"
    broken.write_text(alert.read_text(encoding="utf-8")
                      .replace("08:30:00+08:00</sent>", "00:30:00Z</sent>")
                      .replace("<urgency>Expected</urgency>", "<urgency>Soon</urgency>"),
                      encoding="utf-8")
    assert main(["cap", "validate", str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("not a valid CAP 1.2 alert")
    assert any("ends in Z" in line for line in lines)
    assert sum("urgency" in line for line in lines) == 2          # once per language
    assert main(["cap", "validate", str(tmp_path / "none.xml")]) == 2


def test_cap_draft_refuses_what_would_not_validate(valley, tmp_path, capsys):
    dem, river = valley
    flood, alert = tmp_path / "flood.gpkg", tmp_path / "alert.xml"
    main(["flood", "--dem", str(dem), "--river", str(river), "--level", "3", "--out", str(flood)])
    capsys.readouterr()
    assert main(["cap", "draft", "--event", "Flood warning", "--area-file", str(flood),
                 "--sent", "2026-07-01T08:30:00+08:00", "--expires", "2026-07-01T07:00:00+08:00",
                 "--out", str(alert)]) == 1
    assert "expires (2026-07-01T07:00:00+08:00) is before sent" in capsys.readouterr().err
    assert not alert.exists()
    assert main(["cap", "draft", "--event", "Flood warning", "--area-file", str(flood),
                 "--sent", "2026-07-01T08:30:00", "--out", str(alert)]) == 2
    assert "has no UTC offset" in capsys.readouterr().err
    assert main(["cap", "draft", "--event", "Flood warning", "--area-file", str(river),
                 "--out", str(alert)]) == 2
    assert "no polygon" in capsys.readouterr().err


@pytest.mark.realdata
def test_flood_reads_the_elevation_band_of_a_multiband_raster(real_data, tmp_path, capsys):
    dem = real_data / "dem/spDataLarge_ta_ecuador_landslide.tif"   # band 4 is the elevation
    with rasterio.open(dem) as ds:
        heights = ds.read(4, masked=True)
        row, col = np.unravel_index(np.ma.argmin(heights), heights.shape)
        x, y = ds.xy(row, col)
    river = tmp_path / "spring.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.Point(x, y).buffer(20)], crs="EPSG:32717").to_file(river)
    out = tmp_path / "flood.gpkg"
    args = ["flood", "--dem", str(dem), "--river", str(river), "--level", "1800", "--out", str(out)]
    assert main([*args, "--band", "4"]) == 0
    hazard = pyogrio.read_dataframe(out, layer="flood")
    assert hazard.union_all().contains(shapely.Point(x, y)) and hazard["level"].eq(1800).all()
    assert main([*args, "--band", "9"]) == 2
    assert "band 9 does not exist" in capsys.readouterr().err
