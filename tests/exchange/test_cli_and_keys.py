"""The command line of the exchange, end to end through files; keys, recovery codes and the
recovery sheet."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli import main as cli
from desktop.core.domain.roles import Role
from desktop.core.errors import ValidationError
from desktop.core.exchange import keys
from desktop.core.exchange.key_sheet_data import render_for
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import open_case
from tests.exchange import sides


def run(capsys, *args: str) -> tuple[int, str]:
    code = cli.main([*args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


PASSWORD = "Mật-khẩu-đủ-dài-2026"


def encrypted_team_book(path: Path) -> None:
    """A new encrypted book, its leader logged in, with its team and one case."""
    book, _recovery = workspace.create_book(path, accounts.AccountInput(
        "totruong", "Trần Thị Thu Hà", Role.TEAM_LEADER), PASSWORD)
    try:
        actor = workspace.actor_for(book, "unused")
        with book.database.transaction(actor) as s:
            team_id = teams.set_up_team(s, teams.TeamInput(
                "Tổ hòa giải Thôn Đông", "Thôn Đông", "Phường Nghĩa Đô", "Thành phố Hà Nội"),
                sides.MEDIATORS)
        with book.database.transaction(actor) as s:
            open_case(s, team_id, "Tranh chấp lối đi chung")
    finally:
        book.database.dispose()


def as_user(monkeypatch, user: str) -> None:
    monkeypatch.setenv("HOAGIAI_USER", user)
    monkeypatch.setenv("HOAGIAI_PASSWORD", PASSWORD)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", PASSWORD)


def test_the_whole_exchange_from_the_command_line(tmp_path, capsys, monkeypatch):
    team_db, ward_db, usb = (str(tmp_path / "team.sqlite"), str(tmp_path / "ward.sqlite"),
                             tmp_path / "usb")
    encrypted_team_book(Path(team_db))
    as_user(monkeypatch, "canbo")
    code, out = run(capsys, "ward", "init", "--db", ward_db, "--ward", "UBND phường Nghĩa Đô",
                    "--commune", "Phường Nghĩa Đô", "--province", "Thành phố Hà Nội")
    assert code == 0 and "sẵn sàng" in out
    as_user(monkeypatch, "totruong")
    assert run(capsys, "keys", "enrolment", "--db", team_db, "-o", str(usb / "dk.hge"))[0] == 0
    as_user(monkeypatch, "canbo")
    code, out = run(capsys, "ward", "enrol", str(usb / "dk.hge"), "--db", ward_db)
    assert code == 0 and "Tổ hòa giải Thôn Đông" in out
    assert run(capsys, "ward", "settings", "--db", ward_db, "-o", str(usb))[0] == 0
    [settings_file] = usb.glob("hoagiai-ward-settings-*.hgp")
    as_user(monkeypatch, "totruong")
    code, out = run(capsys, "import", str(settings_file), "--db", team_db)
    assert code == 0 and "UBND phường Nghĩa Đô" in out
    code, out = run(capsys, "export", "--db", team_db, "-o", str(usb))
    assert code == 0 and "hoagiai-00001.hgp" in out
    package = usb / "hoagiai-00001.hgp"
    as_user(monkeypatch, "canbo")
    code, out = run(capsys, "import", str(package), "--db", ward_db, "--dry-run")
    assert code == 0 and "CHẠY THỬ" in out and "0 bị từ chối" in out
    code, out = run(capsys, "import", str(package), "--db", ward_db)
    assert code == 0 and "CHẠY THỬ" not in out
    code, out = run(capsys, "import", str(package), "--db", ward_db)
    assert code == 1 and "đã được nhập" in out
    assert run(capsys, "ward", "ack", "--db", ward_db, "-o", str(usb / "back"))[0] == 0
    [ack] = (usb / "back").glob("hoagiai-acknowledgment-*.hgp")
    as_user(monkeypatch, "totruong")
    code, out = run(capsys, "import", str(ack), "--db", team_db)
    assert code == 0 and "1 vụ, việc" in out
    code, out = run(capsys, "export", "--db", team_db, "--status")
    assert "xã, phường đã nhận ngày" in out
    as_user(monkeypatch, "canbo")
    code, out = run(capsys, "--lang", "en", "keys", "show", "--db", ward_db)
    assert "Known key of Tổ hòa giải Thôn Đông" in out


def test_recovery_code_round_trip_and_restore(team):
    with team.db.reading() as s:
        pair = keys.own_key(s)
    code = keys.recovery_code(pair)
    assert len(code.split("-")) == 14 and keys.parse_recovery_code(code) == pair
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.parse_recovery_code(sloppy) == pair
    with team.tx() as s:
        keys.create_key(s)  # the key changed (a mistake), the sheet brings the old one back
    with team.tx() as s:
        keys.restore_key(s, code)
    with team.db.reading() as s:
        assert keys.own_key(s) == pair


@settings(max_examples=200, deadline=None)
@given(seed=st.binary(min_size=32, max_size=32), position=st.integers(0, 55),
       replacement=st.sampled_from(keys.CROCKFORD))
def test_a_mistyped_recovery_code_is_caught(seed, position, replacement):
    code = keys.recovery_code(keys.KeyPair(seed)).replace("-", "")
    typo = code[:position] + replacement + code[position + 1:]
    if typo == code:
        return
    with pytest.raises(ValidationError):
        keys.parse_recovery_code(typo)


def test_recovery_sheet_pdf(team, tmp_path):
    with team.tx() as s:
        pdf = render_for(s)
        pair = keys.own_key(s)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "PHIẾU KHÔI PHỤC KHÓA TRAO ĐỔI DỮ LIỆU" in text
    for group in keys.recovery_code(pair).split("-"):
        assert group in text
    assert keys.fingerprint(pair.key_id) in text


def test_an_enrolment_file_with_a_forged_key_is_refused(team, ward_side):
    from desktop.core.exchange import team_import, ward
    from desktop.core.exchange.errors import PackageRefused

    with team.tx() as s:
        data = bytearray(team_import.enrolment_file(s))
    data[-70] ^= 1  # inside the document: its signature no longer matches
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused), ward_side.tx() as s:
        ward.enrol(s, bytes(data))
    assert sides.dump(ward_side) == before


def test_an_enrolled_team_cannot_be_re_enrolled_with_another_key_silently(team, ward_side):
    from desktop.core.errors import WorkflowError
    from desktop.core.exchange import team_import, ward

    with team.tx() as s:
        keys.create_key(s)
        data = team_import.enrolment_file(s)
    with pytest.raises(WorkflowError), ward_side.tx() as s:
        ward.enrol(s, data)
    with ward_side.tx() as s:
        ward.enrol(s, data, replace=True)  # the ward decides: a lost key replaced


def test_the_widest_code_group_stays_on_one_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.core.documents import key_sheet
    from desktop.core.documents.fonts import register_fonts
    from desktop.core.documents.layout import DocumentSpec, content_width

    register_fonts()
    cell = content_width(DocumentSpec("x")) / key_sheet.GROUPS_PER_ROW - 4
    style = key_sheet._CODE_STYLE
    assert stringWidth("WWWW", style.fontName, style.fontSize) < cell
