"""``township-console evaluate``: the figures of the month printed, the workbook and the monthly PDF written
as a user logged in to the store; bad months and bad passwords refused with one sentence."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest

from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, ROOT, make_store, run_cli
from tests.layers.test_evaluation import fill


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evaluate")
    store = make_store(folder)
    fill(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    store.engine.dispose()
    return folder / "township.gpkg"


def test_workbook_without_qt(store, tmp_path):
    out = tmp_path / "评估.xlsx"
    done = run_cli("evaluate", store, "--user", "vo1", "--month", "2026-02", "--from", "2026-01", "--xlsx", out,
                   env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert "Reports received: 1" in done.stdout and "Closed on time (share): 100.0%" in done.stdout
    book = openpyxl.load_workbook(out)
    codes = {row[0] for row in book["群众诉求"].iter_rows(min_row=2, values_only=True)}
    assert codes == {"V1", "township"}  # a village officer's workbook holds their village


def test_monthly_pdf(store, tmp_path):
    out = tmp_path / "report.pdf"
    done = subprocess.run([sys.executable, "-m", "console", "evaluate", str(store), "--user", "vie", "--month",
                           "2026-01", "--pdf", str(out), "--title", "青溪镇"], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "TOWNSHIP_PASSWORD": PASSWORD}, timeout=600)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "青溪镇基层治理月度评估报告" in text and "村V2" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info  # portrait by default
    a3 = tmp_path / "a3.pdf"
    done = subprocess.run([sys.executable, "-m", "console", "evaluate", str(store), "--user", "vie", "--month",
                           "2026-01", "--pdf", str(a3), "--page", "A3", "--landscape"], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "TOWNSHIP_PASSWORD": PASSWORD},
                          timeout=600)
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(a3)], capture_output=True, text=True, check=True).stdout
    assert "1191 x 842 pts (A3)" in info
    text = subprocess.run(["pdftotext", str(a3), "-"], capture_output=True, text=True, check=True).stdout
    assert "基层治理月度评估报告" in text and "村V2" in text


@pytest.mark.parametrize("args, says", [
    (("--month", "2026-13"), "is not a month"),
    (("--month", "2026-01", "--from", "2026-03"), "is after"),
    (("--month", "2026-01", "--metric", "happiness"), "is not one of"),
])
def test_bad_months_are_refused(store, args, says):
    done = run_cli("evaluate", store, "--user", "vie", *args, env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr


def test_wrong_password(store):
    done = run_cli("evaluate", store, "--user", "vie", "--month", "2026-01", env={"TOWNSHIP_PASSWORD": "nope"})
    assert done.returncode == 2 and "password" in done.stderr and "Traceback" not in done.stderr
