"""The record of unsuccessful mediation (biên bản hòa giải không thành, Law 35/2013 Art. 23).

Data in (:class:`UnsuccessfulDocument`), PDF bytes out. Wording in
``resources/documents/unsuccessful.toml``; shared pieces in :mod:`parts`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import UnsuccessfulDocument
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.guidance import court_on
from desktop.core.documents.layout import (
    DocumentSpec,
    build_pdf,
    document_title,
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
from desktop.core.domain.enums import Grounds, ParticipantRole

Section = Callable[[UnsuccessfulDocument, Wording], list[Flowable]]


def render_unsuccessful(doc: UnsuccessfulDocument) -> bytes:
    """The record of unsuccessful mediation as PDF bytes."""
    w = load_wording("unsuccessful")
    number = w.text("document.number", case_number=doc.case.case_number)
    spec = DocumentSpec(title=w.text("document.pdf_title", number=number),
                        author=doc.case.author or doc.case.team.name,
                        subject=w.text("document.pdf_subject", case_title=doc.case.case_title))
    return build_pdf(spec, [*_top(doc, w, number), *_sections(doc, w),
                            *signed_ending(_closing(doc, w), _signatures(doc))])


def _issued_on(doc: UnsuccessfulDocument) -> date:
    return doc.issued_on or doc.ended_on


def _top(doc: UnsuccessfulDocument, w: Wording, number: str) -> list[Flowable]:
    team = doc.case.team
    header = national_header(parts.issuer(team), number,
                             vietnamese_date_line(team.commune, _issued_on(doc)))
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_title=doc.case.case_title))
    place = doc.hearings[-1].place if doc.hearings else parts.team_address(team)
    opening = w.text("document.opening", date=vietnamese_date(_issued_on(doc)), place=place,
                     team_name=team.name)
    return [header, *title, para(opening, "body_indent")]


def _sections(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, (key, build) in enumerate(_SECTIONS, start=1):
        flowables.append(section_heading(f"{roman(index)}.", w.text(f"headings.{key}")))
        flowables.extend(build(doc, w))
    return flowables


def _team(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    c = parts.common()
    return [labelled(c.text("team.name"), doc.case.team.name, "body"),
            labelled(c.text("team.address"), parts.team_address(doc.case.team), "body"),
            para(_grounds_text(doc, w), "body"),
            para(w.text("team.mediators"), "label"),
            *[parts.mediator_line(i, m) for i, m in enumerate(doc.mediators, start=1)]]


def _grounds_text(doc: UnsuccessfulDocument, w: Wording) -> str:
    grounds, referrer = Grounds(doc.grounds), doc.referrer.strip()
    requesters = parts.requester_names(doc.participants)
    if grounds is Grounds.PARTY_REQUEST and requesters:  # nobody marked: the general sentence
        return w.text("grounds.party_request_named", names=requesters)
    if grounds is not Grounds.PROPOSED_BY_OTHER:
        return w.text(f"grounds.{grounds.value}")
    if not referrer:
        return w.text("grounds.proposed_by_other_unnamed")
    return w.text("grounds.proposed_by_other", referrer=referrer)


def _people(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    return [para(w.text("people.parties"), "label"), *parts.party_blocks(parties),
            *parts.other_people(doc.participants)]


def _matter(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    return paragraphs(doc.summary)


def _positions(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    for index, party in enumerate(parties, start=1):
        text = next((p.position for p in doc.positions if p.full_name == party.full_name), "")
        flowables.append(para(parts.party_name_line(index, party), "lead"))
        flowables += paragraphs(text, "detail") or [para(w.text("positions.none"), "detail")]
    return flowables


def _hearings(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    return parts.hearing_blocks(doc.hearings)


def _end(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    who = _who(doc, w)
    reason = w.text(f"end.{doc.ended_by.value}", date=vietnamese_date(doc.ended_on), who=who)
    return [para(reason, "body_indent"), para(w.text("end.conclusion"), "body_indent"),
            *parts.labelled_text(w.text("end.note"), doc.note)]


def _who(doc: UnsuccessfulDocument, w: Wording) -> str:
    """Who asked to stop (Art. 23(2)): the parties by name with their honorific; every party
    asking is said once ("cả hai bên (...)"); nobody recorded leaves a line to write in."""
    if not doc.stop_requested_by:
        return w.text("end.who_unknown")
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    by_name = {p.full_name: p for p in parties}
    # mid-sentence, the honorific is written in lower case ("Vào ngày ..., ông Vũ Đức Khánh")
    named = [f"{parts.honorific(by_name[n].sex).lower()} {n}" if n in by_name else n
             for n in doc.stop_requested_by]
    listed = (w.text("end.who_joiner").join(named[:-1]) + w.text("end.who_last_joiner")
              + named[-1]) if len(named) > 1 else named[0]
    if len(parties) > 1 and set(doc.stop_requested_by) >= set(by_name):
        return w.text("end.who_both" if len(parties) == 2 else "end.who_all", names=listed)
    return listed


def _guidance(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    guidance = paragraphs(doc.guidance) or [
        para(w.text("guidance.default", court=court_on(_issued_on(doc))), "body_indent")]
    return [para(w.text("guidance.intro"), "body_indent"), *guidance]


_SECTIONS: tuple[tuple[str, Section], ...] = (
    ("team", _team), ("people", _people), ("matter", _matter), ("positions", _positions),
    ("hearings", _hearings), ("end", _end), ("guidance", _guidance),
)


def _closing(doc: UnsuccessfulDocument, w: Wording) -> list[Flowable]:
    copies = len(parts.with_role(doc.participants, ParticipantRole.PARTY)) + 1
    return [Spacer(1, 6), para(w.text("closing.read_back"), "body_indent"),
            para(w.text("closing.copies", copies=copies), "body_indent")]


def _signatures(doc: UnsuccessfulDocument) -> list[Flowable]:
    w = load_wording("unsuccessful")
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    party_signers = [parts.signer(w.text("signatures.party", ordinal=parts.ordinal(i)),
                                  p.full_name) for i, p in enumerate(parties, start=1)]
    return [*signature_block(party_signers),
            *signature_block(parts.mediator_signers(doc.mediators))]
