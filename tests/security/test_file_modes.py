"""Every file the program writes with personal data or keys is its owner's only (issue #11,
item 9): after a scripted session (the demo book with its recovery sheet, logins, printed
documents, a person's export, statistics, a backup, the exchange key sheet and enrolment, a
package sent to the ward) each file left in the session's folders is mode 0600 or stricter
on POSIX, and each folder the program made is not open to others either."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.db.models import Case, Person
from desktop.core.domain.enums import CaseStatus
from desktop.core.policy import settings
from desktop.core.services.exchange import packages
from desktop.core.services.workspace import book as workspace
from tests.conftest import DEMO
from tests.exchange import sides

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _cli(*arguments: str) -> None:
    assert main(["--lang", "en", *arguments]) == 0, arguments


def _open_to_others(root: Path) -> list[str]:
    return [f"{path.relative_to(root)}: {stat.filemode(path.stat().st_mode)}"
            for path in sorted(root.rglob("*"))
            if path.is_file() and path.stat().st_mode & 0o077]


def _a_closed_case_and_a_name(book_path: Path) -> tuple[str, str]:
    opened = workspace.login(book_path, DEMO)
    try:
        with opened.database.reading(opened.actor) as session:
            case = session.scalars(select(Case).where(
                Case.status == CaseStatus.SUCCESSFUL)).first()
            number = case.number if case else ""
            name = sorted(session.scalars(select(Person.full_name)))[0]
    finally:
        opened.database.dispose()
    assert number
    return number, name


def _send_a_package(book_path: Path, usb: Path, ward_office: Path, template: Path) -> Path:
    ward = sides.make_ward(template, ward_office)
    opened = workspace.login(book_path, DEMO)
    try:
        side = sides.Side(opened, opened.actor, usb)
        with side.db.reading(side.actor) as session:
            side.team_id = settings.own_team_id(session)
        sides.connect(side, ward)
        with side.tx("exchange export") as session:
            sent = packages.send(session, usb)
        return sent.path
    finally:
        opened.database.dispose()
        ward.db.dispose()


def test_every_file_of_a_session_is_readable_by_its_owner_only(tmp_path, demo_login,
                                                               migrated_template):
    old_umask = os.umask(0o022)  # the usual default: files 0644 unless the program says not
    try:
        session = tmp_path / "session"
        book_path = session / "book" / "so-hoa-giai.sqlite"
        out = session / "out"
        out.mkdir(parents=True)
        db = ("--db", str(book_path))
        _cli("demo", *db)
        number, name = _a_closed_case_and_a_name(book_path)
        _cli("print", "agreement", *db, "-o", str(out / "van-ban.pdf"), number)
        _cli("persons", "export", *db, "-o", str(out / "nguoi.json"), name)
        _cli("statistics", "--from", "2026-01-01", "--to", "2026-12-31", *db,
             "-o", str(out / "thong-ke.csv"))
        _cli("backup", *db, "--to", str(session / "backups"))
        _cli("keys", "create", *db)
        _cli("keys", "sheet", *db, "-o", str(out / "khoa.pdf"))
        _cli("keys", "enrolment", *db, "-o", str(out / "dang-ky.json"))
        package = _send_a_package(book_path, session / "usb", tmp_path / "ward",
                                  migrated_template)
    finally:
        os.umask(old_umask)
    written = {p.name for p in session.rglob("*") if p.is_file()}
    assert {"so-hoa-giai.sqlite", "so-hoa-giai.sqlite.keys", "van-ban.pdf", "nguoi.json",
            "khoa.pdf", "dang-ky.json", package.name} <= written
    assert any(name.endswith("recovery-sheet.pdf") for name in written)
    assert len(list((session / "backups").rglob("*.sqlite*"))) >= 1
    left_open = _open_to_others(session)
    assert left_open == [], "\n".join(left_open)
