"""The ruled table's line breaking is ReportLab's own (#17): the logbook drawn straight on the
canvas breaks each cell into the very lines a ``Paragraph`` cell did."""

from __future__ import annotations

import random

import pytest
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.core.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.core.documents.ruled_table import break_lines
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import LONG_TEXT

WORDS = (LONG_TEXT + " " + LONG_NAME + " Số 15 ngõ 42 phố Hòa Bình, tổ dân phố số 7 "
         "0912345678 12345/2026 Nguyễn-Thị-Hồng-Nhung-và-Tôn-Thất-Khang").split()


def _paragraph_lines(text: str, font: str, size: float, width: float) -> list[str]:
    style = ParagraphStyle("probe", fontName=font, fontSize=size, leading=size * 1.25,
                           alignment=TA_LEFT)
    para = Paragraph(text, style)
    para.wrap(width, 10_000)
    return [" ".join(words) for _extra, words in para.blPara.lines]


@pytest.mark.parametrize("seed", range(40))
def test_lines_are_the_paragraphs_lines(seed: int) -> None:
    register_fonts()
    chance = random.Random(seed)
    text = " ".join(chance.choice(WORDS) for _ in range(chance.randint(1, 60)))
    font = chance.choice((REGULAR, BOLD))
    width = chance.choice((22.6, 51.1, 79.7, 115.4, 108.3, 40.0))
    ours = [line for line, _width in break_lines(text, font, 9, width)]
    assert ours == _paragraph_lines(text, font, 9, width), (text, width)


def test_a_word_wider_than_the_column_is_cut_between_letters() -> None:
    register_fonts()
    lines = break_lines("Vụ, việc số 123456/2026", REGULAR, 9, 30)
    assert "".join(line.replace(" ", "") for line, _w in lines) == "Vụ,việcsố123456/2026"
    assert all(width <= 30 + 1e-6 for _line, width in lines)
    assert lines == [(line, width) for line, width in lines if line]
