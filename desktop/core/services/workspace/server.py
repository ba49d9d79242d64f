"""A book on a PostgreSQL server: a ward office whose officers work at once, or a province
office merging years of cases (docs/ward-server.md says how to set the server up).

A server book is addressed by a URL (``postgresql://officer@server/hoagiai``; ``?sslmode=
verify-full`` for TLS with certificate checks). Before anything is opened, ``probe`` connects
once and tells apart what a person can fix: a server that cannot be reached, a wrong server
password, a database that does not exist, a database that is not a book, a book waiting for
its set-up, for an upgrade, or made by a newer program. Nothing is written then.

Upgrades are the IT person's act (``upgrade``): a ``pg_dump`` first, then the migrations once,
under the opening lock. Officers who open an older book are told so, not upgraded silently.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import URL, Connection, inspect, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from desktop.core.db import migrate
from desktop.core.db.engine import make_engine
from desktop.core.errors import HoagiaiError
from desktop.core.files import fsync_folder
from desktop.core.i18n import N_
from desktop.core.services.workspace import server_tls
from desktop.core.services.workspace.server_tls import Encryption

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_SECONDS = 8  # an office network answers at once; a wrong address must not hang

UNREACHABLE = N_("The server {server} cannot be reached. Check that this computer is on the "
                 "office's network and that the server is running, then try again. Nothing "
                 "was changed.")
WRONG_PASSWORD = N_("The server {server} refused the user name or password of {user}. Check "
                    "them with the office's IT person and try again. Nothing was changed.")
NO_DATABASE = N_("The server {server} has no database named {database}. Check the name with "
                 "the office's IT person. Nothing was changed.")
NOT_A_BOOK = N_("The database {database} on {server} is not a Sổ hòa giải book (it holds other "
                "tables). Nothing was changed: check the database's name.")
NOT_SET_UP = N_("The database {database} on {server} is empty: the office's IT person sets it "
                "up once with 'hoagiai server init'. Nothing was changed.")
OLDER_BOOK = N_("The book on {server} was made by an older version of Sổ hòa giải. The office's "
                "IT person upgrades it once ('hoagiai server upgrade', which takes a copy "
                "first). Nothing was changed.")
NEWER_BOOK = N_("The book on {server} was made by a newer version of Sổ hòa giải. Please "
                "install the newest version of the program to open it. Nothing was changed.")
NOT_EMPTY = N_("The database {database} on {server} is not empty. Set-up and copying only go "
               "into an empty database, so nothing there is overwritten.")
TOOL_MISSING = N_("The PostgreSQL tool {tool} is not installed on this computer (Debian/Ubuntu: "
                  "apt-get install postgresql-client). Nothing was changed.")
TOOL_FAILED = N_("{tool} could not finish: {problem}. Nothing was changed.")
NOT_A_DUMP = N_("{path} is not a copy of a book made by 'hoagiai backup' on a server (pg_dump). "
                "Nothing was changed.")


class Schema(StrEnum):
    EMPTY = "empty"
    FOREIGN = "foreign"  # tables, but not a book's
    OLDER = "older"
    CURRENT = "current"
    NEWER = "newer"


@dataclass(frozen=True)
class Probe:
    schema: Schema
    revision: str | None
    encryption: Encryption | None = None  # what the connection was (TLS version, cipher)


SSL_MODES = ("prefer", "require", "verify-full")  # the dialog's; verify-full checks the name
LIBPQ_SSL_MODES = ("disable", "allow", *SSL_MODES[:2], "verify-ca", SSL_MODES[2])


@dataclass(frozen=True)
class ServerAddress:
    """A server as the connect dialog shows it; remembered without any password."""

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"
    ca_file: str = ""

    def url(self, password: str = "") -> URL:
        query = {"sslmode": self.sslmode}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create("postgresql+psycopg", username=self.user or None,
                          password=password or None, host=self.host, port=self.port,
                          database=self.database, query=query)

    def remembered(self) -> str:
        """The address to keep among the recent servers: never a password."""
        return self.url().render_as_string(hide_password=False)

    @classmethod
    def parse(cls, address: str | URL) -> ServerAddress:
        url = server_url(address)
        mode = str(url.query.get("sslmode", "prefer"))
        if mode not in LIBPQ_SSL_MODES:  # never weakened to a default behind anyone's back
            raise HoagiaiError(N_("{address} asks for an encryption mode that does not exist "
                                  "(sslmode={mode})."), address=shown(url), mode=mode)
        return cls(url.host or "localhost", url.database or "", url.username or "",
                   url.port or 5432, mode, str(url.query.get("sslrootcert", "")))


def is_server_address(text: str | os.PathLike[str]) -> bool:
    return str(text).startswith(SCHEMES)


def server_url(address: str | URL) -> URL:
    """The address with the program's driver (psycopg 3); ``postgres://`` accepted too."""
    url = make_url(str(address) if isinstance(address, str) else address)
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() != "postgresql":
        raise HoagiaiError(N_("{address} is not the address of a PostgreSQL server (it starts "
                              "with postgresql://)."), address=shown(url))
    return url


def shown(url: URL | str) -> str:
    """The address as a message may show it: never its password."""
    return make_url(url).render_as_string(hide_password=True)


def _place(url: URL) -> dict[str, str]:
    return {"server": f"{url.host or 'localhost'}:{url.port or 5432}",
            "database": url.database or "", "user": url.username or ""}


def _refusal(error: BaseException, url: URL) -> HoagiaiError:
    """The person's words for a failed connection (psycopg's message is English, for us)."""
    message = str(getattr(error, "orig", error)).lower()
    place = _place(url)
    tls = server_tls.refusal(message, url, place)
    if tls is not None:
        return tls
    if "password authentication failed" in message or "no password supplied" in message:
        return HoagiaiError(WRONG_PASSWORD, **place)
    if "does not exist" in message and "database" in message:
        return HoagiaiError(NO_DATABASE, **place)
    return HoagiaiError(UNREACHABLE, **place)


def probe(address: str | URL) -> Probe:
    """What is at the address, read without writing anything; connection problems raised
    with their own message."""
    url = server_url(address)
    server_tls.check_ca_file(url)  # said before anything is sent
    engine = make_engine(url.update_query_dict({"connect_timeout": str(CONNECT_SECONDS)}))
    try:
        with engine.connect() as connection:
            encryption = server_tls.encryption(connection, url)
            schema, revision = _schema(connection)
    except (OperationalError, DBAPIError) as error:
        raise _refusal(error, url) from error
    finally:
        engine.dispose()
    return Probe(schema, revision, encryption)


def _schema(connection: Connection) -> tuple[Schema, str | None]:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return Schema.EMPTY, None
    if not {"alembic_version", "change_journal", "journal_head"} <= tables:
        return Schema.FOREIGN, None
    revision = migrate.current_revision(connection)
    if revision == migrate.head_revision():
        return Schema.CURRENT, revision
    if revision is not None and migrate.is_known(revision):
        return Schema.OLDER, revision
    return Schema.NEWER, revision


def require_openable(address: str | URL) -> URL:
    """The address of a current book, or the reason it cannot be opened now."""
    url = server_url(address)
    require_current(probe(url), url)
    return url


def require_current(found: Probe, url: URL) -> Probe:
    """``found`` when it is a current book; otherwise the reason it cannot be opened."""
    messages = {Schema.EMPTY: NOT_SET_UP, Schema.FOREIGN: NOT_A_BOOK, Schema.OLDER: OLDER_BOOK,
                Schema.NEWER: NEWER_BOOK}
    if found.schema is not Schema.CURRENT:
        raise HoagiaiError(messages[found.schema], **_place(url))
    return found


def require_empty(address: str | URL) -> URL:
    url = server_url(address)
    if probe(url).schema is not Schema.EMPTY:
        raise HoagiaiError(NOT_EMPTY, **_place(url))
    return url


# --- pg_dump and pg_restore: the server book's backups ---------------------------------------

def _tool_environment(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection options for the PostgreSQL tools; the password goes in the environment,
    never on a command line that other users of the computer can list."""
    arguments = ["--host", url.host or "localhost", "--port", str(url.port or 5432),
                 "--username", url.username or "", "--dbname", url.database or ""]
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    for key, value in url.query.items():
        if key.startswith("ssl"):
            environment["PG" + key.upper()] = str(value)  # sslmode -> PGSSLMODE ...
    return arguments, environment


def _run_tool(tool: str, arguments: list[str], environment: dict[str, str]) -> None:
    try:
        done = subprocess.run([tool, *arguments], env=environment, capture_output=True,
                              text=True, check=False)
    except FileNotFoundError as error:
        raise HoagiaiError(TOOL_MISSING, tool=tool) from error
    if done.returncode != 0:
        problem = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise HoagiaiError(TOOL_FAILED, tool=tool, problem=problem)


def dump(address: str | URL, target: Path) -> Path:
    """A ``pg_dump`` of the book (custom format, restorable with ``restore_dump``), written
    whole or not at all, readable by its owner only."""
    return dump_as_it_is(require_openable(address), target)


def dump_as_it_is(url: URL, target: Path) -> Path:
    """``dump`` without the check that the book is current (the copy taken before an
    upgrade is of the older book)."""
    arguments, environment = _tool_environment(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                       suffix=".partial")
    os.close(handle)
    try:
        _run_tool("pg_dump", [*arguments, "--format=custom", "--no-owner",
                              "--no-privileges", "--file", partial], environment)
        os.chmod(partial, 0o600)  # every officer's cases: pg_dump may have made it anew
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def check_dump(path: Path) -> None:
    """Refuse a file ``pg_restore`` cannot read as an archive."""
    if not path.is_file():
        raise HoagiaiError(NOT_A_DUMP, path=path)
    try:
        listing = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True,
                                 text=True, check=False)
    except FileNotFoundError as error:
        raise HoagiaiError(TOOL_MISSING, tool="pg_restore") from error
    if listing.returncode != 0 or "alembic_version" not in listing.stdout:
        raise HoagiaiError(NOT_A_DUMP, path=path)


def restore_dump(path: Path, address: str | URL) -> None:
    """Put a ``dump`` back into an empty database (a new one, so that the book it replaces
    stays until the restored one is checked)."""
    check_dump(path)
    url = require_empty(address)
    arguments, environment = _tool_environment(url)
    _run_tool("pg_restore", [*arguments, "--no-owner", "--no-privileges",
                             "--exit-on-error", "--single-transaction", str(path)],
              environment)
    if probe(url).schema is Schema.FOREIGN:
        raise HoagiaiError(NOT_A_DUMP, path=path)


def server_time(address: str | URL) -> str:
    """The server's clock (the set-up's check that the connection works both ways)."""
    engine = make_engine(server_url(address))
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT now()")).scalar())
    except SQLAlchemyError as error:
        raise _refusal(error, server_url(address)) from error
    finally:
        engine.dispose()
