"""Accounts of a book: create, list, change or reset a password, deactivate.

Where the password lives depends on the book: an encrypted SQLite book keeps one password slot
per account in its key file (``keyring`` given: the slot wraps the book's key, see
``security.keyfile``); a book on a PostgreSQL server keeps an Argon2id verifier in
``account_secrets`` (``server_keys``). Either way each account has its own signing key wrapped
by its own password, granted (signed) by whoever made or reset the account: a new key at every
reset, the same key re-wrapped when a person changes their own password.

The team leader manages the team's accounts, the ward administrator the ward's
(``domain.roles.ACCOUNT_MANAGERS``); a person changes their own password. The last active team
leader or ward administrator cannot be deactivated: someone must be able to manage the rest.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event, utcnow
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.domain.roles import Permission, Role, may_manage
from desktop.core.errors import NotFoundError, ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import NOT_ALLOWED, PermissionDenied, current_actor, require
from desktop.core.security import authorship, kdf
from desktop.core.security.keyfile import KeyRing, Signer, username_key
from desktop.core.services.workspace import server_keys

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")

BAD_USERNAME = N_(
    "A user name has 2 to 60 letters without accents, digits, dots, dashes or underscores "
    "(for example: ha.tran). Type another one.")
TAKEN_USERNAME = N_("There is already an account named {username}. Choose another user name.")
SHORT_PASSWORD = N_("The password must have at least {length} characters. Type a longer one.")
NO_DISPLAY_NAME = N_("Write the person's full name.")
WRONG_OLD_PASSWORD = N_("The current password is wrong. Nothing was changed: type it again.")
LAST_MANAGER = N_(
    "{username} is the last active {role}: without them nobody could manage the accounts. "
    "Create another {role} account first.")
NO_ACCOUNT = N_("There is no account named {username}. Check the user name (hoagiai accounts "
                "list shows them).")
ONLY_OWN_PASSWORD = N_("You may change only your own password. To set someone else's, reset it.")


@dataclass(frozen=True)
class AccountInput:
    username: str
    display_name: str
    role: Role
    team_id: uuid.UUID | None = None
    mediator_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AccountView:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    team_id: uuid.UUID | None
    mediator_id: uuid.UUID | None
    active: bool
    last_login_at: datetime | None


def _require_manager(session: Session, role: Role) -> None:
    """May the session's actor manage accounts of ``role``?"""
    actor = current_actor(session)
    if actor is None or actor.role is None or may_manage(actor.role, role):
        return
    needed = (Permission.MANAGE_WARD_ACCOUNTS if role.is_ward
              else Permission.MANAGE_TEAM_ACCOUNTS)
    raise PermissionDenied(NOT_ALLOWED, role=actor.role.label, action=needed.description)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(SHORT_PASSWORD, field="password", length=MIN_PASSWORD_LENGTH)


def check_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.match(name.lower()):
        raise ValidationError(BAD_USERNAME, field="username")
    return name


def find_account(session: Session, username: str) -> Account | None:
    return session.scalar(select(Account).where(Account.username_key == username_key(username)))


def get_account(session: Session, username: str) -> Account:
    account = find_account(session, username)
    if account is None:
        raise NotFoundError(NO_ACCOUNT, username=username)
    return account


def create_account(session: Session, data: AccountInput, password: str,
                   keyring: KeyRing | None = None, signer: Signer | None = None) -> uuid.UUID:
    """A new account; on an encrypted book its password slot is added to the key file, on a
    server its verifier and wrapped key to ``account_secrets``. Its key is granted by the
    keyring's signer (a file book) or by ``signer``, else the session's logged-in actor (a
    server book)."""
    _require_manager(session, data.role)
    username = check_username(data.username)
    if not data.display_name.strip():
        raise ValidationError(NO_DISPLAY_NAME, field="display_name")
    check_password_strength(password)
    if find_account(session, username) is not None:
        raise ValidationError(TAKEN_USERNAME, field="username", username=username)
    account = Account(username=username, username_key=username_key(username),
                      display_name=data.display_name.strip(), role=data.role,
                      team_id=data.team_id, mediator_id=data.mediator_id, active=True,
                      created_at=utcnow())
    session.add(account)
    session.flush()
    if keyring is None:
        signing = _granted_key(session, account, signer or server_keys.signer_of(session))
        server_keys.keep(session, account, password, signing)
        session.flush()
        return account.id
    session.add(AccountSecret(account_id=account.id, verifier=""))
    session.flush()
    keyring.set_password(username, password, grant_new_key(session, account, keyring))
    return account.id


def grant_new_key(session: Session, account: Account, keyring: KeyRing) -> bytes | None:
    """A new signing key for ``account``, granted (journaled, signed) by whoever holds the
    keyring's signer; its raw private half, to wrap in the account's slot. Without a signer
    (no one logged in to vouch for it) the account gets no key: it cannot log in until a team
    leader resets its password."""
    return _granted_key(session, account, keyring.signer)


def _granted_key(session: Session, account: Account, signer: Signer | None) -> bytes | None:
    if signer is None:
        return None
    key = authorship.new_key()
    grant = authorship.Grant(
        str(account.id), account.username_key, account.role.value, authorship.public_text(key),
        signer.signer_id, "", utcnow().isoformat()).signed_with(signer.key)
    record_event(session, authorship.GRANTED, "accounts", str(account.id),
                 str(account.team_id) if account.team_id else None, grant.as_dict())
    return authorship.private_bytes(key)


def _set_password(session: Session, account: Account, password: str,
                  keyring: KeyRing | None) -> None:
    """Someone else's new password (a reset): a new slot with a newly granted key (the old
    key stays wrapped by the forgotten password, which nobody knows)."""
    check_password_strength(password)
    if keyring is not None:
        keyring.set_password(account.username, password,
                             grant_new_key(session, account, keyring))
        return
    signing = _granted_key(session, account, server_keys.signer_of(session))
    server_keys.keep(session, account, password, signing)
    secret = server_keys.secret_of(session, account)
    secret.failures, secret.locked_until = 0, None


def password_matches(session: Session, account: Account, password: str,
                     keyring: KeyRing | None) -> bool:
    if keyring is not None:
        return keyring.check_password(account.username, password)
    secret = session.get(AccountSecret, account.id)
    return bool(secret and secret.verifier and kdf.check_verifier(password, secret.verifier))


def change_password(session: Session, username: str, old_password: str, new_password: str,
                    keyring: KeyRing | None = None) -> None:
    """Your own password: only your slot of the key file is re-wrapped."""
    account = get_account(session, username)
    actor = current_actor(session)
    if actor is not None and actor.role is not None and actor.account_id != account.id:
        raise PermissionDenied(ONLY_OWN_PASSWORD)
    if keyring is None:
        _change_on_server(session, account, old_password, new_password)
        return
    opened = keyring.open_slot(account.username, old_password)
    if opened is None:
        raise ValidationError(WRONG_OLD_PASSWORD, field="old_password")
    check_password_strength(new_password)
    keyring.set_password(account.username, new_password, opened.signing)  # the same own key


def _change_on_server(session: Session, account: Account, old_password: str,
                      new_password: str) -> None:
    """The verifier made anew and the same own key re-wrapped by the new password."""
    if not password_matches(session, account, old_password, None):
        raise ValidationError(WRONG_OLD_PASSWORD, field="old_password")
    check_password_strength(new_password)
    opened = server_keys.unwrap(session.get(AccountSecret, account.id), account, old_password)
    server_keys.keep(session, account, new_password, opened.signing if opened else None)


def reset_password(session: Session, username: str, new_password: str,
                   keyring: KeyRing | None = None) -> None:
    """Set a forgotten password (by the team leader or the ward administrator)."""
    account = get_account(session, username)
    _require_manager(session, account.role)
    _set_password(session, account, new_password, keyring)


def deactivate(session: Session, username: str, keyring: KeyRing | None = None) -> None:
    """The account can no longer log in (its key slot is removed); its history stays."""
    account = get_account(session, username)
    _require_manager(session, account.role)
    if account.role in (Role.TEAM_LEADER, Role.WARD_ADMIN) and account.active:
        others = session.scalar(select(func.count()).select_from(Account).where(
            Account.role == account.role, Account.active.is_(True), Account.id != account.id))
        if not others:
            raise WorkflowError(LAST_MANAGER, username=account.username, role=account.role.label)
    account.active = False
    session.flush()
    if keyring is not None:
        keyring.remove(account.username)


def list_accounts(session: Session) -> list[AccountView]:
    actor = current_actor(session)
    if actor is not None and actor.role is not None and actor.role.is_ward:
        require(session, Permission.MANAGE_WARD_ACCOUNTS)
    else:
        require(session, Permission.MANAGE_TEAM_ACCOUNTS)
    rows = session.execute(select(Account, AccountSecret.last_login_at).outerjoin(
        AccountSecret, AccountSecret.account_id == Account.id).order_by(Account.username_key))
    return [AccountView(a.id, a.username, a.display_name, a.role, a.team_id, a.mediator_id,
                        a.active, last) for a, last in rows]


def link_to_team(session: Session, team_id: uuid.UUID) -> None:
    """Give the team's accounts made before the team existed (the leader's, at set-up) their
    team, and a leader's account the team leader's mediator record (found by the name)."""
    from desktop.core.db.models import Mediator
    from desktop.core.domain.enums import MediatorRole

    leaders = {m.full_name.casefold(): m.id for m in session.scalars(select(Mediator).where(
        Mediator.team_id == team_id, Mediator.role == MediatorRole.LEADER))}
    for account in session.scalars(select(Account).where(Account.team_id.is_(None))):
        if account.role.is_ward:
            continue
        account.team_id = team_id
        if account.role is Role.TEAM_LEADER and account.mediator_id is None:
            account.mediator_id = leaders.get(account.display_name.casefold())
