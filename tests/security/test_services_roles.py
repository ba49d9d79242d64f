"""Role checks of the services that came after the role table: attaching scans, the book's
settings, printing, and a person's data (export and erasure belong to the team leader). Each
refusal is a ``PermissionDenied`` and leaves the book as it was."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.db.models import Person
from desktop.core.db.models_documents import Attachment
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.roles import Permission, Role, allows
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.cases import attachments
from desktop.core.services.documents import issued
from desktop.core.services.documents.issued import IssueRequest
from desktop.core.services.people import personal_data
from desktop.core.services.workspace import book_settings
from tests.core.test_journal import last_seq
from tests.security import test_roles
from tests.security.test_roles import World, role_actor

world = test_roles.world  # the fixture: a team, cases mine / theirs / unassigned, a party each

LEADER, MEDIATOR, OFFICER, ADMIN = Role
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _refused(book, world: World, role: Role, operation) -> PermissionDenied:
    """Run ``operation`` as ``role``; it must be refused with the journal untouched."""
    before = last_seq(book)
    with pytest.raises(PermissionDenied) as denied, \
            book.database.transaction(role_actor(role, world)) as session:
        operation(session)
    assert last_seq(book) == before
    return denied.value


def _attachments(book) -> int:
    with book.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Attachment)) or 0


@pytest.mark.parametrize(("role", "case", "allowed"), [
    (MEDIATOR, "mine", True), (MEDIATOR, "unassigned", True), (MEDIATOR, "theirs", False),
    (LEADER, "theirs", True), (OFFICER, "mine", False), (ADMIN, "mine", False)])
def test_attaching_a_scan_is_editing_the_case(book, world, english, tmp_path, role, case,
                                              allowed):
    case_id = getattr(world, case)
    scan = tmp_path / "ban-ky.pdf"
    scan.write_bytes(PDF)
    if allowed:
        with book.database.transaction(role_actor(role, world)) as session:
            attachments.attach_file(session, case_id, scan)
        assert _attachments(book) == 1
        return
    _refused(book, world, role, lambda s: attachments.attach_file(s, case_id, scan))
    _refused(book, world, role, lambda s: attachments.attach(s, case_id, "ban-ky.pdf", PDF))
    assert _attachments(book) == 0


def test_a_mediator_may_not_change_the_settings(book, world, english):
    with book.database.reading() as session:
        before = book_settings.load(session)
    changed = dataclasses.replace(before, attachment_max_mb=before.attachment_max_mb + 1)
    for role in (MEDIATOR, OFFICER):
        denied = _refused(book, world, role, lambda s: book_settings.save(s, changed))
        assert "change the settings" in denied.message
    with book.database.reading() as session:
        assert book_settings.load(session) == before
    with book.database.transaction(role_actor(LEADER, world)) as session:
        assert book_settings.save(session, changed)


def test_every_role_may_print_and_printing_is_checked(book, world):
    """Printing is open to every role today; the check is there so the role table decides."""
    assert all(allows(role, Permission.PRINT_DOCUMENTS) for role in Role)
    with book.database.transaction(role_actor(OFFICER, world)) as session:
        document = issued.prepare(session, IssueRequest(DocumentKind.CASEFILE,
                                                        case_id=world.mine), "can bo")
        assert issued.record_issue(session, document, "printer").code == document.code


def _person(book, world: World) -> uuid.UUID:
    with book.database.reading() as session:
        return session.scalars(select(Person.id).where(Person.full_name == "Nguyễn Văn An")
                               .order_by(Person.id)).first()


def _name(book, person_id) -> str:
    with book.database.reading() as session:
        return session.get(Person, person_id).full_name


def test_export_and_erasure_of_a_person_belong_to_the_team_leader(book, world, english):
    person_id = _person(book, world)
    for role in (MEDIATOR, OFFICER, ADMIN):
        for operation in (
                lambda s: personal_data.export_json(s, person_id),
                lambda s: personal_data.export_pdf(s, person_id),
                lambda s: personal_data.erase_person(s, person_id, date(2026, 3, 5), "yêu cầu")):
            denied = _refused(book, world, role, operation)
            assert "export or erase a person's personal data" in denied.message
    assert _name(book, person_id) == "Nguyễn Văn An"  # not anonymised
    with book.database.transaction(role_actor(LEADER, world)) as session:
        assert b"Nguy" in personal_data.export_json(session, person_id)
        personal_data.erase_person(session, person_id, date(2026, 3, 5), "yêu cầu")
    assert _name(book, person_id) != "Nguyễn Văn An"


def test_a_ward_officer_may_not_record_consent(book, world, english):
    person_id = _person(book, world)
    consent = personal_data.ConsentInput(date(2026, 3, 5), "Thông báo",
                                         personal_data.ConsentDecision.GIVEN, "can bo")
    _refused(book, world, OFFICER, lambda s: personal_data.record_consent(s, person_id, consent))
