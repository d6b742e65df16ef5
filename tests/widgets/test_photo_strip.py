"""The report's photo strip shows small pictures read by the pixel-checked reader: a 62 KB PNG of
8000 x 7990 pixels is shown by its name, never decoded."""

from __future__ import annotations

import struct
import zlib

import numpy as np

from datasources.tiles import encode_png
from widgets.incidents.detail_parts import THUMBNAIL_PX, PhotoStrip


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_thumbnails_are_small_and_a_pixel_bomb_is_not_decoded(qtbot):
    bomb = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 8000, 7990, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(8001 * 7990), 9)) + _chunk(b"IEND", b""))
    picture = np.full((600, 900, 4), 255, dtype=np.uint8)
    strip = PhotoStrip()
    qtbot.addWidget(strip)
    strip.show_photos([{"name": "bomb.png", "data": bomb, "added_at": None, "added_by": "clerk"},
                       {"name": "site.png", "data": encode_png(picture), "added_at": None,
                        "added_by": "clerk"}])
    bomb_button, site_button = strip.buttons
    assert bomb_button.icon().isNull() and bomb_button.text() == "bomb.png"
    sizes = site_button.icon().availableSizes()
    assert sizes and max(sizes[0].width(), sizes[0].height()) <= THUMBNAIL_PX
