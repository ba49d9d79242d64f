"""Counts of the hostile-input corpus, per reader, at the end of the run."""

from __future__ import annotations

import pytest

from tests.hostile.registry import RESULTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RESULTS:
        return
    terminalreporter.write_line(
        "hostile-input corpus (handled cleanly / failed / known gaps), per reader:")
    for name, counts in sorted(RESULTS.items()):
        handled, failed, gaps = [*counts, 0, 0, 0][:3]
        terminalreporter.write_line(f"  {name}: {handled} / {failed} / {gaps}")
