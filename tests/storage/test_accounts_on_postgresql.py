"""Accounts on a PostgreSQL book: no key file, an Argon2id verifier in account_secrets; wrong
passwords are counted there and lock the login; the login is journaled."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.db.models_accounts import AccountSecret
from desktop.core.domain.roles import Role
from desktop.core.security.keyfile import LoginRefused
from desktop.core.services.workspace import accounts
from desktop.core.services.workspace import book as workspace

OFFICER = workspace.Credentials("can.bo", "mat-khau-can-bo-xa")


@pytest.fixture
def officer_url(postgres_url: str) -> str:
    book = workspace.open_url(postgres_url)
    try:
        with book.database.transaction(workspace.actor_for(book, "system")) as session:
            accounts.create_account(session, accounts.AccountInput(
                OFFICER.username, "Phạm Thị Lan", Role.WARD_OFFICER), OFFICER.password)
            secret = session.scalars(select(AccountSecret)).one()
            assert secret.verifier.startswith("argon2id$")
            assert OFFICER.password not in secret.verifier
    finally:
        book.database.dispose()
    return postgres_url


def test_an_officer_logs_in_to_the_server_and_it_is_journaled(officer_url):
    book = workspace.login_url(officer_url, OFFICER)
    try:
        assert book.actor is not None and book.actor.role is Role.WARD_OFFICER
        assert book.keyring is None
        with book.database.reading() as session:
            logins = session.scalars(select(JournalEntry.author).where(
                JournalEntry.op == "login")).all()
        assert logins == [OFFICER.username]
    finally:
        book.database.dispose()


def test_wrong_passwords_on_the_server_lock_the_login(officer_url, english):
    now = datetime(2026, 3, 5, 14, 0)
    wrong = workspace.Credentials(OFFICER.username, "sai")
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong"):
            workspace.login_url(officer_url, wrong, now)
    with pytest.raises(LoginRefused, match="locked until 14:05"):
        workspace.login_url(officer_url, wrong, now)
    with pytest.raises(LoginRefused, match="locked"):
        workspace.login_url(officer_url, OFFICER, now + timedelta(minutes=1))
    book = workspace.login_url(officer_url, OFFICER, now + timedelta(minutes=6))
    try:
        with book.database.reading() as session:
            failed = session.scalars(select(JournalEntry).where(
                JournalEntry.op == "login_failed")).one()
            assert failed.changes["failures"] == 5
    finally:
        book.database.dispose()


def test_an_unknown_user_gets_the_same_message(officer_url, english):
    with pytest.raises(LoginRefused, match="user name or the password is wrong"):
        workspace.login_url(officer_url, workspace.Credentials("khong.co", "mat-khau-bat-ky"))
