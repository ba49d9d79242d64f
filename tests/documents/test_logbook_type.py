"""Issue #12 item 9: the logbook's table text is no smaller than the layout intends (9 pt, the
ten landscape columns of the MoJ template) and stays inside the page's margins."""

from __future__ import annotations

import pytest

from desktop.core.documents.layout import MARGIN_LEFT, MARGIN_RIGHT
from desktop.core.documents.logbook import render_logbook
from desktop.core.documents.logbook_summary import CELL_FONT_SIZE
from tests.documents.page_reading import pages, text_sizes
from tests.documents.sample_cases import make_logbook

SMALLEST = 9.0


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_logbook(make_logbook(40))


def test_no_text_smaller_than_nine_points(pdf: bytes) -> None:
    assert CELL_FONT_SIZE >= SMALLEST
    for number in range(len(pages(pdf))):
        sizes = [size for _text, size in text_sizes(pdf, number)]
        assert sizes and min(sizes) >= SMALLEST, f"page {number + 1}: {min(sizes)} pt"


def test_every_word_stays_inside_the_margins(pdf: bytes) -> None:
    for number, page in enumerate(pages(pdf), start=1):
        for word in page.words:
            assert word.x0 >= MARGIN_LEFT - 1 and word.x1 <= page.width - MARGIN_RIGHT + 1, (
                f"page {number}: {word.text!r} at {word.x0:.0f}-{word.x1:.0f}")
