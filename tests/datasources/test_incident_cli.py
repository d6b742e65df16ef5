"""``township-console incidents import|export`` as a user runs it (in a child process): row errors and exit 1
when rows were refused, likely duplicates printed, every format written, personal data only when confirmed."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import shapely

from datasources.open311 import read_open311
from layers.code_lists import incident_code_names
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    X0,
    Y0,
    fill_township,
    make_store,
    run_cli,
)
from tests.datasources.test_incident_import import EXPECTED_ERRORS, lonlat, messy_csv

#: the office's names for the codes, as the console gives them to report files
NAMES = incident_code_names("zh_CN")


def test_import_and_export_from_the_command_line(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("reader", PASSWORD, "viewer")
    earlier = admin.incidents.file_report({"category": "road_damage", "geom": shapely.Point(X0 + 160, Y0 + 100),
                                 "reported_at": datetime(2025, 4, 9, 1, tzinfo=UTC)})
    case = admin.features.get("incidents", earlier)["case_number"]
    db, keys = tmp_path / "township.gpkg", tmp_path / "keys"
    login = ("--db", db, "--user", ADMIN, "--key-dir", keys)
    env = {"TOWNSHIP_PASSWORD": ADMIN_PASSWORD}
    messy = tmp_path / "hotline.csv"
    messy_csv(messy)

    done = run_cli("incidents", "import", messy, *login, env=env)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "imported 5 reports from hotline.csv; 6 refused"
    assert lines[1:7] == [f"refused   {e}" for e in EXPECTED_ERRORS]
    assert lines[7] == "2 likely duplicates (imported anyway; check them in the desk):"
    assert lines[8].startswith(f"duplicate row 7: may repeat {case} (road_damage,")

    lon, lat = lonlat(X0 + 300, Y0 + 300)
    clean = tmp_path / "walk_ins.csv"
    clean.write_text(f"问题分类,情况,东西,南北\nnoise,广场舞,{lon},{lat}\n", encoding="utf-8")
    done = run_cli("incidents", "import", clean, *login, "--mapping", "category=问题分类",
                   "description=情况", "lon=东西", "lat=南北", env=env)
    assert (done.returncode, done.stdout.splitlines()[0]) == (0, "imported 1 reports from "
                                                                 "walk_ins.csv; 0 refused"), done.stderr
    done = run_cli("incidents", "import", clean, *login, "--mapping", "category", env=env)
    assert done.returncode == 2 and "is not OURS=THEIRS" in done.stderr

    for fmt in ("open311-json", "open311-xml", "csv", "xlsx"):
        out = tmp_path / f"out.{fmt}"
        done = run_cli("incidents", "export", *login, "--format", fmt, "--out", out, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"exported 9 reports to {out} ({fmt})"
        assert out.stat().st_size > 0
    records, errors = read_open311(tmp_path / "out.open311-xml", names=NAMES)
    assert errors == [] and len(records) == 9
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert "reporter_name" not in rows[0] and "'=cmd|' /C calc'!A0" in {r["description"] for r in rows}

    personal = tmp_path / "personal.csv"
    done = run_cli("incidents", "export", *login, "--format", "csv", "--out", personal,
                   "--include-personal", env=env)
    assert done.returncode == 2 and "needs a confirmation" in done.stderr and not personal.exists()
    done = run_cli("incidents", "export", *login, "--format", "csv", "--out", personal,
                   "--include-personal", "--yes", env=env)
    assert done.returncode == 0 and "with the reporters' personal data" in done.stdout
    with open(personal, encoding="utf-8-sig", newline="") as fh:
        assert "张三" in {r["reporter_name"] for r in csv.DictReader(fh)}

    done = run_cli("incidents", "import", clean, "--db", db, "--user", "reader", "--key-dir", keys,
                   env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 2 and "reader (viewer) may not" in done.stderr
    done = run_cli("incidents", "export", *login, "--format", "csv", "--out", personal,
                   env={"TOWNSHIP_PASSWORD": "wrong-password"})
    assert done.returncode == 2 and "the password is wrong" in done.stderr
    assert "Traceback" not in done.stderr

    log = admin.audit.log()
    ours = log[log["object"].str.startswith("incidents:")]
    assert ours.groupby(["event", "outcome"]).size().to_dict() == {
        ("import", "ok"): 2, ("import", "denied"): 1, ("export", "ok"): 5, ("export", "denied"): 1,
        ("add", "ok"): 3,  # the store kit's two reports and the one filed here
        ("view_personal", "ok"): 1}  # the personal export's data, recorded when it was handed out
    assert admin.audit.verify() == []
