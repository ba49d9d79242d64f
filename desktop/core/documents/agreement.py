"""The written agreement (văn bản hòa giải thành, Law 35/2013/QH13 Art. 24): data in, PDF out.

The wording lives in ``resources/documents/agreement.toml``, with what the case documents share
(identity, hearings, signers) in ``common.toml`` through :mod:`parts`; this module only arranges
it. The parties' full identity and the date agreement was reached are always printed, because a
party may take the document to court for recognition (DOMAIN.md §2.9).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import cited, parts
from desktop.core.documents.agreement_terms import printed_terms
from desktop.core.documents.data import AgreementDocument, TermLine
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.guidance import court_on
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
    short_date,
    signature_block,
    vietnamese_date,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import Grounds, ParticipantRole

Section = Callable[[AgreementDocument, Wording], list[Flowable]]


def render_agreement(doc: AgreementDocument) -> bytes:
    """The written agreement as PDF bytes."""
    words = load_wording("agreement")
    return build_pdf(_spec(doc, words), _story(doc, words))


def _spec(doc: AgreementDocument, w: Wording) -> DocumentSpec:
    return DocumentSpec(
        title=w.text("document.pdf_title", number=_number(doc, w)),
        author=doc.author or doc.team.name,
        subject=w.text("document.pdf_subject", case_title=doc.case_title),
    )


def _story(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    # The closing text stays with the first row of signatures (a page holding only signatures
    # invites doubt); further rows flow on, each row kept whole, so many signers never leave a
    # half-empty page before them.
    return [*_top(doc, w), *_sections(doc, w),
            *signed_ending(_closing(doc, w), _signatures(doc, w))]


# --- header, title, opening -------------------------------------------------------------------


def _top(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    date_line = vietnamese_date_line(doc.place_name or doc.team.commune, _issued_on(doc))
    header = national_header(parts.issuer(doc.team), _number(doc, w), date_line)
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_title=doc.case_title))
    return [header, *title, para(_opening(doc, w), "body_indent")]


def _opening(doc: AgreementDocument, w: Wording) -> str:
    place = doc.hearings[-1].place if doc.hearings else parts.team_address(doc.team)
    return w.text("document.opening", date=vietnamese_date(_issued_on(doc)), place=place,
                  team_name=doc.team.name)


def _number(doc: AgreementDocument, w: Wording) -> str:
    return w.text("document.number", case_number=doc.case_number)


def _issued_on(doc: AgreementDocument) -> date:
    return doc.issued_on or doc.reached_on


# --- the numbered parts -----------------------------------------------------------------------


def _sections(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, (key, build) in enumerate(_SECTIONS, start=1):
        flowables.append(section_heading(f"{roman(index)}.", w.text(f"{key}.heading")))
        flowables.extend(build(doc, w))
    return flowables


def _grounds(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    text = _grounds_text(Grounds(doc.grounds), doc.referrer.strip(), w,
                         parts.requester_names(doc.participants))
    return [para(text, "body_indent")]


def _grounds_text(grounds: Grounds, referrer: str, w: Wording, requesters: str = "") -> str:
    """``requesters``: the parties marked as having asked, named when the grounds is their
    request; an older case with nobody marked keeps the general sentence."""
    if grounds is Grounds.PARTY_REQUEST and requesters:
        return w.text("grounds.party_request_named", names=requesters)
    if grounds is not Grounds.PROPOSED_BY_OTHER:
        return w.text(f"grounds.{grounds.value}")
    if not referrer:
        return w.text("grounds.proposed_by_other_unnamed")
    return w.text("grounds.proposed_by_other", referrer=referrer)


def _team(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    c = parts.common()
    return [labelled(c.text("team.name"), doc.team.name, "body"),
            labelled(c.text("team.address"), parts.team_address(doc.team), "body"),
            para(w.text("team.mediators"), "label"),
            *[parts.mediator_line(i, m) for i, m in enumerate(doc.mediators, start=1)]]


def _people(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    parties = parts.with_role(doc.participants, ParticipantRole.PARTY)
    return [para(w.text("people.parties"), "label"), *parts.party_blocks(parties),
            *parts.other_people(doc.participants)]


def _matter(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    return paragraphs(doc.summary)


def _hearings(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    return parts.hearing_blocks(doc.hearings)


def _terms(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = [para(w.text("terms.intro"), "body_indent"),
                                 *_conventions(doc, w)]
    for index, term in enumerate(printed_terms(doc.terms, doc.participants, w), start=1):
        flowables += _term(index, term, w)
    reached = w.text("terms.reached_on", date=vietnamese_date(doc.reached_on))
    return [*flowables, para(reached, "lead")]


def _conventions(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    """The convention articles relied on, with the reminder that the law comes first."""
    if not doc.citations:
        return []
    commune = parts.in_sentence(doc.team.commune)
    found = w.text("conventions.joiner").join(
        cited.references(doc.citations, w, "conventions", commune))
    # the reminder that the law comes first stays on the page of the citation it qualifies
    return kept_together([para(w.text("conventions.intro", references=found), "body_indent"),
                          para(w.text("conventions.reminder"), "body_indent")])


def _term(index: int, term: TermLine, w: Wording) -> list[Flowable]:
    """One term: who must do what, by when; never split across pages."""
    deadline = (w.text("terms.deadline_date", date=short_date(term.deadline))
                if term.deadline else w.text("terms.no_deadline"))
    return kept_together([
        para(w.text("terms.term", index=index), "lead"),
        labelled(w.text("terms.obliged"), term.obliged),
        *parts.labelled_text(w.text("terms.content"), term.content),
        labelled(w.text("terms.deadline"), deadline),
    ])


def _performance(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    """How and by when the agreement is carried out, from the data (the agreement's note, the
    terms' deadlines), said once: the closing no longer repeats it."""
    how = (parts.labelled_text(w.text("performance.method"), doc.agreement_note)
           or [labelled(w.text("performance.method"), w.text("performance.method_default"))])
    deadlines = sorted(t.deadline for t in doc.terms if t.deadline)
    when = (w.text("performance.time_by", date=short_date(deadlines[-1])) if deadlines
            else w.text("performance.time_none"))
    return [*how, labelled(w.text("performance.time"), when),
            para(w.text("performance.monitoring"), "body_indent")]


def _court(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    court = court_on(_issued_on(doc))
    lines = [para(w.text("court.text", date=vietnamese_date(doc.reached_on), court=court),
                  "body_indent")]
    if parts.with_role(doc.participants, ParticipantRole.RELATED):
        lines.append(para(w.text("court.third_person"), "body_indent"))
    return lines


_SECTIONS: tuple[tuple[str, Section], ...] = (
    ("grounds", _grounds),
    ("team", _team),
    ("people", _people),
    ("matter", _matter),
    ("hearings", _hearings),
    ("terms", _terms),
    ("performance", _performance),
    ("court", _court),
)


# --- closing and signatures -------------------------------------------------------------------


def _closing(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    copies_key = "closing.copies_other" if doc.copies else "closing.copies_default"
    return [Spacer(1, 6),
            para(w.text("closing.read_back"), "body_indent"),
            para(w.text(copies_key, copies=_copies(doc)), "body_indent")]


def _copies(doc: AgreementDocument) -> int:
    return doc.copies or len(parts.with_role(doc.participants, ParticipantRole.PARTY)) + 1


def _signatures(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    c = parts.common()
    people = doc.participants
    parties = [parts.signer(w.text("signatures.party", ordinal=parts.ordinal(i)), p.full_name)
               for i, p in enumerate(parts.with_role(people, ParticipantRole.PARTY), start=1)]
    others = [parts.signer(c.text(f"roles.{role.value}"), p.full_name)
              for role in _OTHER_SIGNERS for p in parts.with_role(people, role)]
    # Mediators sign with a fingerprint box too, unlike on the other documents.
    mediators = [parts.signer(parts.mediator_role(m), m.full_name) for m in doc.mediators]
    return [row for group in (parties, others, mediators) if group
            for row in signature_block(group, columns=_columns_for(len(group)))]


def _columns_for(signers: int) -> int:
    """Three to a row once a group has three signers: fewer rows, so the signatures rarely
    spill onto a page of their own."""
    return 3 if signers >= 3 else 2


# Related persons sign too: a court recognises the agreement only with the consent of third
# parties whose rights it affects. Invited persons do not sign.
_OTHER_SIGNERS = (ParticipantRole.RELATED, ParticipantRole.REPRESENTATIVE)
