"""Entry that does not fight the user: a date typed wherever the cursor is, an optional date
that fills in as it is typed, an error mark that goes once the field is edited, the first field
focused, a term for both parties."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.core.errors import RuleViolations, ValidationError
from desktop.gui.case.term_dialog import BOTH_PARTIES, TermDialog
from desktop.gui.cases import NewCaseDialog
from desktop.gui.kit.date_typing import install_date_typing, remove_date_typing
from desktop.gui.kit.field_errors import FieldErrors
from desktop.gui.kit.form_helpers import OptionalDate
from desktop.gui.kit.optional_date import OptionalDateEdit
from desktop.gui.kit.signals import emit


@pytest.fixture
def typing_dates(qapp: QApplication) -> Iterator[None]:
    install_date_typing(qapp)
    yield
    remove_date_typing(qapp)


def date_edit(qtbot) -> QDateEdit:
    edit = QDateEdit(QDate(2026, 12, 7))
    edit.setDisplayFormat("dd/MM/yyyy")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


@pytest.mark.parametrize("x", [2, 40, 70, 200])  # the day, the month, the year, past the end
def test_a_date_typed_after_a_click_anywhere_lands_whole(qtbot, typing_dates, x):
    edit = date_edit(qtbot)
    line = edit.findChild(QLineEdit)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(min(x, line.width() - 2), 8))
    qtbot.keyClicks(edit, "03042025")
    assert edit.date() == QDate(2025, 4, 3)


def test_a_date_typed_with_slashes_lands_whole(qtbot, typing_dates):
    edit = date_edit(qtbot)
    qtbot.mouseClick(edit.findChild(QLineEdit), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "3/4/2025")
    assert edit.date() == QDate(2025, 4, 3)


def test_arrow_keys_still_choose_the_section(qtbot, typing_dates):
    edit = date_edit(qtbot)
    edit.setFocus()
    edit.setCurrentSection(QDateEdit.Section.YearSection)
    qtbot.keyClick(edit, Qt.Key.Key_Right)  # the person placed the cursor themselves
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() != QDate(2026, 12, 7)


def test_an_optional_date_fills_in_as_it_is_typed(qtbot, typing_dates):
    optional = OptionalDateEdit()
    qtbot.addWidget(optional)
    optional.show()
    assert optional.date() is None and optional.date_edit.isEnabled()
    qtbot.keyClicks(optional.date_edit, "01022024")
    assert optional.date() == date(2024, 2, 1)
    assert not optional.unknown.isChecked()


def test_a_date_set_by_the_program_leaves_unknown_ticked(qtbot):
    optional = OptionalDateEdit()
    qtbot.addWidget(optional)
    optional.date_edit.setDate(QDate(2024, 2, 1))
    optional.date_edit.setMinimumDate(QDate(2025, 1, 1))
    assert optional.date() is None


def test_a_deadline_pair_fills_in_when_a_day_is_picked(qtbot):
    edit, absent = QDateEdit(), QCheckBox()
    edit.setCalendarPopup(True)
    for widget in (edit, absent):
        qtbot.addWidget(widget)
    pair = OptionalDate(edit, absent)
    pair.set_value(None, default=date(2026, 12, 7))
    assert pair.value() is None and edit.isEnabled()
    emit(edit.calendarWidget().clicked, QDate(2026, 12, 20))
    assert pair.value() is not None


def test_an_error_mark_goes_when_its_field_is_edited(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label, title, place = QLabel(holder), QLineEdit(holder), QLineEdit(holder)
    errors = FieldErrors(label, {"title": title, "place": place})
    errors.show(RuleViolations([ValidationError("Write a title.", field="title"),
                                ValidationError("Write the place.", field="place")]))
    assert errors.is_marked(title) and errors.is_marked(place)
    qtbot.keyClicks(title, "Tranh chap")
    assert not errors.is_marked(title) and title.styleSheet() == ""
    assert errors.is_marked(place)
    assert "title" not in errors.text and "place" in errors.text
    qtbot.keyClicks(place, "Nha van hoa")
    assert errors.text == ""


def test_the_new_case_dialog_starts_in_the_title(qtbot, context):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.ui.titleEdit


def test_a_term_for_both_parties_is_kept_for_each(qtbot):
    an, binh = uuid.uuid4(), uuid.uuid4()
    dialog = TermDialog([("Nguyễn Văn An", an), ("Đặng Thị Bình", binh)], date(2026, 12, 1),
                        parties=[an, binh])
    qtbot.addWidget(dialog)
    dialog.ui.obligedCombo.setCurrentIndex(dialog.ui.obligedCombo.findData(BOTH_PARTIES))
    dialog.ui.contentEdit.setPlainText("Cùng dựng lại cột mốc")
    assert [t.obliged_participant_id for t in dialog.terms()] == [an, binh]
    assert {t.content for t in dialog.terms()} == {"Cùng dựng lại cột mốc"}


def unnamed_inputs(dialog: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no accessible name and no label pointing at it."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPlainTextEdit

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    return [widget.objectName() for widget in dialog.findChildren(QWidget)
            if isinstance(widget, kinds) and not widget.objectName().startswith("qt_")
            and widget.parent() is not None and not isinstance(widget.parent(), kinds)
            and not widget.accessibleName() and widget not in buddies]


def test_every_input_of_the_case_dialogs_has_a_name(qtbot, context):
    from desktop.gui.case.close_dialog import CloseDialog

    for dialog in (NewCaseDialog(context), TermDialog([("An", uuid.uuid4())], None),
                   CloseDialog(date(2026, 1, 5))):
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], type(dialog).__name__
