"""The pages of a long list that a paged table model keeps: the few near the view, not the list.

A model over 100,000 rows holds only the pages the view has shown lately (a bounded LRU), and
remembers which missing pages the view asked for, most recent first and only a few of them: a
scroll bar dragged from the top to the bottom paints thousands of rows on its way, and only the
last pages it passed are still on screen when a read can start. No Qt here: the model does the
reading and the signals.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

T = TypeVar("T")


class PageCache(Generic[T]):
    """Rows by page number, at most ``keep`` pages; the pages wanted and not yet read."""

    def __init__(self, page_size: int, keep: int = 20, wanted_most: int = 4) -> None:
        self.page_size = page_size
        self.keep = keep
        self.wanted_most = wanted_most
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()

    def page_of(self, row: int) -> int:
        return row // self.page_size

    def rows_of(self, page: int, total: int) -> range:
        """The rows page ``page`` covers in a list of ``total`` rows."""
        start = page * self.page_size
        return range(start, min(start + self.page_size, total))

    def row(self, row: int) -> T | None:
        """The row if its page is held (the page then counts as just used), else None."""
        page, at = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            return None
        self._pages.move_to_end(page)
        return rows[at] if at < len(rows) else None

    def loaded_rows(self) -> list[tuple[int, T]]:
        """Every row held, with its row number (a lookup by content, e.g. a case's id)."""
        return [(page * self.page_size + at, item)
                for page, rows in self._pages.items() for at, item in enumerate(rows)]

    def has(self, page: int) -> bool:
        return page in self._pages

    def put(self, page: int, rows: list[T]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._wanted.pop(page, None)
        while len(self._pages) > self.keep:
            self._pages.popitem(last=False)  # the page used longest ago

    def want(self, page: int) -> None:
        """The view needs ``page``: remembered as the newest wish; the oldest fall off."""
        if page in self._pages:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > self.wanted_most:
            self._wanted.popitem(last=False)

    def next_wanted(self) -> int | None:
        """The page to read next: the one the view asked for last (what is on screen now)."""
        return next(reversed(self._wanted), None)

    def held(self) -> int:
        return len(self._pages)

    def clear(self) -> None:
        self._pages.clear()
        self._wanted.clear()
