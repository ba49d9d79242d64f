"""Pieces shared by the case documents: the issuer, people with their identity, hearings,
signers. Wording from ``resources/documents/common.toml``."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from desktop.core.documents.data import HearingLine, MediatorLine, PersonLine, TeamInfo
from desktop.core.documents.layout import (
    Signer,
    kept_together,
    labelled,
    para,
    paragraphs,
    short_date,
    vietnamese_date,
)
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import MediatorRole, ParticipantRole, Sex


def common() -> Wording:
    return load_wording("common")


def team_address(team: TeamInfo) -> str:
    parts = (team.village, team.district_legacy, team.commune, team.province)
    return team.address.strip() or ", ".join(p.strip() for p in parts if p.strip())


def in_sentence(unit: str) -> str:
    """A commune-level unit's name as written inside a sentence: "Phường Yên Hòa" becomes
    "phường Yên Hòa" (the kind lower case, the name as it is)."""
    unit = unit.strip()
    for kind in common().texts("units.kinds"):
        if unit.casefold().startswith(kind.casefold() + " "):
            return kind.lower() + unit[len(kind):]
    return unit


def issuer(team: TeamInfo) -> list[str]:
    """The left header column: the commune over the team."""
    return [team.commune, team.name]


def honorific(sex: Sex | None) -> str:
    key = {Sex.MALE: "people.male", Sex.FEMALE: "people.female"}.get(Sex(sex)) if sex else None
    return common().text(key or "people.unknown_sex")


def ordinal(index: int) -> str:
    ordinals = common().texts("people.ordinals")
    if index <= len(ordinals):
        return ordinals[index - 1]
    return common().text("people.ordinal_other", n=index)


def with_role(people: Sequence[PersonLine], role: ParticipantRole) -> list[PersonLine]:
    return [p for p in people if p.role == role]


def mediator_line(index: int, mediator: MediatorLine) -> Flowable:
    w = common()
    role = w.text("team.leader" if mediator.role == MediatorRole.LEADER else "team.member")
    return para(w.text("team.mediator", index=index, honorific=honorific(mediator.sex),
                       name=mediator.full_name, role=role), "detail")


def role_name(role: ParticipantRole, group: str = "") -> str:
    """A participant's role in words; a party as fits the matter's group ("Bên mâu thuẫn" in
    a conflict, "Bên tranh chấp" in a dispute)."""
    w = common()
    if role is ParticipantRole.PARTY and group:
        try:
            return w.text(f"party_by_group.{group}")
        except KeyError:
            pass
    return w.text(f"roles.{role.value}")


def mediator_role(mediator: MediatorLine) -> str:
    return common().text("roles.leader" if mediator.role == MediatorRole.LEADER
                         else "roles.member")


def party_name_line(index: int, party: PersonLine) -> str:
    key = "people.party_requested" if party.requested_mediation else "people.party"
    return common().text(key, ordinal=ordinal(index), name=party.full_name,
                         honorific=honorific(party.sex))


def requesters(people: Sequence[PersonLine]) -> list[PersonLine]:
    """The parties marked as having asked for mediation; [] for older cases (never a guess)."""
    return [p for p in with_role(people, ParticipantRole.PARTY) if p.requested_mediation]


def requester_names(people: Sequence[PersonLine]) -> str:
    """"ông Nguyễn Văn An và bà Đặng Thị Bình": the parties who asked, inside a sentence;
    "" when nobody was marked."""
    w = common()
    names = [w.text("people.named_in_sentence", honorific=honorific(p.sex).lower(),
                    name=p.full_name) for p in requesters(people)]
    if len(names) < 2:
        return "".join(names)
    return w.text("people.joiner").join(names[:-1]) + w.text("people.last_joiner") + names[-1]


def party_blocks(parties: Sequence[PersonLine], *, phones: bool = False) -> list[Flowable]:
    """Each party with full identity; missing items print as a line to fill by hand.

    Phone numbers only on the team's own papers (``phones``): each party takes a copy of an
    agreement or a record home, and a copy must not give one party the other's phone (Law
    35/2013 Art. 4, respect for privacy); the identity a court needs has no phone in it."""
    flowables: list[Flowable] = []
    for index, party in enumerate(parties, start=1):
        flowables += person_block(party_name_line(index, party), party, required=True,
                                  phones=phones)
    return flowables


def group_blocks(people: Sequence[PersonLine], role: ParticipantRole,
                 label_key: str, *, phones: bool = False) -> list[Flowable]:
    """Related, representatives or invited persons under their label (nothing if none)."""
    members = with_role(people, role)
    flowables: list[Flowable] = [para(common().text(label_key), "label")] if members else []
    for index, person in enumerate(members, start=1):
        name_line = common().text("people.person", index=index, name=person.full_name,
                                  honorific=honorific(person.sex))
        flowables += person_block(name_line, person, required=False, phones=phones)
    return flowables


def other_people(people: Sequence[PersonLine], *, phones: bool = False) -> list[Flowable]:
    return [*group_blocks(people, ParticipantRole.RELATED, "people.related", phones=phones),
            *group_blocks(people, ParticipantRole.REPRESENTATIVE, "people.representatives",
                          phones=phones),
            *group_blocks(people, ParticipantRole.INVITED, "people.invited", phones=phones)]


def person_block(name_line: str, person: PersonLine, *, required: bool,
                 phones: bool = False) -> list[Flowable]:
    return kept_together([para(name_line, "lead"),
                          *identity(person, required=required, phones=phones)])


_REQUIRED = frozenset({"birth_date", "citizen_id", "address"})


def identity(person: PersonLine, *, required: bool, phones: bool = False) -> list[Flowable]:
    w = common()
    blank = w.text("people.missing") if required else ""
    fields = [(key, value.strip() or (blank if key in _REQUIRED else ""))
              for key, value in identity_fields(person) if phones or key != "phone"]
    return [labelled(w.text(f"people.{key}"), value) for key, value in fields if value]


def identity_fields(person: PersonLine) -> list[tuple[str, str]]:
    return [birth(person), ("citizen_id", person.citizen_id or ""), ("address", person.address),
            ("phone", person.phone), ("represents", person.represents)]


def birth(person: PersonLine) -> tuple[str, str]:
    if person.birth_date is not None:
        return "birth_date", short_date(person.birth_date)
    if person.birth_year is not None:
        return "birth_year", str(person.birth_year)
    return "birth_date", ""


def labelled_text(label: str, text: str) -> list[Flowable]:
    """``Label: first line`` then further lines as paragraphs; nothing when empty."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    first, *rest = lines
    return [labelled(label, first), *paragraphs("\n".join(rest), "detail")]


def hearing_heading(index: int, hearing: HearingLine) -> str:
    w = common()
    form = w.text("hearings.public" if hearing.is_public else "hearings.private")
    when = hearing.held_at
    return w.text("hearings.hearing", index=index, hour=when.hour, minute=when.minute,
                  date=vietnamese_date(when.date()), place=hearing.place, form=form)


def hearing_blocks(hearings: Sequence[HearingLine]) -> list[Flowable]:
    w = common()
    if not hearings:
        return [para(w.text("hearings.none"), "body_indent")]
    flowables: list[Flowable] = []
    for index, hearing in enumerate(hearings, start=1):
        flowables += [para(hearing_heading(index, hearing), "label"),
                      *labelled_text(w.text("hearings.course"), hearing.course),
                      *labelled_text(w.text("hearings.result"), hearing.result)]
    return flowables


def signer(role: str, name: str, *, fingerprint: bool = True) -> Signer:
    """A signer told to sign or fingerprint, with a box for it; without a box, to sign."""
    w = common()
    hint = w.text("signatures.hint" if fingerprint else "signatures.sign_only")
    return Signer(role=role, name=name, hint=hint,
                  fingerprint_label=w.text("signatures.fingerprint") if fingerprint else None)


def mediator_signers(mediators: Sequence[MediatorLine]) -> list[Signer]:
    """Mediators sign or fingerprint like the parties (Law 35/2013 Art. 24), each with a box."""
    return [signer(mediator_role(m), m.full_name) for m in mediators]
