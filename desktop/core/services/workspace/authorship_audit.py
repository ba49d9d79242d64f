"""``audit verify``'s authorship half: is everything in a person's name signed by that person?

Read-only. It flags, naming the account: a grant (key, role) that no leader or recovery key
signed; an account whose role or name in the book is not the one its grant gave; an account
made outside the program; a key-file slot (or, on a server, the signing key kept in
``account_secrets``) that does not hold its account's granted key; and every journal entry
in a person's name, written after signing began, that their key did not sign. Entries and
accounts from before signing (an older version wrote them) are counted and reported as such,
not as forged. The hash chain itself is ``journal.first_broken_link``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desktop.core.db.journal import signed_message
from desktop.core.db.models import JournalEntry
from desktop.core.db.models_accounts import Account, AccountSecret, JournalSignature
from desktop.core.i18n import N_, _
from desktop.core.security import authorship, keyfile
from desktop.core.security.authorship import GrantCheck
from desktop.core.security.keyfile import KeyFile, username_key
from desktop.core.services.workspace import grants

MAX_LISTED = 20  # entries listed one by one; the rest are counted

GRANT_UNSIGNED = N_(
    "Journal entry {seq} gives {username} a key or a role that no team leader, ward "
    "administrator or recovery key signed: it was written outside the program.")
ROLE_CHANGED = N_(
    "The book gives {username} the role {role}, but the signed grant gave {granted}: the role "
    "was changed outside the program.")
ACCOUNT_UNSIGNED = N_(
    "The account {username} has no key signed by a team leader or ward administrator: it was "
    "added outside the program.")
SLOT_FOREIGN = N_(
    "The key file's password slot for {username} does not hold the key granted to that "
    "account: someone else wrote it (perhaps with another account's password).")
SERVER_KEY_FOREIGN = N_(
    "The signing key kept on the server for {username} is not the key granted to that "
    "account: someone else wrote it (perhaps with another account's password).")
SLOT_WITHOUT_ACCOUNT = N_(
    "The key file has a password slot for {username}, who has no account in the book.")
ENTRY_UNSIGNED = N_(
    "Journal entry {seq} ({entity}, {time}) is in the name of {username} but was not signed "
    "with that account's key: someone else wrote it, outside the program.")
MORE_UNSIGNED = N_("... and {count} more entries not signed by the account they name.")


@dataclass
class AuthorshipReport:
    signed: int = 0  # entries in a person's name, signed by them
    before_signing: int = 0  # entries in a person's name written before signing began
    accounts_before_signing: list[str] = field(default_factory=list)  # no key yet
    self_made: list[str] = field(default_factory=list)  # keys made at the first login
    problems: list[str] = field(default_factory=list)  # translated, one per finding

    @property
    def sound(self) -> bool:
        return not self.problems


def check_authorship(session: Session, keys: KeyFile | None) -> AuthorshipReport:
    """What ``audit verify`` says about authorship (``keys``: the book's key file, if any)."""
    report = AuthorshipReport()
    found = grants.all_grants(session)
    check = authorship.check_grants([g for _s, g in found], keys.authority if keys else None)
    seq_of = {id(grant): seq for seq, grant in found}
    for grant, _why in check.refused:
        report.problems.append(_(GRANT_UNSIGNED).format(seq=seq_of[id(grant)],
                                                        username=grant.username_key))
    report.self_made = sorted(g.username_key for g in check.self_made)
    people = list(session.scalars(select(Account).order_by(Account.username_key)))
    _check_accounts(session, people, check, report)
    if keys is not None:
        _check_slots(keys, people, check, report)
    _check_server_keys(session, people, check, report)
    _check_entries(session, people, check, grants.signing_began(session), report)
    return report


def _check_accounts(session: Session, people: list[Account], check: GrantCheck,
                    report: AuthorshipReport) -> None:
    for account in people:
        current = check.current(str(account.id))
        if current is None:
            if grants.made_before_signing(session, account):
                report.accounts_before_signing.append(account.username)
            else:
                report.problems.append(_(ACCOUNT_UNSIGNED).format(username=account.username))
        elif (current.role, current.username_key) != (account.role.value, account.username_key):
            report.problems.append(_(ROLE_CHANGED).format(
                username=account.username, role=account.role.label,
                granted=_role_label(current.role)))


def _role_label(value: str) -> str:
    from desktop.core.domain.roles import Role

    try:
        return Role(value).label
    except ValueError:
        return value


def _check_slots(keys: KeyFile, people: list[Account], check: GrantCheck,
                 report: AuthorshipReport) -> None:
    by_key = {account.username_key: account for account in people}
    for slot_name in keys.usernames():
        account = by_key.get(username_key(slot_name))
        if account is None:
            report.problems.append(_(SLOT_WITHOUT_ACCOUNT).format(username=slot_name))
            continue
        current = check.current(str(account.id))
        public = keys.slot_public_key(slot_name)
        if current is not None and public != current.public_key:
            report.problems.append(_(SLOT_FOREIGN).format(username=account.username))


def _check_server_keys(session: Session, people: list[Account], check: GrantCheck,
                       report: AuthorshipReport) -> None:
    """On a server the accounts' wrapped keys live beside their verifiers: each one kept must
    be the key granted to its account (a file book keeps none there)."""
    kept = {account_id: public for account_id, public in session.execute(
        select(AccountSecret.account_id, AccountSecret.public_key).where(
            AccountSecret.public_key.is_not(None)))}
    for account in people:
        public = kept.get(account.id)
        current = check.current(str(account.id))
        if public is not None and current is not None and public != current.public_key:
            report.problems.append(_(SERVER_KEY_FOREIGN).format(username=account.username))


def _check_entries(session: Session, people: list[Account], check: GrantCheck,
                   began: int | None, report: AuthorshipReport) -> None:
    """Each entry in a person's name must lie in a run signed by a key granted to them."""
    accounts_by_name = {account.username_key: str(account.id) for account in people}
    entries = list(session.execute(select(
        JournalEntry.seq, JournalEntry.author, JournalEntry.hash, JournalEntry.entity,
        JournalEntry.at).order_by(JournalEntry.seq)))
    position = {row.seq: index for index, row in enumerate(entries)}
    covered = _covered(session, entries, position, accounts_by_name, check)
    unsigned: list[Any] = []
    for row in entries:
        if username_key(row.author) not in accounts_by_name:
            continue  # the program's own work (system, demo, recovery): no person's name
        if row.seq in covered:
            report.signed += 1
        elif began is None or row.seq < began:
            report.before_signing += 1
        else:
            unsigned.append(row)
    for row in unsigned[:MAX_LISTED]:
        when = f"{row.at:%d/%m/%Y %H:%M} UTC" if row.at else "?"
        report.problems.append(_(ENTRY_UNSIGNED).format(
            seq=row.seq, entity=row.entity, time=when, username=row.author))
    if len(unsigned) > MAX_LISTED:
        report.problems.append(_(MORE_UNSIGNED).format(count=len(unsigned) - MAX_LISTED))


def _covered(session: Session, entries: list[Any], position: dict[int, int],
             accounts_by_name: dict[str, str], check: GrantCheck) -> set[int]:
    """The entries that lie in a run whose signature holds, by a key granted to the run's
    author, every entry of the run being theirs."""
    covered: set[int] = set()
    for sig in session.scalars(select(JournalSignature).order_by(JournalSignature.last_seq)):
        first, last = position.get(sig.first_seq), position.get(sig.last_seq)
        account_id = accounts_by_name.get(username_key(sig.author))
        if first is None or last is None or first > last or account_id is None:
            continue
        run = entries[first:last + 1]
        if (sig.public_key in check.keys_of(account_id)
                and all(row.author == sig.author for row in run)
                and authorship.verify(sig.public_key, signed_message(
                    sig.first_seq, sig.last_seq, run[-1].hash, sig.author), sig.signature)):
            covered.update(row.seq for row in run)
    return covered


def check_book_authorship(path: Path, key: bytes) -> AuthorshipReport:
    """``check_authorship`` on the encrypted book file at ``path``, read-only (the file is left
    byte for byte as it was), with its key file when there is one."""
    from desktop.core.db.engine import connect_file

    engine = create_engine("sqlite://", creator=lambda: connect_file(path, key, read_only=True),
                           poolclass=NullPool)
    keys_path = keyfile.path_for(path)
    keys = KeyFile.load(keys_path) if keys_path.exists() else None
    try:
        with Session(engine) as session:
            return check_authorship(session, keys)
    finally:
        engine.dispose()
