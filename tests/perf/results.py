"""What every benchmark reports, and how the suite's runner prints and stores it.

A benchmark module joins ``python -m tests.perf`` by defining ``collect(quick: bool) ->
list[Result]``: one row per operation, our median beside a reference measured in the same run.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BOOKS_VARIABLE = "HOAGIAI_PERF_BOOKS"  # where the big books are made once and reused


@dataclass
class Result:
    operation: str
    size: str  # what it ran on: "100,000 cases", "1 agreement"
    ours_ms: float
    reference: str  # what the reference is ("raw sqlcipher3", "bare ReportLab page")
    reference_ms: float | None  # None: no reference could run here (the note says why)
    budget: str
    met: bool | None  # None: nothing to meet (a figure reported for information)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.reference_ms:
            return None
        return self.ours_ms / self.reference_ms


def books_folder() -> Path:
    """The folder of the stress books: ``build/perf`` unless ``HOAGIAI_PERF_BOOKS`` says."""
    folder = Path(os.environ.get(BOOKS_VARIABLE) or ROOT / "build" / "perf")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def median_ms(work: Callable[[], Any], rounds: int, warm: bool = True) -> float:
    if warm:
        work()  # caches, prepared statements, imports
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def judged(ours_ms: float, reference_ms: float | None, *, ratio: float | None = None,
           ms: float | None = None) -> tuple[str, bool]:
    """The budget's text and whether it is met: within ``ratio`` × the reference, under ``ms``."""
    parts, met = [], True
    if ratio is not None:
        parts.append(f"≤ {ratio:g}× ref")
        met = met and reference_ms is not None and ours_ms <= ratio * reference_ms
    if ms is not None:
        parts.append(f"≤ {ms:g} ms")
        met = met and ours_ms <= ms
    return " and ".join(parts), met


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _verdict(met: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "—"}[met]


def _ratio(ratio: float) -> str:
    if ratio < 0.1:  # far under the reference (LibreOffice): "0.015×", not "0.0×"
        return f"{ratio:.2g}×"
    return f"{ratio:,.{1 if ratio < 10 else 0}f}×"


def table(results: Sequence[Result]) -> str:
    """One Markdown table (pasted as is into tests/perf/README.md)."""
    lines = ["| operation | size | ours ms | reference | ref ms | ratio | budget | met | note |",
             "|---|---|---:|---|---:|---:|---|---|---|"]
    for r in results:
        ratio = "—" if r.ratio is None else _ratio(r.ratio)
        lines.append(f"| {r.operation} | {r.size} | {_figure(r.ours_ms)} | {r.reference} | "
                     f"{_figure(r.reference_ms)} | {ratio} | {r.budget or '—'} | "
                     f"{_verdict(r.met)} | {r.note} |")
    return "\n".join(lines)


def write_json(results: Sequence[Result], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [asdict(r) | {"ratio": None if r.ratio is None else round(r.ratio, 3)}
            for r in results]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
