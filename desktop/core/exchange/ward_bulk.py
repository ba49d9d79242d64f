"""Ward side: a package's new records written a table at a time (#17: the ward's years of
packages at the rate of a bulk insert, not one ORM object and a dozen queries per record).

What a flush of ORM objects does for each new record is done here for all of a table's new
records at once, and must stay the same: the row gets the values the ORM would write (column
defaults, version 1, who and when); every row gets its journal entry (an insert with every
value, the person's identity and the case's free text sealed under their keys, as
``journal._sealed`` seals them: the keys read in one query and the missing ones made in one
insert); the entries are appended to the one hash chain by ``journal.append``; and the cases the
rows belong to are marked for the search index and get their sort keys, as the session
listeners of ``search_index`` and ``sort_keys`` do for ORM objects. Updates, conflicts and
deletions still go through the ORM (few in a package), and so does a package the database
refuses in part (``ward_import``'s careful pass, record by record).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.db import sort_keys
from desktop.core.db.journal import PendingEntry, append, to_plain, utcnow
from desktop.core.db.journal_sealing import (
    NARRATIVE_FIELDS,
    SEALED_FIELDS,
    seal,
    sealing_available,
)
from desktop.core.db.models import Agreement, CaseParticipant
from desktop.core.db.models_personal import PersonalKey
from desktop.core.db.search_index import mark_for_index
from desktop.core.exchange.records import BOOKKEEPING, table_of

CHUNK = 500  # ids per IN (...) list
# Tables whose records put their case in the search index or its sort keys (as the listeners'
# _CASE_OWNED, Case, Person, AgreementTerm).
INDEXED = frozenset({"cases", "case_participants", "hearings", "outcomes", "agreements",
                     "case_citations", "agreement_terms", "persons"})


class NewRows:
    """The new records of one package, kept by table until ``write`` inserts them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.cases: set[uuid.UUID] = set()
        self.persons: set[uuid.UUID] = set()
        self.agreement_cases: dict[uuid.UUID, uuid.UUID] = {}  # agreement -> its case
        self.entries: list[PendingEntry] = []
        self.written = 0
        self.at = utcnow()  # as a flush stamps its records and journal entries
        self.user = str(getattr(session.info.get("actor"), "user", "system"))

    def add(self, entity: str, columns: dict[str, Any]) -> None:
        self.pending.setdefault(entity, []).append(columns)

    def write(self) -> None:
        """Insert what is pending (parents' tables first: the caller adds them in that order),
        in one statement per table; their journal entries wait for ``finish``."""
        for entity, given in self.pending.items():
            rows = [_full_row(entity, columns, self.user, self.at) for columns in given]
            self.session.execute(insert(table_of(entity)), rows)
            self._remember_cases(entity, rows)
            self.entries += [self._entry(entity, row) for row in rows]
            self.written += len(rows)
        self.pending = {}

    def finish(self) -> None:
        """The journal entries of every row written, sealed and appended in one go; the search
        index and sort keys of every case the rows belong to."""
        self.write()
        append(self.session, _sealed(self.session, self.entries), self.at)
        self.entries = []
        cases = set(self.cases)
        for start, persons in _chunks(self.persons):
            del start
            cases.update(self.session.scalars(select(CaseParticipant.case_id).where(
                CaseParticipant.person_id.in_(persons))))
        if cases:
            mark_for_index(self.session, cases)
            sort_keys.write_keys(self.session.connection(), cases)

    # -- what a row's journal entry records --------------------------------------------------

    def _remember_cases(self, entity: str, rows: list[dict[str, Any]]) -> None:
        if entity not in INDEXED:
            return
        for row in rows:
            if entity == "cases":
                self.cases.add(row["id"])
            elif entity == "persons":
                self.persons.add(row["id"])
            elif entity == "agreement_terms":
                case_id = self._case_of_agreement(row["agreement_id"])
                if case_id is not None:
                    self.cases.add(case_id)
            elif row.get("case_id") is not None:
                self.cases.add(row["case_id"])
            if entity == "agreements":
                self.agreement_cases[row["id"]] = row["case_id"]

    def _case_of_agreement(self, agreement_id: uuid.UUID) -> uuid.UUID | None:
        """The case of an agreement: new in this package, or already at the ward."""
        if agreement_id not in self.agreement_cases:
            found = self.session.scalar(select(Agreement.case_id).where(
                Agreement.id == agreement_id))
            if found is None:
                return None
            self.agreement_cases[agreement_id] = found
        return self.agreement_cases[agreement_id]

    def _entry(self, entity: str, row: dict[str, Any]) -> PendingEntry:
        changes = {key: [None, to_plain(value)] for key, value in row.items()
                   if key not in BOOKKEEPING and value is not None}
        team_id = row["id"] if entity == "teams" else row.get("team_id")
        return PendingEntry("insert", entity, str(row["id"]),
                            str(team_id) if team_id is not None else None, 1, changes,
                            self._narrative_case(entity, row))

    def _narrative_case(self, entity: str, row: dict[str, Any]) -> str | None:
        """The case whose key seals this record's free text (``journal._case_of``)."""
        if entity not in NARRATIVE_FIELDS:
            return None
        if entity == "cases":
            return str(row["id"])
        if entity == "agreement_terms":
            case_id = self._case_of_agreement(row["agreement_id"])
            return str(case_id) if case_id is not None else None
        case_id = row.get("case_id")
        return str(case_id) if case_id is not None else None


def _full_row(entity: str, columns: dict[str, Any], user: str, at: datetime) -> dict[str, Any]:
    """Every column's value as an ORM insert writes it: the given values, each column's Python
    default for the rest (``journal._apply_python_defaults``), version 1, who and when."""
    row: dict[str, Any] = {}
    for column in table_of(entity).columns:
        key = column.key
        if key in columns and columns[key] is not None:
            row[key] = columns[key]
            continue
        default = column.default
        value = columns.get(key)
        if value is None and default is not None and key != "version":
            if default.is_scalar:
                value = default.arg  # type: ignore[attr-defined]
            elif default.is_callable:
                value = default.arg(None)  # type: ignore[attr-defined]
        row[key] = value
    row.update(version=1, changed_by=user, changed_at=at)
    return row


def _chunks(values: Iterable[Any]) -> Iterable[tuple[int, list[Any]]]:
    ordered = sorted(values, key=str)
    for start in range(0, len(ordered), CHUNK):
        yield start, ordered[start:start + CHUNK]


def _sealed(session: Session, entries: list[PendingEntry]) -> list[PendingEntry]:
    """``journal._sealed`` for many entries: each subject's key read once, the missing keys
    made together."""
    if not entries or not sealing_available(session):
        return entries
    wanted: list[tuple[PendingEntry, dict[str, frozenset[str]]]] = []
    for entry in entries:
        by_subject = {entry.entity_id: SEALED_FIELDS.get(entry.entity, frozenset()),
                      entry.case_id or "": NARRATIVE_FIELDS.get(entry.entity, frozenset())}
        present = entry.changes.keys()
        fields = {subject: names & present for subject, names in by_subject.items()
                  if subject and names & present}
        wanted.append((entry, fields))
    keys = _subject_keys(session, {s for _entry, fields in wanted for s in fields})
    sealed = []
    for entry, fields in wanted:
        if not fields:
            sealed.append(entry)
            continue
        changes = dict(entry.changes)
        for subject, names in fields.items():
            for name in names:
                changes[name] = seal(keys[subject], subject, name, changes[name])
        sealed.append(PendingEntry(entry.op, entry.entity, entry.entity_id, entry.team_id,
                                   entry.version, changes, entry.case_id))
    return sealed


def _subject_keys(session: Session, subjects: set[str]) -> dict[str, bytes]:
    """The sealing keys of these subjects (``journal_sealing.subject_key`` with ``create``)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    connection = session.connection()
    found: dict[str, bytes] = {}
    for _start, chunk in _chunks(subjects):
        found.update({str(subject): key for subject, key in connection.execute(
            select(PersonalKey.person_id, PersonalKey.key).where(
                PersonalKey.person_id.in_(chunk)))})
    missing = sorted(subjects - found.keys())
    if missing:
        made = {subject: AESGCM.generate_key(bit_length=256) for subject in missing}
        now = utcnow()
        connection.execute(insert(PersonalKey), [
            {"person_id": subject, "key": key, "created_at": now} for subject, key in made.items()])
        found.update(made)
    return found
