"""The GUI half of ``hoagiai --self-test`` (desktop/cli/self_test.py): the agreement's text read
back by QtPdf, and the main window shown offscreen on the trial book."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QSettings
from PySide6.QtPdf import QPdfDocument

from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
from desktop.core.services.workspace import book as workspace
from desktop.gui.app import book_context, build_main_window, make_application
from desktop.gui.preferences import Preferences

EXPECTED_TEXT = "VĂN BẢN HÒA GIẢI THÀNH"  # the title of resources/documents/agreement.toml


def check_window(folder: Path, book_path: Path, pdf: bytes) -> str:
    """The window's title once it has shown; raises when something is missing."""
    app = make_application()
    read_back(folder, pdf)
    check_collation()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    book = workspace.login(book_path, workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
    context = book_context(book)
    try:
        window = build_main_window(context, None, Preferences(settings))
        window.show()
        app.processEvents()
        shown, title = window.isVisible(), window.windowTitle()
        window.close()
        app.processEvents()
    finally:
        context.runner.wait_for_done()
        book.database.dispose()
    if not shown:
        raise AssertionError("the main window did not show")
    return title


def read_back(folder: Path, pdf: bytes) -> None:
    pdf_path = folder / "agreement.pdf"
    pdf_path.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(pdf_path))
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    if EXPECTED_TEXT.casefold() not in " ".join(text.split()).casefold():
        raise AssertionError(f"the PDF's text does not read back: {text[:200]!r}")


# Vietnamese alphabetical order (a ă â b c d đ e ê ... o ô ơ ... u ư): what Qt's collation gets
# from the ICU data, which the Linux build shrinks (installer/shrink_icu.py).
VIETNAMESE_ORDER = ["an", "Ánh", "ăn", "ân", "Bình", "Dương", "Đặng", "ốc", "ơn", "Ung", "Ưng"]


def check_collation() -> None:
    collator = QCollator(QLocale("vi_VN"))
    shuffled = sorted(VIETNAMESE_ORDER, key=lambda word: word[::-1])
    ordered = sorted(shuffled, key=collator.sortKey)
    if ordered != VIETNAMESE_ORDER:
        raise AssertionError(f"Vietnamese sorting is wrong: {ordered}")
