"""Where the live feed comes from: the replay of the store's readings, or an MQTT broker (its address, the
topic issued CAP messages are published to, and whether the readings heard are written to the store)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtWidgets

from datasources.feeds.mqtt import parse_broker

DEFAULT_CAP_TOPIC = "township/cap"


@dataclass(frozen=True)
class FeedChoice:
    """The feed chosen: ``broker`` None is the replay of the store's readings."""

    broker: str | None
    cap_topic: str = DEFAULT_CAP_TOPIC
    store_readings: bool = True


class FeedSourceDialog(QtWidgets.QDialog):
    """Choose the live feed's source.

    Parameters
    ----------
    choice : FeedChoice
        What is used now.
    may_store : bool
        Whether the user may write readings to the store (else the box is off and disabled).
    """

    def __init__(self, choice: FeedChoice, may_store: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live feed source"))
        self.setObjectName("feed-source-dialog")
        self.replay = QtWidgets.QRadioButton(self.tr("Replay the readings kept in the store"))
        self.mqtt = QtWidgets.QRadioButton(self.tr("Listen to an MQTT broker (SensorThings observations)"))
        self.broker = QtWidgets.QLineEdit(choice.broker or "mqtt://127.0.0.1:1883")
        self.broker.setObjectName("feed-broker")
        self.broker.setPlaceholderText("mqtt://host:1883")
        self.topic = QtWidgets.QLineEdit(choice.cap_topic or DEFAULT_CAP_TOPIC)
        self.topic.setObjectName("feed-cap-topic")
        self.store = QtWidgets.QCheckBox(self.tr("Write the readings heard to the store"))
        self.store.setChecked(choice.store_readings and may_store)
        self.store.setEnabled(may_store)
        if not may_store:
            self.store.setToolTip(self.tr("Your role may not write sensor readings"))
        self.error = QtWidgets.QLabel()
        self.error.setObjectName("feed-source-error")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        (self.mqtt if choice.broker else self.replay).setChecked(True)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Broker address"), self.broker)
        form.addRow(self.tr("Topic of issued CAP messages"), self.topic)
        form.addRow("", self.store)
        self.broker_box = QtWidgets.QWidget()
        self.broker_box.setLayout(form)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this source"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.replay)
        layout.addWidget(self.mqtt)
        layout.addWidget(self.broker_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mqtt.toggled.connect(self.broker_box.setEnabled)
        self.broker_box.setEnabled(self.mqtt.isChecked())

    def choice(self) -> FeedChoice:
        """What the dialog says (raises ValueError for an address that is not a broker's)."""
        if self.replay.isChecked():
            return FeedChoice(None, self.topic.text().strip() or DEFAULT_CAP_TOPIC, False)
        address = self.broker.text().strip()
        host, port, _user, _password = parse_broker(address)
        topic = self.topic.text().strip() or DEFAULT_CAP_TOPIC
        if any(c in topic for c in "#+") or topic.startswith("$"):
            raise ValueError("topic")
        return FeedChoice(address if "://" in address else f"mqtt://{address}", topic,
                          self.store.isChecked() and self.store.isEnabled())

    def accept(self) -> None:  # noqa: D102 — a wrong address keeps the dialog open and says why
        try:
            self.choice()
        except ValueError as exc:
            if str(exc) == "topic":
                self.error.setText(self.tr("A topic to publish to has no # or + and does not start with $."))
            else:
                self.error.setText(self.tr("Not an MQTT broker address: write mqtt://host:port, for example "
                                           "mqtt://192.168.1.20:1883."))
            return
        super().accept()
