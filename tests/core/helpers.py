"""Builders shared by the core tests: cases in a known state, built through the services."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.db.models import JournalEntry, JournalHead
from desktop.core.domain.enums import (
    AssignmentMethod,
    Grounds,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import set_language
from desktop.core.services.cases import assignments, hearings, outcomes, participants
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM

# Fixed dates, all in the past of any run of these tests, so "today" never moves a rule.
RECEIVED = date(2026, 3, 2)
TODAY = date(2026, 3, 10)
HEARD_AT = datetime(2026, 3, 4, 8, 30)
AGREED = date(2026, 3, 4)
CATEGORY = "shared_path_utilities"


def case_input(title: str = "Tranh chấp lối đi chung", received_on: date = RECEIVED,
               **fields: object) -> cases.CaseInput:
    values: dict[str, object] = {"grounds": Grounds.PARTY_REQUEST, "category_code": CATEGORY}
    values.update(fields)
    return cases.CaseInput(title, received_on, **values)  # type: ignore[arg-type]


def open_case(session: Session, team_id: uuid.UUID, title: str = "Tranh chấp lối đi chung",
              received_on: date = RECEIVED, today: date = TODAY, **fields: object) -> uuid.UUID:
    return cases.open_case(session, team_id, case_input(title, received_on, **fields),
                           today=today)


def add_person(session: Session, case_id: uuid.UUID, team_id: uuid.UUID, name: str,
               role: ParticipantRole = ParticipantRole.PARTY) -> uuid.UUID:
    """A new person taking part in the case; returns the participant id."""
    person = people.create_person(session, team_id, people.PersonInput(name, Sex.MALE))
    return participants.add_participant(session, case_id, person, role)


def mediator_ids(session: Session, team_id: uuid.UUID) -> list[uuid.UUID]:
    """The sample team's mediators, leader first."""
    return [m.id for m in teams.list_mediators(session, team_id)]


def assign(session: Session, case_id: uuid.UUID, mediator_id: uuid.UUID,
           on: date = RECEIVED) -> uuid.UUID:
    return assignments.assign_mediator(session, case_id, mediator_id,
                                       AssignmentMethod.ASSIGNED_BY_LEADER, True, on)


@dataclass(frozen=True)
class CaseParts:
    case_id: uuid.UUID
    parties: tuple[uuid.UUID, ...]
    mediator_id: uuid.UUID | None


def build_case(session: Session, team_id: uuid.UUID, *, parties: int = 2,
               mediator: bool = True, hearing: bool = True, agreement: bool = True,
               terms: bool = True, title: str = "Tranh chấp lối đi chung") -> CaseParts:
    """A case with as much of a successful mediation as asked for (all of it by default)."""
    case_id = open_case(session, team_id, title)
    names = ["Nguyễn Văn An", "Đặng Thị Bình", "Lê Văn Cường"]
    party_ids = tuple(add_person(session, case_id, team_id, names[i]) for i in range(parties))
    mediator_id = mediator_ids(session, team_id)[0] if mediator else None
    if mediator_id is not None:
        assign(session, case_id, mediator_id)
    if hearing:
        hearings.add_hearing(session, case_id, hearings.HearingInput(
            HEARD_AT, "Nhà văn hóa tổ dân phố số 7", participant_ids=frozenset(party_ids),
            mediator_ids=frozenset({mediator_id}) if mediator_id else frozenset()))
    if agreement:
        term_list = (outcomes.TermInput(party_ids[0], "Dỡ hàng rào lấn lối đi",
                                        date(2026, 3, 20)),) if terms and party_ids else ()
        outcomes.save_agreement(session, case_id, outcomes.AgreementInput(AGREED,
                                                                          terms=term_list))
    return CaseParts(case_id, party_ids, mediator_id)


def close_successfully(session: Session, case_id: uuid.UUID) -> None:
    outcomes.close_case(session, case_id, OutcomeKind.SUCCESSFUL, AGREED, today=TODAY)


@dataclass(frozen=True)
class JournalRow:
    """A plain copy of one journal entry, usable after its session has ended."""

    seq: int
    at: datetime
    author: str
    device: str
    op: str
    entity: str
    entity_id: str
    team_id: str | None
    version: int | None
    changes: dict[str, Any]
    reason: str
    prev_hash: str
    hash: str


def journal(session: Session, after_seq: int = 0) -> list[JournalRow]:
    entries = session.scalars(
        select(JournalEntry).where(JournalEntry.seq > after_seq).order_by(JournalEntry.seq))
    return [JournalRow(**{name: getattr(entry, name) for name in JournalRow.__dataclass_fields__})
            for entry in entries]


def journal_size(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(JournalEntry)) or 0


def journal_head(session: Session) -> tuple[int, str]:
    head = session.get(JournalHead, 1)
    assert head is not None
    return head.last_seq, head.last_hash


def rendered_in_every_language(error: HoagiaiError) -> dict[str, str]:
    """The error's message in Vietnamese and English (format parameters applied)."""
    texts = {}
    for language in ("vi", "en"):
        set_language(language)
        texts[language] = str(error)
    set_language("vi")
    return texts


@dataclass(frozen=True)
class Built:
    """A private case book holding the sample team and a case built to a recipe."""

    book: workspace.OpenedBook
    actor: Actor
    team_id: uuid.UUID
    parts: CaseParts
    other: CaseParts | None  # a second case of the same team, when asked for

    @property
    def case_id(self) -> uuid.UUID:
        return self.parts.case_id


class BookCache:
    """Builds each recipe's book once (through the services) and hands out copies of it.

    Building a case costs far more than copying a file, and many tests start from the same
    state; each test still gets its own file, so no test sees another's changes.
    """

    def __init__(self, template: Path, folder: Path) -> None:
        self._template = template
        self._folder = folder
        self._built: dict[tuple[tuple[str, object], ...], tuple[Path, uuid.UUID, CaseParts,
                                                                CaseParts | None]] = {}

    def _build(self, recipe: dict[str, Any]) -> tuple[Path, uuid.UUID, CaseParts,
                                                     CaseParts | None]:
        path = self._folder / f"recipe-{len(self._built)}.sqlite"
        shutil.copyfile(self._template, path)
        book = workspace.open_book(path)
        try:
            actor = workspace.actor_for(book, "builder")
            closed, with_other = recipe.pop("closed", False), recipe.pop("other", False)
            with book.database.transaction(actor) as s:
                team_id = teams.set_up_team(s, SAMPLE_TEAM, SAMPLE_MEDIATORS)
            with book.database.transaction(actor) as s:
                parts = build_case(s, team_id, **recipe)
                if closed:
                    close_successfully(s, parts.case_id)
                other = build_case(s, team_id, hearing=False, agreement=False,
                                   title="Việc khác") if with_other else None
        finally:
            book.database.dispose()
        return path, team_id, parts, other

    def open(self, target: Path, **recipe: Any) -> Built:
        key = tuple(sorted(recipe.items()))
        if key not in self._built:
            self._built[key] = self._build(dict(recipe))
        source, team_id, parts, other = self._built[key]
        shutil.copyfile(source, target)
        book = workspace.open_book(target)
        return Built(book, workspace.actor_for(book, "tester"), team_id, parts, other)
