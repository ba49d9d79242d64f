"""Migration 0019: a participant recorded at 0018 (before anyone was asked who asked for
mediation) reads "not marked" after the upgrade."""

from __future__ import annotations

import sqlite3
from datetime import date

from alembic import command

from desktop.core.db import migrate
from desktop.core.db.engine import make_engine, sqlite_url
from desktop.core.domain.enums import Grounds, ParticipantRole
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.actors import leader
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM


def _columns(path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(case_participants)")}
    finally:
        connection.close()


def test_a_participant_from_0018_reads_not_marked(tmp_path):
    path = tmp_path / "so-hoa-giai.sqlite"
    opened = workspace.open_book(path)
    with opened.database.transaction(leader("tester", "may-cu")) as session:
        team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        case_id = cases.open_case(session, team_id, cases.CaseInput(
            "Tranh chấp lối đi chung", date(2026, 3, 2), Grounds.PARTY_REQUEST,
            "shared_path_utilities"), today=date(2026, 3, 10))
        person = people.create_person(session, team_id, people.PersonInput("Nguyễn Văn An"))
        participants.add_participant(session, case_id, person, ParticipantRole.PARTY,
                                     requested_mediation=True)
    opened.database.dispose()
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0018")
        assert "requested_mediation" not in _columns(path)  # the book as 0018 had it
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT requested_mediation FROM case_participants").fetchall()
    finally:
        connection.close()
    assert rows == [(0,)]
