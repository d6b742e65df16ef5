"""Comparing rendered map images with approved PNGs, with a tolerance for fonts and antialiasing.

Two images match when at most ``max_share`` of the pixels differ by more than ``threshold`` in any
channel (R, G, B or A). A missing approved image is written from the rendered one and the test is
skipped, so the first run creates it for a person to look at and commit.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtGui

APPROVED_DIR = Path(__file__).resolve().parent / "approved"
THRESHOLD = 40
MAX_SHARE = 0.01


@dataclass(frozen=True)
class ImageDifference:
    """How two images of the same size differ."""

    share_differing: float  # share of pixels with some channel off by more than the threshold
    max_difference: int  # largest absolute channel difference anywhere

    def within(self, max_share: float = MAX_SHARE) -> bool:
        return self.share_differing <= max_share


def image_array(image: QtGui.QImage) -> np.ndarray:
    """A (height, width, 4) uint8 RGBA copy of ``image``."""
    rgba = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    h, w = rgba.height(), rgba.width()
    buf = np.frombuffer(rgba.constBits(), dtype=np.uint8, count=rgba.sizeInBytes())
    return buf.reshape(h, rgba.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()


def compare(actual: np.ndarray, approved: np.ndarray, threshold: int = THRESHOLD) -> ImageDifference:
    """The :class:`ImageDifference` of two RGBA arrays; a size mismatch counts as all pixels differing."""
    if actual.shape != approved.shape:
        return ImageDifference(1.0, 255)
    diff = np.abs(actual.astype(np.int16) - approved.astype(np.int16)).max(axis=2)
    return ImageDifference(float((diff > threshold).mean()), int(diff.max()))


def check_against_approved(image: QtGui.QImage, name: str, max_share: float = MAX_SHARE,
                           threshold: int = THRESHOLD) -> ImageDifference:
    """Assert ``image`` matches ``approved/<name>.png``; write it and skip when it is not there yet.

    On a mismatch the rendered image is saved in the temporary folder and its path is in the message.
    """
    approved_path = APPROVED_DIR / f"{name}.png"
    if not approved_path.exists():
        APPROVED_DIR.mkdir(parents=True, exist_ok=True)
        assert image.save(str(approved_path), "PNG"), f"could not write {approved_path}"
        pytest.skip(f"{approved_path.name}: approved image created; review and commit it")
    approved = QtGui.QImage(str(approved_path))
    assert not approved.isNull(), f"{approved_path} is not a readable PNG"
    difference = compare(image_array(image), image_array(approved), threshold)
    if not difference.within(max_share):
        out = Path(tempfile.gettempdir()) / "township-canvas-images" / f"{name}.actual.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out), "PNG")
        pytest.fail(f"{name}: {difference.share_differing:.2%} of pixels differ by more than "
                    f"{threshold} (allowed {max_share:.0%}); rendered image saved to {out}")
    return difference
