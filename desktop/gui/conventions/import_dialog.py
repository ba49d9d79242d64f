"""Importing a village convention: choose a file (or paste the text), see the parsed structure
in a tree with every flagged fragment, then save it as a new convention.

Built in code for now; it moves to a Designer form in ``ui/`` with the rest of the area.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conventions.parser import guess_title, parse
from desktop.core.conventions.reading import read_convention
from desktop.core.conventions.structure import ParsedConvention
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services import conventions
from desktop.gui.context import BookContext
from desktop.gui.conventions.structure_tree import StructureTree
from desktop.gui.dialogs import Dialogs
from desktop.gui.optional_date import OptionalDateEdit


def convention_file_filter() -> str:
    return _("Conventions (*.docx *.txt);;All files (*)")


class ConventionImportDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.parsed: ParsedConvention | None = None
        self.source_name = ""
        self.result_: conventions.ImportResult | None = None
        self.setWindowTitle(_("Import a village convention"))
        self.resize(900, 640)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._source_row())
        self.paste_edit = QPlainTextEdit(self)
        self.paste_edit.setPlaceholderText(_("...or paste the convention's text here"))
        self.paste_edit.setAccessibleName(_("Pasted text of the convention"))
        self.paste_edit.setMaximumHeight(90)
        layout.addWidget(self.paste_edit)
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        self.tree = StructureTree(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._recognition_form())
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_parsed(None)

    def _source_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_button = QPushButton(_("Choose a file (.docx, .txt)..."), self)
        self.file_button.clicked.connect(self.on_file_clicked)
        self.paste_button = QPushButton(_("Read the pasted text"), self)
        self.paste_button.clicked.connect(self.on_paste_clicked)
        row.addWidget(self.file_button)
        row.addWidget(self.paste_button)
        row.addStretch(1)
        return row

    def _recognition_form(self) -> QFormLayout:
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.decision_edit = QLineEdit(self)
        self.decision_date_edit = OptionalDateEdit(self)
        self.effective_edit = OptionalDateEdit(self)
        for label, widget in ((_("Convention title"), self.title_edit),
                              (_("Recognition decision no."), self.decision_edit),
                              (_("Date of the decision"), self.decision_date_edit),
                              (_("In effect from (if not the decision's date)"),
                               self.effective_edit)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        return form

    # --- reading ----------------------------------------------------------------------------

    def on_file_clicked(self) -> None:
        path = self.dialogs.open_file(self, _("Import a village convention"),
                                      convention_file_filter())
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        try:
            self._set_parsed(parse(read_convention(path)), path.name)
        except HoagiaiError as error:
            self._set_parsed(None)
            self.error_label.setText(error.message)

    def on_paste_clicked(self) -> None:
        text = self.paste_edit.toPlainText()
        self._set_parsed(parse(text) if text.strip() else None, _("pasted text"))

    def _set_parsed(self, parsed: ParsedConvention | None, source: str = "") -> None:
        self.parsed, self.source_name = parsed, source
        self.error_label.clear()
        self.tree.clear()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(parsed and parsed.articles))
        if parsed is None:
            self.summary_label.setText(_("Choose the convention's file, or paste its text."))
            return
        self.tree.show_parsed(parsed)
        self.summary_label.setText(summary(parsed))
        if not self.title_edit.text():
            self.title_edit.setText(guess_title(parsed))

    # --- saving -----------------------------------------------------------------------------

    def recognition(self) -> conventions.Recognition:
        return conventions.Recognition(self.decision_edit.text(), self.decision_date_edit.date(),
                                       self.effective_edit.date())

    def on_save_clicked(self) -> None:
        parsed, team_id = self.parsed, self.context.team_id
        if parsed is None or team_id is None:
            return
        title, recognition, source = self.title_edit.text(), self.recognition(), self.source_name
        self.buttons.setEnabled(False)
        self.context.write(
            lambda session: conventions.import_convention(
                session, team_id, parsed, title, recognition=recognition, source_name=source),
            self.on_saved, self.on_save_failed)

    def on_saved(self, result: conventions.ImportResult) -> None:
        self.result_ = result
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
