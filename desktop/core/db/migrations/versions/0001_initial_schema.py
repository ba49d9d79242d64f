"""Initial schema: team, mediators, persons, cases and their parts, the change journal.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('change_journal',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('device', sa.String(length=80), nullable=False),
    sa.Column('op', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_journal')),
    sa.UniqueConstraint('hash', name=op.f('uq_change_journal_hash'))
    )
    with op.batch_alter_table('change_journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_journal_entity_id'), ['entity_id'], unique=False)

    op.create_table('journal_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_head'))
    )
    op.create_table('matter_categories',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('group', sa.Enum('conflict', 'civil_family', 'other', name='mattergroup', native_enum=False, length=40), nullable=False),
    sa.Column('name_vi', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_matter_categories'))
    )
    op.create_table('teams',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('village', sa.String(length=200), nullable=False),
    sa.Column('commune', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=200), nullable=False),
    sa.Column('district_legacy', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams'))
    )
    op.create_table('cases',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('arose_on', sa.Date(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('grounds', sa.Enum('party_request', 'mediator_witnessed', 'leader_assigned', 'proposed_by_other', name='grounds', native_enum=False, length=40), nullable=False),
    sa.Column('referrer', sa.String(length=200), nullable=False),
    sa.Column('eligibility', sa.Enum('eligible', 'against_public_interest', 'must_be_sanctioned', 'forbidden_by_civil_procedure', name='eligibility', native_enum=False, length=40), nullable=False),
    sa.Column('eligibility_note', sa.Text(), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('in_progress', 'successful', 'unsuccessful', 'not_eligible', name='casestatus', native_enum=False, length=40), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['category_code'], ['matter_categories.code'], name=op.f('fk_cases_category_code_matter_categories')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_cases_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('team_id', 'year', 'seq', name='uq_cases_team_year_seq')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_team_id'), ['team_id'], unique=False)
        batch_op.create_index('ix_cases_team_status_received', ['team_id', 'status', 'received_on'], unique=False)

    op.create_table('mediators',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, length=40), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('ethnicity', sa.String(length=60), nullable=False),
    sa.Column('role', sa.Enum('leader', 'member', name='mediatorrole', native_enum=False, length=40), nullable=False),
    sa.Column('recognition_decision_no', sa.String(length=60), nullable=False),
    sa.Column('recognition_decision_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_mediators_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediators'))
    )
    with op.batch_alter_table('mediators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediators_team_id'), ['team_id'], unique=False)

    op.create_table('persons',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, length=40), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('citizen_id', sa.String(length=12), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_persons_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_team_id'), ['team_id'], unique=False)

    op.create_table('agreements',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_agreements_case_id_cases')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_agreements_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements')),
    sa.UniqueConstraint('case_id', name=op.f('uq_agreements_case_id'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_team_id'), ['team_id'], unique=False)

    op.create_table('case_participants',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('party', 'related', 'invited', 'representative', name='participantrole', native_enum=False, length=40), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('represents_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_participants_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_case_participants_person_id_persons')),
    sa.ForeignKeyConstraint(['represents_id'], ['case_participants.id'], name=op.f('fk_case_participants_represents_id_case_participants')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_case_participants_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_participants'))
    )
    with op.batch_alter_table('case_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_participants_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_participants_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_participants_team_id'), ['team_id'], unique=False)

    op.create_table('case_search_text',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('folded', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_search_text_case_id_cases')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_search_text'))
    )
    op.create_table('conflict_declarations',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('mediator_id', sa.Uuid(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_conflict_declarations_case_id_cases')),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_conflict_declarations_mediator_id_mediators')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_conflict_declarations_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declarations'))
    )
    with op.batch_alter_table('conflict_declarations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_declarations_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declarations_team_id'), ['team_id'], unique=False)

    op.create_table('hearings',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('is_public', sa.Boolean(), nullable=False),
    sa.Column('course', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_hearings_case_id_cases')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_hearings_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings'))
    )
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearings_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearings_team_id'), ['team_id'], unique=False)

    op.create_table('mediator_assignments',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('mediator_id', sa.Uuid(), nullable=False),
    sa.Column('method', sa.Enum('chosen_by_parties', 'assigned_by_leader', name='assignmentmethod', native_enum=False, length=40), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=False),
    sa.Column('no_conflict_confirmed', sa.Boolean(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_mediator_assignments_case_id_cases')),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_mediator_assignments_mediator_id_mediators')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_mediator_assignments_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator_assignments'))
    )
    with op.batch_alter_table('mediator_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediator_assignments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_assignments_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_assignments_team_id'), ['team_id'], unique=False)

    op.create_table('outcomes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('successful', 'party_asked_to_stop', 'mediator_ended', 'not_eligible', name='outcomekind', native_enum=False, length=40), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('referred_to', sa.String(length=300), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_outcomes_case_id_cases')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_outcomes_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcomes')),
    sa.UniqueConstraint('case_id', name=op.f('uq_outcomes_case_id'))
    )
    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcomes_team_id'), ['team_id'], unique=False)

    op.create_table('agreement_terms',
    sa.Column('agreement_id', sa.Uuid(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('obliged_participant_id', sa.Uuid(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('follow_up_status', sa.Enum('pending', 'implemented', 'partly_implemented', 'not_implemented', name='followupstatus', native_enum=False, length=40), nullable=False),
    sa.Column('follow_up_note', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_terms_agreement_id_agreements')),
    sa.ForeignKeyConstraint(['obliged_participant_id'], ['case_participants.id'], name=op.f('fk_agreement_terms_obliged_participant_id_case_participants')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_agreement_terms_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_terms'))
    )
    with op.batch_alter_table('agreement_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_terms_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_terms_team_id'), ['team_id'], unique=False)

    op.create_table('hearing_attendees',
    sa.Column('hearing_id', sa.Uuid(), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=True),
    sa.Column('mediator_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(participant_id IS NULL) <> (mediator_id IS NULL)', name=op.f('ck_hearing_attendees_one_kind_of_attendee')),
    sa.ForeignKeyConstraint(['hearing_id'], ['hearings.id'], name=op.f('fk_hearing_attendees_hearing_id_hearings')),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_hearing_attendees_mediator_id_mediators')),
    sa.ForeignKeyConstraint(['participant_id'], ['case_participants.id'], name=op.f('fk_hearing_attendees_participant_id_case_participants')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_hearing_attendees_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearing_attendees'))
    )
    with op.batch_alter_table('hearing_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearing_attendees_hearing_id'), ['hearing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_attendees_team_id'), ['team_id'], unique=False)

    _seed_journal_head()
    _forbid_journal_rewrites()


GENESIS_HASH = "0" * 64

_SQLITE_TRIGGERS = [
    """CREATE TRIGGER change_journal_no_update BEFORE UPDATE ON change_journal
       BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END""",
    """CREATE TRIGGER change_journal_no_delete BEFORE DELETE ON change_journal
       BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END""",
]

_POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION change_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the change journal is append-only'; END $$""",
    """CREATE TRIGGER change_journal_append_only BEFORE UPDATE OR DELETE ON change_journal
       FOR EACH ROW EXECUTE FUNCTION change_journal_append_only()""",
]


def _seed_journal_head() -> None:
    head = sa.table(
        "journal_head", sa.column("id"), sa.column("last_seq"), sa.column("last_hash")
    )
    op.bulk_insert(head, [{"id": 1, "last_seq": 0, "last_hash": GENESIS_HASH}])


def _forbid_journal_rewrites() -> None:
    """The journal is the audit trail: the database itself refuses to edit or delete it."""
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}[dialect]:
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table('hearing_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hearing_attendees_team_id'))
        batch_op.drop_index(batch_op.f('ix_hearing_attendees_hearing_id'))

    op.drop_table('hearing_attendees')
    with op.batch_alter_table('agreement_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_terms_team_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_terms_agreement_id'))

    op.drop_table('agreement_terms')
    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcomes_team_id'))

    op.drop_table('outcomes')
    with op.batch_alter_table('mediator_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediator_assignments_team_id'))
        batch_op.drop_index(batch_op.f('ix_mediator_assignments_mediator_id'))
        batch_op.drop_index(batch_op.f('ix_mediator_assignments_case_id'))

    op.drop_table('mediator_assignments')
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hearings_team_id'))
        batch_op.drop_index(batch_op.f('ix_hearings_case_id'))

    op.drop_table('hearings')
    with op.batch_alter_table('conflict_declarations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_declarations_team_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declarations_case_id'))

    op.drop_table('conflict_declarations')
    op.drop_table('case_search_text')
    with op.batch_alter_table('case_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_participants_team_id'))
        batch_op.drop_index(batch_op.f('ix_case_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_case_participants_case_id'))

    op.drop_table('case_participants')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_team_id'))

    op.drop_table('agreements')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_team_id'))

    op.drop_table('persons')
    with op.batch_alter_table('mediators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediators_team_id'))

    op.drop_table('mediators')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_team_status_received')
        batch_op.drop_index(batch_op.f('ix_cases_team_id'))

    op.drop_table('cases')
    op.drop_table('teams')
    op.drop_table('matter_categories')
    op.drop_table('journal_head')
    with op.batch_alter_table('change_journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_journal_entity_id'))

    op.drop_table('change_journal')
    op.drop_table('app_settings')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS change_journal_append_only() CASCADE")
