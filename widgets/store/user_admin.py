"""Account administration: the administrator adds users, changes their role and village, enables, disables
and unlocks accounts and sets passwords. Every change goes through the store, which checks the right and
writes a ``permission_change`` audit record; a refusal is shown in the dialog, never raised.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6 import QtCore, QtGui, QtWidgets

from datasources.errors import StoreError
from datasources.store.permissions import ROLES
from datasources.store.township_store import MIN_PASSWORD_LENGTH
from widgets.error_text import error_text
from widgets.message_bar import MessageBar, MessageLevel
from widgets.store.login_dialog import password_field
from widgets.township_time import to_township

USER, NAME, ROLE, VILLAGE, ACTIVE, LOCKED = range(6)
INACTIVE_COLOUR = "#9a9a9a"
LOCKED_COLOUR = "#fde2e1"


class UsersDialog(QtWidgets.QDialog):
    """The accounts of the store in a table, with a form for a new account or the selected one.

    Parameters
    ----------
    session : StoreSession
        An administrator's session (others see the store's refusal).
    """

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.accounts: list[dict] = []
        self.setWindowTitle(self.tr("Users"))
        self.table = QtWidgets.QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Village"), self.tr("Active"), self.tr("Locked")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QtWidgets.QPushButton(self.tr("New account"))
        self.active_button = QtWidgets.QPushButton(self.tr("Disable"))
        self.unlock_button = QtWidgets.QPushButton(self.tr("Unlock"))
        self.new_button.clicked.connect(self.new_account)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        actions = QtWidgets.QHBoxLayout()
        for button in (self.new_button, self.active_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.username, self.display_name = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.role, self.village = QtWidgets.QComboBox(), QtWidgets.QComboBox()
        for role in ROLES:
            self.role.addItem(self.role_name(role), role)
        self.village.addItem(self.tr("(whole township)"), None)
        self.password, self.repeat = password_field(), password_field()
        self.password.setPlaceholderText(self.tr("At least {n} characters").format(
            n=MIN_PASSWORD_LENGTH))
        self.form_box = QtWidgets.QGroupBox()
        form = QtWidgets.QFormLayout(self.form_box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.add_button = QtWidgets.QPushButton(self.tr("Add account"))
        self.save_role_button = QtWidgets.QPushButton(self.tr("Save role and village"))
        self.password_button = QtWidgets.QPushButton(self.tr("Set password"))
        self.add_button.clicked.connect(self.add_user)
        self.save_role_button.clicked.connect(self.save_role)
        self.password_button.clicked.connect(self.set_password)
        form_buttons = QtWidgets.QHBoxLayout()
        for button in (self.add_button, self.save_role_button, self.password_button):
            form_buttons.addWidget(button)
        form_buttons.addStretch(1)
        form.addRow(form_buttons)

        self.messages = MessageBar(self)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.messages)
        layout.addWidget(close)
        self.resize(760, 620)
        self._load_villages()
        self.reload()
        self.new_account()

    def role_name(self, role: str) -> str:
        """The role as the interface language names it."""
        return {"administrator": self.tr("Administrator"), "office_staff": self.tr("Office staff"),
                "planner": self.tr("Planner"), "emergency_desk": self.tr("Emergency desk"),
                "viewer": self.tr("Viewer"), "village_officer": self.tr("Village officer")
                }.get(role, role)

    # -- reading --------------------------------------------------------------------------------------
    def _load_villages(self) -> None:
        self.village_names: dict[str, str] = {}
        try:
            villages = self.session.features.read("villages")
        except StoreError as exc:
            self._error(exc)
            return
        for code, name in zip(villages["village_code"], villages["name_zh"], strict=True):
            self.village_names[code] = name
            self.village.addItem(f"{name} ({code})" if name else code, code)

    def reload(self, select: str | None = None) -> None:
        """Read the accounts again (keeping ``select``, or the selected one, selected)."""
        select = select or self.selected_user()
        try:
            self.accounts = self.session.accounts.users()
        except StoreError as exc:
            self._error(exc)
            for w in (self.new_button, self.active_button, self.unlock_button, self.form_box):
                w.setEnabled(False)
            return
        blocker = QtCore.QSignalBlocker(self.table)
        self.table.setRowCount(0)
        now = datetime.now(UTC)
        for account in self.accounts:
            row = self.table.rowCount()
            self.table.insertRow(row)
            locked = account["locked_until"]
            is_locked = locked is not None and locked > now
            village = account["village_code"]
            cells = [account["username"], account["display_name"] or "", self.role_name(account["role"]),
                     (self.village_names.get(village) or village) if village else "",
                     self.tr("yes") if account["active"] else self.tr("no"),
                     self.tr("until {time}").format(time=to_township(locked).strftime("%H:%M"))
                     if is_locked else (self.tr("failed logins: {n}").format(n=account["failed_logins"])
                                        if account["failed_logins"] else "")]
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, account["username"])
                if not account["active"]:
                    item.setForeground(QtGui.QBrush(QtGui.QColor(INACTIVE_COLOUR)))
                if is_locked:
                    item.setBackground(QtGui.QBrush(QtGui.QColor(LOCKED_COLOUR)))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        del blocker
        if select:
            self.select_user(select)
        self._selection_changed()

    def selected_user(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(QtCore.Qt.ItemDataRole.UserRole) if rows else None

    def account(self, username: str | None) -> dict | None:
        return next((a for a in self.accounts if a["username"] == username), None)

    def select_user(self, username: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, USER).text() == username:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        account = self.account(self.selected_user())
        editing = account is not None
        self.form_box.setTitle(self.tr("Account {user}").format(user=account["username"]) if editing
                               else self.tr("New account"))
        for w in (self.username, self.display_name):
            w.setReadOnly(editing)
        self.add_button.setVisible(not editing)
        self.save_role_button.setVisible(editing)
        self.password_button.setVisible(editing)
        self.active_button.setEnabled(editing)
        self.unlock_button.setEnabled(editing)
        self.password.clear()
        self.repeat.clear()
        if not editing:
            return
        self.username.setText(account["username"])
        self.display_name.setText(account["display_name"] or "")
        self.role.setCurrentIndex(max(0, self.role.findData(account["role"])))
        self.village.setCurrentIndex(max(0, self.village.findData(account["village_code"])))
        self.active_button.setText(self.tr("Disable") if account["active"] else self.tr("Enable"))

    # -- changing -------------------------------------------------------------------------------------
    def new_account(self) -> None:
        """Empty the form for a new account."""
        self.table.clearSelection()
        self._selection_changed()
        self.username.clear()
        self.display_name.clear()
        self.role.setCurrentIndex(max(0, self.role.findData("viewer")))
        self.village.setCurrentIndex(0)
        self.username.setFocus()

    def _password_problem(self) -> str:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ. Type the same password twice.")
        return ""

    def _error(self, exc: StoreError, context: str = "") -> None:
        self.messages.push(f"{context} {error_text(exc)}".strip(), MessageLevel.ERROR)

    def add_user(self) -> bool:
        """Add the account described by the form; True when the store accepted it."""
        username = self.username.text().strip()
        problem = "" if username else self.tr("Enter a user name.")
        problem = problem or self._password_problem()
        if problem:
            self.messages.push(problem, MessageLevel.WARNING)
            return False
        try:
            self.session.accounts.add(username, self.password.text(), self.role.currentData(),
                                  self.village.currentData(), self.display_name.text().strip() or None)
        except StoreError as exc:
            self._error(exc, self.tr("Could not add the account:"))
            return False
        self.reload(select=username)
        self.messages.push(self.tr("Account {user} added.").format(user=username), MessageLevel.SUCCESS)
        return True

    def save_role(self) -> bool:
        """Give the selected account the role and village chosen in the form."""
        username = self.selected_user()
        if username is None:
            return False
        try:
            self.session.accounts.set_role(username, self.role.currentData(), self.village.currentData())
        except StoreError as exc:
            self._error(exc, self.tr("Could not change the role:"))
            return False
        self.reload(select=username)
        self.messages.push(self.tr("{user} is now {role}.").format(
            user=username, role=self.role_name(self.role.currentData())), MessageLevel.SUCCESS)
        return True

    def set_password(self) -> bool:
        """Set the password typed in the form for the selected account."""
        username = self.selected_user()
        problem = self._password_problem()
        if username is None or problem:
            self.messages.push(problem or self.tr("Choose an account first."), MessageLevel.WARNING)
            return False
        try:
            self.session.accounts.set_password(username, self.password.text())
        except StoreError as exc:
            self._error(exc, self.tr("Could not set the password:"))
            return False
        self.password.clear()
        self.repeat.clear()
        self.messages.push(self.tr("New password set for {user}.").format(user=username), MessageLevel.SUCCESS)
        return True

    def toggle_active(self) -> bool:
        """Disable the selected account when it is active, enable it when it is not."""
        account = self.account(self.selected_user())
        if account is None:
            return False
        try:
            self.session.accounts.set_active(account["username"], not account["active"])
        except StoreError as exc:
            self._error(exc, self.tr("Could not change the account:"))
            return False
        self.reload(select=account["username"])
        return True

    def unlock(self) -> bool:
        """Lift the lock after failed logins from the selected account."""
        username = self.selected_user()
        if username is None:
            return False
        try:
            self.session.accounts.unlock(username)
        except StoreError as exc:
            self._error(exc, self.tr("Could not unlock the account:"))
            return False
        self.reload(select=username)
        self.messages.push(self.tr("{user} can log in again.").format(user=username), MessageLevel.SUCCESS)
        return True
