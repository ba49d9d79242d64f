"""What "Send to the ward" will send, said before anything is written: the package's number,
the ward it goes to, the cases it carries (each marked when it is sensitive) and which parts of
the sensitive cases stay in the book. Only reads: nothing is recorded as sent.

It follows the export's own selection (``export._collect`` and ``export._case_of``: the journal
entries since the last package, the records they touched and the cases those belong to) so
that what is shown is what is sent; the ward's rejected records, sent again, are counted too.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case
from desktop.core.domain.roles import Permission
from desktop.core.errors import WorkflowError
from desktop.core.exchange import book, export, keys
from desktop.core.exchange.records import read_values, tracked_classes
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.services.history.labels import field_label

NO_WARD_YET = N_(
    "This case book does not know its ward office yet, so nothing can be sent. First receive "
    "the ward's settings file (File › Receive from the ward…): the justice officer gives it.")


@dataclass(frozen=True)
class CaseToSend:
    number: str
    title: str
    sensitive: bool


@dataclass(frozen=True)
class SendPreview:
    sequence: int  # the package's number
    ward_name: str
    cases: list[CaseToSend]
    records: int  # records changed since the last package (cases, people, hearings...)
    withheld: list[str]  # what of a sensitive case stays in the book, in words

    @property
    def sensitive_cases(self) -> list[CaseToSend]:
        return [case for case in self.cases if case.sensitive]


def preview_send(session: Session) -> SendPreview:
    book.allowed(session, Permission.EDIT_SETTINGS)  # the same right as sending
    team_id = book.require_team(session)
    ward_id = settings.get_setting(session, book.WARD_ID)
    ward = keys.peer(session, ward_id) if ward_id else None
    if ward is None:
        raise WorkflowError(NO_WARD_YET)
    start, end = export.cursor(session), export.journal_head(session)
    touched = set(export._collect(session, str(team_id), start, end).touched)
    names = set(tracked_classes())
    touched |= {(entity, record_id) for entity, record_id
                in json.loads(settings.get_setting(session, book.RESEND) or "[]")
                if entity in names}
    case_ids = _cases_of(session, touched)
    rows = session.scalars(select(Case).where(Case.id.in_(case_ids))).all()
    cases = sorted((CaseToSend(c.number, c.title, c.sensitive) for c in rows),
                   key=lambda c: c.number)
    _always, sensitive = book.withheld(session)
    withheld = sorted({field_label(entity, name) for entity, fields in sensitive.items()
                       for name in fields})
    return SendPreview(book.next_sequence(session, "sent", export.TEAM_DATA, ward.peer_id),
                       ward.name or settings.get_setting(session, book.WARD_NAME),
                       cases, len(touched), withheld)


def _cases_of(session: Session, touched: set[tuple[str, str]]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for entity, record_id in touched:
        values = read_values(session, entity, record_id)
        case_id = export._case_of(session, entity, values) if values else (
            record_id if entity == "cases" else None)
        if case_id:
            found.add(uuid.UUID(case_id))
    return found
