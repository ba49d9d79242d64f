"""``hoagiai audit verify``: check the hash chain of a case book's change journal."""

from __future__ import annotations

import argparse

from desktop.cli.common import Commands, database_path, db_argument, unlock_existing
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

    path = database_path(args)
    key = unlock_existing(path) if path.is_file() else None
    found = backups.check_book(path, key=key)  # read-only: the file is left as it was
    if found.broken is None:
        print(_("Journal chain intact: {count} entries.").format(count=found.entries))
        return 0
    broken = found.broken
    when = f"{broken.at:%d/%m/%Y %H:%M:%S} UTC" if broken.at else "?"
    print(_("Journal chain BROKEN at entry {seq} ({entity}, {time}): a saved change was "
            "altered or removed after it was written. Keep this file as evidence and restore "
            "the newest backup whose chain is intact.")
          .format(seq=broken.seq, entity=broken.entity, time=when))
    return 1
