"""The Village convention tab: the articles this case relies on, and citing more of them.

A case cites the article of the version in force when its matter arose (DOMAIN.md §5); the
search looks only at that version, diacritics ignored. Every citation carries the reminder that
a convention is not law and cannot override it. A closed case follows the window's rules: it
gains or loses citations only while it is being amended (with a reason).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.conventions import citations
from desktop.core.services.conventions.citations import CaseConventions, CitationView
from desktop.core.services.conventions.versions import NOT_LAW_REMINDER
from desktop.core.services.conventions.views import ArticleView, VersionView
from desktop.gui.case.editing import CaseEditing
from desktop.gui.forms.ui_case_citations import Ui_CaseCitationsTab
from desktop.gui.kit.changes import Area, Changed
from desktop.gui.kit.form_helpers import clear_error, date_text, fit_columns, fit_rows, show_error
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.signals import emit

NO_CONVENTION = N_(
    "No village convention has been imported into this case book yet. Import your village's or "
    "residential group's convention with File › Import a village convention…, then come back "
    "here to cite its articles.")
REMINDER_STYLE = ("QLabel { background: #fff8e1; color: #5d4300; border: 1px solid #e6c66e;"
                  " border-radius: 4px; padding: 6px; }")


def article_label(article: ArticleView) -> str:
    return _("Article {number}. {title}").format(number=article.number, title=article.title)


def clause_label(citation: CitationView) -> str:
    if citation.clause_number is None:
        return _("Whole article")
    return _("Clause {number}").format(number=citation.clause_number)


class CitationsTab(QWidget):
    loaded = Signal()  # the citations and conventions are shown as saved
    searched = Signal()  # the search results are shown

    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self.data: CaseConventions | None = None
        self.version: VersionView | None = None
        self._articles: list[ArticleView] = []
        self._search_serial = 0
        self._build()
        self._connect()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_CaseCitationsTab()
        self.ui.setupUi(self)
        ui = self.ui
        ui.reminderLabel.setText(_(NOT_LAW_REMINDER))
        ui.reminderLabel.setStyleSheet(REMINDER_STYLE)
        ui.noConventionLabel.setText(_(NO_CONVENTION))
        ui.noConventionLabel.setVisible(False)
        clear_error(ui.errorLabel)
        self.model = RowsModel(self._columns(), self)
        ui.table.setModel(self.model)
        fit_columns(ui.table, long_text_columns=(0, 2, 4))
        fit_rows(ui.table)
        for label in (ui.conventionLabel, ui.searchLabel, ui.clauseLabel, ui.noteLabel):
            buddy = label.buddy()  # named as its label reads, in the person's language
            if buddy is not None:
                buddy.setAccessibleName(label.text().replace("&", "").rstrip(":"))

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(N_("Convention"), lambda c: c.convention_title),
            Column(N_("Decision"), lambda c: c.decision_no or "-"),
            Column(N_("Article"), lambda c: article_label(c.article)),
            Column(N_("Clause"), clause_label),
            Column(N_("How it applies"), lambda c: c.note),
            Column(N_("In force from"), lambda c: date_text(c.effective_on)),
        )

    def _connect(self) -> None:
        self._editing.editability_changed.connect(lambda _editable: self.reload())
        self._editing.context.data_changed.connect(self.on_data_changed)
        self.ui.conventionCombo.currentIndexChanged.connect(lambda _index: self.search())
        self.ui.searchEdit.textChanged.connect(lambda _text: self.search())
        self.ui.resultsList.currentRowChanged.connect(self._show_article)
        self.ui.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.ui.citeButton.clicked.connect(self.cite)
        self.ui.removeButton.clicked.connect(self.remove_selected)

    # --- loading -----------------------------------------------------------------------------

    def on_data_changed(self, changed: Changed) -> None:
        # Its citations, or a convention imported or amended: citations are not in CaseData.
        if changed.touches_case(self._editing.case_id) or changed.touches(Area.CONVENTIONS):
            self.reload()

    def reload(self) -> None:
        case_id = self._editing.case_id
        self._editing.context.read(self, lambda s: citations.case_conventions(s, case_id),
                                   self._on_loaded, self._failed)

    def _on_loaded(self, data: CaseConventions) -> None:
        first = self.data is None or self.data.conventions != data.conventions
        self.data = data
        self.model.set_rows(data.citations)
        has_conventions = bool(data.conventions)
        self.ui.noConventionLabel.setVisible(not has_conventions)
        self.ui.addGroup.setVisible(has_conventions)
        if first:
            self.ui.conventionCombo.blockSignals(True)
            self.ui.conventionCombo.clear()
            for convention_id, title in data.conventions:
                self.ui.conventionCombo.addItem(title, convention_id)
            self.ui.conventionCombo.blockSignals(False)
            if has_conventions:
                self.search()
        self._sync_buttons()
        emit(self.loaded)

    def _failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)

    # --- searching ---------------------------------------------------------------------------

    def _convention_id(self) -> uuid.UUID | None:
        value = self.ui.conventionCombo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def search(self) -> None:
        convention_id = self._convention_id()
        if convention_id is None:
            return
        case_id, query = self._editing.case_id, self.ui.searchEdit.text()
        self._search_serial += 1
        serial = self._search_serial

        def shown(found: tuple[VersionView, list[ArticleView]]) -> None:
            if serial == self._search_serial:  # an older search that came back late: ignore it
                self._show_results(*found)

        def failed(error: HoagiaiError) -> None:
            if serial == self._search_serial:
                self._show_results(None, [])
                show_error(self.ui.errorLabel, error)
        self._editing.context.read(
            self, lambda s: citations.search_for_case(s, case_id, convention_id, query),
            shown, failed)

    def _show_results(self, version: VersionView | None, articles: list[ArticleView]) -> None:
        self.version, self._articles = version, articles
        if version is not None:
            clear_error(self.ui.errorLabel)
        self.ui.versionLabel.setText(self._version_text(version))
        self.ui.resultsList.clear()
        for article in articles:
            item = QListWidgetItem(article_label(article))
            item.setToolTip(article.text)
            self.ui.resultsList.addItem(item)
        if articles:
            self.ui.resultsList.setCurrentRow(0)
        else:
            self._show_article(-1)
        emit(self.searched)

    def _version_text(self, version: VersionView | None) -> str:
        if version is None or self.data is None:
            return ""
        return _("The version in force on {date}, when the matter arose: decision {decision} "
                 "of {decided}, in force from {effective}.").format(
            date=date_text(self.data.matter_date), decision=version.decision_no or "-",
            decided=date_text(version.decision_date) or "-",
            effective=date_text(version.effective_on) or "-")

    def _show_article(self, row: int) -> None:
        article = self._articles[row] if 0 <= row < len(self._articles) else None
        self.ui.articleText.setPlainText(article.text if article else "")
        self.ui.clauseCombo.clear()
        if article is not None:
            self.ui.clauseCombo.addItem(_("Whole article"), None)
            for number, text in article.clauses:
                first = text.splitlines()[0] if text else ""
                self.ui.clauseCombo.addItem(f"{number}. {first[:80]}", number)
        self._sync_buttons()

    def selected_article(self) -> ArticleView | None:
        row = self.ui.resultsList.currentRow()
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def selected_citation(self) -> CitationView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        editable = self._editing.may_edit
        self.ui.citeButton.setEnabled(editable and self.selected_article() is not None)
        self.ui.removeButton.setEnabled(editable and self.selected_citation() is not None)
        self.ui.noteEdit.setReadOnly(not editable)

    # --- saving ------------------------------------------------------------------------------

    def cite(self) -> None:
        article = self.selected_article()
        if article is None or not self._editing.may_edit:
            return
        case_id, clause = self._editing.case_id, self.ui.clauseCombo.currentData()
        note = self.ui.noteEdit.toPlainText()
        clear_error(self.ui.errorLabel)
        self._editing.write(lambda s: citations.cite(s, case_id, article.id, clause, note),
                            lambda _id: self.ui.noteEdit.clear(), self._failed)

    def remove_selected(self) -> None:
        citation = self.selected_citation()
        if citation is None or not self._editing.may_edit:
            return
        question = _("Remove the citation of {article} ({clause}) from this case?").format(
            article=article_label(citation.article), clause=clause_label(citation))
        if not self._editing.dialogs.confirm(self, _("Remove citation"), question):
            return
        clear_error(self.ui.errorLabel)
        self._editing.write(lambda s: citations.remove_citation(s, citation.id),
                            on_error=self._failed)


def tab_title() -> str:
    return _("&Village convention")

