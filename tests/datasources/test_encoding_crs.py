"""Encoding choice for shapefile attributes and CRS inference from coordinate ranges."""

from __future__ import annotations

import pytest

from datasources.crs import infer_crs
from datasources.encoding import codepage_name, dbf_encoding, dbf_records_sample
from datasources.vector import open_vector


def _dbf(records: list[bytes], ldid: int = 0) -> bytes:
    width = max(len(r) for r in records) + 1
    header = bytearray(32)
    header[0] = 3
    header[4:8] = len(records).to_bytes(4, "little")
    header[8:10] = (32 + 32 + 1).to_bytes(2, "little")
    header[10:12] = width.to_bytes(2, "little")
    header[29] = ldid
    field = bytearray(32)
    field[:4] = b"NAME"
    field[11] = ord("C")
    field[16] = width - 1
    body = b"".join(b" " + r.ljust(width - 1) for r in records)
    return bytes(header + field) + b"\r" + body + b"\x1a"


@pytest.mark.parametrize(("declared", "codec"), [
    ("UTF-8", "utf-8"), ("GBK", "gb18030"), ("936", "gb18030"), ("CP936", "gb18030"),
    ("ANSI 1251", "cp1251"), ("88591", "iso8859-1"), ("65001", "utf-8"), (' "utf8" \n', "utf-8"),
])
def test_cpg_declarations(declared, codec):
    assert codepage_name(declared) == codec
    guess = dbf_encoding(_dbf([b"abc"]), declared.encode())
    assert guess.encoding == codec and not guess.guessed


def test_records_are_sampled_after_the_header():
    dbf = _dbf(["海口市".encode()])
    assert dbf_records_sample(dbf).strip() == "海口市".encode()


def test_detects_utf8_gbk_and_trusts_ldid_only_when_it_fits():
    names = ["海口市", "三亚市", "儋州市", "五指山市", "琼海市"]
    utf8 = dbf_encoding(_dbf([n.encode("utf-8") for n in names], ldid=0x57), None)
    assert utf8.encoding == "utf-8" and utf8.guessed
    gbk = dbf_encoding(_dbf([n.encode("gbk") for n in names]), None)
    assert gbk.encoding == "gb18030" and gbk.guessed
    cyrillic = "Благовещенск".encode("cp1251")
    assert dbf_encoding(_dbf([cyrillic] * 5, ldid=0xC9), None).encoding == "cp1251"
    ascii_only = dbf_encoding(_dbf([b"plain"], ldid=0x4D), None)
    assert ascii_only.encoding == "gb18030" and "ASCII" in ascii_only.reason
    assert dbf_encoding(None, None).encoding == "utf-8"


@pytest.mark.parametrize("zone", range(25, 46))
def test_every_zone_prefixed_gauss_kruger_zone(zone):
    easting = zone * 1_000_000 + 500_000
    guess = infer_crs((easting - 20_000, 3_000_000, easting + 20_000, 3_050_000))
    assert guess.crs == f"EPSG:{4513 + zone - 25}"


def test_lonlat_inference_covers_all_of_china_and_warns_about_gcj02():
    hainan_with_islands = (108.6, 3.8, 117.9, 20.2)
    guess = infer_crs(hainan_with_islands)
    assert guess.crs == "EPSG:4490" and "GCJ-02" in guess.warning
    assert infer_crs((-77.0, 38.0, -76.0, 39.0)).crs == "EPSG:4326"
    assert infer_crs((0, 0, 5000, 5000)).crs is None
    assert infer_crs((1, 1, 2, 2), name="wells_epsg4547.shp").crs == "EPSG:4547"


@pytest.mark.parametrize("name", ["tw_cwb_rain_stations_2013.json", "tw_epa_air_sites_2013.csv"])
def test_taiwan_station_lists_are_true_lonlat_without_the_gcj02_warning(real_data, name):
    """Station lists of Taiwan reach Kinmen, Matsu and Dongsha, so their extent overlaps the mainland's
    coast; their points still lie on Taiwan's islands, where no web-map offset applies."""
    src = open_vector(real_data / "tw" / name)
    assert src.crs == "EPSG:4326" and src.crs_assumed and "Taiwan" in src.crs_reason
    assert not any("GCJ-02" in w for w in src.warnings)


def test_gcj02_warning_stays_for_mainland_points_beside_taiwan():
    fujian_coast = [(118.08, 24.48), (119.3, 26.08), (118.6, 24.9)] * 10 + [(121.5, 25.0)]
    xs, ys = zip(*fujian_coast, strict=True)
    guess = infer_crs((min(xs), min(ys), max(xs), max(ys)), points=fujian_coast)
    assert guess.crs == "EPSG:4490" and "GCJ-02" in guess.warning
    taiwan = [(121.5, 25.03), (120.3, 22.6), (118.32, 24.43), (116.72, 20.7)]
    xs, ys = zip(*taiwan, strict=True)
    assert infer_crs((min(xs), min(ys), max(xs), max(ys)), points=taiwan).crs == "EPSG:4326"
