"""The app's "Connect to the ward's server" dialog (#16), against the test run's real
PostgreSQL server (and one of its own with password checks, for a wrong server password): it
connects and logs in, says each refusal in the person's words, and never stores a password."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy import make_url

from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.security import keyfile
from desktop.core.services.workspace import accounts, server, server_setup, server_tls
from desktop.core.services.workspace import book as workspace
from desktop.gui import app as gui_app
from desktop.gui.kit.signals import emit
from desktop.gui.server import RecentServers, ServerConnectDialog
from desktop.gui.welcome import WelcomeDialog
from tests.gui.conftest import FakeDialogs
from tests.storage.pg_server import SUPERUSER, PostgresServer, _hand_to_server_user, server_binaries

ADMIN = workspace.Credentials("quan.tri", "mat-khau-quan-tri-phuong")
SERVER_SECRET = "pg-mat-khau-may-chu-7"


def _execute(url: str, statement: str) -> None:
    address = make_url(url)
    with psycopg.connect(host=address.host, port=address.port, user=address.username,
                         dbname=address.database, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _set_up(url: str) -> None:
    admin = accounts.AccountInput(ADMIN.username, "Trần Văn Quản", Role.WARD_ADMIN)
    server_setup.init_server(url, admin, ADMIN.password, "Phường Nghĩa Đô")


@pytest.fixture(scope="module")
def ward_template(postgres_server: PostgresServer) -> Iterator[str]:
    """One ward book set up by ``server init``; each test gets a clone."""
    name = postgres_server.create_database()
    _set_up(postgres_server.url(name))
    yield name
    postgres_server.drop_database(name)


@pytest.fixture
def ward_url(postgres_server: PostgresServer, ward_template: str) -> Iterator[str]:
    name = postgres_server.create_database(ward_template)
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def recent(tmp_path: Path) -> RecentServers:
    return RecentServers(QSettings(str(tmp_path / "hoagiai.ini"), QSettings.Format.IniFormat))


def _dialog(qtbot, recent: RecentServers, dialogs: FakeDialogs | None = None,
            address: str = "") -> ServerConnectDialog:
    dialog = ServerConnectDialog(address, dialogs or FakeDialogs(), recent)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: ServerConnectDialog, url: str, server_password: str = "",
          account: workspace.Credentials = ADMIN) -> None:
    address = make_url(url)
    dialog.ui.hostEdit.setText(address.host or "")
    dialog.ui.portSpin.setValue(address.port or 5432)
    dialog.ui.databaseEdit.setText(address.database or "")
    dialog.ui.serverUserEdit.setText(address.username or "")
    dialog.ui.serverPasswordEdit.setText(server_password)
    dialog.ui.userEdit.setText(account.username)
    dialog.ui.passwordEdit.setText(account.password)


def _message(message_id: str, url: str, **more: str) -> str:
    address = make_url(url)
    return str(HoagiaiError(message_id, server=f"{address.host}:{address.port}",
                            database=address.database, user=address.username, **more))


def _free_port() -> int:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return int(probe_socket.getsockname()[1])


def test_it_connects_logs_in_and_remembers_the_server_without_any_password(
        qtbot, ward_url, recent, tmp_path):
    dialog = _dialog(qtbot, recent)
    _fill(dialog, ward_url, server_password=SERVER_SECRET)  # trust auth: accepted, unused
    dialog.ui.testButton.click()
    assert "sẵn sàng" in dialog.ui.probeLabel.text()  # "ready", in Vietnamese
    assert dialog.ui.tlsStatusLabel.text().startswith("Không mã hóa")  # the test server's
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.book is not None
    try:
        assert dialog.book.actor is not None and dialog.book.actor.role is Role.WARD_ADMIN
        assert dialog.book.database.path is None  # a server book, not a file
    finally:
        dialog.book.database.dispose()
    stored = (tmp_path / "hoagiai.ini").read_text(encoding="utf-8")
    assert make_url(ward_url).database in stored
    for secret in (SERVER_SECRET, ADMIN.password):
        assert secret not in stored
    again = _dialog(qtbot, recent)  # the next time: the last server is filled in
    assert again.ui.databaseEdit.text() == make_url(ward_url).database
    assert again.ui.serverPasswordEdit.text() == "" and again.ui.recentCombo.count() == 2


def test_a_wrong_account_password_is_said_in_the_dialog_which_stays_open(
        qtbot, ward_url, recent, tmp_path):
    dialog = _dialog(qtbot, recent)
    _fill(dialog, ward_url, account=workspace.Credentials(ADMIN.username, "sai-mat-khau"))
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.book is None
    assert dialog.ui.errorLabel.text() == str(HoagiaiError(keyfile.WRONG_LOGIN))
    assert dialog.ui.passwordEdit.text() == ""
    assert recent.addresses() == []  # only a server that worked is remembered


@pytest.mark.parametrize("state, message_id", [
    ("empty", server.NOT_SET_UP), ("foreign", server.NOT_A_BOOK),
    ("older", server.OLDER_BOOK), ("newer", server.NEWER_BOOK),
    ("missing", server.NO_DATABASE), ("closed", server.UNREACHABLE)])
def test_each_refusal_has_its_own_message_and_nothing_is_changed(
        qtbot, postgres_server, ward_url, recent, state, message_id):
    url = ward_url
    if state in ("empty", "foreign"):
        url = postgres_server.url(postgres_server.create_database())
        if state == "foreign":
            _execute(url, "CREATE TABLE invoices (id integer)")
    elif state in ("older", "newer"):
        revision = "0010" if state == "older" else "9999_future"
        _execute(url, f"UPDATE alembic_version SET version_num = '{revision}'")
    elif state == "missing":
        url = postgres_server.url("khong_co_so_nay")
    elif state == "closed":
        url = f"postgresql+psycopg://officer@127.0.0.1:{_free_port()}/hoagiai"
    dialog = _dialog(qtbot, recent)
    _fill(dialog, url)
    dialog.ui.testButton.click()
    assert dialog.ui.probeLabel.text() == _message(message_id, url)
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.book is None
    assert dialog.ui.errorLabel.text() == _message(message_id, url)
    if state in ("older", "newer"):
        assert server.probe(url).revision == ("0010" if state == "older" else "9999_future")
    if state == "empty":
        assert server.probe(url).schema is server.Schema.EMPTY  # not set up behind anyone


def test_tls_that_the_server_cannot_give_is_refused_not_weakened(qtbot, ward_url, recent):
    dialog = _dialog(qtbot, recent)
    _fill(dialog, ward_url)
    dialog.ui.sslModeCombo.setCurrentIndex(dialog.ui.sslModeCombo.findData("require"))
    dialog.ui.testButton.click()  # the test server offers no TLS
    assert dialog.ui.probeLabel.text() == _message(server_tls.TLS_NOT_OFFERED, ward_url,
                                                   sslmode="require")
    assert dialog.ui.tlsStatusLabel.text() == ""  # nothing connected, nothing to say
    dialog.ui.sslModeCombo.setCurrentIndex(dialog.ui.sslModeCombo.findData("verify-full"))
    assert dialog.ui.caFileEdit.isEnabled()
    dialog.ui.testButton.click()
    assert "CA" in dialog.ui.probeLabel.text()  # the certificate's file is asked for first


def test_a_typed_address_fills_the_fields_and_keeps_its_tls_mode(qtbot, recent):
    dialog = _dialog(qtbot, recent, address="postgresql://can.bo:bi-mat@may-chu.phuong:6543/"
                     "hoagiai?sslmode=verify-ca&sslrootcert=/etc/hoagiai/ca.crt")
    assert (dialog.ui.hostEdit.text(), dialog.ui.portSpin.value()) == ("may-chu.phuong", 6543)
    assert dialog.ui.serverUserEdit.text() == "can.bo"
    assert dialog.ui.serverPasswordEdit.text() == ""  # a password in an address is not kept
    assert dialog.address().sslmode == "verify-ca"  # never weakened to "prefer"
    assert dialog.address().ca_file == "/etc/hoagiai/ca.crt"
    assert "bi-mat" not in dialog.address().remembered()


class ScramServer(PostgresServer):
    """A server that checks passwords over TCP (the test run's own trusts everyone)."""

    def start(self) -> None:
        _hand_to_server_user(self.folder)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.port = _free_port()
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-o", f"-k {self.folder} -h 127.0.0.1 -p {self.port} -F", "start")

    def as_superuser(self, *statements: str) -> None:
        with psycopg.connect(host=str(self.folder), port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def scram_url() -> Iterator[str]:
    """A ward book on a password-checking server, owned by a least-privilege login."""
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries not found")
    folder = Path(tempfile.mkdtemp(prefix="hoagiai-pg-scram-"))
    instance = ScramServer(binaries, folder)
    try:
        instance.start()
        instance.as_superuser(f"CREATE ROLE phuong LOGIN PASSWORD '{SERVER_SECRET}' "
                              "NOSUPERUSER NOCREATEDB NOCREATEROLE",
                              "CREATE DATABASE hoagiai OWNER phuong")
        url = f"postgresql+psycopg://phuong@127.0.0.1:{instance.port}/hoagiai"
        _set_up(make_url(url).set(password=SERVER_SECRET).render_as_string(False))
        yield url
    finally:
        if instance.port:
            instance.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_wrong_server_password_is_told_apart_from_a_wrong_account(qtbot, scram_url, recent):
    dialog = _dialog(qtbot, recent)
    _fill(dialog, scram_url, server_password="khong-dung")
    emit(dialog.ui.buttons.accepted)
    assert dialog.book is None
    assert dialog.ui.errorLabel.text() == _message(server.WRONG_PASSWORD, scram_url)
    dialog.ui.serverPasswordEdit.setText(SERVER_SECRET)
    emit(dialog.ui.buttons.accepted)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.book is not None
    dialog.book.database.dispose()
    assert all(SERVER_SECRET not in str(value) for value in
               (recent.settings.value(key) for key in recent.settings.allKeys()))


def test_the_first_start_offers_the_server_and_opens_its_book(qtbot, ward_url, tmp_path,
                                                              monkeypatch):
    """No book on this computer: the welcome's fourth choice leads to the connect dialog,
    whose book is the one the program opens."""
    monkeypatch.setattr(gui_app, "ServerConnectDialog",
                        lambda address, dialogs: ServerConnectDialog(
                            address, dialogs, RecentServers(QSettings(
                                str(tmp_path / "r.ini"), QSettings.Format.IniFormat))))
    dialogs = FakeDialogs()

    def script(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        if isinstance(dialog, WelcomeDialog):
            dialog.ui.serverButton.click()
            return True
        assert isinstance(dialog, ServerConnectDialog)
        _fill(dialog, ward_url)
        emit(dialog.ui.buttons.accepted)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.on_run = script
    book = gui_app.open_book_or_explain(tmp_path / "hoagiai.sqlite", dialogs)
    assert book is not None and book.actor is not None
    book.database.dispose()
    assert not (tmp_path / "hoagiai.sqlite").exists()  # no file book made on the side
    started = gui_app.open_book_or_explain(ward_url.replace("+psycopg", ""), dialogs)
    assert started is not None  # hoagiai --db postgresql://...: the same dialog, filled in
    started.database.dispose()
