"""A paragraph that remembers how it broke into lines, for the cells of long tables.

A table that runs over many pages is split page by page, and ReportLab measures every row left
after each split again: with plain ``Paragraph`` cells each cell's text was broken into lines
once per page before it (a 1,000-case logbook: ~40 s, almost all in ``breakLines``). The lines
depend only on the width offered (the style is fixed), so a cell keeps the last breaking and
gives it back when the same width comes again: the same lines, the same PDF, once. The shared
layout's paragraphs use it too: a heading kept with the next flowable, or a paragraph measured
for room before it is placed, is wrapped more than once at the same width (an agreement:
~40 ms -> ~26 ms, same bytes).
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.platypus import Paragraph


class CellParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    _wrapped: tuple[float, Any, list[float], float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._wrapped
        if memo is not None and memo[0] == availWidth:
            _, self.blPara, self._wrapWidths, self.height = memo
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        # Narrower than ReportLab's fuzz, Paragraph.wrap returns early and leaves an older
        # breaking behind: nothing to remember then.
        if availWidth >= rl_config._FUZZ and getattr(self, "blPara", None) is not None:
            self._wrapped = (availWidth, self.blPara, self._wrapWidths, height)
        return width, height
