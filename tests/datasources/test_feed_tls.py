"""The live feed over TLS (mqtts://) to a real Mosquitto that asks for a client certificate: a CA, the
broker's certificate (for 127.0.0.1) and the console's are made here with the cryptography package. The
console with its certificate receives and acknowledges readings; without one, or trusting another CA, it
never subscribes; the files are taken from the address or from the environment."""

from __future__ import annotations

import datetime as dt
import ipaddress
import tempfile
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from paho.mqtt.enums import CallbackAPIVersion

from datasources.feeds import LiveFeed, MqttSource, demo_datastreams
from datasources.feeds.broker import Mosquitto
from datasources.feeds.mqtt import TlsFiles, broker_tls
from datasources.feeds.sensorthings import observation, observation_topic
from tests.datasources.feed_kit import Collector, needs_mosquitto, wait_for

pytestmark = needs_mosquitto
STREAMS = demo_datastreams()
RIVER = next(k for k, v in STREAMS.items() if v == ("WL-01", "level"))
NOW = dt.datetime.now(dt.UTC)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _certificate(subject: str, key, issuer: str, issuer_key, ca: bool = False, ip: str | None = None):
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(NOW - dt.timedelta(minutes=5)).not_valid_after(NOW + dt.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ip:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]),
                                        critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(folder: Path, name: str, certificate, key) -> tuple[str, str]:
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


@pytest.fixture(scope="module")
def pki():
    """A CA, the broker's certificate for 127.0.0.1, a client certificate of that CA, and another CA."""
    with tempfile.TemporaryDirectory(prefix="township-mqtt-tls-") as folder:
        folder = Path(folder)
        ca_key, other_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
        ca = _certificate("Township test CA", ca_key, "Township test CA", ca_key, ca=True)
        other = _certificate("Another CA", other_key, "Another CA", other_key, ca=True)
        server_key, client_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
        files = {"ca": _write(folder, "ca", ca, ca_key)[0], "other_ca": _write(folder, "other", other, other_key)[0]}
        files["server"], files["server_key"] = _write(
            folder, "server", _certificate("127.0.0.1", server_key, "Township test CA", ca_key, ip="127.0.0.1"),
            server_key)
        files["client"], files["client_key"] = _write(
            folder, "client", _certificate("console", client_key, "Township test CA", ca_key), client_key)
        yield files


@pytest.fixture
def tls_broker(pki, tmp_path):
    server = Mosquitto(tmp_path / "broker", tls={"cafile": pki["ca"], "certfile": pki["server"],
                                                 "keyfile": pki["server_key"]})
    server.start()
    try:
        yield server
    finally:
        server.kill()


def _publish(broker: Mosquitto, pki, messages) -> None:
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="tls-publisher", protocol=mqtt.MQTTv311)
    client.tls_set(ca_certs=pki["ca"], certfile=pki["client"], keyfile=pki["client_key"])
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    infos = [client.publish(topic, payload, qos=1) for topic, payload in messages]
    for info in infos:
        info.wait_for_publish(20)
    client.disconnect()
    client.loop_stop()


def test_readings_arrive_over_tls_with_the_consoles_certificate(tls_broker, pki):
    url = f"{tls_broker.url}?ca={pki['ca']}&cert={pki['client']}&key={pki['client_key']}"
    source = MqttSource(url, datastreams=STREAMS, client_id="tls-console")
    assert source.name == f"mqtts://127.0.0.1:{tls_broker.port}"
    feed = LiveFeed([source])
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(15)
        _publish(tls_broker, pki, [(observation_topic(RIVER), observation(NOW - dt.timedelta(minutes=m), 2.0 + m))
                                   for m in range(20)])
        wait_for(lambda: seen.count == 20)
    assert sorted(seen.frame()["value"]) == [2.0 + m for m in range(20)]


@pytest.mark.parametrize("case", ["no client certificate", "another CA", "plain mqtt"])
def test_a_console_the_broker_or_it_does_not_trust_never_subscribes(tls_broker, pki, case):
    base = f"mqtts://127.0.0.1:{tls_broker.port}"
    url = {"no client certificate": f"{base}?ca={pki['ca']}",
           "another CA": f"{base}?ca={pki['other_ca']}&cert={pki['client']}&key={pki['client_key']}",
           "plain mqtt": f"mqtt://127.0.0.1:{tls_broker.port}"}[case]
    source = MqttSource(url, datastreams=STREAMS, client_id=f"tls-refused-{case.replace(' ', '-')}")
    feed = LiveFeed([source])
    with feed:
        assert not source.subscribed.wait(3)
        assert not source.meter.snapshot().up


def test_the_tls_files_come_from_the_address_or_the_environment(pki):
    assert broker_tls("mqtt://127.0.0.1:1883") is None
    assert broker_tls("mqtts://broker.example:8883", {}) == TlsFiles()  # the system's CAs, no certificate
    environ = {"TOWNSHIP_MQTT_CA_FILE": pki["ca"], "TOWNSHIP_MQTT_CERT_FILE": pki["client"],
               "TOWNSHIP_MQTT_KEY_FILE": pki["client_key"]}
    assert broker_tls("mqtts://b:8883", environ) == TlsFiles(pki["ca"], pki["client"], pki["client_key"])
    assert broker_tls(f"mqtts://b:8883?ca={pki['other_ca']}", environ).ca == pki["other_ca"]
    with pytest.raises(ValueError, match="does not exist"):
        broker_tls("mqtts://b:8883?ca=/nonexistent/ca.pem", {})
    with pytest.raises(ValueError, match="needs its key"):
        broker_tls(f"mqtts://b:8883?cert={pki['client']}", {})


def test_a_cap_alert_is_published_over_tls_with_the_same_files(tls_broker, pki, monkeypatch):
    from datasources.cap_publish import PublishFailed, publish_cap

    for variable, name in (("TOWNSHIP_MQTT_CA_FILE", "ca"), ("TOWNSHIP_MQTT_CERT_FILE", "client"),
                           ("TOWNSHIP_MQTT_KEY_FILE", "client_key")):
        monkeypatch.setenv(variable, pki[name])
    publish_cap(b"<alert/>", tls_broker.url, "township/cap")  # acknowledged by the broker over TLS
    monkeypatch.delenv("TOWNSHIP_MQTT_CERT_FILE")
    monkeypatch.delenv("TOWNSHIP_MQTT_KEY_FILE")
    with pytest.raises(PublishFailed):  # no client certificate: the broker refuses
        publish_cap(b"<alert/>", tls_broker.url, "township/cap", timeout=3)
