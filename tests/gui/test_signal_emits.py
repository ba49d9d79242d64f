"""PySide6 6.12.0 drops a reference to ``True`` on every ``SignalInstance.emit()`` made from
Python (Python 3.11 then aborts after a few thousand emits). All our emits go through
``desktop.gui.signals.emit``, which gives the reference back; this test keeps it that way."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.gui.kit.signals import emit

ROOT = Path(__file__).resolve().parents[2]
DIRECT_EMIT = re.compile(r"\.emit\(")


def test_no_code_emits_a_signal_directly():
    offenders = [f"{path.relative_to(ROOT)}:{number}"
                 for folder in ("desktop", "tests")
                 for path in (ROOT / folder).rglob("*.py")
                 if path.name not in ("signals.py", Path(__file__).name)
                 for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if DIRECT_EMIT.search(line)]
    assert offenders == []


class _Emitter(QObject):
    fired = Signal(int)


def test_many_emits_leave_true_alive(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(20_000):  # far past the point where a leak would abort Python 3.11
        emit(emitter.fired, number)
    assert len(received) == 20_000
    assert sys.getrefcount(True) >= before - 50
