"""Reading a QGIS project received from elsewhere (``.qgs``, or the ``.qgz`` zip holding one), as hostile input.

The file is size-checked before it is read (a ``.qgz``: its members and what they unpack to, so a zip bomb
is refused before it is inflated), parsed with ``defusedxml`` (no entities, no external references: XXE is
refused), and turned into plain :class:`ReceivedLayer` records: the layer's provider and data source with
its file resolved (relative to the project, or absolute; a missing absolute path is looked for beside the
project, as when a county sends its folder), its CRS, whether it is shown (its box and its groups' boxes)
and its ``<maplayer>`` element for the style. What the console will make of them is
:mod:`layers.qgis_import`.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from datasources.errors import (
    QT_TRANSLATE_NOOP,
    Damaged,
    FileMissing,
    FileTooLarge,
    Unsafe,
    UnsupportedFormat,
)
from datasources.notes import Note

MAX_PROJECT_BYTES = 64 << 20
"""A project document larger than this (64 MiB unpacked) is refused; real ones are a few MB at most."""
MAX_MEMBERS = 1000
MAX_RATIO = 200
"""A ``.qgz`` member that would unpack to more than this many times its packed size is refused."""


@dataclass
class ReceivedLayer:
    """One layer of a received project, top first in drawing order.

    ``file`` is the data file found on this machine (None when missing or not a file), ``table`` the layer
    or table inside it (``layername=``, a GeoPackage raster's table), ``subset`` a provider filter.
    """

    id: str
    name: str
    kind: str
    provider: str
    datasource: str
    crs: str | None
    visible: bool
    element: Element
    file: Path | None = None
    table: str | None = None
    layer_index: int | None = None
    subset: str = ""
    notes: list[Note] = field(default_factory=list)


@dataclass
class ReceivedProject:
    path: Path
    crs: str | None
    extent: tuple | None
    layers: list[ReceivedLayer]
    notes: list[Note] = field(default_factory=list)
    title: str = ""


def read_qgis_project(path: str | Path) -> ReceivedProject:
    """Read ``path`` (``.qgs`` or ``.qgz``).

    Raises
    ------
    FileMissing, UnsupportedFormat, FileTooLarge, Unsafe, Damaged
        With one sentence saying what is wrong with the file.
    """
    path = Path(path)
    if not path.is_file():
        raise FileMissing(path, QT_TRANSLATE_NOOP("DataSourceError", "no such file"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the path."))
    suffix = path.suffix.lower()
    if suffix not in (".qgs", ".qgz"):
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "this is not a QGIS project (.qgs or .qgz)"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose a project saved by QGIS."))
    data = _project_bytes(path) if suffix == ".qgz" else _plain_bytes(path)
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the project declares XML entities or external "
                                                                "references ({reason}), which could read or "
                                                                "flood this computer"),
                     QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender to save it again from QGIS."),
                     reason=type(exc).__name__) from exc
    except (ParseError, ValueError) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the project is not well-formed XML ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender to save it again from QGIS."),
                      reason=str(exc)) from exc
    if root.tag != "qgis":
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "this XML is not a QGIS project "
                                                                           "(its root is <{tag}>)"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose a project saved by QGIS."),
                                tag=str(root.tag)[:40])
    return _project(path, root)


def _plain_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_PROJECT_BYTES:
        raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the project is {size:,} bytes, more than "
                                                                      "the {limit:,} a QGIS project can be"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Check that this is the project file."),
                           size=size, limit=MAX_PROJECT_BYTES)
    return path.read_bytes()


def _project_bytes(path: Path) -> bytes:
    advice = QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender to save it again from QGIS.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the archive holds {count:,} files"),
                             advice, count=len(members))
            projects = [m for m in members if m.filename.lower().endswith(".qgs") and not m.is_dir()]
            if len(projects) != 1:
                raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the archive holds {count} .qgs "
                                                                         "documents, not one"),
                              advice, count=len(projects))
            member = projects[0]
            if member.file_size > MAX_PROJECT_BYTES or member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "its project document would "
                                                                              "unpack to {size:,} bytes (a zip "
                                                                              "bomb?)"),
                                   advice, size=member.file_size)
            with archive.open(member) as stream:  # the declared size may lie: read no more than allowed
                data = stream.read(MAX_PROJECT_BYTES + 1)
            if len(data) > MAX_PROJECT_BYTES:
                raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "its project document unpacks "
                                                                              "to more than {limit:,} bytes"),
                                   advice, limit=MAX_PROJECT_BYTES)
            return data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the .qgz archive cannot be read ({reason})"),
                      advice, reason=str(exc)) from exc


# ---------------------------------------------------------------------- the document
def crs_of(srs: Element | None) -> str | None:
    """``EPSG:xxxx`` (or another authority's id, or WKT, or a PROJ string) of a ``<spatialrefsys>``."""
    if srs is None:
        return None
    authid = (srs.findtext("authid") or "").strip()
    if authid.upper().startswith("EPSG:") and authid[5:].isdigit():
        return authid.upper()
    for key in ("wkt", "proj4"):
        text = (srs.findtext(key) or "").strip()
        if text:
            return text
    return authid or None


def _project(path: Path, root: Element) -> ReceivedProject:
    maplayers = {(m.findtext("id") or "").strip(): m for m in root.iter("maplayer")}
    crs = crs_of(root.find("projectCrs/spatialrefsys"))
    extent = _extent(root.find("ProjectViewSettings/DefaultViewExtent"), attributes=True) \
        or _extent(root.find("mapcanvas/extent"))
    tree = root.find("layer-tree-group")
    order: list[tuple[str, str, bool]] = []
    notes: list[Note] = []
    if tree is not None:
        _walk(tree, True, order)
        custom = tree.find("custom-order")
        if custom is not None and custom.get("enabled") == "1":  # the render order set apart from the tree
            rank = {(i.text or "").strip(): n for n, i in enumerate(custom.findall("item"))}
            order.sort(key=lambda entry: rank.get(entry[0], len(rank)))
    else:  # no layer tree (a QGIS 2 project): the layers as listed
        order = [(lid, (m.findtext("layername") or lid), True) for lid, m in maplayers.items()]
    layers = []
    for lid, name, visible in order:
        element = maplayers.get(lid)
        if element is None:
            notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the layer tree names a layer {name!r} that the "
                                                                  "project does not describe; it was left out"),
                              name=name))
            continue
        layers.append(_layer(path, lid, name, visible, element))
    title = (root.findtext("title") or root.get("projectname") or "").strip()[:200]
    return ReceivedProject(path, crs, extent, layers, notes, title)


def _walk(group: Element, shown: bool, out: list) -> None:
    for child in group:
        checked = child.get("checked", "Qt::Checked") != "Qt::Unchecked"
        if child.tag == "layer-tree-group":
            _walk(child, shown and checked, out)
        elif child.tag == "layer-tree-layer":
            out.append((child.get("id", ""), child.get("name", ""), shown and checked))


def _extent(element: Element | None, attributes: bool = False) -> tuple | None:
    if element is None:
        return None
    try:
        keys = ("xmin", "ymin", "xmax", "ymax")
        values = tuple(float(element.get(k) if attributes else element.findtext(k)) for k in keys)
    except (TypeError, ValueError):
        return None
    return values if values[0] < values[2] and values[1] < values[3] else None


def _layer(path: Path, lid: str, name: str, visible: bool, element: Element) -> ReceivedLayer:
    provider = (element.findtext("provider") or "").strip()
    source = (element.findtext("datasource") or "").strip()
    layer = ReceivedLayer(lid, name or (element.findtext("layername") or lid), element.get("type", ""), provider,
                          source, crs_of(element.find("srs/spatialrefsys")), visible, element)
    if provider == "ogr":
        parts = source.split("|")
        file = parts[0]
        for option in parts[1:]:
            key, _, value = option.partition("=")
            if key == "layername":
                layer.table = value
            elif key == "layerid" and value.isdigit():
                layer.layer_index = int(value)
            elif key == "subset":
                layer.subset = value
        layer.file = resolve(file, path.parent, layer.notes)
    elif provider == "gdal":
        if source.upper().startswith("GPKG:"):
            file, _, table = source[5:].rpartition(":")
            if len(file) == 1 and file.isalpha():  # GPKG:C:/data/dem.gpkg with no table: the colon was the drive
                file, table = f"{file}:{table}", ""
            layer.table = table or None
            layer.file = resolve(file, path.parent, layer.notes)
        elif ":" in source.split("/")[0] and not PureWindowsPath(source).drive:
            layer.notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "its data source {source!r} is not a file "
                                                                        "the console can open"),
                                    source=source[:120]))
        else:
            layer.file = resolve(source, path.parent, layer.notes)
    return layer


def resolve(raw: str, folder: Path, notes: list[Note]) -> Path | None:
    """The file a project names, as found on this machine: relative to the project's folder, absolute, or
    (an absolute path from the sender's machine that is not here) by its name beside the project."""
    raw = unquote(raw.strip())
    if raw.startswith("file://"):
        raw = raw[7:]
    if raw.startswith("localized:"):
        raw = raw[len("localized:"):]
    if not raw or raw.startswith("/vsi"):
        notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "its data source {source!r} is not a file the "
                                                              "console can open"), source=raw[:120]))
        return None
    windows = PureWindowsPath(raw)
    absolute = bool(windows.drive) or raw.startswith(("/", "\\"))
    name = windows.name if windows.drive or "\\" in raw else PurePosixPath(raw).name
    candidates = [] if windows.drive else [Path(raw) if absolute else folder / raw]
    if absolute:
        candidates.append(folder / name)
    for candidate in candidates:
        if candidate.is_file():
            if absolute and candidate.parent == folder and Path(raw) != candidate:
                notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "{source} is not on this computer; the file "
                                                                      "of that name beside the project was used"),
                                  source=raw[:200]))
            return candidate.resolve()
    notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "its file {source} was not found"), source=raw[:200]))
    return None
