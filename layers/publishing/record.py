"""Publishing as a recorded act: write the disclosure map, then record it in the store as a draft for
another role to approve, with what changed since the last approved publication."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from datasources.feedback import Feedback
from layers.publishing.catalog import LayerSource
from layers.publishing.webmap import Published, publish


@dataclass
class Recorded:
    """What a publication wrote and, with a store, its number and what it changed."""

    published: Published
    publication_id: int | None = None
    changes: dict | None = None


def publish_and_record(source: LayerSource, choice: dict, out: Path, title: str, session=None,
                       feedback: Feedback | None = None) -> Recorded:
    """Publish ``choice`` to ``out``; with a ``session``, record it as a draft (the store checks the
    user's right to publish before anything is written)."""
    feedback = Feedback.of(feedback)
    if session is not None:  # the account as it is now (its role may have changed since login)
        from datasources.store.permissions import Action, Right

        session.check(Action(Right.PUBLISH), "publications")  # a refusal is recorded as denied, raised
    published = publish(source, choice, Path(out), title, feedback)
    if session is None:
        return Recorded(published)
    feedback.progress(1.0, "recording")
    pub = session.publications.draft(title, published.layers, published.content_hash, published.size,
                                     str(published.out))
    return Recorded(published, pub, session.publications.changes(pub))


__all__ = ["Recorded", "publish_and_record"]
