"""A package from the demo team carries no party name and no narrative text outside the record
snapshots the ward applies: not in its raw bytes (encrypted to the ward), and, opened as the
ward opens it, not in its manifest, its journal list or anything else but the snapshots."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db.models import Case, Hearing, Person
from desktop.core.demo.book import create_demo_book
from desktop.core.exchange.incoming import decrypt
from desktop.core.policy import settings
from desktop.core.services.workspace import book as workspace
from tests.exchange import sides


@pytest.fixture
def demo_team(tmp_path: Path, ward_side: sides.Side) -> Iterator[sides.Side]:
    path = tmp_path / "demo" / "team.sqlite"
    path.parent.mkdir()
    create_demo_book(path, encrypt=False)
    opened = workspace.open_book(path)
    side = sides.Side(opened, workspace.actor_for(opened, "totruong"), path.parent)
    with side.db.reading(side.actor) as s:
        side.team_id = settings.own_team_id(s)
    sides.connect(side, ward_side)
    yield side
    side.db.dispose()


def _secrets(side: sides.Side) -> set[str]:
    """The demo's party names and the narrative text of its cases and hearings."""
    with side.db.reading(side.actor) as s:
        names = set(s.scalars(select(Person.full_name)))
        texts = set(s.scalars(select(Case.summary))) | set(s.scalars(select(Hearing.course)))
    return {t for t in names | texts if t and len(t) >= 8}


def _without_snapshot_values(records: bytes) -> bytes:
    body = json.loads(records)
    for item in body["snapshots"]:
        item["values"] = {}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def test_no_party_name_or_narrative_outside_the_snapshots(demo_team, ward_side):
    secrets = _secrets(demo_team)
    assert len(secrets) > 20
    data = sides.export(demo_team).read_bytes()
    assert [t for t in secrets if t.encode("utf-8") in data] == []
    with ward_side.db.reading(ward_side.actor) as s:
        opened = decrypt(s, data)
    assert set(opened.members) >= {"journal.json", "records.json"}
    outside = json.dumps(opened.manifest, ensure_ascii=False).encode("utf-8")
    for name, member in opened.members.items():
        if name == "records.json":
            outside += _without_snapshot_values(member)
        elif not name.startswith("attachments/"):
            outside += member
    found = [t for t in secrets if t.encode("utf-8") in outside]
    assert found == [], f"{len(found)} secrets outside the snapshots, e.g. {found[:2]}"
    assert any(t.encode("utf-8") in opened.members["records.json"] for t in secrets)


def test_the_journal_list_names_entries_without_their_values(demo_team, ward_side):
    data = sides.export(demo_team).read_bytes()
    with ward_side.db.reading(ward_side.actor) as s:
        entries = json.loads(decrypt(s, data).members["journal.json"])
    assert entries and all(set(e) == {"seq", "at", "op", "entity", "entity_id", "version",
                                      "hash"} for e in entries)
    report = sides.receive(ward_side, demo_team.sent[-1])
    assert report.applied and report.rejected == 0 and report.new > 100
