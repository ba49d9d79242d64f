"""Runs the atheris fuzz target for a bounded number of inputs (it needs its own process:
libFuzzer owns the process it runs in). Skipped where atheris is not installed (it has wheels
for Linux and macOS only). HOAGIAI_FUZZ_RUNS sets the number of inputs of the default run.

The long run (opt-in, ``HOAGIAI_FUZZ_LONG=1``; README) gives EACH reader 100,000 inputs of its
own (``HOAGIAI_FUZZ_LONG_RUNS`` to change it): about 15 minutes on two cores."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

TARGET = Path(__file__).with_name("atheris_readers.py")


READERS = ["convention text", "word", "backup", "attachment", "key file", "enrolment",
           "package", "text hygiene"]  # atheris_readers.READERS (not imported: it instruments)
LONG_RUNS = int(os.environ.get("HOAGIAI_FUZZ_LONG_RUNS", 100_000))


def _fuzz(tmp_path: Path, runs: int, seconds: int, reader: str = "") -> tuple[int, str]:
    environment = {**os.environ, "HOAGIAI_FUZZ_READER": reader}
    result = subprocess.run(
        [sys.executable, str(TARGET), f"-runs={runs}", f"-max_total_time={seconds}",
         "-max_len=4096", "-rss_limit_mb=1500", f"-artifact_prefix={tmp_path}/"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
        timeout=seconds + 120, env=environment)
    log = result.stderr
    assert result.returncode == 0, log[-3000:]
    done = re.findall(r"#(\d+)\s+DONE", log) or re.findall(r"Done (\d+) runs", log)
    coverage = re.findall(r"cov: (\d+)", log)
    return int(done[-1]) if done else 0, coverage[-1] if coverage else "?"


@pytest.mark.skipif(os.environ.get("HOAGIAI_FUZZ_LONG") != "1",
                    reason="the long fuzzing run is opt-in: HOAGIAI_FUZZ_LONG=1")
@pytest.mark.parametrize("reader", READERS)
def test_the_long_run_gives_each_reader_its_inputs(tmp_path, capsys, reader):
    done, coverage = _fuzz(tmp_path, LONG_RUNS, 3600, reader)
    with capsys.disabled():
        print(f"\natheris, {reader}: {done} inputs, coverage {coverage} edges, no finding")
    assert done >= LONG_RUNS


@pytest.mark.slow
def test_atheris_finds_nothing_in_the_readers(tmp_path, capsys):
    runs = int(os.environ.get("HOAGIAI_FUZZ_RUNS", 20000))
    done, coverage = _fuzz(tmp_path, runs, 45)
    with capsys.disabled():
        print(f"\natheris: {done} inputs through the {len(READERS)} readers ("
              f"{', '.join(READERS)}), coverage {coverage} edges, no finding")
