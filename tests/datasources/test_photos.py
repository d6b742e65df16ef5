"""Photos are taken as the pictures they show: a pixel bomb is refused before decoding, a file that only
starts like a PNG is refused, a polyglot loses what is behind the picture, EXIF (GPS) is gone."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
import rasterio
from rasterio.io import MemoryFile

from datasources.errors import Damaged, FileTooLarge
from datasources.photos import MAX_PIXELS, clean_photo, thumbnail
from datasources.tiles import encode_png


def picture(height=60, width=90) -> np.ndarray:
    rgba = np.zeros((height, width, 4), dtype=np.uint8)
    rgba[..., 0] = np.arange(width, dtype=np.uint8)[None, :]
    rgba[: height // 2, :, 1] = 200
    rgba[..., 3] = 255
    return rgba


def jpeg(rgb: np.ndarray) -> bytes:
    height, width, _ = rgb.shape
    with MemoryFile() as memfile:
        with memfile.open(driver="JPEG", width=width, height=height, count=3, dtype="uint8",
                          transform=rasterio.transform.Affine.translation(0, height)) as out:
            out.write(np.moveaxis(rgb, -1, 0))
        return memfile.read()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def exif_segment(orientation: int, secret: bytes) -> bytes:
    """An APP1 EXIF segment: IFD0 with the orientation and a GPS IFD (GPSLatitudeRef), then ``secret``."""
    entries = struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    entries += struct.pack("<HHII", 0x8825, 4, 1, 38)  # the GPS IFD follows IFD0
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 2) + entries + struct.pack("<I", 0)
    tiff += struct.pack("<H", 1) + struct.pack("<HHI4s", 1, 2, 2, b"N\x00\x00\x00") + struct.pack("<I", 0)
    body = b"Exif\x00\x00" + tiff + secret
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def decoded(data: bytes) -> np.ndarray:
    with MemoryFile(data) as memfile, memfile.open() as image:
        return image.read()


def test_a_pixel_bomb_is_refused_before_decoding():
    header = struct.pack(">IIBBBBB", 8000, 7990, 8, 0, 0, 0, 0)
    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(2_000_000), 9)) + chunk(b"IEND", b""))
    assert len(bomb) < 10_000 and 8000 * 7990 > MAX_PIXELS
    for call in (clean_photo, thumbnail):
        with pytest.raises(FileTooLarge, match="8000 x 7990 pixels"):
            call(bomb)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    b"%PDF-1.4\n",
], ids=["svg behind png magic", "svg", "pdf"])
def test_what_is_not_a_photo_is_refused(data):
    with pytest.raises(Damaged, match="not a JPEG or PNG photo") as caught:
        clean_photo(data, "evidence.png")
    assert str(caught.value).startswith("evidence.png: ")


def test_a_photo_cut_short_is_refused():
    good = encode_png(picture(300, 400))
    with pytest.raises(Damaged, match="not a JPEG or PNG photo"):
        clean_photo(good[: len(good) // 2], "cut.png")


def test_a_polyglot_keeps_only_its_picture():
    png = encode_png(picture())
    polyglot = png + b"PK\x03\x04" + b"a second file hidden behind the picture" * 20
    clean, media_type = clean_photo(polyglot, "photo.png")
    assert media_type == "image/png"
    assert b"PK\x03\x04" not in clean and b"hidden" not in clean
    assert np.array_equal(decoded(clean), decoded(png))


def test_exif_and_comments_are_gone_and_the_photo_is_upright():
    rgb = picture(40, 100)[..., :3]
    plain = jpeg(rgb)
    secret = b"GPS 30.2741N 120.1551E home of the reporter"
    comment = b"\xff\xfe" + struct.pack(">H", len(secret) + 2) + secret
    tagged = plain[:2] + exif_segment(6, secret) + comment + plain[2:]
    with MemoryFile(tagged) as memfile, memfile.open() as image:
        assert image.tags().get("EXIF_Orientation") == "6"  # GDAL reads what we wrote
    clean, media_type = clean_photo(tagged, "IMG_0001.JPG")
    assert media_type == "image/jpeg"
    assert b"Exif" not in clean and b"GPS" not in clean and secret not in clean
    with MemoryFile(clean) as memfile, memfile.open() as image:
        assert (image.width, image.height) == (40, 100)  # turned as the camera said
        assert not any(key.startswith("EXIF_") for key in image.tags())


def test_a_thumbnail_is_small_and_a_png():
    big = jpeg(picture(1200, 2000)[..., :3])
    small = thumbnail(big, 160)
    assert small.startswith(b"\x89PNG")
    with MemoryFile(small) as memfile, memfile.open() as image:
        assert max(image.width, image.height) == 160 and image.width > image.height


def test_the_store_keeps_only_the_cleaned_picture(tmp_path):
    from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, fill_township, make_store

    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    incident = fill_township(admin)["incidents"]["V1"]
    with pytest.raises(Damaged, match="not a JPEG or PNG photo"):
        admin.incidents.add_photo(incident, b"\x89PNG\r\n\x1a\n<svg onload='x()'/>", "fake.png")
    png = encode_png(picture())
    admin.incidents.add_photo(incident, png + b"PK\x03\x04 hidden archive", "polyglot.png")
    plain = jpeg(picture(40, 100)[..., :3])
    admin.incidents.add_photo(incident, plain[:2] + exif_segment(1, b"GPS secret") + plain[2:], "gps.jpg")
    kept = admin.incidents.photos(incident)
    assert [(p["name"], p["media_type"]) for p in kept] == [("polyglot.png", "image/png"),
                                                           ("gps.jpg", "image/jpeg")]
    assert kept[0]["data"] == png and b"hidden" not in kept[0]["data"]
    assert b"Exif" not in kept[1]["data"] and b"GPS" not in kept[1]["data"]
