"""Word's automatic numbering, written back into the text.

A village head who lets Word number the clauses ("1.", "2.") or the articles ("Điều 1.") has
those numbers in the list definition, not in the paragraph's text; without them the parser
would see no clauses. Here each numbered paragraph gets the label Word would show, from the
level's format (``%1.``, ``Điều %1.``, ``%2)``) and running counters per list.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from desktop.core.conventions.parser import POINT_LETTERS

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(value: int) -> str:
    out = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            out, value = out + letters, value - amount
    return out


def formatted(value: int, style: str) -> str:
    """A counter in one of Word's number formats (letters follow the Vietnamese order, which
    is how a Vietnamese reader takes "a), b), c), d), đ)" in a convention)."""
    if style in ("lowerLetter", "upperLetter"):
        letter = POINT_LETTERS[(value - 1) % len(POINT_LETTERS)]
        return letter.upper() if style == "upperLetter" else letter
    if style in ("lowerRoman", "upperRoman"):
        return roman(value).upper() if style == "upperRoman" else roman(value)
    if style == "none":
        return ""
    return str(value)  # decimal and anything exotic


class Numbering:
    """Counters of every list in one document, advanced paragraph by paragraph."""

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self._root = None
        self._counters: dict[str, list[int]] = {}

    def label(self, paragraph: Any) -> str:
        """The label Word shows before this paragraph ("" when it is not numbered)."""
        found = _num_pr(paragraph)
        if found is None or self._root is None:
            return ""
        num_id, level = found
        levels = self._levels(num_id)
        if level not in levels:
            return ""
        counters = self._advance(num_id, level, levels)
        text = str(levels[level]["text"])
        for index in range(level + 1):
            if index in levels:
                value = formatted(counters[index], levels[index]["format"])
                text = text.replace(f"%{index + 1}", value)
        return text

    def _advance(self, num_id: str, level: int,
                 levels: dict[int, dict[str, Any]]) -> list[int]:
        counters = self._counters.setdefault(
            num_id, [levels.get(i, {"start": 1})["start"] - 1 for i in range(9)])
        counters[level] += 1
        for deeper in range(level + 1, 9):  # a new clause starts its points at a) again
            counters[deeper] = levels.get(deeper, {"start": 1})["start"] - 1
        return counters

    def _levels(self, num_id: str) -> dict[int, dict[str, Any]]:
        assert self._root is not None
        nums = self._root.xpath(f'./w:num[@w:numId="{num_id}"]')
        if not nums:
            return {}
        abstract_id = nums[0].find(qn("w:abstractNumId")).get(qn("w:val"))
        abstracts = self._root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')
        if not abstracts:
            return {}
        return {int(lvl.get(qn("w:ilvl"))): _level(lvl)
                for lvl in abstracts[0].findall(qn("w:lvl"))}


def _level(lvl: Any) -> dict[str, Any]:
    def value(tag: str, default: str) -> str:
        element = lvl.find(qn(tag))
        return element.get(qn("w:val"), default) if element is not None else default
    return {"start": int(value("w:start", "1")), "format": value("w:numFmt", "decimal"),
            "text": value("w:lvlText", "")}


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) from the paragraph, or else from its style."""
    for owner in (paragraph._p, _style_element(paragraph)):
        ppr = owner.pPr if owner is not None else None
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            num_id = str(num_pr.numId.val)
            level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
            return (num_id, level) if num_id != "0" else None
    return None


def _style_element(paragraph: Any) -> Any:
    try:
        return paragraph.style.element
    except (AttributeError, KeyError):
        return None
