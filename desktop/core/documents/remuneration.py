"""The request for mediators' remuneration (Joint Circular 100/2014/TTLT-BTC-BTP): data in,
PDF out.

The mediator's request (or the team's, for all its mediators) over a period, under its own
serial number: the mediator's and the team's names and addresses, the cases that ended (either
outcome) and were not claimed before, the amount in figures and in words, the mediator's
signature and the leader's confirmation. Wording in ``resources/documents/remuneration.toml``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.amount_words import amount_in_words
from desktop.core.documents.data import RemunerationCase, RemunerationDocument
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
    CELL_SIZE,
    DocumentSpec,
    Signer,
    build_pdf,
    content_width,
    document_title,
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


def _cell(text: str, *, centred: bool = False, bold: bool = False) -> Flowable:
    """A cell in the layout's table type (CELL_SIZE), not the logbook's small one."""
    return cell(text, centred=centred, bold=bold, size=CELL_SIZE)



def vnd(amount: int) -> str:
    """``1.200.000 đồng``: thousands separated by dots, as Vietnamese documents write them."""
    number = f"{amount:,}".replace(",", ".")
    return load_wording("remuneration").text("amount.currency", number=number)


def render_remuneration(doc: RemunerationDocument) -> bytes:
    """The remuneration request as PDF bytes."""
    w = load_wording("remuneration")
    spec = DocumentSpec(title=w.text("document.pdf_title", number=doc.number,
                                     start=short_date(doc.start), end=short_date(doc.end)),
                        author=doc.author or doc.team.name)
    # the amount's last line stays with the signatures (a page holding only signatures
    # invites doubt), and a page they cannot fit on is closed before them
    *body, amount_heading = _sections(doc, w)
    ending = signed_ending([amount_heading, *_amount(doc, w)], _signature(doc, w))
    return build_pdf(spec, [*_top(doc, w), *body, *ending])


def _top(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    team = doc.team
    header = national_header(parts.issuer(team), w.text("document.number", number=doc.number),
                             vietnamese_date_line(team.commune, doc.issued_on))
    dates = {"start": short_date(doc.start), "end": short_date(doc.end)}
    subtitle = (w.text("document.subtitle_mediator", mediator=doc.mediator, **dates)
                if doc.mediator else w.text("document.subtitle_team", **dates))
    commune = parts.in_sentence(team.commune)
    request = (w.text("document.request_mediator", commune=commune) if doc.mediator
               else w.text("document.request_team", team_name=team.name, commune=commune))
    return [header, *document_title(w.text("document.title"), subtitle),
            para(w.text("document.addressee", commune=commune), "center"), Spacer(1, 8),
            para(w.text("document.basis", source=doc.source), "body_indent"),
            para(request, "body_indent")]


def _sections(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    team = [labelled(w.text("team.name"), doc.team.name),
            labelled(w.text("team.address"), parts.team_address(doc.team))]
    contents: list[tuple[str, list[Flowable]]] = [
        ("mediator", _mediator(doc, w)), ("team", team), ("cases", [_cases(doc, w)]),
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
    address = doc.mediator_address.strip() or w.text("mediator.missing")
    return [labelled(w.text("mediator.name"), doc.mediator),
            labelled(w.text("mediator.address"), address)]


_SHARES = (0.08, 0.12, 0.30, 0.16, 0.12, 0.22)
_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _cases(doc: RemunerationDocument, w: Wording) -> Flowable:
    if not doc.cases:
        return para(w.text("cases.none"), "detail")
    head = [_cell(text, centred=True, bold=True) for text in w.texts("cases.columns")]
    rows = [_row(i, case, w) for i, case in enumerate(doc.cases, start=1)]
    width = content_width(DocumentSpec(title=""))
    return table([head, *rows], [width * s for s in _SHARES], _GRID, repeat_rows=1)


def _row(index: int, case: RemunerationCase, w: Wording) -> list[Flowable]:
    result = w.text("cases.successful" if case.status is CaseStatus.SUCCESSFUL
                    else "cases.unsuccessful")
    return [_cell(str(index), centred=True), _cell(case.case_number), _cell(case.title),
            _cell(short_date(case.closed_on), centred=True), _cell(result),
            _cell(", ".join(case.mediators))]


def _amount(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    elsewhere = ([para(w.text("amount.elsewhere", numbers=", ".join(doc.claimed_elsewhere)),
                       "detail")] if doc.claimed_elsewhere else [])
    return [para(w.text("amount.cases", count=len(doc.cases)), "detail"),
            para(w.text("amount.rate", rate=vnd(doc.rate)), "detail"),
            para(w.text("amount.total", amount=vnd(doc.amount)), "lead"),
            para(w.text("amount.in_words", words=amount_in_words(doc.amount)), "detail"),
            para(w.text("amount.once"), "detail"), *elsewhere]


def _signature(doc: RemunerationDocument, w: Wording) -> list[Flowable]:
    """The mediator signs the request and the leader confirms it; the team's own request is
    signed by its leader."""
    hint = w.text("signature.hint")
    if not doc.mediator:
        return signature_block([Signer(role="", name=""),
                                Signer(role=w.text("signature.role"), name=doc.leader,
                                       hint=hint)])
    return signature_block([Signer(role=w.text("signature.confirmer"), name=doc.leader,
                                   hint=hint),
                            Signer(role=w.text("signature.requester"), name=doc.mediator,
                                   hint=hint)])
