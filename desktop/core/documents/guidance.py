"""The court-recognition guidance sheet (DOMAIN.md §2.9): data in, PDF bytes out.

It names the court, the last day to file (computed in ``domain.deadlines``), the conditions and
what to bring. It never claims that the written agreement is enforceable. Wording in
``resources/documents/guidance.toml``.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from desktop.core.documents import parts
from desktop.core.documents.data import GuidanceDocument
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    labelled,
    national_header,
    para,
    roman,
    section_heading,
    short_date,
    signature_block,
    vietnamese_date,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording


def default_court() -> str:
    """The court printed when the settings name none."""
    return load_wording("guidance").text("default_court")


def _courts() -> list[tuple[date, str]]:
    rows = load_wording("guidance").rows("court_by_date")
    return sorted((date.fromisoformat(str(r["from"])), str(r["name"])) for r in rows)


def court_on(day: date) -> str:
    """The competent court as it was called on ``day``: the district court before 1 July 2025,
    the regional court from then on (``court_by_date`` in the wording)."""
    names = [name for start, name in _courts() if start <= day]
    return names[-1] if names else _courts()[0][1]


def is_current_court_era(day: date) -> bool:
    """True when ``day`` falls in the time of today's courts, so a court named in the settings
    (today's court) may be printed on a sheet of that date."""
    return day >= _courts()[-1][0]


def render_guidance(doc: GuidanceDocument) -> bytes:
    """The guidance sheet as PDF bytes."""
    w = load_wording("guidance")
    spec = DocumentSpec(title=w.text("document.pdf_title", case_number=doc.case.case_number),
                        author=doc.case.author or doc.case.team.name,
                        subject=w.text("document.pdf_subject", case_title=doc.case.case_title))
    # the last note stays with the signature; a page it cannot fit on is closed before it
    *body, last = _sections(doc, w)
    return build_pdf(spec, [*_top(doc, w), *body, *signed_ending([last], _signature(doc, w))])


def _top(doc: GuidanceDocument, w: Wording) -> list[Flowable]:
    team = doc.case.team
    number = w.text("document.number", case_number=doc.case.case_number)
    header = national_header(parts.issuer(team), number,
                             vietnamese_date_line(team.commune, doc.issued_on))
    title = document_title(w.text("document.title"),
                           w.text("document.subtitle", case_number=doc.case.case_number,
                                  case_title=doc.case.case_title))
    opening = w.text("document.opening", date=vietnamese_date(doc.reached_on),
                     team_name=team.name)
    parties = [para(w.text("document.party", honorific=parts.honorific(p.sex),
                           name=p.full_name), "detail") for p in doc.parties]
    return [header, *title, para(opening, "body_indent"), *parties,
            para(w.text("document.purpose"), "body_indent")]


def _sections(doc: GuidanceDocument, w: Wording) -> list[Flowable]:
    contents = (("court", [para(w.text("court.text", court=doc.court), "body_indent")]),
                ("deadline", _deadline(doc, w)), ("conditions", _items(w, "conditions.items")),
                ("bring", _items(w, "bring.items")), ("team", _team(doc, w)),
                ("notes", _items(w, "notes.items")))
    flowables: list[Flowable] = []
    for index, (key, content) in enumerate(contents, start=1):
        flowables += [section_heading(f"{roman(index)}.", w.text(f"headings.{key}")), *content]
    return flowables


def _deadline(doc: GuidanceDocument, w: Wording) -> list[Flowable]:
    text = w.text("deadline.text", reached=short_date(doc.reached_on),
                  deadline=short_date(doc.deadline))
    moved = ([para(w.text("deadline.moved", corresponding=short_date(doc.corresponding_day),
                          deadline=short_date(doc.deadline)), "detail")]
             if doc.corresponding_day and doc.corresponding_day != doc.deadline else [])
    passed = ([para(w.text("deadline.passed", today=short_date(doc.issued_on)), "lead")]
              if doc.issued_on > doc.deadline else [])
    return [para(text, "lead"), *moved, *passed, para(w.text("deadline.advice"), "body_indent")]


def _items(w: Wording, key: str) -> list[Flowable]:
    return [para(f"{index}. {item}", "detail")
            for index, item in enumerate(w.texts(key), start=1)]


def _team(doc: GuidanceDocument, w: Wording) -> list[Flowable]:
    team = doc.case.team
    return [labelled(w.text("team.name"), team.name),
            labelled(w.text("team.address"), parts.team_address(team)),
            para(w.text("team.case", case_number=doc.case.case_number,
                        reached=short_date(doc.reached_on)), "detail")]


def _signature(doc: GuidanceDocument, w: Wording) -> list[Flowable]:
    signer = Signer(role=w.text("signature.role"), name=doc.leader,
                    hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), signer])
