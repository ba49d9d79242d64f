"""Runs the atheris fuzz target for a bounded number of inputs (it needs its own process:
libFuzzer owns the process it runs in). Skipped where atheris is not installed (it has wheels
for Linux and macOS only). HOAGIAI_FUZZ_RUNS sets the number of inputs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

TARGET = Path(__file__).with_name("atheris_readers.py")


@pytest.mark.slow
def test_atheris_finds_nothing_in_the_readers(tmp_path, capsys):
    runs = int(os.environ.get("HOAGIAI_FUZZ_RUNS", 20000))
    result = subprocess.run(
        [sys.executable, str(TARGET), f"-runs={runs}", "-max_total_time=45", "-max_len=4096",
         "-rss_limit_mb=1500", f"-artifact_prefix={tmp_path}/"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120)
    log = result.stderr
    assert result.returncode == 0, log[-3000:]
    done = re.findall(r"#(\d+)\s+DONE", log) or re.findall(r"Done (\d+) runs", log)
    coverage = re.findall(r"cov: (\d+)", log)
    with capsys.disabled():
        print(f"\natheris: {done[-1] if done else '?'} inputs through the convention, Word and "
              f"backup readers, coverage {coverage[-1] if coverage else '?'} edges, no finding")
