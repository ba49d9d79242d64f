"""Logging in to an encrypted book as one account, with that account's own signing key.

The password opens the account's slot: the book's key and the account's signing key. The
login holds only if that key and the account's role are the ones a leader granted
(``grants.check_login``); a refusal is journaled (the book is open by then) and names the
account. From then on every entry the person writes on this opened book is signed with their
key (``journal.register_signer``). An account made before signing gets its key now, once; a
slot whose key derivation is weaker than today's default is re-wrapped with it.

A book on a server has no key file: its password was checked against the account's verifier,
and the same password then unwraps the account's signing key kept in ``account_secrets``
(``sign_in_on_server``); the rest is the same check, the same signing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor, Database
from desktop.core.db.journal import record_event, register_signer
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.i18n import N_
from desktop.core.policy import system_actors
from desktop.core.security import authorship, kdf, keyfile, login_record, server_slot
from desktop.core.security.authorship import Grant
from desktop.core.security.keyfile import KeyFile, LoginRefused, OpenedSlot, Signer
from desktop.core.services.workspace import accounts, grants, server_keys

# The journal's op column holds 20 characters (enforced by PostgreSQL, not by SQLite); books
# before this name journaled "password_slot_strengthened", still labelled in the history.
PASSWORD_STRENGTHENED = "kdf_strengthened"

ACCOUNT_INACTIVE = N_(
    "The account {username} is deactivated. Ask the team leader (the ward administrator for "
    "ward accounts) to create a new one.")


class Named(Protocol):
    @property
    def username(self) -> str: ...

    @property
    def password(self) -> str: ...


JournalLogin = Callable[[Session, Account | None, int], None]


def active_account(session: Session, username: str) -> Account:
    account = accounts.find_account(session, username)
    if account is None:
        raise LoginRefused(keyfile.WRONG_LOGIN)
    if not account.active:
        raise LoginRefused(ACCOUNT_INACTIVE, username=account.username)
    return account


def sign_in(database: Database, device: str, keys: KeyFile, credentials: Named,
            opened: OpenedSlot, journal_login: JournalLogin) -> tuple[Actor, Signer]:
    """The logged-in person's actor and signer; the login journaled and signed."""
    with database.reading(system_actors.OPENING) as session:
        account = active_account(session, credentials.username)
        actor = Actor(account.username, device, account.role, account.id, account.mediator_id)
        current = _checked(database, session, account, keys, opened)
    key = authorship.private_key(opened.signing) if opened.signing else authorship.new_key()
    assert actor.account_id is not None
    register_signer(database.engine, actor.account_id, key)
    with database.transaction(actor) as session:
        mine = session.get(Account, actor.account_id)
        assert mine is not None
        if current is None:
            grants.grant_own_key(session, mine, key)
        if current is None or not opened.params.at_least(kdf.current()):
            _rewrap(session, mine, keys, credentials, opened, key)
        journal_login(session, mine, _failures(session, mine, keys, credentials.username))
    return actor, Signer(str(actor.account_id), key)


def _failures(session: Session, account: Account, keys: KeyFile, username: str) -> int:
    """The wrong passwords since the last login (both counts cleared): the larger of the key
    file's count and the one kept away from the book; a lower key-file count was edited."""
    in_key_file = keys.record_success(username)
    elsewhere = login_record.take(keys.book_id, username)
    if elsewhere > in_key_file:
        record_event(session, "failed_logins_hidden", "account", str(account.id),
                     str(account.team_id) if account.team_id else None,
                     {"username": account.username, "key_file": in_key_file,
                      "counted": elsewhere})
    return max(in_key_file, elsewhere)


def _checked(database: Database, session: Session, account: Account, keys: KeyFile,
             opened: OpenedSlot) -> Grant | None:
    public = authorship.public_text(authorship.private_key(opened.signing)) \
        if opened.signing else None
    try:
        return grants.check_login(session, account, public, keys.authority)
    except grants.AuthorityRefused as refusal:
        _journal_refusal(database, account, refusal.message_id)
        raise


def _journal_refusal(database: Database, account: Account, reason: str) -> None:
    with database.transaction(system_actors.OPENING) as writing:
        record_event(writing, "login_refused", "account", str(account.id),
                     str(account.team_id) if account.team_id else None,
                     {"username": account.username, "reason": reason})


def _rewrap(session: Session, account: Account, keys: KeyFile, credentials: Named,
            opened: OpenedSlot, key: Ed25519PrivateKey) -> None:
    """Put the account's key in its slot (made before signing), and the slot's key derivation
    up to today's default (an old or edited slot was cheaper to guess)."""
    with keyfile.changing(keys.path):
        fresh = KeyFile.load(keys.path)
        fresh.set_password(credentials.username, credentials.password, opened.db_key,
                           authorship.private_bytes(key))
        fresh.save()
    if not opened.params.at_least(kdf.current()):
        record_event(session, PASSWORD_STRENGTHENED, "account", str(account.id),
                     str(account.team_id) if account.team_id else None,
                     {"username": account.username, "from": opened.params.as_dict(),
                      "to": kdf.current().as_dict()})


# --- on a server: the signing key kept in account_secrets -----------------------------------

def sign_in_on_server(database: Database, device: str, credentials: Named, failures: int,
                      journal_login: JournalLogin) -> Actor:
    """The actor of a person whose password the server's verifier accepted (``failures``: the
    wrong ones since their last login); their key unwrapped and checked against their grant,
    their entries signed from now on, the login journaled. An account without a key yet (made
    before server accounts had one) makes it now, once, as on a file book."""
    with database.reading(system_actors.OPENING) as session:
        account = active_account(session, credentials.username)
        actor = Actor(account.username, device, account.role, account.id, account.mediator_id)
        opened = _unwrapped(database, session, account, credentials.password)
        current = _checked_on_server(database, session, account, opened)
    key = authorship.private_key(opened.signing) if opened else authorship.new_key()
    assert actor.account_id is not None
    register_signer(database.engine, actor.account_id, key)
    with database.transaction(actor) as session:
        mine = session.get(Account, actor.account_id)
        assert mine is not None
        if current is None:
            grants.grant_own_key(session, mine, key)
        if current is None or opened is None or not opened.params.at_least(kdf.current()):
            _rewrap_on_server(session, mine, credentials.password, key, opened)
        journal_login(session, mine, failures)
    return actor


def _unwrapped(database: Database, session: Session, account: Account,
               password: str) -> server_slot.Unwrapped | None:
    try:
        return server_keys.unwrap(session.get(AccountSecret, account.id), account, password)
    except server_slot.SlotError as refusal:
        _journal_refusal(database, account, refusal.message_id)
        raise LoginRefused(refusal.message_id, **refusal.params) from refusal


def _checked_on_server(database: Database, session: Session, account: Account,
                       opened: server_slot.Unwrapped | None) -> Grant | None:
    public = authorship.public_text(authorship.private_key(opened.signing)) if opened else None
    try:
        return grants.check_login(session, account, public, grants.book_authority(session))
    except grants.AuthorityRefused as refusal:
        _journal_refusal(database, account, refusal.message_id)
        if refusal.message_id == grants.NOT_ITS_KEY:
            raise grants.AuthorityRefused(grants.NOT_ITS_SERVER_KEY,
                                          username=account.username) from refusal
        raise


def _rewrap_on_server(session: Session, account: Account, password: str,
                      key: Ed25519PrivateKey, opened: server_slot.Unwrapped | None) -> None:
    """Keep the account's key on the server (made now), or re-wrap it (and the verifier) with
    today's key derivation (an old or edited one was cheaper to guess)."""
    server_keys.keep(session, account, password, authorship.private_bytes(key))
    if opened is not None and not opened.params.at_least(kdf.current()):
        record_event(session, PASSWORD_STRENGTHENED, "account", str(account.id),
                     str(account.team_id) if account.team_id else None,
                     {"username": account.username, "from": opened.params.as_dict(),
                      "to": kdf.current().as_dict()})


# --- the same check without writing (a restore must leave the book as it was when refused) ---

def check_read_only(connection: sqlite3.Connection, keys: KeyFile, row: tuple[Any, ...],
                    signing: bytes | None) -> None:
    """``row`` (username, role, id, ...) of ``accounts`` read through ``connection``: refuse,
    as ``check_login`` does, a key or role that no leader signed."""
    username, role, raw_id = row[0], row[1], str(uuid.UUID(str(row[2])))
    found = [_grant(changes) for (changes,) in connection.execute(
        "SELECT changes FROM change_journal WHERE op = ? ORDER BY seq", (authorship.GRANTED,))]
    check = authorship.check_grants([g for g in found if g is not None], keys.authority)
    current = check.current(raw_id)
    public = authorship.public_text(authorship.private_key(signing)) if signing else None
    if current is None:
        if _made_before_signing(connection, raw_id):
            return
        raise grants.AuthorityRefused(grants.NO_GRANT if public is None else grants.NOT_ITS_KEY,
                                      username=username)
    if public != current.public_key:
        raise grants.AuthorityRefused(grants.NOT_ITS_KEY, username=username)
    if (current.role, current.username_key) != (role, keyfile.username_key(username)):
        raise grants.AuthorityRefused(grants.ROLE_NOT_GRANTED, username=username, role=role)


def _grant(changes: Any) -> Grant | None:
    try:
        return Grant.from_dict(json.loads(changes) if isinstance(changes, str | bytes) else None)
    except ValueError:
        return None  # not a grant the program wrote: it proves nothing


def _made_before_signing(connection: sqlite3.Connection, account_id: str) -> bool:
    made = connection.execute(
        "SELECT min(seq) FROM change_journal WHERE entity = 'accounts' AND entity_id = ? "
        "AND op = 'insert'", (account_id,)).fetchone()[0]
    began = connection.execute("SELECT min(seq) FROM change_journal WHERE op = ?",
                               (authorship.GRANTED,)).fetchone()[0]
    return made is not None and (began is None or made < began)
