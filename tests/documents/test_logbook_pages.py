"""The logbook's rows across pages (#17): a case moves whole to the next page, so its cells
(and the signatures of column 9) stay together; only a case taller than a page is cut, between
two lines (where it no longer fits), and goes on under its number with "(tiếp theo)"."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from desktop.core.documents.logbook import render_logbook
from tests.documents.checks import page_count
from tests.documents.sample_cases import LONG_TEXT, make_logbook, make_logbook_row

PageText = Callable[[bytes, int], str]
CONTINUED = "(tiếp"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _part_one(pdf: bytes, page_text: PageText) -> list[str]:
    texts = [_flat(page_text(pdf, page)) for page in range(2, page_count(pdf) + 1)]
    return texts[:next(i for i, text in enumerate(texts) if "PHẦN II" in text)]


@pytest.fixture(scope="module")
def ninety() -> bytes:
    return render_logbook(make_logbook(90))


def test_every_case_sits_whole_on_one_page(ninety: bytes, pdf_page_text: PageText) -> None:
    pages = _part_one(ninety, pdf_page_text)
    assert len(pages) > 5
    seen: list[int] = []
    for text in pages:
        numbers = [int(n) for n in re.findall(r"Vụ, việc số (\d+)/2026", text)]
        contents = [int(n) for n in re.findall(r"Tranh chấp lối đi chung số (\d+)\.", text)]
        assert numbers == contents, text
        # each case's two parties, the second one's address last in column (4)
        assert text.count("47 tuổi") == text.count("56 tuổi") == len(numbers), text
        assert CONTINUED not in text
        seen += numbers
    assert seen == list(range(1, 91))


def test_a_case_taller_than_a_page_goes_on_with_a_mark(pdf_page_text: PageText) -> None:
    tall = make_logbook_row(2, content=" ".join([LONG_TEXT] * 3))
    rows = (make_logbook_row(1), tall, make_logbook_row(3))
    pdf = render_logbook(make_logbook(0, rows=rows))
    pages = _part_one(pdf, pdf_page_text)
    # case 1, then the tall case under it, cut at the foot of the page; one header a page
    assert "Vụ, việc số 001/2026" in pages[0] and "giữ nguyên" in pages[0]
    assert all(text.count("Ghi chú") == 1 for text in pages)
    assert "(tiếp" not in pages[0]
    going_on = [text for text in pages[1:] if "giữ nguyên" in text]
    assert len(going_on) >= 2
    for text in going_on:  # its number again, then the mark, in column (1)
        assert re.search(r"(^|\s)2 \(tiếp theo\)", text), text
    whole = " ".join(pages)
    for word in ("giữ", "nguyên", "mái"):  # words: a line may end at a page's foot
        assert whole.split().count(word) == 3 * LONG_TEXT.split().count(word), word
    assert whole.count("HẾT.") == 3
    assert "Vụ, việc số 003/2026" in pages[-1] and "(tiếp" not in pages[-1].split("003/2026")[1]
