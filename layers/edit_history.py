"""Undo and redo of edits to the township store.

:class:`EditHistory` wraps a :class:`~datasources.store.session.StoreSession`: every edit made through it
is remembered, and undoing or redoing one is itself an ordinary store edit (checked against the user's role,
version-checked and written to the audit trail). Nothing is rolled back behind the audit's back.

Each step keeps what it needs to go both ways: an edit keeps the old and new values of the fields it
changed, an addition keeps the values it added, a deletion keeps the whole feature so undoing it adds it
back under its old id. Residents' personal data is read in full (an audited ``view_personal``) only when a
step would otherwise lose it.

Versions: the history remembers the version each feature had after its own last step. When someone else
saved the feature since, undo and redo raise :class:`~datasources.errors.EditConflict` and both stacks stay
as they were; pass ``expected_version=conflict.theirs["version"]`` to overwrite their save on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psygnal import Signal

from datasources.errors import QT_TRANSLATE_NOOP, StoreError
from datasources.store.models import PERSONAL_FIELDS

#: Fields the store stamps itself; they are never copied back when a feature is restored.
STAMPED = ("id", "version", "updated_at", "updated_by")
UNDO_REASON = "kept to undo an edit"
#: what a step says, an English template by action (context ``EditHistory``), filled with ``kind`` and
#: ``feature_id``; the interface translates it and names the kind in its own words
STEP_TEMPLATES = {
    "edit": QT_TRANSLATE_NOOP("EditHistory", "Edit {kind} #{feature_id}"),
    "add": QT_TRANSLATE_NOOP("EditHistory", "Add {kind} #{feature_id}"),
    "delete": QT_TRANSLATE_NOOP("EditHistory", "Delete {kind} #{feature_id}"),
}


@dataclass
class EditStep:
    """One undoable step.

    Parameters
    ----------
    action : str
        ``"edit"``, ``"add"`` or ``"delete"``.
    kind : str
        The feature kind (``"villages"``, ``"incidents"`` ...).
    feature_id : int
        Which feature.
    before : dict
        The values before the step (an edit: the changed fields; a deletion: the whole feature).
    after : dict
        The values after the step (an edit: the changes; an addition: the values added).
    """

    action: str
    kind: str
    feature_id: int
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)

    @property
    def template(self) -> str:
        """What the step says, as an English template with ``{kind}`` and ``{feature_id}``
        (:data:`STEP_TEMPLATES`), for the interface to translate."""
        return STEP_TEMPLATES[self.action]

    @property
    def text(self) -> str:
        """A short description in English, e.g. ``"Edit villages #3"``."""
        return self.template.format(kind=self.kind, feature_id=self.feature_id)


class EditHistory:
    """Records store edits and undoes or redoes them as store edits.

    Parameters
    ----------
    session : StoreSession
        The logged-in user's session; every step goes through it.
    limit : int
        How many steps are kept for undo (the oldest are forgotten).

    Attributes
    ----------
    changed : Signal
        Emitted with no arguments whenever what can be undone or redone changes.
    feature_changed : Signal(str, int)
        Emitted with ``(kind, feature_id)`` after every step, undo and redo, so layers can reload.
    """

    changed = Signal()
    feature_changed = Signal(str, int)

    def __init__(self, session, limit: int = 200) -> None:
        self.session = session
        self.limit = limit
        self._undo: list[EditStep] = []
        self._redo: list[EditStep] = []
        self._versions: dict[tuple[str, int], int] = {}

    # -- recording --------------------------------------------------------------------------------
    def update(self, kind: str, feature_id: int, changes: dict, expected_version: int) -> int:
        """Save ``changes`` (see :meth:`StoreSession.update`) and remember the old values.

        Returns
        -------
        int
            The feature's new version.

        Raises
        ------
        EditConflict
            Someone saved the feature since ``expected_version``; nothing is saved or remembered.
        """
        feature_id = int(feature_id)
        current = self.session.features.get(kind, feature_id)
        before = {name: current.get(name) for name in changes}
        if self._personal_in(kind, changes) and int(current["version"]) == expected_version:
            before.update(self._plain_personal(kind, feature_id, changes))
        version = self.session.features.update(kind, feature_id, changes, expected_version)
        self._versions[(kind, feature_id)] = version
        self._push(EditStep("edit", kind, feature_id, before, dict(changes)))
        return version

    def add(self, kind: str, values: dict) -> int:
        """Add a feature (see :meth:`StoreSession.add`); returns its id."""
        feature_id = int(self.session.features.add(kind, values))
        self._versions[(kind, feature_id)] = int(self.session.features.get(kind, feature_id)["version"])
        after = {k: v for k, v in values.items() if k not in STAMPED}
        self._push(EditStep("add", kind, feature_id, {}, after))
        return feature_id

    def delete(self, kind: str, feature_id: int, expected_version: int) -> None:
        """Delete a feature (see :meth:`StoreSession.delete`), keeping all of it for undo."""
        feature_id = int(feature_id)
        before = self._snapshot(kind, feature_id)
        self.session.features.delete(kind, feature_id, expected_version)
        self._versions.pop((kind, feature_id), None)
        self._push(EditStep("delete", kind, feature_id, before, {}))

    def _push(self, step: EditStep) -> None:
        self._undo.append(step)
        del self._undo[:-self.limit]
        self._redo.clear()
        self.feature_changed.emit(step.kind, step.feature_id)
        self.changed.emit()

    # -- undo and redo ------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_step(self) -> EditStep | None:
        """The step :meth:`undo` would take back, or None."""
        return self._undo[-1] if self._undo else None

    @property
    def redo_step(self) -> EditStep | None:
        """The step :meth:`redo` would make again, or None."""
        return self._redo[-1] if self._redo else None

    @property
    def undo_text(self) -> str:
        """What :meth:`undo` would take back, e.g. ``"Edit villages #3"`` (empty when nothing; the interface
        translates :attr:`undo_step`'s ``template`` instead)."""
        return self._undo[-1].text if self._undo else ""

    @property
    def redo_text(self) -> str:
        """What :meth:`redo` would make again (empty when nothing)."""
        return self._redo[-1].text if self._redo else ""

    def undo(self, expected_version: int | None = None) -> EditStep:
        """Take back the last step with a store edit; returns the step.

        Parameters
        ----------
        expected_version : int, optional
            The version to overwrite; by default the one this history saved last, so that another
            user's save in between is reported as an :class:`EditConflict` instead of undone.

        Raises
        ------
        StoreError
            Nothing to undo.
        EditConflict, NotFound, PermissionDenied
            The store refused; both stacks are unchanged.
        """
        if not self._undo:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "there is nothing to undo"))
        step = self._undo[-1]
        self._apply(step, backwards=True, expected_version=expected_version)
        self._redo.append(self._undo.pop())
        self._announce(step)
        return step

    def redo(self, expected_version: int | None = None) -> EditStep:
        """Make the last undone step again with a store edit; see :meth:`undo`."""
        if not self._redo:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "there is nothing to redo"))
        step = self._redo[-1]
        self._apply(step, backwards=False, expected_version=expected_version)
        self._undo.append(self._redo.pop())
        self._announce(step)
        return step

    def clear(self) -> None:
        """Forget every step (e.g. on logging out)."""
        self._undo.clear()
        self._redo.clear()
        self._versions.clear()
        self.changed.emit()

    def _announce(self, step: EditStep) -> None:
        self.feature_changed.emit(step.kind, step.feature_id)
        self.changed.emit()

    def _apply(self, step: EditStep, backwards: bool, expected_version: int | None) -> None:
        key = (step.kind, step.feature_id)
        adding = (step.action == "delete") == backwards
        if step.action == "edit":
            values = step.before if backwards else step.after
            version = self._version(key, expected_version)
            self._versions[key] = self.session.features.update(step.kind, step.feature_id, values, version)
        elif adding:
            values = step.before if step.action == "delete" else step.after
            restored = {k: v for k, v in values.items() if k not in STAMPED}
            self.session.features.add_many(step.kind, [{**restored, "id": step.feature_id}], event="add",
                                  detail={"restored": "undo" if backwards else "redo"})
            self._versions[key] = int(self.session.features.get(*key)["version"])
        else:
            self.session.features.delete(step.kind, step.feature_id, self._version(key, expected_version))
            self._versions.pop(key, None)

    def _version(self, key: tuple[str, int], expected_version: int | None) -> int:
        if expected_version is not None:
            return int(expected_version)
        if key not in self._versions:
            self._versions[key] = int(self.session.features.get(*key)["version"])
        return self._versions[key]

    # -- keeping what a step needs ----------------------------------------------------------------
    @staticmethod
    def _personal_in(kind: str, values: dict) -> bool:
        return kind == "incidents" and any(name in values for name in PERSONAL_FIELDS)

    def _plain_personal(self, kind: str, feature_id: int, wanted) -> dict:
        plain = self.session.incidents.unmask(feature_id, reason=UNDO_REASON)
        return {name: plain.get(name) for name in PERSONAL_FIELDS if name in wanted}

    def _snapshot(self, kind: str, feature_id: int) -> dict:
        """The whole feature, with personal data in full when there is any."""
        current = self.session.features.get(kind, feature_id)
        values = {k: v for k, v in current.items() if k not in STAMPED}
        if self._personal_in(kind, {k: v for k, v in values.items() if v is not None}):
            values.update(self._plain_personal(kind, feature_id, PERSONAL_FIELDS))
        return values


__all__ = ["EditHistory", "EditStep"]
