"""A Mosquitto broker of one's own on 127.0.0.1, for the tests and the benchmark (stop, kill, restart it).

The same settings as ``resources/scripts/mqtt_broker.sh``: persistence on (saved every ``autosave`` seconds
and when stopped), queues not limited, the loopback only.
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path


def mosquitto_binary() -> str | None:
    """The mosquitto program, or None when it is not installed."""
    found = shutil.which("mosquitto")
    if found is None and os.access("/usr/sbin/mosquitto", os.X_OK):
        found = "/usr/sbin/mosquitto"
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


class Mosquitto:
    """A broker in ``folder`` (its config, queues and log) on ``port`` (default: a free one)."""

    def __init__(self, folder: Path, port: int | None = None, autosave: int = 1,
                 tls: dict[str, str] | None = None) -> None:
        binary = mosquitto_binary()
        if binary is None:
            raise FileNotFoundError("mosquitto is not installed (apt-get install mosquitto)")
        self.binary = binary
        self.folder = Path(folder)
        self.port = port or free_port()
        self.autosave = autosave
        #: TLS only (``cafile``, ``certfile``, ``keyfile``; with ``cafile`` a client certificate is required)
        self.tls = tls
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'mqtts' if self.tls else 'mqtt'}://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.folder / "mosquitto.log"

    def _config(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        config = self.folder / "mosquitto.conf"
        config.write_text("\n".join([
            f"user {getpass.getuser()}", f"listener {self.port} 127.0.0.1", "allow_anonymous true",
            "persistence true", f"persistence_location {self.folder}/", f"autosave_interval {self.autosave}",
            *([f"cafile {self.tls['cafile']}", f"certfile {self.tls['certfile']}",
               f"keyfile {self.tls['keyfile']}", "require_certificate true"] if self.tls else []),
            "max_queued_messages 1000000", "max_inflight_messages 0", "set_tcp_nodelay true",
            f"log_dest file {self.log}", "log_type error", "log_type warning", "log_type notice", ""]))
        return config

    def start(self, timeout: float = 10.0) -> Mosquitto:
        """Start it (again, with the queues it saved) and wait until it accepts connections."""
        if self.running:
            return self
        config = self._config()
        self.process = subprocess.Popen([self.binary, "-c", str(config)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while not _answers(self.port):
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto stopped at once: {self.log.read_text(errors='replace')[-800:]}")
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"mosquitto did not listen on port {self.port} within {timeout} s")
            time.sleep(0.02)
        return self

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop it the way a service manager does (SIGTERM: it saves its queues first)."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def kill(self) -> None:
        """Kill it at once (SIGKILL: what it has not saved yet is lost)."""
        if self.running:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self, kill: bool = False) -> None:
        self.kill() if kill else self.stop()
        self.start()

    def __enter__(self) -> Mosquitto:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()
