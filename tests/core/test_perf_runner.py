"""The benchmark suite's runner and its rows (tests/perf is not collected: its own small parts
are checked here, without timing anything)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.perf import __main__ as runner
from tests.perf.results import Result, judged, table, write_json


def test_a_budget_is_met_only_within_both_limits() -> None:
    assert judged(50, 20, ratio=3, ms=60) == ("≤ 3× ref and ≤ 60 ms", True)
    assert judged(70, 20, ratio=3, ms=60)[1] is False  # over the milliseconds
    assert judged(50, 10, ratio=3, ms=60)[1] is False  # over the ratio
    assert judged(50, None, ratio=3)[1] is False  # no reference measured: not met


def test_the_table_and_the_json_carry_every_field(tmp_path: Path) -> None:
    rows = [Result("logbook", "1,000 cases", 12265.0, "bare table", 3365.0, "≤ 3000 ms", False),
            Result("office", "1 document", 0.0, "soffice", None, "", None, "not installed")]
    text = table(rows)
    expected = "| logbook | 1,000 cases | 12,265 | bare table | 3,365 | 3.6× | ≤ 3000 ms | MISSED |"
    assert expected in text
    assert "| office | 1 document | 0 | soffice | — | — | — | — | not installed |" in text
    write_json(rows, tmp_path / "out" / "r.json")
    saved = json.loads((tmp_path / "out" / "r.json").read_text(encoding="utf-8"))
    assert saved[0]["ratio"] == 3.645 and saved[0]["met"] is False
    assert saved[1]["ratio"] is None and saved[1]["note"] == "not installed"


def test_the_runner_finds_every_bench_module() -> None:
    names = runner.bench_modules([])
    assert {"bench_cases", "bench_demo", "bench_documents", "bench_startup"} <= set(names)
    assert runner.bench_modules(["documents"]) == ["bench_documents"]


def test_a_run_with_nothing_chosen_writes_an_empty_list(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert runner.main(["--only", "no-such-benchmark", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
