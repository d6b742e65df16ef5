"""The running tasks in the status bar, like QGIS's task manager: one compact entry (name, progress, cancel)
while one task runs; a button that opens a small list, one entry each, while several do."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from widgets.tasks import Task, TaskRunner
from widgets.ui_text import progress_text


class TaskRow(QtWidgets.QWidget):
    """One task: its name, its progress bar and its own cancel button."""

    def __init__(self, task: Task, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QtWidgets.QLabel(task.name)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(160)
        self.progress.setValue(int(task.fraction * 1000))
        self.cancel_button = QtWidgets.QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel {task}").format(task=task.name))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.name_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        task.progressed.connect(self._progressed)

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.progress.setToolTip(progress_text(message))  # in the user's language

    def cancel(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.name_label.setText(self.tr("{task} (cancelling…)").format(task=self.task.name))


class TaskList(QtWidgets.QWidget):
    """The status-bar entry for a :class:`TaskRunner`'s tasks (hidden while none runs)."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.compact: TaskRow | None = None
        self.more_button = QtWidgets.QToolButton()
        self.more_button.clicked.connect(self.show_list)
        layout.addWidget(self.more_button)
        self.popup = QtWidgets.QFrame(self, QtCore.Qt.WindowType.Popup)
        self.popup.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        QtWidgets.QVBoxLayout(self.popup)
        self.rows: dict[Task, TaskRow] = {}
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Preferred)
        runner.added.connect(self._changed)
        runner.removed.connect(self._changed)
        self._changed()

    def row_for(self, task: Task) -> TaskRow | None:
        """The entry whose cancel button cancels ``task`` (the compact one while it runs alone)."""
        if self.compact is not None and self.compact.task is task:
            return self.compact
        return self.rows.get(task)

    def show_list(self) -> None:
        """Open the list of running tasks above the button."""
        self.popup.adjustSize()
        corner = self.more_button.mapToGlobal(QtCore.QPoint(0, 0))
        self.popup.move(corner.x(), corner.y() - self.popup.height())
        self.popup.show()

    def _changed(self, *args) -> None:
        tasks = list(self.runner.tasks)
        for task in [t for t in self.rows if t not in tasks]:
            row = self.rows.pop(task)
            row.hide()
            row.deleteLater()
        for task in tasks:
            if task not in self.rows:
                row = self.rows[task] = TaskRow(task, self.popup)
                self.popup.layout().addWidget(row)
        alone = tasks[0] if len(tasks) == 1 else None
        if self.compact is not None and self.compact.task is not alone:
            self.compact.hide()
            self.compact.deleteLater()
            self.compact = None
        if alone is not None and self.compact is None:
            self.compact = TaskRow(alone, self)
            self.layout().insertWidget(0, self.compact)
        self.more_button.setText(self.tr("{n} tasks running").format(n=len(tasks)))
        self.more_button.setVisible(len(tasks) > 1)
        if len(tasks) < 2:
            self.popup.hide()
        else:
            self.popup.adjustSize()
        self.setVisible(bool(tasks))
