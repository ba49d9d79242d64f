"""The report for a village convention's annual review: data in, PDF out.

Communities review their convention every year (Decree 61/2023/NĐ-CP, usually around 18
November); what they lack is evidence of which articles disputes keep citing. This report gives
it for a period: the versions in force, a table of the cited articles with the outcomes of the
cases (successful / unsuccessful / other), and the articles never cited. A4 portrait: six
columns fit. Wording in ``resources/documents/convention_review.toml``.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import ConventionReviewDocument, ReviewLine, ReviewVersionLine
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
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
    vietnamese_date_line,
)
from desktop.core.documents.logbook_summary import cell
from desktop.core.documents.templates import Wording, load_wording

_SHARES = (0.10, 0.42, 0.12, 0.12, 0.12, 0.12)
_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]


def render_convention_review(doc: ConventionReviewDocument) -> bytes:
    """The annual review report as PDF bytes."""
    w = load_wording("convention_review")
    period = {"start": short_date(doc.start), "end": short_date(doc.end)}
    spec = DocumentSpec(title=w.text("document.pdf_title", title=doc.convention_title, **period),
                        author=doc.author or doc.team.name,
                        subject=w.text("document.pdf_subject", title=doc.convention_title))
    ending = signed_ending([Spacer(1, 6), para(w.text("closing.reminder"), "body_indent")],
                           _signature(doc, w))
    return build_pdf(spec, [*_top(doc, w), *_sections(doc, w), *ending])


def _top(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    header = national_header(parts.issuer(doc.team), w.text("document.number"),
                             vietnamese_date_line(doc.team.commune, doc.issued_on))
    period = {"start": short_date(doc.start), "end": short_date(doc.end)}
    title = document_title(w.text("document.title"), w.text("document.subtitle", **period))
    purpose = w.text("document.purpose", title=doc.convention_title, team_name=doc.team.name,
                     **period)
    return [header, *title, para(purpose, "body_indent")]


def _sections(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    contents = (("convention", _convention(doc, w)), ("cited", _cited(doc, w)),
                ("never_cited", _never_cited(doc, w)))
    flowables: list[Flowable] = []
    for index, (key, content) in enumerate(contents, start=1):
        flowables += [section_heading(f"{roman(index)}.", w.text(f"headings.{key}")), *content]
    return flowables


# --- I. the convention and its versions -------------------------------------------------------


def _convention(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    lines = [labelled(w.text("convention.title"), doc.convention_title)]
    if doc.village.strip():
        lines.append(labelled(w.text("convention.village"), doc.village))
    lines.append(para(w.text("convention.versions"), "detail"))
    lines += [para("- " + version_text(v, w), "detail") for v in doc.versions]
    return lines


def _day(day: date | None, w: Wording) -> str:
    return short_date(day) if day else w.text("convention.unknown")


def version_text(version: ReviewVersionLine, w: Wording) -> str:
    """A version with its recognition decision and where it stands."""
    status = _status_text(version, w)
    if not version.decision_no:
        return w.text("convention.version_no_decision", effective=_day(version.effective_on, w),
                      status=status)
    return w.text("convention.version", decision=version.decision_no,
                  date=_day(version.decision_date, w), effective=_day(version.effective_on, w),
                  status=status)


def _status_text(version: ReviewVersionLine, w: Wording) -> str:
    status = w.text(f"statuses.{version.status.value}")
    if version.status_decision_no and version.status_since:
        return w.text("convention.status_decision", status=status,
                      decision=version.status_decision_no,
                      date=_day(version.status_decision_date, w),
                      since=short_date(version.status_since))
    if version.status_since and version.status.value != "in_force":
        return w.text("convention.status_since", status=status,
                      since=short_date(version.status_since))
    return status


# --- II. the cited articles -------------------------------------------------------------------


def _cited(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    if not doc.cited:
        return [para(w.text("cited.none"), "body_indent")]
    head = [cell(text, centred=True, bold=True) for text in w.texts("cited.columns")]
    rows = [_row(row, w) for row in doc.cited]
    width = content_width(DocumentSpec(title=""))
    grid = table([head, *rows], [width * share for share in _SHARES], _GRID, repeat_rows=1)
    return [Spacer(1, 4), grid, Spacer(1, 4),
            para(w.text("cited.total", count=doc.total_cases), "detail"),
            para(w.text("cited.other_note"), "detail")]


def _row(row: ReviewLine, w: Wording) -> list[Flowable]:
    counts = (row.cases, row.successful, row.unsuccessful, row.other)
    return [cell(w.text("cited.article", number=row.number), centred=True), cell(row.title),
            *[cell(str(count) if count else "-", centred=True) for count in counts]]


# --- III. the articles never cited ------------------------------------------------------------


def _never_cited(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    never = doc.never_cited
    if not never:
        return [para(w.text("never_cited.none"), "body_indent")]
    items = [para(w.text("never_cited.item", number=row.number, title=row.title), "detail")
             for row in never]
    half = (len(items) + 1) // 2  # two columns, read down the first, then the second
    rows = [[items[i], items[i + half] if i + half < len(items) else ""] for i in range(half)]
    listing = table(rows, ["50%", "50%"], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [para(w.text("never_cited.intro", count=len(never)), "body_indent"), listing]


def _signature(doc: ConventionReviewDocument, w: Wording) -> list[Flowable]:
    signer = Signer(role=w.text("signature.role"), name=doc.leader,
                    hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), signer])
