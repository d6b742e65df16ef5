"""A validation report: the findings by row, counts, a verdict; and the report written as CSV, JSON or XLSX."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
from datasources.notes import Note

COLUMNS = ("row", "field", "check", "severity", "value", "message")
SEVERITIES = ("error", "warning", "info")
#: Excel keeps at most 1,048,576 rows a sheet; the findings beyond are left out of the XLSX (and said so)
XLSX_ROWS = 1_000_000
REPORT_SUFFIXES = (".csv", ".json", ".xlsx")


@dataclass
class ValidationReport:
    """What a check of one layer against the standard found.

    Attributes
    ----------
    findings : DataFrame
        One row per finding: ``row`` (1-based feature number, empty for the whole layer), ``field``,
        ``check`` (``missing_field``, ``code_not_allowed``, ``crs_assumed``, ``geometry_invalid``...),
        ``severity`` (``error``, ``warning``, ``info``), ``value``, ``message``.
    """

    kind: str
    standard_version: str
    feature_count: int
    crs: str | None
    crs_assumed: bool
    findings: pd.DataFrame
    path: Path | None = None
    layer: str | None = None
    encoding: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def errors(self) -> pd.DataFrame:
        return self.findings[self.findings["severity"] == "error"]

    @property
    def conforms(self) -> bool:
        """True when nothing breaks the standard (warnings and notes may remain)."""
        return not (self.findings["severity"] == "error").any()

    def checks(self, severity: str | None = None) -> dict[str, int]:
        """Number of findings per check (of one severity when given)."""
        rows = self.findings if severity is None else self.findings[self.findings["severity"] == severity]
        return {str(k): int(v) for k, v in rows["check"].value_counts().items()}

    @property
    def rows_with_errors(self) -> int:
        return int(self.errors["row"].dropna().nunique())

    def summary(self) -> dict:
        by_severity = {s: int((self.findings["severity"] == s).sum()) for s in SEVERITIES}
        return {"file": self.path.name if self.path else None, "layer": self.layer, "kind": self.kind,
                "standard_version": self.standard_version, "features": self.feature_count, "crs": self.crs,
                "crs_assumed": self.crs_assumed, "encoding": self.encoding, "conforms": self.conforms,
                "findings": by_severity, "rows_with_errors": self.rows_with_errors,
                "checks": self.checks(), "verdict": str(self.verdict())}

    def verdict(self) -> Note:
        """One sentence: conforms or not, and how much is wrong."""
        if self.conforms:
            return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} conforms to the township data standard "
                                          "{version} for {kind} ({n} features, {warnings} warnings)."),
                        name=self._name(), version=self.standard_version, kind=self.kind,
                        n=self.feature_count, warnings=int((self.findings["severity"] == "warning").sum()))
        layer_errors = int(self.errors["row"].isna().sum())
        return Note(QT_TRANSLATE_NOOP("DataSourceNote", "{name} does not conform to the township data standard "
                                      "{version} for {kind}: {errors} errors, {layer_errors} about the whole "
                                      "layer and {rows} of {n} features with errors."),
                    name=self._name(), version=self.standard_version, kind=self.kind,
                    errors=len(self.errors), layer_errors=layer_errors, rows=self.rows_with_errors,
                    n=self.feature_count)

    def _name(self) -> str:
        if self.path is None:
            return self.layer or "the layer"
        return self.path.name + (f" ({self.layer})" if self.layer and self.layer != self.path.stem else "")


def write_report(report: ValidationReport, path: str | Path) -> Path:
    """Write ``report`` as CSV (UTF-8 with a BOM, so spreadsheets show Chinese), JSON or XLSX.

    Raises
    ------
    DataSourceError
        An unknown suffix, or the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "a report cannot be written as "
                                                      "'{suffix}'"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Name the report .csv, .json or .xlsx"),
                              suffix=suffix or path.name)
    findings = report.findings.astype({"row": "Int64"})
    findings["message"] = findings["message"].map(lambda m: None if m is None else str.__str__(m))
    try:
        if suffix == ".csv":
            findings.to_csv(path, index=False, encoding="utf-8-sig")
        elif suffix == ".json":
            rows = [{k: (None if pd.isna(v) else (int(v) if k == "row" else v)) for k, v in rec.items()}
                    for rec in findings.to_dict("records")]
            path.write_text(json.dumps({"summary": report.summary(), "findings": rows}, ensure_ascii=False,
                                       indent=1), encoding="utf-8")
        else:
            _write_xlsx(report, findings, path)
    except OSError as exc:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "the report could not be written "
                                                      "({error})"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Choose a folder you may write to"),
                              error=exc.strerror or str(exc)) from None
    return path


def _write_xlsx(report: ValidationReport, findings: pd.DataFrame, path: Path) -> None:
    summary = report.summary()
    facts = [(k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
             for k, v in summary.items()]
    if len(findings) > XLSX_ROWS:
        facts.append(("left_out", f"{len(findings) - XLSX_ROWS} findings beyond {XLSX_ROWS} rows; "
                                  "write the report as CSV to keep them all"))
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame(facts, columns=["item", "value"]).to_excel(writer, sheet_name="summary", index=False)
        findings.head(XLSX_ROWS).to_excel(writer, sheet_name="findings", index=False)
