"""Every case a filter keeps, newest first, as one stream: what ``hoagiai cases list`` prints.

The screen's list (``listing``) reads pages of ids and then their rows, with each case's export
state; printed to the end over a book of 100,000 cases that meant hundreds of queries, an
``IN`` list of a thousand ids each, and a ``uuid.UUID`` made per id. Here two queries run
once, in the same order (year, number, id, all descending): the cases, and the parties of those
same cases. Both are read as server-side streams a batch at a time and merged on the case id,
kept as the database's own value (never parsed): the first line comes at once, memory stays
that of one batch whatever the size of the book.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseParticipant, Person
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.cases.listing import CaseFilter, restricted

BATCH = 1_000  # rows fetched from each stream at a time


@dataclass(frozen=True)
class ListedCase:
    number: str
    received_on: date
    status: CaseStatus
    title: str
    parties: tuple[str, ...]  # the parties' names in their order on the case
    sensitive: bool


def _kept(session: Session, wanted: CaseFilter, statement: Any) -> Select[Any]:
    """``statement`` (a select over ``Case``) restricted to the cases ``wanted`` keeps: the
    list's own filter, for selects of any columns."""
    return restricted(session, wanted, statement)


# The case id as stored (text on SQLite): compared, never turned into a uuid.UUID.
_RAW_ID = type_coerce(Case.id, String)
_NEWEST_FIRST = (Case.year.desc(), Case.seq.desc(), _RAW_ID.desc())


def _cases(session: Session, wanted: CaseFilter) -> Select[Any]:
    statement = select(_RAW_ID, Case.year, Case.seq, Case.received_on, Case.status, Case.title,
                       Case.sensitive)
    return _kept(session, wanted, statement).order_by(*_NEWEST_FIRST)


def _parties(session: Session, wanted: CaseFilter) -> Select[Any]:
    statement = (select(_RAW_ID, Person.full_name)
                 .join(CaseParticipant, CaseParticipant.case_id == Case.id)
                 .join(Person, Person.id == CaseParticipant.person_id)
                 .where(CaseParticipant.role == ParticipantRole.PARTY))
    return _kept(session, wanted, statement).order_by(*_NEWEST_FIRST, CaseParticipant.ordinal)


def _streamed(session: Session, statement: Select[Any]) -> Iterator[Any]:
    # yield_per: a server-side cursor on PostgreSQL, batches from the cursor on SQLite.
    result = session.execute(statement, execution_options={"yield_per": BATCH})
    for batch in result.partitions():
        yield from batch


def stream_cases(session: Session, wanted: CaseFilter) -> Iterator[ListedCase]:
    """The cases ``wanted`` keeps, newest number first, each with its parties' names.

    Not a generator itself: the permission is checked at the call, not at the first row
    (a generator's body, the check with it, would run only once someone iterates)."""
    require(session, Permission.READ_TEAM_DATA)
    return _merged(session, wanted)


def _merged(session: Session, wanted: CaseFilter) -> Iterator[ListedCase]:
    parties = _streamed(session, _parties(session, wanted))
    waiting = next(parties, None)  # the first party row not yet given to its case
    for case_id, year, seq, received_on, status, title, sensitive in _streamed(
            session, _cases(session, wanted)):
        names = []
        # Both streams run in the same order, so this case's parties are the next rows, if any;
        # a row for another case belongs to a later one (a case may have no party yet).
        while waiting is not None and waiting[0] == case_id:
            names.append(waiting[1])
            waiting = next(parties, None)
        yield ListedCase(format_case_number(seq, year), received_on, CaseStatus(status), title,
                         tuple(names), sensitive)


def widest_number(session: Session, wanted: CaseFilter) -> int:
    """The width of the longest case number the filter keeps (a column sized before the first
    row is printed: 07/2026 and 12345/2026 line up); one aggregate, no rows read."""
    statement = _kept(session, wanted, select(func.max(Case.seq), func.max(Case.year)))
    seq, year = session.execute(statement).one()
    return len(format_case_number(seq, year)) if seq is not None else 0
