"""Logging in to the township store: the login dialog, the first administrator of a new store, and the lock
the console puts up after it has been left idle.

Every password check goes through :meth:`TownshipStore.login`, so each attempt (and each unlock) is in the
audit trail and counts towards the lockout after repeated failures.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from sqlalchemy.engine import make_url

from datasources.errors import AccountLocked, LoginFailed, LoginLimited, StoreError
from datasources.store.township_store import MIN_PASSWORD_LENGTH
from widgets.error_text import error_text
from widgets.message_bar import MessageBar, MessageLevel


def store_label(store) -> str:
    """A short name for the store: its file name, or database and host (never the password)."""
    url = make_url(store.url)
    if url.get_backend_name() == "sqlite":
        return QtCore.QFileInfo(url.database or "").fileName()
    return f"{url.database} @ {url.host}" + (f":{url.port}" if url.port else "")


def password_field() -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    field.setInputMethodHints(QtCore.Qt.InputMethodHint.ImhHiddenText
                              | QtCore.Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class _StoreDialog(QtWidgets.QDialog):
    """A form with a message bar above its buttons; ``session`` is set once the store lets the user in."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = None
        self.setModal(True)
        self.form = QtWidgets.QFormLayout()
        self.messages = MessageBar(self)
        # Parented now, so the button a subclass makes default is the dialog's default for Enter (an
        # unparented box left Qt to choose the message bar's hidden Details button, and Enter did nothing).
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.layout_ = QtWidgets.QVBoxLayout(self)

    def _finish_layout(self, intro: QtWidgets.QWidget | None = None) -> None:
        if intro is not None:
            self.layout_.addWidget(intro)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.messages)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _login(self, username: str, password: str) -> bool:
        """Ask the store; True when it let the user in (the reason is shown when not)."""
        try:
            self.session = self.store.login(username, password)
        except LoginLimited:  # the server's flood limit: "wrong password" would send them to try again
            flooded = QtCore.QCoreApplication.translate(
                "LoginDialog", "This workstation has made too many login attempts. Wait a minute and try again.")
            self.messages.push(flooded, MessageLevel.ERROR)
        except LoginFailed:
            wrong = QtCore.QCoreApplication.translate(  # one context for the three dialogs
                "LoginDialog", "The user name or the password is wrong. Check both and try again.")
            self.messages.push(wrong, MessageLevel.ERROR)
        except AccountLocked as exc:
            locked = QtCore.QCoreApplication.translate("LoginDialog", "This account cannot log in now.")
            self.messages.push(locked + "\n" + error_text(exc), MessageLevel.ERROR)
        except StoreError as exc:
            self.messages.push(error_text(exc), MessageLevel.ERROR)
        else:
            return True
        return False


def _intro(text: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    label.setWordWrap(True)
    return label


class LoginDialog(_StoreDialog):
    """User name and password for one store; after ``accept`` the ``session`` attribute is the login.

    Parameters
    ----------
    store : TownshipStore
        The store to log in to.
    username : str, optional
        A user name to fill in (e.g. the last one used).
    """

    def __init__(self, store, username: str = "", parent=None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("Log in — {store}").format(store=store_label(store)))
        self.username = QtWidgets.QLineEdit(username)
        self.password = password_field()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.login_button = self.buttons.addButton(self.tr("Log in"),
                                                   QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._finish_layout(_intro(self.tr("Log in to the township store {store}.").format(
            store=store_label(store))))
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        username = self.username.text().strip()
        if not username or not self.password.text():
            self.messages.push(self.tr("Enter your user name and your password."), MessageLevel.WARNING)
            return
        if self._login(username, self.password.text()):
            super().accept()
            return
        self.password.clear()
        self.password.setFocus()


class FirstAdministratorDialog(_StoreDialog):
    """Creates the first account of a store that has none (there is no default password).

    Parameters
    ----------
    store : TownshipStore
        A store without accounts; after ``accept`` ``session`` is the new administrator's login.
    """

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("First administrator — {store}").format(store=store_label(store)))
        intro = _intro(self.tr(
            "This store has no accounts yet. There is no default user and no default password: "
            "create the first administrator now. The administrator adds everyone else's accounts. "
            "Keep the password safe; it cannot be read back from the store."))
        self.username = QtWidgets.QLineEdit()
        self.display_name = QtWidgets.QLineEdit()
        self.password = password_field()
        self.repeat = password_field()
        self.password.setPlaceholderText(self.tr("At least {n} characters").format(
            n=MIN_PASSWORD_LENGTH))
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.create_button = self.buttons.addButton(self.tr("Create administrator"),
                                                    QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._finish_layout(intro)

    def problem(self) -> str:
        """What is still wrong with the form, or an empty string."""
        if not self.username.text().strip():
            return self.tr("Enter a user name.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ. Type the same password twice.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.messages.push(problem, MessageLevel.WARNING)
            return
        try:
            self.session = self.store.create_administrator(
                self.username.text().strip(), self.password.text(),
                self.display_name.text().strip() or None)
        except StoreError as exc:
            self.messages.push(self.tr("Could not create the administrator: {reason}").format(
                reason=error_text(exc)), MessageLevel.ERROR)
            return
        super().accept()


class IdleLockDialog(_StoreDialog):
    """The lock put over the console after it was left idle: only the same user's password opens it.

    It cannot be closed or escaped; "Quit" ends the console (``done(IdleLockDialog.QUIT)``).

    Parameters
    ----------
    store : TownshipStore
        The store the user is logged in to; the password is checked (and audited) by its ``login``.
    username : str
        Who is locked out.
    minutes : float, optional
        How long the console was idle, to say so.
    """

    QUIT = 2

    def __init__(self, store, username: str, minutes: float | None = None, parent=None) -> None:
        super().__init__(store, parent)
        self.user = username
        self.quit_requested = False
        self._leaving = False
        self.setWindowTitle(self.tr("Console locked"))
        self.setWindowFlags(QtCore.Qt.WindowType.Dialog | QtCore.Qt.WindowType.CustomizeWindowHint
                            | QtCore.Qt.WindowType.WindowTitleHint)
        intro = _intro(self.tr("The console was locked after {minutes} minutes without use. Enter the "
                               "password to go on.").format(minutes=f"{minutes:g}") if minutes
                       else self.tr("The console is locked. Enter the password to go on."))
        self.who = QtWidgets.QLabel(username)
        font = self.who.font()
        font.setBold(True)
        self.who.setFont(font)
        self.password = password_field()
        self.form.addRow(self.tr("User"), self.who)
        self.form.addRow(self.tr("Password"), self.password)
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"),
                                                    QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("Quit"),
                                                  QtWidgets.QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self.quit)
        self._finish_layout(intro)
        self.password.setFocus()

    def accept(self) -> None:
        if not self.password.text():
            self.messages.push(self.tr("Enter the password."), MessageLevel.WARNING)
            return
        ok = self._login(self.user, self.password.text())
        self.password.clear()
        if ok:
            self._leaving = True
            super().accept()

    def quit(self) -> None:
        """Give up: the caller ends the console."""
        self.quit_requested = self._leaving = True
        self.done(self.QUIT)

    def reject(self) -> None:
        """Escape does nothing: the lock is left only by the password or by quitting."""

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        if self._leaving:
            event.accept()
        else:
            event.ignore()
