"""A plan written out (no Qt): its sites to a GeoPackage layer with its style for QGIS, and its coverage
per village to a CSV that Excel opens with the Chinese intact.

- :func:`plan_sites` is the scenario's sites as a GeoDataFrame (store CRS) with their fields;
- :func:`write_plan_sites` writes them as a GeoPackage layer and its QML style into ``layer_styles``
  (the table QGIS reads a GeoPackage layer's default style from, as the project file holds it);
- :func:`village_rows` is the coverage per village as exported (persons rounded, the share in percent),
  with the plan's sites and cost per village, and :func:`write_village_csv` writes it: UTF-8 with BOM,
  a header row in the user's language above the field names, as the village table's export does;
- :func:`summary_rows` are the figures of the one-page summary (the PDF is drawn by the window's
  printing code, :mod:`widgets.planning.plan_summary`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd

from datasources.errors import QT_TRANSLATE_NOOP, WriteFailed
from datasources.writers import write_geopackage, write_table_csv
from layers.style import Style, StyleClass

#: the columns of the exported village table, in order
VILLAGE_COLUMNS = ("village_code", "village", "households", "covered_households", "uncovered_households",
                   "persons", "covered_persons", "uncovered_persons", "share_covered", "sites", "cost")
#: the fill of each status, as the map draws it
STATUS_FILLS = {"proposed": "#f39c12", "draft": "#ffffff", "approved": "#2e86de", "built": "#27ae60",
                "rejected": "#9e9e9e"}
SITES_LAYER = "plan_sites"


def plan_sites(scenario) -> gpd.GeoDataFrame:
    """The scenario's sites (store CRS): its fields, ``site_id`` for the planned site it copies."""
    frame = scenario.frame().rename(columns={"id": "site_id"})
    frame["scenario"] = scenario.name
    return frame


def sites_style(labels: dict[str, str] | None = None) -> Style:
    """Sites coloured by their status (``labels`` names each status)."""
    classes = [StyleClass(status, (labels or {}).get(status, status), fill, "#333333")
               for status, fill in STATUS_FILLS.items()]
    return Style(kind="categorized", field="status", classes=classes, marker_size=3.0, marker_shape="triangle",
                 stroke="#333333", label_field="name")


def write_plan_sites(scenario, path, labels: dict[str, str] | None = None) -> Path:
    """The scenario's sites as the layer :data:`SITES_LAYER` of the GeoPackage ``path`` (replaced), with
    its style in ``layer_styles`` as QGIS reads it."""
    from datasources.project_file import _LAYER_STYLES_DDL, STYLES_TABLE
    from layers.qml import style_to_qml

    path = Path(path)
    if path.exists():
        path.unlink()
    write_geopackage(plan_sites(scenario), path, layer=SITES_LAYER)
    qml = style_to_qml(sites_style(labels), "point", SITES_LAYER)
    try:
        with contextlib.closing(sqlite3.connect(path)) as con, con:
            con.execute(_LAYER_STYLES_DDL)
            con.execute(f'INSERT INTO "{STYLES_TABLE}" (f_table_catalog, f_table_schema, f_table_name, '
                        "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                        "VALUES ('', '', ?, 'geom', ?, ?, '', 1, ?, '', NULL)",
                        (SITES_LAYER, SITES_LAYER, qml, f"Township Console style of {scenario.name}"[:200]))
            con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) "
                        "VALUES (?, 'attributes', ?)", (STYLES_TABLE, STYLES_TABLE))
    except sqlite3.Error as exc:
        raise WriteFailed(path, QT_TRANSLATE_NOOP("DataSourceError", "the style could not be written ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the free disk space."),
                          reason=str(exc)) from exc
    return path


def village_rows(scenario, table: pd.DataFrame) -> pd.DataFrame:
    """The coverage per village (``table``: a coverage's village table) with the plan's sites and their
    cost per village, as exported: persons rounded, the share in percent."""
    out = table.copy()
    sites = pd.DataFrame(list(scenario.sites)) if scenario.sites else pd.DataFrame(columns=["village_code", "cost"])
    if "cost" not in sites.columns:
        sites["cost"] = 0.0
    sites["village_code"] = sites["village_code"].astype(object).where(sites["village_code"].notna(), "")
    per = sites.assign(cost=pd.to_numeric(sites["cost"], errors="coerce").fillna(0.0)).groupby(
        sites["village_code"].astype(str)).agg(sites=("cost", "size"), cost=("cost", "sum"))
    codes = out["village_code"].astype(str)
    out["sites"] = codes.map(per["sites"]).fillna(0).astype(int)
    out["cost"] = codes.map(per["cost"]).fillna(0.0).round(2)
    out["share_covered"] = (out["share_covered"] * 100).round(1)
    for name in ("persons", "covered_persons", "uncovered_persons"):
        out[name] = out[name].round().astype(int)
    return out[list(VILLAGE_COLUMNS)].reset_index(drop=True)


def write_village_csv(rows: pd.DataFrame, path, labels: dict[str, str]) -> Path:
    """``rows`` to CSV: the ``labels`` (the user's language) as the first row, the field names second."""
    names = pd.DataFrame([list(rows.columns)], columns=rows.columns)
    table = pd.concat([names, rows.astype(object)], ignore_index=True)
    return write_table_csv(table.rename(columns=labels), Path(path))


def summary_rows(scenario, rows: pd.DataFrame) -> dict:
    """The totals of the plan: sites, their cost, persons and households covered and not."""
    persons, covered = float(rows["persons"].sum()), float(rows["covered_persons"].sum())
    return {"sites": len(scenario.sites), "cost": scenario.cost, "persons": persons, "covered": covered,
            "share": covered / persons if persons else 1.0,
            "households": int(rows["households"].sum()), "uncovered_households": int(rows["uncovered_households"].sum())}


__all__ = ["SITES_LAYER", "VILLAGE_COLUMNS", "plan_sites", "sites_style", "summary_rows", "village_rows",
           "write_plan_sites", "write_village_csv"]
