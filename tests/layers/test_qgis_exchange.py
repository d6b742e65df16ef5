"""QGIS projects both ways, without QGIS and without Qt: what the exported ``.qgz`` says, what a received
project becomes, what is named as left out, and hostile project files refused with one sentence.
(Real QGIS opening them: tests/console/test_qgis_exchange_real.py.)"""

from __future__ import annotations

import shutil
import zipfile

import geopandas as gpd
import pytest
import shapely

from datasources.errors import Damaged, FileMissing, FileTooLarge, Unsafe, UnsupportedFormat
from datasources.qgis_read import read_qgis_project
from layers.project import Project
from layers.qgis_export import export_qgis_project
from layers.qgis_import import import_qgis_project


@pytest.fixture()
def demo_copy(demo_project, tmp_path):
    target = tmp_path / "office" / demo_project.name
    target.parent.mkdir()
    shutil.copy(demo_project, target)
    return target


def test_the_export_names_the_project_file_beside_it_in_the_same_order(demo_copy, tmp_path):
    project = Project.load(demo_copy)
    out = tmp_path / "county" / "qingxi.qgz"
    export = export_qgis_project(project, out)
    assert export.gpkg == out.parent / demo_copy.name and export.gpkg.is_file()  # copied: it was saved
    assert zipfile.ZipFile(out).namelist() == ["qingxi.qgs"]
    received = read_qgis_project(out)
    assert received.crs == "EPSG:4549"
    minx, miny, maxx, maxy = project.layers.extent_in(project.crs)
    assert received.extent == pytest.approx((minx, miny, maxx, maxy))
    relief = [r for r in received.layers if r.id.endswith("_relief")]
    layers = [r for r in received.layers if r not in relief]
    assert [r.name for r in layers] == [layer.name for layer in project.layers]
    for received_layer, layer in zip(layers, project.layers, strict=True):
        assert received_layer.file == export.gpkg.resolve()  # relative in the file, found beside it
        assert received_layer.crs == layer.crs or layer.crs is None
    assert layers[0].datasource == f"./{demo_copy.name}|layername=facilities"
    dem = next(r for r in layers if r.kind == "raster")
    assert dem.datasource == f"GPKG:./{demo_copy.name}:dem"
    assert len(relief) == 1 and received.layers.index(relief[0]) == received.layers.index(dem) - 1
    text = zipfile.ZipFile(out).read("qingxi.qgs").decode()
    assert "<Absolute type=\"bool\">false</Absolute>" in text and "<authid>EPSG:4549</authid>" in text
    assert "+proj=tmerc" in text and 'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 120E"' in text


def test_export_beside_the_project_uses_it_and_unsaved_changes_go_to_a_file_of_their_own(demo_copy):
    project = Project.load(demo_copy)
    export = export_qgis_project(project, demo_copy.with_name("qingxi.project.qgz"))
    assert export.gpkg == demo_copy  # the saved project itself, nothing copied
    before = demo_copy.read_bytes()
    project.layers[0].visible = False  # an unsaved change
    export = export_qgis_project(project, demo_copy.with_name("qingxi.project.qgz"))
    assert export.gpkg == demo_copy.with_name("qingxi.project.data.gpkg")
    assert demo_copy.read_bytes() == before and project.dirty  # the user's project is left for them to save
    received = read_qgis_project(export.path)
    assert [r.visible for r in received.layers][:2] == [False, True]
    (demo_copy.parent / "mine.gpkg").write_text("somebody's notes")
    with pytest.raises(UnsupportedFormat, match="not a township project"):
        export_qgis_project(project, demo_copy.parent / "mine.qgz")
    with pytest.raises(UnsupportedFormat, match=".qgz or .qgs"):
        export_qgis_project(project, demo_copy.parent / "mine.zip")


def test_a_store_view_is_named_as_not_exported(demo_copy, tmp_path):
    project = Project.load(demo_copy)
    project.layers[0].store_kind = "facilities"  # shown from the township store: its data are not in the file
    export = export_qgis_project(project, tmp_path / "out.qgz")
    assert len(export.notes) == 1 and "township store" in export.notes[0]
    assert "Facilities" not in [r.name for r in read_qgis_project(export.path).layers]


def test_the_exported_project_comes_back_with_the_same_layers_and_styles(demo_copy, tmp_path):
    project = Project.load(demo_copy)
    project.layers[2].visible = False
    export = export_qgis_project(project, tmp_path / "county" / "qingxi.qgz")
    back = import_qgis_project(export.path, tmp_path / "back.gpkg")
    assert [layer.name for layer in back.project.layers] == [layer.name for layer in project.layers]
    for mine, theirs in zip(project.layers, back.project.layers, strict=True):
        assert (theirs.visible, theirs.opacity, theirs.crs) == pytest.approx((mine.visible, mine.opacity, mine.crs))
        if mine.kind == "raster":
            assert theirs.style.ramp == "terrain"
            assert (theirs.style.vmin, theirs.style.vmax) == pytest.approx((mine.vmin, mine.vmax))
            continue
        assert len(theirs.data) == len(mine.data)
        if mine.geometry_kind == "none":
            continue
        assert (theirs.style.kind, theirs.style.field, theirs.style.label_field) == (
            mine.style.kind, mine.style.field, mine.style.label_field)
        assert [(c.value, c.fill) for c in theirs.style.classes] == [(c.value, c.fill) for c in mine.style.classes]
    assert any("relief shading" in note for note in back.notes)
    assert Project.load(back.saved).layers[2].visible is False


COUNTY = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża">
  <title>县道与站点</title>
  <projectCrs><spatialrefsys><authid>EPSG:4549</authid></spatialrefsys></projectCrs>
  <layer-tree-group>
    <layer-tree-group name="base" checked="Qt::Unchecked">
      <layer-tree-layer id="roads" name="Roads" checked="Qt::Checked"/>
    </layer-tree-group>
    <layer-tree-layer id="sites" name="Sites" checked="Qt::Checked"/>
    <layer-tree-layer id="pg" name="Parcels" checked="Qt::Checked"/>
    <layer-tree-layer id="gone" name="Gone" checked="Qt::Checked"/>
    <layer-tree-layer id="dem" name="DEM" checked="Qt::Checked"/>
    <custom-order enabled="1"><item>sites</item><item>roads</item><item>pg</item><item>gone</item><item>dem</item></custom-order>
  </layer-tree-group>
  <projectlayers>
    <maplayer type="vector" labelsEnabled="1">
      <id>roads</id><datasource>D:/county/data/roads.geojson|subset="class" = 'county'</datasource>
      <provider encoding="UTF-8">ogr</provider>
      <renderer-v2 type="RuleRenderer"><rules/></renderer-v2>
      <labeling type="simple"><settings><text-style fieldName="upper(name)" isExpression="1"/></settings></labeling>
    </maplayer>
    <maplayer type="vector" hasScaleBasedVisibilityFlag="1" minScale="50000" maxScale="1000">
      <id>sites</id><vectorjoins><join joinLayerId="pg" targetFieldName="kind"/></vectorjoins><datasource>./sites.shp</datasource><provider encoding="UTF-8">ogr</provider>
      <srs><spatialrefsys><authid>EPSG:4547</authid></spatialrefsys></srs>
      <renderer-v2 type="categorizedSymbol" attr="kind">
        <categories><category value="a" symbol="0" label="A" render="true"/></categories>
        <symbols><symbol type="marker" name="0" alpha="1"><layer class="SvgMarker"/></symbol></symbols>
      </renderer-v2>
    </maplayer>
    <maplayer type="raster"><id>dem</id><datasource>/home/county/dem.tif</datasource><provider>gdal</provider>
      <pipe><rasterrenderer type="singlebandpseudocolor" band="1" opacity="0.8" classificationMin="10"
        classificationMax="90"><rastershader><colorrampshader><item value="10" color="#0000ff"/>
        <item value="90" color="#ff0000"/></colorrampshader></rastershader></rasterrenderer></pipe>
    </maplayer>
    <maplayer type="vector"><id>pg</id><datasource>dbname='gis' table="parcels"</datasource>
      <provider>postgres</provider></maplayer>
    <maplayer type="vector"><id>gone</id><datasource>./nowhere.gpkg|layername=x</datasource>
      <provider>ogr</provider></maplayer>
  </projectlayers>
</qgis>
"""


def test_a_county_project_comes_with_notes_for_what_cannot(tmp_path):
    points = gpd.GeoDataFrame({"kind": ["a", "b"]}, geometry=[shapely.Point(460000, 3320000),
                                                              shapely.Point(461000, 3321000)], crs="EPSG:4549")
    points.to_file(tmp_path / "sites.shp")
    (tmp_path / "sites.prj").unlink()  # a shapefile without its .prj: the CRS the project gives it is used
    lines = gpd.GeoDataFrame({"class": ["county", "village"], "name": ["x", "y"]},
                             geometry=[shapely.LineString([(460000, 3320000), (461000, 3321000)])] * 2,
                             crs="EPSG:4549")
    lines.to_file(tmp_path / "roads.geojson")  # the sender's D:/county/data/roads.geojson, sent beside it
    import numpy as np
    import rasterio
    from affine import Affine

    with rasterio.open(tmp_path / "dem.tif", "w", driver="GTiff", width=20, height=20, count=1, dtype="float32",
                       crs="EPSG:4549", transform=Affine(100, 0, 459000, 0, -100, 3322000)) as dst:
        dst.write(np.linspace(0, 100, 400, dtype="float32").reshape(1, 20, 20))
    (tmp_path / "county.qgs").write_text(COUNTY, encoding="utf-8")
    result = import_qgis_project(tmp_path / "county.qgs")
    layers = list(result.project.layers)
    assert [layer.name for layer in layers] == ["Sites", "Roads", "DEM"]  # the custom render order, top first
    assert [layer.visible for layer in layers] == [True, False, True]  # the roads' group is unchecked
    dem = layers[2]
    assert (dem.style.ramp, dem.style.vmin, dem.style.vmax, dem.opacity) == ("terrain", 10.0, 90.0, 0.8)
    assert dem.info.width == 20 and dem.crs == "EPSG:4549"
    assert layers[0].style.kind == "categorized" and layers[0].style.classes[0].value == "a"
    assert (layers[0].crs, layers[1].crs) == ("EPSG:4547", "EPSG:4549")
    assert result.project.settings["title"] == "县道与站点"
    notes = "\n".join(result.notes)
    for said in ("Roads: D:/county/data/roads.geojson is not on this computer; the file of that name beside "
                 "the project was used", "RuleRenderer renderer is not carried over",
                 "the expression 'upper(name)'", "matching the filter \"class\" = 'county'; all of them are shown",
                 "Sites: its symbols use SvgMarker",
                 "Sites: QGIS showed it only between scales 1:1000 and 1:50000; it is shown at every scale",
                 "Sites: its joins to other layers are not carried over",
                 "Sites: the file declares no coordinate system; EPSG:4547, as the project says, is used", "Parcels: a vector layer of the postgres provider",
                 "Gone: its file ./nowhere.gpkg was not found",
                 "DEM: /home/county/dem.tif is not on this computer; the file of that name beside",
                 "DEM: its colour ramp is drawn with the console's terrain ramp"):
        assert said in notes, said
    assert len(layers[1].data) == 2  # the filter is named, not applied
    assert layers[1].style.label_field is None  # an expression is not taken for a field


def _xml_file(tmp_path, text, name="p.qgs"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", [
    '<?xml version="1.0"?><!DOCTYPE qgis [<!ENTITY x SYSTEM "file:///etc/passwd">]><qgis>&x;</qgis>',
    '<?xml version="1.0"?><!DOCTYPE qgis [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><qgis>&c;</qgis>',
])
def test_entities_are_refused(tmp_path, text):
    with pytest.raises(Unsafe, match="XML entities or external references"):
        read_qgis_project(_xml_file(tmp_path, text))


def test_hostile_and_broken_project_files_are_refused_with_one_sentence(tmp_path):
    bomb = tmp_path / "bomb.qgz"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("p.qgs", b"<qgis>" + b" " * (8 << 20) + b"</qgis>")
    with pytest.raises(FileTooLarge, match="zip bomb"):
        read_qgis_project(bomb)
    huge = tmp_path / "huge.qgs"
    with huge.open("wb") as f:
        f.truncate(65 << 20)
    with pytest.raises(FileTooLarge, match="more than"):
        read_qgis_project(huge)
    empty = tmp_path / "empty.qgz"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "no project here")
    with pytest.raises(Damaged, match="holds 0 .qgs documents"):
        read_qgis_project(empty)
    with pytest.raises(Damaged, match="cannot be read"):
        read_qgis_project(_xml_file(tmp_path, "not a zip", "fake.qgz"))
    with pytest.raises(Damaged, match="not well-formed"):
        read_qgis_project(_xml_file(tmp_path, "<qgis><layer"))
    with pytest.raises(UnsupportedFormat, match="root is <svg>"):
        read_qgis_project(_xml_file(tmp_path, "<svg/>"))
    with pytest.raises(UnsupportedFormat, match=r"\.qgs or \.qgz"):
        read_qgis_project(_xml_file(tmp_path, "<qgis/>", "p.xml"))
    with pytest.raises(FileMissing):
        read_qgis_project(tmp_path / "absent.qgz")
    for error in (Damaged, FileTooLarge):  # every refusal is one sentence naming the file
        try:
            read_qgis_project(bomb if error is FileTooLarge else empty)
        except error as exc:
            assert exc.message.count(". ") == 1 and exc.message.startswith(("bomb.qgz:", "empty.qgz:"))


def test_basemaps_go_as_rasters_qgis_reads(demo_copy, tmp_path):
    from datasources.web_tiles import TileService, XYZSource
    from layers.basemap import BasemapLayer
    from tests.datasources.test_tiles import make_mbtiles

    project = Project.load(demo_copy)
    tiles = make_mbtiles(demo_copy.parent / "底图.mbtiles", zooms=range(2))
    project.layers.append(BasemapLayer(tiles))
    plain = XYZSource(TileService("https://tiles.example.org/{z}/{x}/{y}.png"), tmp_path / "cache", approved=False)
    keyed = XYZSource(TileService("https://t{s}.example.org/{z}/{x}/{y}.png?tk={key}", key="secret"),
                      tmp_path / "cache", approved=False)
    project.layers.extend([BasemapLayer(plain, name="web"), BasemapLayer(keyed, name="keyed")])
    export = export_qgis_project(project, tmp_path / "out" / "q.qgz")
    received = {r.name: r for r in read_qgis_project(export.path).layers}
    assert received[project.layers[-3].name].datasource == "../office/底图.mbtiles"
    assert received[project.layers[-3].name].file == tiles.resolve()
    assert received["web"].provider == "wms"
    assert received["web"].datasource.startswith("type=xyz&url=https%3A%2F%2Ftiles.example.org%2F%7Bz%7D")
    assert "keyed" not in received and "secret" not in zipfile.ZipFile(export.path).read("q.qgs").decode()
    assert [str(n) for n in export.notes] == ["keyed: a web basemap that needs a key or a tile matrix; add it in "
                                              "QGIS yourself"]


def test_a_cancelled_exchange_leaves_nothing_half_written(demo_copy, tmp_path):
    from datasources.errors import Cancelled
    from datasources.feedback import Feedback

    project = Project.load(demo_copy)
    project.layers[0].visible = False  # unsaved: the export writes the GeoPackage afresh, in steps
    steps = []

    def cancel_midway():
        steps.append(1)
        return len(steps) > 3

    with pytest.raises(Cancelled):
        export_qgis_project(project, tmp_path / "out" / "q.qgz", Feedback(None, cancel_midway))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == []
    export = export_qgis_project(project, tmp_path / "out" / "q.qgz")
    steps.clear()
    with pytest.raises(Cancelled):
        import_qgis_project(export.path, tmp_path / "back.gpkg", Feedback(None, cancel_midway))
    assert not (tmp_path / "back.gpkg").exists()
