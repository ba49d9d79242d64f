"""The connect dialog against a TLS-only server with a real certificate (#16): the officer
picks verify-full and the CA file through the Choose… button; after testing, the status line
says the mode in use, the TLS version and the cipher; with the wrong CA file the dialog says so
in its own words, logs nobody in, and remembers nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import make_url

from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import server_tls
from desktop.gui.kit.signals import emit
from desktop.gui.server import RecentServers, ServerConnectDialog
from tests.gui.conftest import FakeDialogs
from tests.storage.tls_server import TLS_ADMIN, TlsWard


class PickingDialogs(FakeDialogs):
    """The file picker answers with the file the test put in ``picked``."""

    def __init__(self) -> None:
        super().__init__()
        self.picked: Path | None = None
        self.titles: list[str] = []

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        self.titles.append(title)
        return self.picked


@pytest.fixture
def recent(tmp_path: Path) -> RecentServers:
    return RecentServers(QSettings(str(tmp_path / "hoagiai.ini"), QSettings.Format.IniFormat))


def tls_dialog(qtbot, tls_ward: TlsWard, recent: RecentServers, ca: Path,
               host: str = "127.0.0.1") -> ServerConnectDialog:
    """The dialog filled in as an officer would: address, verify-full, the CA file picked."""
    dialogs = PickingDialogs()
    dialog = ServerConnectDialog("", dialogs, recent)
    qtbot.addWidget(dialog)
    address = make_url(tls_ward.url(host))
    dialog.ui.hostEdit.setText(host)
    dialog.ui.portSpin.setValue(address.port or 5432)
    dialog.ui.databaseEdit.setText(address.database or "")
    dialog.ui.serverUserEdit.setText(address.username or "")
    dialog.ui.sslModeCombo.setCurrentIndex(dialog.ui.sslModeCombo.findData("verify-full"))
    dialogs.picked = ca
    dialog.ui.caFileButton.click()
    assert dialogs.titles and dialog.ui.caFileEdit.text() == str(ca)
    dialog.ui.userEdit.setText(TLS_ADMIN.username)
    dialog.ui.passwordEdit.setText(TLS_ADMIN.password)
    return dialog


def test_verify_full_with_the_picked_ca_connects_and_says_how(qtbot, tls_ward, recent):
    dialog = tls_dialog(qtbot, tls_ward, recent, tls_ward.certificates.ca)
    assert dialog.ui.caFileEdit.isEnabled()
    dialog.ui.testButton.click()
    assert "sẵn sàng" in dialog.ui.probeLabel.text()
    status = dialog.ui.tlsStatusLabel.text()
    assert status.startswith("Đã mã hóa (TLSv1.") and "verify-full" in status
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.book is not None
    dialog.book.database.dispose()
    remembered = recent.addresses()[0]
    assert (remembered.sslmode, remembered.ca_file) == ("verify-full",
                                                         str(tls_ward.certificates.ca))


@pytest.mark.parametrize("case, message_id", [
    ("wrong CA", server_tls.TLS_UNTRUSTED), ("wrong name", server_tls.TLS_WRONG_NAME),
    ("missing CA", server_tls.CA_FILE_MISSING)])
def test_a_refused_certificate_is_said_and_nobody_logs_in(qtbot, tls_ward, recent, tmp_path,
                                                          case, message_id):
    ca = {"wrong CA": tls_ward.certificates.other_ca, "wrong name": tls_ward.certificates.ca,
          "missing CA": tmp_path / "ca.crt"}[case]
    dialog = tls_dialog(qtbot, tls_ward, recent, ca,
                        host="127.0.0.2" if case == "wrong name" else "127.0.0.1")
    dialog.ui.testButton.click()
    with pytest.raises(HoagiaiError) as caught:
        from desktop.core.services.workspace import server
        server.probe(dialog.url())
    assert caught.value.message_id == message_id
    assert dialog.ui.probeLabel.text() == str(caught.value)
    assert dialog.ui.tlsStatusLabel.text() == ""
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.book is None
    assert dialog.ui.errorLabel.text() == str(caught.value)
    assert recent.addresses() == []
