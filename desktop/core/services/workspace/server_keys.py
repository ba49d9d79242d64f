"""Where a server account's secrets go: its password verifier and its own signing key, wrapped
by its password (``security.server_slot``), in ``account_secrets``. A file book keeps both in
its key file instead (``security.keyfile``); the account services choose by the keyring."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.db.journal import session_signer
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.policy.access import current_actor
from desktop.core.security import kdf, server_slot
from desktop.core.security.keyfile import Signer


def signer_of(session: Session) -> Signer | None:
    """Who vouches for the keys given in ``session``: its logged-in actor, with the key their
    login registered (None: nobody logged in, e.g. the program's own work)."""
    actor = current_actor(session)
    key = session_signer(session)
    if key is None or actor is None or actor.account_id is None:
        return None
    return Signer(str(actor.account_id), key)


def secret_of(session: Session, account: Account) -> AccountSecret:
    found = session.get(AccountSecret, account.id)
    if found is None:
        found = AccountSecret(account_id=account.id)
        session.add(found)
    return found


def keep(session: Session, account: Account, password: str, signing: bytes | None) -> None:
    """The account's password (as a verifier) and its signing key (wrapped by that password;
    None: it has none, and it gets one at its next login or reset)."""
    secret = secret_of(session, account)
    secret.verifier = kdf.make_verifier(password)
    if signing is None:
        secret.signing_key = secret.public_key = None
        return
    wrapped = server_slot.wrap(str(account.id), password, signing)
    secret.signing_key, secret.public_key = wrapped.text, wrapped.public


def unwrap(secret: AccountSecret | None, account: Account,
           password: str) -> server_slot.Unwrapped | None:
    """The account's signing key opened with ``password``; None when none is kept. A key kept
    that this password does not open (the verifier accepted it, so one of the two was written
    outside the program) raises ``server_slot.SlotError`` naming the account."""
    if secret is None or not secret.signing_key or not secret.public_key:
        return None
    opened = server_slot.unwrap(str(account.id), account.username, password,
                                secret.signing_key, secret.public_key)
    if opened is None:
        raise server_slot.SlotError(server_slot.DAMAGED, username=account.username)
    return opened
