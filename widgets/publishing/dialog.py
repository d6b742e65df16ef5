"""The "Publish web map" dialog: the layers that can be published with their fields to tick, the refusals
(fields holding names, ID numbers or phone numbers, layers never published) shown as they are chosen, the
page's title and the folder to write. Publishing itself is the desk's long task."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from layers.publishing.catalog import label_of, title_of
from layers.publishing.errors import folder_refusal
from layers.publishing.webmap import check

CHECKED = QtCore.Qt.CheckState.Checked
UNCHECKED = QtCore.Qt.CheckState.Unchecked


class PublishDialog(QtWidgets.QDialog):
    """Choose layers and fields of ``source`` (a :class:`~layers.publishing.catalog.LayerSource`).

    ``choice()`` gives layer -> fields; the OK button is enabled only while something is chosen and
    nothing chosen is refused.
    """

    def __init__(self, source, specs, title: str = "", folder: str = "", parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.specs = {spec.name: spec for spec in specs}
        self.refused: list = []
        self.setWindowTitle(self.tr("Publish web map"))
        self.setObjectName("publish-dialog")
        self.tree = QtWidgets.QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Layer or field")])
        self.tree.setObjectName("publish-layers")
        # the Chinese interface names layers and fields as residents will read them; the English one by
        # their names in the project
        chinese = self.tr("Layer or field") != "Layer or field"
        for spec in specs:
            item = QtWidgets.QTreeWidgetItem([title_of(spec.name) if chinese else spec.name])
            item.setData(0, QtCore.Qt.ItemDataRole.UserRole, spec.name)
            if spec.refused_reason:
                item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, self.tr("Never published: single records, or raw readings."))
            else:
                item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, UNCHECKED)
                for name in spec.fields:
                    child = QtWidgets.QTreeWidgetItem([label_of(name) if chinese else name])
                    child.setData(0, QtCore.Qt.ItemDataRole.UserRole, name)
                    child.setFlags(child.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, CHECKED if name in spec.defaults else UNCHECKED)
                    item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.itemChanged.connect(self._changed)
        self.title = QtWidgets.QLineEdit(title)
        self.folder = QtWidgets.QLineEdit(folder)
        browse = QtWidgets.QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QtWidgets.QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Folder"), where)
        self.refusals = QtWidgets.QLabel()
        self.refusals.setObjectName("publish-refusals")
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet("color: #b00020")
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                                  | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr("Tick the layers and the fields residents may see. Fields "
                                                  "holding names, ID numbers or phone numbers are refused.")))
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.refusals)
        layout.addWidget(self.buttons)
        self.folder.textChanged.connect(self._update)
        self.resize(620, 560)
        self._update()

    # ------------------------------------------------------------------ choosing
    def set_choice(self, choice: dict[str, list[str] | None]) -> None:
        """Tick the layers of ``choice`` (None: their default fields) and untick the rest."""
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            name = item.data(0, QtCore.Qt.ItemDataRole.UserRole)
            if not item.flags() & QtCore.Qt.ItemFlag.ItemIsEnabled:
                continue
            item.setCheckState(0, CHECKED if name in choice else UNCHECKED)
            fields = choice.get(name)
            for k in range(item.childCount()):
                child = item.child(k)
                field = child.data(0, QtCore.Qt.ItemDataRole.UserRole)
                wanted = field in self.specs[name].defaults if fields is None else field in fields
                child.setCheckState(0, CHECKED if wanted else UNCHECKED)
        self.tree.blockSignals(False)
        self._update()

    def choice(self) -> dict[str, list[str]]:
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) != CHECKED:
                continue
            out[item.data(0, QtCore.Qt.ItemDataRole.UserRole)] = [
                item.child(k).data(0, QtCore.Qt.ItemDataRole.UserRole) for k in range(item.childCount())
                if item.child(k).checkState(0) == CHECKED]
        return out

    def out_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text) if text else None

    def _browse(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Folder of the web map"),
                                                            self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _changed(self, *_args) -> None:
        self._update()

    def _update(self) -> None:
        choice = self.choice()
        self.refused = check(self.source, choice) if choice else []
        bad = {(r.layer, r.field) for r in self.refused}
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            for k in range(item.childCount()):
                child = item.child(k)
                refused = (item.data(0, QtCore.Qt.ItemDataRole.UserRole),
                           child.data(0, QtCore.Qt.ItemDataRole.UserRole)) in bad
                child.setForeground(0, QtGui.QBrush(QtGui.QColor("#b00020" if refused else "#000000")))
        self.tree.blockSignals(False)
        lines = [self.sentence(r) for r in self.refused]
        folder = self.out_folder()
        folder_bad = folder is not None and folder_refusal(folder) is not None
        if folder_bad:
            lines.append(self.tr("The folder {folder} exists and is not a published map's folder: a publication "
                                 "replaces its folder whole. Choose a new folder.").replace("{folder}", str(folder)))
        self.refusals.setText("\n".join(lines))
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(choice) and not self.refused and folder is not None and not folder_bad)

    def sentence(self, refusal) -> str:
        """A refusal in the interface's language, naming the layer and the field (the Chinese interface by
        their titles, as the list shows them)."""
        what = {"name": self.tr("persons' names"), "id_number": self.tr("ID numbers"),
                "phone": self.tr("phone numbers"), "column": self.tr("personal data (by its name)")}
        chinese = self.tr("Layer or field") != "Layer or field"
        layer = title_of(refusal.layer) if chinese else refusal.layer
        if refusal.what == "never":
            return self.tr("Layer {layer} is never published.").replace("{layer}", layer)
        field = label_of(refusal.field) if chinese else refusal.field
        return (self.tr("Layer {layer}, field {field} holds {what}: it is never published.")
                .replace("{layer}", layer).replace("{field}", field)
                .replace("{what}", what[refusal.what]))
