"""The publishing desk: a Publish menu with "Publish web map…" (choose layers and fields, see what is
refused, publish as a long task with progress and cancel), "Approve publication…" (the office head
decides on another role's draft) and "Publications…" (the history, with what each changed).

The map's layers come from the project and, for the one logged in, from the store's kinds the project
lacks (incidents for their statistics per village, sensors and readings for today's indices). A
publication made while someone is logged in is recorded as a draft in their name; every right is checked
by the store (:mod:`datasources.store.publications`), and the desk only offers what the role may use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

from widgets.message_bar import MessageLevel


def make(workbench) -> PublishingDesk:
    return PublishingDesk(workbench)


class PublishingDesk(QtCore.QObject):
    """The Publish menu and its three entries (``last`` is what the last publication wrote)."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.dialog = None
        self.last = None
        self.task = None
        self.menu = workbench.menu("publish", self.tr("P&ublish"))
        self.publish_action = workbench.action(self.tr("Publish web map…"), self.open_publish_dialog)
        self.publish_action.setObjectName("publish-web-map")
        self.approve_action = workbench.action(self.tr("Approve publication…"), lambda: self.open_publications(True))
        self.approve_action.setObjectName("publish-approve")
        self.history_action = workbench.action(self.tr("Publications…"), lambda: self.open_publications(False))
        self.history_action.setObjectName("publish-history")
        for action in (self.publish_action, self.approve_action, self.history_action):
            self.menu.addAction(action)
        workbench.session_changed.connect(self._session_changed)
        self._session_changed(workbench.session)

    def _session_changed(self, session) -> None:
        publications = getattr(session, "publications", None)
        self.approve_action.setEnabled(bool(publications and publications.may_approve()))
        self.history_action.setEnabled(bool(publications and (publications.may_approve()
                                                              or publications.may_publish())))
        self.publish_action.setEnabled(session is None or bool(publications and publications.may_publish()))

    # ------------------------------------------------------------------ publishing
    def open_publish_dialog(self):
        """Show the dialog choosing layers and fields; the dialog (None when there is nothing to publish)."""
        from layers.publishing.catalog import available
        from layers.publishing.sources import source_for
        from widgets.publishing.dialog import PublishDialog

        w = self.workbench
        source = source_for(w.project, w.session)
        specs = available(source)
        if not any(spec.refused_reason is None for spec in specs):
            w.push(MessageLevel.WARNING, self.tr("Open a project with layers to publish first."))
            return None
        title = source.title or self.tr("Village affairs disclosure map")
        folder = str(Path.home() / "web-map") if w.project.path is None else str(
            Path(w.project.path).with_name(Path(w.project.path).stem + "-web-map"))
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = PublishDialog(source, specs, title, folder, parent=w.dialog_parent)
        self.dialog.accepted.connect(lambda: self.publish(self.dialog.choice(), self.dialog.out_folder(),
                                                          self.dialog.title.text().strip() or title, source))
        self.dialog.show()
        return self.dialog

    def publish(self, choice: dict, out: Path, title: str, source=None):
        """Publish ``choice`` to ``out`` as a task; the task."""
        from layers.publishing.record import publish_and_record
        from layers.publishing.sources import source_for

        w = self.workbench
        source = source or source_for(w.project, w.session)
        self.task = w.run_task(publish_and_record, source, choice, Path(out), title, w.session,
                               feedback="feedback", name=self.tr("Publishing the web map"),
                               key=("publish", str(out)), done=self._published)
        return self.task

    def _published(self, recorded) -> None:
        self.last = recorded
        page = recorded.published.page
        if recorded.publication_id is None:
            self.workbench.push(MessageLevel.WARNING, self.tr("Web map written to {path}; it is not recorded: "
                                                              "log in to the store to record publications.")
                                .replace("{path}", str(page)))
            return
        self.workbench.push(MessageLevel.SUCCESS, self.tr("Web map written to {path} and recorded as "
                                                          "publication No. {id}, waiting for approval.")
                            .replace("{path}", str(page)).replace("{id}", str(recorded.publication_id)))

    # ------------------------------------------------------------------ the record
    def open_publications(self, approving: bool):
        """The publications' history, or the drafts to approve; the dialog (None without a login)."""
        from widgets.publishing.history import PublicationsDialog

        session = self.workbench.session
        if session is None:
            self.workbench.push(MessageLevel.WARNING, self.tr("Log in to the store to see publications."))
            return None
        dialog = PublicationsDialog(session, approving, parent=self.workbench.dialog_parent)
        dialog.failed.connect(self.workbench.push_exception)
        dialog.decided.connect(self._decided)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _decided(self, pub_id: int, status: str) -> None:
        text = (self.tr("Publication No. {id} approved.") if status == "approved"
                else self.tr("Publication No. {id} rejected."))
        self.workbench.push(MessageLevel.SUCCESS, text.replace("{id}", str(pub_id)))
