"""``hoagiai persons ...``: personal-data duties: export everything held about one person,
record what they were told and their consent, and anonymise people after the retention period."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    current_user,
    db_argument,
    iso_date,
    transaction,
)
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.files import write_out
from desktop.core.i18n import N_, _

NO_PERSON = N_("No person in this case book has the id or the full name '{person}'. Copy the "
               "id from the case's participants, or write the full name exactly.")
SEVERAL = N_("{count} people are called '{person}'. Give the person's id instead.")
EXPORT_SUFFIX = N_("Give the export file a name ending in .json or .pdf.")
DECISIONS = ("given", "refused", "withdrawn")


def register(commands: Commands) -> None:
    persons = commands.add_parser("persons", help=_("personal data: export, consent, erasure"))
    sub = persons.add_subparsers(dest="persons_command", required=True)
    export = sub.add_parser("export", help=_("everything held about one person, as JSON or PDF"))
    export.add_argument("person", metavar="ID_OR_NAME")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")
    db_argument(export)
    export.set_defaults(handler=export_person)
    consent = sub.add_parser("consent", help=_(
        "record what a person was told and their answer (without --decision: their history)"))
    consent.add_argument("person", metavar="ID_OR_NAME")
    consent.add_argument("--decision", choices=DECISIONS)
    consent.add_argument("--notice", default="", help=_("what the person was told"))
    consent.add_argument("--by", default="", help=_("who recorded the answer"))
    consent.add_argument("--on", type=iso_date, help=_("date of the answer (default: today)"))
    consent.add_argument("--note", default="")
    db_argument(consent)
    consent.set_defaults(handler=consent_person)
    erase = sub.add_parser("erase-due", help=_(
        "anonymise the people whose every case closed longer ago than the retention period"))
    erase.add_argument("--dry-run", action="store_true", help=_("only list them"))
    erase.add_argument("--years", type=int, help=_(
        "set the retention period (years) first; with --dry-run only try it"))
    db_argument(erase)
    erase.set_defaults(handler=erase_due)


def find_person(session: Any, text: str) -> uuid.UUID:
    from sqlalchemy import select

    from desktop.core.db.models import Person

    try:
        person_id = uuid.UUID(text)
    except ValueError:
        found = session.scalars(select(Person.id).where(Person.full_name == text.strip())).all()
        if len(found) > 1:
            raise NotFoundError(SEVERAL, count=len(found), person=text) from None
        if not found:
            raise NotFoundError(NO_PERSON, person=text) from None
        return found[0]  # type: ignore[no-any-return]
    if session.get(Person, person_id) is None:
        raise NotFoundError(NO_PERSON, person=text)
    return person_id


def export_person(args: argparse.Namespace) -> int:
    from desktop.core.services.people import personal_data

    suffix = args.output.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise ValidationError(EXPORT_SUFFIX, field="output")
    with transaction(args) as session:
        person_id = find_person(session, args.person)
        exporter = personal_data.export_json if suffix == ".json" else personal_data.export_pdf
        write_out(args.output, exporter(session, person_id, str(args.output)))
    print(_("Everything held about this person saved to {path}; the export is recorded in "
            "the change journal.").format(path=args.output))
    return 0


def consent_person(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.core.db.models_personal import ConsentDecision
    from desktop.core.services.people import personal_data

    with transaction(args) as session:
        person_id = find_person(session, args.person)
        if args.decision:
            personal_data.record_consent(session, person_id, personal_data.ConsentInput(
                args.on or date.today(), args.notice, ConsentDecision(args.decision),
                args.by or current_user(), args.note))
            print(_("Recorded."))
        for row in personal_data.consent_history(session, person_id):
            print(f"{row['recorded_on']}  {row['decision_label']}  ({row['recorded_by']}): "
                  f"{row['notice']}")
    return 0


def erase_due(args: argparse.Namespace) -> int:
    from desktop.core.services.people import personal_data

    with transaction(args) as session:
        if args.years is not None and not args.dry_run:
            personal_data.set_retention_years(session, args.years)
        years = args.years or personal_data.retention_years(session)
        due = personal_data.erase_due(session, dry_run=args.dry_run, years=args.years)
    for item in due:
        print(_("{name}: {cases} case(s), the last closed on {date}").format(
            name=item.full_name, cases=item.cases, date=item.last_closed.strftime("%d/%m/%Y")))
    message = (N_("{count} person(s) due for anonymisation (retention period {years} years); "
                  "nothing was changed.") if args.dry_run else
               N_("{count} person(s) anonymised (retention period {years} years); recorded in "
                  "the change journal."))
    print(_(message).format(count=len(due), years=years))
    return 0
