"""TLS to the ward's server: the CA file checked before anything is sent, each way a secure
connection fails told apart in the person's words, and what the connection turned out to be.

libpq does the TLS itself (``sslmode``, ``sslrootcert`` in the address); its messages are
English and meant for programmers, so they are read here for their sign and replaced. The
signs were taken from libpq 18 (psycopg's binary wheel) as the tests meet them
(tests/storage/test_server_tls.py runs a server with a certificate of its own, a wrong CA, a
wrong name and no TLS at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import URL, Connection, text

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _

CHECKED_MODES = ("verify-ca", "verify-full")  # the modes that read a CA file
ENCRYPTED_MODES = ("require", *CHECKED_MODES)  # never connected to without TLS

TLS_NOT_OFFERED = N_("The server {server} offers no encryption (TLS), and this connection asks "
                     "for it ({sslmode}). Nothing was sent and nothing was changed: ask the "
                     "office's IT person to turn TLS on at the server (docs/ward-server.md).")
TLS_ONLY = N_("The server {server} accepts only encrypted connections. Choose encryption with "
              "the server's certificate checked (verify-full) and the office's CA file. Nothing "
              "was changed.")
TLS_UNTRUSTED = N_("The certificate of the server {server} was not signed by the CA file "
                   "{ca_file}: it is the wrong CA file, or this is not the office's server. "
                   "Nothing was sent and nothing was changed: ask the office's IT person for "
                   "the server's CA file.")
TLS_WRONG_NAME = N_("The certificate of the server is not made out for the address {host}. "
                    "Type the address written in the certificate (the office's IT person "
                    "knows it), or have the certificate made again with this address. Nothing "
                    "was sent and nothing was changed.")
CA_FILE_MISSING = N_("The CA file {ca_file} is not on this computer. Choose the file the "
                     "office's IT person gave you (ca.crt). Nothing was changed.")
CA_FILE_UNREADABLE = N_("The CA file {ca_file} cannot be read as a certificate ({problem}). "
                        "Choose the ca.crt file the office's IT person gave you, as it was "
                        "given. Nothing was changed.")
TLS_REFUSED = N_("The connection to {server} could not be encrypted as asked ({sslmode}): the "
                 "server offers no TLS, or its certificate does not match the CA file. Check the "
                 "encryption setting and the certificate with the office's IT person. Nothing "
                 "was changed.")

_DEFAULT_CA = Path("~/.postgresql/root.crt")  # libpq's, when the address names none
_ENCRYPTED = {
    "verify-full": N_("Encrypted ({version}, {cipher}); the server's certificate and its name "
                      "were checked (verify-full)."),
    "verify-ca": N_("Encrypted ({version}, {cipher}); the server's certificate was checked, "
                    "not its name (verify-ca)."),
}
_ENCRYPTED_UNCHECKED = N_("Encrypted ({version}, {cipher}), but the server's certificate was "
                          "not checked ({sslmode}).")


@dataclass(frozen=True)
class Encryption:
    """What the connection turned out to be: ``version`` is empty when it is not encrypted."""

    sslmode: str
    version: str = ""
    cipher: str = ""

    @property
    def encrypted(self) -> bool:
        return bool(self.version)

    def described(self) -> str:
        """One line for the dialog's status and ``server check``, in the person's words."""
        if not self.encrypted:
            return _("Not encrypted (the server offers no TLS): use it only inside the "
                     "office's own network.")
        said = _(_ENCRYPTED.get(self.sslmode, _ENCRYPTED_UNCHECKED))
        return said.format(version=self.version, cipher=self.cipher, sslmode=self.sslmode)


def sslmode(url: URL) -> str:
    return str(url.query.get("sslmode", "prefer"))


def ca_file(url: URL) -> str:
    return str(url.query.get("sslrootcert", "")) or str(_DEFAULT_CA.expanduser())


def check_ca_file(url: URL) -> None:
    """Before connecting: a mode that checks certificates needs a readable PEM CA file."""
    if sslmode(url) not in CHECKED_MODES or str(url.query.get("sslrootcert")) == "system":
        return
    path = Path(ca_file(url))
    if not path.exists():
        raise HoagiaiError(CA_FILE_MISSING, ca_file=str(path))
    try:
        found = x509.load_pem_x509_certificates(path.read_bytes())
    except (OSError, ValueError) as error:
        raise HoagiaiError(CA_FILE_UNREADABLE, ca_file=str(path),
                           problem=_problem(error)) from error
    if not found:
        raise HoagiaiError(CA_FILE_UNREADABLE, ca_file=str(path), problem=_("no certificate"))


def _problem(error: BaseException) -> str:
    if isinstance(error, IsADirectoryError):
        return _("it is a folder")
    if isinstance(error, PermissionError):
        return _("this user may not read it")
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return _("not a PEM certificate")


def refusal(message: str, url: URL, place: dict[str, str]) -> HoagiaiError | None:
    """The TLS refusal that libpq's (lower-cased) ``message`` stands for; None when the failure
    has nothing to do with TLS."""
    checks = (
        ("does not support ssl", TLS_NOT_OFFERED),
        ("no encryption", TLS_ONLY),  # pg_hba: hostssl lines only
        ("does not match host name", TLS_WRONG_NAME),
        ("certificate verify failed", TLS_UNTRUSTED),
        ("root certificate file", None),  # the CA file: missing or unreadable, below
    )
    for sign, message_id in checks:
        if sign in message:
            if message_id is None:
                return _ca_file_refusal(message, url)
            return HoagiaiError(message_id, sslmode=sslmode(url), ca_file=ca_file(url),
                                host=url.host or "localhost", **place)
    if "ssl" in message or "certificate" in message:
        return HoagiaiError(TLS_REFUSED, sslmode=sslmode(url), **place)
    return None


def _ca_file_refusal(message: str, url: URL) -> HoagiaiError:
    if "does not exist" in message:
        return HoagiaiError(CA_FILE_MISSING, ca_file=ca_file(url))
    return HoagiaiError(CA_FILE_UNREADABLE, ca_file=ca_file(url),
                        problem=_("not a PEM certificate"))


def encryption(connection: Connection, url: URL) -> Encryption:
    """Asked of the server about this very session (pg_stat_ssl, readable by any login)."""
    row = connection.execute(text(
        "SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).first()
    if row is None or not row.ssl:
        return Encryption(sslmode(url))
    return Encryption(sslmode(url), str(row.version), str(row.cipher))
