"""The case list: lazy loading a page at a time, filters and sorting in SQL, the new-case dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core.db.models import Case
from desktop.core.domain.enums import CaseStatus
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases.detail import get_case
from desktop.gui.cases import CasesArea, NewCaseDialog
from desktop.gui.cases.case_table_model import PLACEHOLDER, CaseTableModel
from desktop.gui.kit.changes import Area, areas_changed, case_changed
from desktop.gui.kit.signals import emit
from tests.gui.conftest import add_cases, add_party, wait_idle


def loaded_model(qtbot, context) -> CaseTableModel:
    model = CaseTableModel(context)
    with qtbot.waitSignal(model.reloaded):
        model.reload()
    return model


def loaded_area(qtbot, context) -> CasesArea:
    area = CasesArea(context)
    qtbot.addWidget(area)
    area.show()
    wait_idle(qtbot, context)
    return area


def wait_for_reload(qtbot, area: CasesArea, action) -> None:
    with qtbot.waitSignal(area.list_reloaded):
        action()


def recorded_pages(monkeypatch) -> list[int]:
    """The offsets of the pages the model reads, in the order it asks for them."""
    asked: list[int] = []
    real_page = case_list.case_page

    def page(session, wanted, sort, descending, offset, limit, total=None):
        asked.append(offset)
        return real_page(session, wanted, sort, descending, offset, limit, total)
    monkeypatch.setattr(case_list, "case_page", page)
    return asked


def shown(model: CaseTableModel, row: int) -> str:
    return model.index(row, CaseTableModel.NUMBER).data()


def test_model_counts_every_case_and_reads_only_the_pages_asked_for(
        qtbot, context, book, actor, team_id, monkeypatch):
    add_cases(book, actor, team_id, 250)
    asked = recorded_pages(monkeypatch)
    model = loaded_model(qtbot, context)
    assert (model.total, model.rowCount(), asked) == (250, 250, [0])
    assert shown(model, 0) == "250/2025" and model.is_loaded(99)
    assert shown(model, 249) == PLACEHOLDER and model.case_id(249) is None  # asks its page
    with qtbot.waitSignal(model.page_loaded) as loaded:
        pass
    assert loaded.args == [2] and asked == [0, 200]  # the page of row 249, not the one between
    assert shown(model, 249) == "01/2025" and not model.is_loaded(150)
    shown(model, 150)
    with qtbot.waitSignal(model.page_loaded):
        pass
    assert shown(model, 150) == "100/2025" and asked == [0, 200, 100]
    wait_idle(qtbot, context)
    assert asked == [0, 200, 100]  # a page held is never read again


def test_model_keeps_only_the_latest_pages(qtbot, context, book, actor, team_id, monkeypatch):
    add_cases(book, actor, team_id, 60)
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 5)
    monkeypatch.setattr(CaseTableModel, "KEEP_PAGES", 3)
    model = loaded_model(qtbot, context)
    for row in (10, 20, 30, 40):
        shown(model, row)
        with qtbot.waitSignal(model.page_loaded):
            pass
    assert model.held_pages() == 3
    assert [model.is_loaded(row) for row in (0, 10, 20, 30, 40)] == [False, False, True,
                                                                      True, True]
    assert shown(model, 40) == "20/2025"  # 60 cases newest first: row 40 is number 20


def test_a_page_of_an_older_query_is_dropped(qtbot, context, book, actor, team_id):
    add_cases(book, actor, team_id, 150)
    model = loaded_model(qtbot, context)
    shown(model, 120)  # its page is asked for, then the filter changes before it is read
    with qtbot.waitSignal(model.reloaded):
        model.sort(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, context)
    assert (model.rowCount(), model.total, model.held_pages()) == (150, 150, 1)
    assert shown(model, 0) == "01/2025" and not model.is_loaded(120)


def test_a_scroll_to_the_end_reads_only_the_last_page(qtbot, context, book, actor, team_id,
                                                      monkeypatch):
    add_cases(book, actor, team_id, 120)
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 40)  # more rows than a screen shows
    asked = recorded_pages(monkeypatch)
    area = CasesArea(context)
    qtbot.addWidget(area)
    area.resize(800, 400)
    area.show()
    wait_idle(qtbot, context)
    table = area.ui.casesTable
    table.setFocus()
    table.setCurrentIndex(area.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.model.is_loaded(119))
    wait_idle(qtbot, context)
    assert asked == [0, 80]  # rows 40-79 were never on screen: never read
    assert table.currentIndex().row() == 119 and shown(area.model, 119) == "01/2025"
    with qtbot.waitSignal(area.case_activated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [area.model.case_id(119)]


def test_a_refresh_after_an_edit_keeps_the_selection(qtbot, context, book, actor, team_id):
    ids = add_cases(book, actor, team_id, 3)
    area = loaded_area(qtbot, context)
    table = area.ui.casesTable
    table.selectRow(1)
    with book.database.transaction(actor) as session:
        session.get(Case, ids[0]).title = "Tranh chấp tường rào"
    with qtbot.waitSignal(area.list_reloaded):
        context.announce(case_changed(ids[0]))
    wait_idle(qtbot, context)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    assert area.model.index(2, CaseTableModel.TITLE).data() == "Tranh chấp tường rào"


def test_select_case_finds_a_row_whose_page_is_not_held(qtbot, context, book, actor, team_id,
                                                        monkeypatch):
    ids = add_cases(book, actor, team_id, 30)
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 5)
    area = loaded_area(qtbot, context)
    assert area.model.row_of(ids[2]) is None  # number 03: row 27, on a page not read yet
    area.select_case(ids[2])
    table = area.ui.casesTable
    qtbot.waitUntil(lambda: bool(table.selectionModel().selectedRows()))
    assert [index.row() for index in table.selectionModel().selectedRows()] == [27]
    qtbot.waitUntil(lambda: area.model.case_id(27) == ids[2])


def test_model_shows_number_date_and_ids(qtbot, context, book, actor, team_id):
    [case_id] = add_cases(book, actor, team_id, 1)
    model = loaded_model(qtbot, context)
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[CaseTableModel.NUMBER] == "01/2025"
    assert row[CaseTableModel.RECEIVED] == "02/03/2025"
    assert model.index(0, 0).data(CaseTableModel.ID_ROLE) == case_id
    assert model.index(0, 0).data(CaseTableModel.SORT_ROLE) == (2025, 1)


def test_sensitive_case_carries_a_lock(qtbot, context, book, actor, team_id):
    [case_id] = add_cases(book, actor, team_id, 1)
    with book.database.transaction(actor) as session:
        session.get(Case, case_id).sensitive = True
    model = loaded_model(qtbot, context)
    status = model.index(0, CaseTableModel.STATUS)
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert status.data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_requeries_in_sql(qtbot, context, book, actor, team_id):
    add_cases(book, actor, team_id, 3)
    model = loaded_model(qtbot, context)
    numbers = lambda: [model.index(r, 0).data() for r in range(model.rowCount())]  # noqa: E731
    assert numbers() == ["03/2025", "02/2025", "01/2025"]
    with qtbot.waitSignal(model.reloaded):
        model.sort(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert numbers() == ["01/2025", "02/2025", "03/2025"]
    with qtbot.waitSignal(model.reloaded):
        model.sort(CaseTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert model.sort_key is case_list.SortKey.TITLE


def test_filters_by_status_year_and_text(qtbot, context, book, actor, team_id):
    old, new, other = (add_cases(book, actor, team_id, 1, date(2024, 5, 1))
                       + add_cases(book, actor, team_id, 2, date(2025, 6, 1)))
    add_party(book, actor, team_id, new, "Đặng Thị Bình")
    with book.database.transaction(actor) as session:
        session.get(Case, other).status = CaseStatus.UNSUCCESSFUL  # closing takes a hearing
    area = loaded_area(qtbot, context)
    assert area.model.total == 3
    assert area.ui.yearCombo.count() == 3  # All years, 2025, 2024
    combo = area.ui.statusCombo
    wait_for_reload(qtbot, area, lambda: combo.setCurrentIndex(
        combo.findData(CaseStatus.UNSUCCESSFUL.value)))
    assert [area.model.case_id(r) for r in range(area.model.rowCount())] == [other]
    wait_for_reload(qtbot, area, lambda: combo.setCurrentIndex(0))
    years = area.ui.yearCombo
    wait_for_reload(qtbot, area, lambda: years.setCurrentIndex(years.findData(2024)))
    assert [area.model.case_id(0)] == [old] and area.model.total == 1
    wait_for_reload(qtbot, area, lambda: years.setCurrentIndex(0))
    wait_for_reload(qtbot, area, lambda: area.ui.searchEdit.setText("dang"))
    assert area.model.total == 1 and area.model.case_id(0) == new
    assert "Đặng Thị Bình" in area.model.index(0, CaseTableModel.PARTIES).data()


@pytest.mark.usefixtures("english")
def test_search_waits_for_typing_to_pause(qtbot, context, book, actor, team_id):
    add_cases(book, actor, team_id, 2)
    area = loaded_area(qtbot, context)
    area.ui.searchEdit.setText("x")
    area.ui.searchEdit.setText("xyz")
    assert area.search_timer.isActive() and area.model.total == 2
    with qtbot.waitSignal(area.list_reloaded, timeout=2000):
        pass
    assert area.model.total == 0
    assert "No cases match" in area.ui.emptyLabel.text()
    assert area.ui.stack.currentWidget() is area.ui.emptyPage


@pytest.mark.usefixtures("english")
def test_empty_book_invites_the_first_case(qtbot, context):
    area = loaded_area(qtbot, context)
    assert area.ui.stack.currentWidget() is area.ui.emptyPage
    assert "No cases yet" in area.ui.emptyLabel.text()


def test_enter_on_a_row_opens_the_case(qtbot, context, book, actor, team_id):
    [case_id] = add_cases(book, actor, team_id, 1)
    area = loaded_area(qtbot, context)
    table = area.ui.casesTable
    table.setFocus()
    table.setCurrentIndex(area.model.index(0, 0))
    with qtbot.waitSignal(area.case_activated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [case_id]


def fill_new_case(dialog: NewCaseDialog) -> None:
    dialog.ui.titleEdit.setText("Tranh chấp ranh giới đất giữa hai hộ")
    combo = dialog.ui.categoryCombo
    combo.setCurrentIndex(combo.findData("shared_path_utilities"))
    dialog.ui.summaryEdit.setPlainText("Hai hộ tranh chấp lối đi chung.")
    dialog.ui.sensitiveCheck.setChecked(True)
    dialog.ui.aroseEdit.set_date(date(2025, 12, 24))


def test_new_case_dialog_saves_case_number_one(qtbot, context, book):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.ui.receivedEdit.date() == QDate.currentDate()
    assert dialog.ui.receivedEdit.displayFormat() == "dd/MM/yyyy"
    assert not dialog.ui.referrerEdit.isEnabled()
    assert dialog.ui.aroseEdit.date() is None  # unknown until the user gives it
    fill_new_case(dialog)
    with qtbot.waitSignal(dialog.case_saved) as saved:
        emit(dialog.ui.buttonBox.accepted)
    with book.database.reading() as session:
        detail = get_case(session, saved.args[0])
    assert detail.number == f"01/{date.today().year}"
    assert detail.sensitive and detail.title == "Tranh chấp ranh giới đất giữa hai hộ"
    assert detail.arose_on == date(2025, 12, 24)


def test_new_case_dialog_keeps_input_and_shows_errors(qtbot, context):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.summaryEdit.setPlainText("Nội dung đã nhập")
    grounds = dialog.ui.groundsCombo
    grounds.setCurrentIndex(grounds.findData("proposed_by_other"))
    assert dialog.ui.referrerEdit.isEnabled()
    emit(dialog.ui.buttonBox.accepted)
    qtbot.waitUntil(lambda: bool(dialog.errors.text))
    assert dialog.case_id is None and dialog.result() == 0
    assert dialog.ui.summaryEdit.toPlainText() == "Nội dung đã nhập"
    assert dialog.ui.titleEdit.styleSheet()  # marked for correction


def test_the_list_reloads_only_when_cases_changed(qtbot, context, book, actor, team_id):
    area = loaded_area(qtbot, context)
    reloads: list[int] = []
    area.list_reloaded.connect(reloads.append)
    context.announce(areas_changed(Area.SETTINGS))  # nothing the list shows
    wait_idle(qtbot, context)
    assert reloads == []
    [case_id] = add_cases(book, actor, team_id, 1)
    with qtbot.waitSignal(area.list_reloaded):
        context.announce(case_changed(case_id))
    assert reloads == [1]


def test_new_case_dialog_records_the_parties_named_in_it(qtbot, context, book):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    fill_new_case(dialog)
    dialog.ui.party1NameEdit.setText("Nguyễn Văn An")
    dialog.ui.party1SexCombo.setCurrentIndex(1)
    dialog.ui.party1AddressEdit.setText("Thôn Đông")
    dialog.ui.party2NameEdit.setText("  ")  # an empty row is no party
    with qtbot.waitSignal(dialog.case_saved) as saved:
        emit(dialog.ui.buttonBox.accepted)
    with book.database.reading() as session:
        detail = get_case(session, saved.args[0])
    [party] = detail.participants
    assert party.person.full_name == "Nguyễn Văn An" and party.person.address == "Thôn Đông"


@pytest.mark.parametrize("size", [100, 150, 200])
def test_the_title_keeps_its_room_at_large_text(qtbot, qapp, context, book, actor, team_id,
                                                size):
    from desktop.gui.kit.appearance import apply_appearance

    add_cases(book, actor, team_id, 3)
    apply_appearance(qapp, size, high_contrast=False)
    try:
        area = CasesArea(context)
        qtbot.addWidget(area)
        area.resize(1100, 600)
        area.show()
        wait_idle(qtbot, context)
        area.fit_columns()
        table = area.ui.casesTable
        title = table.horizontalHeader().sectionSize(CaseTableModel.TITLE)
        assert title >= 0.2 * table.viewport().width()
        assert title >= table.fontMetrics().horizontalAdvance("Tranh chấp lối đi")
    finally:
        apply_appearance(qapp, 100, high_contrast=False)
