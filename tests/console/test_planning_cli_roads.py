"""township-console coverage optimise for fibre cabinets: coverage by cable along the roads, the road
junctions as candidates, and candidates kept near a power line, on layers built by hand (metres).

A main road runs west-east along y = 0 from x = 0 to 3000; a side road leaves it at x = 2000 going north
to y = 1000: the one junction is (2000, 0). Homes (persons): (100, 50) 3, (500, -50) 4 near the west end;
(2000, 600) 5 and (2050, 900) 2 along the side road; (2900, 100) 1 at the east end."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import shapely

from console.cli import main

CRS = "EPSG:32650"
X0, Y0 = 500_000.0, 4_000_000.0


def _layer(path, layer, geoms, **fields):
    gpd.GeoDataFrame(fields, crs=CRS, geometry=[shapely.affinity.translate(g, X0, Y0) for g in geoms]) \
        .to_file(path, layer=layer)


def test_cabinets_by_cable_with_junctions_and_a_power_line(tmp_path, capsys):
    gpkg = tmp_path / "town.gpkg"
    _layer(gpkg, "roads", [shapely.LineString([(0, 0), (3000, 0)]), shapely.LineString([(2000, 0), (2000, 1000)])],
           name=["main", "side"])
    homes = [(100, 50), (500, -50), (2000, 600), (2050, 900), (2900, 100)]
    _layer(gpkg, "households", [shapely.Point(p) for p in homes], persons=[3, 4, 5, 2, 1])
    _layer(gpkg, "candidates", [shapely.Point(300, 0), shapely.Point(2900, 0)], name=["west", "east"])
    _layer(gpkg, "power", [shapely.LineString([(1500, -200), (2500, -200)])], name=["10 kV"])
    out = tmp_path / "plan.gpkg"
    args = ["coverage", "optimise", "--demand", f"{gpkg}:households", "--weight", "persons",
            "--candidates", f"{gpkg}:candidates", "--by-road", f"{gpkg}:roads", "--range", "1000",
            "--sites", "1", "--out", str(out)]
    # by cable within 1 km: west (300, 0) reaches (100, 50) 200 + 50 m and (500, -50) 200 + 50 m: 7;
    # east (2900, 0) reaches (2900, 100) only: 1; by straight range it would not matter
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "demand covered: 7 of 15" in text and "gap: 0.000%" in text
    sites = pyogrio.read_dataframe(out, layer="sites")
    assert list(sites["name"]) == ["west"]
    # the junction (2000, 0) as a candidate too: (2000, 600) 600 m, (2050, 900) 900 + 50 m and
    # (2900, 100) 900 + 100 m: 8 persons; two cabinets, west and the junction, reach everyone
    assert main(args[:-4] + ["--junctions", "--sites", "2", "--out", str(out)]) == 0
    assert "demand covered: 15 of 15" in capsys.readouterr().out
    chosen = pyogrio.read_dataframe(out, layer="sites")
    assert sorted(shapely.get_coordinates(chosen.geometry.to_numpy()).round().tolist()) == \
        [[X0 + 300, Y0], [X0 + 2000, Y0]]
    # only candidates within 300 m of the power line: the junction (200 m away) and not the west one
    assert main(args[:-4] + ["--junctions", "--near", f"{gpkg}:power", "--near-m", "300", "--sites", "2",
                             "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "1 of 3 candidates within 300 m" in text and "demand covered: 8 of 15" in text
