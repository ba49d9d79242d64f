"""One case in full, found by its number: what ``hoagiai cases show NUMBER`` prints.

The same reads as the case window (``detail.get_case``, the citations tab's
``case_citations``) under the same rules: reading the team's cases needs that permission, and a
case marked sensitive is shown only to those the search shows it to (``may_see``: the team
leader, the ward's officers, the mediators handling it); each look at one is journaled, as the
case window journals each opening.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Mediator, Team
from desktop.core.domain.numbering import format_case_number, parse_case_number
from desktop.core.domain.roles import Permission
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.i18n import N_
from desktop.core.policy.access import PermissionDenied, current_actor, require
from desktop.core.services.cases.detail import CaseDetail, get_case
from desktop.core.services.conventions.citations import CitationView, case_citations
from desktop.core.services.history.case_history import record_sensitive_view
from desktop.core.services.search.query import may_see

NO_SUCH_CASE = N_("There is no case number {number} in this case book.")
YEAR_NEEDED = N_("'{value}' has no year. Write the case number with its year, like 03/2026, "
                 "or give the year with --year.")
YEARS_DIFFER = N_("Case number {number} is of {written}, but --year says {year}. Give the year "
                  "once, or the same year in both.")
IN_SEVERAL_TEAMS = N_("Case number {number} is in {count} teams of this book ({teams}). Open "
                      "the team's own book to see it.")
MAY_NOT_SEE = N_("Case {number} is marked sensitive: only the team leader and the mediators "
                 "handling it may see it. Ask the team leader if you need it.")

_SEQ_ONLY = re.compile(r"^\s*([0-9]{1,6})\s*$")


@dataclass(frozen=True)
class ShownCase:
    detail: CaseDetail
    citations: tuple[CitationView, ...]
    mediator_names: dict[uuid.UUID, str]  # every mediator the case names (hearings too)


def case_number(text: str, year: int | None = None) -> tuple[int, int]:
    """``"12345/2026"``, or ``"12345"`` with ``year``, as (number, year); a malformed number,
    a missing year or two different years are a ``ValidationError``."""
    only_seq = _SEQ_ONLY.match(text)
    if only_seq and int(only_seq.group(1)) > 0:
        if year is None:
            raise ValidationError(YEAR_NEEDED, field="case_number", value=text.strip())
        return int(only_seq.group(1)), year
    seq, written = parse_case_number(text)
    if year is not None and year != written:
        raise ValidationError(YEARS_DIFFER, field="year", number=format_case_number(seq, written),
                              written=written, year=year)
    return seq, written


def find_case(session: Session, team_id: uuid.UUID | None, seq: int, year: int) -> uuid.UUID:
    """The case with this number in the team's book (in a ward's book without a team of its
    own, the one team that has it)."""
    statement = select(Case.id, Case.team_id).where(Case.seq == seq, Case.year == year)
    if team_id is not None:
        statement = statement.where(Case.team_id == team_id)
    found = session.execute(statement).all()
    number = format_case_number(seq, year)
    if not found:
        raise NotFoundError(NO_SUCH_CASE, number=number)
    if len(found) > 1:
        teams = session.scalars(select(Team.name).where(Team.id.in_([t for _, t in found]))
                                .order_by(Team.name))
        raise ValidationError(IN_SEVERAL_TEAMS, field="case_number", number=number,
                              count=len(found), teams=", ".join(teams))
    return uuid.UUID(str(found[0][0]))


def show_case(session: Session, case_id: uuid.UUID) -> ShownCase:
    """The case in full for this session's reader; a sensitive case they may not see is
    refused (``PermissionDenied``), one they may is journaled as viewed (so: a unit of work)."""
    require(session, Permission.READ_TEAM_DATA)
    detail = get_case(session, case_id)
    handling = {a.mediator_id for a in detail.current_assignments}
    if not may_see(current_actor(session), detail.sensitive, handling):
        raise PermissionDenied(MAY_NOT_SEE, number=detail.number)
    record_sensitive_view(session, case_id)
    return ShownCase(detail, tuple(case_citations(session, case_id)),
                     _mediator_names(session, detail))


def _mediator_names(session: Session, detail: CaseDetail) -> dict[uuid.UUID, str]:
    names = {a.mediator_id: a.mediator_name for a in detail.assignments}
    missing = {m for h in detail.hearings for m in h.mediator_ids} - names.keys()
    if missing:
        names |= dict(session.execute(
            select(Mediator.id, Mediator.full_name).where(Mediator.id.in_(missing))).tuples())
    return names
