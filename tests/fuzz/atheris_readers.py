"""Coverage-guided fuzzing (atheris, libFuzzer) of the readers of outside files.

Each input is split by its first byte into a reader (``READERS``): the text decoder and the
convention parser, the Word reader, the backup checker, the attachment sniffer, the key-file
loader, the enrolment-file reader, the package header and archive parser, and the text
hygiene. ``HOAGIAI_FUZZ_READER=<name>`` sends every input to one reader instead. Anything but
a sound result or a ``HoagiaiError`` is a finding (libFuzzer stops and writes the input to
``crash-*``).

Run on demand, e.g. for ten minutes:
    .venv/bin/python tests/fuzz/atheris_readers.py -max_total_time=600 [CORPUS_DIR]
The test suite runs a bounded number of inputs (``test_atheris.py``); its opt-in long run
(``HOAGIAI_FUZZ_LONG=1``) gives each reader 100,000 inputs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import atheris
import docx  # noqa: F401  (libraries imported first stay uninstrumented: only our code is)
import sqlalchemy.orm  # noqa: F401
from alembic.script import ScriptDirectory  # noqa: F401

with atheris.instrument_imports(include=["desktop"]):
    from desktop.core.conventions.parser import parse
    from desktop.core.conventions.reading import decode_text, read_docx
    from desktop.core.domain.hygiene import invisible_in, strip_invisible
    from desktop.core.errors import HoagiaiError
    from desktop.core.exchange import envelope, keys
    from desktop.core.security import keyfile
    from desktop.core.services.cases import attachments
    from desktop.core.services.workspace import backups

FOLDER = Path(tempfile.mkdtemp(prefix="hoagiai-fuzz-"))
SEEDS = (b"\x00\xef\xbb\xbfCh\xc6\xb0\xc6\xa1ng I\n\xc4\x90i\xe1\xbb\x81u 1. A\n1. b\na) c\n",
         b"\x01PK\x03\x04", b"\x02SQLite format 3\x00", b"\x03%PDF-1.4\n%%EOF\n",
         b'\x04{"format": "hoagiai-keys", "version": 1, "slots": {}}',
         b"\x05" + keys.ENROLMENT_MAGIC + b"\x00\x00\x00\x02{}", b"\x06" + envelope.MAGIC,
         b"\x07Nguy\xe1\xbb\x85n \xe2\x80\xae")


def _decode_and_parse(data: bytes) -> None:
    with contextlib.suppress(HoagiaiError):
        parse(decode_text(data))


def _read_file(data: bytes, suffix: str, reader: object) -> None:
    path = FOLDER / f"input{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(HoagiaiError):
        reader(path)  # type: ignore[operator]


def _attachment(data: bytes) -> None:
    media_type = attachments.sniff(data)
    if media_type is not None:
        attachments.is_complete(data, media_type)


def _package(data: bytes) -> None:
    with contextlib.suppress(HoagiaiError):
        envelope.read_header(data)
    with contextlib.suppress(HoagiaiError):
        envelope.parse_archive(data)


def _hygiene(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    if invisible_in(strip_invisible(text)):
        raise AssertionError("an invisible character survived")


READERS = {
    "convention text": _decode_and_parse,
    "word": lambda body: _read_file(body, ".docx", read_docx),
    "backup": lambda body: _read_file(body, ".sqlite", backups.check_backup),
    "attachment": _attachment,
    "key file": lambda body: _read_file(body, ".keys", keyfile.KeyFile.load),
    "enrolment": lambda body: _suppressed(keys.read_enrolment, body),
    "package": _package,
    "text hygiene": _hygiene,
}
NAMES = list(READERS)
CHOSEN = os.environ.get("HOAGIAI_FUZZ_READER", "")


def _suppressed(reader: object, body: bytes) -> None:
    with contextlib.suppress(HoagiaiError):
        reader(body)  # type: ignore[operator]


def one_input(data: bytes) -> None:
    if CHOSEN:
        READERS[CHOSEN](data)
        return
    if not data:
        return
    READERS[NAMES[data[0] % len(NAMES)]](data[1:])


def main() -> None:
    corpus = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if not corpus:  # seed a fresh corpus so the first runs already look like our files
        seeds = FOLDER / "seeds"
        seeds.mkdir()
        for number, seed in enumerate(SEEDS):  # one reader: its seeds without the selector
            if not CHOSEN or NAMES[seed[0] % len(NAMES)] == CHOSEN:
                (seeds / f"seed-{number}").write_bytes(seed[1:] if CHOSEN else seed)
        sys.argv.append(str(seeds))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
