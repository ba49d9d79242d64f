"""Two ward officers resolving the same import conflict (#16), each with their own session on
the ward's book (a file, and the test run's PostgreSQL server): the second is told it was
already resolved, by whom, when and how, and nothing is applied twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, JournalEntry
from desktop.core.domain.roles import Role
from desktop.core.errors import ConcurrentEditError
from desktop.core.exchange import ward
from tests.exchange import sides

MINH = Actor("canbo.minh", "may-tinh-3", role=Role.WARD_OFFICER)


@pytest.fixture(params=["sqlite", "postgresql"])
def ward_side(request, migrated_template, tmp_path) -> Iterator[sides.Side]:
    if request.param == "postgresql":
        side = sides.ward_url_side(request.getfixturevalue("postgres_url"), tmp_path / "ward")
    else:
        side = sides.make_ward(migrated_template, tmp_path)
    yield side
    side.db.dispose()


def test_the_second_resolution_is_told_who_resolved_it_and_how(ward_side, migrated_template,
                                                              tmp_path):
    team = sides.make_team(migrated_template, tmp_path, "Thôn Bắc")
    sides.connect(team, ward_side)
    number, case_id = sides.a_conflict(ward_side, team)
    other = sides.second_connection(ward_side)
    try:
        with ward_side.tx(reason="Theo tổ") as s:  # the first officer keeps the team's value
            ward.resolve(s, number, "team", "Tổ đã xác minh với các bên")
        with pytest.raises(ConcurrentEditError) as refused, \
                other.database.transaction(MINH, reason="Theo xã") as s:
            ward.resolve(s, number, "ward", "Xã đã xác minh")
    finally:
        other.database.dispose()
        team.db.dispose()
    text = refused.value.message
    assert f"Chênh lệch số {number} đã được tuphap xử lý" in text  # by whom
    assert "giá trị của tổ (Tổ sửa)" in text  # how: which side, which value
    assert "Tổ đã xác minh với các bên" in text  # and why
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tổ sửa"  # the first resolution stands
        (item,) = ward.list_review(s, include_resolved=True)
        assert (item.chosen, item.reason) == ("team", "Tổ đã xác minh với các bên")
        events = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.op == "conflict_resolved"))
    assert events == 1


def test_the_second_officers_review_dialog_says_who_resolved_it_and_reads_the_queue_again(
        qtbot, ward_side, migrated_template, tmp_path):
    """Both officers have the review queue open on the same conflict; the first keeps the
    team's value; the second, still seeing the item, chooses the ward's: the dialog says by
    whom, when and how it was resolved, changes nothing, and shows the queue as it is now."""
    from desktop.gui.exchange.review_dialog import ExchangeReviewDialog
    from tests.gui.conftest import FakeDialogs, make_context, wait_idle

    team = sides.make_team(migrated_template, tmp_path, "Thôn Bắc")
    sides.connect(team, ward_side)
    number, case_id = sides.a_conflict(ward_side, team)
    other = sides.second_connection(ward_side)
    contexts = [make_context(ward_side.book, ward_side.actor, None),
                make_context(other, MINH, None)]
    reasons = ["Tổ đã xác minh với các bên", "Xã đã xác minh"]
    dialogs = [FakeDialogs(), FakeDialogs()]
    try:
        opened = []
        for context, seam, reason in zip(contexts, dialogs, reasons, strict=True):
            seam.ask_text = lambda parent, title, label, reason=reason: reason  # type: ignore
            dialog = ExchangeReviewDialog(context, seam)
            qtbot.addWidget(dialog)
            assert dialog.model.rowCount() == 1  # both see the conflict
            opened.append(dialog)
        first, second = opened
        first.ui.teamButton.click()
        qtbot.waitUntil(lambda: first.model.rowCount() == 0, timeout=20000)
        wait_idle(qtbot, contexts[0])
        assert second.model.rowCount() == 1  # not read again yet: the item is still shown

        second.ui.wardButton.click()
        qtbot.waitUntil(lambda: bool(dialogs[1].messages), timeout=20000)
        wait_idle(qtbot, contexts[1])
        title, text = dialogs[1].messages[-1]
        assert title == "Các chênh lệch cần xem xét"
        assert f"Chênh lệch số {number} đã được tuphap xử lý" in text  # by whom
        assert date.today().strftime("%d/%m/%Y") in text  # when
        assert "giá trị của tổ (Tổ sửa)" in text and reasons[0] in text  # how, and why
        assert second.model.rowCount() == 0  # the queue read again
        assert not second.ui.wardButton.isEnabled() and not second.ui.teamButton.isEnabled()
    finally:
        for context in contexts:
            context.runner.wait_for_done()
        other.database.dispose()
        team.db.dispose()
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tổ sửa"  # the first resolution stands
        (item,) = ward.list_review(s, include_resolved=True)
        assert (item.chosen, item.reason) == ("team", reasons[0])
        assert s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.op == "conflict_resolved")) == 1
