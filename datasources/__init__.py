"""Where data comes from and where it goes, with no Qt.

Readers return plain pandas/geopandas/numpy objects plus what was assumed about them; errors are the
typed exceptions in :mod:`datasources.errors`.
"""
