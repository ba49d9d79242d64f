"""Opening a book (logging in) on a full disk, in a read-only folder or while another program
writes in it: each says what is really wrong and what to do, never "damaged, restore from a
backup" (following that advice would throw away newer work). The book stays byte for byte as
it was and opens as soon as the disk has room again. A real 8 MB tmpfs, filled to the last
byte or remounted read-only; skipped where mounting is not permitted."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.db.engine import connect_file
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.security import keyfile
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import restoring
from tests.conftest import TESTER, encrypt_for_cli
from tests.durability.test_full_disk import FILLER, SmallDisk, mounted_tmpfs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    yield from mounted_tmpfs(tmp_path, "stick", "8m")


@pytest.fixture
def on_disk(disk: SmallDisk, book_path: Path) -> Path:
    """An encrypted book (TESTER its leader) on the small disk, closed."""
    path = disk.point / "hoagiai.sqlite"
    shutil.copyfile(book_path, path)
    encrypt_for_cli(None, path)
    workspace.login(path, TESTER).database.dispose()  # opened once: its key made, all settled
    return path


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != FILLER}


def refused_login(path: Path) -> str:
    with pytest.raises(HoagiaiError) as raised:
        workspace.login(path, TESTER).database.dispose()
    return str(raised.value)


def not_damaged(said: str, path: Path) -> None:
    assert said != _(workspace.NOT_A_CASE_BOOK).format(path=path)
    assert "hoặc khôi phục từ bản sao lưu" not in said  # the advice that would lose newer work
    assert "không bị hỏng" in said


def test_a_full_disk_says_full_keeps_the_book_and_opens_once_there_is_room(disk, on_disk):
    before = files_of(disk.point)
    disk.fill()
    said = refused_login(on_disk)
    not_damaged(said, on_disk)
    assert said == _(restoring.BOOK_DISK_FULL).format(path=on_disk)
    assert said.startswith("Ổ đĩa")
    after = files_of(disk.point)
    for name in (on_disk.name, keyfile.path_for(on_disk).name):  # the book, its key file
        assert after[name] == before[name]
    (disk.point / FILLER).unlink()
    workspace.login(on_disk, TESTER).database.dispose()  # nothing was lost


def test_the_command_line_prints_the_same_sentence_without_a_traceback(disk, on_disk):
    disk.fill()
    environment = {**os.environ, "HOAGIAI_USER": TESTER.username,
                   "HOAGIAI_PASSWORD": TESTER.password}
    done = subprocess.run(
        [sys.executable, "-c", "import sys, desktop.cli.main as c; sys.exit(c.main())",
         "--lang", "vi", "accounts", "list", "--db", str(on_disk)],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120, check=False)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert _(restoring.BOOK_DISK_FULL).format(path=on_disk) in done.stderr


def test_a_read_only_folder_says_read_only(disk, on_disk):
    disk.lock()
    said = refused_login(on_disk)
    not_damaged(said, on_disk)
    assert said == _(restoring.BOOK_READ_ONLY).format(path=on_disk)


def test_a_book_another_program_is_writing_says_busy(book_path, tmp_path):
    path = tmp_path / "busy.sqlite"
    shutil.copyfile(book_path, path)
    key = encrypt_for_cli(None, path)
    workspace.login(path, TESTER).database.dispose()
    with contextlib.closing(connect_file(path, key)) as other:
        other.execute("BEGIN EXCLUSIVE")  # another program in the middle of a save
        said = refused_login(path)
        other.execute("ROLLBACK")
    not_damaged(said, path)
    assert said == _(restoring.BOOK_BUSY_NOW).format(path=path)
    assert keyfile.path_for(path).is_file()
