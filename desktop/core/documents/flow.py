"""Headings kept with the first lines of a long paragraph, not with all of it (issue #12, item 4).

ReportLab keeps a flowable marked ``keepWithNext`` on the page of the next one by grouping them
into a KeepTogether, which moves whole to the next page when it does not fit: a heading over a
long paragraph then drags the whole paragraph along and leaves half a page blank. Here, a run of
headings that ends at a long paragraph is instead preceded by a conditional page break asking
for room for the headings and the paragraph's first lines; the paragraph then splits normally.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

FIRST_LINES = 3  # lines of the paragraph that must follow its heading on the same page


def _kept_with_next(item: Flowable) -> bool:
    return isinstance(item, Paragraph) and bool(item.getKeepWithNext())


def _height(item: Flowable, width: float) -> float:
    _w, height = item.wrap(width, 10_000)
    return float(height + item.getSpaceBefore() + item.getSpaceAfter())


def _lines(item: Paragraph, width: float) -> int:
    item.wrap(width, 10_000)
    return len(item.blPara.lines)


def headings_with_room(flowables: Sequence[Flowable], width: float) -> list[Flowable]:
    """The story with each run of kept-with-next headings before a long paragraph made to ask
    for room (a CondPageBreak) instead of pulling the paragraph to the next page whole."""
    items, result, start = list(flowables), [], 0
    for index, item in enumerate(items):
        if _kept_with_next(item) or index < start:
            continue
        run = items[start:index]
        if run and isinstance(item, Paragraph) and _lines(item, width) > FIRST_LINES:
            leading = float(item.style.leading)
            room = sum(_height(h, width) for h in run) + FIRST_LINES * leading
            run[-1].keepWithNext = 0
            result += [CondPageBreak(room), *run, item]
        else:
            result += [*run, item]
        start = index + 1
    return result + items[start:]
