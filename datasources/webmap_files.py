"""The files of a published web map beside its page: Leaflet and its cluster plugin from the installed
``xstatic`` packages (never a CDN), the township's MBTiles basemap as ``tiles/z/x/y.png``, and a content
hash of everything written, so that a publication names exactly what it put out.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
from datasources.feedback import Feedback

LIB = "lib"
TILES = "tiles"
#: (the page's name of a file, the package it comes from, the file inside the package's data)
LIBRARY_FILES = (
    ("leaflet.js", "leaflet", "leaflet.js"),
    ("leaflet.css", "leaflet", "leaflet.css"),
    ("leaflet.markercluster.js", "leaflet_markercluster", "leaflet.markercluster.js"),
    ("MarkerCluster.css", "leaflet_markercluster", "MarkerCluster.css"),
    ("MarkerCluster.Default.css", "leaflet_markercluster", "MarkerCluster.Default.css"),
)


def _package_dir(name: str) -> Path:
    try:
        if name == "leaflet":
            import xstatic.pkg.leaflet as package
        else:
            import xstatic.pkg.leaflet_markercluster as package
    except ImportError as exc:
        raise DataSourceError(None, QT_TRANSLATE_NOOP("DataSourceError", "the Leaflet files are not installed"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Install xstatic-leaflet and "
                                                "xstatic-leaflet-markercluster.")) from exc
    return Path(package.BASE_DIR)


def write_library(out: Path) -> list[Path]:
    """Copy Leaflet (with its marker images) and the cluster plugin into ``out/lib``; the files written."""
    lib = out / LIB
    lib.mkdir(parents=True, exist_ok=True)
    written = []
    for target, package, name in LIBRARY_FILES:
        written.append(Path(shutil.copyfile(_package_dir(package) / name, lib / target)))
    images = _package_dir("leaflet") / "images"
    if images.is_dir():
        (lib / "images").mkdir(exist_ok=True)
        for image in sorted(images.iterdir()):
            written.append(Path(shutil.copyfile(image, lib / "images" / image.name)))
    return written


def write_tiles(mbtiles_path, out: Path, feedback: Feedback | None = None,
                max_zoom: int | None = None) -> dict | None:
    """Export the tiles of an MBTiles file as ``out/tiles/z/x/y.ext`` (XYZ rows); its zoom range, format
    and attribution, or None when the file holds no tiles."""
    from datasources.tiles import MBTiles, image_format

    feedback = Feedback.of(feedback)
    source = MBTiles(mbtiles_path)
    try:
        keys = source._query("SELECT zoom_level, tile_column, tile_row FROM tiles")
        if max_zoom is not None:
            keys = [k for k in keys if k[0] <= max_zoom]
        if not keys:
            return None
        extension = None
        for n, (z, x, tms_row) in enumerate(keys):
            if n % 200 == 0:
                feedback.check(mbtiles_path)
                feedback.progress(n / len(keys), f"tiles {n}/{len(keys)}")
            y = (1 << z) - 1 - tms_row
            data = source.tile(z, x, y)
            if data is None:
                continue
            kind = image_format(data) or "png"
            extension = extension or kind
            folder = out / TILES / str(z) / str(x)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{y}.{kind}").write_bytes(data)
        zooms = [k[0] for k in keys]
        return {"url": f"{TILES}/{{z}}/{{x}}/{{y}}.{extension or 'png'}", "minzoom": min(zooms),
                "maxzoom": max(zooms), "attribution": getattr(source, "attribution", None) or ""}
    finally:
        source.close()


def content_hash(out: Path) -> str:
    """SHA-256 over the relative paths and bytes of every file under ``out`` (sorted)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        digest.update(path.relative_to(out).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def replace_dir(staging: Path, out: Path) -> None:
    """Put the finished ``staging`` folder at ``out`` (an old publication there is replaced whole)."""
    if out.exists():
        old = out.with_name(out.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(out)


__all__ = ["LIB", "LIBRARY_FILES", "TILES", "content_hash", "replace_dir", "write_library", "write_tiles"]
