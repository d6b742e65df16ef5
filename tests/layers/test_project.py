"""The project and its file: a full save/load round trip, the GeoPackage QGIS expects, atomic saves, dirty."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from datasources.errors import Cancelled, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.project_file import is_project_file, load_project, save_project
from datasources.raster import open_raster, read_window
from datasources.source import PROBLEM_COLUMN
from layers.project import Project
from layers.qml import style_to_qml
from layers.raster import RasterLayer
from layers.style import Style
from layers.vector import VectorLayer

QGIS_LAYER_STYLES = ["id", "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column",
                     "styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui",
                     "update_time"]


def _wells(n=40):
    rng = np.random.default_rng(1)
    geoms = shapely.points(rng.uniform([500_000, 3_000_000], [505_000, 3_005_000], (n, 2))).astype(object)
    geoms[3] = None
    return gpd.GeoDataFrame({
        "名称": [f"水井{i}号" for i in range(n)], "深度": rng.uniform(5, 80, n).round(2),
        "类型": np.array(["机井", "大口井", "泉"], dtype=object)[rng.integers(0, 3, n)],
        PROBLEM_COLUMN: ["null geometry" if i == 3 else "" for i in range(n)],
    }, geometry=geoms, crs="EPSG:4549")


def _roads(n=15):
    rng = np.random.default_rng(2)
    start = rng.uniform([500_000, 3_000_000], [505_000, 3_005_000], (n, 2))
    lines = shapely.linestrings(np.stack([start, start + rng.uniform(-800, 800, (n, 2))], axis=1))
    return gpd.GeoDataFrame({"路名": [f"乡道{i}" for i in range(n)], "等级": rng.integers(1, 4, n)},
                            geometry=lines, crs="EPSG:4549")


def _villages():
    boxes = [shapely.box(500_000 + i * 1000, 3_000_000, 500_900 + i * 1000, 3_004_000) for i in range(5)]
    return gpd.GeoDataFrame({"村名": ["东村", "西村", "南村", "北村", "中村"],
                             "人口": [1200, 830, 2400, 560, 1710]}, geometry=boxes, crs="EPSG:4490"
                            ).set_crs("EPSG:4549", allow_override=True).to_crs("EPSG:4490")


@pytest.fixture
def dem(tmp_path):
    path = tmp_path / "data" / "高程.tif"
    path.parent.mkdir()
    with rasterio.open(path, "w", driver="GTiff", width=50, height=50, count=1, dtype="float32",
                       crs="EPSG:4549", transform=from_origin(500_000, 3_005_000, 100, 100)) as ds:
        ds.write(np.arange(2500, dtype=np.float32).reshape(1, 50, 50))
    return path


@pytest.fixture
def township(dem):
    project = Project(crs="EPSG:4549", settings={"view": [500_000, 3_000_000, 505_000, 3_005_000]})
    wells = VectorLayer(_wells(), "水井")
    wells.style = Style.graduated(wells.data, "深度", k=4, label_field="名称", marker_size=3.0)
    roads = VectorLayer(_roads(), "道路")
    roads.style = Style.categorized(roads.data, "等级", stroke_width=1.1)
    villages = VectorLayer(_villages(), "村界")
    villages.opacity = 0.55
    for layer in (wells, roads, villages, RasterLayer(dem)):
        project.layers.append(layer)
    project.layers.move(2, 0)  # villages on top
    roads.visible = False
    return project


def _assert_same_project(loaded: Project, original: Project):
    assert loaded.crs == original.crs
    assert [layer.id for layer in loaded.layers] == [layer.id for layer in original.layers]
    for got, want in zip(loaded.layers, original.layers, strict=True):
        assert type(got) is type(want)
        assert (got.name, got.visible, got.opacity, got.crs) == (want.name, want.visible, want.opacity,
                                                                  want.crs)
        assert got.style.to_dict() == want.style.to_dict()
        if isinstance(want, VectorLayer):
            assert PROBLEM_COLUMN in got.data.columns  # flagged again on load
            keep = [c for c in got.data.columns if c in want.data.columns or c != PROBLEM_COLUMN]
            a = got.data[keep].drop(columns="geometry")
            b = want.data.drop(columns="geometry").reset_index(drop=True)
            pd.testing.assert_frame_equal(a, b, check_dtype=False, check_column_type=False)
            assert got.data.geometry.geom_equals_exact(want.data.geometry.reset_index(drop=True),
                                                       tolerance=1e-9).sum() == want.data.geometry.notna().sum()
            assert got.data.geometry.isna().tolist() == want.data.geometry.isna().tolist()
        else:  # the raster is a table of the project file (the saved project's layer points at it too)
            assert got.path == want.path and got.band == want.band
            assert str(got.path).startswith(f"GPKG:{loaded.path.resolve()}:")
            window = got.extent
            a = read_window(got.path, window, 40, 40)
            b = read_window(want.path, window, 40, 40)
            assert np.ma.allequal(a, b) and (a.mask == b.mask).all()


def test_full_round_trip(township, tmp_path):
    target = tmp_path / "乡镇项目.gpkg"
    assert township.dirty
    township.save(target)
    assert not township.dirty and township.path == target
    assert is_project_file(target)
    loaded = Project.load(target)
    assert not loaded.dirty and loaded.path == target and loaded.warnings == []
    assert [layer.name for layer in loaded.layers] == ["村界", "水井", "道路", "高程"]
    assert loaded.settings == {"view": [500_000, 3_000_000, 505_000, 3_005_000]}
    _assert_same_project(loaded, township)
    wells = loaded.layers.by_name("水井")
    assert wells.problem_count == 1 and wells.data[PROBLEM_COLUMN].iloc[3] == "null geometry"
    assert wells.style.label_field == "名称" and wells.style.kind == "graduated"
    assert wells.style.class_index(wells.data).tolist() == \
        township.layers.by_name("水井").style.class_index(township.layers.by_name("水井").data).tolist()


def test_the_file_is_a_clean_geopackage_with_qgis_styles(township, tmp_path):
    target = township.save(tmp_path / "p.gpkg")
    listed = {name: kind for name, kind in pyogrio.list_layers(target)}
    assert listed["村界"] == "Polygon" and listed["道路"] == "LineString" and listed["水井"] == "Point"
    assert "township_project" not in listed
    assert PROBLEM_COLUMN not in pyogrio.read_info(target, layer="水井")["fields"]
    assert pyogrio.read_info(target, layer="村界")["crs"] == "EPSG:4490"
    with contextlib.closing(sqlite3.connect(target)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10300
        columns = [row[1] for row in con.execute("PRAGMA table_info(layer_styles)")]
        assert columns == QGIS_LAYER_STYLES
        ddl = con.execute("SELECT sql FROM sqlite_master WHERE name='layer_styles'").fetchone()[0]
        assert '"id" INTEGER PRIMARY KEY AUTOINCREMENT' in ddl and '"useAsDefault" BOOLEAN' in ddl
        assert con.execute("SELECT data_type FROM gpkg_contents WHERE table_name='layer_styles'"
                           ).fetchone() == ("attributes",)
        rows = con.execute("SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault "
                           "FROM layer_styles ORDER BY id").fetchall()
        assert [r[0] for r in rows] == ["村界", "水井", "道路"]
        assert all(r[1] == "geom" and r[4] == 1 for r in rows)
        wells = township.layers.by_name("水井")
        assert rows[1][3] == style_to_qml(wells.style, "point", "水井")
        settings = dict(con.execute("SELECT key, value FROM township_project"))
    assert '"EPSG:4549"' == settings["crs"]
    # the DEM is in the file: a 2D gridded coverage of float32 tiles, its nodata kept; no path beside it
    assert "高程.tif" not in settings["layers"] and '"table": "高程"' in settings["layers"]
    with contextlib.closing(sqlite3.connect(target)) as con:
        assert con.execute("SELECT data_type FROM gpkg_contents WHERE table_name='高程'").fetchone() == \
            ("2d-gridded-coverage",)
        assert con.execute("SELECT datatype FROM gpkg_2d_gridded_coverage_ancillary "
                           "WHERE tile_matrix_set_name='高程'").fetchone() == ("float",)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_dirty_follows_changes(township, tmp_path):
    township.save(tmp_path / "p.gpkg")
    seen = []
    township.events.dirty.connect(seen.append)
    layer = township.layers[0]
    layer.selection = [0, 1]
    assert not township.dirty  # a selection is not saved
    layer.opacity = 0.3
    assert township.dirty and seen == [True]
    township.save()
    assert not township.dirty and seen == [True, False]
    township.layers.move(0, 2)
    assert township.dirty
    township.save()
    township.crs = "EPSG:4490"
    assert township.dirty
    township.save()
    township.layers.pop()
    assert township.dirty


def test_cancelled_or_failed_save_keeps_the_old_file(township, tmp_path):
    target = township.save(tmp_path / "p.gpkg")
    before = target.read_bytes()
    township.layers[0].name = "改名"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        township.save(target, Feedback(is_cancelled=lambda: next(calls) >= 2))
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "p.gpkg"]
    assert township.dirty
    assert Project.load(target).layers[0].name == "村界"


def test_style_saved_from_qgis_wins(township, tmp_path):
    target = township.save(tmp_path / "p.gpkg")
    edited = style_to_qml(Style(fill="#00ff00", stroke="#000000"), "polygon", "村界")
    with contextlib.closing(sqlite3.connect(target)) as con, con:  # what QGIS does on "save as default"
        con.execute("UPDATE layer_styles SET styleQML = ? WHERE f_table_name = '村界'", (edited,))
    loaded = Project.load(target)
    assert loaded.layers.by_name("村界").style.fill == "#00ff00"
    assert any("QGIS" in w for w in loaded.warnings)
    assert loaded.layers.by_name("水井").style == township.layers.by_name("水井").style


def test_the_project_file_alone_carries_its_dem(township, tmp_path, dem):
    township.save(tmp_path / "p.gpkg")
    moved = tmp_path / "copy"
    moved.mkdir()
    shutil.copy(tmp_path / "p.gpkg", moved / "p.gpkg")
    original = read_window(dem, open_raster(dem).bounds, 50, 50)
    dem.unlink()
    (tmp_path / "p.gpkg").unlink()
    loaded = Project.load(moved / "p.gpkg")
    assert loaded.warnings == [] and [layer.name for layer in loaded.layers] == ["村界", "水井", "道路", "高程"]
    raster = loaded.layers.by_name("高程")
    assert raster.info.crs == "EPSG:4549" and raster.info.bounds == pytest.approx((500_000, 3_000_000,
                                                                                   505_000, 3_005_000))
    assert np.ma.allequal(read_window(raster.path, raster.extent, 50, 50), original)
    assert raster.value_at(500_150, 3_004_950) == [1.0]  # the second cell of the top row, from the file
    loaded.save(moved / "again.gpkg")  # saving again copies the table into the new file
    assert str(raster.path).startswith(f"GPKG:{(moved / 'again.gpkg').resolve()}:")
    (moved / "p.gpkg").unlink()
    assert Project.load(moved / "again.gpkg").layers.by_name("高程").info.width == 50


def test_a_raster_the_geopackage_cannot_hold_stays_beside_the_project(tmp_path):
    """Two bands of float numbers: kept as a file, named relative to the project; missing, it is left out."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / "多波段.tif"
    with rasterio.open(path, "w", driver="GTiff", width=20, height=20, count=2, dtype="float32",
                       crs="EPSG:4549", transform=from_origin(500_000, 3_005_000, 100, 100)) as ds:
        ds.write(np.ones((2, 20, 20), dtype=np.float32))
    project = Project(crs="EPSG:4549")
    project.layers.append(VectorLayer(_roads(), "道路"))
    project.layers.append(RasterLayer(path))
    project.save(tmp_path / "p.gpkg")
    moved = tmp_path / "copy"
    moved.mkdir()
    shutil.copy(tmp_path / "p.gpkg", moved / "p.gpkg")
    shutil.copytree(data, moved / "data")
    loaded = Project.load(moved / "p.gpkg")
    assert loaded.layers.by_name("多波段").path == (moved / "data" / "多波段.tif").resolve()
    (moved / "data" / "多波段.tif").unlink()
    partial = Project.load(moved / "p.gpkg")
    assert [layer.name for layer in partial.layers] == ["道路"]
    assert "多波段" in partial.warnings[0]


def test_project_file_functions_directly(tmp_path):
    target = tmp_path / "only_raster.gpkg"
    layers = [{"id": "r1", "name": "影像", "kind": "raster", "path": tmp_path / "x.tif", "visible": True,
               "opacity": 1.0, "crs": "EPSG:4490", "style": {}}]
    progress = []
    save_project(target, layers, {"crs": "EPSG:4490"}, Feedback(lambda f, m: progress.append(f)))
    assert progress[-1] == 1.0 and progress == sorted(progress)
    back, settings = load_project(target)
    assert settings["crs"] == "EPSG:4490" and back[0]["missing"] and back[0]["name"] == "影像"
    with contextlib.closing(sqlite3.connect(target)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with pytest.raises(ValueError):
        save_project(target, [], {"layers": []})
    plain = tmp_path / "plain.gpkg"
    pyogrio.write_dataframe(_roads(), plain, layer="roads")
    assert not is_project_file(plain) and not is_project_file(tmp_path / "none.gpkg")
    with pytest.raises(UnsupportedFormat):
        Project.load(plain)
    (tmp_path / "junk.gpkg").write_bytes(b"not sqlite at all" * 100)
    assert not is_project_file(tmp_path / "junk.gpkg")


def test_add_file_dispatches_on_suffix(tmp_path, dem):
    data = tmp_path / "乡镇.gpkg"
    pyogrio.write_dataframe(_villages(), data, layer="村界")
    pyogrio.write_dataframe(_wells().drop(columns=PROBLEM_COLUMN), data, layer="水井")
    project = Project()
    added = project.add_file(data)
    assert [layer.name for layer in added] == ["水井", "村界"]  # points above polygons
    assert all(isinstance(layer, VectorLayer) for layer in added)
    assert added[0].problem_count == 1 and added[1].crs == "EPSG:4490"
    raster = project.add_file(dem)
    assert isinstance(raster[0], RasterLayer)
    assert [layer.name for layer in project.layers] == ["高程", "水井", "村界"]
    assert project.dirty


@pytest.mark.realdata
def test_real_files_round_trip(real_data, tmp_path):
    project = Project.for_file(real_data / "pkgdata" / "momepy_bubenec.gpkg")
    project.add_file(real_data / "pkgdata" / "momepy_bubenec.gpkg")
    project.add_file(real_data / "dem" / "spDataLarge_dem_mongon.tif")
    # 4 vector tables and the DEM file; the package's DTM table is in a local engineering CRS: left out, said
    assert len(project.layers) == 5
    assert any("'dtm'" in w and "left out" in w for w in project.warnings)
    loaded = Project.load(project.save(tmp_path / "real.gpkg"))
    _assert_same_project(loaded, project)


def test_a_geopackage_with_raster_tables_opens_them_as_raster_layers(tmp_path, dem):
    """A GeoPackage made by QGIS or GDAL with a DEM table: the DEM comes as a raster layer beneath the vectors,
    and a GeoPackage holding only rasters is no 'damaged' file."""
    from datasources.gpkg_raster import write_gpkg_raster

    mixed = tmp_path / "乡镇.gpkg"
    pyogrio.write_dataframe(_roads(), mixed, layer="道路")
    write_gpkg_raster(dem, mixed, "高程")
    project = Project(crs="EPSG:4549")
    added = project.add_file(mixed)
    assert [type(layer).__name__ for layer in added] == ["VectorLayer", "RasterLayer"]
    assert added[1].name == "高程" and added[1].value_at(500_150, 3_004_950) == [1.0]
    only = tmp_path / "dem_only.gpkg"
    write_gpkg_raster(dem, only, "dem")
    rasters = Project(crs="EPSG:4549").add_file(only)
    assert len(rasters) == 1 and isinstance(rasters[0], RasterLayer)
    assert rasters[0].info.width == 50 and rasters[0].info.nodata is None
