"""The alert board in the store (``session.alerts``): alerts raised by the alert rules
(:mod:`layers.emergency.alert_rules`), their workflow and the CAP messages issued for them.

API (for the alert board widget and the command line)
-----------------------------------------------------
Constants: :data:`STATUSES` (``new``, ``acknowledged``, ``escalated``, ``closed``), :data:`TRANSITIONS`
(status -> the statuses it may move to), :data:`ALERT_COLUMNS` (the board's columns) and
:data:`HISTORY_COLUMNS` (one alert's history).

Raising (the alert engine's output; emergency desk, administrator, or a trusted script):

- ``raise_episode(episode) -> int``: the alert of an :class:`~layers.emergency.alert_rules.Episode`; its id.
  Idempotent on ``episode.key`` (``INSERT ... ON CONFLICT DO NOTHING``): the same episode raised again,
  from any console, in any order, gives the same id and no second alert.
- ``raise_episodes(episodes) -> list[int]``: the same for many, one transaction.
- ``episode_ended(episode) -> bool``: note an episode's end and peak on its alert (the status stays:
  closing is a person's decision).

Reading (every role but as limited below; a village officer sees only their village's alerts):

- ``board(status=None, since=None) -> pandas.DataFrame``: the alerts the user may see, newest first,
  indexed by ``id`` with :data:`ALERT_COLUMNS` (``status`` one of :data:`STATUSES`, ``version`` for the
  changes below). ``status`` is one status or a list of them.
- ``get(alert_id) -> dict``: one alert (:class:`~datasources.errors.NotFound` when the user may not see it).
- ``history(alert_id) -> pandas.DataFrame``: raised, status changes, notes and CAP issues, oldest first.
- ``may_handle(village_code=None) -> bool`` / ``may_issue(village_code=None) -> bool``: for enabling
  buttons (the store checks again on every call).

Changes (emergency desk and administrator; each is version-checked and audited, and written to the
alert's history with the user, the time and the note):

- ``acknowledge(alert_id, expected_version, note="") -> int`` (the new version)
- ``escalate(alert_id, expected_version, note) -> int`` (a note is required)
- ``close(alert_id, expected_version, note) -> int`` (a note is required)
- ``change_status(alert_id, new_status, note, expected_version) -> int``
- ``add_note(alert_id, note) -> int`` (the history event's id)
- ``record_cap(alert_id, identifier, path, topic=None) -> int``: an issued CAP message (see
  :mod:`layers.emergency.cap_issue`); needs the right to issue alerts.

Errors: :class:`~datasources.errors.PermissionDenied` (recorded ``denied`` in the audit trail),
:class:`~datasources.errors.EditConflict` (someone changed the alert since ``expected_version``; recorded
as a conflict), :class:`~datasources.errors.WorkflowRefused` (a step the workflow does not allow, or a
missing note; recorded as refused).

On PostgreSQL the database enforces the same (``pg_alerts.sql``): row-level security by village, the
rights of each group role, the allowed status steps and an audit record in every changing transaction.
"""
