"""A full disk and a read-only USB stick, for real: a 1 MB tmpfs is mounted (the tests run as
root, in CI too) and filled to the last byte, or remounted read-only; then a backup, a team
package export and ``atomic_write`` go into it. Each must refuse with the translated
``FileProblem`` sentence (DISK_FULL or READ_ONLY), leave the file that was there unchanged and
no temporary file behind; ``hoagiai backup`` prints the same sentence, with no traceback, and
exits non-zero.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.core.exchange import service
from desktop.core.files import DISK_FULL, READ_ONLY, FileProblem, atomic_write, file_errors
from desktop.core.i18n import _
from desktop.core.services.exchange import packages
from desktop.core.services.workspace import backup_jobs
from desktop.core.services.workspace.backup_jobs import BookFile
from tests.conftest import TESTER, encrypt_for_cli
from tests.exchange import sides

ROOT = Path(__file__).resolve().parents[2]
FILLER = "filler.bin"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


class SmallDisk:
    """A mounted 1 MB tmpfs: ``fill`` it to the last byte, or ``lock`` it read-only."""

    def __init__(self, point: Path) -> None:
        self.point = point

    def fill(self) -> None:
        """Write until the disk says ENOSPC, page by page then byte by byte, so that no new
        byte fits anywhere."""
        descriptor = os.open(self.point / FILLER, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in (b"\0" * 4096, b"\0"):
                while _wrote(descriptor, chunk):
                    pass
        finally:
            os.close(descriptor)
        assert os.statvfs(self.point).f_bavail == 0  # really full, or the test proves nothing

    def lock(self) -> None:
        done = _run("mount", "-o", "remount,ro", str(self.point))
        assert done.returncode == 0, done.stderr

    def contents(self) -> dict[str, bytes]:
        """Every file on the disk, hidden ones (temporary files) included, with its bytes."""
        return {path.name: path.read_bytes() for path in self.point.iterdir()
                if path.name != FILLER}


def _wrote(descriptor: int, chunk: bytes) -> bool:
    try:
        return os.write(descriptor, chunk) > 0
    except OSError as error:
        assert error.errno == errno.ENOSPC, error
        return False


def mounted_tmpfs(tmp_path: Path, name: str, size: str) -> Iterator[SmallDisk]:
    """A tmpfs of ``size`` (mount's form: "1m", "8m") at ``tmp_path/name`` for one test,
    unmounted afterwards; the test is skipped where mounting is not permitted."""
    point = tmp_path / name
    point.mkdir()
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point))
    if mounted.returncode != 0:
        pytest.skip("a size-limited tmpfs cannot be mounted here (mounting needs root and a "
                    f"kernel that allows it): {mounted.stderr.strip()}")
    try:
        yield SmallDisk(point)
    finally:
        _run("umount", "-l", str(point))


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    yield from mounted_tmpfs(tmp_path, "usb", "1m")


def refusal(message_id: str, path: Path) -> str:
    return _(message_id).format(path=path)


@pytest.fixture(params=["full", "read-only"])
def refused(request: pytest.FixtureRequest, disk: SmallDisk) -> tuple[Callable[[], None], str]:
    """How the disk is made to refuse (filled or locked), and the message id it must give."""
    if request.param == "full":
        return disk.fill, DISK_FULL
    return disk.lock, READ_ONLY


def leader(device: str) -> Actor:
    return Actor(TESTER.username, device, role=Role.TEAM_LEADER)


def test_atomic_write_leaves_the_old_file_and_no_temporary(disk, refused):
    refuse, message_id = refused
    target = disk.point / "package.hgp"
    target.write_bytes(b"the package as it was")
    before = disk.contents()
    refuse()
    with pytest.raises(FileProblem) as raised, file_errors(target):
        atomic_write(target, b"a new package " * 1000)
    assert str(raised.value) == refusal(message_id, target)
    assert disk.contents() == before


def test_a_backup_into_a_refusing_disk_says_so_and_keeps_the_older_backup(
        disk, refused, book, book_path):
    refuse, message_id = refused
    book_file = BookFile(book_path, None, disk.point)
    older = backup_jobs.back_up(book_file, leader(book.device))
    before = disk.contents()
    assert older.path.name in before
    refuse()
    with pytest.raises(FileProblem) as raised:
        backup_jobs.back_up(book_file, leader(book.device))
    assert str(raised.value) == refusal(message_id, disk.point)
    assert disk.contents() == before


@pytest.fixture
def connected_team(migrated_template: Path, tmp_path: Path) -> Iterator[sides.Side]:
    ward_side = sides.make_ward(migrated_template, tmp_path)
    team = sides.make_team(migrated_template, tmp_path, "Thôn Đông")
    try:
        sides.connect(team, ward_side)
        yield team
    finally:
        team.db.dispose()
        ward_side.db.dispose()


def test_an_export_onto_a_refusing_stick_says_so_and_records_nothing_sent(
        disk, refused, connected_team):
    refuse, message_id = refused
    team = connected_team
    with team.db.reading(team.actor) as session:
        states = [(s.case_id, s.sent_sequence) for s in service.case_states(session)]
    earlier = disk.point / "earlier package.hgp"
    earlier.write_bytes(b"a package sent before")
    before = disk.contents()
    refuse()
    with pytest.raises(FileProblem) as raised, team.tx("exchange export") as session:
        packages.send(session, disk.point)
    written = Path(raised.value.params["path"])  # the package's own name, on the stick
    assert written.parent == disk.point
    assert str(raised.value) == refusal(message_id, written)
    assert disk.contents() == before
    with team.db.reading(team.actor) as session:  # the failed write recorded nothing as sent
        assert [(s.case_id, s.sent_sequence) for s in service.case_states(session)] == states
    sides.export(team)  # and the next export onto a good disk works
    assert team.sent[-1].exists()


def test_hoagiai_backup_onto_a_refusing_disk_prints_the_same_sentence(
        disk, refused, book, book_path):
    refuse, message_id = refused
    encrypt_for_cli(book, book_path)
    refuse()
    environment = {**os.environ, "HOAGIAI_USER": TESTER.username,
                   "HOAGIAI_PASSWORD": TESTER.password}
    done = subprocess.run(
        [sys.executable, "-c", "import sys, desktop.cli.main as c; sys.exit(c.main())",
         "--lang", "vi", "backup", "--db", str(book_path), "--to", str(disk.point)],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120, check=False)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert refusal(message_id, disk.point) in done.stderr
    assert disk.contents() == {}
