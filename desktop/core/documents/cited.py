"""Village convention articles a case relies on, written as references in a document's words.

"khoản 2 Điều 5; Điều 8 của Hương ước tổ dân phố số 5 được Ủy ban nhân dân phường Hòa Bình công
nhận tại Quyết định số 45/QĐ-UBND ngày 25/11/2024": one reference per convention version, its
articles in order. The wording is
each document's own (the keys ``<prefix>.article``, ``<prefix>.clause`` ... of its TOML file).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.documents.data import CitedArticle
from desktop.core.documents.layout import short_date
from desktop.core.documents.templates import Wording


def grouped(citations: Sequence[CitedArticle]) -> list[list[CitedArticle]]:
    """The citations by convention version (first seen first), each in article order."""
    groups: dict[tuple[str, str], list[CitedArticle]] = {}
    for cited in citations:
        groups.setdefault((cited.convention_title, cited.decision_no), []).append(cited)
    return [sorted(group, key=lambda c: (c.article_number, c.clause_number or 0))
            for group in groups.values()]


def where(cited: CitedArticle, w: Wording, prefix: str) -> str:
    """"Điều 5" or "Điều 5, khoản 2"."""
    if cited.clause_number is None:
        return w.text(f"{prefix}.article", article=cited.article_number)
    return w.text(f"{prefix}.clause", article=cited.article_number, clause=cited.clause_number)


def references(citations: Sequence[CitedArticle], w: Wording, prefix: str,
               commune: str = "") -> list[str]:
    """One reference per convention version cited; ``commune`` names the People's Committee
    that recognised it (the team's commune, written as inside a sentence)."""
    found = []
    for group in grouped(citations):
        first = group[0]
        places = w.text(f"{prefix}.separator").join(where(c, w, prefix) for c in group)
        if first.decision_no and first.decision_date:
            found.append(w.text(f"{prefix}.reference_decision", places=places,
                                title=first.convention_title, decision=first.decision_no,
                                date=short_date(first.decision_date), commune=commune))
        else:
            found.append(w.text(f"{prefix}.reference", places=places,
                                title=first.convention_title))
    return found
