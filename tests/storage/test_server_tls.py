"""TLS to the ward's server with a real certificate (#16): a CA of the ward's own signs the
server's certificate (localhost, 127.0.0.1); the server speaks TLS only and listens on 127.0.0.2
too, an address the certificate does not name. Through the program's own paths (``hoagiai
server check`` and the workspace service): verify-full with the right CA connects and says it
is encrypted (TLS version, cipher); a wrong CA, a wrong name, a server without TLS, a CA file
missing or unreadable each get their own message, and nothing is changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import server, server_tls
from tests.storage.tls_server import TLS_ADMIN, TlsWard

NOTHING_CHANGED = "chưa có gì bị thay đổi"


def _refused(address: str) -> HoagiaiError:
    with pytest.raises(HoagiaiError) as caught:
        server.probe(address)
    return caught.value


def test_verify_full_with_the_right_ca_connects_encrypted(tls_ward: TlsWard):
    for host in ("127.0.0.1", "localhost"):  # both names are in the certificate
        found = server.probe(tls_ward.url(host))
        assert found.schema is server.Schema.CURRENT
        assert found.encryption is not None and found.encryption.encrypted
        assert found.encryption.version.startswith("TLSv1.")
        assert found.encryption.cipher and found.encryption.sslmode == "verify-full"
        said = found.encryption.described()
        assert "verify-full" in said and found.encryption.cipher in said


def test_an_officer_logs_in_over_verify_full(tls_ward: TlsWard):
    opened = workspace.login_url(server.require_openable(tls_ward.url()), TLS_ADMIN)
    try:
        assert opened.actor is not None and opened.actor.user == TLS_ADMIN.username
    finally:
        opened.database.dispose()


def test_server_check_says_the_connection_is_encrypted(tls_ward: TlsWard, capsys):
    assert main(["server", "check", "--db", tls_ward.url()]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "sẵn sàng" in out[0]  # "a Sổ hòa giải book, ready"
    assert out[1].startswith("Đã mã hóa (TLSv1.") and "verify-full" in out[1]


def test_require_without_a_ca_is_encrypted_but_says_the_certificate_was_not_checked(
        tls_ward: TlsWard):
    found = server.probe(tls_ward.url(sslmode="require", ca=""))
    assert found.encryption is not None and found.encryption.encrypted
    said = found.encryption.described()
    assert said.startswith("Đã mã hóa") and "(require)" in said
    assert said != server.probe(tls_ward.url()).encryption.described()  # type: ignore[union-attr]


@pytest.mark.parametrize("case, message_id", [
    ("wrong CA", server_tls.TLS_UNTRUSTED),
    ("wrong name", server_tls.TLS_WRONG_NAME),
    ("CA file missing", server_tls.CA_FILE_MISSING),
    ("CA file not a certificate", server_tls.CA_FILE_UNREADABLE),
    ("CA file a folder", server_tls.CA_FILE_UNREADABLE),
    ("no TLS asked of a TLS-only server", server_tls.TLS_ONLY),
])
def test_each_tls_refusal_has_its_own_message(tls_ward: TlsWard, tmp_path: Path, case: str,
                                              message_id: str):
    garbage = tmp_path / "ca.crt"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nkhông phải chứng chỉ\n", encoding="utf-8")
    address = {
        "wrong CA": tls_ward.url(ca=tls_ward.certificates.other_ca),
        "wrong name": tls_ward.url("127.0.0.2"),
        "CA file missing": tls_ward.url(ca=tmp_path / "khong-co" / "ca.crt"),
        "CA file not a certificate": tls_ward.url(ca=garbage),
        "CA file a folder": tls_ward.url(ca=tmp_path),
        "no TLS asked of a TLS-only server": tls_ward.url(sslmode="disable", ca=""),
    }[case]
    refusal = _refused(address)
    assert refusal.message_id == message_id
    assert str(refusal) != message_id.format(**refusal.params)  # said in Vietnamese
    assert NOTHING_CHANGED in str(refusal).lower()
    assert server.probe(tls_ward.url()).schema is server.Schema.CURRENT  # nothing changed


def test_verify_full_against_a_server_without_tls(postgres_url: str, tls_ward: TlsWard):
    for mode in ("require", "verify-full"):
        address = f"{postgres_url}?sslmode={mode}&sslrootcert={tls_ward.certificates.ca}"
        refusal = _refused(address)
        assert refusal.message_id == server_tls.TLS_NOT_OFFERED
        assert refusal.params["sslmode"] == mode
    found = server.probe(postgres_url)  # prefer: connected, and said to be unencrypted
    assert found.encryption is not None and not found.encryption.encrypted


def test_server_check_prints_each_refusal_in_vietnamese(tls_ward: TlsWard, capsys):
    assert main(["server", "check", "--db", tls_ward.url(ca=tls_ward.certificates.other_ca)]) == 1
    err = capsys.readouterr().err
    expected = str(HoagiaiError(server_tls.TLS_UNTRUSTED, server=f"127.0.0.1:{tls_ward.port}",
                                ca_file=str(tls_ward.certificates.other_ca)))
    assert expected in err and "Traceback" not in err


def test_pg_dump_goes_over_verify_full_too(tls_ward: TlsWard, tmp_path: Path):
    """The backup's tools are given the same TLS settings (PGSSLMODE, PGSSLROOTCERT): with the
    wrong CA pg_dump is refused as well, and no file is left."""
    copy = server.dump(tls_ward.url(), tmp_path / "sao-luu.dump")
    server.check_dump(copy)
    with pytest.raises(HoagiaiError):
        server.dump_as_it_is(server.server_url(tls_ward.url(ca=tls_ward.certificates.other_ca)),
                             tmp_path / "sai-ca.dump")
    assert not (tmp_path / "sai-ca.dump").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["sao-luu.dump"]
