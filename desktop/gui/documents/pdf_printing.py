"""Printing a PDF: each page rendered by QtPdf (PDFium) and painted onto the printer.

Why render rather than hand the file to the system: Windows has no built-in PDF printing, and
the same code then prints on every platform. Pages are rendered at the printer's resolution,
capped so an A4 page stays a bitmap an old PC can hold (600 dpi would be ~140 MB a page).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_RENDER_DPI = 300


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setDocName(title)
    return printer


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """Zero-based pages of the range chosen in the print dialog (all when none was)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(first - 1, min(last, page_count))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the chosen pages; returns how many were sent (0: the printer refused to start)."""
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for count, page in enumerate(pages):
            if count:
                printer.newPage()
            _paint_page(painter, printer, document, page)
    finally:
        painter.end()
    return len(pages)


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument,
                page: int) -> None:
    points = document.pagePointSize(page)
    render_dpi = min(printer.resolution(), MAX_RENDER_DPI)
    image = document.render(page, _pixels(points, render_dpi))
    painter.drawImage(_target(printer, points), image)


def _pixels(points: QSizeF, dpi: int) -> QSize:
    return QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))


def _target(printer: QPrinter, points: QSizeF) -> QRectF:
    """The page at its true size on the paper, shrunk to fit if the paper is smaller."""
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    width = points.width() * printer.resolution() / 72
    height = points.height() * printer.resolution() / 72
    scale = min(1.0, paper.width() / width, paper.height() / height)
    return QRectF(0, 0, width * scale, height * scale)
