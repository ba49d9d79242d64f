"""A document preview: page through the PDF, zoom, print it or save it as a file.

The preview knows nothing of cases: it shows PDF bytes and announces what was printed or saved
(``document_printed``/``document_saved``), so its owner can journal it.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.files import atomic_write
from desktop.core.i18n import _
from desktop.gui.documents.pdf_printing import new_printer, print_pdf
from desktop.gui.documents.print_seam import choose_printer
from desktop.gui.forms.ui_pdf_preview import Ui_PdfPreviewDialog
from desktop.gui.kit.dialogs import Dialogs, pdf_filter
from desktop.gui.kit.signals import emit

_ZOOM_STEP = 1.25


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class PdfPreviewDialog(QDialog):
    document_printed = Signal(str)  # the printer's name
    document_saved = Signal(str)  # the file's path

    def __init__(self, pdf: bytes, title: str, suggested_name: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, with maximise
        self._pdf = pdf
        self._title = title
        self._suggested_name = suggested_name
        self._dialogs = dialogs
        self.document = QPdfDocument(self)
        self.view = QPdfView(self.ui.viewHolder)
        self.view.setAccessibleName(_("Document pages"))
        self.ui.viewLayout.addWidget(self.view)
        self._connect()
        self._load()

    def _connect(self) -> None:
        ui = self.ui
        ui.previousButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        ui.zoomInButton.clicked.connect(lambda: self.zoom_by(_ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        ui.fitWidthButton.toggled.connect(self.set_fit_width)
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_document)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._sync())
        self.document.statusChanged.connect(lambda _status: self._sync())

    def _load(self) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.set_fit_width(True)
        self._sync()

    # --- pages and zoom ----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._sync()

    def set_fit_width(self, fit: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth if fit else QPdfView.ZoomMode.Custom)
        self.ui.fitWidthButton.setChecked(fit)

    def zoom_by(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        self.set_fit_width(False)
        self.view.setZoomFactor(max(0.25, min(4.0, zoom * factor)))

    def _sync(self) -> None:
        if not (shiboken6.isValid(self.document) and shiboken6.isValid(self.view)):
            return  # the document closes itself while the dialog is being destroyed
        ui = self.ui
        ready = self.document.status() == QPdfDocument.Status.Ready
        count, page = self.page_count(), self.current_page()
        ui.pageLabel.setText(_("Page {page} of {count}").format(page=page + 1, count=count)
                             if ready else _("Opening the document…"))
        ui.previousButton.setEnabled(ready and page > 0)
        ui.nextButton.setEnabled(ready and page + 1 < count)
        ui.printButton.setEnabled(ready)
        ui.saveButton.setEnabled(ready)

    # --- printing and saving -----------------------------------------------------------------

    def print_document(self) -> None:
        printer = new_printer(self._title)
        if not choose_printer(self._dialogs, self, printer, self.page_count()):
            return
        if print_pdf(self.document, printer) == 0:
            self._dialogs.warn(self, _("Print"), _(
                "The printer could not be started. Check that it is switched on and "
                "connected, then try again."))
            return
        target = printer.printerName() or printer.outputFileName()
        self.ui.statusLabel.setText(_("Sent to the printer {printer}.").format(printer=target))
        emit(self.document_printed, target)

    def save_document(self) -> None:
        path = self._dialogs.save_file(self, _("Save as PDF"),
                                       documents_folder() / self._suggested_name, pdf_filter())
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, self._pdf)  # an older file of that name stays whole on failure
        except OSError as error:
            self._dialogs.warn(self, _("Save as PDF"), _(
                "The file could not be saved ({reason}). Choose another folder, for example "
                "Documents, and try again.").format(reason=error.strerror or error))
            return
        self.ui.statusLabel.setText(_("Saved as {path}.").format(path=path))
        emit(self.document_saved, str(path))
