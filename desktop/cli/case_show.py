"""``hoagiai cases show NUMBER``: one case in full, as text in the user's language.

The case is read through ``services.cases.shown`` (the case window's reads and rules); this
module only lays it out: the case's facts, then one block each for the people, the mediators,
the hearings, the outcome, the agreement's terms with their follow-up, and the citations. A
block with nothing in it is left out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from desktop.cli.common import Commands, db_argument, transaction
from desktop.core.domain.labels import label, status_label
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.core.services.cases.shown import ShownCase

INDENT = "  "


def register(case_commands: Commands) -> None:
    showing = case_commands.add_parser("show", help=_("show one case in full"))
    showing.add_argument("case_number", help=_("case number, e.g. 03/2026"))
    showing.add_argument("--year", type=int, help=_(
        "the case's year, when the number is written without it"))
    db_argument(showing)
    showing.set_defaults(handler=show_case)


def show_case(args: argparse.Namespace) -> int:
    from desktop.core.policy import settings
    from desktop.core.services.cases import shown

    seq, year = shown.case_number(args.case_number, args.year)
    # A unit of work, not a read: a look at a sensitive case is journaled, as in the app.
    with transaction(args) as session:
        case = shown.show_case(session, shown.find_case(
            session, settings.own_team_id(session), seq, year))
        sys.stdout.write("".join(f"{line}\n" for line in case_lines(case)))
    return 0


def _day(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "—"


def case_lines(case: ShownCase) -> Iterator[str]:
    yield from _facts(case)
    yield from _people(case)
    yield from _mediators(case)
    yield from _hearings(case)
    yield from _outcome(case)
    yield from _terms(case)
    yield from _citations(case)


def _field(name: str, value: str, indent: str = "") -> str:
    return f"{indent}{name}: {value}"


def _facts(case: ShownCase) -> Iterator[str]:
    d = case.detail
    yield _("Case {number}: {title}").format(number=d.number, title=d.title)
    yield _field(_("Received on"), _day(d.received_on))
    if d.arose_on:
        yield _field(_("Date the matter arose"), _day(d.arose_on))
    status = status_label(d.status)
    if d.closed_on:
        status = _("{status} (ended on {day})").format(status=status, day=_day(d.closed_on))
    yield _field(_("Status"), status)
    yield _field(_("Kind of matter"), d.category_name)
    grounds = label(d.grounds)
    yield _field(_("Grounds for mediating"),
                 f"{grounds} ({d.referrer})" if d.referrer else grounds)
    if d.sensitive:
        yield _field(_("Sensitive"), _("Sensitive case: handle its details with care"))
    if d.summary.strip():
        yield _field(_("Content"), d.summary.strip())


def _heading(text: str) -> str:
    return f"\n{text}:"


def _people(case: ShownCase) -> Iterator[str]:
    d = case.detail
    if not d.participants:
        return
    yield _heading(_("Parties and other participants"))
    for p in d.participants:
        facts = [label(p.role)]
        if p.requested_mediation:
            facts.append(_("Requester of mediation").lower())
        born = p.person.birth_date.year if p.person.birth_date else p.person.birth_year
        line = f"{INDENT}- {p.person.full_name} ({', '.join(facts)})"
        details = [_("born {year}").format(year=born) if born else "", p.person.address]
        yield line + "".join(f"; {text}" for text in details if text)
        if p.position.strip():
            yield _field(_("Position"), p.position.strip(), INDENT * 2)


def _mediators(case: ShownCase) -> Iterator[str]:
    d = case.detail
    if not d.assignments:
        return
    yield _heading(_("Mediators"))
    for a in d.assignments:
        period = _("from {start}").format(start=_day(a.assigned_on))
        if a.ended_on:
            period = _("from {start} to {end}").format(start=_day(a.assigned_on),
                                                     end=_day(a.ended_on))
        yield f"{INDENT}- {a.mediator_name} ({label(a.method)}, {period})"


def _hearings(case: ShownCase) -> Iterator[str]:
    d = case.detail
    if not d.hearings:
        return
    yield _heading(_("Hearings"))
    for number, h in enumerate(d.hearings, start=1):
        when = f"{h.held_at:%d/%m/%Y %H:%M}"
        state = _("planned") if h.planned else _("held")
        yield f"{INDENT}{number}. {when}, {h.place} ({state})"
        # the people in the case's own order, then the mediators in their assignments' (the
        # ids come as sets)
        present = [p.person.full_name for p in d.participants if p.id in h.participant_ids]
        present += [name for i, name in case.mediator_names.items() if i in h.mediator_ids]
        if present:
            yield _field(_("Present"), ", ".join(present), INDENT + "   ")
        if h.result.strip():
            yield _field(_("Result"), h.result.strip(), INDENT + "   ")


def _outcome(case: ShownCase) -> Iterator[str]:
    o = case.detail.outcome
    if o is None:
        return
    yield _heading(_("Outcome"))
    yield f"{INDENT}{label(o.kind)} ({_day(o.decided_on)})"
    if o.stop_requested_by:
        yield _field(_("Who asked to stop"), ", ".join(o.stop_requested_by), INDENT)
    if o.referred_to.strip():
        yield _field(_("Referred to"), o.referred_to.strip(), INDENT)
    if o.note.strip():
        yield _field(_("Note"), o.note.strip(), INDENT)


def _terms(case: ShownCase) -> Iterator[str]:
    a = case.detail.agreement
    if a is None:
        return
    yield _heading(_("Terms of the agreement"))
    for t in a.terms:
        deadline = _field(_("Deadline"), _day(t.deadline)) if t.deadline else ""
        yield f"{INDENT}{t.ordinal}. {t.obliged_name}: {t.content}" + (
            f" ({deadline})" if deadline else "")
        follow = label(t.follow_up_status)
        if t.followed_up_on:
            follow += f", {_day(t.followed_up_on)}"
        if t.follow_up_note.strip():
            follow += f": {t.follow_up_note.strip()}"
        yield _field(_("Follow-up"), follow, INDENT + "   ")


def _citations(case: ShownCase) -> Iterator[str]:
    citations = case.citations
    if not citations:
        return
    yield _heading(_("Convention articles cited"))
    for c in citations:
        where = _("Article {number}").format(number=c.article.number)
        if c.clause_number is not None:
            where = _("Article {number}, clause {clause}").format(number=c.article.number,
                                                                  clause=c.clause_number)
        yield f"{INDENT}- {c.convention_title}, {where}: {c.article.title}" + (
            f" ({c.note.strip()})" if c.note.strip() else "")
