"""The publications: their history (who drafted which layers when, who decided) with what each changed
since the approved one before it, and — for the office head — approving or rejecting a draft."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError

STATUS_WORDS = {"draft": QtCore.QT_TRANSLATE_NOOP("PublicationsDialog", "draft"),
                "approved": QtCore.QT_TRANSLATE_NOOP("PublicationsDialog", "approved"),
                "rejected": QtCore.QT_TRANSLATE_NOOP("PublicationsDialog", "rejected")}


class PublicationsDialog(QtWidgets.QDialog):
    """The publications of ``session`` (``session.publications``); ``approving`` shows drafts only, with
    Approve and Reject. Every decision is the store's (refusals come back as exceptions, shown by
    ``failed``)."""

    decided = QtCore.Signal(int, str)
    failed = QtCore.Signal(object)

    def __init__(self, session, approving: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.approving = approving
        self.setObjectName("publications-dialog")
        self.setWindowTitle(self.tr("Approve publication") if approving else self.tr("Publications"))
        self.table = QtWidgets.QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Title"), self.tr("Status"),
                                              self.tr("Drafted by"), self.tr("Decided by")])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.changes = QtWidgets.QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setObjectName("publication-changes")
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (required to reject)"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(QtWidgets.QLabel(self.tr("What changed since the last approved publication")))
        layout.addWidget(self.changes, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.approve_button = buttons.addButton(self.tr("Approve"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.reject_button = buttons.addButton(self.tr("Reject"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        for widget in (self.note, self.approve_button, self.reject_button):
            widget.setVisible(approving)
        if approving:
            layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        frame = self.session.publications.history()
        if self.approving:
            frame = frame[frame["status"] == "draft"]
        self.rows = list(frame.index)
        self.table.setRowCount(len(frame))
        for r, (pub_id, row) in enumerate(frame.iterrows()):
            status = QtCore.QCoreApplication.translate("PublicationsDialog", STATUS_WORDS.get(row["status"],
                                                                                              row["status"]))
            drafted = f"{row['drafted_by']} {row['drafted_at']:%Y-%m-%d %H:%M}"
            decided = f"{row['decided_by']} {row['decided_at']:%Y-%m-%d %H:%M}" if row["decided_by"] else ""
            for c, text in enumerate((str(pub_id), row["title"], status, drafted, decided)):
                self.table.setItem(r, c, QtWidgets.QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.rows[rows[0].row()]) if rows else None

    def _selected(self) -> None:
        pub_id = self.selected_id()
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(pub_id is not None)
        if pub_id is None:
            self.changes.setPlainText("")
            return
        self.changes.setPlainText("\n".join(self.describe(self.session.publications.changes(pub_id),
                                                          self.session.publications.get(pub_id))))

    def describe(self, diff: dict, publication: dict) -> list[str]:
        """What changed, in the interface's language (the Chinese one names layers by their titles)."""
        chinese = self.tr("Publications") != "Publications"
        known = {**{n: n for n in diff["layers_removed"]}, **publication["layers"]}

        def name(n: str) -> str:
            entry = known.get(n)
            return entry["title"] if chinese and isinstance(entry, dict) and entry.get("title") else n

        lines = [self.tr("Layers: {layers}").replace("{layers}", ", ".join(
            f"{name(n)} ({entry['features']})" for n, entry in publication["layers"].items()))]
        if diff["first"]:
            return [*lines, self.tr("The first publication.")]
        since = self.tr("Since publication No. {id}:").replace("{id}", str(diff["since"]))
        lines.append(since)
        lines += [self.tr("layer added: {name}").replace("{name}", name(n)) for n in diff["layers_added"]]
        lines += [self.tr("layer removed: {name}").replace("{name}", name(n)) for n in diff["layers_removed"]]
        lines += [self.tr("{layer}: fields added {fields}").replace("{layer}", name(n))
                  .replace("{fields}", ", ".join(f)) for n, f in diff["fields_added"].items()]
        lines += [self.tr("{layer}: fields removed {fields}").replace("{layer}", name(n))
                  .replace("{fields}", ", ".join(f)) for n, f in diff["fields_removed"].items()]
        lines += [self.tr("{layer}: features {old} → {new}").replace("{layer}", name(n)).replace("{old}", str(a))
                  .replace("{new}", str(b)) for n, (a, b) in diff["features"].items()]
        if len(lines) == 2:
            lines.append(self.tr("no change in layers, fields or feature counts"))
        return lines

    def decide(self, status: str) -> None:
        pub_id = self.selected_id()
        if pub_id is None:
            return
        try:
            current = self.session.publications.get(pub_id)
            if status == "approved":
                self.session.publications.approve(pub_id, current["version"], self.note.text())
            else:
                self.session.publications.reject(pub_id, current["version"], self.note.text())
        except DataSourceError as exc:  # the store's refusal, conflict or workflow objection: shown
            self.failed.emit(exc)
            return
        self.decided.emit(pub_id, status)
        self.note.clear()
        self.refresh()
