"""No plaintext outside the encrypted book: a whole scripted session on the encrypted demo book
(list, search, print, verify, export a person, statistics, back up, send a package, attach a
scan and open it, preview and print a document in the GUI, then close), with HOME, TMPDIR and
XDG_* pointed at one scratch "machine". Afterwards EVERY file left anywhere on that machine,
except what the person asked to save (the documented own output folder), is searched for the
demo's party names, with and without diacritics. The book, its backups and the package are
searched too: they are encrypted, so a name found there is a leak as well."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.db.models import Case, Person
from desktop.core.db.models_documents import IssuedDocument
from desktop.core.demo.book import create_demo_book
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.text import fold
from desktop.core.files import sweep_viewer_copies, viewer_folder
from desktop.core.services.cases import attachments
from desktop.core.services.exchange import packages
from desktop.core.services.workspace import book as workspace
from tests.conftest import DEMO
from tests.exchange import sides

ENVIRONMENT = {"HOME": "home", "TMPDIR": "tmp", "XDG_CONFIG_HOME": "home/.config",
               "XDG_DATA_HOME": "home/.local/share", "XDG_CACHE_HOME": "home/.cache",
               "XDG_STATE_HOME": "home/.local/state", "XDG_RUNTIME_DIR": "run"}
OWN_OUTPUT = "home/Documents/saved"  # what the person chose to save: theirs to keep


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_login) -> Path:
    root = tmp_path / "machine"
    for variable, folder in ENVIRONMENT.items():
        (root / folder).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(root / folder))
    (root / "run").chmod(0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    (root / OWN_OUTPUT).mkdir(parents=True)
    return root


def _needles(book: workspace.OpenedBook) -> set[bytes]:
    """Each party name as UTF-8 (composed and decomposed) and folded to plain letters."""
    with book.database.reading(book.actor) as session:
        names = {n for n in session.scalars(select(Person.full_name)) if n and len(n) >= 8}
    assert len(names) > 20
    found: set[bytes] = set()
    for name in names:
        found |= {name.encode(), unicodedata.normalize("NFD", name).encode(),
                  fold(name).encode()}
    return found


def _leaks(root: Path, needles: set[bytes]) -> list[str]:
    own = root / OWN_OUTPUT
    leaks = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and own not in p.parents):
        data = path.read_bytes()
        lowered = data.lower()
        hits = [n for n in needles if n in data or n.lower() in lowered]
        if hits:
            leaks.append(f"{path.relative_to(root)}: {hits[0].decode(errors='replace')}")
    return leaks


def _cli(*arguments: str) -> None:
    assert main(list(arguments)) == 0, arguments


def _command_line_session(book_path: Path, own: Path, home: Path) -> str:
    """The command-line part; returns a party's name."""
    db = ("--db", str(book_path))
    opened = workspace.login(book_path, DEMO)
    try:
        with opened.database.reading(opened.actor) as session:
            number = session.scalar(select(IssuedDocument.code))
            names = sorted(session.scalars(select(Person.full_name)))
            case = session.scalars(select(Case).where(
                Case.status == CaseStatus.SUCCESSFUL)).first()
            closed = case.number if case else ""
    finally:
        opened.database.dispose()
    assert closed
    _cli("cases", "list", *db)
    _cli("search", names[0].split()[-1], *db)
    _cli("print", "agreement", *db, "-o", str(own / "van-ban-hoa-giai-thanh.pdf"), closed)
    _cli("print", "casefile", *db, "-o", str(own / "ho-so.pdf"), closed)
    if number:
        _cli("verify", *db, "-o", str(own / "ban-da-phat-hanh.pdf"), number)
    _cli("persons", "export", *db, "-o", str(own / "nguoi.json"), names[0])
    _cli("persons", "export", *db, "-o", str(own / "nguoi.pdf"), names[0])
    _cli("statistics", "--from", "2026-01-01", "--to", "2026-12-31", *db,
         "-o", str(own / "thong-ke.csv"))
    _cli("backup", *db, "--to", str(home / "Sao lưu"))
    _cli("backup", *db, "--to", str(home / "Sao lưu"), "list")
    return names[0]


def _package_and_scan(book_path: Path, root: Path, ward_office: Path, template: Path,
                      own: Path, party: str) -> Path:
    """Send a package to a ward (whose book is on another machine), attach a scan and open it
    for the viewer; returns the viewer's copy."""
    ward = sides.make_ward(template, ward_office)
    opened = workspace.login(book_path, DEMO)
    try:
        from desktop.core.policy import settings

        side = sides.Side(opened, opened.actor, root / "usb")
        with side.db.reading(side.actor) as session:
            side.team_id = settings.own_team_id(session)
        sides.connect(side, ward)
        with side.tx("exchange export") as session:
            sent = packages.send(session, root / "usb")
        sides.receive(ward, sent.path)
        scan = own / "ban-ky.pdf"
        scan.write_bytes(f"%PDF-1.4\n% {party}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                         .encode())  # a scan of a signed paper: the party's name is on it
        with side.tx() as session:
            case_id = session.scalar(select(Case.id).where(
                Case.status == CaseStatus.SUCCESSFUL))
            attachment = attachments.attach_file(session, case_id, scan)
        with side.tx() as session:
            return attachments.viewer_copy(session, attachment.id)
    finally:
        opened.database.dispose()
        ward.db.dispose()


def _gui_preview(qtbot, pdf: bytes, own: Path) -> None:
    from desktop.gui.documents.pdf_printing import new_printer, print_pdf
    from desktop.gui.documents.preview import PdfPreviewDialog
    from desktop.gui.kit.dialogs import Dialogs

    class Saving(Dialogs):
        def save_file(self, parent, title, suggested, file_filter):  # the person's choice
            return own / "xem-truoc.pdf"

    preview = PdfPreviewDialog(pdf, "Văn bản hòa giải thành", "van-ban.pdf", Saving())
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    preview.save_document()
    printer = new_printer("Văn bản hòa giải thành")
    printer.setOutputFileName(str(own / "in-ra-tep.pdf"))
    assert print_pdf(preview.document, printer) > 0
    preview.close()


def test_a_whole_session_leaves_no_party_name_outside_the_book(qtbot, machine, tmp_path,
                                                                migrated_template):
    home, own = machine / "home", machine / OWN_OUTPUT
    book_path = home / "Sổ hòa giải" / "so-hoa-giai.sqlite"
    book_path.parent.mkdir()
    create_demo_book(book_path)
    party = _command_line_session(book_path, own, home)
    viewer = _package_and_scan(book_path, machine, tmp_path / "ward-office", migrated_template,
                               own, party)
    assert viewer.exists() and viewer_folder() in viewer.parents
    assert viewer_folder().stat().st_mode & 0o077 == 0  # this user's only
    _gui_preview(qtbot, (own / "van-ban-hoa-giai-thanh.pdf").read_bytes(), own)
    sweep_viewer_copies()  # what closing the program does (QApplication.aboutToQuit)
    assert not viewer.exists()
    assert {p.name for p in own.iterdir()} >= {"van-ban-hoa-giai-thanh.pdf", "nguoi.json",
                                               "xem-truoc.pdf", "in-ra-tep.pdf"}
    opened = workspace.login(book_path, DEMO)
    try:
        needles = _needles(opened)
    finally:
        opened.database.dispose()
    assert any(n in (own / "nguoi.json").read_bytes() for n in needles)  # the search can hit
    left = [p for p in machine.rglob("*") if p.is_file() and own not in p.parents]
    assert len(left) >= 5  # the book, its key file, a backup, the package...
    assert _leaks(machine, needles) == []


def test_a_copy_left_by_a_crash_is_swept_at_the_next_start(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / "hoagiai-ab12cd34"  # how older versions left them: tempfile.mkdtemp
    old.mkdir()
    (old / "don.pdf").write_bytes(b"%PDF Nguyen Van An")
    kept = tmp_path / "hoagiai-notes"  # not ours (not mkdtemp's 8 characters): kept
    kept.mkdir()
    from desktop.core.files import viewer_copy

    copy = viewer_copy("../../don.pdf", b"%PDF")
    assert copy.parent.parent == viewer_folder() and copy.name == "don.pdf"
    assert os.stat(copy).st_mode & 0o077 == 0
    assert sweep_viewer_copies() == 2
    assert not old.exists() and not copy.exists() and kept.exists()
    shutil.rmtree(kept)
