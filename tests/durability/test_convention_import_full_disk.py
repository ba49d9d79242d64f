"""A village convention imported into a book whose disk is full: the import says so (the
translated DISK_FULL sentence, naming the book), saves nothing (no convention, version or
article half-written) and works once there is room again. A real 8 MB tmpfs filled to the last
byte; skipped where mounting is not permitted."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.db.models import Convention, ConventionVersion
from desktop.core.errors import HoagiaiError
from desktop.core.files import DISK_FULL
from desktop.core.i18n import _
from desktop.core.policy import settings
from desktop.core.resources import resource_path
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.workspace import book as workspace
from tests.conftest import TESTER, encrypt_for_cli
from tests.durability.test_full_disk import FILLER
from tests.durability.test_opening_on_a_refusing_disk import disk  # noqa: F401 (a fixture)

SAMPLE = "samples/huong-uoc-to-dan-pho-5.txt"


def _parsed():  # the sample, made long enough to need new pages of the book
    text = read_convention(resource_path(*SAMPLE.split("/")))
    return parse(text + "".join(
        f"\nĐiều {n}. Quy định thêm số {n}\n" + "Các hộ gia đình cùng giữ gìn vệ sinh chung. " * 40
        for n in range(100, 400)))


def _counts(opened: workspace.OpenedBook) -> tuple[int, int]:
    with opened.database.reading(opened.actor) as session:
        return (session.scalar(select(func.count()).select_from(Convention)) or 0,
                session.scalar(select(func.count()).select_from(ConventionVersion)) or 0)


def _import(opened: workspace.OpenedBook, parsed) -> conventions.ImportResult:
    with opened.database.transaction(opened.actor) as session:
        team_id = settings.own_team_id(session)
        assert team_id is not None
        return conventions.import_convention(session, team_id, parsed, "Hương ước TDP 5")


def test_a_convention_import_on_a_full_disk_says_so_and_saves_nothing(
        disk, book, book_path, team_id):  # noqa: F811
    book.database.dispose()  # the test book, with its team
    path = disk.point / "hoagiai.sqlite"
    shutil.copyfile(book_path, path)
    encrypt_for_cli(None, path)
    opened = workspace.login(path, TESTER)
    try:
        parsed = _parsed()
        before = _counts(opened)
        disk.fill()
        with pytest.raises(HoagiaiError) as raised:
            _import(opened, parsed)
        assert str(raised.value) == _(DISK_FULL).format(path=path)
        (disk.point / FILLER).unlink()
        assert _counts(opened) == before  # nothing half-imported
        result = _import(opened, parsed)  # and with room again it goes in whole
        assert result.new == len(parsed.articles)
        assert _counts(opened) == (before[0] + 1, before[1] + 1)
    finally:
        opened.database.dispose()
