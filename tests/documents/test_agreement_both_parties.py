"""A term for "both parties" (issue #14, kept as one term per party for the follow-up) is printed
once on the written agreement, "Cả hai bên (...)", and only when it really is everyone's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.agreement_terms import printed_terms
from desktop.core.documents.data import TermLine
from desktop.core.documents.templates import load_wording
from tests.documents.sample_agreement import KHANG, LONG_NAME, MAI, NHUNG, THO, make_agreement

TextOf = Callable[[bytes], str]
LIGHTS = "Cùng góp tiền lắp đèn chiếu sáng lối đi chung."
BY = date(2026, 4, 30)
EACH = (TermLine(NHUNG.full_name, LIGHTS, BY), TermLine(LONG_NAME, LIGHTS, BY))
OWN = TermLine(NHUNG.full_name, "Không để xe máy trên lối đi chung.", date(2026, 3, 10))
PEOPLE = (NHUNG, KHANG, MAI, THO)


def _printed(*terms: TermLine) -> list[TermLine]:
    return printed_terms(terms, PEOPLE, load_wording("agreement"))


def test_a_term_for_each_party_prints_once_for_both(pdf_body_text: TextOf) -> None:
    text = pdf_body_text(render_agreement(make_agreement(terms=(OWN, *EACH))))
    assert text.count(LIGHTS) == 1
    assert f"Bên thực hiện: Cả hai bên (Bà {NHUNG.full_name} và Ông {LONG_NAME})" in text
    assert re.findall(r"Thỏa thuận (\d):", text) == ["1", "2"]  # numbered as printed
    assert "Thỏa thuận 3:" not in text


def test_the_merge_rule() -> None:
    (both,) = _printed(*EACH)
    assert both.obliged.startswith("Cả hai bên (") and (both.content, both.deadline) == (
        LIGHTS, BY)
    # the same words with another deadline for one party: two terms
    assert len(_printed(EACH[0], replace(EACH[1], deadline=date(2026, 5, 31)))) == 2
    # not consecutive: as entered
    assert _printed(EACH[0], OWN, EACH[1]) == [EACH[0], OWN, EACH[1]]
    # one party only, or a related person with a party: as entered
    assert _printed(EACH[0]) == [EACH[0]]
    related = (EACH[0], TermLine(MAI.full_name, LIGHTS, BY))
    assert _printed(*related) == list(related)
    # the same party twice is not "both parties"
    twice = (EACH[0], EACH[0])
    assert _printed(*twice) == list(twice)


def test_three_parties_are_all_the_parties() -> None:
    third = replace(THO, role=NHUNG.role)  # a third party
    terms = (*EACH, TermLine(THO.full_name, LIGHTS, BY))
    (everyone,) = printed_terms(terms, (NHUNG, KHANG, third), load_wording("agreement"))
    assert everyone.obliged == (f"Các bên (Bà {NHUNG.full_name}, Ông {LONG_NAME} và "
                                f"Ông {THO.full_name})")
