"""Exchange packages brought to a team's book (``hoagiai import FILE``): the ward's packages
(settings, acknowledgments, reference data) and anything else someone puts on the USB stick.

The generic cases reach a book without exchange keys; the package cases (from
``tests/exchange/corpus.py``, the same corpus the ward's importer is tested with) first give the
book its key and its ward, import one genuine acknowledgment, then forge the next one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from desktop.core.db.engine import Database
from desktop.core.exchange import envelope, keys, service, team_import, ward
from desktop.core.services.workspace import book as workspace
from tests.actors import seeding
from tests.durability import harness
from tests.exchange.corpus import CASES, Forge
from tests.hostile.corpus import _write, generic_cases
from tests.hostile.registry import Case, reader

ACTOR = seeding("hostile")  # acts on a team book and a ward book


@cache
def _ward_template() -> Path:
    """One migrated ward book per test process; each case gets a copy."""
    path = Path(tempfile.mkdtemp(prefix="hoagiai-hostile-ward-")) / "ward.sqlite"
    book = workspace.open_book(path)
    try:
        with book.database.transaction(ACTOR) as session:
            ward.init_ward(session, "UBND phường Nghĩa Đô", "Phường Nghĩa Đô", "Hà Nội")
    finally:
        book.database.dispose()
    return path


def _connected(folder: Path, book_path: Path) -> tuple[Database, Database, str]:
    ward_path = folder / "ward" / "ward.sqlite"
    ward_path.parent.mkdir()
    shutil.copyfile(_ward_template(), ward_path)
    team_db, ward_db = harness.open_database(book_path), harness.open_database(ward_path)
    with team_db.transaction(ACTOR) as session:
        enrolment = team_import.enrolment_file(session)
    with ward_db.transaction(ACTOR) as session:
        team_id = ward.enrol(session, enrolment)["team_id"]
        settings_package = ward.write_ward_settings(session, team_id)
    service.receive(team_db, ACTOR, settings_package.data)
    return team_db, ward_db, team_id


def _pair(database: Database) -> keys.KeyPair:
    with database.reading() as session:
        pair = keys.own_key(session)
    assert pair is not None
    return pair


def sample_package(folder: Path, book_path: Path) -> bytes:
    """A genuine acknowledgment for the book (the book then has its key and its ward)."""
    team_db, ward_db, team_id = _connected(folder, book_path)
    try:
        with ward_db.transaction(ACTOR) as session:
            return ward.write_acknowledgment(session, team_id).data
    finally:
        team_db.dispose()
        ward_db.dispose()


def _forged(name: str):
    def build(folder: Path, book_path: Path) -> bytes:
        team_db, ward_db, team_id = _connected(folder, book_path)
        try:
            with ward_db.transaction(ACTOR) as session:
                first = ward.write_acknowledgment(session, team_id).data
            service.receive(team_db, ACTOR, first)
            with ward_db.transaction(ACTOR) as session:
                genuine = ward.write_acknowledgment(session, team_id).data
            team_pair, ward_pair = _pair(team_db), _pair(ward_db)
            opened = envelope.open_package(genuine, team_pair.key_id, team_pair.receiving)
            stranger = keys.KeyPair(os.urandom(32))
            forge = Forge(genuine, opened.manifest, opened.members, ward_pair,
                          envelope.Recipient(team_pair.key_id, team_pair.box_public),
                          stranger, envelope.Recipient(stranger.key_id, stranger.box_public),
                          [first])
            return CASES[name](forge)
        finally:
            team_db.dispose()
            ward_db.dispose()
    return build


EXCHANGE_CASES = [
    *generic_cases(".hgp", sample_package),
    *[Case(f"package: {name}", _write(f"forged-{index}.hgp", _forged(name)))
      for index, name in enumerate(sorted(CASES))],
]


@reader("exchange package import (team book)", EXCHANGE_CASES)
def import_package(path: Path, book_path: Path, _work: Path) -> object:
    database = harness.open_database(book_path)
    try:
        return service.receive(database, ACTOR, service.read_file(path))
    finally:
        database.dispose()
