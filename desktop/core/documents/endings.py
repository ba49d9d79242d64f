"""Signatures stay with the text they sign (issue #12, item 4).

A document's ending is its last body paragraph kept together with the first row of signatures,
so a signature never stands alone on a page. When that ending does not fit in what is left of a
page, the rest of the page is closed: a centred "(hết nội dung)" and a line through the blank,
so no text can be written between the body and the signatures on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.core.documents.fonts import ITALIC
from desktop.core.documents.layout import BODY_SIZE, nfc
from desktop.core.documents.templates import load_wording

MIN_CLOSED_GAP = 12 * mm  # a smaller blank holds no line of text worth closing
MAX_ENDING = 150 * mm  # an ending taller than this splits anyway: never close a page for it


class ClosingGuard(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Takes no room when the ending after it fits on this page; else fills the page's rest
    with the end-of-text mark and a line through the blank."""

    def __init__(self, ending: Sequence[Flowable], label: str) -> None:
        super().__init__()
        self.ending = list(ending)
        self.label = nfc(label)
        self.filled = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        need = _height(self.ending, self.canv, avail_width, avail_height)
        closes = avail_height < need <= MAX_ENDING and avail_height >= MIN_CLOSED_GAP
        self.filled = avail_height if closes else 0.0
        return avail_width, self.filled

    def draw(self) -> None:
        if not self.filled:
            return
        canvas, top = self.canv, self.filled
        canvas.setFont(ITALIC, BODY_SIZE)
        canvas.drawCentredString(self.width / 2, top - BODY_SIZE - 2, self.label)
        canvas.setLineWidth(0.5)
        canvas.line(self.width * 0.1, top - BODY_SIZE - 8, self.width * 0.9, 4)


def _unwrapped(item: Flowable) -> list[Flowable]:
    return list(item._content) if isinstance(item, KeepTogether) else [item]


def _height(flowables: Sequence[Flowable], canvas: object, width: float,
            height: float) -> float:
    total = 0.0
    for item in flowables:
        _w, h = item.wrapOn(canvas, width, height)
        total += h + item.getSpaceBefore() + item.getSpaceAfter()
    return total


def end_of_text() -> str:
    return load_wording("common").text("closing.end_of_text")


def signed_ending(closing: Sequence[Flowable], signature_rows: Sequence[Flowable]
                  ) -> list[Flowable]:
    """The closing paragraphs and the signature rows: the last paragraph kept with the first
    row, the page closed before them when they must move on; further rows flow on."""
    *before, last = closing
    first_row, *other_rows = signature_rows
    # the row's own KeepTogether comes off: ReportLab breaks the page before a KeepTogether
    # nested in another, which left pages three-quarters blank before the signatures
    ending = [last, Spacer(1, 8), *_unwrapped(first_row)]
    return [*before, ClosingGuard(ending, end_of_text()), KeepTogether(ending), *other_rows]
