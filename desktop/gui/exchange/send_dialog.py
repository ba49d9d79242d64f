"""Send to the ward, step 1: what the package will hold, before anything is written: its number
and the ward, each case (sensitive ones marked in words, not by colour alone), what of a
sensitive case stays in the book, and what comes next. OK goes on to where to put the file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core.i18n import _, ngettext
from desktop.core.services.exchange.send_preview import SendPreview
from desktop.gui.forms.ui_exchange_send import Ui_SendPreviewDialog


class SendPreviewDialog(QDialog):
    def __init__(self, preview: SendPreview, usb_found: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SendPreviewDialog()
        self.ui.setupUi(self)
        self.preview = preview
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Choose where to put the file…"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.ui.summaryLabel.setText(summary_text(preview))
        for case in preview.cases:
            text = f"{case.number}  {case.title}"
            if case.sensitive:
                text += "  " + _("(sensitive: sent without its narrative)")
            self.ui.casesList.addItem(text)
        self.ui.casesList.setVisible(bool(preview.cases))
        self.ui.withheldLabel.setText(withheld_text(preview))
        self.ui.nextLabel.setText(_(
            "Next: choose where to put the file ({where}), then take it to the justice officer "
            "of the ward. Only the ward office can open it; a lost USB stick reveals nothing.")
            .format(where=_("a USB stick is plugged in") if usb_found
                    else _("for example a USB stick")))


def summary_text(preview: SendPreview) -> str:
    if not preview.cases and not preview.records:
        return _("Package {number} for {ward}: nothing has changed since the last package. "
                 "It can still be sent, for example to show the ward the book is up to date."
                 ).format(number=preview.sequence, ward=preview.ward_name)
    cases = ngettext("{count} case", "{count} cases", len(preview.cases)).format(
        count=len(preview.cases))
    return _("Package {number} for {ward} will carry what changed since the last package: "
             "{cases} ({records} records in all: cases, people, hearings, agreements).").format(
        number=preview.sequence, ward=preview.ward_name, cases=cases, records=preview.records)


def withheld_text(preview: SendPreview) -> str:
    sensitive = preview.sensitive_cases
    if not sensitive:
        return _("No case in it is marked sensitive: each is sent whole.")
    # the field labels start with a capital letter: mid-sentence they are common nouns
    parts = ", ".join(part[:1].lower() + part[1:] for part in preview.withheld) or _(
        "the narrative text")
    return ngettext(
        "{count} case is marked sensitive: its {parts} stay in the book and are not sent.",
        "{count} cases are marked sensitive: their {parts} stay in the book and are not sent.",
        len(sensitive)).format(count=len(sensitive), parts=parts)
