"""The dry run of an import, shown before anything changes: counts per outcome in a table, the
rejected records, conflicts and missing packages in a list; OK applies, Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desktop.core.exchange.team_import import TeamImportReport
from desktop.core.exchange.ward_import import TeamReport
from desktop.core.i18n import N_, _
from desktop.core.services.history.labels import field_label
from desktop.gui.forms.ui_exchange_preview import Ui_ExchangePreviewDialog
from desktop.gui.kit.rows_model import Column, RowsModel


@dataclass(frozen=True)
class CountRow:
    label: str  # English msgid
    count: int


COLUMNS = (Column(N_("What importing will do"), lambda row: _(row.label)),
           Column(N_("Records"), lambda row: str(row.count)))
OUTCOMES = (("new", N_("New")), ("updated", N_("Updated")), ("unchanged", N_("Unchanged")),
            ("conflicting", N_("Conflicting (to review; the ward's value stays)")),
            ("rejected", N_("Rejected")), ("deleted", N_("Deleted")))


class ExchangePreviewDialog(QDialog):
    def __init__(self, file_name: str, report: TeamReport | TeamImportReport,
                 parent: QWidget | None = None,
                 describe: Callable[[str, str], str] = lambda entity, key: f"{entity} {key}",
                 ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        self.model = RowsModel(COLUMNS, self)
        self.describe = describe
        self.ui.countsView.setModel(self.model)
        self.ui.countsView.verticalHeader().hide()
        self.ui.countsView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("&Import"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if isinstance(report, TeamReport):
            self._show_team_data(file_name, report)
        else:
            self._show_from_ward(file_name, report)

    def _show_team_data(self, file_name: str, report: TeamReport) -> None:
        self.ui.summaryLabel.setText(_(
            "{file}: package {number} of {team} (journal entries {start}-{end}). Nothing has "
            "changed yet: check what importing will do, then choose Import.").format(
            file=file_name, number=report.sequence, team=report.team_name,
            start=report.journal_from, end=report.journal_to))
        counts = report.counts()
        self.model.set_rows([CountRow(label, counts[key]) for key, label in OUTCOMES])
        details = []
        if report.gaps:
            details.append(_("Missing packages from this team: {numbers}").format(
                numbers=", ".join(map(str, report.gaps))))
        details += [_("Rejected: {record}: {reason}").format(record=self.describe(e, i),
                                                             reason=r)
                    for e, i, r in report.rejections]
        details += [_("Conflict (to review): {record}, field {field}").format(
            record=self.describe(e, i), field=field_label(e, f)) for e, i, f in report.conflicts]
        if report.key_changed:
            details.append(_("The team announces a new key (signed by its previous key)."))
        details += report.authorship  # entries, roles, slots not signed by their account
        self.ui.detailsList.addItems(details)

    def _show_from_ward(self, file_name: str, report: TeamImportReport) -> None:
        kinds = {"acknowledgment": N_("acknowledgment"), "reference": N_("reference data"),
                 "ward-settings": N_("the ward's settings")}
        self.ui.summaryLabel.setText(_(
            "{file}: {kind} number {number} from {ward}. Nothing has changed yet: choose Import "
            "to apply it.").format(file=file_name, kind=_(kinds[report.kind]),
                                   number=report.sequence, ward=report.ward_name))
        self.model.set_rows([
            CountRow(N_("Cases marked as received by the ward"), report.acknowledged_cases),
            CountRow(N_("Categories added"), report.categories_added),
            CountRow(N_("Categories updated"), report.categories_updated),
            CountRow(N_("Mediator recognitions"), report.recognitions)])
        self.ui.detailsLabel.hide()
        self.ui.detailsList.hide()
