"""township-console qgis export/import: the exchange for scripts; bad input is one sentence and exit 2."""

from __future__ import annotations

import json
import shutil
import zipfile

from console.cli import main


def test_export_then_import_from_the_command_line(demo_project, tmp_path, capsys):
    project = tmp_path / "office" / demo_project.name
    project.parent.mkdir()
    shutil.copy(demo_project, project)
    out = tmp_path / "county" / "qingxi.qgz"
    assert main(["qgis", "export", str(project), "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["layers"] == 12 and summary["notes"] == []  # 11 layers and the DEM's hillshade
    assert zipfile.ZipFile(out).namelist() == ["qingxi.qgs"] and (out.parent / project.name).is_file()
    back = tmp_path / "back.gpkg"
    assert main(["qgis", "import", str(out), "--out", str(back)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"wrote {back} (11 layers, EPSG:4549)"
    assert any(line.startswith("  note  ") and "relief shading" in line for line in said[1:])


def test_the_county_sees_chinese_layer_names(demo_project, tmp_path, capsys):
    from datasources.qgis_read import read_qgis_project
    from layers.code_lists import set_language

    out = tmp_path / "qingxi.qgz"
    try:
        assert main(["qgis", "export", str(demo_project), "--out", str(out), "--lang", "zh_CN"]) == 0
    finally:
        set_language("en")
    names = [layer.name for layer in read_qgis_project(out).layers]
    assert names[:3] == ["设施", "传感器", "农户"] and "高程 (DEM)（晕渲）" in names


def test_bad_input_is_refused_with_one_sentence(demo_project, tmp_path, capsys):
    bomb = tmp_path / "bomb.qgz"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("p.qgs", b"<qgis>" + b" " * (4 << 20) + b"</qgis>")
    (tmp_path / "data.gpkg").write_bytes(b"not a project")
    cases = [
        (["qgis", "import", str(tmp_path / "absent.qgs"), "--out", str(tmp_path / "x.gpkg")], "absent.qgs: no such file"),
        (["qgis", "import", str(bomb), "--out", str(tmp_path / "x.gpkg")], "bomb.qgz: its project document would"),
        (["qgis", "import", str(bomb), "--out", str(tmp_path / "x.shp")], "x.shp: a township project is a .gpkg"),
        (["qgis", "export", str(tmp_path / "data.gpkg"), "--out", str(tmp_path / "x.qgz")],
         "data.gpkg: this is not a township project file"),
        (["qgis", "export", str(demo_project), "--out", str(tmp_path / "x.txt")],
         "x.txt: a QGIS project is a .qgz or .qgs file"),
    ]
    for argv, said in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"township-console: {said}") and len(err.splitlines()) == 1, err
