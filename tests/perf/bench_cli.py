"""``hoagiai cases list`` over the stress book, as a person runs it, against the same queries
through raw SQLCipher in the same run (#17).

    .venv/bin/python -m tests.perf.bench_cli                    # the 100,000-case book
    .venv/bin/python -m tests.perf.bench_cli --cases 2000
    .venv/bin/python -m tests.perf --only cli [--quick]

Both sides are child processes started the same way, timed from their start: ours is the real
command (Python's start, the imports, the login's key derivation, the two streamed queries, the
lines written); the reference logs in the same way (``workspace.unlock``: the same key
derivation), then runs **the same two SQL statements** (compiled from ours) with ``sqlcipher3``
directly, merges them on the id and writes the same lines. Each reports the time to its first
line, to its last, and its peak memory (the child's own ``ru_maxrss`` from ``wait4``). The
lines of both are compared, so the reference cannot be faster by doing less.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.perf.results import ROOT, Result, table, write_json

FULL_CASES, QUICK_CASES = 100_000, 2_000
PYTHON = sys.executable


@dataclass(frozen=True)
class Run:
    first_ms: float  # from the start of the process to its first line
    total_ms: float  # to the end of its output and its exit
    peak_mb: float  # its peak resident memory
    lines: int
    digest: int  # a hash of every line, to check both sides wrote the same


def _environment() -> dict[str, str]:
    return os.environ | {"HOAGIAI_USER": DEMO_ACCOUNTS[0][0], "HOAGIAI_PASSWORD": DEMO_PASSWORD,
                         "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}


def run_child(command: list[str]) -> Run:
    """Start ``command``, time its first line and its end, read its peak memory."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=_environment(), cwd=ROOT)
    assert child.stdout is not None
    first_ms, lines, digest = 0.0, 0, 0
    for line in child.stdout:
        if not lines:
            first_ms = (time.perf_counter() - started) * 1000
        lines += 1
        digest = hash((digest, line))
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    total_ms = (time.perf_counter() - started) * 1000
    if child.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {child.returncode}")
    return Run(first_ms, total_ms, usage.ru_maxrss / 1024, lines, digest)


def ours(book: Path) -> list[str]:
    # what the installed ``hoagiai`` script runs
    return [PYTHON, "-c", "import sys; from desktop.cli.main import main; sys.exit(main())",
            "--lang", "vi", "cases", "list", "--db", str(book)]


def reference(book: Path, login_only: bool = False) -> list[str]:
    return [PYTHON, "-c", _REFERENCE, str(book), json.dumps(_statements(book)),
            *(["login only"] if login_only else [])]


def _statements(book: Path) -> dict[str, object]:
    """Our two statements with their values written in, the labels and the column widths."""
    from desktop.core.domain.enums import CaseStatus
    from desktop.core.domain.labels import status_label
    from desktop.core.i18n import set_language
    from desktop.core.policy import settings
    from desktop.core.services.cases import streaming
    from desktop.core.services.cases.listing import CaseFilter
    from tests.perf.bench_cases import log_in

    set_language("vi")
    opened = log_in(book)
    try:
        with opened.database.reading(opened.actor) as session:
            wanted = CaseFilter(settings.own_team_id(session))

            def sql(statement: object) -> str:
                return str(statement.compile(  # type: ignore[attr-defined]
                    session.get_bind(), compile_kwargs={"literal_binds": True}))

            return {"cases": sql(streaming._cases(session, wanted)),
                    "parties": sql(streaming._parties(session, wanted)),
                    "labels": {s.value: status_label(s) for s in CaseStatus},
                    "number_width": streaming.widest_number(session, wanted),
                    "status_width": max(len(status_label(s)) for s in CaseStatus),
                    "user": DEMO_ACCOUNTS[0][0], "password": DEMO_PASSWORD}
    finally:
        opened.database.dispose()


# The reference child: the login's key derivation, then sqlcipher3 alone.
_REFERENCE = """
import json, sys
from datetime import date
from pathlib import Path
from desktop.core.services.workspace import book as workspace
from desktop.core.db.engine import key_pragma
import sqlcipher3
path, given = Path(sys.argv[1]), json.loads(sys.argv[2])
key = workspace.unlock(path, workspace.Credentials(given["user"], given["password"]))
db = sqlcipher3.connect(str(path))
db.execute(f'PRAGMA key = "{key_pragma(key)}"')
db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key checked, as a login does
if len(sys.argv) > 3:
    sys.exit(0)  # the start and the login alone
labels, nw, sw = given["labels"], given["number_width"], given["status_width"]
def streamed(sql):
    cursor = db.cursor().execute(sql)
    while batch := cursor.fetchmany(1000):
        yield batch
parties = (row for batch in streamed(given["parties"]) for row in batch)
waiting = next(parties, None)
out, lines = sys.stdout, []
for batch in streamed(given["cases"]):
    for case_id, year, seq, received, status, title, _sensitive in batch:
        names = []
        while waiting is not None and waiting[0] == case_id:
            names.append(waiting[1])
            waiting = next(parties, None)
        number = f"{seq:02d}/{year}"
        day = date.fromisoformat(received)
        lines.append(f"{number:>{nw}}  {day:%d/%m/%Y}  {labels[status]:<{sw}}  {title}  "
                     f"[{', '.join(names)}]\\n")
    out.write("".join(lines))
    out.flush()
    lines = []
"""


def _median(runs: list[Run], field: str) -> float:
    return float(statistics.median(getattr(run, field) for run in runs))


def measure(book: Path, rounds: int, size: str) -> list[Result]:
    mine = [run_child(ours(book)) for _ in range(rounds)]
    floor = [run_child(reference(book)) for _ in range(rounds)]
    # the fixed part: the process's start and the login, nothing listed (no case has year 1)
    start = [run_child([*ours(book), "--year", "1"]).total_ms for _ in range(rounds)]
    start_floor = [run_child(reference(book, login_only=True)).total_ms for _ in range(rounds)]
    same = {(r.lines, r.digest) for r in mine + floor}
    note = (f"{mine[0].lines:,} lines, the same on both sides" if len(same) == 1 else
            "the two sides wrote DIFFERENT lines: the reference is not the same work")
    results = []
    for operation, field in (("cases list: first line (ms)", "first_ms"),
                             ("cases list: to the end (ms)", "total_ms"),
                             ("cases list: peak memory (MB, not ms)", "peak_mb")):
        results.append(Result(operation, size, round(_median(mine, field), 1),
                              "same SQL, raw sqlcipher3, same login",
                              round(_median(floor, field), 1), "", None, note))
    results.append(Result("cases list, nothing kept: start and login (ms)", size,
                          round(statistics.median(start), 1), "Python start, the same login",
                          round(statistics.median(start_floor), 1), "", None,
                          "ours imports the CLI and SQLAlchemy, opens the book, checks it"))
    for result in results:
        print(f"  {result.operation:<38} {result.ours_ms:10.1f}  ref {result.reference_ms:10.1f}"
              f"  {result.note}", flush=True)
    return results


def book_of(cases: int) -> Path:
    from tests.perf.bench_cases import stress_book

    return stress_book(cases)


def collect(quick: bool) -> list[Result]:
    """For ``python -m tests.perf``: the 100,000-case book (2,000 when quick), 3 rounds."""
    cases = QUICK_CASES if quick else FULL_CASES
    return measure(book_of(cases), 3, f"{cases:,} cases")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=FULL_CASES)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results = measure(book_of(args.cases), args.rounds, f"{args.cases:,} cases")
    print(table(results))
    if args.json:
        write_json(results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
