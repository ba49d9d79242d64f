"""The minutes of one hearing (biên bản buổi hòa giải): data in, PDF bytes out.

Wording in ``resources/documents/minutes.toml``; shared pieces in :mod:`parts`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import MinutesDocument, PersonLine
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
    DocumentSpec,
    build_pdf,
    document_title,
    kept_together,
    labelled,
    national_header,
    para,
    paragraphs,
    roman,
    section_heading,
    signature_block,
    vietnamese_date,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import ParticipantRole


def render_minutes(doc: MinutesDocument) -> bytes:
    """The hearing minutes as PDF bytes."""
    w = load_wording("minutes")
    number = w.text("document.number", case_number=doc.case.case_number,
                    index=doc.hearing_index)
    spec = DocumentSpec(
        title=w.text("document.pdf_title", index=doc.hearing_index,
                     case_number=doc.case.case_number),
        author=doc.case.author or doc.case.team.name,
        subject=w.text("document.pdf_subject", case_title=doc.case.case_title))
    closing = [Spacer(1, 6), para(w.text("closing.end"), "body_indent")]
    return build_pdf(spec, [*_top(doc, w, number), *_body(doc, w),
                            *signed_ending(closing, _signatures(doc))])


def _top(doc: MinutesDocument, w: Wording, number: str) -> list[Flowable]:
    team, when = doc.case.team, doc.hearing.held_at
    header = national_header(parts.issuer(team), number,
                             vietnamese_date_line(team.commune, when.date()))
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_title=doc.case.case_title,
                                  index=doc.hearing_index))
    opening = w.text("document.opening", hour=when.hour, minute=when.minute,
                     date=vietnamese_date(when.date()), place=doc.hearing.place,
                     team_name=team.name, index=doc.hearing_index,
                     case_number=doc.case.case_number)
    return [header, *title, para(opening, "body_indent")]


def _body(doc: MinutesDocument, w: Wording) -> list[Flowable]:
    sections = (("time_place", _time_place(doc, w)), ("attendees", _attendees(doc, w)),
                ("course", _text(doc.hearing.course, w)), ("result", _text(doc.hearing.result, w)))
    flowables: list[Flowable] = []
    for index, (key, content) in enumerate(sections, start=1):
        flowables += [section_heading(f"{roman(index)}.", w.text(f"headings.{key}")), *content]
    return flowables


def _time_place(doc: MinutesDocument, w: Wording) -> list[Flowable]:
    when = doc.hearing.held_at
    time = w.text("time_place.time_value", hour=when.hour, minute=when.minute,
                  date=vietnamese_date(when.date()))
    form = w.text("time_place.public" if doc.hearing.is_public else "time_place.private")
    return [labelled(w.text("time_place.time"), time),
            labelled(w.text("time_place.place"), doc.hearing.place),
            labelled(w.text("time_place.form"), form)]


def _attendees(doc: MinutesDocument, w: Wording) -> list[Flowable]:
    none = [para(w.text("attendees.none"), "detail")]
    mediators = [parts.mediator_line(i, m) for i, m in enumerate(doc.mediators, start=1)]
    people: list[Flowable] = []
    for index, person in enumerate(doc.attendees, start=1):
        people += _person(index, person, w, doc.case.group)
    return [para(w.text("attendees.mediators"), "label"), *(mediators or none),
            para(w.text("attendees.participants"), "label"), *(people or none)]


def _person(index: int, person: PersonLine, w: Wording, group: str) -> list[Flowable]:
    line = w.text("attendees.person", index=index, honorific=parts.honorific(person.sex),
                  name=person.full_name, role=parts.role_name(person.role, group))
    details = [labelled(parts.common().text(f"people.{key}"), value)
               for key, value in parts.identity_fields(person)
               if key in ("address", "represents") and value.strip()]
    return kept_together([para(line, "lead"), *details])


def _text(text: str, w: Wording) -> list[Flowable]:
    return paragraphs(text) or [para(w.text("course.none"), "body_indent")]


def _signatures(doc: MinutesDocument) -> list[Flowable]:
    parties = [p for p in doc.attendees if p.role == ParticipantRole.PARTY]
    people = [parts.signer(_signer_role(p, parties), p.full_name,
                           fingerprint=p.role != ParticipantRole.INVITED)
              for p in doc.attendees]
    return [*signature_block(people),
            *signature_block(parts.mediator_signers(doc.mediators))]


def _signer_role(person: PersonLine, parties: list[PersonLine]) -> str:
    """``Bên thứ nhất``... for a party, the role's name for anyone else."""
    if person in parties:
        index = parties.index(person) + 1
        return load_wording("unsuccessful").text("signatures.party", ordinal=parts.ordinal(index))
    return parts.common().text(f"roles.{person.role.value}")
