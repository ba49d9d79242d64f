"""Sending a package to the other side and receiving one: the one entry point of each job for
the GUI and the CLI (``hoagiai export`` / ``import``, File › Send to the ward… / Receive…).

``send`` works inside the caller's unit of work, like the other services: the package file is
written (by ``atomic_write``, the disk's refusals translated) before that unit commits, so a
failed write records nothing as sent. ``receive`` owns its unit of work instead: a dry run is
the real import rolled back as a whole (its journal entries included), so what it reports is
exactly what applying would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor, Database
from desktop.core.exchange import export, service
from desktop.core.exchange.team_import import TeamImportReport
from desktop.core.exchange.ward_import import TeamReport
from desktop.core.files import atomic_write, file_errors

Report = TeamReport | TeamImportReport


@dataclass(frozen=True)
class Sent:
    """A package written for the other side: where, and what it holds."""

    path: Path
    result: export.ExportResult


def send(session: Session, folder: Path, name: str | None = None) -> Sent:
    """Write the next team-data package into ``folder`` (as ``name``, default the package's
    own numbered name), inside the caller's unit of work (reason: "exchange export")."""
    result = export.export_package(session)
    target = folder / (name or result.file_name)
    with file_errors(target):
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(target, result.data)
    return Sent(target, result)


def receive(database: Database, actor: Actor, path: Path, dry_run: bool = False) -> Report:
    """Import the package file at ``path`` (a ward book takes the teams' data, a team book the
    ward's packages); with ``dry_run``, only report what importing would do. A refused
    package raises ``PackageRefused`` and changes nothing."""
    return service.receive(database, actor, service.read_file(path), dry_run=dry_run)
