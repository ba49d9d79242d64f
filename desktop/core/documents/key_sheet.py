"""The recovery sheet of a book's exchange key: data in, PDF bytes out.

The code is printed in 14 groups of 4 characters (Crockford base32, see
``desktop.core.exchange.keys``) in a table, large, so it can be typed back without mistakes.
Wording in ``resources/documents/key_sheet.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.core.documents.endings import signed_ending
from desktop.core.documents.fonts import BOLD
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    escape_text,
    national_header,
    para,
    section_heading,
    signature_block,
    table,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording

GROUPS_PER_ROW = 7
_CODE_STYLE = ParagraphStyle("key_code", fontName=BOLD, fontSize=14, leading=19, alignment=1)
_FINGERPRINT_STYLE = ParagraphStyle("key_fingerprint", fontName=BOLD, fontSize=13, leading=18,
                                    alignment=1)


@dataclass(frozen=True)
class KeySheet:
    holder: str  # the team's or the ward's name
    is_ward: bool
    commune: str
    code: str  # groups joined by "-"
    fingerprint: str
    key_id: str
    printed_on: date


def render_key_sheet(sheet: KeySheet) -> bytes:
    w = load_wording("key_sheet")
    spec = DocumentSpec(title=w.text("document.pdf_title", holder=sheet.holder),
                        author=sheet.holder, subject=w.text("document.pdf_subject"))
    # the last care item stays with the keeper's signature (issue #12, item 4)
    return build_pdf(spec, [*_top(sheet, w), *_code(sheet, w), *_items(w, "restore"),
                            *signed_ending(_items(w, "care"), _signature(w))])


def _top(sheet: KeySheet, w: Wording) -> list[Flowable]:
    issuer = [sheet.commune, sheet.holder] if sheet.commune and not sheet.is_ward else [
        sheet.holder]
    header = national_header(issuer, w.text("document.number", short=sheet.key_id[:8].upper()),
                             vietnamese_date_line(sheet.commune or sheet.holder,
                                                  sheet.printed_on))
    subtitle = w.text("document.subtitle_ward" if sheet.is_ward else "document.subtitle_team",
                      holder=sheet.holder)
    return [header, *document_title(w.text("document.title"), subtitle),
            para(w.text("document.intro", holder=sheet.holder), "body_indent")]


def _code(sheet: KeySheet, w: Wording) -> list[Flowable]:
    groups = sheet.code.split("-")
    rows = [[Paragraph(escape_text(group), _CODE_STYLE) for group in
             groups[start:start + GROUPS_PER_ROW]]
            for start in range(0, len(groups), GROUPS_PER_ROW)]
    grid = table(rows, ["14.28%"] * GROUPS_PER_ROW,
                 [("GRID", (0, 0), (-1, -1), 0.8, "black"),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                  ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)])
    return [section_heading("I.", w.text("code.heading")), para(w.text("code.hint"), "detail"),
            Spacer(1, 6), grid, Spacer(1, 6), para(w.text("code.fingerprint"), "detail"),
            Paragraph(escape_text(sheet.fingerprint), _FINGERPRINT_STYLE)]


def _items(w: Wording, key: str) -> list[Flowable]:
    number = {"restore": "II.", "care": "III."}[key]
    return [section_heading(number, w.text(f"{key}.heading")),
            *[para(f"{index}. {item}", "detail")
              for index, item in enumerate(w.texts(f"{key}.items"), start=1)]]


def _signature(w: Wording) -> list[Flowable]:
    keeper = Signer(role=w.text("signature.keeper"), name="", hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), keeper])
