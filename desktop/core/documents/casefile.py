"""The case file summary (tóm tắt hồ sơ vụ, việc): everything recorded about one case, for the
archive. Data in, PDF bytes out; wording in ``resources/documents/casefile.toml``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable

from desktop.core.documents import parts
from desktop.core.documents.data import CaseFileDocument, CaseFileHearing, FollowUpTerm
from desktop.core.documents.layout import (
    DocumentSpec,
    build_pdf,
    content_width,
    document_title,
    labelled,
    national_header,
    para,
    paragraphs,
    roman,
    section_heading,
    short_date,
    table,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import ParticipantRole

Section = Callable[[CaseFileDocument, Wording], list[Flowable]]


def render_casefile(doc: CaseFileDocument) -> bytes:
    """The case file summary as PDF bytes."""
    w = load_wording("casefile")
    spec = DocumentSpec(title=w.text("document.pdf_title", case_number=doc.case.case_number),
                        author=doc.case.author or doc.case.team.name,
                        subject=w.text("document.pdf_subject", case_title=doc.case.case_title))
    return build_pdf(spec, [*_top(doc, w), *_sections(doc, w)])


def _top(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    team = doc.case.team
    header = national_header(parts.issuer(team),
                             w.text("document.number", case_number=doc.case.case_number),
                             vietnamese_date_line(team.commune, doc.printed_on))
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_number=doc.case.case_number,
                                  case_title=doc.case.case_title))
    printed = w.text("document.printed", date=short_date(doc.printed_on), version=doc.version)
    return [header, *title, para(printed, "sign_hint")]


def _sections(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, (key, build) in enumerate(_SECTIONS, start=1):
        flowables.append(section_heading(f"{roman(index)}.", w.text(f"headings.{key}")))
        flowables.extend(build(doc, w) or [para(w.text("document.none"), "detail")])
    return flowables


def _day(day: date | None) -> str:
    return short_date(day) if day else ""


def _details(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    fields = [("received_on", _day(doc.received_on)), ("arose_on", _day(doc.arose_on)),
              ("category", doc.category),
              ("grounds", w.text(f"labels.grounds.{doc.grounds.value}")),
              ("requesters", _requesters(doc)), ("referrer", doc.referrer),
              ("eligibility", w.text(f"labels.eligibility.{doc.eligibility.value}")),
              ("eligibility_note", doc.eligibility_note),
              ("status", w.text(f"labels.status.{doc.status.value}")),
              ("closed_on", _day(doc.closed_on))]
    return [labelled(w.text(f"details.{key}"), value) for key, value in fields if value.strip()]


def _requesters(doc: CaseFileDocument) -> str:
    """The parties marked as having asked ("Ông Nguyễn Văn An"); "" (no line) when nobody was
    marked, as in cases recorded before the book asked."""
    names = parts.requester_names(doc.participants)
    return names[:1].upper() + names[1:]


def _people(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    # the team's archive: phones kept
    return [*parts.party_blocks(parties, phones=True),
            *parts.other_people(doc.participants, phones=True)]


def _positions(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for position in doc.positions:
        if position.position.strip():
            flowables += [para(position.full_name, "lead"),
                          *paragraphs(position.position, "detail")]
    return flowables


def _matter(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    return paragraphs(doc.summary)


def _mediators(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    lines = []
    for index, a in enumerate(doc.assignments, start=1):
        text = w.text("mediators.line", index=index, name=a.mediator,
                      method=w.text(f"labels.method.{a.method.value}"),
                      assigned=short_date(a.assigned_on))
        if a.ended_on:
            text += "; " + w.text("mediators.ended", ended=short_date(a.ended_on))
        if a.end_reason.strip():
            text += f" ({w.text('mediators.reason')}: {a.end_reason.strip()})"
        lines.append(para(text, "detail"))
    return lines


def _conflicts(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    return [para(w.text("conflicts.line", index=i, name=c.mediator,
                        declared=short_date(c.declared_on), reason=c.reason), "detail")
            for i, c in enumerate(doc.conflicts, start=1)]


def _hearings(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, item in enumerate(doc.hearings, start=1):
        flowables += _hearing(index, item, w)
    return flowables


def _hearing(index: int, item: CaseFileHearing, w: Wording) -> list[Flowable]:
    c = parts.common()
    h = item.hearing
    attendees = ", ".join(item.attendees)
    return [para(parts.hearing_heading(index, h), "label"),
            *([labelled(w.text("hearings.attendees"), attendees)] if attendees else []),
            *parts.labelled_text(c.text("hearings.course"), h.course),
            *parts.labelled_text(c.text("hearings.result"), h.result)]


def _outcome(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    o = doc.outcome
    if o is None:
        return [para(w.text("outcome.none"), "detail")]
    lines = [labelled(w.text("outcome.decided_on"), short_date(o.decided_on)),
             labelled(w.text("outcome.kind"), w.text(f"labels.outcome.{o.kind.value}"))]
    for key, text in (("referred_to", o.referred_to), ("guidance", o.guidance),
                      ("note", o.note)):
        lines += parts.labelled_text(w.text(f"outcome.{key}"), text)
    return lines


def _agreement(doc: CaseFileDocument, w: Wording) -> list[Flowable]:
    if doc.reached_on is None and not doc.terms:
        return []
    lines: list[Flowable] = []
    if doc.reached_on:
        lines.append(labelled(w.text("agreement.reached_on"), short_date(doc.reached_on)))
    lines += parts.labelled_text(w.text("agreement.note"), doc.agreement_note)
    return [*lines, _terms_table(doc.terms, w)] if doc.terms else lines


_TERM_WIDTHS = (0.07, 0.2, 0.39, 0.14, 0.2)


def _terms_table(terms: tuple[FollowUpTerm, ...], w: Wording) -> Flowable:
    width = content_width(DocumentSpec(title=""))
    head = [para(text, "cell") for text in w.texts("agreement.columns")]
    rows = [head, *[_term_row(i, t, w) for i, t in enumerate(terms, start=1)]]
    return table(rows, [width * share for share in _TERM_WIDTHS], _GRID, repeat_rows=1)


def _term_row(index: int, term: FollowUpTerm, w: Wording) -> list[Flowable]:
    deadline = short_date(term.deadline) if term.deadline else w.text("agreement.no_deadline")
    group = "labels.follow_up_overdue" if term.overdue else "labels.follow_up"
    status = w.text(f"{group}.{term.status.value}")
    if term.note.strip():
        status += f": {term.note.strip()}"
    return [para(str(index), "cell"), para(term.obliged, "cell"), para(term.content, "cell"),
            para(deadline, "cell"), para(status, "cell")]


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee")]

_SECTIONS: tuple[tuple[str, Section], ...] = (
    ("details", _details), ("people", _people), ("positions", _positions),
    ("matter", _matter), ("mediators", _mediators), ("conflicts", _conflicts),
    ("hearings", _hearings), ("outcome", _outcome), ("agreement", _agreement),
)
