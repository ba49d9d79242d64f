"""``audit verify`` against a key holder: a case row changed directly, a journal rewritten or
cut with its chain and head recomputed. The chain checks out on its own; the live rows against
the journal's last values, and the anchors outside the book (the heads beside its backups),
give it away."""

from __future__ import annotations

from contextlib import closing

import pytest

from desktop.cli import main as cli
from desktop.core.services.workspace import backup_jobs, backups
from tests.conftest import encrypt_for_cli, raw_connect
from tests.core.helpers import build_case, open_case
from tests.exchange.forgery import rewrite_journal


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(["--lang", "en", *argv])
    return code, capsys.readouterr().out


@pytest.fixture
def keyed_book(book, book_path, actor, team_id):
    with book.database.transaction(actor) as session:
        build_case(session, team_id)
    key = encrypt_for_cli(book, book_path)
    return book_path, key


def _more_work(path, key):
    from desktop.core.services.workspace import book as workspace
    from tests.conftest import TESTER

    opened = workspace.open_book(path, key)
    try:
        actor = workspace.actor_for(opened, TESTER.username)
        from desktop.core.policy import settings

        with opened.database.transaction(actor) as session:
            team_id = settings.own_team_id(session)
        with opened.database.transaction(actor) as session:
            open_case(session, team_id, "Tranh chấp tiếng ồn")
    finally:
        opened.database.dispose()


def test_a_clean_book_passes(keyed_book, capsys):
    path, _key = keyed_book
    assert run(capsys, "audit", "verify", "--db", str(path))[0] == 0


def test_a_case_row_changed_directly_is_flagged(keyed_book, capsys):
    path, _key = keyed_book
    with closing(raw_connect(path)) as connection:
        connection.execute("UPDATE cases SET title = 'Đã sửa thẳng vào sổ'")
        connection.commit()
    code, out = run(capsys, "audit", "verify", "--db", str(path))
    assert code == 1
    assert "Journal chain intact" in out  # the chain alone sees nothing
    assert "ALTERED: The record cases" in out and "(title)" in out


def test_a_deleted_row_is_flagged(keyed_book, capsys):
    path, _key = keyed_book
    with closing(raw_connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM agreement_terms")
        connection.commit()
    code, out = run(capsys, "audit", "verify", "--db", str(path))
    assert code == 1 and "The record agreement_terms" in out


@pytest.mark.parametrize("how", ["rewritten", "cut"])
def test_a_recomputed_chain_is_flagged_against_a_backups_head(keyed_book, capsys, how):
    path, key = keyed_book
    folder = backups.default_backup_dir(path)
    info = backups.make_backup(path, folder, key=key)
    _more_work(path, key)
    assert backup_jobs.audit_findings(backup_jobs.BookFile(path, key)) == []
    if how == "rewritten":
        rewrite_journal(path, info.last_seq - 3, key)
    else:
        rewrite_journal(path, 0, key, cut_after=info.last_seq - 2)
    assert backups.check_book(path, key=key).broken is None  # the chain checks out alone
    code, out = run(capsys, "audit", "verify", "--db", str(path))
    assert code == 1
    expected = "holds another entry" if how == "rewritten" else "has no entry"
    assert f"at entry {info.last_seq} it {expected}" in out and "backup" in out


def test_an_erasure_is_no_alteration(book, book_path, actor, team_id):
    """Erasure shreds the journal's sealed copies and scrubs the rows, through the program:
    the rows then match what the journal still shows, and nothing is flagged."""
    from datetime import date

    from desktop.core.services.people import personal_data
    from tests.core.helpers import close_successfully

    with book.database.transaction(actor) as session:
        case_id = build_case(session, team_id).case_id
        close_successfully(session, case_id)
    with book.database.transaction(actor) as session:
        assert personal_data.erase_due(session, date(2045, 1, 1))
    book.database.dispose()
    assert backup_jobs.audit_findings(backup_jobs.BookFile(book_path)) == []
    with closing(raw_connect(book_path)) as connection:  # fields not sealed are still checked
        connection.execute("UPDATE cases SET received_on = '2020-01-01'")
        connection.commit()
    found = backup_jobs.audit_findings(backup_jobs.BookFile(book_path))
    assert len(found) == 1 and "cases" in found[0] and "received_on" in found[0]
