"""The ``hoagiai`` command line: version, case listing, and a clear word when there is no
display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import desktop
from desktop.cli import main as cli
from desktop.core.domain.enums import Eligibility, Grounds, OutcomeKind
from desktop.core.services.cases import outcomes
from desktop.core.services.cases import records as cases
from tests.conftest import encrypt_for_cli
from tests.core.helpers import build_case, close_successfully

REPO = Path(desktop.__file__).resolve().parent.parent
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the display check is for Linux desktops")


def run_module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=60, cwd=REPO, env=env)


# --- version -------------------------------------------------------------------------------------

def test_version_comes_from_the_one_version_source(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"hoagiai {desktop.__version__}\n"


def test_the_installed_command_reports_the_same_version():
    command = Path(sys.executable).with_name("hoagiai")
    argv = [str(command)] if command.exists() else [sys.executable, "-m", "desktop"]
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60,
                          cwd=REPO)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, f"hoagiai {desktop.__version__}\n", "")


# --- cases list ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["vi", "en"])
def test_listing_a_missing_book_fails_with_a_clear_message(tmp_path, capsys, language):
    missing = tmp_path / "khong-co" / "so.sqlite"
    assert cli.main(["--lang", language, "cases", "list", "--db", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert str(missing) in lines[0]
    assert "--db" in lines[0]
    assert "Traceback" not in captured.err
    assert not missing.exists() and not missing.parent.exists()  # nothing was created


def test_listing_a_missing_book_in_english_says_so(tmp_path, capsys):
    missing = tmp_path / "so.sqlite"
    assert cli.main(["--lang", "en", "cases", "list", "--db", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"Error: There is no case book at {missing}. Check the --db path.\n")


def test_a_file_that_is_not_a_database_fails_with_one_line(tmp_path, capsys):
    not_a_book = tmp_path / "van-ban.pdf"
    not_a_book.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    before = not_a_book.read_bytes()
    code = cli.main(["--lang", "en", "cases", "list", "--db", str(not_a_book)])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert str(not_a_book) in err
    assert not_a_book.read_bytes() == before


@pytest.fixture
def listed_book(tmp_path, book_path, actor, team_id, book) -> Path:
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
        other = cases.open_case(s, team_id, cases.CaseInput(
            "Mâu thuẫn tiếng ồn", date(2026, 5, 10), Grounds.PARTY_REQUEST,
            "neighbour_nuisance"), today=date(2026, 5, 11))
        outcomes.close_case(s, other, OutcomeKind.NOT_ELIGIBLE, date(2026, 5, 10),
                            referred_to="Công an phường",
                            not_eligible_because=Eligibility.MUST_BE_SANCTIONED,
                            today=date(2026, 5, 11))
    encrypt_for_cli(book, book_path)
    return book_path


def test_listing_cases(listed_book, capsys):
    assert cli.main(["--lang", "en", "cases", "list", "--db", str(listed_book)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[:2] == ["02/2026", "10/05/2026"]
    assert "Mâu thuẫn tiếng ồn" in lines[0]
    assert lines[1].split()[:2] == ["01/2026", "02/03/2026"]
    assert "[Nguyễn Văn An, Đặng Thị Bình]" in lines[1]
    assert "Successful" in lines[1]
    assert captured.err == "2 case(s).\n"


@pytest.mark.parametrize("options, numbers", [
    (["--status", "successful"], ["01/2026"]),
    (["--status", "not_eligible"], ["02/2026"]),
    (["--status", "in_progress"], []),
    (["--year", "2025"], []),
    (["--search", "dang"], ["01/2026"]),
    (["--search", "12/HG NOT \""], []),
])
def test_listing_cases_with_filters(listed_book, capsys, options, numbers):
    assert cli.main(["cases", "list", "--db", str(listed_book), *options]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == numbers


def test_an_unknown_status_is_an_argument_error(listed_book, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["cases", "list", "--db", str(listed_book), "--status", "closed"])
    assert done.value.code == 2
    assert "closed" in capsys.readouterr().err


@pytest.mark.parametrize("number", ["99/2026", "3-2026"])
def test_printing_an_unknown_or_malformed_case_number_fails_clearly(listed_book, tmp_path,
                                                                    capsys, number):
    output = tmp_path / "vb.pdf"
    code = cli.main(["print", "agreement", number, "--db", str(listed_book), "-o", str(output)])
    assert code == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert number in err
    assert not output.exists()


# --- no display ----------------------------------------------------------------------------------

@pytest.fixture
def no_display(monkeypatch, tmp_path):
    for variable in DISPLAY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # never the user's own book


@linux_only
@pytest.mark.parametrize("argv", [[], ["gui"], ["--db", "so.sqlite"], ["gui", "--db", "so.sqlite"]])
def test_without_a_display_the_program_says_so_in_one_line(no_display, capsys, argv):
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "hoagiai --help" in lines[0]  # points to the command line
    assert "DISPLAY" in lines[0]


@linux_only
def test_without_a_display_no_qt_is_loaded(no_display, capsys):
    before = set(sys.modules)
    assert cli.main([]) == 2
    loaded = set(sys.modules) - before
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6", "desktop.gui"))}


@linux_only
def test_without_a_display_a_real_process_exits_2_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = run_module(env=env)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "hoagiai --help" in lines[0]
    for qt_noise in ("qt.qpa", "Aborted", "core dumped", "could not connect to display",
                     "Traceback"):
        assert qt_noise not in done.stderr
    assert not (tmp_path / "data").exists()  # no book was created just to say "no display"


@pytest.mark.parametrize("argv", [["--db", "chosen.sqlite"], ["gui", "--db", "chosen.sqlite"]])
def test_the_desktop_program_opens_the_chosen_file(monkeypatch, tmp_path, argv):
    opened = []
    monkeypatch.setattr("desktop.cli.launch.launch_gui", lambda path: opened.append(path) or 0)
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 0
    assert opened == [Path("chosen.sqlite")]
