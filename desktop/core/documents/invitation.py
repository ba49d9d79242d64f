"""Invitations to a hearing (giấy mời): data in, PDF bytes out.

One PDF with one page for each invitee (party, related person, representative, invited person):
the team prints once and hands out the pages; every page is a whole invitation, signed by the
team leader. Wording in ``resources/documents/invitation.toml``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import InvitationDocument, PersonLine
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    kept_together,
    labelled,
    national_header,
    para,
    signature_block,
    vietnamese_date,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording


def render_invitation(doc: InvitationDocument) -> bytes:
    """Every invitation of the hearing, one page each, as PDF bytes."""
    w = load_wording("invitation")
    spec = DocumentSpec(
        title=w.text("document.pdf_title", index=doc.hearing_index,
                     case_number=doc.case.case_number),
        author=doc.case.author or doc.case.team.name,
        subject=w.text("document.pdf_subject", case_title=_title(doc, w)),
        page_numbers=False)  # every page is a letter of its own
    story: list[Flowable] = []
    for person in doc.invitees:
        story += [*_page(doc, person, w), PageBreak()]
    return build_pdf(spec, story[:-1])


def _page(doc: InvitationDocument, person: PersonLine, w: Wording) -> list[Flowable]:
    team = doc.case.team
    number = w.text("document.number", case_number=doc.case.case_number,
                    index=doc.hearing_index)
    header = national_header(parts.issuer(team), number,
                             vietnamese_date_line(team.commune, doc.issued_on))
    title = document_title(w.text("document.title"), w.text("document.subtitle"))
    return [header, *title, *_invitee(doc, person, w), *_hearing(doc, w),
            *_bring(person, w),
            para(w.text("body.closing", honorific=parts.honorific(person.sex)), "body_indent"),
            Spacer(1, 10), *_signature(doc, w)]


def _invitee(doc: InvitationDocument, person: PersonLine, w: Wording) -> list[Flowable]:
    name = w.text("body.invitee", honorific=parts.honorific(person.sex), name=person.full_name)
    lines = [para(w.text("body.invites", team_name=doc.case.team.name), "body_indent"),
             para(name, "title"),
             labelled(w.text("body.capacity"), parts.role_name(person.role, doc.case.group))]
    if person.address.strip():
        lines.append(labelled(w.text("body.address"), person.address))
    return [*lines, Spacer(1, 4)]


def _title(doc: InvitationDocument, w: Wording) -> str:
    """The matter as an invitation names it: a sensitive case (a risk of domestic violence...)
    by its number only, since an invitation passes through other hands (Law 35/2013 Art. 4)."""
    if doc.case.sensitive:
        return w.text("body.sensitive_title", case_number=doc.case.case_number)
    return doc.case.case_title


def _hearing(doc: InvitationDocument, w: Wording) -> list[Flowable]:
    hearing, when = doc.hearing, doc.hearing.held_at
    key = "body.attend_sensitive" if doc.case.sensitive else "body.attend"
    attend = w.text(key, case_title=doc.case.case_title,
                    case_number=doc.case.case_number, index=doc.hearing_index)
    time = w.text("body.time_value", hour=when.hour, minute=when.minute,
                  weekday=w.texts("body.weekdays")[when.weekday()],
                  date=vietnamese_date(when.date()))
    form = w.text("body.public" if hearing.is_public else "body.private")
    return [para(attend, "body_indent"), labelled(w.text("body.time"), time),
            labelled(w.text("body.place"), hearing.place),
            labelled(w.text("body.form"), form)]


def _bring(person: PersonLine, w: Wording) -> list[Flowable]:
    items = [para(f"- {item}", "detail") for item in w.texts(f"bring.{person.role.value}")]
    return kept_together([para(w.text("body.bring"), "label"), *items])


def _signature(doc: InvitationDocument, w: Wording) -> list[Flowable]:
    signer = Signer(role=w.text("signature.role"), name=doc.leader,
                    hint=w.text("signature.hint"))
    # on the right half of the page, as in official letters: an empty place on the left
    return signature_block([Signer(role="", name=""), signer])

