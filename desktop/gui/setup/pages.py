"""The three pages of the first-start wizard: the team, its mediators, a summary."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget, QWizardPage

from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError, RuleViolations, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace.teams import MediatorInput, TeamInput, composition_warnings
from desktop.gui.forms.ui_mediators_page import Ui_MediatorsPage
from desktop.gui.forms.ui_team_page import Ui_TeamPage
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors
from desktop.gui.setup.mediator_dialog import MediatorDialog
from desktop.gui.setup.mediator_model import MediatorTableModel

# The same messages the team service gives, asked before the last page so nobody fills in
# every mediator and only then learns that the commune was left out.
_REQUIRED = {"name": N_("Please enter the team's name."),
             "village": N_("Please enter the village or residential group."),
             "commune": N_("Please enter the commune or ward."),
             "province": N_("Please enter the province or city.")}
_NO_LEADER = N_("Choose which mediator is the team leader.")
_WARNING_STYLE = "QLabel { color: #6b4a00; background: #fff4d6; padding: 6px; }"
_FINE_STYLE = "QLabel { color: #1e5128; background: #e6f4ea; padding: 6px; }"


def serving(mediators: list[MediatorInput]) -> list[MediatorInput]:
    """The mediators whose term has not ended: those the law's composition rules count."""
    today = date.today()
    return [m for m in mediators if m.end_date is None or m.end_date >= today]


class TeamPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamPage()
        self.ui.setupUi(self)
        self.setTitle(_("Your mediation team"))
        self.setSubTitle(_("Step 1 of 3: the team's name and where it works."))
        self.edits = {"name": self.ui.nameEdit, "village": self.ui.villageEdit,
                      "commune": self.ui.communeEdit, "province": self.ui.provinceEdit,
                      "district_legacy": self.ui.districtEdit, "address": self.ui.addressEdit}
        self.errors = FieldErrors(self.ui.errorsLabel, dict(self.edits))

    def team(self) -> TeamInput:
        return TeamInput(**{key: edit.text() for key, edit in self.edits.items()})

    def validatePage(self) -> bool:
        self.errors.clear()
        missing: list[HoagiaiError] = [ValidationError(message, field=key)
                                       for key, message in _REQUIRED.items()
                                       if not self.edits[key].text().strip()]
        if missing:
            self.errors.show(missing[0] if len(missing) == 1 else RuleViolations(missing))
        return not missing


class MediatorsPage(QWizardPage):
    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediatorsPage()
        self.ui.setupUi(self)
        self.setTitle(_("The mediators"))
        self.setSubTitle(_("Step 2 of 3: who mediates, and who leads the team."))
        self.dialogs = dialogs
        self.model = MediatorTableModel(self)
        self.errors = FieldErrors(self.ui.errorsLabel, {})
        self._set_up_table()
        self.ui.addButton.clicked.connect(self.on_add_clicked)
        self.ui.editButton.clicked.connect(self.on_edit_clicked)
        self.ui.removeButton.clicked.connect(self.on_remove_clicked)
        self.ui.mediatorsTable.doubleClicked.connect(self.on_edit_clicked)
        self.model.mediators_changed.connect(self.on_mediators_changed)
        self.on_mediators_changed()

    def _set_up_table(self) -> None:
        table = self.ui.mediatorsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MediatorTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self.on_selection_changed)

    def selected_row(self) -> int | None:
        rows = self.ui.mediatorsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def on_add_clicked(self) -> None:
        dialog = MediatorDialog(self, suggest_leader=not self.model.has_leader())
        if self.dialogs.run(dialog) and dialog.mediator is not None:
            self.model.add(dialog.mediator)
            self.ui.mediatorsTable.selectRow(self.model.rowCount() - 1)

    def on_edit_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = MediatorDialog(self, self.model.mediator(row))
        if self.dialogs.run(dialog) and dialog.mediator is not None:
            self.model.replace(row, dialog.mediator)

    def on_remove_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = self.model.mediator(row).full_name
        if self.dialogs.confirm(self, _("Remove a mediator"),
                                _("Remove {name} from the list?").format(name=name)):
            self.model.remove(row)

    def on_selection_changed(self) -> None:
        has_row = self.selected_row() is not None
        self.ui.editButton.setEnabled(has_row)
        self.ui.removeButton.setEnabled(has_row)

    def on_mediators_changed(self) -> None:
        warnings = composition_warnings(serving(self.model.mediators))
        text = "\n".join(f"⚠ {w.message}" for w in warnings)
        fine = _("✓ The team has a leader, at least 3 mediators and at least one woman.")
        self.ui.warningsLabel.setText(text or fine)
        self.ui.warningsLabel.setStyleSheet(_WARNING_STYLE if warnings else _FINE_STYLE)
        self.on_selection_changed()
        self.ui.mediatorsTable.horizontalHeader().resizeSections()  # fit the new contents
        if self.model.has_leader():
            self.errors.clear()

    def validatePage(self) -> bool:
        if not self.model.has_leader():
            self.errors.show_messages([_(_NO_LEADER)])
            return False
        return True


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Check and finish"))
        self.setSubTitle(_("Step 3 of 3: check what you wrote, then save it."))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(_("Summary of the team"))
        errors_label = QLabel(self)
        errors_label.setAccessibleName(_("Problems to correct"))
        self.errors = FieldErrors(errors_label, {})
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(errors_label)
        layout.addStretch(1)

    def show_summary(self, team: TeamInput, mediators: list[MediatorInput]) -> None:
        self.errors.clear()
        self.summary_label.setText(summary_html(team, mediators))


def summary_html(team: TeamInput, mediators: list[MediatorInput]) -> str:
    place = ", ".join(part for part in (team.village, team.commune, team.province) if part)
    people = "".join(f"<li>{html.escape(m.full_name)} ({html.escape(label(m.role))})</li>"
                     for m in mediators)
    warnings = "".join(f"<p>⚠ {html.escape(w.message)}</p>"
                       for w in composition_warnings(serving(mediators)))
    finish = _("Click Finish to save. You can change all of this later, in Tools › The team, "
               "mediators and accounts….")
    return (f"<h3>{html.escape(team.name)}</h3><p>{html.escape(place)}</p>"
            f"<p>{html.escape(team.address)}</p><ul>{people}</ul>{warnings}"
            f"<p>{html.escape(finish)}</p>")
