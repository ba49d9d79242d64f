"""``hoagiai --self-test``: does this copy of the program work on this computer?

Run after installing (and by the build on the frozen bundle): everything happens in a throwaway
folder, never in the person's own data. Each check prints one line; the first failure stops the
run with the details and what to send to whoever helps. The checks exercise what a bundle most
often lacks: the migrations, SQLCipher, the fonts and document layouts, the translations, the Qt
plugins (the window is shown offscreen, so no display is needed).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.i18n import N_, _


@dataclass
class Trial:
    """What the checks share: the throwaway folder, the book, the agreement's PDF."""

    folder: Path
    book_path: Path = field(init=False)
    case_id: Any = None
    case_number: str = ""
    pdf: bytes = b""

    def __post_init__(self) -> None:
        self.book_path = self.folder / "self-test.sqlite"


def check_resources(trial: Trial) -> str:
    from desktop.core.resources import resource_path, resources_root

    for parts in (("fonts", "LiberationSerif-Regular.ttf"), ("translations", "vi.po"),
                  ("documents", "agreement.toml"), ("reference", "categories.toml"),
                  ("samples", "demo.toml")):
        resource_path(*parts)
    return str(resources_root())


def check_book(trial: Trial) -> str:
    """An encrypted demo book made through the real migrations, logged in to, read back."""
    from sqlalchemy import select

    from desktop.core.db.models import Case
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
    from desktop.core.domain.enums import CaseStatus
    from desktop.core.services.workspace import book as workspace

    summary = create_demo_book(trial.book_path)
    book = workspace.login(trial.book_path,
                           workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    try:
        assert book.actor is not None  # login() always names who logged in
        with book.database.reading(book.actor) as session:
            case = session.scalars(select(Case).where(
                Case.status == CaseStatus.SUCCESSFUL).limit(1)).one()
            trial.case_id = case.id
            trial.case_number = str(case.seq)
    finally:
        book.database.dispose()
    if workspace.is_plain_book(trial.book_path):
        raise AssertionError("the book was written unencrypted")
    return _("{cases} cases, encrypted").format(cases=summary.cases)


TRIAL_TITLE = "Tranh chấp lối đi chung giữa hộ ông Đặng Văn Ưng và hộ bà Nguyễn Thị Hòa"


def check_case_write(trial: Trial) -> str:
    """A new case written through the services, committed, and read back in a new session."""
    from datetime import date

    from desktop.core.db.models import Case, Team
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop.core.domain.enums import Grounds
    from desktop.core.services.cases import records
    from desktop.core.services.workspace import book as workspace

    book = workspace.login(trial.book_path,
                           workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    try:
        assert book.actor is not None  # login() always names who logged in
        with book.database.transaction(book.actor, reason="self-test") as session:
            team = session.query(Team).one()
            new_id = records.open_case(session, team.id, records.CaseInput(
                title=TRIAL_TITLE, received_on=date.today(),
                grounds=Grounds.PARTY_REQUEST, category_code="shared_path_utilities"))
        with book.database.reading(book.actor) as session:
            case = session.get(Case, new_id)
            if case is None or case.title != TRIAL_TITLE:
                raise AssertionError("the new case did not read back as written")
            number = f"{case.seq}/{case.year}"
    finally:
        book.database.dispose()
    return _("case {number} written and read back").format(number=number)


def check_package(trial: Trial) -> str:
    """An exchange package sealed (signed, encrypted) around a case record and opened again:
    the cryptography the ward exchange needs works in this copy of the program."""
    import json
    import secrets

    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop.core.exchange import envelope, records
    from desktop.core.exchange.keys import KeyPair
    from desktop.core.services.workspace import book as workspace

    book = workspace.login(trial.book_path,
                           workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    try:
        assert book.actor is not None  # login() always names who logged in
        with book.database.reading(book.actor) as session:
            values = records.read_values(session, "cases", str(trial.case_id))
    finally:
        book.database.dispose()
    if values is None:
        raise AssertionError("the case's exchange record could not be read")
    member = json.dumps(values, ensure_ascii=False, default=str).encode()
    pair = KeyPair(secrets.token_bytes(32))  # a throwaway key: nothing leaves this folder
    sealed = envelope.seal({"self_test": True}, {"case.json": member}, pair.signing,
                           envelope.Recipient(pair.key_id, pair.box_public))
    if member in sealed:
        raise AssertionError("the package holds the record unencrypted")
    opened = envelope.open_package(sealed, pair.key_id, pair.receiving)
    envelope.verify(opened, pair.sign_public)
    if opened.members.get("case.json") != member:
        raise AssertionError("the package did not open to what was sealed")
    return _("{size} kB sealed and opened").format(size=max(len(sealed) // 1024, 1))


def check_agreement(trial: Trial) -> str:
    """The written agreement of a successful case, rendered with the bundled fonts."""
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop.core.domain.enums import DocumentKind
    from desktop.core.services.documents import issued
    from desktop.core.services.workspace import book as workspace

    book = workspace.login(trial.book_path,
                           workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    try:
        assert book.actor is not None  # login() always names who logged in
        with book.database.transaction(book.actor) as session:
            request = issued.IssueRequest(DocumentKind.AGREEMENT, case_id=trial.case_id)
            trial.pdf = issued.prepare(session, request, author="self-test").pdf
    finally:
        book.database.dispose()
    if b"LiberationSerif" not in trial.pdf:
        raise AssertionError("the PDF does not embed the bundled Liberation Serif font")
    return _("{size} kB").format(size=len(trial.pdf) // 1024)


def check_window(trial: Trial) -> str:
    """The PDF's Vietnamese text read back by QtPdf, then the main window shown offscreen (the
    GUI half lives in desktop.gui.self_test, loaded by name: the command line stays Qt-free)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    gui: Any = importlib.import_module("desktop.gui.self_test")
    return str(gui.check_window(trial.folder, trial.book_path, trial.pdf))


CHECKS: tuple[tuple[str, Callable[[Trial], str]], ...] = (
    (N_("Resources (fonts, layouts, translations)"), check_resources),
    (N_("Encrypted case book through the migrations"), check_book),
    (N_("A case written and read back"), check_case_write),
    (N_("Exchange package sealed and opened"), check_package),
    (N_("Agreement PDF with the bundled fonts"), check_agreement),
    (N_("PDF text read back, Vietnamese sorting, main window shown offscreen"), check_window),
)


def run_self_test(args: object = None) -> int:
    print(_("Sổ hòa giải {version}: self-test").format(version=__version__))
    with tempfile.TemporaryDirectory(prefix="hoagiai-self-test-") as folder:
        trial = Trial(Path(folder))
        for label, check in CHECKS:
            try:
                detail = check(trial)
            except Exception:
                print(_("FAILED  {check}").format(check=_(label)))
                traceback.print_exc()
                print(_("The program is not working properly on this computer. Please send "
                        "everything printed above to the person who helps you with Sổ hòa "
                        "giải (for example as a photo of the screen)."), file=sys.stderr)
                return 1
            print(_("ok      {check}: {detail}").format(check=_(label), detail=detail))
    print(_("All checks passed."))
    return 0


def register_option(parser: argparse.ArgumentParser) -> None:
    """``hoagiai --self-test`` (an option of the program itself, not a sub-command)."""
    parser.add_argument("--self-test", dest="handler", action="store_const", const=run_self_test,
                        help=_("check that this copy of the program works here, then exit"))
