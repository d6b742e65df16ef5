"""Scripts that build what resources/ holds: the demo township, its project and store, the pictures.

Unlike the assets package :mod:`resources` (icons, style sheets, translations, the demo data), which imports
nothing of the application, these scripts import the whole of it (``console``, ``layers``, ``datasources``):
run them as ``python -m resources.scripts.build_demo`` and so on, or through ``make demo`` and
``make screenshot``.
"""
