"""Coverage-guided fuzzing (atheris, libFuzzer) of the readers of outside files.

Each input is split by its first byte into a target: 0 the text decoder and the convention
parser, 1 the Word reader, 2 the backup checker. Anything but a sound result or a
``HoagiaiError`` is a finding (libFuzzer stops and writes the input to ``crash-*``).

Run on demand, e.g. for ten minutes:
    .venv/bin/python tests/fuzz/atheris_readers.py -max_total_time=600 [CORPUS_DIR]
The test suite runs a bounded number of inputs (``test_atheris.py``).
"""

from __future__ import annotations

import contextlib
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
    from desktop.core.errors import HoagiaiError
    from desktop.core.services.workspace import backups

FOLDER = Path(tempfile.mkdtemp(prefix="hoagiai-fuzz-"))
SEEDS = (b"\x00\xef\xbb\xbfCh\xc6\xb0\xc6\xa1ng I\n\xc4\x90i\xe1\xbb\x81u 1. A\n1. b\na) c\n",
         b"\x01PK\x03\x04", b"\x02SQLite format 3\x00")


def _decode_and_parse(data: bytes) -> None:
    with contextlib.suppress(HoagiaiError):
        parse(decode_text(data))


def _read_file(data: bytes, suffix: str, reader: object) -> None:
    path = FOLDER / f"input{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(HoagiaiError):
        reader(path)  # type: ignore[operator]


def one_input(data: bytes) -> None:
    if not data:
        return
    target, body = data[0] % 3, data[1:]
    if target == 0:
        _decode_and_parse(body)
    elif target == 1:
        _read_file(body, ".docx", read_docx)
    else:
        _read_file(body, ".sqlite", backups.check_backup)


def main() -> None:
    corpus = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if not corpus:  # seed a fresh corpus so the first runs already look like our files
        seeds = FOLDER / "seeds"
        seeds.mkdir()
        for number, seed in enumerate(SEEDS):
            (seeds / f"seed-{number}").write_bytes(seed)
        sys.argv.append(str(seeds))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
