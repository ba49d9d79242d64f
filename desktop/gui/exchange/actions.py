"""File › Send to the ward… and File › Receive a package…: the exchange with the ward office
from the main window. Every step runs in the background; an import is always shown as a dry
run first and applied only when the user agrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError
from desktop.core.exchange import book, export, labels
from desktop.core.exchange import errors as exchange_errors
from desktop.core.exchange.team_import import TeamImportReport
from desktop.core.exchange.ward_import import TeamReport
from desktop.core.files import atomic_write, file_errors
from desktop.core.i18n import N_, _, ngettext
from desktop.core.services.exchange import packages
from desktop.core.services.exchange.send_preview import NO_WARD_YET, SendPreview, preview_send
from desktop.gui.backups.usb import documents_folder, place_in_words, removable_drives
from desktop.gui.exchange.preview_dialog import ExchangePreviewDialog
from desktop.gui.exchange.send_dialog import SendPreviewDialog
from desktop.gui.exchange.ward_actions import WardExchangeActions
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs

Report = TeamReport | TeamImportReport


def package_filter() -> str:
    return _("Exchange packages (*.hgp)")


class ExchangeActions(QObject):
    """The actions and what they do; a child of the window, so it lives and dies with it."""

    def __init__(self, window: QMainWindow, context: BookContext, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window, self.context, self.dialogs = window, context, dialogs
        self.is_ward = context.read_now(book.kind) == book.WARD
        self.send_action = QAction(_("&Send to the ward…"), window)
        self.send_action.triggered.connect(self.on_send_triggered)
        self.send_action.setVisible(not self.is_ward)
        self.receive_action = QAction(
            _("&Import the teams' packages…") if self.is_ward else _("&Receive from the ward…"),
            window)
        self.receive_action.triggered.connect(self.on_receive_triggered)
        self.review_action = QAction(_("Conflicts to &review…"), window)
        self.review_action.triggered.connect(self.on_review_triggered)
        self.review_action.setVisible(self.is_ward)
        self.enrolment_action = QAction(_("Write the &enrolment file for the ward…"), window)
        self.enrolment_action.triggered.connect(self.on_enrolment_triggered)
        self.enrolment_action.setVisible(not self.is_ward)
        self.sheet_action = QAction(_("Print the exchange key's recovery &sheet…"), window)
        self.sheet_action.triggered.connect(self.on_sheet_triggered)
        self.last_report: Report | None = None
        self.sheet_preview: QDialog | None = None  # the key sheet's preview, once opened
        self.ward_side = WardExchangeActions(window, context, dialogs, visible=self.is_ward)

    def actions(self) -> list[QAction]:
        return [self.send_action, self.receive_action, self.review_action,
                *self.ward_side.actions(), self.enrolment_action, self.sheet_action]

    def _save_from(self, title: str, name: str, file_filter: str,
                   make: Callable[[Session], bytes], done: str) -> None:
        """Save a file the person carries away: on a USB stick when one is plugged in."""
        drives = removable_drives()
        folder = drives[0].root if drives else documents_folder()
        target = self.dialogs.save_file(self.window, title, folder / name, file_filter)
        if target is None:
            return
        target = with_suffix(target, Path(name).suffix)

        def change(session: Session) -> bytes:
            data = make(session)
            with file_errors(target):
                atomic_write(target, data)
            return data
        self.context.write(self, change, lambda data: self.dialogs.inform(
            self.window, title, done.format(file=target.name,
                                            place=place_in_words(target, drives),
                                            fingerprint=fingerprint_of(data))),
            self._failed, reason=title)

    def on_enrolment_triggered(self) -> None:
        from desktop.core.exchange import team_import

        self._save_from(_("Enrolment file"), "dang-ky-to-hoa-giai.hge",
                        _("Enrolment files (*.hge)"), team_import.enrolment_file,
                        _("The enrolment file “{file}” was written {place}.\n\nThe team's "
                          "key: {fingerprint}\n\nNext: take the file to the ward office and "
                          "read this key aloud with the justice officer, who must see the "
                          "same."))

    def on_sheet_triggered(self) -> None:
        """The exchange key's recovery sheet in the preview: Print there, or save a copy
        (making it is journaled, as printing the sheet)."""
        from desktop.core.exchange import key_sheet_data

        self.context.write(self, key_sheet_data.render_for, self._show_sheet, self._failed,
                           reason="key sheet")

    def _show_sheet(self, pdf: bytes) -> None:
        from desktop.gui.documents.preview import PdfPreviewDialog

        preview = PdfPreviewDialog(pdf, _("Recovery sheet of the exchange key"),
                                   "phieu-khoa-trao-doi.pdf", self.dialogs, self.window)
        self.sheet_preview = preview
        preview.show()

    def on_review_triggered(self) -> None:
        from desktop.gui.exchange.review_dialog import ExchangeReviewDialog

        self.dialogs.run(ExchangeReviewDialog(self.context, self.dialogs, self.window))

    # --- send ------------------------------------------------------------------------------

    def on_send_triggered(self) -> None:
        """Step 1 says what will be sent; step 2 asks where to put the file; the last message
        says what to do next."""
        self.context.read(self, preview_send, self._confirm_send, self._failed)

    def _confirm_send(self, preview: SendPreview) -> None:
        drives = removable_drives()
        if not self.dialogs.run(SendPreviewDialog(preview, bool(drives), self.window)):
            return
        folder = drives[0].root if drives else documents_folder()
        target = self.dialogs.save_file(self.window, _("Where to put the package"),
                                        folder / f"goi-gui-xa-{preview.sequence:05d}.hgp",
                                        package_filter())
        if target is None:
            return
        target = with_suffix(target, ".hgp")

        def change(session: Session) -> export.ExportResult:
            # written before the commit: no "sent" without its file
            return packages.send(session, target.parent, target.name).result
        self.context.write(self, change, lambda result: self._sent(result, target), self._failed,
                           reason="exchange export")

    def _sent(self, result: export.ExportResult, target: Path) -> None:
        drives = removable_drives()
        self.dialogs.inform(self.window, _("Send to the ward"), _(
            "Package {number} ({cases}) was written {place}, as the file “{file}”.\n\nNext: "
            "take the file to the justice officer of the ward{stick}. Only the ward office can "
            "open it. When the ward gives back its acknowledgment file, receive it with "
            "File › Receive from the ward….").format(
            number=result.sequence, place=place_in_words(target, drives), file=target.name,
            cases=ngettext("{count} case", "{count} cases", len(result.cases)).format(
                count=len(result.cases)),
            stick=_(" (remove the USB stick safely first)") if any(
                d.root == target or d.root in target.parents for d in drives) else ""))

    # --- receive ---------------------------------------------------------------------------

    def on_receive_triggered(self) -> None:
        path = self.dialogs.open_file(self.window, self.receive_action.text().replace(
            "&", "").rstrip("…"), package_filter())
        if path is None:
            return
        self.context.run(self, lambda: self._dry_run(path),
                                lambda report: self._preview(path, report), self._failed)

    def _dry_run(self, path: Path) -> Report:
        return packages.receive(self.context.book.database, self.context.actor, path,
                                dry_run=True)

    def _preview(self, path: Path, report: Report) -> None:
        self.last_report = report
        dialog = ExchangePreviewDialog(path.name, report, self.window, self._describe)
        if not self.dialogs.run(dialog):
            return

        def apply() -> Report:
            return packages.receive(self.context.book.database, self.context.actor, path)
        self.context.run(self, apply, self._imported, self._failed)

    def _describe(self, entity: str, record_id: str) -> str:
        return self.context.read_now(lambda s: labels.describe(s, entity, record_id))

    def _imported(self, report: Report) -> None:
        self.last_report = report
        self.context.announce()
        from desktop.core.services.exchange.report_text import describe_report

        self.dialogs.inform(self.window, _("Package imported"),
                            describe_report(report, False, self._describe))

    def _failed(self, error: HoagiaiError) -> None:
        self.dialogs.warn(self.window, _("Exchange with the ward"), in_the_apps_words(error))


# The exchange's refusals that name a command: what a person in the app does instead.
APP_WORDING = {
    exchange_errors.NO_KEYS: N_(
        "This case book has no exchange key yet, so it cannot send or receive packages. Ask "
        "the justice officer of the ward to help set it up, or restore the key from its "
        "recovery sheet."),
    exchange_errors.UNKNOWN_SENDER: N_(
        "This package comes from {sender}, which is not enrolled in this book. Nothing was "
        "changed: enrol the team first with its enrolment file, then import the package "
        "again."),
    export.NO_WARD: NO_WARD_YET,
}


def in_the_apps_words(error: HoagiaiError) -> str:
    wording = APP_WORDING.get(error.message_id)
    if wording is None:
        return str(error)
    try:
        return _(wording).format(**error.params)
    except (KeyError, IndexError):  # a parameter the wording does not know: say it as it was
        return str(error)


def fingerprint_of(data: bytes) -> str:
    """The key an enrolment file carries, as people read it aloud ("" for other files)."""
    from desktop.core.exchange import keys

    try:
        return keys.fingerprint(str(keys.read_enrolment(data)["keys"]["key_id"]))
    except (HoagiaiError, KeyError, TypeError):
        return ""


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name, with the file type added when the person typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def exchange_actions(window: QMainWindow, context: BookContext,
                     dialogs: Dialogs) -> list[QAction]:
    """The File menu's exchange actions for the main window (one hook line there)."""
    return ExchangeActions(window, context, dialogs).actions()
