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
    # issue #12: cited as legal texts are, with the body and decision that recognised it
    assert ("Các quy định của hương ước, quy ước được vận dụng: khoản 2 Điều 5; Điều 8 của "
            "Hương ước tổ dân phố số 5 được Ủy ban nhân dân phường Hòa Bình công nhận tại "
            "Quyết định số 45/QĐ-UBND ngày 25/11/2024; khoản 1 Điều 3 của Quy ước thôn Đông."
            ) in text
    assert "không trái với quy định của pháp luật" in text
    # after the agreement's introduction, before its first term
    assert text.index("tự nguyện thỏa thuận") < text.index("được vận dụng") < text.index(
        "Thỏa thuận 1:")


def test_the_reminder_stays_on_the_page_of_its_citation(
        pdf_page_text: Callable[[bytes, int], str]):
    """Issue #12: the convention citation and its reminder that the law comes first were
    printed on different pages. Whatever comes before them, they share a page."""
    from tests.documents.checks import page_count

    for lines in range(0, 60, 3):
        doc = make_agreement(citations=(ARTICLE_8, CLAUSE_2),
                             summary="Hai bên trình bày lại sự việc. " * (lines * 6))
        pdf = render_agreement(doc)
        for page in range(1, page_count(pdf) + 1):
            text = _flat(pdf_page_text(pdf, page))
            if "được vận dụng" in text:
                assert "không trái với quy định của pháp luật" in text, (lines, page)


def test_agreement_without_citations_says_nothing_of_conventions(
        pdf_text: Callable[[bytes], str]):
    text = _flat(pdf_text(render_agreement(make_agreement())))
    assert "hương ước" not in text.lower()


def test_logbook_row_shows_the_cited_articles_briefly(pdf_text: Callable[[bytes], str]):
    rows = (make_logbook_row(1, citations=(CLAUSE_2, ARTICLE_8)), make_logbook_row(2))
    text = _flat(pdf_text(render_logbook(make_logbook(0, rows=rows))))
    assert "Vận dụng: Điều 5 khoản 2, Điều 8 Hương ước tổ dân phố số 5" in text
    assert text.count("Vận dụng:") == 1
