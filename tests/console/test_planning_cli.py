"""``township-console viewshed`` and ``coverage optimise`` as a planner runs them from a shell."""

from __future__ import annotations

import itertools
import shutil
import subprocess

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import rasterio
import shapely
from affine import Affine

from console.cli import main

TRANSFORM = Affine(10.0, 0.0, 500_000.0, 0.0, -10.0, 4_000_600.0)


@pytest.fixture
def ridge(tmp_path):
    """A 60 x 60 DEM (EPSG:32650) on a plain with a 40 m wall down column 30."""
    dem = np.zeros((60, 60), dtype=np.float32)
    dem[:, 30] = 40.0
    dem[0, 0] = -9999.0
    path = tmp_path / "dem.tif"
    with rasterio.open(path, "w", driver="GTiff", width=60, height=60, count=1, dtype="float32",
                       crs="EPSG:32650", transform=TRANSFORM, nodata=-9999.0) as ds:
        ds.write(dem, 1)
    return path


def test_viewshed_writes_visible_hidden_and_nodata(ridge, tmp_path, capsys):
    out = tmp_path / "seen.tif"
    x, y = TRANSFORM * (10.5, 30.5)
    assert main(["viewshed", str(ridge), "--at", f"{x},{y}", "--height", "10", "--range", "250",
                 "--refraction", "1", "--out", str(out)]) == 0
    with rasterio.open(out) as ds:
        seen = ds.read(1)
        assert ds.nodata == 255 and ds.crs.to_epsg() == 32650 and ds.transform == TRANSFORM
    assert seen[30, 20] == 1 and seen[30, 29] == 1      # the plain up to the wall
    assert seen[30, 33] == 0                             # behind the wall
    assert seen[30, 40] == 255 and seen[0, 0] == 255     # beyond 250 m; no elevation
    assert "visible from" in capsys.readouterr().out
    assert not list(tmp_path.glob(".seen-*"))           # written through a temporary file


def test_viewshed_takes_a_point_in_another_crs_and_refuses_one_off_the_dem(ridge, tmp_path, capsys):
    from pyproj import Transformer

    x, y = TRANSFORM * (50.5, 30.5)
    lon, lat = Transformer.from_crs("EPSG:32650", "EPSG:4326", always_xy=True).transform(x, y)
    out = tmp_path / "seen.tif"
    assert main(["viewshed", str(ridge), "--at", f"{lon},{lat}", "--crs", "EPSG:4326", "--height", "5",
                 "--azimuth", "90", "--beam-width", "60", "--out", str(out)]) == 0
    with rasterio.open(out) as ds:
        seen = ds.read(1)
    assert seen[30, 55] == 1 and seen[30, 40] == 0       # a sector facing east
    assert main(["viewshed", str(ridge), "--at", "1,2", "--height", "5", "--out",
                 str(tmp_path / "no.tif")]) == 2
    assert "outside the DEM" in capsys.readouterr().err
    assert not (tmp_path / "no.tif").exists()


@pytest.mark.skipif(shutil.which("gdal_viewshed") is None, reason="gdal_viewshed (gdal-bin) is missing")
def test_viewshed_command_agrees_with_gdal_viewshed_on_the_demo_dem(demo_township, tmp_path):
    dem = demo_township.parent / "dem.tif"
    with rasterio.open(dem) as ds:
        x, y = ds.transform * (400.5, 600.5)
    ours, theirs = tmp_path / "ours.tif", tmp_path / "gdal.tif"
    assert main(["viewshed", str(dem), "--at", f"{x},{y}", "--height", "25", "--range", "3000",
                 "--out", str(ours)]) == 0
    subprocess.run(["gdal_viewshed", "-q", "-ox", repr(x), "-oy", repr(y), "-oz", "25", "-tz", "1.5",
                    "-md", "3000", "-cc", repr(1 - 1 / 7), "-vv", "1", "-iv", "0", "-ov", "255",
                    str(dem), str(theirs)], check=True)
    with rasterio.open(ours) as a, rasterio.open(theirs) as b, rasterio.open(dem) as d:
        col0 = round((b.transform.c - a.transform.c) / a.transform.a)
        row0 = round((b.transform.f - a.transform.f) / a.transform.e)
        window = ((row0, row0 + b.height), (col0, col0 + b.width))
        mine = a.read(1, window=window)
        gdal = b.read(1)
        valid = ~d.read(1, window=window, masked=True).mask & (gdal != 255)
    assert valid.sum() > 10_000 and 0 < (gdal[valid] == 1).sum() < valid.sum()
    assert (mine == gdal)[valid].mean() >= 0.9999


@pytest.fixture
def town(tmp_path):
    """Households (persons) in three hamlets, five candidate sites with costs, one existing tower."""
    rng = np.random.default_rng(4)
    hamlets = np.array([[500_100.0, 4_000_100.0], [500_450.0, 4_000_150.0], [500_300.0, 4_000_500.0]])
    xy = np.vstack([h + rng.normal(0, 40, (30, 2)) for h in hamlets])
    households = gpd.GeoDataFrame({"persons": rng.integers(1, 7, 90)}, crs="EPSG:32650",
                                  geometry=shapely.points(xy))
    households.to_file(tmp_path / "town.gpkg", layer="households")
    sites = [(500_100, 4_000_120), (500_440, 4_000_160), (500_310, 4_000_480), (500_270, 4_000_300),
             (500_600, 4_000_600)]
    candidates = gpd.GeoDataFrame({"cost": [3.0, 2.0, 2.0, 4.0, 1.0], "name": list("ABCDE")},
                                  crs="EPSG:32650", geometry=shapely.points(sites))
    candidates.to_crs("EPSG:4326").to_file(tmp_path / "town.gpkg", layer="candidates")
    tower = gpd.GeoDataFrame({"name": ["old"]}, crs="EPSG:32650",
                             geometry=[shapely.Point(500_120, 4_000_090)])
    tower.to_file(tmp_path / "tower.gpkg")
    return tmp_path / "town.gpkg", tmp_path / "tower.gpkg", households, candidates


def _brute(households, candidates, existing_xy, radius, k=None, budget=None):
    xy = np.column_stack([households.geometry.x, households.geometry.y])
    cand = np.column_stack([candidates.geometry.x, candidates.geometry.y])
    w = households["persons"].to_numpy(float)
    base = (np.hypot(*(xy - existing_xy).T) <= radius)
    best = 0.0
    for r in range(len(cand) + 1):
        for c in itertools.combinations(range(len(cand)), r):
            if k is not None and r > k:
                continue
            if budget is not None and candidates["cost"].to_numpy()[list(c)].sum() > budget:
                continue
            cov = base.copy()
            for j in c:
                cov |= np.hypot(*(xy - cand[j]).T) <= radius
            best = max(best, w[cov].sum())
    return best


def test_coverage_optimise_chooses_the_best_sites_and_keeps_the_tower(town, tmp_path, capsys):
    gpkg, tower, households, candidates = town
    out = tmp_path / "plan.gpkg"
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "persons",
                 "--candidates", f"{gpkg}:candidates", "--existing", str(tower), "--range", "120",
                 "--sites", "1", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    best = _brute(households, candidates, np.array([500_120, 4_000_090]), 120.0, k=1)
    assert f"demand covered: {best:g} of {households['persons'].sum():g}" in text
    assert "proven bound" in text and "gap: 0.000%" in text
    sites = pyogrio.read_dataframe(out, layer="sites")
    assert sorted(sites["status"]) == ["existing", "proposed"]
    assert "old" in set(sites["name"])
    demand = pyogrio.read_dataframe(out, layer="demand")
    assert len(demand) == 90 and demand.loc[demand["covered"] == 1, "weight"].sum() == best


def test_coverage_optimise_budget_and_share(town, tmp_path, capsys):
    gpkg, tower, households, candidates = town
    out = tmp_path / "plan.gpkg"
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "persons",
                 "--candidates", f"{gpkg}:candidates", "--range", "120", "--budget", "4",
                 "--out", str(out)]) == 0
    best = _brute(households, candidates, np.array([1e9, 1e9]), 120.0, budget=4.0)
    text = capsys.readouterr().out
    assert f"demand covered: {best:g} of" in text and "cost: 4" in text
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "persons",
                 "--candidates", f"{gpkg}:candidates", "--range", "120", "--share", "99.5",
                 "--out", str(out)]) == 2
    assert "no plan covers 99.5%" in capsys.readouterr().err
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "persons",
                 "--candidates", f"{gpkg}:candidates", "--range", "120", "--share", "0.5",
                 "--out", str(out)]) == 0
    assert "new sites: 2; proven bound: at least 2" in capsys.readouterr().out


def test_coverage_optimise_by_viewshed_and_its_errors(town, ridge, tmp_path, capsys):
    gpkg, tower, households, candidates = town
    out = tmp_path / "plan.gpkg"
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--candidates",
                 f"{gpkg}:candidates", "--viewshed", str(ridge), "--height", "3", "--sites", "2",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "maximal coverage: optimal" in text
    assert "1 candidate(s) stand off the DEM and cover nothing" in text   # E, on its corner
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:nope", "--candidates",
                 f"{gpkg}:candidates", "--range", "100", "--sites", "1", "--out", str(out)]) == 2
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "people",
                 "--candidates", f"{gpkg}:candidates", "--range", "100", "--sites", "1",
                 "--out", str(out)]) == 2
    assert "no such field" in capsys.readouterr().err
    assert main(["coverage", "optimise", "--demand", f"{gpkg}:households", "--candidates",
                 f"{gpkg}:candidates", "--range", "100", "--budget", "3", "--cost-field", "price",
                 "--out", str(out)]) == 2
    assert main(["coverage", "optimise", "--demand", str(tmp_path / "none.gpkg"), "--candidates",
                 f"{gpkg}:candidates", "--range", "100", "--sites", "1", "--out", str(out)]) == 2
