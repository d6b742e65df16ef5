"""Values as the standard reads them: text of codes stored as numbers, and the labels of a code list."""

from __future__ import annotations

import numpy as np
import pandas as pd

from datasources.standard.schema import Standard


def as_text(series: pd.Series) -> pd.Series:
    """Values as text; whole floats without their ``.0`` (codes read as numbers)."""
    if pd.api.types.is_float_dtype(series.dtype):
        whole = series.notna() & np.isfinite(series.fillna(0)) & (series.fillna(0) % 1 == 0)
        text = series.astype(object).where(~whole, series.where(whole, 0).astype("int64").astype(str))
        return text.astype(str)
    return series.astype(str).str.strip()


def code_labels(standard: Standard, name: str) -> dict[str, str]:
    """Label (Chinese, English, lower-case) -> code, for the code list ``name``."""
    out = {}
    for code in standard.codes(name):
        out[code.zh.strip().lower()] = code.code
        out[code.en.strip().lower()] = code.code
    return out
