"""Signatures stay with their text, signature rows align, a fingerprint box for everyone told
"ký hoặc điểm chỉ", and Decree 30's details (issue #12, items 4 and 9), read back from the
printed pages: where the words sit, the size they are set in, where the boxes are drawn."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from reportlab.platypus import HRFlowable

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    para,
    signature_block,
    style,
    verification_code,
)
from desktop.core.documents.minutes import render_minutes
from desktop.core.documents.remuneration import render_remuneration
from desktop.core.documents.unsuccessful import render_unsuccessful
from tests.documents.page_reading import MM, Page, pages, rectangles, text_sizes
from tests.documents.sample_agreement import make_agreement
from tests.documents.sample_cases import (
    HEARING,
    make_minutes,
    make_remuneration,
    make_unsuccessful,
)

SIGN_ROLES = ("BÊN THỨ NHẤT",)
END_OF_TEXT = "(hết nội dung)"


SENTENCE = "Hai bên trình bày lại quá trình sử dụng lối đi chung và những lần trao đổi trước đây. "
STEPS = range(0, 60, 4)  # about two lines more at each step: every height of a page


def _long(times: int) -> str:
    return (SENTENCE * times).strip()


# Documents whose body ends at every height of a page: the summary grows paragraph by
# paragraph, so the signatures meet every position the page break can fall on.
def _agreements() -> list[bytes]:
    base = make_agreement()
    return [render_agreement(dataclasses.replace(base, summary=_long(n)))
            for n in STEPS]


def _unsuccessful_records() -> list[bytes]:
    base = make_unsuccessful()
    return [render_unsuccessful(dataclasses.replace(base, summary=_long(n)))
            for n in STEPS]


def _minutes() -> list[bytes]:
    return [render_minutes(make_minutes(hearing=dataclasses.replace(
        HEARING, course=_long(n)))) for n in STEPS]


def _first_signature_page(read: list[Page]) -> int:
    for index, page in enumerate(read):
        if any(role in page.text for role in SIGN_ROLES):
            return index
    raise AssertionError("no signatures found")


def _blank_at_foot(page: Page) -> float:
    words = page.body_words()
    lowest = max((w.bottom for w in words), default=20 * MM)
    return page.height - 20 * MM - lowest


@pytest.mark.parametrize("render", [_agreements, _unsuccessful_records, _minutes],
                         ids=["agreement", "unsuccessful", "minutes"])
def test_no_quarter_page_blank_before_the_signatures(render: Callable[[], list[bytes]]
                                                      ) -> None:
    """Issue #12: agreement, unsuccessful record and minutes left 236-269 mm blank before the
    signatures. Now the page before them is full, or closed with "(hết nội dung)"."""
    for pdf in render():
        read = pages(pdf)
        first = _first_signature_page(read)
        for page in read[:first]:
            blank = _blank_at_foot(page)
            assert blank < page.height / 4 or END_OF_TEXT in page.text, blank / MM
        # the signatures never stand alone: body text above them on their page
        signing = read[first]
        role_top = min(w.top for w in signing.words if w.text == "BÊN")
        assert any(w.bottom < role_top for w in signing.body_words())


def test_the_closing_mark_closes_the_rest_of_the_page() -> None:
    """When the ending must move on, the page says where the text ends."""
    closed = [pdf for pdf in _unsuccessful_records() + _agreements()
              if any(END_OF_TEXT in p.text for p in pages(pdf))]
    assert closed, "no layout in the series needed the closing mark"
    for pdf in closed:
        read = pages(pdf)
        marked = next(i for i, p in enumerate(read) if END_OF_TEXT in p.text)
        assert _first_signature_page(read) == marked + 1


def test_signature_rows_align_when_a_title_wraps() -> None:
    signers = [Signer("Người có quyền lợi, nghĩa vụ liên quan", "Trần Thị Mai", "(Ký)"),
               Signer("Bên thứ nhất", "Nguyễn Văn An", "(Ký)"),
               Signer("Bên thứ hai", "Lê Văn Bình", "(Ký)")]
    pdf = build_pdf(DocumentSpec(title="t"), [para("x"), *signature_block(signers, columns=3)])
    words = pages(pdf)[0].words
    tops = {name: next(w.top for w in words if w.text == name) for name in ("Mai", "An", "Bình")}
    assert max(tops.values()) - min(tops.values()) < 0.5, tops
    roles_wrap = {w.top for w in words if w.text in ("NGHĨA", "LIÊN", "QUAN")}
    assert max(roles_wrap) > min(w.top for w in words if w.text == "NHẤT")  # it did wrap


@pytest.mark.parametrize("pdf", [
    render_agreement(make_agreement()), render_unsuccessful(make_unsuccessful()),
    render_minutes(make_minutes())], ids=["agreement", "unsuccessful", "minutes"])
def test_a_fingerprint_box_for_everyone_told_to_fingerprint(pdf: bytes) -> None:
    text = " ".join(p.text for p in pages(pdf))
    told = text.count("điểm chỉ)")  # "(Ký, ghi rõ họ tên hoặc điểm chỉ)"
    boxes = text.count("Điểm chỉ")  # the caption inside each box
    assert told and boxes == told
    fingerprint_boxes = [r for page in range(len(pages(pdf))) for r in rectangles(pdf, page)
                         if abs(r[2] - 18 * MM) < 1 and abs(r[3] - 22 * MM) < 1]
    assert len(fingerprint_boxes) == told


def test_page_numbers_are_13_to_14_points() -> None:
    pdf = render_agreement(make_agreement())
    assert len(pages(pdf)) >= 2
    sizes = [size for text, size in text_sizes(pdf, 1) if text == "2"]
    assert sizes and all(13 <= s <= 14 for s in sizes), sizes


def test_paragraph_spacing_at_least_6_points() -> None:
    for name in ("body", "body_indent", "detail"):
        assert style(name).spaceAfter >= 6, name


def test_a_short_rule_under_the_subject_line() -> None:
    subtitle = "Về việc: tranh chấp lối đi chung"
    flowables = document_title("Văn bản hòa giải thành", subtitle)
    rule = flowables[-1]
    assert isinstance(rule, HRFlowable)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.core.documents.fonts import BOLD

    line = stringWidth(subtitle, BOLD, 13)
    assert line / 3 <= rule.width <= line / 2


def test_table_text_no_smaller_than_the_layout_intends() -> None:
    from desktop.core.documents.layout import CELL_SIZE

    pdf = render_remuneration(make_remuneration())
    sizes = {size for page in range(len(pages(pdf))) for text, size in text_sizes(pdf, page)
             if text.startswith("Tranh chấp lối đi chung số")}
    assert sizes == {CELL_SIZE}


def test_the_qr_code_is_at_least_5_mm_inside_the_paper_edge() -> None:
    with verification_code("ABCD-EFGH-JKM"):
        pdf = render_remuneration(make_remuneration())
    for page in range(len(pages(pdf))):
        modules = [r for r in rectangles(pdf, page) if r[2] < 3 and r[3] < 3]
        assert modules
        assert min(r[1] for r in modules) >= 5 * MM - 0.01
        assert max(r[0] + r[2] for r in modules) <= 595 - 5 * MM


def test_the_journal_anchor_is_printed_small_on_every_page() -> None:
    """A paper copy anchors the journal chain: its head (db.journal_anchors.anchor_text) in
    the footer of every page, small, under the verification code."""
    anchor = "Nhật ký mục 956, mã băm ba10ba701b6573c7"
    with verification_code("ABCD-EFGH-JKM", anchor):
        pdf = render_agreement(make_agreement())
    read = pages(pdf)
    assert len(read) >= 2
    for index, page in enumerate(read):
        assert "ba10ba701b6573c7" in page.text
        assert {size for text, size in text_sizes(pdf, index) if "ba10ba701b6573c7" in text
                } == {6.5}
    with verification_code("ABCD-EFGH-JKM"):
        assert "mã băm" not in " ".join(p.text for p in pages(render_agreement(make_agreement())))
