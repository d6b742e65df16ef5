"""``township-console publish`` and ``publications``: the demo project written as a web map; bad input
(an unknown layer, a wrong ``--fields``, a folder that is not a map's, a layer with phone numbers) ends with
one sentence and exit 2 and writes nothing; with a store the publication is a draft of office staff that
only the administrator approves."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest

from console.cli import main
from layers.project import Project
from layers.vector import VectorLayer
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, fill_township, make_store
from tests.layers.test_publishing import PROJECT


def test_the_demo_project_is_published(tmp_path, capsys):
    out = tmp_path / "map"
    assert main(["publish", str(PROJECT), "--layers", "villages,hazard_zones,households",
                 "--fields", "villages:name_zh,population", "--out", str(out), "--title", "青溪镇公开"]) == 0
    printed = capsys.readouterr().out
    assert "villages: 22 features, fields name_zh, population" in printed
    assert "households: 21600 features" in printed and (out / "index.html").exists()
    assert "青溪镇公开" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("extra, says", [
    (["--layers", "villages,nowhere"], "the project has no layer 'nowhere' to publish"),
    (["--layers", "villages", "--fields", "roads:name"], "'roads' is not among --layers"),
    (["--layers", "villages", "--fields", "villages"], "expected LAYER:FIELD1,FIELD2"),
    (["--layers", "villages", "--fields", "villages:no_such"], "layer villages has no field no_such"),
    (["--layers", "incidents"], "the project has no layer 'incidents'"),
])
def test_bad_input_is_one_sentence(tmp_path, capsys, extra, says):
    out = tmp_path / "map"
    assert main(["publish", str(PROJECT), *extra, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_a_folder_that_is_not_a_map_is_left_alone(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["publish", str(PROJECT), "--layers", "villages", "--out", str(tmp_path)]) == 2
    assert "is not a published map's folder" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_layer_with_phone_numbers_is_refused(tmp_path, capsys):
    villages = pyogrio.read_dataframe(PROJECT, layer="villages")
    notices = gpd.GeoDataFrame({"title": ["停水通知", "防汛值班"], "body": ["明日停水", "值班电话 0571-88776655"]},
                               geometry=villages.geometry.iloc[:2].to_numpy(), crs=villages.crs)
    project = Project()
    project.layers.append(VectorLayer(villages, "villages"))
    project.layers.append(VectorLayer(notices, "notices"))
    path = project.save(tmp_path / "p.gpkg")
    assert main(["publish", str(path), "--layers", "villages,notices", "--out", str(tmp_path / "map")]) == 2
    err = capsys.readouterr().err
    assert "layer 'notices', field 'body' holds phone numbers" in err and not (tmp_path / "map").exists()
    assert main(["publish", str(path), "--layers", "villages,notices", "--fields", "notices:title",
                 "--out", str(tmp_path / "map")]) == 0


def test_recorded_in_the_store_and_approved_by_the_administrator(tmp_path, capsys, monkeypatch):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("off", PASSWORD, "office_staff", None)
    common = ["--db", str(tmp_path / "township.gpkg"), "--key-dir", str(tmp_path / "keys")]
    monkeypatch.setenv("TOWNSHIP_PASSWORD", PASSWORD)
    assert main(["publish", str(PROJECT), "--layers", "villages,facilities", "--out", str(tmp_path / "map"),
                 "--user", "off", *common]) == 0
    printed = capsys.readouterr().out
    assert "publication #1 recorded as a draft" in printed and "first publication" in printed
    assert main(["publications", "approve", "1", "--user", "off", *common]) == 2
    assert "may not approve_publication" in capsys.readouterr().err
    monkeypatch.setenv("TOWNSHIP_PASSWORD", ADMIN_PASSWORD)
    assert main(["publications", "approve", "1", "--user", ADMIN, *common]) == 0
    assert main(["publications", "list", "--user", ADMIN, *common]) == 0
    listed = capsys.readouterr().out
    assert "#1 " in listed and f"approved by {ADMIN}" in listed and "drafted by off" in listed
