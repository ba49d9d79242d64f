"""Importing a village convention: choose a file (or paste the text), see the parsed structure
in a tree with every flagged fragment, fix mis-splits (merge an article into the one before it,
split one at a chosen line), then save it as a new convention or as an amendment of one.

The layout is the Designer form ``ui/convention_import.ui``; the logic is here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.conventions.editing import (
    article_source_lines,
    merge_with_previous,
    split_article,
)
from desktop.core.conventions.parser import Corrections, guess_title, parse
from desktop.core.conventions.reading import read_convention
from desktop.core.conventions.structure import ParsedConvention
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.conventions import views as convention_views
from desktop.gui.conventions.split_dialog import SplitDialog
from desktop.gui.forms.ui_convention_import import Ui_ConventionImportDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import select_data

NO_DECISION_YET = N_(
    "The convention was saved without the date of its recognition decision, so no case can "
    "cite it yet. When the decision is known, record it in File › Village conventions… "
    "(choose the version, then 'Decision and dates…').")


def convention_file_filter() -> str:
    return _("Conventions (*.docx *.txt);;All files (*)")


class ConventionImportDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.parsed: ParsedConvention | None = None
        self.text = ""  # the source text, read again with each correction
        self.corrections = Corrections()
        self.source_name = ""
        self.result_: conventions.ImportResult | None = None
        self.ui = Ui_ConventionImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        # the widgets by the names the rest of the program and the tests use
        self.file_button, self.paste_button, self.paste_edit = (
            ui.fileButton, ui.pasteButton, ui.pasteEdit)
        self.summary_label, self.tree, self.error_label = (
            ui.summaryLabel, ui.tree, ui.errorLabel)
        self.merge_button, self.split_button = ui.mergeButton, ui.splitButton
        self.title_edit, self.decision_edit = ui.titleEdit, ui.decisionEdit
        self.decision_date_edit, self.effective_edit = ui.decisionDateEdit, ui.effectiveEdit
        self.save_as_combo, self.full_text_check = ui.saveAsCombo, ui.fullTextCheck
        self.buttons = ui.buttons
        self._fill_save_as()
        self._connect()
        self._set_parsed(None)

    def _connect(self) -> None:
        self.file_button.clicked.connect(self.on_file_clicked)
        self.paste_button.clicked.connect(self.on_paste_clicked)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.split_button.clicked.connect(self.on_split_clicked)
        self.tree.itemSelectionChanged.connect(self._sync_fix_buttons)
        self.save_as_combo.currentIndexChanged.connect(self._sync_save_as)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    def _fill_save_as(self) -> None:
        self.save_as_combo.addItem(_("Save as a new convention"), None)
        for convention_id, title, _village, _count in self.context.read_now(
                convention_views.list_conventions):
            self.save_as_combo.addItem(_("Save as an amendment of: {title}").format(title=title),
                                       convention_id)
        self._sync_save_as()

    def _sync_save_as(self) -> None:
        amending = self.amends() is not None
        self.full_text_check.setEnabled(amending)
        self.title_edit.setEnabled(not amending)

    def amends(self) -> uuid.UUID | None:
        value = self.save_as_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    # --- reading ----------------------------------------------------------------------------

    def on_file_clicked(self) -> None:
        path = self.dialogs.open_file(self, _("Import a village convention"),
                                      convention_file_filter())
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        try:
            text = read_convention(path)
        except HoagiaiError as error:
            self._read("", "")
            self.error_label.setText(error.message)
            return
        self._read(text, path.name)

    def on_paste_clicked(self) -> None:
        self._read(self.paste_edit.toPlainText(), _("pasted text"))

    def _read(self, text: str, source: str) -> None:
        """A new text: parsed afresh, with no corrections yet."""
        self.text, self.corrections = text, Corrections()
        self._set_parsed(parse(text) if text.strip() else None, source)

    # --- fixing mis-splits ------------------------------------------------------------------

    def _sync_fix_buttons(self) -> None:
        selected = self.parsed is not None and self.tree.selected_article() is not None
        self.merge_button.setEnabled(selected)
        self.split_button.setEnabled(selected)

    def on_merge_clicked(self) -> None:
        number = self.tree.selected_article()
        if number is None or self.parsed is None:
            return
        numbers = [a.number for a in self.parsed.articles]
        previous = numbers[numbers.index(number) - 1] if numbers.index(number) else None
        self._correct(lambda: merge_with_previous(self.text, self.corrections, number), previous)

    def on_split_clicked(self) -> None:
        number = self.tree.selected_article()
        if number is None:
            return
        dialog = SplitDialog(number, article_source_lines(self.text, self.corrections, number),
                             self)
        chosen = dialog.chosen() if self.dialogs.run(dialog) else None
        dialog.deleteLater()
        if chosen is not None:
            line, new_number, title = chosen
            self._correct(lambda: split_article(self.text, self.corrections, number, line,
                                                new_number, title or None), new_number)

    def _correct(self, change: Callable[[], Corrections], select: int | None) -> None:
        """Apply a correction, read the whole text again, keep the article in view."""
        try:
            corrections = change()
        except HoagiaiError as error:
            self.error_label.setText(error.message)
            return
        self.corrections = corrections
        self._set_parsed(parse(self.text, corrections), self.source_name, keep_title=True)
        if select is not None:
            self.tree.select_article(select)

    def _set_parsed(self, parsed: ParsedConvention | None, source: str = "",
                    keep_title: bool = False) -> None:
        self.parsed, self.source_name = parsed, source
        self.error_label.clear()
        self.tree.clear()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(parsed and parsed.articles))
        if parsed is None:
            self._sync_fix_buttons()
            self.summary_label.setText(_("Choose the convention's file, or paste its text."))
            return
        self.tree.show_parsed(parsed)
        self.summary_label.setText(summary(parsed))
        if not self.title_edit.text() and not keep_title:
            self.title_edit.setText(guess_title(parsed))
        self._sync_fix_buttons()

    # --- saving -----------------------------------------------------------------------------

    def recognition(self) -> conventions.Recognition:
        return conventions.Recognition(self.decision_edit.text(), self.decision_date_edit.date(),
                                       self.effective_edit.date())

    def on_save_clicked(self) -> None:
        parsed, team_id = self.parsed, self.context.team_id
        if parsed is None or team_id is None:
            return
        if self.amends() is None and not self.new_version_of_same_title(team_id):
            return
        title, recognition, source = self.title_edit.text(), self.recognition(), self.source_name
        amends, full_text = self.amends(), self.full_text_check.isChecked()

        def save(session: Session) -> conventions.ImportResult:
            if amends is not None:
                return conventions.import_amendment(session, amends, parsed, recognition,
                                                    source, full_text=full_text)
            return conventions.import_convention(session, team_id, parsed, title,
                                                 recognition=recognition, source_name=source)
        self.buttons.setEnabled(False)
        self.context.write(self, save, self.on_saved, self.on_save_failed,
                           changed=areas_changed(Area.CONVENTIONS))

    def new_version_of_same_title(self, team_id: uuid.UUID) -> bool:
        """A text titled like a convention the team has is a new version of it, not a second
        convention: say so, and save it as a full new text of that one (False: not saved)."""
        title = self.title_edit.text()
        existing = self.context.read_now(
            lambda s: conventions.convention_titled(s, team_id, title))
        if existing is None:
            return True
        if not self.dialogs.confirm(self, _("A convention with this title exists"), "\n\n".join((
                _(conventions.SAME_TITLE).format(title=title.strip()),
                _("Save this text as the new version of it? It needs the number and the date "
                  "of the decision recognising it.")))):
            self.error_label.setText(_("Not saved. Give the text another title if it is a "
                                       "different convention."))
            return False
        select_data(self.save_as_combo, existing)
        self.full_text_check.setChecked(True)  # the whole text, as imported
        return True

    def on_saved(self, result: conventions.ImportResult) -> None:
        self.result_ = result
        if self.recognition().takes_effect is None:  # nothing can cite it yet: say where to fix
            self.dialogs.inform(self, _("Import a village convention"), _(NO_DECISION_YET))
        self.accept()

    def on_save_failed(self, error: HoagiaiError) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(error.message)


def summary(parsed: ParsedConvention) -> str:
    text = _("{chapters} chapter(s), {articles} article(s), {clauses} clause(s).").format(
        chapters=sum(1 for c in parsed.chapters if c.number), articles=len(parsed.articles),
        clauses=parsed.clause_count)
    if parsed.flagged:
        text += " " + _("{count} fragment(s) could not be placed: they are shown in red, kept "
                        "with the article before them.").format(count=len(parsed.flagged))
    return text
