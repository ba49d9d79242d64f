"""The keys granted to accounts, read from the journal, and the check made at every login.

A grant is a journal event (``authorship.GRANTED``, on the account's record), so it shares the
journal's hash chain: removing one means rewriting the chain. A login holds only when the
account's own key (unwrapped from its slot with its password) is the one its latest valid
grant names, and the book still gives the account the role and name that grant gave it. So a
slot made for someone else, or a role changed behind the program's back, is refused here with
a message naming the account (``audit verify`` finds the same, and more).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event, utcnow
from desktop.core.db.models import JournalEntry
from desktop.core.db.models_accounts import Account
from desktop.core.i18n import N_
from desktop.core.security import authorship
from desktop.core.security.authorship import Grant, GrantCheck
from desktop.core.security.keyfile import LoginRefused

NOT_ITS_KEY = N_(
    "The key file's slot for {username} was not made for this account by the program (it does "
    "not hold the key a team leader gave {username}), so logging in is refused. Someone may "
    "have written it with another account's password. Ask the team leader to check the book "
    "with: hoagiai audit verify")
NOT_ITS_SERVER_KEY = N_(
    "The signing key kept on the server for {username} is not the one a team leader or ward "
    "administrator gave this account, so logging in is refused. Someone may have written it "
    "with another account's password. Ask the ward administrator to check the book with: "
    "hoagiai audit verify")
ROLE_NOT_GRANTED = N_(
    "The book gives {username} the role {role}, but no team leader (or ward administrator) "
    "signed that role for {username}, so logging in is refused: the role was changed outside "
    "the program. Ask the team leader to check the book with: hoagiai audit verify")
NO_GRANT = N_(
    "{username} has no signing key given by a team leader (or the ward administrator): the "
    "account was added outside the program, so logging in is refused. Ask the team leader to "
    "check the book with: hoagiai audit verify")


class AuthorityRefused(LoginRefused):
    """A login whose account, key or role no team leader signed."""


def grants_of(session: Session, account_ids: list[str]) -> list[tuple[int, Grant]]:
    """The grants of these accounts and, recursively, of the accounts that signed them (what a
    login needs to check one account), in the order they were written."""
    found: dict[int, Grant] = {}
    wanted, seen = list(account_ids), set(account_ids)
    while wanted:
        rows = session.execute(select(JournalEntry.seq, JournalEntry.changes).where(
            JournalEntry.entity == "accounts", JournalEntry.entity_id.in_(wanted),
            JournalEntry.op == authorship.GRANTED))
        wanted = []
        for seq, changes in rows:
            grant = Grant.from_dict(changes)
            if grant is None:
                continue
            found[seq] = grant
            if grant.signer not in (authorship.AUTHORITY, authorship.SELF) and (
                    grant.signer not in seen):
                seen.add(grant.signer)
                wanted.append(grant.signer)
    return sorted(found.items())


def all_grants(session: Session) -> list[tuple[int, Grant]]:
    rows = session.execute(select(JournalEntry.seq, JournalEntry.changes).where(
        JournalEntry.op == authorship.GRANTED).order_by(JournalEntry.seq))
    return [(seq, grant) for seq, changes in rows
            if (grant := Grant.from_dict(changes)) is not None]


def book_authority(session: Session) -> str | None:
    """The authority key a book without a key file (on a server) recognises: the one that
    signed its first authority grant (the set-up's, or the file book's it was copied from). A
    later grant signed by any other "authority" is refused, even when the login checks only
    the grants of one account."""
    for _seq, grant in all_grants(session):
        if grant.signer == authorship.AUTHORITY and authorship.verify(
                grant.signer_key, grant.statement(), grant.signature):
            return grant.signer_key
    return None


def check_of(session: Session, account: Account, authority: str | None) -> GrantCheck:
    return authorship.check_grants(
        [grant for _seq, grant in grants_of(session, [str(account.id)])], authority)


def signing_began(session: Session) -> int | None:
    """The journal position of the first grant: entries and accounts before it were made by a
    version of the program that did not sign."""
    return session.scalar(select(func.min(JournalEntry.seq)).where(
        JournalEntry.op == authorship.GRANTED))


def made_before_signing(session: Session, account: Account) -> bool:
    """Was ``account`` made (journaled) before the book's first grant? Only such an account
    may make its own key, once, at its first login after the upgrade."""
    made = session.scalar(select(func.min(JournalEntry.seq)).where(
        JournalEntry.entity == "accounts", JournalEntry.entity_id == str(account.id),
        JournalEntry.op == "insert"))
    began = signing_began(session)
    return made is not None and (began is None or made < began)


def check_login(session: Session, account: Account, public_key: str | None,
                authority: str | None) -> Grant | None:
    """The account's current grant when the login holds; None when the account was made
    before signing and has no grant yet (it grants itself its key now, once). Refuses, naming
    the account, a key or a role that no leader signed."""
    current = check_of(session, account, authority).current(str(account.id))
    if current is None:
        if made_before_signing(session, account):
            return None
        raise AuthorityRefused(NO_GRANT if public_key is None else NOT_ITS_KEY,
                               username=account.username)
    if public_key != current.public_key:
        raise AuthorityRefused(NOT_ITS_KEY, username=account.username)
    if (current.role, current.username_key) != (account.role.value, account.username_key):
        raise AuthorityRefused(ROLE_NOT_GRANTED, username=account.username,
                               role=account.role.label)
    return current


def grant_own_key(session: Session, account: Account, key: Ed25519PrivateKey) -> None:
    """Journal the first key of an account made before signing, granted by itself (``audit
    verify`` reports such keys, since no leader vouched for them)."""
    grant = Grant(str(account.id), account.username_key, account.role.value,
                  authorship.public_text(key), authorship.SELF, "",
                  utcnow().isoformat()).signed_with(key)
    record_event(session, authorship.GRANTED, "accounts", str(account.id),
                 str(account.team_id) if account.team_id else None, grant.as_dict())
