"""Ward side: is everything in a team member's name signed by that member?

A team's package is signed with the team's exchange key, and that key lives in the team's book:
anyone who knows one team password can make the team's program send anything. What such a
person cannot make is another account's signature. So the ward checks the package's
``authorship.json`` (see ``authorship_data``) the way ``audit verify`` checks the book:

- every key grant must be signed by the team's authority key (the one the ward saw in the
  team's first package that carried one, kept with the team's enrolment), or by the current key
  of an account whose role may grant that role;
- every account's role and name must be those its signed grant gave, and its key-file slot
  must hold its granted key;
- every journal entry in a person's name, written after signing began, must lie in a run
  signed by a key granted to that person.

What the ward decides (fail closed for authority, DOMAIN.md §1: the leader is elected and
recognised, never self-appointed): the ward trusts, for each team, only the accounts and roles
of valid grants (kept as ``details["accounts"]`` of the team's enrolment), so a forged grant
never makes the ward take anyone for the team's leader. The package's records are still
applied (each is the team's own, team-signed and checked by ``ward_trust``; refusing would stop
the team from ever reporting again, since its journal cannot be unwritten), and every finding
is listed in the import report and kept on the team's enrolment for the dashboard, naming the
account, so the ward officer can ask the team to run ``hoagiai audit verify``.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core.db.journal import signed_message
from desktop.core.db.models_exchange import ExchangePeer
from desktop.core.domain.roles import Role
from desktop.core.exchange import errors
from desktop.core.exchange.authorship_data import MEMBER
from desktop.core.exchange.errors import PackageRefused
from desktop.core.exchange.incoming import Incoming
from desktop.core.i18n import N_, _
from desktop.core.security import authorship
from desktop.core.security.authorship import Grant, GrantCheck
from desktop.core.security.keyfile import username_key

MAX_ITEMS = 200_000
MAX_KEPT = 50  # findings kept on the team's enrolment for the dashboard

NO_AUTHORSHIP = N_(
    "This package carries no signatures of its authors (an older version of the program sent "
    "it), so who wrote its entries cannot be checked.")
GRANT_FORGED = N_(
    "The team's journal (entry {seq}) gives {username} a key or the role {role} that neither "
    "the team leader nor the team's recovery key signed: it was written outside the program. "
    "The ward does not trust it.")
ROLE_CHANGED = N_(
    "The team's book gives {username} the role {role}, but the signed grant gave {granted}: "
    "the role was changed outside the program. The ward keeps {granted}.")
ACCOUNT_UNSIGNED = N_(
    "The team's account {username} has no key signed by the team leader: it was added outside "
    "the program. The ward does not trust it.")
SLOT_FOREIGN = N_(
    "The team's key file holds a password slot for {username} that does not hold that "
    "account's signed key: someone else wrote it (perhaps with another account's password).")
ENTRIES_UNSIGNED = N_(
    "{count} journal entries of this package are in the name of {username} but were not "
    "signed with that account's key (the first: entry {seq}): someone else wrote them. The "
    "records were applied; ask the team to run hoagiai audit verify.")


@dataclass
class _Claims:
    grants: list[tuple[int, Grant]]
    accounts: list[dict[str, Any]]
    entries: list[tuple[int, str]]  # (seq, author), by seq
    runs: list[dict[str, Any]]
    began: int | None


@dataclass
class AuthorshipFindings:
    problems: list[str] = field(default_factory=list)  # translated, one per finding
    trusted: dict[str, str] = field(default_factory=dict)  # username_key -> role (valid grants)
    checked: bool = False  # the package carried authorship data


def check_package(incoming: Incoming, sender: ExchangePeer | None) -> AuthorshipFindings:
    """Check ``incoming``'s authorship claims against the team's pinned authority key, and
    keep what holds on the team's enrolment (``sender.details``). A malformed member refuses
    the package (PackageRefused, before any change)."""
    claims = _read(incoming)
    found = AuthorshipFindings()
    if claims is None:
        found.problems.append(_(NO_AUTHORSHIP))
        return found
    found.checked = True
    details = dict(sender.details or {}) if sender is not None else {}
    check = authorship.check_grants([g for _s, g in claims.grants], details.get("authority"))
    _grant_findings(claims, check, found)
    _account_findings(claims, check, found)
    _entry_findings(claims, check, found)
    if sender is not None:
        if "authority" not in details:  # first sight: the team's first authority-signed grant
            refused = {id(grant) for grant, _why in check.refused}
            first = next((grant for _s, grant in claims.grants if id(grant) not in refused
                          and grant.signer == authorship.AUTHORITY), None)
            if first is not None:
                details["authority"] = first.signer_key
        _keep(sender, details, check, found)
    return found


def _read(incoming: Incoming) -> _Claims | None:
    raw = incoming.opened.members.get(MEMBER)
    if raw is None:
        return None
    try:
        body = json.loads(raw.decode("utf-8"))
        return _claims(body)
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="authorship") from error


def _claims(body: dict[str, Any]) -> _Claims:
    grants = [(int(item["seq"]), Grant.from_dict(item["grant"])) for item in body["grants"]]
    accounts, runs = list(body["accounts"]), list(body["signatures"])
    entries = sorted((int(seq), str(author)) for seq, author in body["entries"])
    if any(g is None for _s, g in grants) or max(len(grants), len(accounts), len(entries),
                                                len(runs)) > MAX_ITEMS:
        raise ValueError("authorship")
    for account in accounts:
        str(account["username_key"]), str(account["role"]), str(account["id"])
    for run in runs:
        int(run["first"]), int(run["last"])
    began = body.get("began")
    return _Claims([(s, g) for s, g in grants if g is not None], accounts, entries, runs,
                   int(began) if began is not None else None)


def _grant_findings(claims: _Claims, check: GrantCheck, found: AuthorshipFindings) -> None:
    seq_of = {id(grant): seq for seq, grant in claims.grants}
    for grant, _why in check.refused:
        found.problems.append(_(GRANT_FORGED).format(
            seq=seq_of[id(grant)], username=grant.username_key, role=_role_label(grant.role)))


def _account_findings(claims: _Claims, check: GrantCheck, found: AuthorshipFindings) -> None:
    for account in claims.accounts:
        name, current = str(account["username_key"]), check.current(str(account["id"]))
        if current is None:
            if account.get("active", True) and not _before_signing(account, claims.began):
                found.problems.append(_(ACCOUNT_UNSIGNED).format(username=name))
            continue
        if (current.role, current.username_key) != (str(account["role"]), name):
            found.problems.append(_(ROLE_CHANGED).format(
                username=name, role=_role_label(str(account["role"])),
                granted=_role_label(current.role)))
        slot = account.get("slot_key")
        if slot is not None and slot != current.public_key:
            found.problems.append(_(SLOT_FOREIGN).format(username=name))


def _before_signing(account: dict[str, Any], began: int | None) -> bool:
    """Made by an older version (before the book's first grant): it makes its key at its
    next login, as ``audit verify`` reports it."""
    made = account.get("made")
    return began is None or (isinstance(made, int) and made < began)


def _entry_findings(claims: _Claims, check: GrantCheck, found: AuthorshipFindings) -> None:
    """Each listed entry in a person's name, from signing on, must lie in a valid run of that
    person's (every listed entry of the run theirs). Sorted positions, no per-entry search."""
    if claims.began is None:
        return  # a book from before signing: nothing to hold its entries to
    account_of = {str(a["username_key"]): str(a["id"]) for a in claims.accounts}
    account_of.update({g.username_key: g.account_id for _s, g in claims.grants
                       if g.username_key not in account_of})
    seqs = [seq for seq, _a in claims.entries]
    covered: set[int] = set()
    for run in claims.runs:
        covered.update(_run_covers(run, claims.entries, seqs, account_of, check))
    unsigned: dict[str, list[int]] = {}
    for seq, author in claims.entries:
        if username_key(author) in account_of and seq >= claims.began and seq not in covered:
            unsigned.setdefault(author, []).append(seq)
    for author, numbers in sorted(unsigned.items()):
        found.problems.append(_(ENTRIES_UNSIGNED).format(count=len(numbers), username=author,
                                                         seq=numbers[0]))


def _run_covers(run: dict[str, Any], entries: list[tuple[int, str]], seqs: list[int],
                account_of: dict[str, str], check: GrantCheck) -> list[int]:
    first, last, author = int(run["first"]), int(run["last"]), str(run.get("author", ""))
    account_id = account_of.get(username_key(author))
    if account_id is None or first > last or run.get("public_key") not in check.keys_of(
            account_id):
        return []
    inside = entries[bisect.bisect_left(seqs, first):bisect.bisect_right(seqs, last)]
    if any(who != author for _seq, who in inside):
        return []
    message = signed_message(first, last, str(run.get("last_hash", "")), author)
    if not authorship.verify(str(run["public_key"]), message, str(run.get("signature", ""))):
        return []
    return [seq for seq, _who in inside]


def _keep(sender: ExchangePeer, details: dict[str, Any], check: GrantCheck,
          found: AuthorshipFindings) -> None:
    """Trust only valid grants' roles; keep the findings for the dashboard."""
    found.trusted = {grants[-1].username_key: grants[-1].role
                     for grants in check.valid.values() if grants}
    details["accounts"] = found.trusted
    details["authorship_problems"] = found.problems[:MAX_KEPT]
    sender.details = details  # a new dict: the JSON column sees the change


def trusted_leaders(details: dict[str, Any] | None) -> list[str]:
    """The team's accounts the ward takes as its leaders (from signed grants only)."""
    accounts = (details or {}).get("accounts") or {}
    return sorted(name for name, role in accounts.items() if role == Role.TEAM_LEADER.value)


def _role_label(value: str) -> str:
    try:
        return Role(value).label
    except ValueError:
        return value
