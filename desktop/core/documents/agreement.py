"""The written agreement (văn bản hòa giải thành, Law 35/2013/QH13 Art. 24): data in, PDF out.

The wording lives in ``resources/documents/agreement.toml``; this module only arranges it. The
parties' full identity and the date agreement was reached are always printed, because a party
may take the document to court for recognition (DOMAIN.md §2.9).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.core.documents.data import (
    AgreementDocument,
    HearingLine,
    MediatorLine,
    PersonLine,
    TeamInfo,
    TermLine,
)
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
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
from desktop.core.domain.enums import Grounds, MediatorRole, ParticipantRole, Sex

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
    first_row, *other_rows = _signatures(doc, w)
    ending = KeepTogether([*_closing(doc, w), Spacer(1, 8), first_row])
    return [*_top(doc, w), *_sections(doc, w), ending, *other_rows]


# --- header, title, opening -------------------------------------------------------------------


def _top(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    date_line = vietnamese_date_line(doc.place_name or doc.team.commune, _issued_on(doc))
    header = national_header([doc.team.commune, doc.team.name], _number(doc, w), date_line)
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_title=doc.case_title))
    return [header, *title, para(_opening(doc, w), "body_indent")]


def _opening(doc: AgreementDocument, w: Wording) -> str:
    place = doc.hearings[-1].place if doc.hearings else _team_address(doc.team)
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
    return [para(_grounds_text(Grounds(doc.grounds), doc.referrer.strip(), w), "body_indent")]


def _grounds_text(grounds: Grounds, referrer: str, w: Wording) -> str:
    if grounds is not Grounds.PROPOSED_BY_OTHER:
        return w.text(f"grounds.{grounds.value}")
    if not referrer:
        return w.text("grounds.proposed_by_other_unnamed")
    return w.text("grounds.proposed_by_other", referrer=referrer)


def _team(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    lines: list[Flowable] = [
        labelled(w.text("team.name"), doc.team.name, "body"),
        labelled(w.text("team.address"), _team_address(doc.team), "body"),
        para(w.text("team.mediators"), "label"),
    ]
    lines += [_mediator_line(i, m, w) for i, m in enumerate(doc.mediators, start=1)]
    return lines


def _team_address(team: TeamInfo) -> str:
    parts = (team.village, team.district_legacy, team.commune, team.province)
    return team.address.strip() or ", ".join(p.strip() for p in parts if p.strip())


def _mediator_line(index: int, mediator: MediatorLine, w: Wording) -> Flowable:
    role = w.text("team.leader" if mediator.role == MediatorRole.LEADER else "team.member")
    return para(w.text("team.mediator", index=index, honorific=_honorific(mediator.sex, w),
                       name=mediator.full_name, role=role), "detail")


def _people(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    parties = _with_role(doc, ParticipantRole.PARTY)
    flowables = [para(w.text("people.parties"), "label"), *_party_blocks(parties, w)]
    for role, key in _OTHER_GROUPS:
        flowables += _person_group(_with_role(doc, role), w.text(f"people.{key}"), w)
    return flowables


_OTHER_GROUPS = (
    (ParticipantRole.RELATED, "related"),
    (ParticipantRole.REPRESENTATIVE, "representatives"),
    (ParticipantRole.INVITED, "invited"),
)


def _party_blocks(parties: Sequence[PersonLine], w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, party in enumerate(parties, start=1):
        name_line = w.text("people.party", ordinal=_ordinal(index, w), name=party.full_name,
                           honorific=_honorific(party.sex, w))
        flowables += _person_block(name_line, _identity(party, w, required=True))
    return flowables


def _person_group(people: Sequence[PersonLine], label: str, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = [para(label, "label")] if people else []
    for index, person in enumerate(people, start=1):
        name_line = w.text("people.person", index=index, name=person.full_name,
                           honorific=_honorific(person.sex, w))
        flowables += _person_block(name_line, _identity(person, w, required=False))
    return flowables


def _person_block(name_line: str, details: list[Flowable]) -> list[Flowable]:
    """One person's name and identity, never split across pages."""
    return kept_together([para(name_line, "lead"), *details])


def _identity(person: PersonLine, w: Wording, *, required: bool) -> list[Flowable]:
    """Identity lines; a party's missing birth date, ID or address prints as a line to fill."""
    blank = w.text("people.missing") if required else ""
    fields = [(key, value.strip() or (blank if key in _REQUIRED else ""))
              for key, value in _identity_fields(person)]
    return [labelled(w.text(f"people.{key}"), value) for key, value in fields if value]


def _identity_fields(person: PersonLine) -> list[tuple[str, str]]:
    return [_birth(person), ("citizen_id", person.citizen_id or ""), ("address", person.address),
            ("phone", person.phone), ("represents", person.represents)]


_REQUIRED = frozenset({"birth_date", "citizen_id", "address"})


def _birth(person: PersonLine) -> tuple[str, str]:
    if person.birth_date is not None:
        return "birth_date", short_date(person.birth_date)
    if person.birth_year is not None:
        return "birth_year", str(person.birth_year)
    return "birth_date", ""


def _matter(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    return paragraphs(doc.summary)


def _hearings(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    if not doc.hearings:
        return [para(w.text("hearings.none"), "body_indent")]
    return [flowable for index, hearing in enumerate(doc.hearings, start=1)
            for flowable in _hearing(index, hearing, w)]


def _hearing(index: int, hearing: HearingLine, w: Wording) -> list[Flowable]:
    form = w.text("hearings.public" if hearing.is_public else "hearings.private")
    when = hearing.held_at
    line = w.text("hearings.hearing", index=index, hour=when.hour, minute=when.minute,
                  date=vietnamese_date(when.date()), place=hearing.place, form=form)
    return [para(line, "label"),
            *_labelled_text(w.text("hearings.course"), hearing.course),
            *_labelled_text(w.text("hearings.result"), hearing.result)]


def _labelled_text(label: str, text: str) -> list[Flowable]:
    """``Label: first line`` then any further lines of the user's text as their own paragraphs;
    nothing at all when the text is empty (an empty labelled line only looks unfinished)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    first, *rest = lines
    return [labelled(label, first), *paragraphs("\n".join(rest), "detail")]


def _terms(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    flowables: list[Flowable] = [para(w.text("terms.intro"), "body_indent")]
    for index, term in enumerate(doc.terms, start=1):
        flowables += _term(index, term, w)
    reached = w.text("terms.reached_on", date=vietnamese_date(doc.reached_on))
    return [*flowables, para(reached, "lead")]


def _term(index: int, term: TermLine, w: Wording) -> list[Flowable]:
    """One term: who must do what, by when; never split across pages."""
    deadline = (w.text("terms.deadline_date", date=short_date(term.deadline))
                if term.deadline else w.text("terms.no_deadline"))
    return kept_together([
        para(w.text("terms.term", index=index), "lead"),
        labelled(w.text("terms.obliged"), term.obliged),
        *_labelled_text(w.text("terms.content"), term.content),
        labelled(w.text("terms.deadline"), deadline),
    ])


def _performance(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    how = paragraphs(doc.agreement_note) or [para(w.text("performance.default"), "body_indent")]
    return [*how, para(w.text("performance.monitoring"), "body_indent")]


def _court(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    return [para(w.text("court.text", date=vietnamese_date(doc.reached_on)), "body_indent")]


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
            para(w.text("closing.commitment"), "body_indent"),
            para(w.text("closing.read_back"), "body_indent"),
            para(w.text(copies_key, copies=_copies(doc)), "body_indent")]


def _copies(doc: AgreementDocument) -> int:
    return doc.copies or len(_with_role(doc, ParticipantRole.PARTY)) + 1


def _signatures(doc: AgreementDocument, w: Wording) -> list[Flowable]:
    parties = [_signer(w.text("signatures.party", ordinal=_ordinal(i, w)), p.full_name, w)
               for i, p in enumerate(_with_role(doc, ParticipantRole.PARTY), start=1)]
    others = [_signer(w.text(f"signatures.{key}"), p.full_name, w)
              for role, key in _OTHER_SIGNERS for p in _with_role(doc, role)]
    mediators = [_signer(_mediator_role(m, w), m.full_name, w) for m in doc.mediators]
    return [row for group in (parties, others, mediators) if group
            for row in signature_block(group, columns=_columns_for(len(group)))]


def _columns_for(signers: int) -> int:
    """Three to a row once a group has three signers: fewer rows, so the signatures rarely
    spill onto a page of their own."""
    return 3 if signers >= 3 else 2


# Related persons sign too: a court recognises the agreement only with the consent of third
# parties whose rights it affects. Invited persons do not sign.
_OTHER_SIGNERS = (
    (ParticipantRole.RELATED, "related"),
    (ParticipantRole.REPRESENTATIVE, "representative"),
)


def _signer(role: str, name: str, w: Wording) -> Signer:
    return Signer(role=role, name=name, hint=w.text("signatures.hint"),
                  fingerprint_label=w.text("signatures.fingerprint"))


def _mediator_role(mediator: MediatorLine, w: Wording) -> str:
    return w.text("signatures.leader" if mediator.role == MediatorRole.LEADER
                  else "signatures.member")


# --- small helpers ----------------------------------------------------------------------------


def _with_role(doc: AgreementDocument, role: ParticipantRole) -> list[PersonLine]:
    return [p for p in doc.participants if p.role == role]


_HONORIFICS = {Sex.MALE: "people.male", Sex.FEMALE: "people.female"}


def _honorific(sex: Sex | None, w: Wording) -> str:
    """Ông / Bà, or Ông/Bà when the sex was not recorded."""
    key = _HONORIFICS.get(Sex(sex)) if sex else None
    return w.text(key or "people.unknown_sex")


def _ordinal(index: int, w: Wording) -> str:
    """``thứ nhất``, ``thứ hai``... from the wording file, then ``thứ 11``."""
    ordinals = w.texts("people.ordinals")
    if index <= len(ordinals):
        return ordinals[index - 1]
    return w.text("people.ordinal_other", n=index)
