"""Each case of a team book shows whether it went to the ward: not yet sent, sent in package N,
received by the ward on a date; in the case list (a column, with the full text as tooltip) and
in the case window's header. A ward book shows neither."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.exchange.service import case_state, case_states
from desktop.core.i18n import _
from desktop.gui.case.case_window import open_case_window
from desktop.gui.cases.case_table_model import CaseTableModel
from tests.core.helpers import open_case
from tests.exchange import sides
from tests.gui.conftest import FakeDialogs, make_context, wait_idle


@pytest.fixture
def team_and_ward(migrated_template: Path,
                  tmp_path: Path) -> Iterator[tuple[sides.Side, sides.Side]]:
    ward_side = sides.make_ward(migrated_template, tmp_path)
    team = sides.make_team(migrated_template, tmp_path, "Thôn Đông")
    sides.connect(team, ward_side)
    yield team, ward_side
    team.db.dispose()
    ward_side.db.dispose()


def _shown(qtbot, model: CaseTableModel) -> tuple[str, str]:
    with qtbot.waitSignal(model.reloaded):
        model.reload()
    index = model.index(0, CaseTableModel.EXPORT)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_list_and_the_header_follow_a_case_to_the_ward(qtbot, team_and_ward):
    team, ward_side = team_and_ward
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tranh chấp lối đi chung")
    context = make_context(team.book, team.actor, team.team_id)
    model = CaseTableModel(context)
    assert model.columnCount() == 7
    assert model.headerData(CaseTableModel.EXPORT, Qt.Orientation.Horizontal) == _(
        "Sent to the ward")
    assert _shown(qtbot, model) == (_("Not sent"), _("not yet sent"))

    window = open_case_window(context, case_id, FakeDialogs())
    qtbot.addWidget(window)
    label = window.export_state
    assert label is not None
    qtbot.waitUntil(lambda: label.text() == _("Not sent"))
    assert label.toolTip() == _("not yet sent")

    path = sides.export(team)
    assert _shown(qtbot, model) == (_("Sent in package {number}").format(number=1),
                                    _("sent in package {number}").format(number=1))

    sides.receive(ward_side, path)
    sides.back(ward_side, team)  # the ward's acknowledgment
    with team.db.reading() as s:
        state = case_state(s, case_id)
        assert state is not None and state.acknowledged_on is not None
        assert state == next(st for st in case_states(s) if st.case_id == case_id)
    day = f"{state.acknowledged_on:%d/%m/%Y}"
    assert _shown(qtbot, model) == (
        _("Ward received {date}").format(date=day),
        _("sent in package {number}, received by the ward on {date}").format(number=1,
                                                                            date=day))
    window.reload()
    qtbot.waitUntil(lambda: label.text() == _("Ward received {date}").format(date=day))
    wait_idle(qtbot, context)
    context.runner.wait_for_done()


def test_a_case_changed_after_its_package_says_so(qtbot, team_and_ward):
    team, _ward = team_and_ward
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tranh chấp ranh giới đất")
    sides.export(team)
    with team.tx() as s:
        from desktop.core.db.models import Case
        s.get(Case, case_id).title = "Tranh chấp ranh giới đất vườn"
    context = make_context(team.book, team.actor, team.team_id)
    model = CaseTableModel(context)
    assert _shown(qtbot, model)[0] == _("Changed after package {number}").format(number=1)
    context.runner.wait_for_done()


def test_a_ward_book_shows_no_export_state(qtbot, team_and_ward):
    team, ward_side = team_and_ward
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tranh chấp lối đi chung")
    sides.receive(ward_side, sides.export(team))
    context = make_context(ward_side.book, ward_side.actor, None)
    model = CaseTableModel(context)
    assert model.columnCount() == CaseTableModel.EXPORT
    with ward_side.db.reading() as s:
        assert case_state(s, case_id) is None
    context.runner.wait_for_done()
