"""File › Village conventions…: the team's conventions, their recognised versions and where each
stands (with the decision that changed it), and the annual review for a chosen period, printed
through the preview.

The review answers what the community asks every year around 18 November: which articles the
team's cases relied on, with what outcomes, and which were never cited (DOMAIN.md §5).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QTableView, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.conventions import citations, views
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.conventions.citations import AnnualReview
from desktop.core.services.conventions.views import ConventionView, VersionView
from desktop.gui.conventions.decision_dialog import DecisionDialog
from desktop.gui.conventions.status_dialog import StatusDialog, day_of
from desktop.gui.forms.ui_convention_window import Ui_ConventionsWindow
from desktop.gui.kit.changes import Area, Changed, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import (
    clear_error,
    date_text,
    fit_columns,
    fit_rows,
    show_error,
    to_qdate,
)
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved
from desktop.gui.kit.signals import emit

if TYPE_CHECKING:  # the preview (QtPdf) loads when a review is first printed
    from desktop.gui.documents.preview import PdfPreviewDialog

NO_CONVENTIONS = N_("No village convention has been imported yet. Import one with File › Import "
                    "a village convention…")


def status_decision_text(version: VersionView) -> str:
    if not version.status_decision_no:
        return date_text(version.status_since)
    return _("{decision} of {date}, from {since}").format(
        decision=version.status_decision_no, date=date_text(version.status_decision_date),
        since=date_text(version.status_since))


def _count(value: int) -> str:
    return str(value) if value else "-"


VERSION_COLUMNS = (
    Column(N_("Version"), lambda v: str(v.ordinal)),
    Column(N_("Decision"), lambda v: v.decision_no or "-"),
    Column(N_("Date of the decision"), lambda v: date_text(v.decision_date)),
    Column(N_("In force from"), lambda v: date_text(v.effective_on)),
    Column(N_("Status"), lambda v: label(v.status)),
    Column(N_("Status changed by"), status_decision_text),
    Column(N_("Articles"), lambda v: str(v.article_count)),
)
REVIEW_COLUMNS = (
    Column(N_("Article"), lambda r: str(r.number)),
    Column(N_("Article title"), lambda r: r.title),
    Column(N_("Cases citing it"), lambda r: _count(r.cases)),
    Column(N_("Successful"), lambda r: _count(r.successful)),
    Column(N_("Unsuccessful"), lambda r: _count(r.unsuccessful)),
    Column(N_("Other"), lambda r: _count(r.other)),
)


def _fit(view: QTableView, model: RowsModel, long_columns: tuple[int, ...]) -> None:
    view.setModel(model)
    fit_columns(view, long_text_columns=long_columns)
    fit_rows(view)


class ConventionsWindow(QMainWindow):
    loaded = Signal()  # the chosen convention and its versions are shown
    review_shown = Signal()
    preview_opened = Signal(object)  # a PdfPreviewDialog

    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConventionsWindow()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.view: ConventionView | None = None
        self.review: AnnualReview | None = None
        self.preview: PdfPreviewDialog | None = None
        self._build()
        self._connect()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        """What the form cannot hold: models, the reminder's text, dates, splitter sizes."""
        clear_error(self.ui.errorLabel)
        self.ui.reminderLabel.setText(_(conventions.NOT_LAW_REMINDER))
        self.ui.mainSplitter.setSizes([260, 840])
        self.versionModel = RowsModel(VERSION_COLUMNS, self)
        _fit(self.ui.versionTable, self.versionModel, (5,))
        year = date.today().year
        self.ui.fromEdit.setDate(to_qdate(date(year, 1, 1)))
        self.ui.toEdit.setDate(to_qdate(date(year, 12, 31)))
        self.reviewModel = RowsModel(REVIEW_COLUMNS, self)
        _fit(self.ui.reviewTable, self.reviewModel, (1,))

    def _connect(self) -> None:
        self.ui.conventionList.currentRowChanged.connect(lambda _row: self.show_selected())
        self.ui.versionTable.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.ui.statusButton.clicked.connect(self.change_status)
        self.ui.decisionButton.clicked.connect(self.edit_decision)
        self.ui.showButton.clicked.connect(self.show_review)
        self.ui.printButton.clicked.connect(self.print_review)
        self.context.data_changed.connect(self.on_data_changed)

    # --- conventions and versions ------------------------------------------------------------

    def on_data_changed(self, changed: Changed) -> None:
        """Versions and their citations: a convention's status or a case citing it."""
        if changed.touches(Area.CONVENTIONS, Area.CASES):
            self.show_selected()

    def reload(self) -> None:
        self.context.read(self, views.list_conventions, self._show_list,
                          self._failed)

    def _show_list(self, rows: list[tuple[uuid.UUID, str, str, int]]) -> None:
        self.ui.conventionList.clear()
        for convention_id, title, village, _versions in rows:
            item = QListWidgetItem(f"{title}\n{village}" if village else title)
            item.setData(Qt.ItemDataRole.UserRole, convention_id)
            self.ui.conventionList.addItem(item)
        if rows:
            self.ui.conventionList.setCurrentRow(0)
        else:
            show_error(self.ui.errorLabel, HoagiaiError(NO_CONVENTIONS))
            self._sync_buttons()
            emit(self.loaded)

    def convention_id(self) -> uuid.UUID | None:
        item = self.ui.conventionList.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def show_selected(self) -> None:
        convention_id = self.convention_id()
        if convention_id is None:
            return
        self.context.read(self, lambda s: views.show_convention(s, convention_id),
                          self._show_convention, self._failed)

    def _show_convention(self, view: ConventionView) -> None:
        selected = self.selected_version()
        self.view = view
        clear_error(self.ui.errorLabel)
        self.versionModel.set_rows(view.versions)
        ids = [v.id for v in view.versions]
        if selected is not None and selected.id in ids:
            self.ui.versionTable.selectRow(ids.index(selected.id))
        else:
            self.ui.versionTable.selectRow(len(ids) - 1)
        self._sync_buttons()
        if self.review is not None:
            self.show_review()
        emit(self.loaded)

    def selected_version(self) -> VersionView | None:
        rows = self.ui.versionTable.selectionModel().selectedRows()
        return self.versionModel.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        has_convention = self.convention_id() is not None
        self.ui.statusButton.setEnabled(self.selected_version() is not None)
        self.ui.decisionButton.setEnabled(self.selected_version() is not None)
        self.ui.showButton.setEnabled(has_convention)
        self.ui.printButton.setEnabled(has_convention)

    def _failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)

    def change_status(self) -> None:
        version = self.selected_version()
        if version is None or self.view is None:
            return
        dialog = StatusDialog(self.view.title, version, self)

        def save(on_done: OnDone, on_error: OnError) -> None:
            decision = dialog.decision()
            self.context.write(self, lambda s: conventions.change_status(s, version.id, decision),
                               on_done, on_error, changed=areas_changed(Area.CONVENTIONS))
        run_until_saved(self.dialogs, dialog, save)

    def edit_decision(self) -> None:
        version = self.selected_version()
        if version is None or self.view is None:
            return
        dialog = DecisionDialog(self.view.title, version, self)

        def save(on_done: OnDone, on_error: OnError) -> None:
            recognition = dialog.recognition()
            self.context.write(self, lambda s: conventions.edit_recognition(
                s, version.id, recognition), on_done, on_error,
                changed=areas_changed(Area.CONVENTIONS))
        run_until_saved(self.dialogs, dialog, save)

    # --- the annual review -------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return day_of(self.ui.fromEdit), day_of(self.ui.toEdit)

    def show_review(self) -> None:
        convention_id = self.convention_id()
        if convention_id is None:
            return
        start, end = self.period()
        self.context.read(self, lambda s: citations.annual_review(s, convention_id, start, end),
                          self._show_review, self._failed)

    def _show_review(self, review: AnnualReview) -> None:
        self.review = review
        cited = [row for row in review.rows if row.cases]
        self.reviewModel.set_rows(cited)
        never = ", ".join(str(row.number) for row in review.never_cited) or "-"
        self.ui.summaryLabel.setText(_(
            "{cases} case(s) received in the period cited this convention. Articles never "
            "cited: {never}.").format(cases=review.total_cases, never=never))
        emit(self.review_shown)

    def print_review(self) -> None:
        convention_id = self.convention_id()
        if convention_id is None:
            return
        start, end = self.period()
        author = self.context.actor.user

        def build(session: Session) -> bytes:
            from desktop.core.documents.convention_review import render_convention_review

            document = citations.review_document(session, convention_id, start, end,
                                                 author=author)
            return render_convention_review(document)
        self.statusBar().showMessage(_("Preparing the document…"))
        self.context.read(self, build, lambda pdf: self._preview(convention_id, pdf),
                          self._failed)

    def _preview(self, convention_id: uuid.UUID, pdf: bytes) -> None:
        self.statusBar().clearMessage()
        start, end = self.period()
        title = _("Convention review {start} – {end}").format(start=date_text(start),
                                                              end=date_text(end))
        name = f"ra-soat-huong-uoc-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
        from desktop.gui.documents.preview import PdfPreviewDialog

        preview = PdfPreviewDialog(pdf, title, name, self.dialogs, self)

        def record(target: str) -> None:
            self.context.write(self, lambda s: citations.record_review_print(
                s, convention_id, target, start, end), on_error=self._failed,
                changed=areas_changed(Area.DOCUMENTS))
        preview.document_printed.connect(record)
        preview.document_saved.connect(record)
        preview.show()
        self.preview = preview
        emit(self.preview_opened, preview)


def open_conventions_window(context: BookContext, dialogs: Dialogs,
                            parent: QWidget | None = None) -> ConventionsWindow:
    window = ConventionsWindow(context, dialogs, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowFlag(Qt.WindowType.Window)
    window.show()
    window.reload()
    return window


def conventions_action(window: QMainWindow, context: BookContext, dialogs: Dialogs) -> QAction:
    """File › Village conventions… for the main window (one window, brought to the front)."""
    action = QAction(_("Village con&ventions…"), window)
    opened: list[ConventionsWindow] = []

    def open_window() -> None:
        if opened:  # emptied when the window is destroyed
            opened[0].show()
            opened[0].raise_()
            opened[0].activateWindow()
            return
        conventions_window = open_conventions_window(context, dialogs, window)
        opened[:] = [conventions_window]
        conventions_window.destroyed.connect(opened.clear)
    action.triggered.connect(open_window)
    return action
