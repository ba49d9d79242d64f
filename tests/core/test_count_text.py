"""Counts shown to people are grouped as their language writes them (a tab read
'Vụ việc (100000)' on the stress book; Vietnamese writes 100.000)."""

from __future__ import annotations

import pytest

from desktop.core import i18n


@pytest.fixture
def language():
    before = i18n.current_language()
    yield i18n.set_language
    i18n.set_language(before)


def test_vietnamese_groups_thousands_with_dots(language):
    language("vi")
    assert [i18n.count_text(n) for n in (7, 1_000, 100_000, 1_234_567)] == [
        "7", "1.000", "100.000", "1.234.567"]


def test_english_groups_thousands_with_commas(language):
    language("en")
    assert i18n.count_text(100_000) == "100,000"
