"""The streamed case list equals the screen's list (both backends, every filter), and
``show_case`` applies the case window's rules: a sensitive case refused to a mediator who does
not handle it, shown (and journaled) to the one who does."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.db.engine import Actor
from desktop.core.db.models import JournalEntry, Team
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.roles import Role
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.cases import listing, shown, streaming
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import add_person, assign, build_case, close_successfully, mediator_ids
from tests.core.helpers import open_case as open_plain


@pytest.fixture
def mixed(book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID) -> uuid.UUID:
    """Eleven cases over two years: agreed ones with two parties, open ones with one or none,
    a word the search finds in some titles."""
    with book.database.transaction(actor) as s:
        for n in range(4):
            parts = build_case(s, team_id, title=f"Tranh chấp lối đi số {n}")
            if n % 2:
                close_successfully(s, parts.case_id)
        for n in range(4):
            case_id = open_plain(s, team_id, f"Mâu thuẫn hàng xóm {n}",
                                 received_on=date(2025, 5, 1 + n), today=date(2025, 6, 1))
            for party in range(n % 3):
                add_person(s, case_id, team_id, f"Trương Thị Hoa {n}.{party}")
        for n in range(3):
            open_plain(s, team_id, f"Tiếng ồn quán karaoke {n}")
    return team_id


def _screen(session: object, wanted: listing.CaseFilter) -> list[tuple[object, ...]]:
    ids = listing.case_ids(session, wanted)  # type: ignore[arg-type]
    return [(r.number, r.received_on, r.status, r.title, r.parties, r.sensitive)
            for r in listing.case_rows(session, ids)]  # type: ignore[arg-type]


@pytest.mark.both_backends
@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_the_stream_is_the_screens_list(book: workspace.OpenedBook, actor: Actor,
                                        mixed: uuid.UUID, batch: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming, "BATCH", batch)  # batches that cut a case's parties apart
    filters = [listing.CaseFilter(mixed), listing.CaseFilter(mixed, year=2025),
               listing.CaseFilter(mixed, status=CaseStatus.SUCCESSFUL),
               listing.CaseFilter(mixed, text="hoa"), listing.CaseFilter(None)]
    with book.database.reading(actor) as s:
        for wanted in filters:
            streamed = [(c.number, c.received_on, c.status, c.title, ", ".join(c.parties),
                         c.sensitive) for c in streaming.stream_cases(s, wanted)]
            assert streamed == _screen(s, wanted), wanted
        assert streaming.widest_number(s, listing.CaseFilter(mixed)) == len("01/2026")
        assert streaming.widest_number(s, listing.CaseFilter(mixed, year=1999)) == 0


@pytest.fixture
def sensitive_case(book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID) -> uuid.UUID:
    with book.database.transaction(actor) as s:
        case_id = open_plain(s, team_id, "Bạo lực gia đình", sensitive=True)
        assign(s, case_id, mediator_ids(s, team_id)[1])
    return case_id


def _mediator(book: workspace.OpenedBook, team_id: uuid.UUID, index: int) -> Actor:
    with book.database.reading() as s:
        mediator = mediator_ids(s, team_id)[index]
    return Actor("hoagiaivien", book.device, role=Role.MEDIATOR, mediator_id=mediator)


def _views(book: workspace.OpenedBook, actor: Actor, case_id: uuid.UUID) -> int:
    with book.database.reading(actor) as s:
        return len(s.scalars(select(JournalEntry).where(
            JournalEntry.op == "view", JournalEntry.entity_id == str(case_id))).all())


@pytest.mark.both_backends
def test_a_sensitive_case_is_refused_to_a_mediator_not_handling_it(
        book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID,
        sensitive_case: uuid.UUID) -> None:
    stranger = _mediator(book, team_id, 2)
    with pytest.raises(PermissionDenied) as refused, \
            book.database.transaction(stranger) as s:
        shown.show_case(s, sensitive_case)
    assert refused.value.message_id == shown.MAY_NOT_SEE
    assert _views(book, actor, sensitive_case) == 0
    handling = _mediator(book, team_id, 1)
    with book.database.transaction(handling) as s:
        case = shown.show_case(s, sensitive_case)
    assert case.detail.title == "Bạo lực gia đình" and case.detail.sensitive
    with book.database.transaction(actor) as s:  # the team leader sees it too
        shown.show_case(s, sensitive_case)
    assert _views(book, actor, sensitive_case) == 2  # each look journaled, as in the app


def test_numbers_are_found_or_refused_by_rule(book: workspace.OpenedBook, actor: Actor,
                                              team_id: uuid.UUID) -> None:
    with book.database.transaction(actor) as s:
        case_id = open_plain(s, team_id)
    assert shown.case_number(" 7 / 2026 ") == (7, 2026)
    assert shown.case_number("123456", 2026) == (123456, 2026)
    for text, year, message_id in [("0/2026", None, None), ("1234567/2026", None, None),
                                   ("12", None, shown.YEAR_NEEDED),
                                   ("3/2026", 2025, shown.YEARS_DIFFER)]:
        with pytest.raises(ValidationError) as refused:
            shown.case_number(text, year)
        assert refused.value.message_id == (message_id or refused.value.message_id)
        assert refused.value.field in {"case_number", "year"}
    with book.database.reading(actor) as s:
        assert shown.find_case(s, team_id, 1, 2026) == case_id
        assert shown.find_case(s, None, 1, 2026) == case_id  # a ward book: the one team's
        with pytest.raises(NotFoundError) as missing:
            shown.find_case(s, team_id, 2, 2026)
    assert missing.value.message_id == shown.NO_SUCH_CASE


def test_a_number_in_two_teams_of_a_ward_book_is_refused_by_name(
        book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID) -> None:
    with book.database.transaction(actor) as s:
        own = open_plain(s, team_id)
        other = Team(name="Tổ hòa giải thôn Đông", village="Thôn Đông", commune="Xã Tân Lập",
                     province="Thành phố Hà Nội", address="Nhà văn hóa thôn Đông")
        s.add(other)
        s.flush()
        open_plain(s, other.id)  # case 01/2026 of the other team too
    with book.database.reading(actor) as s:
        assert shown.find_case(s, team_id, 1, 2026) == own  # the team's book: its own
        with pytest.raises(ValidationError) as refused:
            shown.find_case(s, None, 1, 2026)  # a ward's book: which one?
    assert refused.value.message_id == shown.IN_SEVERAL_TEAMS
    assert refused.value.params["count"] == 2
    assert "Tổ hòa giải thôn Đông" in refused.value.params["teams"]
