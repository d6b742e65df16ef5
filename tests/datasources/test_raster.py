"""Rasters: headers, windows at screen size, samples, overviews, and files that must not be trusted."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from datasources.errors import Cancelled, Damaged, FileTooLarge, Unsafe, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.options import ReadOptions
from datasources.raster import build_overviews, open_raster, read_window, sample

ZION = "spDataLarge_srtm_zion.tif"
ECUADOR = "spDataLarge_ta_ecuador_landslide.tif"
MONGON = "spDataLarge_dem_mongon.tif"


def test_headers_of_the_real_dems(real_data):
    zion = open_raster(real_data / "dem" / ZION)
    assert (zion.width, zion.height, zion.count, zion.dtypes) == (465, 457, 1, ("uint16",))
    assert zion.nodata == 65535 and zion.crs == "EPSG:4326" and not zion.crs_assumed
    assert zion.driver == "GTiff" and zion.overviews == ((),)
    assert zion.transform[0] == pytest.approx(1 / 1200) and zion.transform[4] == pytest.approx(-1 / 1200)
    assert zion.bounds[0] == pytest.approx(-113.2396, abs=1e-4)
    ecuador = open_raster(real_data / "dem" / ECUADOR)
    assert ecuador.count == 5 and set(ecuador.dtypes) == {"float32"}
    assert np.isnan(ecuador.nodata) and ecuador.crs == "EPSG:32717" and ecuador.res == (10.0, 10.0)
    assert ecuador.descriptions == ("slope", "cplan", "cprof", "elev", "log10_carea")
    mongon = open_raster(real_data / "dem" / MONGON)
    assert mongon.crs == "EPSG:32717" and (mongon.width, mongon.height) == (117, 117)


def test_a_window_at_native_size_equals_the_pixels(real_data):
    path = real_data / "dem" / ZION
    info = open_raster(path)
    with rasterio.open(path) as ds:
        full = ds.read(1).astype(np.float32)
    view = read_window(path, info.bounds, info.width, info.height, resampling="nearest")
    assert view.shape == (1, 457, 465) and view.dtype == np.float32
    np.testing.assert_array_equal(view[0].filled(np.nan), full)
    small = read_window(path, info.bounds, 93, 91)
    assert small.shape == (1, 91, 93) and not small.mask.any()
    assert float(small.mean()) == pytest.approx(float(full.mean()), rel=0.01)


def test_a_view_reaching_past_the_edge_is_masked_there(real_data):
    path = real_data / "dem" / ZION
    left, bottom, right, top = open_raster(path).bounds
    width = right - left
    view = read_window(path, (left - width, bottom, right, top), 200, 100)
    assert view.shape == (1, 100, 200)
    assert view.mask[0, :, :100].all() and not view.mask[0, :, 100:].any()
    outside = read_window(path, (0, 0, 1, 1), 10, 10)
    assert outside.mask.all()


def test_nan_and_nodata_are_masked(real_data, tmp_path):
    path = real_data / "dem" / ECUADOR
    info = open_raster(path)
    with rasterio.open(path) as ds:
        nan_count = int(np.isnan(ds.read(1)).sum())
    assert nan_count > 0
    view = read_window(path, info.bounds, info.width, info.height, bands=(1, 4), resampling="nearest")
    assert view.shape == (2, 415, 383)
    assert int(view.mask[0].sum()) == nan_count and not np.isnan(view.compressed()).any()
    holed = tmp_path / "zion_holed.tif"
    shutil.copy(real_data / "dem" / ZION, holed)
    with rasterio.open(holed, "r+") as ds:
        ds.write(np.full((10, 20), 65535, np.uint16), 1, window=Window(0, 0, 20, 10))
    view = read_window(holed, info_bounds(holed), 465, 457, resampling="nearest")
    assert view.mask[0, :10, :20].all() and int(view.mask.sum()) == 200
    assert float(view.max()) < 65535


def info_bounds(path):
    return open_raster(path).bounds


def test_sample_at_points(real_data):
    path = real_data / "dem" / ECUADOR
    info = open_raster(path)
    with rasterio.open(path) as ds:
        data = ds.read()
    a, _, c, _, e, f = info.transform
    cols = np.array([0, 10, 382, 200])
    rows = np.array([0, 20, 414, 100])
    xs = np.append(c + (cols + 0.5) * a, 0.0)
    ys = np.append(f + (rows + 0.5) * e, 0.0)
    values = sample(path, xs, ys)
    assert values.shape == (5, 5)
    expected = data[:, rows, cols].T.astype(float)
    np.testing.assert_array_equal(values[:4], expected)
    assert np.isnan(values[4]).all()
    assert sample(path, xs[:2], ys[:2], bands=4).shape == (2, 1)


@pytest.fixture(scope="module")
def vast_raster(tmp_path_factory):
    """A 50000 x 50000 tiled, compressed, mostly empty GeoTIFF: 2.5 billion pixels, small on disk."""
    path = tmp_path_factory.mktemp("vast") / "vast.tif"
    with rasterio.open(path, "w", driver="GTiff", width=50000, height=50000, count=1, dtype="uint8",
                       nodata=0, crs="EPSG:4547", transform=from_origin(400000, 3000000, 1, 1),
                       tiled=True, blockxsize=512, blockysize=512, compress="deflate",
                       sparse_ok=True, bigtiff="yes") as ds:
        ds.write(np.full((5120, 5120), 7, np.uint8), 1, window=Window(10240, 20480, 5120, 5120))
        ds.write(np.full((512, 512), 200, np.uint8), 1, window=Window(49152, 0, 512, 512))
    return path


def test_a_zoomed_out_view_of_a_vast_raster_needs_overviews(vast_raster):
    assert vast_raster.stat().st_size < 2_000_000
    bbox = open_raster(vast_raster).bounds
    with pytest.raises(FileTooLarge, match="no overviews"):
        read_window(vast_raster, bbox, 500, 500)
    assert build_overviews(vast_raster, (2, 4, 8, 16, 32, 64)) == (2, 4, 8, 16, 32, 64)
    assert open_raster(vast_raster).overviews == ((2, 4, 8, 16, 32, 64),)
    view = read_window(vast_raster, bbox, 500, 500)
    assert view.shape == (1, 500, 500)
    # the block of 7s: columns 10240-15360, rows 20480-25600 -> output 102-153, 204-256
    np.testing.assert_array_equal(view[0, 210:250, 110:150], 7)
    assert view[0, :200, :100].mask.all()
    assert 51 * 51 <= int((view == 7).sum()) <= 53 * 53  # edge pixels average 7s with nodata
    assert float(view[0, 0:5, 491:499].mean()) == pytest.approx(200)
    # a zoomed-in view of the same file reads full-resolution pixels
    near = read_window(vast_raster, (410230, 2974400, 410250, 2974420), 20, 20, resampling="nearest")
    assert near.mask[0, :, :10].all() and (near[0, :, 10:] == 7).all()
    # points far apart on the vast raster are sampled one by one: 7, 200, nodata, outside
    values = sample(vast_raster, [412000, 449500, 400010, 0], [2977000, 2999900, 2999990, 0])
    assert values.shape == (4, 1)
    assert values[:2, 0].tolist() == [7.0, 200.0] and np.isnan(values[2:, 0]).all()


def test_enormous_declared_dimensions_do_not_allocate(tmp_path):
    path = tmp_path / "enormous.tif"
    with rasterio.open(path, "w", driver="GTiff", width=200000, height=200000, count=1,
                       dtype="float32", nodata=-9999, crs="EPSG:32650",
                       transform=from_origin(0, 2_000_000, 10, 10), tiled=True, blockxsize=1024,
                       blockysize=1024, compress="deflate", sparse_ok=True, bigtiff="yes"):
        pass
    info = open_raster(path)
    assert (info.width, info.height) == (200000, 200000)
    with pytest.raises(FileTooLarge, match="too large to read at once"):
        read_window(path, info.bounds, 200000, 200000)
    with pytest.raises(FileTooLarge, match="no overviews"):
        read_window(path, info.bounds, 1000, 1000)
    corner = read_window(path, (0, 1_999_000, 1000, 2_000_000), 100, 100)
    assert corner.shape == (1, 100, 100) and corner.mask.all()


def test_files_that_are_not_rasters_or_are_broken(real_data, tmp_path):
    text = tmp_path / "notes.tif"
    text.write_text("not a raster at all\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match="not a raster") as caught:
        open_raster(text)
    assert "notes.tif" in str(caught.value)
    source = (real_data / "dem" / ZION).read_bytes()
    stub = tmp_path / "stub.tif"
    stub.write_bytes(source[:100])
    with pytest.raises(Damaged):
        open_raster(stub)
    half = tmp_path / "half.tif"
    half.write_bytes(source[: len(source) // 3])
    with pytest.raises(Damaged, match="truncated"):
        info = open_raster(half)
        read_window(half, info.bounds, info.width, info.height)


def test_vrt_pointing_at_other_files_is_unsafe_unless_allowed(real_data, tmp_path):
    target = real_data / "dem" / ZION
    vrt = tmp_path / "mosaic.vrt"
    vrt.write_text(f"""<VRTDataset rasterXSize="465" rasterYSize="457">
  <VRTRasterBand dataType="UInt16" band="1">
    <SimpleSource><SourceFilename relativeToVRT="0">{target.resolve()}</SourceFilename>
      <SourceBand>1</SourceBand></SimpleSource>
  </VRTRasterBand>
</VRTDataset>""", encoding="utf-8")
    with pytest.raises(Unsafe, match="VRT"):
        open_raster(vrt)
    disguised = tmp_path / "innocent.tif"
    shutil.copy(vrt, disguised)
    with pytest.raises(Unsafe):
        read_window(disguised, (0, 0, 100, 100), 10, 10)
    with pytest.raises(Unsafe):
        sample(vrt, [1.0], [1.0])
    allowed = open_raster(vrt, ReadOptions(allow_references=True))
    assert allowed.driver == "VRT" and allowed.width == 465


def test_cancel_and_progress(real_data):
    path = real_data / "dem" / ECUADOR
    info = open_raster(path)
    with pytest.raises(Cancelled):
        read_window(path, info.bounds, 50, 50, bands=(1, 2),
                    feedback=Feedback(is_cancelled=lambda: True))
    seen = []
    read_window(path, info.bounds, 50, 50, bands=(1, 2, 3),
                feedback=Feedback(lambda f, m: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
