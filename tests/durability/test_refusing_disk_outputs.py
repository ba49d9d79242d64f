"""Print-to-file, a person's export and the preview's "Save as PDF" onto a full or read-only
disk (a real 1 MB tmpfs, see test_full_disk), and an import read from a read-only USB stick:
each refusal is the translated sentence (no traceback), the file that was there stays as it
was, no temporary file is left, and the book records nothing (no print, no export)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.core.db.models import Case, JournalEntry
from desktop.core.db.models_documents import IssuedDocument
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import service, ward
from desktop.core.files import DISK_FULL, READ_ONLY
from desktop.core.i18n import _
from desktop.core.services.workspace import book as workspace
from tests.conftest import TESTER, encrypt_for_cli
from tests.core.helpers import build_case, close_successfully
from tests.durability.test_full_disk import (
    FILLER,
    disk,
    mounted_tmpfs,
    refusal,
    refused,
)
from tests.exchange import sides
from tests.hostile.registry import book_digest, clear_message_problems

__all__ = ["disk", "refused"]  # the fixtures, shared with test_full_disk


def _handed_out(book_path: Path) -> tuple[int, int]:
    """The journal's print and export events, and the issued documents kept."""
    opened = workspace.login(book_path, TESTER)
    try:
        with opened.database.reading(opened.actor) as session:
            events = session.scalar(select(func.count()).select_from(JournalEntry).where(
                JournalEntry.op.in_(("print", "export", "print_copy")))) or 0
            issued = session.scalar(select(func.count()).select_from(IssuedDocument)) or 0
            return events, issued
    finally:
        opened.database.dispose()


@pytest.fixture
def cli_book(book, book_path, actor, team_id) -> tuple[Path, str]:
    """An encrypted book (the command line logs in) with one successful case; its number."""
    with book.database.transaction(actor) as session:
        case_id = build_case(session, team_id).case_id
        close_successfully(session, case_id)
        case = session.get(Case, case_id)
        assert case is not None
        number = case.number
    encrypt_for_cli(book, book_path)
    return book_path, number


@pytest.mark.parametrize("command", ["print", "persons"])
def test_printing_or_exporting_onto_a_refusing_disk_says_so_and_records_nothing(
        disk, refused, cli_book, capsys, command):
    refuse, message_id = refused
    book_path, number = cli_book
    target = disk.point / ("van-ban.pdf" if command == "print" else "nguoi.json")
    target.write_bytes(b"the file as it was")
    before, handed_out = disk.contents(), _handed_out(book_path)
    refuse()
    arguments = (["print", "agreement", "--db", str(book_path), "-o", str(target), number]
                 if command == "print" else
                 ["persons", "export", "--db", str(book_path), "-o", str(target),
                  "Nguyễn Văn An"])
    assert main(arguments) == 1
    error = capsys.readouterr().err
    assert refusal(message_id, target) in error and "Traceback" not in error
    assert disk.contents() == before
    assert _handed_out(book_path) == handed_out  # no print or export recorded


def test_save_as_pdf_onto_a_refusing_disk_warns_and_keeps_the_old_file(qtbot, disk, refused):
    from desktop.gui.documents.preview import PdfPreviewDialog
    from desktop.gui.kit.dialogs import Dialogs

    refuse, _message_id = refused
    target = disk.point / "van-ban.pdf"
    target.write_bytes(b"the file as it was")
    warned: list[str] = []

    class Seam(Dialogs):
        def save_file(self, parent, title, suggested, file_filter):
            return target

        def warn(self, parent, title, text):
            warned.append(text)

    from desktop.core.documents.recovery_sheet import RecoverySheet, render_recovery_sheet

    pdf = render_recovery_sheet(RecoverySheet("so.sqlite", "Tổ hòa giải", "Phường Nghĩa Đô",
                                              "ABCD-EFGH", date(2026, 3, 5)))
    preview = PdfPreviewDialog(pdf, "Phiếu", "phieu.pdf", Seam())
    qtbot.addWidget(preview)
    before = disk.contents()
    refuse()
    preview.save_document()
    assert len(warned) == 1  # the translated "could not be saved ... choose another folder"
    assert disk.contents() == before


def test_a_package_read_from_a_read_only_stick_is_imported(disk, migrated_template, tmp_path):
    """Reading needs no write: a locked stick is no reason to refuse a package."""
    ward_side = sides.make_ward(migrated_template, tmp_path)
    team = sides.make_team(migrated_template, tmp_path, "Thôn Đông")
    try:
        sides.connect(team, ward_side)
        with ward_side.tx() as session:
            written = ward.write_reference(session, str(team.team_id))
        package = disk.point / "tu-phuong.hgp"
        package.write_bytes(written.data)
        disk.lock()
        report = service.receive(team.db, team.actor, package.read_bytes())
        assert report.kind == "reference" and report.sequence >= 1
        assert disk.contents() == {"tu-phuong.hgp": written.data}
    finally:
        team.db.dispose()
        ward_side.db.dispose()


@pytest.mark.parametrize("message_id", [DISK_FULL, READ_ONLY])
def test_the_sentences_are_translated(message_id):
    assert _(message_id) != message_id  # Vietnamese by default


@pytest.fixture
def roomy_disk(tmp_path: Path):
    """An 8 MB tmpfs: room for a book, then filled to the last byte."""
    yield from mounted_tmpfs(tmp_path, "disk", "8m")


def test_an_import_into_a_book_on_a_full_disk_says_so_and_changes_nothing(
        roomy_disk, migrated_template, tmp_path):
    ward_side = sides.make_ward(migrated_template, tmp_path)
    team = sides.make_team(migrated_template, roomy_disk.point, "Thôn Đông")
    try:
        sides.connect(team, ward_side)
        with ward_side.tx() as session:
            written = ward.write_reference(session, str(team.team_id))
        book_path = team.book.database.path
        assert book_path is not None and roomy_disk.point in book_path.parents
        team.db.dispose()
        before = book_digest(book_path)
        roomy_disk.fill()
        with pytest.raises(HoagiaiError) as refused:
            service.receive(team.db, team.actor, written.data)
        assert clear_message_problems(refused.value) == []
        assert _(DISK_FULL).split("{path}")[0] in str(refused.value)
        team.db.dispose()
        (roomy_disk.point / FILLER).unlink()
        assert book_digest(book_path) == before
    finally:
        team.db.dispose()
        ward_side.db.dispose()
