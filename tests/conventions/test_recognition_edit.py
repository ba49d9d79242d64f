"""Recording or correcting a version's recognition decision (``edit_recognition``): a number
and a day are needed, the versions stay in order, a replaced version's end follows, a person
without the right is refused, and the change is journaled."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.db.engine import Actor
from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import ConventionStatus
from desktop.core.domain.roles import Role
from desktop.core.errors import ValidationError
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.conventions import views
from tests.conventions.test_parser import SAMPLE

AMENDMENT = "Điều 5. Giữ gìn trật tự\n1. Không gây tiếng ồn sau 22 giờ 00.\n"


@pytest.fixture
def two_versions(book, actor, team_id):
    with book.database.transaction(actor) as s:
        first = conventions.import_convention(s, team_id, parse(read_convention(SAMPLE)),
                                              "Hương ước tổ dân phố số 5",
                                              recognition=conventions.Recognition(
                                                  "45/QĐ-UBND", date(2024, 11, 25)))
        second = conventions.import_amendment(s, first.convention_id, parse(AMENDMENT),
                                              conventions.Recognition("88/QĐ-UBND",
                                                                      date(2025, 11, 20)))
    return first, second


def test_a_correction_keeps_the_order_and_moves_the_replaced_versions_end(
        book, actor, two_versions):
    first, second = two_versions
    with book.database.transaction(actor) as s, pytest.raises(ValidationError) as wrong:
        conventions.edit_recognition(s, second.version_id, conventions.Recognition(
            "88/QĐ-UBND", date(2024, 1, 2)))
    assert wrong.value.field == "effective_on" and wrong.value.params["other"] == 1
    with book.database.transaction(actor) as s, pytest.raises(ValidationError) as empty:
        conventions.edit_recognition(s, first.version_id, conventions.Recognition())
    assert empty.value.field == "decision_no"
    with book.database.transaction(actor) as s:
        conventions.edit_recognition(s, second.version_id, conventions.Recognition(
            "89/QĐ-UBND", date(2025, 11, 20), date(2025, 12, 1)))
    with book.database.reading(actor) as s:
        shown = views.show_convention(s, first.convention_id).versions
        assert (shown[1].decision_no, shown[1].effective_on) == ("89/QĐ-UBND", date(2025, 12, 1))
        assert (shown[0].status, shown[0].status_since) == (ConventionStatus.REPLACED,
                                                            date(2025, 12, 1))
        assert conventions.version_in_force(s, first.convention_id, date(2025, 11, 25)).ordinal == 1
        changed = [(entry.op, entry.changes) for entry in s.scalars(select(JournalEntry).where(
            JournalEntry.entity_id == str(second.version_id)))]
    assert any(op == "update" and "decision_no" in changes for op, changes in changed)


def test_a_mediator_may_not_change_a_recognition(book, two_versions):
    _first, second = two_versions
    mediator = Actor("hoagiaivien", book.device, role=Role.MEDIATOR)
    with book.database.transaction(mediator) as s, pytest.raises(PermissionDenied):
        conventions.edit_recognition(s, second.version_id, conventions.Recognition(
            "1/QĐ", date(2026, 1, 1)))


def test_a_title_is_found_however_it_was_typed(book, actor, team_id, two_versions):
    first, _second = two_versions
    with book.database.reading(actor) as s:
        assert conventions.convention_titled(s, team_id, " HƯƠNG ƯỚC tổ dân phố  số 5") == (
            first.convention_id)
        assert conventions.convention_titled(s, team_id, "Quy ước thôn Đông") is None


def test_a_second_convention_with_the_same_title_is_refused(book, actor, team_id, two_versions):
    with book.database.transaction(actor) as s, pytest.raises(ValidationError) as refused:
        conventions.import_convention(s, team_id, parse(AMENDMENT), "Hương Ước Tổ Dân Phố Số 5")
    assert refused.value.message_id == conventions.SAME_TITLE and refused.value.field == "title"
    with book.database.reading(actor) as s:
        assert len(views.list_conventions(s)) == 1
