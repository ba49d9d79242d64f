"""The Village convention tab: the articles this case relies on, and citing more of them.

A case cites the article of the version in force when its matter arose (DOMAIN.md §5); the
search looks only at that version, diacritics ignored. Every citation carries the reminder that
a convention is not law and cannot override it. A closed case follows the window's rules: it
gains or loses citations only while it is being amended (with a reason).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.conventions import citations
from desktop.core.services.conventions.citations import CaseConventions, CitationView
from desktop.core.services.conventions.versions import NOT_LAW_REMINDER
from desktop.core.services.conventions.views import ArticleView, VersionView
from desktop.gui.case.editing import CaseEditing
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
        layout = QVBoxLayout(self)
        self.reminderLabel = QLabel(_(NOT_LAW_REMINDER))
        self.reminderLabel.setWordWrap(True)
        self.reminderLabel.setStyleSheet(REMINDER_STYLE)
        self.errorLabel = QLabel()
        clear_error(self.errorLabel)
        layout.addWidget(self.reminderLabel)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self._cited_group(), 2)
        self.noConventionLabel = QLabel(_(NO_CONVENTION))
        self.noConventionLabel.setWordWrap(True)
        self.noConventionLabel.setVisible(False)
        layout.addWidget(self.noConventionLabel)
        self.addGroup = self._add_group()
        layout.addWidget(self.addGroup, 3)

    def _cited_group(self) -> QGroupBox:
        group = QGroupBox(_("Convention articles this case relies on"))
        box = QVBoxLayout(group)
        self.model = RowsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(_("Cited articles"))
        fit_columns(self.table, long_text_columns=(0, 2, 4))
        fit_rows(self.table)
        self.removeButton = QPushButton(_("&Remove citation"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.removeButton)
        box.addWidget(self.table)
        box.addLayout(row)
        return group

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(N_("Convention"), lambda c: c.convention_title),
            Column(N_("Decision"), lambda c: c.decision_no or "-"),
            Column(N_("Article"), lambda c: article_label(c.article)),
            Column(N_("Clause"), clause_label),
            Column(N_("How it applies"), lambda c: c.note),
            Column(N_("In force from"), lambda c: date_text(c.effective_on)),
        )

    def _add_group(self) -> QGroupBox:
        group = QGroupBox(_("Cite an article"))
        form = QFormLayout(group)
        self.conventionCombo = QComboBox()
        self.versionLabel = QLabel()
        self.versionLabel.setWordWrap(True)
        self.searchEdit = QLineEdit()
        self.searchEdit.setPlaceholderText(_("Words of the article, with or without accents"))
        self.searchEdit.setClearButtonEnabled(True)
        self.resultsList = QListWidget()
        self.articleText = QPlainTextEdit()
        self.articleText.setReadOnly(True)
        results = QHBoxLayout()
        results.addWidget(self.resultsList, 2)
        results.addWidget(self.articleText, 3)
        self.clauseCombo = QComboBox()
        self.noteEdit = QPlainTextEdit()
        self.noteEdit.setPlaceholderText(_("How this article applies to the case"))
        self.noteEdit.setFixedHeight(60)
        self.citeButton = QPushButton(_("&Cite"))
        for row_label, widget in ((_("Con&vention:"), self.conventionCombo),
                                  ("", self.versionLabel), (_("&Search:"), self.searchEdit)):
            self._add_row(form, row_label, widget)
        form.addRow(results)
        for row_label, widget in ((_("C&lause:"), self.clauseCombo),
                                  (_("&Note:"), self.noteEdit)):
            self._add_row(form, row_label, widget)
        form.addRow("", self.citeButton)
        return group

    def _add_row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        if text:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        else:
            form.addRow(widget)

    def _connect(self) -> None:
        self._editing.editability_changed.connect(lambda _editable: self.reload())
        self._editing.context.data_changed.connect(self.on_data_changed)
        self.conventionCombo.currentIndexChanged.connect(lambda _index: self.search())
        self.searchEdit.textChanged.connect(lambda _text: self.search())
        self.resultsList.currentRowChanged.connect(self._show_article)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.citeButton.clicked.connect(self.cite)
        self.removeButton.clicked.connect(self.remove_selected)

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
        self.noConventionLabel.setVisible(not has_conventions)
        self.addGroup.setVisible(has_conventions)
        if first:
            self.conventionCombo.blockSignals(True)
            self.conventionCombo.clear()
            for convention_id, title in data.conventions:
                self.conventionCombo.addItem(title, convention_id)
            self.conventionCombo.blockSignals(False)
            if has_conventions:
                self.search()
        self._sync_buttons()
        emit(self.loaded)

    def _failed(self, error: HoagiaiError) -> None:
        show_error(self.errorLabel, error)

    # --- searching ---------------------------------------------------------------------------

    def _convention_id(self) -> uuid.UUID | None:
        value = self.conventionCombo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def search(self) -> None:
        convention_id = self._convention_id()
        if convention_id is None:
            return
        case_id, query = self._editing.case_id, self.searchEdit.text()
        self._search_serial += 1
        serial = self._search_serial

        def shown(found: tuple[VersionView, list[ArticleView]]) -> None:
            if serial == self._search_serial:  # an older search that came back late: ignore it
                self._show_results(*found)

        def failed(error: HoagiaiError) -> None:
            if serial == self._search_serial:
                self._show_results(None, [])
                show_error(self.errorLabel, error)
        self._editing.context.read(
            self, lambda s: citations.search_for_case(s, case_id, convention_id, query),
            shown, failed)

    def _show_results(self, version: VersionView | None, articles: list[ArticleView]) -> None:
        self.version, self._articles = version, articles
        if version is not None:
            clear_error(self.errorLabel)
        self.versionLabel.setText(self._version_text(version))
        self.resultsList.clear()
        for article in articles:
            item = QListWidgetItem(article_label(article))
            item.setToolTip(article.text)
            self.resultsList.addItem(item)
        if articles:
            self.resultsList.setCurrentRow(0)
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
        self.articleText.setPlainText(article.text if article else "")
        self.clauseCombo.clear()
        if article is not None:
            self.clauseCombo.addItem(_("Whole article"), None)
            for number, text in article.clauses:
                first = text.splitlines()[0] if text else ""
                self.clauseCombo.addItem(f"{number}. {first[:80]}", number)
        self._sync_buttons()

    def selected_article(self) -> ArticleView | None:
        row = self.resultsList.currentRow()
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def selected_citation(self) -> CitationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        editable = self._editing.may_edit
        self.citeButton.setEnabled(editable and self.selected_article() is not None)
        self.removeButton.setEnabled(editable and self.selected_citation() is not None)
        self.noteEdit.setReadOnly(not editable)

    # --- saving ------------------------------------------------------------------------------

    def cite(self) -> None:
        article = self.selected_article()
        if article is None or not self._editing.may_edit:
            return
        case_id, clause = self._editing.case_id, self.clauseCombo.currentData()
        note = self.noteEdit.toPlainText()
        clear_error(self.errorLabel)
        self._editing.write(lambda s: citations.cite(s, case_id, article.id, clause, note),
                            lambda _id: self.noteEdit.clear(), self._failed)

    def remove_selected(self) -> None:
        citation = self.selected_citation()
        if citation is None or not self._editing.may_edit:
            return
        question = _("Remove the citation of {article} ({clause}) from this case?").format(
            article=article_label(citation.article), clause=clause_label(citation))
        if not self._editing.dialogs.confirm(self, _("Remove citation"), question):
            return
        clear_error(self.errorLabel)
        self._editing.write(lambda s: citations.remove_citation(s, citation.id),
                            on_error=self._failed)


def tab_title() -> str:
    return _("&Village convention")

