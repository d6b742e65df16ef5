"""The shaded elevation coloured straight into premultiplied ARGB32 pixels matches ``colourise``."""

from __future__ import annotations

import numpy as np
import pytest

from layers.lod_raster import shaded_argb32
from layers.shading import colourise


def elevation() -> np.ma.MaskedArray:
    rows, cols = np.mgrid[0:90, 0:120].astype(np.float32)
    z = 300 + 80 * np.sin(cols / 9.0) * np.cos(rows / 13.0) + rows * 1.5
    z[5:9, 40:60] = np.nan  # a hole in the data
    mask = np.zeros(z.shape, dtype=bool)
    mask[70:, :10] = True  # nodata
    return np.ma.MaskedArray(z, mask=mask)


@pytest.mark.parametrize("opacity", [1.0, 0.6])
def test_the_same_colours_as_colourise_premultiplied(opacity):
    values = elevation()
    rgba = colourise(values, 250.0, 560.0, ramp="terrain", cell_size=30.0, opacity=opacity).astype(np.int64)
    alpha = rgba[..., 3]
    expected = [(rgba[..., c] * alpha + 127) // 255 for c in range(3)]  # what Qt's premultiplying gives
    pixels = shaded_argb32(values, 250.0, 560.0, 30.0, opacity)
    assert pixels.shape == values.shape and pixels.dtype == np.uint32
    got = [(pixels >> shift) & 0xFF for shift in (16, 8, 0)]
    assert np.array_equal(pixels >> 24, alpha)  # transparent exactly where colourise is
    assert (pixels[np.isnan(values.data) | values.mask] == 0).all()
    for channel, want in zip(got, expected, strict=True):
        assert np.abs(channel.astype(np.int64) - want).max() <= 1
    shaded = np.abs(got[0].astype(np.int64) - expected[0])
    assert shaded.mean() < 0.1  # off by one only where a shade falls between two levels


def test_nothing_valid_is_all_transparent():
    values = np.ma.MaskedArray(np.full((4, 5), np.nan, dtype=np.float32))
    assert not shaded_argb32(values, None, None, 10.0).any()
