"""No silent overwrite between officers: the versions a case window read, checked at save.

Two officers may have the same case open (a ward office on one server). Each window keeps the
versions of the case's records as it loaded them (``case_versions``) and the journal's last
entry then. A save first calls ``require_unchanged`` in the same unit of work: when someone
saved one of the records being changed since, it is refused with who saved it, when, and the
values now on record (read from the journal), so the second officer is told instead of
overwriting. The row versions themselves are SQLAlchemy's ``version_id_col``, so a save that
races past this check between its read and its write is still refused at the flush.

A change of one row shown on its own (a term's follow-up on the Today page or beside the terms)
goes through ``require_row_version`` with the version shown: the row is locked first, so of two
officers answering at once the second waits for the first and is then told who answered what.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    Hearing,
    JournalEntry,
    JournalHead,
    Outcome,
    Tracked,
)
from desktop.core.db.models_accounts import Account
from desktop.core.domain.roles import EDIT_CASE, Permission
from desktop.core.errors import ConcurrentEditError, NotFoundError
from desktop.core.i18n import N_, _
from desktop.core.policy.access import require
from desktop.core.services.history.values import field_changes, local_time

RowKey = tuple[str, str]  # (table name as the journal names it, id)

SAVED_BY_SOMEONE_ELSE = N_(
    "{author} saved a change to this record at {at} ({device}), after you opened it. Now "
    "on record:\n{changes}\nYour change was not saved; what you typed is kept. Compare it "
    "with the values above, then save again to keep yours, or reload to take theirs.")
FOLLOWED_UP_BY_SOMEONE_ELSE = N_(
    "{author} recorded a follow-up of this term at {at} ({device}), after it was shown to "
    "you. Now on record:\n{changes}\nYour answer ({answer}) was not saved. The term is shown "
    "again as it is now: answer again if yours still applies.")
ROW_GONE = N_("This record was removed by someone else after it was shown to you. Nothing "
              "was saved; the list is read again.")
_CHANGE_LINE = "• {label}: {old} → {new}"
_SHOWN_LINES = 12  # more would not fit a message; the History tab has them all


@dataclass(frozen=True)
class CaseVersions:
    """The case's records as a window read them: each row's version, and the journal's last
    entry at that moment (so a refusal can show what was saved since)."""

    journal_seq: int = 0
    rows: Mapping[RowKey, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Rows:
    """Which rows a save changes: every row of a table that belongs to the case, or one."""

    entity: str
    row_id: uuid.UUID | None = None

    def matches(self, key: RowKey) -> bool:
        return key[0] == self.entity and (self.row_id is None or key[1] == str(self.row_id))


def _case_rows(session: Session, case_id: uuid.UUID) -> dict[RowKey, int]:
    case = session.get(Case, case_id)
    if case is None:
        return {}
    rows: dict[RowKey, int] = {("cases", str(case.id)): case.version}
    for participant in case.participants:
        rows[("case_participants", str(participant.id))] = participant.version
        rows[("persons", str(participant.person_id))] = participant.person.version
    for hearing in session.scalars(select(Hearing).where(Hearing.case_id == case_id)):
        rows[("hearings", str(hearing.id))] = hearing.version
    for outcome in session.scalars(select(Outcome).where(Outcome.case_id == case_id)):
        rows[("outcomes", str(outcome.id))] = outcome.version
    for agreement in session.scalars(select(Agreement).where(Agreement.case_id == case_id)):
        rows[("agreements", str(agreement.id))] = agreement.version
        for term in session.scalars(select(AgreementTerm)
                                    .where(AgreementTerm.agreement_id == agreement.id)):
            rows[("agreement_terms", str(term.id))] = term.version
    return rows


def _journal_seq(session: Session) -> int:
    head = session.scalar(select(JournalHead.last_seq).limit(1))
    return int(head or 0)


def case_versions(session: Session, case_id: uuid.UUID) -> CaseVersions:
    """What a window remembers when it shows the case."""
    require(session, Permission.READ_TEAM_DATA)
    return CaseVersions(_journal_seq(session), _case_rows(session, case_id))


def changed_rows(loaded: CaseVersions, now: Mapping[RowKey, int],
                 selected: Iterable[Rows]) -> set[RowKey]:
    """The selected rows saved, added or removed since ``loaded``."""
    wanted = list(selected)
    keys = {k for k in {*loaded.rows, *now} if any(s.matches(k) for s in wanted)}
    return {k for k in keys if loaded.rows.get(k) != now.get(k)}


def require_unchanged(session: Session, case_id: uuid.UUID, loaded: CaseVersions,
                      *selected: Rows) -> None:
    """Refuse the save (``ConcurrentEditError`` saying who, when and what) if one of the
    selected rows of the case was saved by someone since ``loaded`` was read."""
    require(session, EDIT_CASE, case=case_id)
    changed = changed_rows(loaded, _case_rows(session, case_id), selected)
    if changed:
        raise _refusal(session, loaded.journal_seq, changed)


def require_row_version(session: Session, model: type[Tracked], row_id: uuid.UUID,
                        seen: int, message: str = SAVED_BY_SOMEONE_ELSE, **words: str) -> None:
    """Refuse (who, when, what, from the journal) if the row was saved since version ``seen``
    was shown. The row is locked first (FOR UPDATE on a server), so a second save made at the
    same moment waits for the first and is refused by name, not by the flush's bare error."""
    current = session.scalar(select(model.version).where(model.id == row_id)
                             .with_for_update())
    if current is None:
        raise NotFoundError(ROW_GONE)
    if current != seen:
        table = model.__tablename__  # type: ignore[attr-defined]
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.entity == table,
                                       JournalEntry.entity_id == str(row_id),
                                       JournalEntry.version > seen)
            .order_by(JournalEntry.seq))
        raise _told(session, list(entries), message, **words)


def _entries_since(session: Session, seq: int, keys: set[RowKey]) -> list[JournalEntry]:
    ids = {k[1] for k in keys}
    query = (select(JournalEntry).where(JournalEntry.seq > seq, JournalEntry.entity_id.in_(ids))
             .order_by(JournalEntry.seq))
    return [e for e in session.scalars(query) if (e.entity, e.entity_id) in keys]


def _refusal(session: Session, seq: int, keys: set[RowKey]) -> ConcurrentEditError:
    return _told(session, _entries_since(session, seq, keys), SAVED_BY_SOMEONE_ELSE)


def _told(session: Session, entries: list[JournalEntry], message: str,
          **words: str) -> ConcurrentEditError:
    if not entries:  # versions moved without a journal line (not expected): still refuse
        return ConcurrentEditError(message, author=_("Someone"), at="—", device="—",
                                   changes="", **words)
    last = entries[-1]
    lines = [_CHANGE_LINE.format(label=c.label, old=c.old, new=c.new)
             for entry in entries for c in field_changes(session, entry, None)]
    if len(lines) > _SHOWN_LINES:
        lines = [*lines[:_SHOWN_LINES], "…"]
    return ConcurrentEditError(
        message, author=_who(session, last.author),
        at=local_time(last.at).strftime("%H:%M %d/%m/%Y"), device=last.device or "—",
        changes="\n".join(lines), **words)


def _who(session: Session, author: str) -> str:
    """The account's name as people know it, with the login that the journal holds."""
    name = session.scalar(select(Account.display_name).where(Account.username == author))
    return f"{name} ({author})" if name and name != author else author
