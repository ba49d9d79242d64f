"""The recovery sheet of an encrypted case book: data in, PDF bytes out.

It carries the recovery key (``desktop.core.security.recovery``) large, in a grid of its seven
groups, how to use it when a password is forgotten, and how to keep it. Wording in
``resources/documents/recovery_sheet.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

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
from desktop.core.files import atomic_write

_KEY_STYLE = ParagraphStyle("recovery_key", fontName=BOLD, fontSize=14, leading=18,
                            alignment=1)


@dataclass(frozen=True)
class RecoverySheet:
    book: str  # the book file's name
    holder: str  # the team's (or the ward's) name, or "" before the team is set up
    commune: str
    recovery_key: str  # groups joined by "-"
    printed_on: date


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    w = load_wording("recovery_sheet")
    spec = DocumentSpec(title=w.text("document.pdf_title", book=sheet.book),
                        author=sheet.holder or sheet.book, subject=w.text("document.pdf_subject"))
    return build_pdf(spec, [*_top(sheet, w), *_key(sheet, w), *_items(w, "recover", "II."),
                            *_items(w, "care", "III."), *_signature(w)])


def write_recovery_sheet(target: Path, book: Path, recovery_key: str, holder: str = "",
                         commune: str = "") -> None:
    atomic_write(target, render_recovery_sheet(RecoverySheet(  # whole, owner-only
        book.name, holder, commune, recovery_key, date.today())))


def _top(sheet: RecoverySheet, w: Wording) -> list[Flowable]:
    # Before the team is set up its name is unknown: leave a line to write it by hand rather
    # than print the file's name where the issuing body goes.
    issuer = ([part for part in (sheet.commune, sheet.holder) if part]
              or [w.text("document.issuer_blank")])
    header = national_header(issuer, None, vietnamese_date_line(sheet.commune, sheet.printed_on)
                             if sheet.commune else None)  # no number: nothing of the key
    return [header, *document_title(w.text("document.title"),
                                    w.text("document.subtitle", book=sheet.book)),
            para(w.text("document.intro"), "body_indent")]


def _key(sheet: RecoverySheet, w: Wording) -> list[Flowable]:
    groups = sheet.recovery_key.split("-")
    grid = table([[Paragraph(escape_text(group), _KEY_STYLE) for group in groups]],
                 [f"{100 / len(groups):.2f}%"] * len(groups),
                 [("GRID", (0, 0), (-1, -1), 0.8, "black"),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    return [section_heading("I.", w.text("code.heading")), para(w.text("code.hint"), "detail"),
            Spacer(1, 6), grid, Spacer(1, 6)]


def _items(w: Wording, key: str, number: str) -> list[Flowable]:
    return [section_heading(number, w.text(f"{key}.heading")),
            *[para(f"{index}. {item}", "detail")
              for index, item in enumerate(w.texts(f"{key}.items"), start=1)]]


def _signature(w: Wording) -> list[Flowable]:
    keeper = Signer(role=w.text("signature.keeper"), name="", hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), keeper])
