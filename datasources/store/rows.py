"""Stored objects as the console sees them: dicts and GeoDataFrames with residents' personal data masked
(or decrypted, where a right allows), and values made ready for storing (personal fields encrypted,
geometries in the store's CRS and type)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely
from sqlalchemy.orm import Session

from datasources.errors import QT_TRANSLATE_NOOP, KeyMissing, NotFound, StoreError
from datasources.store.crypto import MASKS
from datasources.store.geometry import Geometry
from datasources.store.models import KINDS, PERSONAL_FIELDS, Incident

_HIDDEN = set(PERSONAL_FIELDS.values())


def model_of(kind: str):
    """The model class of a feature kind (:class:`StoreError` for a kind the store does not have)."""
    if kind not in KINDS:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the store has no kind {kind!r}"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                         kind=kind, names=', '.join(KINDS))
    return KINDS[kind]


def geometry_column(model) -> str | None:
    for column in model.__table__.columns:
        if isinstance(column.type, Geometry):
            return column.name
    return None


class Rows:
    """Turns stored objects into rows and rows into stored values, for one store."""

    def __init__(self, store) -> None:
        self.store = store

    def get(self, session: Session, kind: str, feature_id: int, action=None):
        """The object ``kind`` #``feature_id`` (:class:`NotFound` when it is not there). On PostgreSQL, where
        row-level security hides another village's features, the server records asking for one to do
        ``action`` as denied, as the gate does on a GeoPackage store."""
        obj = session.get(model_of(kind), int(feature_id))
        if obj is None:
            if action is not None and not self.store.embedded:
                from datasources.store.pg_store import record_hidden

                record_hidden(self.store, kind, feature_id, str(action))
            raise NotFound(QT_TRANSLATE_NOOP("DataSourceError",
                                             "{kind} #{feature_id} is not in the store"),
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "It may have been deleted by another user; "
                                             "reload the layer."),
                           kind=kind, feature_id=feature_id)
        return obj

    def row(self, obj, masked: bool = True) -> dict:
        """``obj`` as a dict of its fields; an incident's personal fields masked or in full."""
        row = {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs if c.key not in _HIDDEN}
        if isinstance(obj, Incident):
            row.update(self.masked(obj) if masked else self.personal(obj))
        return row

    def personal(self, obj: Incident) -> dict:
        """The reporter's name, phone and ID number in full (needs the personal-data key)."""
        tokens = {name: getattr(obj, column) for name, column in PERSONAL_FIELDS.items()}
        if not any(tokens.values()):
            return dict.fromkeys(tokens)
        key = self.store.key()
        return {name: key.decrypt(token) for name, token in tokens.items()}

    def masked(self, obj: Incident) -> dict:
        try:
            plain = self.personal(obj)
        except KeyMissing:  # the list still opens; unmasking says what is wrong
            return {name: ("******" if getattr(obj, column) else None)
                    for name, column in PERSONAL_FIELDS.items()}
        return {name: MASKS[name](value) for name, value in plain.items()}

    def frame(self, model, rows: list[dict]) -> gpd.GeoDataFrame | pd.DataFrame:
        """Rows of ``model`` as a (Geo)DataFrame indexed by ``id``."""
        geometry = geometry_column(model)
        columns = [c.key for c in model.__mapper__.column_attrs if c.key not in _HIDDEN]
        if model is Incident:
            columns += list(PERSONAL_FIELDS)
        frame = pd.DataFrame(rows, columns=columns).set_index("id")
        if geometry is None:
            return frame
        return gpd.GeoDataFrame(frame, geometry=geometry, crs=f"EPSG:{self.store.srid}")

    def prepared(self, model, values: dict) -> dict:
        """``values`` ready to store: personal fields encrypted, the geometry in the store's CRS and in
        the column's type (a Polygon becomes a MultiPolygon); an unknown field is a :class:`StoreError`."""
        values = dict(values)
        for name, column in PERSONAL_FIELDS.items():
            if name in values:
                if model is not Incident:
                    raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                       "{name} belongs to incidents only"),
                                     name=name)
                values[column] = self.store.key(create=True).encrypt(values.pop(name))
        geometry = geometry_column(model)
        geom = values.get(geometry) if geometry else None
        if geom is not None:
            kind = model.__table__.c[geometry].type.geometry_type
            if kind.startswith("Multi") and geom.geom_type == kind[5:]:
                geom = shapely.multipolygons([geom]) if kind == "MultiPolygon" else geom
            values[geometry] = shapely.set_srid(geom, self.store.srid)
        for name in values:
            if name not in model.__mapper__.column_attrs and name != "id":
                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                   "{table_name} has no field {name!r}"),
                                 table_name=model.__tablename__, name=name)
        return values
