"""Village convention articles a case relies on, in the written agreement and the logbook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.data import CitedArticle
from desktop.core.documents.logbook import render_logbook
from tests.documents.sample_agreement import make_agreement
from tests.documents.sample_cases import make_logbook, make_logbook_row

TITLE = "Hương ước tổ dân phố số 5"
CLAUSE_2 = CitedArticle(TITLE, "45/QĐ-UBND", date(2024, 11, 25), 5, 2, "Giữ gìn vệ sinh")
ARTICLE_8 = CitedArticle(TITLE, "45/QĐ-UBND", date(2024, 11, 25), 8, None, "Lối đi chung")
OTHER = CitedArticle("Quy ước thôn Đông", "", None, 3, 1, "Hòa thuận xóm giềng")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_agreement_lists_the_cited_articles_by_convention(pdf_text: Callable[[bytes], str]):
    pdf = render_agreement(make_agreement(citations=(ARTICLE_8, CLAUSE_2, OTHER)))
    text = _flat(pdf_text(pdf))
    assert ("Các quy định của hương ước, quy ước được vận dụng: Điều 5, khoản 2; Điều 8 của "
            "Hương ước tổ dân phố số 5 (Quyết định số 45/QĐ-UBND ngày 25/11/2024); Điều 3, "
            "khoản 1 của Quy ước thôn Đông.") in text
    assert "không trái với quy định của pháp luật" in text
    # after the agreement's introduction, before its first term
    assert text.index("tự nguyện thỏa thuận") < text.index("được vận dụng") < text.index(
        "Thỏa thuận 1:")


def test_agreement_without_citations_says_nothing_of_conventions(
        pdf_text: Callable[[bytes], str]):
    text = _flat(pdf_text(render_agreement(make_agreement())))
    assert "hương ước" not in text.lower()


def test_logbook_row_shows_the_cited_articles_briefly(pdf_text: Callable[[bytes], str]):
    rows = (make_logbook_row(1, citations=(CLAUSE_2, ARTICLE_8)), make_logbook_row(2))
    text = _flat(pdf_text(render_logbook(make_logbook(0, rows=rows))))
    assert "Vận dụng: Điều 5 khoản 2, Điều 8 Hương ước tổ dân phố số 5" in text
    assert text.count("Vận dụng:") == 1
