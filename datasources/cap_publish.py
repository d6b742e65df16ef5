"""Publishing an issued CAP message to an MQTT broker, so that other systems (sirens, the county's platform,
the village loudspeakers) receive it: one message at QoS 1 (the broker acknowledges it) with paho-mqtt 2.x.

The broker is named by a URL: ``mqtt://host:port`` (1883 by default), ``mqtts://`` for TLS (8883),
``mqtt://user@host`` with the password from ``TOWNSHIP_MQTT_PASSWORD`` (never on the command line).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError

DEFAULT_TOPIC = "township/cap"
PASSWORD_VARIABLE = "TOWNSHIP_MQTT_PASSWORD"


class PublishFailed(DataSourceError):
    """The broker did not take the message."""

    def __init__(self, problem: str, advice: str = "", **params) -> None:
        super().__init__(None, problem, advice, **params)


@dataclass(frozen=True)
class Broker:
    host: str
    port: int
    tls: bool = False
    username: str | None = None

    def __str__(self) -> str:
        return f"{'mqtts' if self.tls else 'mqtt'}://{self.host}:{self.port}"


def parse_broker(url: str) -> Broker:
    """The broker of ``mqtt://host[:port]`` or ``mqtts://...`` (:class:`PublishFailed` for anything else)."""
    parts = urlsplit(str(url).strip())
    if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname or parts.password:
        raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "{url!r} is not an MQTT broker address"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Give it as mqtt://host:port (a password "
                                              "in TOWNSHIP_MQTT_PASSWORD, not in the address)."), url=url)
    tls = parts.scheme == "mqtts"
    try:
        port = parts.port or (8883 if tls else 1883)
    except ValueError:
        raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "{url!r} has no valid port"), url=url) from None
    return Broker(parts.hostname, port, tls, parts.username)


def publish_cap(xml: bytes, broker: str, topic: str = DEFAULT_TOPIC, timeout: float = 10.0,
                retain: bool = False) -> None:
    """Publish ``xml`` to ``topic`` at QoS 1 and wait until the broker has acknowledged it.

    Raises
    ------
    PublishFailed
        The broker could not be reached, refused the connection, or did not acknowledge in ``timeout``
        seconds.
    """
    import paho.mqtt.client as mqtt

    where = parse_broker(broker)
    if not topic or any(c in topic for c in "#+\0"):
        raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "{topic!r} is not a topic to publish to"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Name one topic, such as township/cap."),
                            topic=topic)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"township-cap-{uuid.uuid4().hex[:12]}")
    if where.username:
        client.username_pw_set(where.username, os.environ.get(PASSWORD_VARIABLE))
    if where.tls:  # the CA and client certificate the live feed uses (the address's or TOWNSHIP_MQTT_*_FILE)
        from datasources.feeds.mqtt import apply_tls, broker_tls

        try:
            tls = broker_tls(str(broker).strip())
        except ValueError as exc:
            raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "the broker {broker} cannot be used "
                                                  "({error})"), broker=str(where), error=exc) from exc
        apply_tls(client, tls)
    try:
        client.connect(where.host, where.port, keepalive=30)
    except OSError as exc:
        raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "the broker {broker} cannot be reached "
                                              "({error})"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Check that it runs and its address; the "
                                              "alert file is written and recorded."),
                            broker=str(where), error=exc.strerror or exc) from exc
    client.loop_start()
    try:
        info = client.publish(topic, bytes(xml), qos=1, retain=retain)
        try:
            info.wait_for_publish(timeout)
        except (RuntimeError, ValueError) as exc:
            raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "the broker {broker} refused the "
                                                  "message ({error})"), broker=str(where), error=exc) from exc
        if not info.is_published():
            raise PublishFailed(QT_TRANSLATE_NOOP("DataSourceError", "the broker {broker} did not acknowledge "
                                                  "the alert within {seconds:g} s"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Publish it again; the alert file is "
                                                  "written and recorded."), broker=str(where), seconds=timeout)
    finally:
        client.disconnect()
        client.loop_stop()


__all__ = ["DEFAULT_TOPIC", "Broker", "PublishFailed", "parse_broker", "publish_cap"]
