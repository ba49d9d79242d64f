"""The exchange's use cases over a Database: one transaction each; a dry run is the real
import rolled back, so what it reports is exactly what applying would do."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor, Database
from desktop.core.db.journal import record_event
from desktop.core.db.models import Case, JournalEntry
from desktop.core.db.models_exchange import ExchangeCaseState
from desktop.core.domain.numbering import format_case_number
from desktop.core.exchange import book, errors, export, incoming, keys
from desktop.core.exchange.errors import PackageRefused
from desktop.core.exchange.team_import import TeamImportReport, import_from_ward
from desktop.core.exchange.ward_import import TeamReport, import_team_data
from desktop.core.files import file_errors
from desktop.core.i18n import N_
from desktop.core.policy import settings

MAX_FILE_BYTES = 256 * 1024 * 1024
CANNOT_READ = N_("The file {path} cannot be read: {problem}. Nothing was changed.")


class _DryRun(Exception):
    def __init__(self, report: TeamReport | TeamImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def read_file(path: Path) -> bytes:
    if path.is_dir():
        raise PackageRefused(errors.NOT_A_PACKAGE)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PackageRefused(errors.TOO_LARGE, limit="256 MB")
        return path.read_bytes()
    except OSError as error:
        raise PackageRefused(CANNOT_READ, path=path, problem=error.strerror or "?") from error


def receive(database: Database, actor: Actor, data: bytes,
            dry_run: bool = False) -> TeamReport | TeamImportReport:
    """Import a package into this book (a ward book takes team data; a team book takes the
    ward's packages). Refused packages raise PackageRefused and change nothing."""
    try:  # a full or read-only disk under the book: said in words, nothing changed
        with file_errors(database.path or ""), \
                database.transaction(actor, reason="exchange import") as session:
            report = _receive(session, data, actor.user)
            if dry_run:
                raise _DryRun(report)
            return report
    except _DryRun as result:
        if isinstance(result.report, TeamReport):
            result.report.applied = False
        return result.report


def _receive(session: Session, data: bytes, user: str) -> TeamReport | TeamImportReport:
    opened = incoming.decrypt(session, data)
    package = incoming.describe(opened, data)
    kind = book.kind(session)
    if package.kind == "team-data":
        if kind != book.WARD:
            raise PackageRefused(errors.FOR_THE_WARD)
        return import_team_data(session, package, user)
    if kind != book.TEAM:
        raise PackageRefused(errors.FOR_A_TEAM)
    return import_from_ward(session, package, user)


# --- per-case export state (team book) -------------------------------------------------------

@dataclass(frozen=True)
class CaseExportState:
    case_id: uuid.UUID
    number: str
    sent_sequence: int | None  # None: not yet sent
    acknowledged_on: date | None
    changed_since: bool  # changed after the package that carried it

    @property
    def label(self) -> str:
        from desktop.core.i18n import _

        if self.sent_sequence is None:
            return _("not yet sent")
        if self.changed_since:
            return _("changed since package {number}").format(number=self.sent_sequence)
        if self.acknowledged_on is not None:
            return _("sent in package {number}, received by the ward on {date}").format(
                number=self.sent_sequence, date=f"{self.acknowledged_on:%d/%m/%Y}")
        return _("sent in package {number}").format(number=self.sent_sequence)

    @property
    def short_label(self) -> str:
        """A few words for a narrow column; ``label`` is the full text."""
        from desktop.core.i18n import _

        if self.sent_sequence is None:
            return _("Not sent")
        if self.changed_since:
            return _("Changed after package {number}").format(number=self.sent_sequence)
        if self.acknowledged_on is not None:
            return _("Ward received {date}").format(date=f"{self.acknowledged_on:%d/%m/%Y}")
        return _("Sent in package {number}").format(number=self.sent_sequence)


def export_states(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, CaseExportState]:
    """The export state of these cases in three queries, whatever their number; empty in a ward
    book (a ward sends nothing). Cheaper than ``case_states``: "changed since" looks only at
    changes to the case record itself, not at its hearings or participants."""
    if not case_ids or book.kind(session) == book.WARD:
        return {}
    keys_ = [str(i) for i in case_ids]
    states = {s.case_id: s for s in session.scalars(
        select(ExchangeCaseState).where(ExchangeCaseState.case_id.in_(keys_)))}
    changed = set(session.scalars(
        select(JournalEntry.entity_id).distinct()
        .join(ExchangeCaseState, ExchangeCaseState.case_id == JournalEntry.entity_id)
        .where(JournalEntry.entity == "cases", JournalEntry.entity_id.in_(keys_),
               JournalEntry.op.in_(("insert", "update", "delete")),
               JournalEntry.seq > ExchangeCaseState.sent_journal_seq)))
    numbers = {case_id: format_case_number(seq, year) for case_id, seq, year in session.execute(
        select(Case.id, Case.seq, Case.year).where(Case.id.in_(case_ids)))}
    result = {}
    for case_id, number in numbers.items():
        state = states.get(str(case_id))
        result[case_id] = CaseExportState(
            case_id, number, state.sent_sequence if state else None,
            state.acknowledged_on if state else None, str(case_id) in changed)
    return result


def case_state(session: Session, case_id: uuid.UUID) -> CaseExportState | None:
    """One case's export state (see ``export_states``); None in a ward book or if no such case."""
    return export_states(session, [case_id]).get(case_id)


def case_states(session: Session) -> list[CaseExportState]:
    team_id = book.require_team(session)
    pending = _pending_cases(session, str(team_id))
    states = {s.case_id: s for s in session.scalars(select(ExchangeCaseState))}
    result = []
    for case in session.scalars(select(Case).where(Case.team_id == team_id)
                                .order_by(Case.year, Case.seq)):
        state = states.get(str(case.id))
        result.append(CaseExportState(
            case.id, case.number, state.sent_sequence if state else None,
            state.acknowledged_on if state else None,
            state is not None and str(case.id) in pending))
    return result


def _pending_cases(session: Session, team_id: str) -> set[str]:
    start, end = export.cursor(session), export.journal_head(session)
    collected = export._collect(session, team_id, start, end)
    found = set()
    for (entity, record_id) in collected.touched:
        values = keys_read(session, entity, record_id)
        case_id = export._case_of(session, entity, values) if values else None
        if case_id:
            found.add(case_id)
        elif entity == "cases":
            found.add(record_id)
    return found


def keys_read(session: Session, entity: str, record_id: str) -> dict[str, object] | None:
    from desktop.core.exchange.records import read_values

    return read_values(session, entity, record_id)


# --- keys ------------------------------------------------------------------------------------

def replace_key(session: Session) -> keys.KeyPair:
    """A new key for this book; until the other side has it, packages are signed by the
    previous key and announce the new one."""
    previous = keys.require_own_key(session)
    pair = keys.create_key(session)
    if not settings.get_setting(session, book.KEY_ANNOUNCE):
        settings.set_setting(session, book.KEY_ANNOUNCE, previous.key_id)
    record_event(session, "key_replaced", "exchange_keys", pair.key_id, None,
                 {"previous": previous.key_id, "new": pair.key_id})
    return pair
