"""The declarative base every table of the store shares (one metadata, one naming convention), in a module
of its own so that the tables of a desk (:mod:`datasources.store.alert_models`) and the core tables
(:mod:`datasources.store.models`, which registers them) need not import each other."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
