"""The written agreement from the case window: built in the background, previewed, printed and
saved through the dialog seam, every output journaled."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import AssignmentMethod, OutcomeKind, ParticipantRole, Sex
from desktop.core.i18n import _
from desktop.core.services.cases import assignments, hearings, outcomes, participants
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.documents.agreement_preview import agreement_file_name
from desktop.gui.documents.pdf_printing import pages_to_print
from desktop.gui.documents.preview import PdfPreviewDialog
from tests.gui.fakes import open_case

RECEIVED = date.today() - timedelta(days=20)
LONG_TERM = ("Ông Nguyễn Văn An tự tháo dỡ phần hàng rào lấn sang lối đi chung, trả lại lối "
             "đi rộng 1,5 mét như hiện trạng trước năm 2020. ") * 4


def successful_case(book, actor, team_id, terms: int = 1):
    case_id = open_case(book, actor, team_id, received_on=RECEIVED)
    with book.database.transaction(actor) as s:
        an = people.create_person(s, team_id, people.PersonInput(
            "Nguyễn Văn An", Sex.MALE, birth_year=1970, citizen_id="001070012345",
            address="Số 3 ngõ 12 Hoàng Quốc Việt"))
        binh = people.create_person(s, team_id, people.PersonInput(
            "Đặng Thị Bình", Sex.FEMALE, birth_year=1972, address="Số 5 ngõ 12"))
        p_an = participants.add_participant(s, case_id, an, ParticipantRole.PARTY)
        p_binh = participants.add_participant(s, case_id, binh, ParticipantRole.PARTY)
        leader = teams.list_mediators(s, team_id)[0]
        assignments.assign_mediator(s, case_id, leader.id, AssignmentMethod.ASSIGNED_BY_LEADER,
                                    True, RECEIVED)
        hearings.add_hearing(s, case_id, hearings.HearingInput(
            datetime.combine(RECEIVED, datetime.min.time()).replace(hour=8), "Nhà văn hóa",
            participant_ids=frozenset({p_an, p_binh}), mediator_ids=frozenset({leader.id})))
        outcomes.save_agreement(s, case_id, outcomes.AgreementInput(RECEIVED, terms=tuple(
            outcomes.TermInput(p_an, f"{n + 1}. {LONG_TERM}") for n in range(terms))))
        outcomes.close_case(s, case_id, OutcomeKind.SUCCESSFUL, RECEIVED)
    return case_id


def open_preview(qtbot, context, case_id, seam) -> tuple[CaseWindow, PdfPreviewDialog]:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.actionWrittenAgreement.isEnabled())
    with qtbot.waitSignal(window.document_opened, timeout=20_000) as opened:
        window.ui.agreementButton.click()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    return window, preview


def print_events(book) -> list[dict]:
    with book.database.reading() as session:
        return [e.changes for e in session.scalars(
            select(JournalEntry).where(JournalEntry.op == "print"))]


def test_the_preview_pages_through_a_long_agreement(qtbot, book, actor, team_id, context,
                                                    seam):
    case_id = successful_case(book, actor, team_id, terms=6)
    _window, preview = open_preview(qtbot, context, case_id, seam)
    ui = preview.ui
    assert preview.page_count() >= 2
    assert ui.pageLabel.text() == _("Page {page} of {count}").format(
        page=1, count=preview.page_count())
    assert not ui.previousButton.isEnabled() and ui.nextButton.isEnabled()
    ui.nextButton.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert ui.previousButton.isEnabled()
    ui.zoomInButton.click()
    assert not ui.fitWidthButton.isChecked()
    ui.fitWidthButton.click()
    assert ui.fitWidthButton.isChecked()


def test_saving_writes_the_pdf_and_journals_it(qtbot, book, actor, team_id, context, seam,
                                               tmp_path):
    case_id = successful_case(book, actor, team_id)
    _window, preview = open_preview(qtbot, context, case_id, seam)
    target = tmp_path / "ban-in"
    seam.save_paths.append(target)
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        preview.ui.saveButton.click()
    saved = tmp_path / "ban-in.pdf"
    assert seam.suggested[0].name == f"VBHGT-01-{RECEIVED.year}.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Đặng Thị Bình" in text
    assert print_events(book)[0]["document"] == "agreement"
    assert print_events(book)[0]["target"] == str(saved)


def test_printing_renders_every_page_and_journals_the_printer(qtbot, book, actor, team_id,
                                                              context, seam, tmp_path):
    case_id = successful_case(book, actor, team_id, terms=6)
    _window, preview = open_preview(qtbot, context, case_id, seam)
    printed = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return True

    seam.printers.append(to_file)
    with qtbot.waitSignal(context.data_changed, timeout=20_000):
        preview.ui.printButton.click()
    assert len(PdfReader(printed).pages) == preview.page_count()
    assert print_events(book)[0]["target"] == str(printed)


def test_a_cancelled_print_is_not_journaled(qtbot, book, actor, team_id, context, seam):
    case_id = successful_case(book, actor, team_id)
    _window, preview = open_preview(qtbot, context, case_id, seam)
    seam.printers.append(lambda printer: False)
    seam.save_paths.append(None)
    preview.ui.printButton.click()
    preview.ui.saveButton.click()
    context.runner.wait_for_done()
    assert print_events(book) == []


def test_the_agreement_is_offered_only_for_a_successful_case(qtbot, book, actor, team_id,
                                                             context, seam):
    case_id = open_case(book, actor, team_id, received_on=RECEIVED)
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    assert not window.ui.actionWrittenAgreement.isEnabled()
    assert not window.ui.agreementButton.isEnabled()


def test_file_names_and_page_ranges():
    assert agreement_file_name("03/2026") == "VBHGT-03-2026.pdf"
    printer = QPrinter()
    assert pages_to_print(printer, 3) == range(3)
    printer.setFromTo(2, 5)
    assert pages_to_print(printer, 3) == range(1, 3)
