"""Records as plain data: which tables travel, reading a record's values, and turning values
read from a package back into column values (checked: type, length, nullability)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, String, Table, Text, select
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON, Uuid

from desktop.core.db.journal import to_plain
from desktop.core.db.models import Base, Tracked

BOOKKEEPING = frozenset({"version", "changed_by", "changed_at"})
# Tracked, but each book's own business: who may log in to it, the ward's submitted periods.
LOCAL_ONLY = frozenset({"accounts", "statistics_submissions"})
MAX_TEXT = 100_000  # characters in one Text field; absurd lengths are refused


class BadValue(ValueError):
    """A value from a package that this column cannot hold."""


@cache
def tracked_classes() -> dict[str, type[Tracked]]:
    """Table name -> mapped class, for every Tracked model that travels: the team and the
    records a team owns (every model module is loaded by ``desktop.core.db``)."""
    classes: dict[str, type[Tracked]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        table = getattr(cls, "__table__", None)
        if table is None or not issubclass(cls, Tracked) or table.name in LOCAL_ONLY:
            continue
        if "team_id" in table.columns or table.name == "teams":
            classes[cls.__tablename__] = cls  # type: ignore[attr-defined]
    return classes


def tracked_tables_in_order() -> list[Table]:
    """Parents before children (for inserts; deletes go the other way)."""
    names = tracked_classes()
    return [table for table in Base.metadata.sorted_tables if table.name in names]


def table_of(entity: str) -> Table:
    return Base.metadata.tables[entity]


def read_values(session: Session, entity: str, record_id: str) -> dict[str, Any] | None:
    """Every column of one record as JSON-safe values, or None if it does not exist."""
    table = table_of(entity)
    row = session.execute(select(table).where(table.c.id == uuid.UUID(record_id))).mappings()
    found = row.first()
    return {key: to_plain(value) for key, value in found.items()} if found else None


def parents(entity: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """The tracked records this one points at (so a package can carry them too)."""
    names = tracked_classes()
    found = []
    for column in table_of(entity).columns:
        for key in column.foreign_keys:
            target = key.column.table.name
            value = values.get(column.key)
            if target in names and value and str(value) != values.get("id"):
                found.append((target, str(value)))
    return found


def from_plain(column: Column[Any], value: Any) -> Any:
    """The Python value for ``column`` of a JSON value read from a package."""
    if value is None:
        if not column.nullable:
            raise BadValue(column.key)
        return None
    kind = column.type
    try:
        return _convert(kind, value)
    except (TypeError, ValueError, LookupError) as error:
        raise BadValue(column.key) from error


def _convert(kind: Any, value: Any) -> Any:
    if isinstance(kind, Uuid):
        return uuid.UUID(_text(value, 36))
    if isinstance(kind, Enum):
        text = _text(value, kind.length or 40)
        if kind.enum_class is None:
            return text
        return kind.enum_class(text)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(_text(value, 40))
    if isinstance(kind, Date):
        return date.fromisoformat(_text(value, 20))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError("bool")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**53:
            raise TypeError("int")
        return value
    if isinstance(kind, String | Text):
        return _text(value, getattr(kind, "length", None) or MAX_TEXT)
    if isinstance(kind, JSON):
        if len(repr(value)) > MAX_TEXT:
            raise ValueError("json")
        return value
    raise TypeError(type(kind).__name__)


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise ValueError("text")
    return value


def converted(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``entity`` from a package's plain values; unknown fields refused."""
    table = table_of(entity)
    unknown = set(values) - set(table.columns.keys())
    if unknown:
        raise BadValue(sorted(unknown)[0])
    return {key: from_plain(table.columns[key], value) for key, value in values.items()
            if key not in BOOKKEEPING}


def with_withheld_blanks(entity: str, columns: dict[str, Any]) -> dict[str, Any]:
    """Columns for a new record whose withheld text fields (left out by the team) are blank:
    a required text column without a default gets "" rather than refusing the record."""
    filled = dict(columns)
    for column in table_of(entity).columns:
        if (column.key not in filled and not column.nullable and column.default is None
                and not column.primary_key and isinstance(column.type, String | Text)):
            filled[column.key] = ""
    return filled


def same(left: Any, right: Any) -> bool:
    return bool(to_plain(left) == to_plain(right))
