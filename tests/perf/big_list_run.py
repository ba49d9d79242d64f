"""The case list on a big book, as its user drives it: open it, scroll to the end (Ctrl+End:
only the last page is read), filter by status, sort by title and by parties, close, and exit.
Run in its own process, so that a fault at exit (the "none_dealloc" abort seen at 100,000
cases) shows as the process's exit status; prints one JSON
line of what it measured.

    .venv/bin/python -m tests.perf.big_list_run BOOK            # an encrypted demo book
    .venv/bin/python -m tests.perf.big_list_run BOOK --plain    # a plain test book

Used by tests/gui/test_big_list.py (a few thousand cases, in the default run) and by
tests/perf/bench_startup.py (the 100,000-case stress book).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from desktop.core.domain.enums import CaseStatus
from desktop.core.services.workspace import book as workspace
from desktop.gui.cases import CasesArea
from desktop.gui.cases.case_table_model import CaseTableModel
from desktop.gui.kit.context import BookContext
from tests.actors import leader
from tests.perf.memory import peak_rss_mb

LIMIT_S = 600.0  # a step that takes longer than this is reported as stuck, not waited for


def _until(app: QCoreApplication, done: Callable[[], bool]) -> float:
    started = time.perf_counter()
    while not done():
        # Sleeps until events come: a busy loop here would hold the GIL against the reads
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        if time.perf_counter() - started > LIMIT_S:
            raise SystemExit("stuck")
    return (time.perf_counter() - started) * 1000


def _open(path: Path, plain: bool) -> tuple[workspace.OpenedBook, object]:
    if plain:
        return workspace.open_book(path), leader("bang dai")
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD

    opened = workspace.login(path, workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    return opened, opened.actor


def _reloaded(app: QCoreApplication, area: CasesArea, action: Callable[[], None]) -> float:
    seen: list[int] = []
    area.list_reloaded.connect(seen.append)
    started = time.perf_counter()
    action()
    _until(app, lambda: bool(seen))
    area.list_reloaded.disconnect(seen.append)
    return (time.perf_counter() - started) * 1000


def _on_screen(area: CasesArea) -> range:
    """The rows the table shows now."""
    table = area.ui.casesTable
    top = max(table.rowAt(0), 0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(top, (bottom if bottom >= 0 else area.model.rowCount() - 1) + 1)


def _placeholders(area: CasesArea) -> int:
    """Rows on screen still showing the placeholder (their page not read)."""
    return sum(not area.model.is_loaded(row) for row in _on_screen(area))


def _scroll_to_end(app: QCoreApplication, area: CasesArea) -> float:
    """As a user pressing Ctrl+End (or dragging the scroll bar to its end): until every row
    on screen is filled."""
    table = area.ui.casesTable
    started = time.perf_counter()
    table.scrollToBottom()
    app.processEvents()
    _until(app, lambda: _placeholders(area) == 0 and area.model.is_loaded(
        area.model.rowCount() - 1))
    return (time.perf_counter() - started) * 1000


def drive(path: Path, plain: bool) -> dict[str, float | int]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    opened, actor = _open(path, plain)
    context = BookContext(opened, actor, None)  # type: ignore[arg-type]
    started = time.perf_counter()
    area = CasesArea(context)
    area.resize(1200, 700)
    area.show()
    model: CaseTableModel = area.model
    _until(app, lambda: model.is_loaded(0))
    first_rows = (time.perf_counter() - started) * 1000
    scrolled = _scroll_to_end(app, area)
    rows, last = model.rowCount(), model.index(model.rowCount() - 1, 0).data()
    left = _placeholders(area)
    combo = area.ui.statusCombo
    filtered = _reloaded(app, area, lambda: combo.setCurrentIndex(
        combo.findData(CaseStatus.IN_PROGRESS.value)))
    order = area.ui.casesTable.horizontalHeader().sortIndicatorOrder()
    sorted_ms = _reloaded(app, area, lambda: area.ui.casesTable.sortByColumn(
        CaseTableModel.TITLE, order))
    parties_ms = _reloaded(app, area, lambda: area.ui.casesTable.sortByColumn(
        CaseTableModel.PARTIES, order))
    held = model.held_pages()
    rss_mb = peak_rss_mb()
    area.close()
    area.deleteLater()
    context.runner.wait_for_done()
    opened.database.dispose()
    app.processEvents()
    return {"first_rows_ms": round(first_rows, 1), "scroll_to_end_ms": round(scrolled, 1),
            "rows": rows, "last_row": last, "placeholders_left": left, "pages_held": held,
            "filter_ms": round(filtered, 1), "sort_title_ms": round(sorted_ms, 1),
            "sort_parties_ms": round(parties_ms, 1), "peak_rss_mb": round(rss_mb, 1)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("book", type=Path)
    parser.add_argument("--plain", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(drive(args.book, args.plain)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
