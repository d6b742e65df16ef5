"""The live sensor layer's cost per batch: what the emergency desk pays on the GUI thread each time the feed
hands it readings (the map then draws the layer again from these symbols).

Figures:

- ``sensor_batch_40``: :meth:`layers.emergency.sensor_layer.SensorLayer.add_readings` of a batch of 40
  readings, with the demo's 28,000 readings already held; ref ``pandas_concat_dedupe`` (the plain way:
  concatenate the batch to the history and ``drop_duplicates`` on sensor, parameter and time), which
  grows with the history instead of the batch.
- ``sensor_symbols``: :meth:`~layers.emergency.sensor_layer.SensorLayer.symbols` (classes and stale marks
  of the 12 demo sensors from their latest values), ref ``pandas_pivot`` (the latest values pivoted to
  one row per sensor, the first step the plain way would take).
- ``sensor_values_at``: the values at a moment of the time slider over the whole history, ref
  ``pandas_last_per_group`` (``groupby(...).last()`` of the readings up to that moment).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyogrio

from benchmarks.harness import measure, report
from layers.emergency.sensor_layer import SensorLayer

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "township.gpkg"
BATCH = 40


def run(cache_dir: Path) -> None:
    from datasources.feeds import demo_readings

    sensors = pyogrio.read_dataframe(DEMO, layer="sensors")
    readings = demo_readings()
    held, rest = readings.iloc[:-4000], readings.iloc[-4000:]
    layer = SensorLayer(sensors)
    layer.add_readings(held)
    layer.symbols()
    batches = iter([rest.iloc[i:i + BATCH] for i in range(0, len(rest), BATCH)])

    def ours():
        return layer.add_readings(next(batches))

    history = held.copy()

    def plain():
        merged = pd.concat([history, rest.iloc[:BATCH]], ignore_index=True)
        return merged.drop_duplicates(["sensor_code", "parameter", "time"])

    report("sensor_batch_40", measure(ours, repeat=25), "pandas_concat_dedupe", measure(plain, repeat=25),
           readings=len(held))
    latest = layer.latest()
    report("sensor_symbols", measure(layer.symbols, repeat=25), "pandas_pivot",
           measure(lambda: latest.pivot_table(index="sensor_code", columns="parameter", values="value"),
                   repeat=25), sensors=len(sensors))
    moment = readings["time"].iloc[len(readings) // 2]
    full = layer.history

    def last_per_group():
        return full[full["time"] <= moment].groupby(["sensor_code", "parameter"]).last()

    report("sensor_values_at", measure(lambda: layer.values_at(moment), repeat=9), "pandas_last_per_group",
           measure(last_per_group, repeat=9), readings=len(full))
