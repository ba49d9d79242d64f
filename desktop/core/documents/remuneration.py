"""The request for mediators' remuneration (Decree 15/2014/NĐ-CP, Art. 15): data in, PDF out.

For one mediator or the whole team over a period, with the list of cases that ended (either
outcome) and the amount: cases × the provincial rate from the settings. Wording in
``resources/documents/remuneration.toml``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import RemunerationCase, RemunerationDocument
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    content_width,
    document_title,
    kept_together,
    labelled,
    national_header,
    para,
    roman,
    section_heading,
    short_date,
    signature_block,
    table,
    table_heading,
    vietnamese_date_line,
)
from desktop.core.documents.logbook_summary import cell
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import CaseStatus


def vnd(amount: int) -> str:
    """``1.200.000 đồng``: thousands separated by dots, as Vietnamese documents write them."""
    number = f"{amount:,}".replace(",", ".")
    return load_wording("remuneration").text("amount.currency", number=number)


def render_remuneration(doc: RemunerationDocument) -> bytes:
    """The remuneration request as PDF bytes."""
    w = load_wording("remuneration")
    spec = DocumentSpec(title=w.text("document.pdf_title", start=short_date(doc.start),
                                     end=short_date(doc.end)),
                        author=doc.author or doc.team.name)
    *body, amount_heading = _sections(doc, w)
    # the amount stays with the signature: a page holding only a signature invites doubt
    ending = kept_together([amount_heading, *_amount(doc, w), Spacer(1, 10),
                            *_signature(doc, w)])
    return build_pdf(spec, [*_top(doc, w), *body, *ending])


def _top(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    team = doc.team
    header = national_header(parts.issuer(team), w.text("document.number", year=doc.end.year),
                             vietnamese_date_line(team.commune, doc.issued_on))
    dates = {"start": short_date(doc.start), "end": short_date(doc.end)}
    subtitle = (w.text("document.subtitle_mediator", mediator=doc.mediator, **dates)
                if doc.mediator else w.text("document.subtitle_team", **dates))
    return [header, *document_title(w.text("document.title"), subtitle),
            para(w.text("document.addressee", commune=team.commune), "center"), Spacer(1, 8),
            para(w.text("document.basis", team_name=team.name, commune=team.commune),
                 "body_indent")]


def _sections(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    team = [labelled(w.text("team.name"), doc.team.name),
            labelled(w.text("team.address"), parts.team_address(doc.team))]
    contents: list[tuple[str, list[Flowable]]] = [
        ("team", team), ("mediator", _mediator(doc, w)), ("cases", [_cases(doc, w)]),
        ("amount", [])]
    flowables: list[Flowable] = []
    for index, (key, content) in enumerate(contents, start=1):
        number, heading = f"{roman(index)}.", w.text(f"headings.{key}")
        flowables += [*(table_heading(number, heading) if key == "cases" and doc.cases
                        else [section_heading(number, heading)]), *content]
    return flowables


def _mediator(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    if not doc.mediator:
        return [para(w.text("mediator.all"), "detail")]
    lines = [labelled(w.text("mediator.name"), doc.mediator)]
    if doc.mediator_address.strip():
        lines.append(labelled(w.text("mediator.address"), doc.mediator_address))
    return lines


_SHARES = (0.07, 0.13, 0.33, 0.13, 0.12, 0.22)
_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _cases(doc: RemunerationDocument, w: Wording) -> Flowable:
    if not doc.cases:
        return para(w.text("cases.none"), "detail")
    head = [cell(text, centred=True, bold=True) for text in w.texts("cases.columns")]
    rows = [_row(i, case, w) for i, case in enumerate(doc.cases, start=1)]
    width = content_width(DocumentSpec(title=""))
    return table([head, *rows], [width * s for s in _SHARES], _GRID, repeat_rows=1)


def _row(index: int, case: RemunerationCase, w: Wording) -> list[Flowable]:
    result = w.text("cases.successful" if case.status is CaseStatus.SUCCESSFUL
                    else "cases.unsuccessful")
    return [cell(str(index), centred=True), cell(case.case_number), cell(case.title),
            cell(short_date(case.closed_on), centred=True), cell(result),
            cell(", ".join(case.mediators))]


def _amount(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    return [para(w.text("amount.cases", count=len(doc.cases)), "detail"),
            para(w.text("amount.rate", rate=vnd(doc.rate)), "detail"),
            para(w.text("amount.total", amount=vnd(doc.amount)), "lead"),
            para(w.text("amount.in_words"), "detail")]


def _signature(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    signer = Signer(role=w.text("signature.role"), name=doc.leader,
                    hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), signer])
