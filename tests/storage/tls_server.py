"""A throwaway TLS server for the tests (the ``tls_ward`` fixture, a plugin of tests/conftest.py)
and its certificates: a CA of the ward's own, a server certificate it signs (named for localhost
and 127.0.0.1, as docs/ward-server.md has the IT person make one for the server's address), and
a second, unrelated CA (the wrong file an officer might be given).

Made with ``cryptography`` in memory, written PEM; a few milliseconds with EC keys.
"""

from __future__ import annotations

import ipaddress
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.domain.roles import Role
from desktop.core.services.workspace.accounts import AccountInput
from desktop.core.services.workspace.book import Credentials
from desktop.core.services.workspace.server_setup import init_server
from tests.storage.pg_server import TlsServer, server_binaries

SERVER_NAMES = ("localhost", "127.0.0.1")


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the file each officer's computer is given
    server_certificate: Path
    server_key: Path
    other_ca: Path  # a CA that never signed the server's certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND phường (thử)"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _alternatives(names: tuple[str, ...]) -> x509.SubjectAlternativeName:
    entries: list[x509.GeneralName] = []
    for name in names:
        try:
            entries.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            entries.append(x509.DNSName(name))
    return x509.SubjectAlternativeName(entries)


def _signed(builder: x509.CertificateBuilder, key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    now = datetime.now(UTC)
    return (builder.serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(key, hashes.SHA256()))


def _authority(common_name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(_name(common_name))
               .issuer_name(_name(common_name)).public_key(key.public_key())
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(False, False, False, False, False, True, True,
                                            False, False), critical=True))
    return _signed(builder, key), key


def _server(authority: x509.Certificate, authority_key: ec.EllipticCurvePrivateKey,
            names: tuple[str, ...]) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(_name(names[0]))
               .issuer_name(authority.subject).public_key(key.public_key())
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(_alternatives(names), critical=False))
    return _signed(builder, authority_key), key


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def make_certificates(folder: Path, names: tuple[str, ...] = SERVER_NAMES) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    authority, authority_key = _authority("CA của phường (thử)")
    certificate, key = _server(authority, authority_key, names)
    other, _other_key = _authority("CA khác (thử)")
    made = Certificates(folder / "ca.crt", folder / "server.crt", folder / "server.key",
                        folder / "other-ca.crt")
    made.ca.write_bytes(_pem(authority))
    made.other_ca.write_bytes(_pem(other))
    made.server_certificate.write_bytes(_pem(certificate))
    made.server_key.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    made.server_key.chmod(0o600)  # the server refuses a key others can read
    return made



@dataclass(frozen=True)
class TlsWard:
    """A TLS-only server with a ward book set up on it (``server init``), and its files."""

    certificates: Certificates
    port: int
    database: str

    def url(self, host: str = "127.0.0.1", sslmode: str = "verify-full",
            ca: Path | str | None = None) -> str:
        root = self.certificates.ca if ca is None else ca
        query = f"sslmode={sslmode}" + (f"&sslrootcert={root}" if root else "")
        return f"postgresql+psycopg://app@{host}:{self.port}/{self.database}?{query}"


TLS_ADMIN = Credentials("quan.tri", "mat-khau-quan-tri-phuong")


@pytest.fixture(scope="session")
def tls_ward() -> Iterator[TlsWard]:
    """One TLS-only server for the run (started by the first test that asks), with a ward
    book set up through verify-full: the set-up itself goes over TLS."""
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries not found")
    folder = Path(tempfile.mkdtemp(prefix="hoagiai-pg-tls-"))
    made = make_certificates(folder / "certificates")
    instance = TlsServer(binaries, folder, certificate=made.server_certificate,
                         key=made.server_key)
    try:
        instance.start()
        ward = TlsWard(made, instance.port, instance.create_database())
        admin = AccountInput(TLS_ADMIN.username, "Trần Văn Quản", Role.WARD_ADMIN)
        init_server(ward.url(), admin, TLS_ADMIN.password, "Phường Nghĩa Đô")
        yield ward
    finally:
        if instance.port:
            instance.stop()
        shutil.rmtree(folder, ignore_errors=True)
