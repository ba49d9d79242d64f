"""One account cannot become another on a book on the ward's server (issue #11, item 4).

A server book has no key file: each account's own signing key is kept in ``account_secrets``,
wrapped by that account's password. An officer may write any row of the book's database (the
server's login in the address is the office's), but knows only their own password. Each test
forges, as that officer, what such access lets one write: a key and a password for the ward
administrator, a raw role change, entries in the administrator's name (unsigned, or signed with
the officer's own key), a grant signed by the officer or by a made-up authority. Each is refused
at login or flagged by ``hoagiai audit verify --db URL``, naming the account. Run against the
test run's throwaway PostgreSQL server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text

from desktop.cli import main as cli
from desktop.core.db.engine import Actor
from desktop.core.db.journal import record_event, register_signer
from desktop.core.db.models import JournalEntry
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.domain.roles import Role
from desktop.core.policy import system_actors
from desktop.core.security import authorship, kdf, server_slot
from desktop.core.security.keyfile import LoginRefused, Signer
from desktop.core.services.workspace import accounts, grants, server_setup
from desktop.core.services.workspace import book as workspace

ADMIN = workspace.Credentials("quan.tri", "mat-khau-quan-tri-phuong")
OFFICER = workspace.Credentials("can.bo", "mat-khau-can-bo-xa")


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            who: workspace.Credentials, *arguments: str) -> tuple[int, str]:
    monkeypatch.setenv("HOAGIAI_USER", who.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", who.password)
    capsys.readouterr()
    code = cli.main(["--lang", "en", *arguments])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def audit(url: str, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``hoagiai audit verify --db URL`` as the ward administrator."""
    return run_cli(monkeypatch, capsys, ADMIN, "audit", "verify", "--db", url)


@pytest.fixture
def ward_server(postgres_server, monkeypatch, capsys) -> Iterator[str]:
    """A ward book on the server: set up with its administrator, who then adds an officer
    with ``hoagiai accounts add --db URL``; the officer has logged in once."""
    name = postgres_server.create_database()
    url = postgres_server.url(name)
    server_setup.init_server(url, accounts.AccountInput(
        ADMIN.username, "Trần Văn Quản", Role.WARD_ADMIN), ADMIN.password, "Phường Nghĩa Đô")
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", OFFICER.password)
    code, out = run_cli(monkeypatch, capsys, ADMIN, "accounts", "add", OFFICER.username,
                        "--name", "Pham Thi Lan", "--role", "ward_officer", "--db", url)
    assert code == 0, out
    workspace.login_url(url, OFFICER).database.dispose()
    yield url
    postgres_server.drop_database(name)


def raw(url: str, statement: str, **values: object) -> None:
    """A statement the officer runs with the office's database login, outside the program."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement), values)
    finally:
        engine.dispose()


def account_ids(url: str) -> dict[str, uuid.UUID]:
    book = workspace.open_url(url)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            return {a.username: a.id for a in session.scalars(select(Account))}
    finally:
        book.database.dispose()


def officer_key(url: str) -> authorship.Ed25519PrivateKey:
    """The officer's own signing key: what their password unwraps (all a forger has)."""
    book = workspace.open_url(url)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            account = accounts.get_account(session, OFFICER.username)
            secret = session.get(AccountSecret, account.id)
            assert secret is not None and secret.signing_key and secret.public_key
            opened = server_slot.unwrap(str(account.id), account.username, OFFICER.password,
                                        secret.signing_key, secret.public_key)
    finally:
        book.database.dispose()
    assert opened is not None
    return authorship.private_key(opened.signing)


def refusals(url: str) -> list[str]:
    book = workspace.open_url(url)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            return [entry.changes["username"] for entry in session.scalars(
                select(JournalEntry).where(JournalEntry.op == "login_refused"))]
    finally:
        book.database.dispose()


# --- the book as the program writes it ---------------------------------------------------------

def test_a_server_book_as_the_program_wrote_it_verifies_clean(ward_server, monkeypatch,
                                                              capsys):
    """Set-up, an account added, a login, a reset by the administrator (a new key), a change
    of one's own password (the same key): everything in a person's name is signed by them."""
    before = officer_key(ward_server)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-dat-lai")
    code, out = run_cli(monkeypatch, capsys, ADMIN, "accounts", "reset", OFFICER.username,
                        "--db", ward_server)
    assert code == 0, out
    reset = workspace.Credentials(OFFICER.username, "mat-khau-dat-lai")
    book = workspace.login_url(ward_server, reset)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.change_password(session, OFFICER.username, reset.password,
                                     OFFICER.password)
    finally:
        book.database.dispose()
    after = officer_key(ward_server)  # unwrapped with the password changed back
    assert authorship.public_text(after) != authorship.public_text(before)  # the reset's key
    code, out = audit(ward_server, monkeypatch, capsys)
    assert code == 0, out
    assert "Journal chain intact" in out and "NOT SIGNED" not in out
    assert "Signed by their authors" in out and "written before signing began: 0." in out
    assert "not checked" not in out


def test_the_set_up_signs_the_first_administrator_with_an_authority_key_then_forgets_it(
        ward_server):
    book = workspace.open_url(ward_server)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            found = grants.all_grants(session)
            authority = grants.book_authority(session)
    finally:
        book.database.dispose()
    first = found[0][1]
    assert first.username_key == ADMIN.username and first.signer == authorship.AUTHORITY
    assert authority == first.signer_key
    officer = [grant for _seq, grant in found if grant.username_key == OFFICER.username]
    assert [grant.signer for grant in officer] == [str(account_ids(ward_server)[ADMIN.username])]


# --- forgeries ---------------------------------------------------------------------------------

@pytest.mark.parametrize("own_key", [True, False], ids=["forger's own key", "no key"])
def test_a_key_and_password_forged_for_the_administrator_do_not_log_in(
        ward_server, own_key, monkeypatch, capsys):
    """The officer writes, for the administrator's account, a password verifier of the
    officer's password and (or not) a key of their own wrapped by it."""
    admin_id = account_ids(ward_server)[ADMIN.username]
    wrapped = server_slot.wrap(str(admin_id), OFFICER.password,
                               authorship.private_bytes(authorship.new_key()))
    raw(ward_server, "UPDATE account_secrets SET verifier = :verifier, signing_key = :key, "
                     "public_key = :public WHERE account_id = :id",
        verifier=kdf.make_verifier(OFFICER.password), key=wrapped.text if own_key else None,
        public=wrapped.public if own_key else None, id=admin_id)
    with pytest.raises(LoginRefused) as refused:
        workspace.login_url(ward_server, workspace.Credentials(ADMIN.username,
                                                               OFFICER.password))
    assert ADMIN.username in str(refused.value) and "audit verify" in str(refused.value)
    assert refusals(ward_server) == [ADMIN.username]  # the refused login is journaled
    if own_key:  # the audit needs the administrator: their real password no longer opens
        code, out = run_cli(monkeypatch, capsys, OFFICER, "audit", "verify", "--db",
                            ward_server)
        assert code == 1
        assert (f"NOT SIGNED: The signing key kept on the server for {ADMIN.username} is not "
                "the key granted to that account") in out


def test_the_administrators_key_kept_under_a_foreign_password_does_not_log_in(ward_server):
    """Only the verifier replaced: the officer's password passes it, but the administrator's
    real key does not open with it, so the login is refused rather than signing unsigned."""
    admin_id = account_ids(ward_server)[ADMIN.username]
    raw(ward_server, "UPDATE account_secrets SET verifier = :verifier WHERE account_id = :id",
        verifier=kdf.make_verifier(OFFICER.password), id=admin_id)
    with pytest.raises(LoginRefused) as refused:
        workspace.login_url(ward_server, workspace.Credentials(ADMIN.username,
                                                               OFFICER.password))
    assert refused.value.message_id == server_slot.DAMAGED
    assert ADMIN.username in str(refused.value)


def test_a_raw_role_change_is_refused_at_login_and_flagged(ward_server, monkeypatch, capsys):
    raw(ward_server, "UPDATE accounts SET role = 'ward_admin' WHERE username_key = :name",
        name=OFFICER.username)
    with pytest.raises(LoginRefused) as refused:
        workspace.login_url(ward_server, OFFICER)
    assert refused.value.message_id == grants.ROLE_NOT_GRANTED
    code, out = audit(ward_server, monkeypatch, capsys)
    assert code == 1
    assert f"NOT SIGNED: The book gives {OFFICER.username} the role" in out
    assert "ALTERED" in out  # the row no longer matches the journal either


@pytest.mark.parametrize("signed_with", ["nobody", "officer"])
def test_entries_written_in_the_administrators_name_are_flagged(ward_server, signed_with,
                                                                monkeypatch, capsys):
    """The officer opens the database with the program's own code and writes as the
    administrator: unsigned, or signed with the officer's own key."""
    ids = account_ids(ward_server)
    forged = workspace.open_url(ward_server)
    try:
        if signed_with == "officer":
            register_signer(forged.database.engine, ids[ADMIN.username],
                            officer_key(ward_server))
        as_admin = Actor(ADMIN.username, forged.device, Role.WARD_ADMIN, ids[ADMIN.username])
        with forged.database.transaction(as_admin) as session:
            officer = session.get(Account, ids[OFFICER.username])
            assert officer is not None
            officer.display_name = "Người bị đổi tên"
    finally:
        forged.database.dispose()
    code, out = audit(ward_server, monkeypatch, capsys)
    assert code == 1
    assert f"is in the name of {ADMIN.username} but was not signed" in out
    assert out.count("NOT SIGNED") == 1, out


def test_a_grant_the_officer_signed_for_themselves_is_flagged(ward_server, monkeypatch,
                                                              capsys):
    """A ward officer may not grant roles: a grant of the administrator's role, signed with the
    officer's own key, proves nothing (and the role change it covers is still refused)."""
    ids = account_ids(ward_server)
    key = officer_key(ward_server)
    grant = authorship.Grant(str(ids[OFFICER.username]), OFFICER.username, "ward_admin",
                             authorship.public_text(key), str(ids[OFFICER.username]), "",
                             "2026-12-07T00:00:00").signed_with(key)
    _journal_grant(ward_server, grant)
    raw(ward_server, "UPDATE accounts SET role = 'ward_admin' WHERE username_key = :name",
        name=OFFICER.username)
    with pytest.raises(LoginRefused):
        workspace.login_url(ward_server, OFFICER)
    code, out = audit(ward_server, monkeypatch, capsys)
    assert code == 1 and "no team leader, ward administrator or recovery key signed" in out


def test_an_account_granted_by_a_made_up_authority_does_not_log_in(ward_server, monkeypatch,
                                                                   capsys):
    """The officer adds an account with a key, a password and an 'authority' grant signed by a
    key they made: the book recognises only the authority of its set-up, even at a login that
    reads only that account's grants."""
    fake = workspace.Credentials("ke.gia", "mat-khau-ke-gia")
    made_up = authorship.new_key()
    book = workspace.open_url(ward_server)
    try:
        with book.database.transaction(system_actors.OPENING) as session:
            accounts.create_account(session, accounts.AccountInput(
                fake.username, "Kẻ Giả", Role.WARD_ADMIN), fake.password,
                signer=Signer(authorship.AUTHORITY, made_up))
    finally:
        book.database.dispose()
    with pytest.raises(LoginRefused) as refused:
        workspace.login_url(ward_server, fake)
    assert fake.username in str(refused.value)
    code, out = audit(ward_server, monkeypatch, capsys)
    assert code == 1 and f"gives {fake.username} a key or a role that no team leader" in out


def _journal_grant(url: str, grant: authorship.Grant) -> None:
    book = workspace.open_url(url)
    try:
        with book.database.transaction(system_actors.OPENING) as session:
            record_event(session, authorship.GRANTED, "accounts", grant.account_id, None,
                         grant.as_dict())
    finally:
        book.database.dispose()
