"""The township store in the window: logging in, store layers that can be edited (with undo, redo and a
conflict dialog), the reporter's personal data on request, the audit log, accounts, and the idle lock.

Every check happens in the store; this module only offers what the logged-in role may use, so a refused
action is rare and, when it happens, is a message, never a crash. The desk reaches the window only
through its :class:`~console.workbench.Workbench`; it builds its menus when someone logs in.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from console.store_layers import add_store_layer, reload_store_layers, store_layers
from datasources.errors import DataSourceError, EditConflict
from datasources.incident_vocabulary import PROTECTED_FIELDS
from datasources.store.permissions import FEATURE_KINDS, Action, Right
from layers.code_lists import export_headers, label, layer_title
from widgets.message_bar import MessageLevel
from widgets.save_paths import remember_folder, save_path
from widgets.ui_text import edit_step_text

IDLE_MINUTES = 10
READ_ONLY_COLUMNS = {"version", "updated_at", "updated_by", "reporter_name", "reporter_phone",
                     "reporter_id_number", "_problem"}


def open_store_session(parent, target, key_dir: Path | None = None):
    """Open the store at ``target`` and log in (or create the first administrator); None if cancelled."""
    from datasources.store import TownshipStore
    from widgets.store.login_dialog import FirstAdministratorDialog, LoginDialog

    store = TownshipStore(target, key_folder=key_dir)
    dialog = (LoginDialog(store, parent=parent) if store.has_users()
              else FirstAdministratorDialog(store, parent=parent))
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.session


def make(workbench) -> StoreDesk:
    return StoreDesk(workbench)


class StoreDesk(QtCore.QObject):
    """What the window offers once a user is logged in to the store (nothing before).

    Parameters
    ----------
    workbench : Workbench
        Its ``session`` is the store session; the desk builds itself when ``session_changed`` says so.
    idle_minutes : float
        Lock the window after this long without keyboard or mouse input.
    """

    def __init__(self, workbench, idle_minutes: float = IDLE_MINUTES) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.session = None
        self.history = None
        self.idle_minutes = idle_minutes
        self.last_input = time.monotonic()
        self.locked = False
        self.idle_timer = QtCore.QTimer(self, interval=15_000)
        self.idle_timer.timeout.connect(self.check_idle)
        workbench.session_changed.connect(self._logged_in)
        workbench.table_opened.connect(self.attach_table)
        if workbench.session is not None:
            self._logged_in(workbench.session)

    @property
    def layers(self) -> dict:
        """The store layers on the map, by store kind."""
        return store_layers(self.workbench.project)

    def _logged_in(self, session) -> None:
        if session is None or self.session is not None:  # one login per window
            return
        from layers.edit_history import EditHistory

        self.session = session
        self.history = EditHistory(session)
        self.history.changed.connect(self._history_changed)
        self._build_menu()
        self._build_status()
        QtWidgets.QApplication.instance().installEventFilter(self)
        self.last_input = time.monotonic()
        self.idle_timer.start()
        for kind in self.workbench.project.settings.get("store_layers", []):
            if kind in FEATURE_KINDS:
                self._add_saved_layer(kind)

    def _add_saved_layer(self, kind: str) -> None:
        """Show again a store layer the project had when it was saved (if the role may read it)."""
        try:
            self.add_layer(kind)
        except DataSourceError as exc:
            self.workbench.push_exception(exc)

    # ------------------------------------------------------------------ menus
    def _build_menu(self) -> None:
        w = self.workbench
        edit = w.menu("edit", self.tr("&Edit"))
        self.undo_action = w.action(self.tr("&Undo"), self.undo, QtGui.QKeySequence.StandardKey.Undo)
        self.redo_action = w.action(self.tr("&Redo"), self.redo, QtGui.QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        menu = w.menu("database", self.tr("&Database"))
        self.menu = menu
        add = menu.addMenu(self.tr("Add layer from the store"))
        for kind in FEATURE_KINDS:
            if kind != "sensor_readings" and self.session.can(Action.read(kind),
                                                              self.session.caller.village_code):
                add.addAction(w.action(_kind_label(kind), lambda k=kind: self.add_layer(k)))
        self.personal_action = w.action(self.tr("Show the reporter's personal data…"), self.show_personal)
        self.export_action = w.action(self.tr("Export store layer…"), self.export_layer)
        self.personal_action.setEnabled(self._may(Right.UNMASK_PERSONAL))  # offered only when allowed
        self.export_action.setEnabled(self._may(Right.EXPORT))
        menu.addAction(self.personal_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        self.audit_action = w.action(self.tr("Audit log…"), self.open_audit_log)
        self.users_action = w.action(self.tr("Users and roles…"), self.open_users)
        self.audit_action.setEnabled(self._may(Right.VIEW_AUDIT))
        self.users_action.setEnabled(self._may(Right.MANAGE_USERS))
        menu.addAction(self.audit_action)
        menu.addAction(self.users_action)
        menu.addSeparator()
        menu.addAction(w.action(self.tr("Lock now"), self.lock, "Ctrl+L"))
        self._history_changed()

    def _may(self, right: Right) -> bool:
        return self.session.can(Action(right), self.session.caller.village_code)

    def _build_status(self) -> None:
        caller = self.session.caller
        role = label("role", caller.role)  # in the interface language
        scope = f" · {caller.village_code}" if caller.village_code else ""
        self.user_label = QtWidgets.QLabel(f"{caller.username} ({role}{scope})")
        self.user_label.setToolTip(self.tr("Logged in to the township store"))
        self.workbench.add_status_widget(self.user_label)

    # ------------------------------------------------------------------ store layers
    def add_layer(self, kind: str):
        """Show the store's ``kind`` as a layer (the user's view: scoped, personal data masked)."""
        return add_store_layer(self.workbench, kind)

    def reload(self, kind: str) -> None:
        reload_store_layers(self.workbench, kind)

    def attach_table(self, table) -> None:
        """Make a store layer's attribute table editable where the role allows it."""
        kind = getattr(table.layer, "store_kind", None)
        if kind not in FEATURE_KINDS:  # not a store layer, or a desk's live view of one (read only)
            return
        if self.session is None or not self.session.can(Action.edit(kind),
                                                                         self.session.caller.village_code):
            return
        table.model.editor = self.edit_cell
        table.model.editable_columns = set(table.model.columns) - READ_ONLY_COLUMNS - (
            set(PROTECTED_FIELDS) if kind == "incidents" else set())  # the desk's steps change those

    def edit_cell(self, layer, row: int, column: str, value) -> None:
        kind = layer.store_kind
        feature_id = int(layer.data.index[row])
        version = int(layer.data["version"].iat[row])
        self.save(kind, feature_id, {column: value}, version)

    def save(self, kind: str, feature_id: int, changes: dict, version: int) -> bool:
        """Save through the undo history; a conflict opens the dialog. True when something was saved."""
        from widgets.store.conflict_dialog import EditConflictDialog

        try:
            self.history.update(kind, feature_id, changes, version)
            return True
        except EditConflict as conflict:
            dialog = EditConflictDialog(conflict, self.workbench.dialog_parent)
            dialog.exec()
            if dialog.choice == "mine":
                self.history.update(kind, feature_id, conflict.mine, int(conflict.theirs["version"]))
                return True
            return False
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return False
        finally:
            self.reload(kind)

    # ------------------------------------------------------------------ undo / redo
    def undo(self) -> None:
        self._step(self.history.undo)

    def redo(self) -> None:
        self._step(self.history.redo)

    def _step(self, step) -> None:
        try:
            done = step()
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        self.reload(done.kind)

    def _history_changed(self, *args) -> None:
        self.undo_action.setEnabled(self.history.can_undo)
        self.redo_action.setEnabled(self.history.can_redo)
        self.undo_action.setText(self.tr("&Undo {0}").format(edit_step_text(self.history.undo_step)).strip())
        self.redo_action.setText(self.tr("&Redo {0}").format(edit_step_text(self.history.redo_step)).strip())

    # ------------------------------------------------------------------ personal data, exports
    def selected_incident(self) -> int | None:
        layer = self.layers.get("incidents")
        if layer is None or len(layer.selection) != 1:
            return None
        return int(layer.data.index[int(layer.selection[0])])

    def show_personal(self) -> None:
        incident = self.selected_incident()
        if incident is None:
            self.workbench.push(MessageLevel.WARNING,
                                self.tr("Select one incident in the store's incidents layer first."))
            return
        reason, ok = QtWidgets.QInputDialog.getText(
            self.workbench.dialog_parent, self.tr("Personal data"),
            self.tr("Why do you need the reporter's personal data? (recorded in the audit log)"))
        if not ok:
            return
        try:
            plain = self.session.incidents.unmask(incident, reason)
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        QtWidgets.QMessageBox.information(
            self.workbench.dialog_parent, self.tr("Reporter of incident #{0}").format(incident),
            "\n".join(f"{name}: {value or '—'}" for name, value in plain.items()))

    def export_layer(self) -> None:
        kinds = list(self.layers) or ["incidents"]
        names = [_kind_label(k) for k in kinds]  # the layers as the tree names them
        name, ok = QtWidgets.QInputDialog.getItem(
            self.workbench.dialog_parent, self.tr("Export store layer"), self.tr("Layer"), names, 0, False)
        if not ok:
            return
        kind = kinds[names.index(name)] if name in names else name
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.workbench.dialog_parent, self.tr("Export to"), save_path(f"{_kind_label(kind)}.gpkg"),
            self.tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;Excel (*.xlsx)"))
        if path:
            remember_folder(path)
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> int | None:
        include = False
        if kind == "incidents" and self._may(Right.EXPORT_PERSONAL):
            answer = QtWidgets.QMessageBox.question(
                self.workbench.dialog_parent, self.tr("Personal data"),
                self.tr("Include the reporters' names, phone and ID numbers in the export? "
                        "The file will hold residents' personal data; the export is recorded."),
                QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
                QtWidgets.QMessageBox.StandardButton.No)
            include = answer == QtWidgets.QMessageBox.StandardButton.Yes
        try:
            labels = None
            if path.suffix.lower() in (".csv", ".xlsx"):  # headers in the reader's language above the field names
                layer = self.layers.get(kind)
                columns = layer.data.columns if layer is not None else self.session.features.read(kind).columns
                labels = export_headers(columns, kind)
            count = self.session.exports.write(kind, path, include_personal=include, confirmed=include,
                                               labels=labels, sheet=_kind_label(kind))
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return None
        self.workbench.push(MessageLevel.INFO, self.tr("Exported {0} features to {1}").format(count, path.name))
        return count

    # ------------------------------------------------------------------ administration
    def open_audit_log(self) -> None:
        from widgets.store.audit_log import AuditLogDialog

        self._dialog(AuditLogDialog)

    def open_users(self) -> None:
        from widgets.store.user_admin import UsersDialog

        self._dialog(UsersDialog)

    def _dialog(self, cls) -> None:
        try:
            dialog = cls(self.session, parent=self.workbench.dialog_parent)  # AuditLogDialog's second is its limit
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ------------------------------------------------------------------ idle lock
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check_idle(self) -> None:
        # also ends the session of an account the administrator disabled: the lock asks for the
        # password, the store says the account is disabled, and the user can only quit
        if not self.locked and (time.monotonic() - self.last_input >= self.idle_minutes * 60
                                or not self.session.account_active()):
            self.lock()

    def lock(self) -> bool:
        """Cover the window until the user's password is given again; False when they quit."""
        from widgets.store.login_dialog import IdleLockDialog

        self.locked = True
        try:
            dialog = IdleLockDialog(self.session.store, self.session.username, self.idle_minutes,
                                    parent=self.workbench.dialog_parent)
            unlocked = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        finally:
            self.locked = False
            self.last_input = time.monotonic()
        if not unlocked:
            self.workbench.close()
        return unlocked


_INPUT_EVENTS = {QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.MouseButtonPress,
                 QtCore.QEvent.Type.MouseMove, QtCore.QEvent.Type.Wheel}


def _kind_label(kind: str) -> str:
    return layer_title(kind)
