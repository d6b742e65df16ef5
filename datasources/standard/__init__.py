"""The township data standard: what a department's layer must hold, a check of a file against it, and the
mapping that conforms a file to it. No Qt.

- :mod:`datasources.standard.schema`: the standard itself, kept as data in
  ``resources/standard/township-standard-<version>.json`` (fields, types, codes, units, CRS, geometry).
- :mod:`datasources.standard.checks`: :func:`validate_frame` and :func:`validate_file`, a report by row.
- :mod:`datasources.standard.conform`: :class:`Mapping`, :func:`suggest_mapping`, :func:`conform`,
  :func:`write_conformed` (a GeoPackage in the standard).
- :mod:`datasources.standard.report_files`: the report as CSV, JSON or XLSX.
"""

from datasources.standard.schema import Field, KindSpec, Standard, load_standard, standard_versions

__all__ = ["Field", "KindSpec", "Standard", "load_standard", "standard_versions"]
