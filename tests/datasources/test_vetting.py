"""One place vets every file before a reader touches it; the options and feedback every reader takes."""

from __future__ import annotations

import gzip
import sqlite3
import zipfile

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from datasources.errors import (
    Cancelled,
    Damaged,
    FileMissing,
    FileTooLarge,
    Unsafe,
    UnsupportedFormat,
)
from datasources.feedback import Feedback
from datasources.options import ReadOptions
from datasources.raster import open_raster
from datasources.tables import read_cells, read_records, read_table
from datasources.tiles import MBTiles
from datasources.vector import list_layers, open_vector
from datasources.vetting import vet


def _points(path, driver=None):
    frame = gpd.GeoDataFrame({"name": ["一号井", "二号井"]},
                             geometry=shapely.points([(113.01, 30.01), (113.11, 30.02)]),
                             crs="EPSG:4490")
    pyogrio.write_dataframe(frame, path, driver=driver)
    return path


def _dem(path):
    with rasterio.open(path, "w", driver="GTiff", width=4, height=3, count=1, dtype="float32",
                       crs="EPSG:4549", transform=from_origin(500000, 3300000, 10, 10)) as ds:
        ds.write(np.arange(12, dtype="float32").reshape(1, 3, 4))
    return path


def test_vet_says_what_a_file_is_and_where_to_read_it(tmp_path):
    gpkg = _points(tmp_path / "wells.db", "GPKG")  # a GeoPackage under another name
    vetted = vet(gpkg)
    assert (vetted.kind, vetted.driver, vetted.gdal_path) == ("vector", "GPKG", str(gpkg))

    shp = _points(tmp_path / "wells.shp")
    assert vet(shp.with_suffix(".dbf")).path == shp  # a companion leads to its .shp

    geojson = _points(tmp_path / "wells.geojson", "GeoJSON")
    packed = tmp_path / "wells.json.gz"
    packed.write_bytes(gzip.compress(geojson.read_bytes()))
    vetted = vet(packed)
    assert vetted.gzipped and vetted.gdal_path.startswith("/vsigzip/") and vetted.driver == "GeoJSON"

    archive = tmp_path / "wells.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            zf.write(shp.with_suffix(suffix), f"data/wells{suffix}")
    vetted = vet(archive)
    assert vetted.driver == "ESRI Shapefile"
    assert [m.member for m in vetted.members] == ["data/wells.shp"]
    assert vetted.gdal_path == f"/vsizip/{archive.resolve()}/data/wells.shp"

    table = tmp_path / "sites.csv"
    table.write_text("name,lon,lat\n一号井,113.01,30.01\n", encoding="utf-8")
    assert (vet(table).kind, vet(table).driver) == ("table", "CSV")
    assert vet(table, "table").driver == "CSV"

    dem = _dem(tmp_path / "dem.tif")
    assert (vet(dem, "raster").kind, vet(dem, "raster").driver) == ("raster", "GTiff")


def test_each_reader_gets_the_same_typed_refusals(tmp_path):
    missing = tmp_path / "nothing.gpkg"
    for reader in ("vector", "table", "raster", "tiles"):
        with pytest.raises(FileMissing, match="nothing.gpkg: the file does not exist"):
            vet(missing, reader)
    dem = _dem(tmp_path / "dem.tif")
    with pytest.raises(UnsupportedFormat, match="raster, not vector"):
        vet(dem)
    with pytest.raises(ValueError, match="reader"):
        vet(dem, "pictures")

    vrt = tmp_path / "mosaic.vrt"
    vrt.write_text(f'<VRTDataset rasterXSize="4" rasterYSize="3"><VRTRasterBand band="1">'
                   f'<SimpleSource><SourceFilename>{dem}</SourceFilename></SimpleSource>'
                   f'</VRTRasterBand></VRTDataset>', encoding="utf-8")
    with pytest.raises(Unsafe, match="VRT"):
        vet(vrt, "raster")
    assert vet(vrt, "raster", ReadOptions(allow_references=True)).kind == "raster"
    assert open_raster(vrt, ReadOptions(allow_references=True)).width == 4

    deep = tmp_path / "deep.geojson"
    deep.write_text('{"type": "FeatureCollection", "features": ' + "[" * 300 + "]" * 300 + "}")
    with pytest.raises(Unsafe, match="nested"):
        vet(deep)
    big = _points(tmp_path / "big.geojson", "GeoJSON")
    with pytest.raises(FileTooLarge, match="parsed whole"):
        vet(big, options=ReadOptions(max_bytes=100))

    workbook = tmp_path / "sites.xlsx"
    workbook.write_text("lon,lat\n1,2\n", encoding="utf-8")
    with pytest.raises(Damaged, match="not a zip file"):
        vet(workbook, "table")

    plain = tmp_path / "plain.mbtiles"
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE t (x)")
    cut = tmp_path / "cut.mbtiles"
    cut.write_bytes(plain.read_bytes()[:150])
    with pytest.raises(Damaged, match="truncated"):
        MBTiles(cut)
    not_sqlite = tmp_path / "photo.mbtiles"
    not_sqlite.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(UnsupportedFormat, match="not an SQLite database"):
        vet(not_sqlite, "tiles")


@pytest.mark.parametrize("reader", [open_vector, read_table, read_records, read_cells, open_raster,
                                    MBTiles, list_layers])
def test_every_reader_is_vetted_first(reader, tmp_path):
    with pytest.raises(FileMissing, match="gone.dat: the file does not exist"):
        reader(tmp_path / "gone.dat")
    if reader in (open_vector, open_raster, list_layers):  # the readers that hand the file to GDAL
        vrt = tmp_path / "other.vrt"  # a VRT can make GDAL read any other file: refused
        vrt.write_text('<VRTDataset rasterXSize="1" rasterYSize="1"></VRTDataset>', encoding="utf-8")
        with pytest.raises(Unsafe):
            reader(vrt)


def test_read_options_are_checked_and_copied():
    with pytest.raises(ValueError, match="validity"):
        ReadOptions(validity="later")
    with pytest.raises(ValueError, match="positive"):
        ReadOptions(max_unpacked=0)
    base = ReadOptions(encoding="GBK")
    changed = base.replace(crs="EPSG:4547")
    assert (base.crs, changed.crs, changed.encoding) == (None, "EPSG:4547", "GBK")
    assert ReadOptions.of(None) == ReadOptions() and ReadOptions.of(base) is base
    with pytest.raises(AttributeError):
        base.encoding = "UTF-8"  # frozen: one value can be shared by workers


def test_feedback_from_the_workers_callables_steps_and_cancel(tmp_path):
    seen, asked = [], []
    feedback = Feedback(lambda fraction, message: seen.append(round(fraction, 3)),
                        lambda: asked.append(1) or False)
    second = feedback.step(1, 4)
    second.progress(0.5, "half of the second file")
    assert seen == [0.375] and not second.is_cancelled() and asked
    feedback.cancel()
    assert second.is_cancelled()
    with pytest.raises(Cancelled, match="wells.gpkg"):
        second.check(tmp_path / "wells.gpkg")

    path = _points(tmp_path / "wells.gpkg", "GPKG")
    seen.clear()
    source = open_vector(path, feedback=Feedback(lambda f, m: seen.append(f)).step(0, 2))
    assert source.feature_count == 2 and seen[0] == 0.0 and seen[-1] == 0.5
    stop = Feedback()
    stop.cancel()
    with pytest.raises(Cancelled):
        open_vector(path, feedback=stop)
    table = tmp_path / "sites.csv"
    table.write_text("名称,经度,纬度\n一号井,113.01,30.01\n", encoding="utf-8")
    with pytest.raises(Cancelled):
        read_table(table, feedback=stop)
    assert read_table(table).feature_count == 1
