"""A case's citations reach its written agreement and its logbook row, as cited (the version
in force when the matter arose), even after the convention is amended."""

from __future__ import annotations

from datetime import date

from desktop.core.services.conventions import citations
from desktop.core.services.documents import data as document_data
from tests.conventions.test_services import AMENDED_5, amend, convention_id  # noqa: F401
from tests.core.helpers import build_case, close_successfully


def test_agreement_and_logbook_carry_the_citations(book, actor, team_id, convention_id):  # noqa: F811
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        citations.cite_by_number(s, parts.case_id, convention_id, 8)
        citations.cite_by_number(s, parts.case_id, convention_id, 5, 2, "Giờ nghỉ trưa")
        close_successfully(s, parts.case_id)
    amend(book, actor, convention_id, AMENDED_5)
    with book.database.reading() as s:
        agreement = document_data.agreement_document(s, parts.case_id)
        logbook = document_data.logbook_document(s, team_id, date(2026, 1, 1),
                                                 date(2026, 12, 31))
    # the first version's decision, though an amendment has since changed Article 5
    assert [(c.convention_title, c.decision_no, c.decision_date, c.article_number,
             c.clause_number) for c in agreement.citations] == [
        ("Hương ước tổ dân phố số 5", "125/QĐ-UBND", date(2024, 12, 2), 5, 2),
        ("Hương ước tổ dân phố số 5", "125/QĐ-UBND", date(2024, 12, 2), 8, None)]
    assert logbook.rows[0].citations == agreement.citations
