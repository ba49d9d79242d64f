"""The case window's Village convention tab, through its widgets: explain when nothing is
imported, search the version in force (accents ignored), cite with a note, remove, and follow
the closed-case rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.i18n import _
from desktop.core.services.conventions import citations
from desktop.core.services.conventions import versions as conventions
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.case.citations_tab import NO_CONVENTION, CitationsTab
from tests.conventions.test_parser import SAMPLE
from tests.gui.fakes import open_case

FIRST = conventions.Recognition("45/QĐ-UBND", date(2024, 11, 25))


def import_sample(book, actor, team_id):
    with book.database.transaction(actor) as s:
        return conventions.import_convention(s, team_id, parse(read_convention(SAMPLE)),
                                             "Hương ước tổ dân phố số 5",
                                             recognition=FIRST).convention_id


def show_tab(qtbot, context, case_id, seam) -> tuple[CaseWindow, CitationsTab]:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.citations.loaded, timeout=10_000):
        qtbot.waitUntil(lambda: window.data is not None)
    return window, window.citations


@pytest.fixture
def case_id(book, actor, team_id):
    return open_case(book, actor, team_id, received_on=date.today() - timedelta(days=10))


def saved_citations(book, case_id):
    with book.database.reading() as s:
        return citations.case_citations(s, case_id)


def test_without_a_convention_the_tab_explains_how_to_import_one(qtbot, context, case_id,
                                                                 seam):
    window, tab = show_tab(qtbot, context, case_id, seam)
    assert not tab.ui.noConventionLabel.isHidden()
    assert tab.ui.noConventionLabel.text() == _(NO_CONVENTION)
    assert tab.ui.addGroup.isHidden()
    assert tab.ui.reminderLabel.text() == _(conventions.NOT_LAW_REMINDER)
    index = window.ui.tabs.indexOf(tab)
    # On a screen too narrow for every full title (the offscreen screen is 800 px wide) the tab
    # takes its short title and keeps the full one as its tooltip.
    full = window.ui.tabs.tabText(index).replace("&", "")
    if window.ui.tabs.tabText(index) == _("&Convention"):
        full = window.ui.tabs.tabToolTip(index)
    assert full == _("&Village convention").replace("&", "")


def test_search_cite_with_a_note_and_remove(qtbot, book, actor, team_id, context, case_id,
                                            seam):
    import_sample(book, actor, team_id)
    _window, tab = show_tab(qtbot, context, case_id, seam)
    qtbot.waitUntil(lambda: tab.ui.resultsList.count() == 24)  # every article, before a search
    assert "45/QĐ-UBND" in tab.ui.versionLabel.text()
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        tab.ui.searchEdit.setText("ve sinh moi truong")  # no accents: finds "Vệ sinh môi trường"
    assert next(tab.ui.resultsList.item(i).text() for i in range(tab.ui.resultsList.count())) \
        == _("Article {number}. {title}").format(number=7, title="Vệ sinh môi trường")
    tab.ui.resultsList.setCurrentRow(0)
    tab.ui.clauseCombo.setCurrentIndex(tab.ui.clauseCombo.findData(2))
    tab.ui.noteEdit.setPlainText("Hai hộ cùng tham gia tổng vệ sinh ngõ xóm hằng tháng.")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.ui.citeButton.click()
    [cited] = saved_citations(book, case_id)
    assert (cited.article.number, cited.clause_number, cited.decision_no) == (7, 2, "45/QĐ-UBND")
    assert cited.note == "Hai hộ cùng tham gia tổng vệ sinh ngõ xóm hằng tháng."
    assert tab.model.rowCount() == 1
    assert tab.ui.noteEdit.toPlainText() == ""
    tab.ui.table.selectRow(0)
    seam.confirmations.append(True)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.ui.removeButton.click()
    assert saved_citations(book, case_id) == []
    assert tab.model.rowCount() == 0


def test_citing_the_same_clause_twice_shows_the_message_and_keeps_one(qtbot, book, actor,
                                                                       team_id, context,
                                                                       case_id, seam):
    convention_id = import_sample(book, actor, team_id)
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, case_id, convention_id, 8)
    _window, tab = show_tab(qtbot, context, case_id, seam)
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        tab.ui.searchEdit.setText("Ngõ đi chung")
    wanted = _("Article {number}. {title}").format(number=8, title="Ngõ đi chung")
    tab.ui.resultsList.setCurrentRow(tab.ui.resultsList.row(
        tab.ui.resultsList.findItems(wanted, Qt.MatchFlag.MatchExactly)[0]))
    tab.ui.citeButton.click()
    qtbot.waitUntil(lambda: not tab.ui.errorLabel.isHidden(), timeout=10_000)
    assert tab.ui.errorLabel.text() == _(citations.ALREADY_CITED)
    assert len(saved_citations(book, case_id)) == 1


def test_a_matter_before_the_convention_took_effect_is_told_so(qtbot, book, actor, team_id,
                                                               context, seam):
    import_sample(book, actor, team_id)
    case_id = open_case(book, actor, team_id, received_on=date(2024, 6, 1))
    _window, tab = show_tab(qtbot, context, case_id, seam)
    qtbot.waitUntil(lambda: not tab.ui.errorLabel.isHidden(), timeout=10_000)
    assert "01/06/2024" in tab.ui.errorLabel.text()
    assert tab.ui.resultsList.count() == 0
    assert not tab.ui.citeButton.isEnabled()


def test_a_closed_case_gains_a_citation_only_while_amended(qtbot, book, actor, team_id,
                                                           context, seam):
    from tests.core.helpers import build_case, close_successfully

    convention_id = import_sample(book, actor, team_id)
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        citations.cite_by_number(s, parts.case_id, convention_id, 8)
        close_successfully(s, parts.case_id)
    window, tab = show_tab(qtbot, context, parts.case_id, seam)
    qtbot.waitUntil(lambda: tab.ui.resultsList.count() > 0, timeout=10_000)
    tab.ui.table.selectRow(0)
    assert not tab.ui.citeButton.isEnabled() and not tab.ui.removeButton.isEnabled()
    seam.texts.append("Bổ sung căn cứ hương ước theo biên bản họp tổ")
    window.ui.amendButton.click()
    qtbot.waitUntil(tab.ui.citeButton.isEnabled, timeout=10_000)
    tab.ui.resultsList.setCurrentRow(tab.ui.resultsList.count() - 1)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.ui.citeButton.click()
    assert len(saved_citations(book, parts.case_id)) == 2
