"""The case window: everything about one case, one tab per part of the work.

``open_case_window`` is the entry point other screens use; it shows the window non-modally and
brings an already open window of the same case to the front instead of opening a second one.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core.domain.enums import CaseStatus, DocumentKind
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import book
from desktop.core.i18n import _
from desktop.core.services.cases import outcomes
from desktop.core.services.documents.issued import Issued
from desktop.gui.case.attachments_panel import AttachmentsPanel
from desktop.gui.case.case_data import CaseData, load_case_data
from desktop.gui.case.citations_tab import CitationsTab, tab_title
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.general_tab import GeneralTab
from desktop.gui.case.header import ExportStateLabel, show_banner, show_status, style_header
from desktop.gui.case.hearings_tab import HearingsTab
from desktop.gui.case.history_tab import HistoryTab, record_sensitive_view
from desktop.gui.case.mediators_tab import MediatorsTab
from desktop.gui.case.outcome_tab import OutcomeTab
from desktop.gui.case.participants_tab import ParticipantsTab
from desktop.gui.documents.agreement_preview import (
    build_agreement_pdf,
    build_document_pdf,
    show_agreement_preview,
    show_document_preview,
)
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.forms.ui_case_window import Ui_CaseWindow
from desktop.gui.kit import window_fit
from desktop.gui.kit.changes import Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import clear_error, show_error
from desktop.gui.kit.scrolling import make_scrollable
from desktop.gui.kit.signals import emit
from desktop.gui.kit.window_fit import fit_to_screen
from desktop.gui.preferences import Preferences

_open_windows: dict[tuple[int, uuid.UUID], CaseWindow] = {}


class CaseWindow(QMainWindow):
    case_loaded = Signal()  # the window shows the case as it is now saved
    document_opened = Signal(object)  # a PdfPreviewDialog

    def __init__(self, context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseWindow()
        self.ui.setupUi(self)
        self.context = context
        self.case_id = case_id
        self.dialogs = dialogs
        self.editing = CaseEditing(context, case_id, dialogs, self)
        self.data: CaseData | None = None
        self.preview: PdfPreviewDialog | None = None
        self._add_tabs()
        style_header(self.ui)
        self.export_state = self._add_export_state()  # team books: sent to the ward?
        action = self.ui.actionWrittenAgreement
        action.setIconText(action.text().replace("&", ""))  # keep the "…": it opens a window
        self.ui.agreementButton.setDefaultAction(action)
        self.ui.closedBanner.setVisible(False)
        self.ui.actionWrittenAgreement.setEnabled(False)
        self.document_actions = self._add_document_actions()
        clear_error(self.ui.errorLabel)
        self._connect()
        self._add_close_keys()
        self._place()

    def _add_close_keys(self) -> None:
        """Esc and Ctrl+W close the case window, as they close a dialog (issue 14); the
        Window menu shows them."""
        self.close_action = QAction(_("&Close this window"), self)
        self.close_action.setObjectName("closeWindowAction")
        keys = [QKeySequence("Ctrl+W"), QKeySequence(Qt.Key.Key_Escape)]
        platform = QKeySequence(QKeySequence.StandardKey.Close)  # Ctrl+F4 on some systems
        self.close_action.setShortcuts(keys + ([platform] if platform not in keys else []))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close_by_key)
        self.menuBar().addMenu(_("&Window")).addAction(self.close_action)

    def close_by_key(self) -> None:
        """A key pressed by habit must not throw away an agreement being written."""
        if self.outcome.has_unsaved_changes and not self.dialogs.confirm(
                self, _("Close the case window?"),
                _("The agreement has changes that are not saved yet. Close the window and "
                  "lose them?")):
            return
        self.close()

    def help_topic(self) -> str:
        """F1's page for this window: the one about the tab in front."""
        current = self.ui.tabs.currentWidget()
        if current is self.hearings:
            return "buoi-hoa-giai"
        if current is self.outcome:
            return "thoa-thuan"
        return "ghi-vu-viec"

    def _preferences(self) -> Preferences | None:
        preferences = getattr(self.parent(), "preferences", None)  # the main window's
        return preferences if isinstance(preferences, Preferences) else None

    def _place(self) -> None:
        """At the size the person last gave a case window, else fitted to the screen."""
        preferences = self._preferences()
        geometry = preferences.window_geometry("case_window") if preferences else None
        if geometry is None or not self.restoreGeometry(geometry):  # wide enough for the tabs
            tabs = self.ui.tabs.tabBar().sizeHint().width() + _TAB_MARGIN
            fit_to_screen(self, QSize(max(1040, tabs), 720))

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences = self._preferences()
        if preferences is not None:
            preferences.set_window_geometry("case_window", self.saveGeometry())
        super().closeEvent(event)

    def _add_document_actions(self) -> dict[DocumentKind, QAction]:
        """The other case documents, after the written agreement in the Documents menu."""
        texts = {
            DocumentKind.UNSUCCESSFUL: _("Record of &unsuccessful mediation…"),
            DocumentKind.GUIDANCE: _("&Court-recognition guidance…"),
            DocumentKind.MINUTES: _("&Minutes of the selected hearing…"),
            DocumentKind.INVITATION: _("&Invitations to the selected hearing…"),
            DocumentKind.CASEFILE: _("Case &file summary…"),
        }
        actions = {}
        for kind, text in texts.items():
            action = QAction(text, self)
            action.setEnabled(False)
            action.triggered.connect(partial(self.open_document, kind))
            self.ui.documentsMenu.addAction(action)
            actions[kind] = action
        return actions

    def _add_tabs(self) -> None:
        self.general = GeneralTab(self.editing, self)
        self.participants = ParticipantsTab(self.editing, self)
        self.mediators = MediatorsTab(self.editing, self)
        self.hearings = HearingsTab(self.editing, self)
        self.outcome = OutcomeTab(self.editing, self)
        tabs = ((self.general, _("&General")), (self.participants, _("&Participants")),
                (self.mediators, _("&Mediators")), (self.hearings, _("&Hearings")),
                (self.outcome, _("&Outcome && agreement")))
        for tab, title in tabs:
            self.ui.tabs.addTab(tab, title)
        self.citations = CitationsTab(self.editing, self)  # loads itself as the case loads
        self.ui.tabs.addTab(self.citations, tab_title())
        self.attachments = AttachmentsPanel(self.context, self.case_id, self.dialogs, self)
        self.ui.tabs.addTab(self.attachments, _("A&ttachments"))  # scanned signed copies
        self.history = HistoryTab(self.context, self.case_id, self)  # loaded when shown
        self.ui.tabs.addTab(self.history, _("Hi&story"))
        for index in range(self.ui.tabs.count()):  # large text on a small screen: scroll
            page = self.ui.tabs.widget(index)
            if page is not None:
                make_scrollable(page)
        self._fit_tab_titles()

    def _fit_tab_titles(self) -> None:
        """Large text on a small screen: shorter titles where the full ones would not all fit
        (Qt would hide tabs behind scroll arrows), the full title kept as the tab's tooltip."""
        tabs = self.ui.tabs
        room = window_fit.available_size(self).width()
        if tabs.tabBar().sizeHint().width() + _TAB_MARGIN <= room:
            return
        short = {self.general: _("&Main"), self.outcome: _("&Outcome"),
                 self.citations: _("&Convention"), self.attachments: _("&Files")}
        for page, title in short.items():
            index = tabs.indexOf(page)
            tabs.setTabToolTip(index, _without_mnemonic(tabs.tabText(index)))
            tabs.setTabText(index, title)

    def _add_export_state(self) -> ExportStateLabel | None:
        if self.context.read_now(book.kind) == book.WARD:  # the ward's own book sends nothing
            return None
        state = ExportStateLabel(self.context, self.case_id, self.ui.central)
        header = self.ui.headerLayout
        header.insertWidget(header.indexOf(self.ui.statusBadge) + 1, state)
        self.case_loaded.connect(state.refresh)
        return state

    def _connect(self) -> None:
        self.ui.amendButton.clicked.connect(self.amend)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.actionWrittenAgreement.triggered.connect(self.open_written_agreement)
        self.context.data_changed.connect(self.on_data_changed)
        self.editing.reload_wanted.connect(self.reload)
        self.editing.editability_changed.connect(lambda _editable: self._show_banner())

    # --- loading -----------------------------------------------------------------------------

    def on_data_changed(self, changed: Changed) -> None:
        # The lists the window offers (mediators, categories) come from the team's records.
        if changed.touches_case(self.case_id) or changed.touches(Area.TEAM, Area.SETTINGS):
            self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        self.context.read(self, lambda s: load_case_data(s, case_id), self._on_loaded,
                          self._on_load_failed)

    def _on_loaded(self, data: CaseData) -> None:
        if data != self.data:
            self.data = data
            self._show(data)
        emit(self.case_loaded)

    def _show(self, data: CaseData) -> None:
        detail = data.detail
        clear_error(self.ui.errorLabel)
        self.setWindowTitle(_("Case {number} — {title}").format(number=detail.number,
                                                                  title=detail.title))
        self.ui.numberLabel.setText(detail.number)
        self.ui.titleLabel.setText(detail.title)
        show_status(self.ui, detail.status)
        self.ui.actionWrittenAgreement.setEnabled(detail.status is CaseStatus.SUCCESSFUL)
        self._enable_documents(data)
        self.editing.set_detail(detail, data.versions)
        for tab in (self.general, self.participants, self.mediators, self.hearings,
                    self.outcome):
            tab.show_case(data)

    def _on_load_failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)

    def _show_banner(self) -> None:
        show_banner(self.ui, self.editing)

    # --- amending a closed case --------------------------------------------------------------

    def _ask_reason(self, title: str, question: str) -> str | None:
        return self.dialogs.ask_text(self, title, question)

    def amend(self) -> None:
        reason = self._ask_reason(_("Amend a closed case"), _(
            "Why must this closed case be changed? The reason is recorded with every change."))
        if reason:
            self.editing.start_amending(reason)

    def reopen(self) -> None:
        reason = self._ask_reason(_("Reopen the case"), _(
            "Why is the case being reopened? Its outcome will be removed, and the reason "
            "recorded."))
        if not reason:
            return
        case_id = self.case_id
        self.editing.write(lambda s: outcomes.reopen_case(s, case_id), reason=reason,
                           on_error=self._on_load_failed)

    # --- documents ---------------------------------------------------------------------------

    def open_written_agreement(self) -> None:
        action = self.ui.actionWrittenAgreement
        action.setEnabled(False)
        self.statusBar().showMessage(_("Preparing the written agreement…"))
        build_agreement_pdf(self, self.context, self.case_id, self._show_agreement,
                            self._on_document_failed)

    def _show_agreement(self, document: Issued) -> None:
        self.statusBar().clearMessage()
        self.ui.actionWrittenAgreement.setEnabled(True)
        assert self.data is not None
        self.preview = show_agreement_preview(self.context, self.case_id,
                                              self.data.detail.number, document, self.dialogs,
                                              self)
        emit(self.document_opened, self.preview)

    def _enable_documents(self, data: CaseData) -> None:
        status, has_hearings = data.detail.status, bool(data.detail.hearings)
        enabled = {DocumentKind.UNSUCCESSFUL: status is CaseStatus.UNSUCCESSFUL,
                   DocumentKind.GUIDANCE: status is CaseStatus.SUCCESSFUL,
                   DocumentKind.MINUTES: has_hearings, DocumentKind.INVITATION: has_hearings,
                   DocumentKind.CASEFILE: True}
        for kind, action in self.document_actions.items():
            action.setEnabled(enabled[kind])

    def _hearing_order(self) -> int:
        """The selected hearing's order (from 1), else the latest hearing's."""
        assert self.data is not None
        hearings = self.data.detail.hearings
        selected = self.hearings.selected()
        ids = [h.id for h in hearings]
        return ids.index(selected.id) + 1 if selected is not None else len(hearings)

    def open_document(self, kind: DocumentKind) -> None:
        """Build the document in the background, then preview it (print, save)."""
        hearing = (self._hearing_order()
                   if kind in (DocumentKind.MINUTES, DocumentKind.INVITATION) else 0)
        self.statusBar().showMessage(_("Preparing the document…"))
        build_document_pdf(self, self.context, self.case_id, kind,
                           partial(self._show_document, kind, hearing),
                           self._on_document_failed, hearing=hearing or 1)

    def _show_document(self, kind: DocumentKind, hearing: int, document: Issued) -> None:
        self.statusBar().clearMessage()
        assert self.data is not None
        self.preview = show_document_preview(self.context, self.case_id,
                                             self.data.detail.number, kind, document, self.dialogs,
                                             self, hearing)
        emit(self.document_opened, self.preview)

    def _on_document_failed(self, error: HoagiaiError) -> None:
        self.statusBar().clearMessage()
        self.ui.actionWrittenAgreement.setEnabled(True)
        show_error(self.ui.errorLabel, error)


def _forget(key: tuple[int, uuid.UUID]) -> None:
    _open_windows.pop(key, None)


def open_case_window(context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                     parent: QWidget | None = None) -> CaseWindow:
    """Show the case's window (non-modal); an open window of the same case comes to the front."""
    key = (id(context), case_id)
    window = _open_windows.get(key)
    if window is not None:  # dropped from the map as it is destroyed
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = CaseWindow(context, case_id, dialogs, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows[key] = window
    window.destroyed.connect(partial(_forget, key))
    window.show()
    window.reload()
    record_sensitive_view(window, context, case_id)  # once per opening, if sensitive
    return window


_TAB_MARGIN = 48  # the window's frame and the tab widget's own border, beside the tabs


def _without_mnemonic(title: str) -> str:
    """A tab title as read in a tooltip: "&Outcome && agreement" is "Outcome & agreement"."""
    return title.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
