"""Texts that come from the Qt-free layers in English, shown in the interface language.

- progress messages of readers and writers (``read 120 rows from wells.csv``, ``Opened villages.shp``),
  whose English template is their code: :func:`progress_text` matches a message against the templates
  and translates it with its parts;
- the attribute filter's errors (:class:`layers.expression.ExpressionError` carries its template and
  parameters): :func:`filter_error_text`;
- the colour ramps' names (:data:`layers.ramps.RAMPS` keys): :func:`ramp_name`.
"""

from __future__ import annotations

import re

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

#: every progress message the readers, writers and layers send (English template -> its translation)
PROGRESS = (
    QT_TRANSLATE_NOOP("Progress", "Opening {file}"),
    QT_TRANSLATE_NOOP("Progress", "Reading {layer} ({i}/{n})"),
    QT_TRANSLATE_NOOP("Progress", "Opened {file}"),
    QT_TRANSLATE_NOOP("Progress", "Checking the geometry of {layer}"),
    QT_TRANSLATE_NOOP("Progress", "Checked the geometry of {layer}"),
    QT_TRANSLATE_NOOP("Progress", "reading {file}"),
    QT_TRANSLATE_NOOP("Progress", "read {n} rows from {file}"),
    QT_TRANSLATE_NOOP("Progress", "reading band {band} of {file}"),
    QT_TRANSLATE_NOOP("Progress", "read {file}"),
    QT_TRANSLATE_NOOP("Progress", "the view is outside the raster"),
    QT_TRANSLATE_NOOP("Progress", "building overviews of {file}"),
    QT_TRANSLATE_NOOP("Progress", "built overviews of {file}"),
    QT_TRANSLATE_NOOP("Progress", "writing {layer} to {file}"),
    QT_TRANSLATE_NOOP("Progress", "writing {file}"),
    QT_TRANSLATE_NOOP("Progress", "reprojecting for {file}"),
    QT_TRANSLATE_NOOP("Progress", "saved {file}"),
    QT_TRANSLATE_NOOP("Progress", "saving styles and settings"),
    QT_TRANSLATE_NOOP("Progress", "saving {layer}"),
    QT_TRANSLATE_NOOP("Progress", "saved"),
    QT_TRANSLATE_NOOP("Progress", "loading {layer}"),
    QT_TRANSLATE_NOOP("Progress", "loaded"),
    QT_TRANSLATE_NOOP("Progress", "reading basemap tiles"),
    QT_TRANSLATE_NOOP("Progress", "basemap tiles from the cache"),
    QT_TRANSLATE_NOOP("Progress", "downloading basemap tiles"),
    QT_TRANSLATE_NOOP("Progress", "basemap tiles ready"),
    QT_TRANSLATE_NOOP("Progress", "no basemap here at this scale"),
    QT_TRANSLATE_NOOP("Progress", "fitting the basemap to the map"),
    QT_TRANSLATE_NOOP("Progress", "basemap ready"),
    QT_TRANSLATE_NOOP("Progress", "importing {n} reports"),
)
_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern:
    parts = _FIELD.split(template)
    # literal text escaped, each {name} a named group (numbers only where they are counts)
    regex = "".join(re.escape(part) if i % 2 == 0 else
                    (rf"(?P<{part}>\d+)" if part in ("i", "n", "band") else rf"(?P<{part}>.+?)")
                    for i, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


_PATTERNS = [(_pattern(t), t) for t in PROGRESS]


def progress_text(message) -> str:
    """A progress message in the interface language (a message not known is shown as it came)."""
    text = str(message or "")
    for pattern, template in _PATTERNS:
        found = pattern.match(text)
        if found:
            return QtCore.QCoreApplication.translate("Progress", template).format(**found.groupdict())
    return text


_EXPRESSION = (
    QT_TRANSLATE_NOOP("FilterError", "cannot read the filter at character {pos}: {text}"),
    QT_TRANSLATE_NOOP("FilterError", "unexpected {token} in the filter"),
    QT_TRANSLATE_NOOP("FilterError", "expected {what} but the filter ends"),
    QT_TRANSLATE_NOOP("FilterError", "expected {what} but found {found}"),
    QT_TRANSLATE_NOOP("FilterError", "no column named {name}"),
    QT_TRANSLATE_NOOP("FilterError", "{op} is not a comparison"),
    QT_TRANSLATE_NOOP("FilterError", "cannot compare column {column} with {value}"),
)
_EXPECTED = (
    QT_TRANSLATE_NOOP("FilterError", "a value"), QT_TRANSLATE_NOOP("FilterError", "a column name"), QT_TRANSLATE_NOOP("FilterError", "')'"),
    QT_TRANSLATE_NOOP("FilterError", "'('"), QT_TRANSLATE_NOOP("FilterError", "'null'"),
    QT_TRANSLATE_NOOP("FilterError", "an operator (=, !=, <, <=, >, >=, in, like, contains, is null)"),
)


def filter_error_text(error) -> str:
    """What is wrong with a filter, in the interface language (an ExpressionError, else its text)."""
    template = getattr(error, "template", None)
    if template is None:
        return str(error)
    translate = QtCore.QCoreApplication.translate
    params = dict(getattr(error, "params", {}))
    if "what" in params:
        params["what"] = translate("FilterError", params["what"])
    return translate("FilterError", template).format(**params)


_RAMPS = {
    "greys": QT_TRANSLATE_NOOP("ColourRamp", "Greys"), "greens": QT_TRANSLATE_NOOP("ColourRamp", "Greens"),
    "blues": QT_TRANSLATE_NOOP("ColourRamp", "Blues"), "reds": QT_TRANSLATE_NOOP("ColourRamp", "Reds"),
    "yellow_red": QT_TRANSLATE_NOOP("ColourRamp", "Yellow to red"), "hazard": QT_TRANSLATE_NOOP("ColourRamp", "Hazard"),
    "population": QT_TRANSLATE_NOOP("ColourRamp", "Population"), "viridis": QT_TRANSLATE_NOOP("ColourRamp", "Viridis"),
    "terrain": QT_TRANSLATE_NOOP("ColourRamp", "Terrain"), "blue_red": QT_TRANSLATE_NOOP("ColourRamp", "Blue to red"),
    "township": QT_TRANSLATE_NOOP("ColourRamp", "Township colours"), "set2": QT_TRANSLATE_NOOP("ColourRamp", "Soft colours (Set2)"),
}


def ramp_name(key: str) -> str:
    """A colour ramp's name in the interface language (a ramp not known by its key)."""
    text = _RAMPS.get(key)
    return QtCore.QCoreApplication.translate("ColourRamp", text) if text else str(key)


_AUDIT_OBJECTS = (
    (re.compile(r"^(?P<kind>\w+):(?P<n>\d+) features$"),
     QT_TRANSLATE_NOOP("AuditObject", "{kind}: {n} features")),
    (re.compile(r"^(?P<kind>\w+):(?P<n>\d+) events$"), QT_TRANSLATE_NOOP("AuditObject", "{kind}: {n} records")),
    (re.compile(r"^user:(?P<name>.+)$"), QT_TRANSLATE_NOOP("AuditObject", "account {name}")),
    (re.compile(r"^category_deadlines:(?P<category>\w+)$"),
     QT_TRANSLATE_NOOP("AuditObject", "deadline of {category}")),
    (re.compile(r"^(?P<kind>\w+):(?P<n>\d+)$"), QT_TRANSLATE_NOOP("AuditObject", "{kind} #{n}")),
    (re.compile(r"^(?P<kind>\w+):(?P<name>.+)$"), QT_TRANSLATE_NOOP("AuditObject", "{kind}: {name}")),
)


def audit_object_text(obj) -> str:
    """What an audit record is about, in the interface language (``facilities:79 features`` ->
    设施：79 个要素, ``user:wang`` -> 账户 wang); the record itself is unchanged."""
    from layers.code_lists import label, layer_title

    text = str(obj or "")
    for pattern, template in _AUDIT_OBJECTS:
        found = pattern.match(text)
        if found:
            parts = found.groupdict()
            if "kind" in parts:
                parts["kind"] = layer_title(parts["kind"])
            if "category" in parts:
                parts["category"] = label("incident_category", parts["category"])
            return QtCore.QCoreApplication.translate("AuditObject", template).format(**parts)
    return text


def edit_step_text(step) -> str:
    """An undo/redo step (:class:`layers.edit_history.EditStep`) in the interface language: "编辑行政村 #3"
    for ``Edit villages #3``; empty for no step."""
    from layers.code_lists import layer_title

    if step is None:
        return ""
    return QtCore.QCoreApplication.translate("EditHistory", step.template).format(
        kind=layer_title(step.kind), feature_id=step.feature_id)
