"""The one-page PDF summary of a plan: its title, the map of its sites and coverage over the township,
its figures per village, the totals and the cost, drawn by the print layout's own page and map code
(:mod:`widgets.printing`), so it looks like every other printed map of the console (legend, scale bar,
north arrow, coordinate system, Chinese text embedded as text).

:func:`plan_map` gathers the layers the page shows (build it on the GUI thread: it makes the graphics
items); :func:`write_plan_summary` draws and writes the page and may run in a worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from PySide6 import QtCore

from datasources.feedback import Feedback
from layers.layer_list import LayerList
from layers.print_layout import PrintLayout, map_view, page_boxes
from widgets.printing.export import _Pages
from widgets.printing.map_picture import PrintMap
from widgets.printing.page import Page, PageContent

#: villages named one by one in the page's table (the others are added up in one row)
TABLE_VILLAGES = 12


def csv_labels() -> dict[str, str]:
    """The plan's CSV header in the interface language, by field."""
    from layers.planning.plan_export import VILLAGE_COLUMNS
    from widgets.planning.names import column_label

    labels = {c: column_label(c) for c in VILLAGE_COLUMNS}
    labels["sites"] = QtCore.QCoreApplication.translate("PlanSummary", "Sites")
    labels["cost"] = QtCore.QCoreApplication.translate("PlanSummary", "Cost")
    return labels


def status_labels() -> dict[str, str]:
    from widgets.planning.names import STATUS_LABELS, status_label

    return {status: status_label(status) for status in STATUS_LABELS}


def plan_layers(scenario, result, crs: str | None) -> tuple:
    """A scenario's map: its sites (coloured by status) and its coverage, as two layers."""
    from layers.planning.coverage_layer import CoverageLayer
    from layers.planning.plan_export import plan_sites, sites_style
    from layers.vector import VectorLayer

    title = QtCore.QCoreApplication.translate("PlanSummary", "Scenario {name}").replace("{name}", scenario.name)
    sites = VectorLayer(plan_sites(scenario), "scenario_sites",
                        title=title + " · " + QtCore.QCoreApplication.translate("PlanSummary", "sites"),
                        crs=scenario.crs or crs, style=sites_style(status_labels()))
    cover = CoverageLayer(result.counts, result.transform, name="scenario_coverage",
                          title=title + " · " + QtCore.QCoreApplication.translate("PlanSummary", "coverage"),
                          crs=result.crs)
    return sites, cover


def plan_map(layers: list, crs: str, title: str) -> PrintMap:
    """The printed map of ``layers`` (top first: the plan's sites, its coverage, then the township's
    villages and roads), in ``crs``."""
    project = SimpleNamespace(crs=crs, layers=LayerList(list(layers)), settings={"title": title}, path=None)
    return PrintMap(project)


def table_rows(rows, totals: dict, currency: str = "¥") -> list[tuple[str, str]]:
    """The page's table: the totals first, then each village's persons covered (the villages with the
    most people left out first), the rest added up."""
    out = [(QtCore.QCoreApplication.translate("PlanSummary", "Sites in the plan"), f"{totals['sites']:,}"),
           (QtCore.QCoreApplication.translate("PlanSummary", "Cost of the sites"), f"{currency} {totals['cost']:,.0f}"),
           (QtCore.QCoreApplication.translate("PlanSummary", "Persons covered"), f"{totals['covered']:,.0f} / {totals['persons']:,.0f}"),
           (QtCore.QCoreApplication.translate("PlanSummary", "Share covered"), f"{100 * totals['share']:.1f}%"),
           (QtCore.QCoreApplication.translate("PlanSummary", "Households not covered"), f"{totals['uncovered_households']:,}")]
    ordered = rows.sort_values(["uncovered_persons", "village_code"], ascending=[False, True])
    for record in ordered.head(TABLE_VILLAGES).to_dict("records"):
        out.append((str(record["village"] or record["village_code"]),
                    f"{record['covered_persons']:,.0f} ({record['share_covered']:.0f}%)"))
    rest = ordered.iloc[TABLE_VILLAGES:]
    if len(rest):
        covered, persons = float(rest["covered_persons"].sum()), float(rest["persons"].sum())
        share = 100 * covered / persons if persons else 100.0
        out.append((QtCore.QCoreApplication.translate("PlanSummary", "{n} other villages").replace("{n}", str(len(rest))), f"{covered:,.0f} ({share:.0f}%)"))
    return out


def write_plan_summary(print_map: PrintMap, out, title: str, rows, totals: dict, crs_text: str = "",
                       author: str = "", sources: str = "", extent=None, dpi: int = 200,
                       feedback: Feedback | None = None) -> Path:
    """Write the plan's page (A4 landscape) to the PDF ``out``; ``extent`` (map CRS) is what the map
    shows, else every layer."""
    feedback = Feedback.of(feedback)
    out = Path(out)
    layout = PrintLayout(name="plan", page="A4", orientation="landscape", title=title, author=author,
                         extent=tuple(extent) if extent is not None else None, dpi=dpi)
    print_map.prepare(feedback)
    _, _, fw, fh = page_boxes(layout)["map"]
    view = map_view(layout, print_map.crs, print_map.extent(), (fw, fh))
    feedback.check()
    image = print_map.draw(view.bbox, fw, fh, layout.dpi, feedback)
    feedback.check()
    content = PageContent(title=title, scale=view.scale, crs_text=crs_text, author=author,
                          date=dt.date.today().isoformat(), sources=sources, legend=print_map.legend,
                          table=table_rows(rows, totals), table_title=QtCore.QCoreApplication.translate("PlanSummary", "Coverage per village"),
                          subtitle=QtCore.QCoreApplication.translate("PlanSummary", "Plan summary: sites, coverage and cost"))
    pages = _Pages(out, layout, title)
    ok = False
    try:
        Page(pages.begin(), layout, layout.dpi).draw(content, image)
        pages.end_page()
        ok = True
    finally:
        pages.close(ok)
    return out


__all__ = ["csv_labels", "plan_layers", "plan_map", "status_labels", "table_rows", "write_plan_summary"]
