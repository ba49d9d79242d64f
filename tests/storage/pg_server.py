"""A throwaway PostgreSQL server for one test run: initdb into a temporary folder, start it on a
free port, hand out fresh databases cloned from migrated templates, stop it at the end.

Debian keeps the server binaries off PATH (``/usr/lib/postgresql/<version>/bin``). initdb
refuses to run as root, so as root the server runs as the ``postgres`` user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "app"
# A throwaway server: no crash safety needed, and cloning a database writes less WAL.
SPEED_OVER_SAFETY = ("-c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal "
                     "-c max_wal_senders=0")


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when not installed."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                        else 0, reverse=True)
    if candidates:
        return candidates[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _hand_to_server_user(folder: Path) -> None:
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)


@dataclass
class PostgresServer:
    """``folder`` must be reachable by the server user: pytest's tmp folders (mode 0700, owned
    by root) are not, so the fixture makes its own under the system temp folder."""

    binaries: Path
    folder: Path
    port: int = 0
    listen: str = "127.0.0.1"  # addresses the server listens on, comma-separated
    settings: tuple[str, ...] = ()  # more server settings, "name=value" (TLS, for one)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def start(self) -> None:
        _hand_to_server_user(self.folder)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        self.configure()
        self.port = self.port or _free_port()
        settings = "".join(f" -c {setting}" for setting in self.settings)
        options = (f"-k {self.folder} -h {self.listen} -p {self.port} -F {SPEED_OVER_SAFETY}"
                   f"{settings}")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-o", options, "start")

    def configure(self) -> None:
        """Between initdb and the start: a server of another kind changes its files here."""

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _run(self, program: str, *arguments: str) -> None:
        command = _as_server_user([str(self.binaries / program), *arguments])
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed ({result.returncode}): {result.stderr}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, *statements: str) -> None:
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type,unused-ignore]

    def create_database(self, template: str = "template0") -> str:
        """A new empty (or cloned) database; returns its name."""
        name = f"db_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class TlsServer(PostgresServer):
    """A server that speaks TLS only (``hostssl`` lines, no plain ``host`` ones), with the
    certificate and key it is given, listening on 127.0.0.1 and 127.0.0.2: the second address
    is not in the certificate, so a client checking the name must refuse it."""

    certificate: Path | None = None
    key: Path | None = None
    listen: str = "127.0.0.1,127.0.0.2"

    def configure(self) -> None:
        assert self.certificate is not None and self.key is not None
        for source, name in ((self.certificate, "server.crt"), (self.key, "server.key")):
            target = self.data / name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            _hand_to_server_user(target)
        self.settings = (*self.settings, "ssl=on", "ssl_cert_file=server.crt",
                         "ssl_key_file=server.key")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.0/8 trust\n"
            "hostnossl all all 127.0.0.0/8 reject\n", encoding="utf-8")

    def _admin(self, *statements: str) -> None:
        with psycopg.connect(host=str(self.folder), port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type,unused-ignore]
