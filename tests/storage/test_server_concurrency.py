"""Several officers at once on the ward's PostgreSQL server (#16), with real concurrent
sessions and processes against the test run's server: a stale save is refused, never silently
overwritten; two teams' packages imported at once both land; the journal stays one chain; an
upgrade's copy is taken first, whole and for its owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from desktop.core.db import journal, migrate
from desktop.core.db.engine import STALE_EDIT_MESSAGE, make_engine
from desktop.core.db.models import Case, JournalEntry
from desktop.core.errors import ConcurrentEditError
from desktop.core.policy import system_actors
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import server, server_setup
from tests.core.helpers import open_case
from tests.exchange import sides

ROOT = Path(__file__).resolve().parents[2]


def _chain_is_one_line(book: workspace.OpenedBook) -> tuple[int, int | None]:
    with book.database.reading(system_actors.OPENING) as session:
        count = session.scalar(select(func.count()).select_from(JournalEntry)) or 0
        top = session.scalar(select(func.max(JournalEntry.seq)))
        assert journal.first_broken_link(session) is None
    return count, top


def test_concurrent_commits_chain_one_after_the_other(postgres_url):
    """Eight sessions append at the same moment: every entry is linked to the one before,
    the numbers have no gap and no fork (the journal head is locked while appending)."""
    book = workspace.open_url(postgres_url)
    before, _top = _chain_is_one_line(book)
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def officer(number: int) -> None:
        try:
            start.wait()
            for round_ in range(5):
                with book.database.transaction(system_actors.OPENING) as session:
                    journal.record_event(session, "view", "case", str(uuid.uuid4()), None,
                                         {"officer": number, "round": round_})
        except BaseException as error:  # seen by the test below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert failures == []
        count, top = _chain_is_one_line(book)
        assert count == before + 40 and top == count  # 1..count, nothing skipped
    finally:
        book.database.dispose()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_stale_save_is_refused_and_the_first_save_stays(book, actor, team_id):
    """Two officers opened the same case; the first saves; the second's save, made from the
    version they loaded, is refused with the stale-edit message instead of overwriting."""
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id, "Tranh chấp ranh giới đất")
    with pytest.raises(ConcurrentEditError) as refused, \
            book.database.transaction(actor) as second:
        loaded = second.get(Case, case_id)  # the second officer's window, opened
        assert loaded is not None
        with book.database.transaction(actor) as first:
            first.get(Case, case_id).title = "Lan sửa trước"  # saved meanwhile
        loaded.title = "Hùng sửa sau"
    assert refused.value.message_id == STALE_EDIT_MESSAGE
    with book.database.reading(actor) as session:
        assert session.get(Case, case_id).title == "Lan sửa trước"


RECEIVE = """
import sys
from pathlib import Path
from desktop.core.exchange import service
from desktop.core.services.workspace import book as workspace
from tests.exchange.sides import WARD_OFFICER
opened = workspace.open_url(sys.argv[1])
actor = workspace.actor_for(opened, sys.argv[3], WARD_OFFICER)
report = service.receive(opened.database, actor, Path(sys.argv[2]).read_bytes())
print(report.new, report.rejected)
opened.database.dispose()
"""


def test_two_teams_packages_imported_at_once_both_land(postgres_url, migrated_template,
                                                       tmp_path):
    ward_side = sides.ward_url_side(postgres_url, tmp_path / "ward")
    packages = []
    try:
        for village in ("Thôn Đông", "Thôn Tây"):
            team = sides.make_team(migrated_template, tmp_path, village)
            sides.connect(team, ward_side)
            with team.tx() as session:
                for number in range(12):
                    open_case(session, team.team_id, f"Việc {village} số {number}")
            packages.append((team.team_id, sides.export(team)))
            team.db.dispose()
        environment = {**os.environ, "PYTHONPATH": str(ROOT)}
        running = [subprocess.Popen([sys.executable, "-c", RECEIVE, postgres_url, str(path),
                                     f"can.bo{n}"], cwd=ROOT, env=environment,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for n, (_team, path) in enumerate(packages)]
        results = [process.communicate(timeout=300) for process in running]
        assert [process.returncode for process in running] == [0, 0], results
        for (new, rejected) in (out.split() for out, _err in results):
            assert int(new) > 12 and rejected == "0"
        for team_id, _path in packages:
            assert len(sides.team_records(ward_side, team_id)) > 0
        with ward_side.db.reading() as session:
            landed = session.scalars(select(Case.title)).all()
        assert sum(title.startswith("Việc Thôn") for title in landed) == 24
        _chain_is_one_line(ward_side.book)
    finally:
        ward_side.db.dispose()


def _older_book(url: str) -> str:
    """A book at the revision before the newest (as an earlier program left it)."""
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    head = scripts.get_revision(migrate.head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    engine = make_engine(server.server_url(url))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), head.down_revision)
    finally:
        engine.dispose()
    return head.down_revision


def test_an_upgrade_takes_a_whole_owner_only_copy_first(postgres_server, tmp_path):
    url = postgres_server.url(postgres_server.create_database())
    try:
        older = _older_book(url)
        assert server.probe(url).schema is server.Schema.OLDER
        copy = tmp_path / "truoc-nang-cap.dump"
        report = server_setup.upgrade_server(url, copy)
        assert report is not None and report.from_revision == older
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # every officer's cases are in it
        assert [p.name for p in tmp_path.iterdir()] == [copy.name]  # no partial left behind
        server.check_dump(copy)
        assert server.probe(url).schema is server.Schema.CURRENT
        assert server_setup.upgrade_server(url, tmp_path / "again.dump") is None
    finally:
        postgres_server.drop_database(url.rsplit("/", 1)[1])
