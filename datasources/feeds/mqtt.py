"""Readings from an MQTT broker (paho-mqtt 2): SensorThings observations and plain JSON devices.

The client keeps a persistent session (a fixed client id, clean session off) and subscribes at QoS 1, so the
broker queues what is published while the console is away or the connection is lost, and delivers it when
the client is back. paho's own network thread reconnects with back-off (0.1 s doubling up to ``max_delay``)
and every connection subscribes again. Its callbacks only put the raw message in a queue; the feed's worker
decodes the queue in batches (:meth:`MqttSource.drain`), so the network thread keeps up with the broker.

A QoS 1 message is acknowledged to the broker only once its reading is committed to the store (paho's manual
acknowledgements): the feed takes a :meth:`MqttSource.receipt` of what it drained and calls it after the
store batch that holds those readings is committed (at once when the feed writes no store). A console killed
between receipt and commit leaves the messages unacknowledged, and the broker delivers them again to the
session when it is back; the store keeps a reading once. Messages still unacknowledged count against the
broker's ``max_inflight_messages`` (the township's broker sets it to 0, no limit, as
``resources/scripts/mqtt_broker.sh`` does): with Mosquitto's default of 20 the feed would take 20 messages per
store batch.
"""

from __future__ import annotations

import getpass
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, unquote, urlsplit

import paho.mqtt.client as mqtt
import pandas as pd
from paho.mqtt.enums import CallbackAPIVersion

from datasources.feeds.batch import DEFAULT_LIMITS, Limits, Malformed, to_frame
from datasources.feeds.health import HealthMeter
from datasources.feeds.observations import TopicCache, decode_observations
from datasources.feeds.sensorthings import SENSORTHINGS_FILTER, JsonMapping, Row

DEFAULT_PORT = 1883
DEFAULT_TLS_PORT = 8883
#: The most messages decoded in one tick of the feed.
MAX_BATCH = 20_000
#: Where the files of a TLS connection are named when the address does not name them (``?ca=...``).
TLS_VARIABLES = {"ca": "TOWNSHIP_MQTT_CA_FILE", "cert": "TOWNSHIP_MQTT_CERT_FILE", "key": "TOWNSHIP_MQTT_KEY_FILE"}


def parse_broker(url: str) -> tuple[str, int, str | None, str | None]:
    """``mqtt://[user[:password]@]host[:port]`` (or ``mqtts://``, TLS, port 8883 by default) -> host, port,
    user, password."""
    parts = urlsplit(url if "://" in url else f"mqtt://{url}")
    if parts.scheme not in ("mqtt", "tcp", "mqtts", "ssl") or not parts.hostname:
        raise ValueError(f"not an MQTT broker address: {url!r} (mqtt://host:port or mqtts://host:port)")
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    tls = parts.scheme in ("mqtts", "ssl")
    return parts.hostname, parts.port or (DEFAULT_TLS_PORT if tls else DEFAULT_PORT), user, password


@dataclass(frozen=True)
class TlsFiles:
    """The files of a TLS connection: the CA that signed the broker's certificate (None: the system's
    CAs) and the client's certificate and key (None: no client certificate)."""

    ca: str | None = None
    cert: str | None = None
    key: str | None = None


def broker_tls(url: str, environ: Mapping[str, str] | None = None) -> TlsFiles | None:
    """None for ``mqtt://``; for ``mqtts://host:port?ca=CA.pem&cert=CLIENT.pem&key=CLIENT.key`` the files it
    names, else those of :data:`TLS_VARIABLES` (every file must exist; a certificate needs its key)."""
    parts = urlsplit(url if "://" in url else f"mqtt://{url}")
    if parts.scheme not in ("mqtts", "ssl"):
        return None
    environ = os.environ if environ is None else environ
    query = parse_qs(parts.query)
    files = {name: (query.get(name) or [environ.get(variable) or None])[0]
             for name, variable in TLS_VARIABLES.items()}
    for name, path in files.items():
        if path and not os.path.isfile(path):
            raise ValueError(f"the TLS {name} file {path} does not exist")
    if bool(files["cert"]) != bool(files["key"]):
        raise ValueError("a client certificate needs its key (cert and key, or neither)")
    return TlsFiles(**files)


def apply_tls(client: mqtt.Client, tls: TlsFiles | None) -> None:
    """Make ``client`` connect with TLS (certificate and host name checked) when ``tls`` is given."""
    if tls is not None:
        client.tls_set(ca_certs=tls.ca, certfile=tls.cert, keyfile=tls.key)


def default_client_id() -> str:
    """One console of one user on one machine: the same id every time, so the session is found again."""
    return f"township-console-{getpass.getuser()}-{socket.gethostname()}"[:64]


class MqttSource:
    """Readings from a broker.

    Parameters
    ----------
    broker : str
        ``mqtt://host:port``, or ``mqtts://host:port`` for TLS (the CA and the client's certificate and key
        named in the address, ``?ca=...&cert=...&key=...``, or in :data:`TLS_VARIABLES`, see
        :func:`broker_tls`).
    datastreams : mapping, optional
        SensorThings datastream id -> ``(sensor_code, parameter)``; None: no SensorThings subscription.
    mappings : iterable of JsonMapping
        Plain JSON devices.
    client_id : str, optional
        The session's id (default: :func:`default_client_id`).
    qos : int
        The subscription's QoS (1: nothing lost, duplicates possible and dropped by the feed).
    max_delay : float
        The longest wait between two connection attempts, in seconds.
    """

    kind = "mqtt"

    def __init__(self, broker: str, datastreams: Mapping[str, tuple[str, str]] | None = None,
                 mappings: Iterable[JsonMapping] = (), client_id: str | None = None, qos: int = 1,
                 limits: Limits = DEFAULT_LIMITS, max_delay: float = 2.0, keepalive: int = 10) -> None:
        self.host, self.port, self._user, self._password = parse_broker(broker)
        self.tls = broker_tls(broker)
        self.name = f"{'mqtts' if self.tls else 'mqtt'}://{self.host}:{self.port}"
        self.datastreams = dict(datastreams or {})
        self.sensorthings = datastreams is not None
        self.mappings = list(mappings)
        self.client_id = client_id or default_client_id()
        self.qos, self.limits, self.max_delay, self.keepalive = qos, limits, max_delay, keepalive
        self.meter = HealthMeter(self.name, self.kind)
        self.subscribed = threading.Event()
        #: monotonic times at which the subscription was (re)acknowledged by the broker
        self.subscribed_times: list[float] = []
        self._inbox: deque = deque()
        self._topics = TopicCache(self.datastreams)
        self._mids: deque = deque()  # (packet id, connection) of each message in the inbox, in its order
        self._drained: list[tuple[int, int]] = []  # of the messages drained and not yet in a receipt
        self._client: mqtt.Client | None = None
        self._connections = 0
        self._paused = False

    @property
    def filters(self) -> list[str]:
        return ([SENSORTHINGS_FILTER] if self.sensorthings else []) + [m.topic for m in self.mappings]

    def open(self) -> None:
        """Connect in paho's network thread (returns at once; a broker that is down is tried again)."""
        if self._client is not None:
            return
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=self.client_id, clean_session=False,
                             protocol=mqtt.MQTTv311, manual_ack=True)
        if self._user:
            client.username_pw_set(self._user, self._password)
        apply_tls(client, self.tls)
        client.reconnect_delay_set(min_delay=0.1, max_delay=self.max_delay)
        client.on_connect, client.on_disconnect = self._on_connect, self._on_disconnect
        client.on_connect_fail, client.on_message = self._on_connect_fail, self._on_message
        client.on_subscribe = self._on_subscribe
        client.suppress_exceptions = True
        self.meter.state(False, "connecting")
        self._paused = False
        self._client = client
        client.connect_async(self.host, self.port, keepalive=self.keepalive)
        client.loop_start()

    def pause(self) -> None:
        """Take no more messages (those that come are left unacknowledged: the broker delivers them again to
        the next connection of the session); what was taken can still be drained and acknowledged."""
        self._paused = True

    def close(self) -> None:
        """Disconnect (the broker keeps the session and queues for it) and stop the network thread."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.disconnect()
        finally:
            client.loop_stop()
        self.subscribed.clear()
        self.meter.state(False, "stopped")

    # paho's network thread -------------------------------------------------------------------------
    def _on_connect(self, client, _userdata, _flags, reason_code, _properties) -> None:
        if reason_code.is_failure:
            self.meter.state(False, f"refused: {reason_code}")
            return
        self._connections += 1
        if self._connections > 1:
            self.meter.reconnected()
        topics = [(topic, self.qos) for topic in self.filters]
        if topics:
            client.subscribe(topics)

    def _on_subscribe(self, _client, _userdata, _mid, reason_codes, _properties) -> None:
        if any(code.is_failure for code in reason_codes):
            self.meter.state(False, "subscription refused")
            return
        self.subscribed_times.append(time.monotonic())
        self.subscribed.set()
        self.meter.state(True, "")

    def _on_disconnect(self, _client, _userdata, _flags, reason_code, _properties) -> None:
        self.subscribed.clear()
        detail = "disconnected" if self._client is None else f"connection lost ({reason_code})"
        self.meter.state(False, detail)

    def _on_connect_fail(self, _client, _userdata) -> None:
        self.subscribed.clear()
        self.meter.state(False, f"cannot reach {self.host}:{self.port}")

    def _on_message(self, _client, _userdata, message) -> None:
        if self._paused:
            return
        # the packet id first: the worker pops as many of them as messages it popped
        self._mids.append((message.mid if message.qos == 1 else 0, self._connections))
        self._inbox.append((message._topic, message.payload))

    def receipt(self):
        """A callable that acknowledges to the broker every QoS 1 message drained since the last receipt
        (returns how many it acknowledged), or None when there is none. Messages of an earlier connection are
        not acknowledged: the broker delivered them again on this one, under packet ids of its own."""
        drained, self._drained = self._drained, []
        mids = [pair for pair in drained if pair[0]]
        if not mids:
            return None

        def acknowledge() -> int:
            client, connection = self._client, self._connections
            if client is None:
                return 0
            done = 0
            for mid, made_on in mids:
                if made_on == connection:
                    client.ack(mid, 1)
                    done += 1
            return done

        return acknowledge

    # the feed's worker -----------------------------------------------------------------------------
    def drain(self, now: datetime) -> list[Row] | pd.DataFrame:
        """Decode the messages received since the last call (a batch, or rows); the malformed ones are
        counted per topic."""
        items = []
        pop = self._inbox.popleft
        try:
            for _ in range(MAX_BATCH):  # a backlog (after a reconnect) is handed out in several batches
                items.append(pop())
        except IndexError:
            pass
        if not items:
            return []
        pop_mid = self._mids.popleft
        self._drained.extend(pop_mid() for _ in range(len(items)))
        self.meter.messages(len(items), now)
        if self.sensorthings:
            observations = [item for item in items if item[0].startswith(b"v1.1/")]
            others = [item for item in items if not item[0].startswith(b"v1.1/")] if len(observations) < len(
                items) else []
        else:
            observations, others = [], items
        rows: list[Row] = []
        for raw_topic, payload in others:
            topic = raw_topic.decode("utf-8", "replace")
            try:
                mapping = next((m for m in self.mappings if m.matches(topic)), None)
                if mapping is None:
                    raise Malformed("unmapped topic")
                rows.extend(mapping.decode(topic, payload, now, self.limits))
            except Malformed as bad:
                self.meter.error(topic, bad.reason)
        if not observations:
            return rows
        batch = decode_observations(observations, self._topics, now, self.meter.error, self.limits)
        return pd.concat([batch, to_frame(rows)], ignore_index=True) if rows else batch

    @property
    def pending(self) -> int:
        """Messages received and not yet decoded."""
        return len(self._inbox)
