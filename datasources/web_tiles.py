"""Web basemaps: XYZ/WMTS URL templates, with a disk cache so the basemap still shows offline.

A :class:`TileService` says where tiles come from (the template, the key, the zoom range); a
:class:`FetchPolicy` how they are fetched; :class:`XYZSource` hands them out by XYZ numbering, as
:class:`datasources.tiles.MBTiles` does for a file. A township office is often offline: the source keeps
every tile it fetched on disk, and when the network fails it says so once, serves what is cached and
leaves the network alone for a while.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
from datasources.feedback import Feedback
from datasources.tiles import TileKey, image_format, parse_bounds

MAX_TILE_BYTES = 4 * 1024 * 1024
"""A tile larger than this is not an image tile; the download is dropped."""
_TOKENS = {"{z}": "z", "{x}": "x", "{y}": "y", "{-y}": "tms_y", "{s}": "s", "{key}": "key",
           "{tilematrix}": "z", "{tilecol}": "x", "{tilerow}": "y"}
_USER_AGENT = "TownshipConsole/0.1 (offline-first basemap cache)"


@dataclass(frozen=True)
class TileService:
    """A web tile service: where its tiles come from and what they cover.

    Parameters
    ----------
    template : str
        ``https://t{s}.tianditu.gov.cn/img_w/wmts?...&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}`` or
        ``https://host/{z}/{x}/{y}.png``. Placeholders: ``{z} {x} {y}``, ``{-y}`` (TMS row), ``{s}``
        (subdomain), ``{key}``, and the WMTS names ``{TileMatrix} {TileRow} {TileCol}``.
    key : str
        Put in place of ``{key}`` (e.g. a Tianditu token); never shown in ``repr``.
    subdomains : str or sequence of str, optional
        For ``{s}``; by default ``0``-``7`` for Tianditu and ``a b c`` otherwise.
    name : str, optional
        By default the host name.
    minzoom, maxzoom : int
    bounds : (west, south, east, north) in degrees, optional
    tile_size : int
        Pixels a side (256; 512 for "@2x" services).

    Raises
    ------
    ValueError
        The template is not an http(s) URL with ``{z}``, ``{x}`` and ``{y}``, names an unknown
        placeholder, or is a Tianditu layer in degrees.
    """

    template: str
    key: str = field(default="", repr=False)
    subdomains: tuple[str, ...] | str | None = None
    name: str | None = None
    minzoom: int = 0
    maxzoom: int = 18
    bounds: tuple[float, float, float, float] | None = None
    tile_size: int = 256

    def __post_init__(self) -> None:
        template = _check_template(self.template)
        host = urlsplit(template.replace("{s}", "a")).hostname or ""
        subdomains = self.subdomains
        if subdomains is None:
            subdomains = "01234567" if "tianditu" in host else "abc"
        fixed = {"template": template, "key": str(self.key), "subdomains": tuple(subdomains) or ("",),
                 "name": self.name or host or "XYZ basemap", "minzoom": int(self.minzoom),
                 "maxzoom": int(self.maxzoom), "tile_size": int(self.tile_size),
                 "bounds": parse_bounds(",".join(map(str, self.bounds))) if self.bounds else None}
        for name, value in fixed.items():
            object.__setattr__(self, name, value)


@dataclass(frozen=True)
class FetchPolicy:
    """How tiles are fetched: who the console says it is, how long it waits, when it tries again.

    Attributes
    ----------
    user_agent : str
    timeout : float
        Seconds per request.
    retry_after : float
        Seconds to leave the network alone after a failure; cached tiles are served meanwhile.
    """

    user_agent: str = _USER_AGENT
    timeout: float = 5.0
    retry_after: float = 60.0


class Notice(str):
    """A tile source's notice: its English sentence, with the :class:`DataSourceError` it says (``error``)."""

    def __new__(cls, error: DataSourceError) -> Notice:
        notice = super().__new__(cls, error.message)
        notice.error = error
        return notice


class XYZSource:
    """Tiles of a :class:`TileService`, kept in a disk cache so the basemap still shows offline.

    Parameters
    ----------
    service : TileService
    cache_dir : str or Path
        Tiles go to ``cache_dir/<template hash>/z/x/y.tile``; the key is not part of the hash.
    notify : callable(message), optional
        Told once when the network fails (and once more only after it worked again), with a
        :class:`Notice` (the English sentence; its ``error`` for the interface language); it may be
        called from a worker thread, so a GUI must hand the message to its own thread.
    policy : FetchPolicy, optional
    clock : callable, optional
        Monotonic seconds (tests pass their own).

    Attributes
    ----------
    template, key, subdomains, name, minzoom, maxzoom, bounds, tile_size :
        Those of ``service``.
    user_agent, timeout, retry_after :
        Those of ``policy``.
    """

    def __init__(self, service: TileService, cache_dir: str | Path,
                 notify: Callable[[str], None] | None = None, policy: FetchPolicy | None = None,
                 clock: Callable[[], float] = time.monotonic, approved: bool = True) -> None:
        if not isinstance(service, TileService):
            raise TypeError(f"an XYZSource needs a TileService, not {type(service).__name__}")
        policy = policy or FetchPolicy()
        self.service, self.policy = service, policy
        self.template, self.key, self.subdomains = service.template, service.key, service.subdomains
        self.name, self.bounds, self.tile_size = service.name, service.bounds, service.tile_size
        self.minzoom, self.maxzoom = service.minzoom, service.maxzoom
        self.user_agent, self.timeout = str(policy.user_agent), float(policy.timeout)
        self.retry_after = float(policy.retry_after)
        self.notify = notify or (lambda message: None)
        self.attribution = ""
        digest = hashlib.sha1(self.template.encode("utf-8")).hexdigest()[:16]
        self.cache_dir = Path(cache_dir) / digest
        self.requests_made = 0
        self.last_problem = ""
        self._clock = clock
        #: False for a basemap named in a file someone else made (a project): its host is not contacted
        #: (cached tiles still show) until the user allows it (:meth:`approve`).
        self.approved = bool(approved)
        self._offline_until = float("-inf")
        self._told = False
        self._absent: set[TileKey] = set()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<XYZSource {self.name!r} cache={self.cache_dir}>"

    @property
    def host(self) -> str:
        """The server the tiles would come from (the first of its subdomains)."""
        return urlsplit(self.template.replace("{s}", self.subdomains[0] or "a")).hostname or ""

    def approve(self) -> None:
        """The user allowed this basemap's host: tiles may be downloaded from now on."""
        self.approved = True
        self._absent.clear()

    @property
    def offline(self) -> bool:
        """True while the network is left alone after a failure (cached tiles are still served)."""
        return self._clock() < self._offline_until

    def url(self, z: int, x: int, y: int) -> str:
        """The URL of tile ``z/x/y``."""
        values = {"z": z, "x": x, "y": y, "tms_y": (1 << z) - 1 - y, "key": self.key,
                  "s": self.subdomains[(x + y) % len(self.subdomains)]}
        return re.sub(r"\{[^{}]*\}", lambda m: str(values[_TOKENS[m.group(0).lower()]]), self.template)

    def cache_path(self, z: int, x: int, y: int) -> Path:
        """Where tile ``z/x/y`` is kept on disk."""
        return self.cache_dir / str(z) / str(x) / f"{y}.tile"

    def cached(self, z: int, x: int, y: int) -> bytes | None:
        """The cached tile, without touching the network."""
        try:
            return self.cache_path(z, x, y).read_bytes() or None
        except OSError:
            return None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile from the cache, else from the network (unless offline); None when unavailable."""
        if z < 0 or not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        data = self.cached(z, x, y)
        if data is not None or self.offline or (z, x, y) in self._absent:
            return data
        return self._download(z, x, y)

    def tiles(self, keys: Iterable[TileKey], feedback: Feedback | None = None,
              workers: int = 4) -> dict[TileKey, bytes | None]:
        """Several tiles: cached ones first, the rest downloaded a few at a time."""
        keys, feedback = list(keys), Feedback.of(feedback)
        found = {key: self.cached(*key) for key in keys}
        wanted = [key for key, data in found.items() if data is None]
        if not wanted or self.offline:
            feedback.progress(1.0, "basemap tiles from the cache")
            return found
        feedback.progress((len(keys) - len(wanted)) / len(keys), "downloading basemap tiles")

        def fetch(key: TileKey) -> bytes | None:
            return None if feedback.is_cancelled() else self.tile(*key)

        if workers <= 1:
            fetched = {key: fetch(key) for key in wanted}
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                fetched = dict(zip(wanted, pool.map(fetch, wanted), strict=True))
        found.update(fetched)
        feedback.progress(1.0, "basemap tiles ready")
        return found

    def _download(self, z: int, x: int, y: int) -> bytes | None:
        if not self.approved:  # never a request to a host the user has not allowed
            return None
        request = urllib.request.Request(self.url(z, x, y), headers={"User-Agent": self.user_agent})
        with self._lock:
            self.requests_made += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                data = response.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as exc:
            if exc.code in (204, 404):
                self._absent.add((z, x, y))
                return None
            return self._went_offline(QT_TRANSLATE_NOOP("DataSourceError", "the basemap server of {name} answered "
                                                        "with error {code}"),
                                      QT_TRANSLATE_NOOP("DataSourceError", "Check the key or the address; the "
                                                        "server is asked again in {seconds} s."),
                                      code=exc.code, reason=f"{exc.code} {exc.reason}")
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            return self._went_offline(QT_TRANSLATE_NOOP("DataSourceError", "the basemap server of {name} cannot "
                                                        "be reached ({reason})"),
                                      QT_TRANSLATE_NOOP("DataSourceError", "Cached tiles are shown; the server "
                                                        "is asked again in {seconds} s."),
                                      reason=str(getattr(exc, "reason", exc)))
        if not data or len(data) > MAX_TILE_BYTES or image_format(data) is None:
            return self._went_offline(QT_TRANSLATE_NOOP("DataSourceError", "the basemap server of {name} sent "
                                                        "something that is not an image tile"),
                                      QT_TRANSLATE_NOOP("DataSourceError", "Check the key or the address; the "
                                                        "server is asked again in {seconds} s."))
        self._store(self.cache_path(z, x, y), data)
        with self._lock:
            self._told = False
        return data

    def _went_offline(self, problem: str, advice: str, **params) -> None:
        """Go offline for ``retry_after`` seconds and tell it once: the notice is the English sentence, a
        :class:`Notice` whose ``error`` keeps the templates for the interface to translate."""
        error = DataSourceError(None, problem, advice, name=self.name, seconds=f"{self.retry_after:.0f}", **params)
        with self._lock:
            self._offline_until = self._clock() + self.retry_after
            self.last_problem = error.problem
            tell, self._told = not self._told, True
        if tell:
            self.notify(Notice(error))
        return None

    @staticmethod
    def _store(path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
            part.write_bytes(data)
            os.replace(part, path)
        except OSError:
            pass  # a cache that cannot be written only costs a download next time


def _check_template(template: str) -> str:
    template = str(template).strip()
    scheme = urlsplit(template.replace("{s}", "a")).scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"a basemap URL must start with http:// or https://, not {template[:40]!r}")
    tokens = {token.lower() for token in re.findall(r"\{[^{}]*\}", template)}
    unknown = sorted(tokens - set(_TOKENS))
    if unknown:
        raise ValueError(f"unknown placeholder(s) {', '.join(unknown)} in the basemap URL; "
                         f"use {{z}} {{x}} {{y}} {{-y}} {{s}} {{key}}")
    kinds = {_TOKENS[token] for token in tokens}
    if "z" not in kinds or "x" not in kinds or not kinds & {"y", "tms_y"}:
        raise ValueError("a basemap URL needs {z}, {x} and {y} (or {-y})")
    if "tianditu" in template.lower() and re.search(r"/[a-z]{3}_c/", template.lower()):
        raise ValueError("Tianditu '_c' layers are in degrees (EPSG:4490 tiles); use the '_w' "
                         "(Web Mercator) layer, e.g. img_w or vec_w")
    return template
