"""File › Village conventions…: versions with their status, changing a status with its
decision, the annual review table and its printed report through the preview."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import ConventionStatus
from desktop.core.domain.labels import label
from desktop.core.i18n import _
from desktop.core.services.conventions import citations, views
from desktop.core.services.conventions import versions as conventions
from desktop.gui.conventions import ConventionsWindow, open_conventions_window
from desktop.gui.conventions.conventions_window import NO_CONVENTIONS
from desktop.gui.conventions.status_dialog import StatusDialog
from desktop.gui.kit.form_helpers import to_qdate
from tests.gui.conftest import wait_idle
from tests.gui.fakes import open_case
from tests.gui.test_citations_tab import import_sample


def show_window(qtbot, context, seam) -> ConventionsWindow:
    window = open_conventions_window(context, seam)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.loaded, timeout=10_000).wait()
    return window


def test_without_conventions_it_says_how_to_import(qtbot, context, seam):
    window = show_window(qtbot, context, seam)
    assert window.ui.errorLabel.text() == _(NO_CONVENTIONS)
    assert not window.ui.printButton.isEnabled()


def test_versions_and_a_change_of_status_with_its_decision(qtbot, book, actor, team_id,
                                                          context, seam):
    convention_id = import_sample(book, actor, team_id)
    window = show_window(qtbot, context, seam)
    assert window.versionModel.rowCount() == 1
    assert window.versionModel.index(0, 4).data() == label(ConventionStatus.IN_FORCE)

    def first_try(dialog: StatusDialog) -> bool:  # no decision number: refused, shown again
        dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(
            ConventionStatus.PARTLY_SUSPENDED))
        dialog.ui.sinceEdit.setDate(to_qdate(date(2026, 5, 1)))
        return True

    def second_try(dialog: StatusDialog) -> bool:
        assert dialog.ui.errorLabel.text() == _(conventions.STATUS_NEEDS_DECISION)
        dialog.ui.decisionEdit.setText("12/QĐ-UBND")
        dialog.ui.decisionDateEdit.setDate(to_qdate(date(2026, 4, 28)))
        return True
    seam.expect(first_try)
    seam.expect(second_try)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.ui.statusButton.click()
        qtbot.waitUntil(lambda: not seam.scripts, timeout=10_000)
    qtbot.waitUntil(lambda: window.versionModel.index(0, 4).data()
                    == label(ConventionStatus.PARTLY_SUSPENDED), timeout=10_000)
    assert "12/QĐ-UBND" in window.versionModel.index(0, 5).data()
    with book.database.reading() as s:
        version = views.show_convention(s, convention_id).shown_version
    assert (version.status, version.status_since, version.status_decision_no) \
        == (ConventionStatus.PARTLY_SUSPENDED, date(2026, 5, 1), "12/QĐ-UBND")


def test_review_table_and_print(qtbot, book, actor, team_id, context, seam, tmp_path):
    convention_id = import_sample(book, actor, team_id)
    case_id = open_case(book, actor, team_id, received_on=date(2026, 3, 2))
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, case_id, convention_id, 8, note="Lối đi chung")
    window = show_window(qtbot, context, seam)
    window.ui.fromEdit.setDate(to_qdate(date(2026, 1, 1)))
    window.ui.toEdit.setDate(to_qdate(date(2026, 12, 31)))
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        window.ui.showButton.click()
    assert window.reviewModel.rowCount() == 1
    assert [window.reviewModel.index(0, c).data() for c in (0, 2, 3, 4, 5)] \
        == ["8", "1", "-", "-", "1"]
    assert "24" in window.ui.summaryLabel.text() and "1" in window.ui.summaryLabel.text()
    with qtbot.waitSignal(window.preview_opened, timeout=20_000) as opened:
        window.ui.printButton.click()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    seam.save_paths.append(tmp_path / "ra-soat.pdf")
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        preview.ui.saveButton.click()
    assert (tmp_path / "ra-soat.pdf").read_bytes().startswith(b"%PDF")
    with book.database.reading() as s:
        ops = s.scalars(select(JournalEntry.op).where(
            JournalEntry.entity == "conventions")).all()
    assert "print" in ops


def test_a_version_imported_without_its_decision_gets_one_and_can_be_cited(
        qtbot, book, actor, team_id, context, seam, english):
    from desktop.core.conventions.parser import parse
    from desktop.core.conventions.reading import read_convention
    from desktop.core.errors import WorkflowError
    from desktop.gui.conventions.decision_dialog import DecisionDialog
    from tests.conventions.test_parser import SAMPLE

    with book.database.transaction(actor) as s:
        convention_id = conventions.import_convention(
            s, team_id, parse(read_convention(SAMPLE)), "Quy ước thôn Đông").convention_id
    with book.database.reading(actor) as s, pytest.raises(WorkflowError) as refused:
        conventions.version_in_force(s, convention_id, date(2026, 6, 1))
    assert "Decision and dates" in str(refused.value)  # the error says where to record it
    window = show_window(qtbot, context, seam)
    assert window.ui.decisionButton.isEnabled()

    def first_try(dialog: DecisionDialog) -> bool:  # nothing given: refused, shown again
        return True

    def second_try(dialog: DecisionDialog) -> bool:
        assert dialog.ui.errorLabel.text() == _(conventions.RECOGNITION_NEEDS_DECISION)
        dialog.ui.decisionEdit.setText("31/QĐ-UBND")
        dialog.ui.decisionDateEdit.set_date(date(2025, 3, 10))
        dialog.ui.effectiveEdit.set_date(date(2025, 3, 20))
        return True
    seam.expect(first_try)
    seam.expect(second_try)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.ui.decisionButton.click()
        qtbot.waitUntil(lambda: not seam.scripts, timeout=10_000)
    qtbot.waitUntil(lambda: window.versionModel.index(0, 1).data() == "31/QĐ-UBND",
                    timeout=10_000)
    assert window.versionModel.index(0, 3).data() == "20/03/2025"
    with book.database.reading(actor) as s:
        version = conventions.version_in_force(s, convention_id, date(2026, 6, 1))
        assert (version.decision_no, version.decision_date) == ("31/QĐ-UBND", date(2025, 3, 10))
        with pytest.raises(WorkflowError):  # before the day it took effect: still nothing
            conventions.version_in_force(s, convention_id, date(2025, 3, 15))


def test_a_text_with_an_existing_title_becomes_its_new_version(qtbot, book, actor, team_id,
                                                               context, dialogs, english):
    from desktop.gui.conventions import ConventionImportDialog
    from tests.conventions.test_import_dialog import save_button

    convention_id = import_sample(book, actor, team_id)
    dialog = ConventionImportDialog(context, dialogs)
    qtbot.addWidget(dialog)
    dialog.paste_edit.setPlainText("Điều 5. Giữ gìn trật tự và giờ nghỉ ngơi\n"
                                   "1. Không gây tiếng ồn sau 22 giờ 00.\n")
    dialog.paste_button.click()
    dialog.title_edit.setText("hương ước  Tổ dân phố số 5")  # typed a little differently
    dialogs.answer = False
    save_button(dialog).click()
    assert dialogs.messages[-1][0] == "A convention with this title exists"
    assert "another title" in dialog.error_label.text() and dialog.result_ is None
    dialogs.answer = True
    dialog.decision_edit.setText("88/QĐ-UBND")
    dialog.decision_date_edit.set_date(date(2025, 11, 20))
    save_button(dialog).click()
    wait_idle(qtbot, context)
    assert dialog.result_ is not None and dialog.result_.convention_id == convention_id
    with book.database.reading(actor) as s:
        assert len(views.list_conventions(s)) == 1
        shown = views.show_convention(s, convention_id)
    assert [v.decision_no for v in shown.versions] == ["45/QĐ-UBND", "88/QĐ-UBND"]
    assert shown.versions[-1].article_count == 1  # the whole text, as imported


def test_an_import_without_its_decision_says_where_to_record_it(qtbot, context, dialogs,
                                                               english):
    from desktop.gui.conventions import ConventionImportDialog
    from tests.conventions.test_import_dialog import save_button

    dialog = ConventionImportDialog(context, dialogs)
    qtbot.addWidget(dialog)
    dialog.paste_edit.setPlainText("Điều 1. Phạm vi\n1. Áp dụng cho mọi hộ.\n")
    dialog.paste_button.click()
    dialog.title_edit.setText("Quy ước thôn Bắc")
    save_button(dialog).click()
    wait_idle(qtbot, context)
    assert dialog.result_ is not None
    assert "no case can cite it yet" in dialogs.messages[-1][1]
    assert "Decision and dates" in dialogs.messages[-1][1]
