"""Two ward officers run `hoagiai ward resolve` on the same conflict at the same moment, in two
processes against the ward's PostgreSQL server (#16). Both start while the conflict's row is
held, so both reach it together; one resolves it, the other waits, is told by whom and how it
was resolved, and changes nothing: the record is changed once and the journal says so once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from desktop.core.db.models import Case, JournalEntry
from desktop.core.domain.roles import Role
from desktop.core.exchange import ward
from desktop.core.services.workspace import accounts, server_setup
from desktop.core.services.workspace import book as workspace
from tests.exchange import sides
from tests.storage.test_follow_up_concurrency import wait_for_lock_waits

ROOT = Path(__file__).resolve().parents[2]
ADMIN = workspace.Credentials("quan.tri", "mat-khau-quan-tri-phuong")
# The command line itself; the account's password slot was made with the test suite's cheap
# key derivation, which the process keeps (else its login would re-derive a stronger slot).
CLI = ("from desktop.core.security import kdf; kdf.use_cheap_parameters_for_tests(); "
       "from desktop.cli.main import main; raise SystemExit(main())")


def resolve_in_a_process(url: str, number: int, side: str, reason: str,
                         home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "HOAGIAI_USER": ADMIN.username, "HOAGIAI_PASSWORD": ADMIN.password,
           "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "ward", "resolve", str(number), "--db", url,
         "--side", side, "--reason", reason],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_resolving_one_conflict_apply_it_once(postgres_server, migrated_template,
                                                            tmp_path):
    name = postgres_server.create_database()
    url = postgres_server.url(name)
    admin = accounts.AccountInput(ADMIN.username, "Trần Văn Quản", Role.WARD_ADMIN)
    server_setup.init_server(url, admin, ADMIN.password, "Phường Nghĩa Đô")
    opened = workspace.login_url(url, ADMIN)
    assert opened.actor is not None
    ward_side = sides.Side(opened, opened.actor, tmp_path / "ward")
    team = sides.make_team(migrated_template, tmp_path, "Thôn Bắc")
    holder = create_engine(url)
    try:
        sides.connect(team, ward_side)
        number, case_id = sides.a_conflict(ward_side, team)
        with holder.connect() as held:  # holds the conflict's row until both have reached it
            held.execute(text("SELECT id FROM exchange_review_queue WHERE id = :n FOR UPDATE"),
                         {"n": number})
            runs = [resolve_in_a_process(url, number, "team", "Theo tổ", tmp_path / "a"),
                    resolve_in_a_process(url, number, "ward", "Theo xã", tmp_path / "b")]
            try:
                wait_for_lock_waits(url, name, 2)
            except AssertionError:
                for run in runs:
                    run.kill()
                raise AssertionError([run.communicate() for run in runs]) from None
            held.rollback()
        results = [(run.wait(120), *run.communicate()) for run in runs]
        with opened.database.reading() as s:
            title = s.get(Case, case_id).title
            (item,) = ward.list_review(s, include_resolved=True)
            events = s.scalar(select(func.count()).select_from(JournalEntry).where(
                JournalEntry.op == "conflict_resolved"))
    finally:
        holder.dispose()
        team.db.dispose()
        opened.database.dispose()
        postgres_server.drop_database(name)
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1], results
    (refused,) = [err for code, _out, err in results if code == 1]
    kept = "giá trị của tổ (Tổ sửa)" if item.chosen == "team" else "giá trị của xã, phường (Xã sửa)"
    assert f"Chênh lệch số {number} đã được Trần Văn Quản (quan.tri) xử lý" in refused
    assert kept in refused and item.reason in refused and "Traceback" not in refused
    assert title == {"team": "Tổ sửa", "ward": "Xã sửa"}[item.chosen]
    assert events == 1
