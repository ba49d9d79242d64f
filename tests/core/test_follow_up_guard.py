"""Two officers following up the same agreement term (#16): the answer is checked against the
term's version as it was shown; a stale answer is refused with who answered, when, on which
computer and what is now on record, and the first answer stands. On a file book and on the
test run's PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.db.engine import Actor
from desktop.core.db.models import AgreementTerm
from desktop.core.domain.enums import FollowUpStatus
from desktop.core.domain.roles import Role
from desktop.core.errors import ConcurrentEditError, NotFoundError
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import outcomes
from tests.core.helpers import TODAY, build_case, close_successfully

LAN = Actor("lan", "may-tinh-2", role=Role.TEAM_LEADER)
FOLLOWED_ON = date(2026, 3, 21)


def agreed_term(book, actor, team_id) -> tuple[object, object, int]:
    """A successful case's one term: (case id, term id, the term's version as shown)."""
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
    with book.database.reading() as s:
        (term,) = case_detail.get_case(s, parts.case_id).agreement.terms
        version = s.get(AgreementTerm, term.id).version
    return parts.case_id, term.id, version


def saved(book, case_id):
    with book.database.reading() as s:
        (term,) = case_detail.get_case(s, case_id).agreement.terms
    return term.follow_up_status, term.follow_up_note


@pytest.mark.both_backends
def test_a_stale_follow_up_is_refused_with_who_when_and_what(book, actor, team_id):
    case_id, term_id, shown = agreed_term(book, actor, team_id)
    with book.database.transaction(LAN) as s:  # she answers first, from the same version
        outcomes.record_follow_up(s, term_id, FollowUpStatus.IMPLEMENTED, "Đã dỡ xong",
                                  today=FOLLOWED_ON, seen_version=shown)

    with pytest.raises(ConcurrentEditError) as refused, book.database.transaction(actor) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.NOT_IMPLEMENTED,
                                  today=FOLLOWED_ON, seen_version=shown)
    text = refused.value.message
    assert "lan" in text and "may-tinh-2" in text  # who, on which computer
    assert "Đã dỡ xong" in text and "Đã thực hiện" in text  # what is on record now
    assert "Không thực hiện" in text  # the refused answer, said back to its officer
    assert saved(book, case_id) == (FollowUpStatus.IMPLEMENTED, "Đã dỡ xong")


@pytest.mark.both_backends
def test_an_answer_from_the_current_version_is_saved(book, actor, team_id):
    case_id, term_id, shown = agreed_term(book, actor, team_id)
    with book.database.transaction(LAN) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.PARTLY_IMPLEMENTED,
                                  today=FOLLOWED_ON, seen_version=shown)
    with book.database.transaction(actor) as s:  # read again: now the answer may follow hers
        outcomes.record_follow_up(s, term_id, FollowUpStatus.IMPLEMENTED, "Dỡ nốt",
                                  today=FOLLOWED_ON, seen_version=shown + 1)
    assert saved(book, case_id) == (FollowUpStatus.IMPLEMENTED, "Dỡ nốt")


@pytest.mark.both_backends
def test_a_term_removed_meanwhile_is_said_and_nothing_saved(book, actor, team_id):
    case_id, term_id, shown = agreed_term(book, actor, team_id)
    with book.database.transaction(LAN, reason="Hai bên bỏ điều khoản") as s:
        agreement = case_detail.get_case(s, case_id).agreement
        outcomes.save_agreement(s, case_id, outcomes.AgreementInput(
            agreement.reached_on, agreement.note, ()))
    with pytest.raises(NotFoundError), book.database.transaction(actor) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.IMPLEMENTED, today=TODAY,
                                  seen_version=shown)
