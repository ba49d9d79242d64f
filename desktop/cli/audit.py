"""``hoagiai audit verify``: check the hash chain of a case book's change journal (a file, or a
book on the ward's server: the same checks, as the logged-in person)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    database_location,
    db_argument,
    open_on_server,
    unlock_existing,
)
from desktop.core.i18n import _


def register(commands: Commands) -> None:
    audit = commands.add_parser("audit", help=_("check the change journal"))
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser(
        "verify", help=_("check that no saved change was altered or removed"))
    db_argument(verify)
    verify.set_defaults(handler=verify_chain)


def verify_chain(args: argparse.Namespace) -> int:
    """Exit 0 when the chain is intact, 1 (with the first broken link) when it is not."""
    from desktop.core.services.workspace import backups

    location = database_location(args)
    if isinstance(location, str):
        return _verify_on_server(location)
    path = location
    key = unlock_existing(path) if path.is_file() else None
    found = backups.check_book(path, key=key)  # read-only: the file is left as it was
    if found.broken is None:
        print(_("Journal chain intact: {count} entries.").format(count=found.entries))
        return max(_anchors(path, key), _authorship(path, key))
    return _broken(found.broken)


def _verify_on_server(address: str) -> int:
    from desktop.core.services.workspace import server_audit

    book = open_on_server(address)
    try:
        found = server_audit.audit_server_book(book, book.actor)
    finally:
        book.database.dispose()
    if found.broken is not None:
        return _broken(found.broken)
    print(_("Journal chain intact: {count} entries.").format(count=found.entries))
    for line in found.findings:
        print(_("ALTERED: {problem}").format(problem=line))
    assert found.authorship is not None  # checked whenever the chain holds
    return max(1 if found.findings else 0, _print_authorship(found.authorship))


def _broken(broken: Any) -> int:
    when = f"{broken.at:%d/%m/%Y %H:%M:%S} UTC" if broken.at else "?"
    print(_("Journal chain BROKEN at entry {seq} ({entity}, {time}): a saved change was "
            "altered or removed after it was written. Keep this file as evidence and restore "
            "the newest backup whose chain is intact.")
          .format(seq=broken.seq, entity=broken.entity, time=when))
    return 1


def _anchors(path: Path, key: bytes | None) -> int:
    """Exit 1 (each finding listed) when the chain disagrees with an anchor kept outside the
    book or a live row with the journal's last values."""
    from desktop.core.services.workspace.backup_jobs import BookFile, audit_findings

    findings = audit_findings(BookFile(path, key))
    for line in findings:
        print(_("ALTERED: {problem}").format(problem=line))
    return 1 if findings else 0


def _authorship(path: Path, key: bytes | None) -> int:
    """Exit 0 when everything in a person's name is signed by them, 1 (listing each finding,
    naming the account) when not. A plain book has no accounts: nothing to check."""
    from desktop.core.services.workspace import authorship_audit

    if key is None:
        return 0
    return _print_authorship(authorship_audit.check_book_authorship(path, key))


def _print_authorship(report: Any) -> int:
    print(_("Signed by their authors: {signed} entries; written before signing began: "
            "{legacy}.").format(signed=report.signed, legacy=report.before_signing))
    for username in report.accounts_before_signing:
        print(_("The account {username} has no signing key yet (made by an older version): "
                "it gets one at its next login.").format(username=username))
    for username in report.self_made:
        print(_("The account {username} made its own signing key at its first login after "
                "the upgrade: no team leader vouched for it.").format(username=username))
    for problem in report.problems:
        print(_("NOT SIGNED: {problem}").format(problem=problem))
    return 0 if report.sound else 1
