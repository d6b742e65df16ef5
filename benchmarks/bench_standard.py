"""Checking files against the township data standard.

Figures (ref ``pyogrio_read``: ``pyogrio.read_dataframe`` of the same layer, measured in the same run):

- ``standard_validate_demo_households``: :func:`datasources.standard.checks.validate_file` of the demo
  township's households (21,600 points): the console's read (encoding, CRS, every geometry checked) and
  every check of the standard.
- ``standard_validate_households_100k``: the same for 108,000 households (the demo's five times over,
  moved apart, with 1% bad values: persons 0 or 99, village codes of the wrong form, empty ids).
- ``standard_checks_only_households_100k``: the checks alone on the layer already read
  (:func:`~datasources.standard.checks.validate_source`).
- ``standard_conform_households_100k``: conform (EPSG:4326 to EPSG:4549) and write the
  GeoPackage in the standard, ref a plain pyogrio read and write of the same layer.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyogrio
import shapely

from benchmarks.harness import measure, report
from datasources.standard.checks import validate_file, validate_source
from datasources.standard.conform import Mapping, conform, write_conformed
from datasources.vector import open_vector

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "township.gpkg"
REF = "pyogrio_read"
COPIES = 5


def households_100k(cache: Path) -> Path:
    """The demo households five times over (shifted 20 km east each time), 1% spoiled, as a GeoPackage
    in EPSG:4326 (not a CRS of the standard: every row is transformed for the check of where it lies)."""
    path = cache / "standard_households_108k_v2.gpkg"
    if path.exists():
        return path
    base = pyogrio.read_dataframe(DEMO, layer="households")
    parts = []
    for i in range(COPIES):
        part = base.copy()
        part["household_id"] = part["household_id"] + f"-{i}"
        part["geometry"] = shapely.transform(part.geometry.values, lambda xy, i=i: xy + [20_000.0 * i, 0.0])
        parts.append(part)
    import pandas as pd

    frame = pd.concat(parts, ignore_index=True)
    rng = np.random.default_rng(7)
    bad = rng.choice(len(frame), len(frame) // 100, replace=False)
    third = len(bad) // 3
    frame["persons"] = frame["persons"].astype("int64")
    frame.loc[bad[:third], "persons"] = rng.choice([0, 99], third)
    frame.loc[bad[third:2 * third], "village_code"] = "3301-" + frame.loc[bad[third:2 * third], "village_code"]
    frame.loc[bad[2 * third:], "household_id"] = ""
    frame = frame.set_crs(base.crs).to_crs(4326)
    pyogrio.write_dataframe(frame, path, layer="households")
    return path


def run(cache_dir: Path) -> None:
    read = lambda path, layer=None: pyogrio.read_dataframe(path, layer=layer)  # noqa: E731
    ref = measure(lambda: read(DEMO, "households"), repeat=5)
    ours = measure(lambda: validate_file(DEMO, "households"), repeat=5)
    report("standard_validate_demo_households", ours, REF, ref, features=21600)

    big = households_100k(Path(cache_dir))
    n = pyogrio.read_info(big)["features"]
    ref = measure(lambda: read(big), repeat=3)
    checked = validate_file(big, "households")
    ours = measure(lambda: validate_file(big, "households"), repeat=3)
    report("standard_validate_households_100k", ours, REF, ref, features=n,
           findings=len(checked.findings), rows_with_errors=checked.rows_with_errors)
    source = open_vector(big)
    ours = measure(lambda: validate_source(source, "households"), repeat=3)
    report("standard_checks_only_households_100k", ours, REF, ref, features=n)

    mapping = Mapping("households", {"household_id": "household_id", "village_code": "village_code",
                                     "persons": "persons"}, target_crs="EPSG:4549")
    out = Path(cache_dir) / "standard_households_conformed.gpkg"
    plain = Path(cache_dir) / "standard_households_plain.gpkg"

    def ours_conform():
        frame, _ = conform(source.data, mapping, source.crs)
        write_conformed(frame, out, "households")

    def plain_copy():
        pyogrio.write_dataframe(read(big), plain, layer="households")

    ref = measure(plain_copy, repeat=3)
    ours = measure(ours_conform, repeat=3)
    report("standard_conform_households_100k", ours, "pyogrio_read_write", ref, features=n)


if __name__ == "__main__":
    import sys

    run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench-data")
