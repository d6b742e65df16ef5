"""Where data comes from and where it goes, with no Qt.

Every reader takes the caller's choices as one :class:`~datasources.options.ReadOptions` and reports
progress and hears cancellation through one :class:`~datasources.feedback.Feedback`; every file is
vetted first, in one place (:func:`datasources.vetting.vet`). Readers return plain pandas/geopandas/numpy
objects plus what was assumed about them; errors are the typed exceptions in :mod:`datasources.errors`.
"""
