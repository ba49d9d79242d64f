"""One start-up, in its own process: the app to a usable case list, or the bare reference.

    .venv/bin/python -m tests.perf.startup_run app BOOK     # login, main window, first rows
    .venv/bin/python -m tests.perf.startup_run bare         # a bare PySide6 window with a table

Prints ``ready <ms since the interpreter started>`` once the first rows are shown, then the
resident set (``rss_mb``), and leaves at once with ``os._exit``: start-up is timed here, the exit
by big_list_run. Used by bench_startup.py (the parent times the whole process from spawn).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from tests.perf.memory import peak_rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The demo leader's login, spelled here: importing desktop.core.demo for it would load the whole
# generator (~40 % of a start-up's imports) that the program itself never loads; bench_startup
# checks that it is still the demo's.
DEMO_LOGIN = ("totruong", "hoagiai-demo")


def _ready(rows: int) -> None:
    rss_mb = peak_rss_mb()
    print(f"ready rows={rows} rss_mb={rss_mb:.1f}", flush=True)
    os._exit(0)  # start-up only: what a fault at exit does is big_list_run's to report


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    grid = QTableWidget(100, 6)
    for row in range(100):
        for column in range(6):
            grid.setItem(row, column, QTableWidgetItem(f"{row}.{column}"))
    grid.resize(1200, 700)
    grid.show()
    app.processEvents()
    _ready(grid.rowCount())


def app(book: Path) -> None:
    from PySide6.QtCore import QEventLoop

    from desktop.core.services.workspace import book as workspace
    from desktop.gui import app as shell
    from desktop.gui.cases import CasesArea

    application = shell.make_application()
    opened = workspace.login(book, workspace.Credentials(*DEMO_LOGIN))
    window = shell.build_main_window(shell.book_context(opened))
    window.resize(1200, 700)
    window.show()
    started = time.perf_counter()
    while True:
        area = window.findChild(CasesArea)
        if area is not None and area.model.is_loaded(0):  # the first page is on screen
            _ready(area.model.rowCount())
        application.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        if time.perf_counter() - started > 600:
            raise SystemExit("stuck: no case rows after 600 s")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(Path(sys.argv[2]))
