"""Publishing for residents, with no Qt: the disclosure web map (:mod:`layers.publishing.webmap`), what may
be published (:mod:`layers.publishing.catalog`), the personal-data refusal (:mod:`layers.publishing.personal`)
and what changed since the last publication (:mod:`layers.publishing.changes`)."""
