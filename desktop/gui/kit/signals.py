"""Emitting a signal from Python without wearing out ``True``.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every emit from Python drops one reference to the ``True`` singleton. After some thousands of
emits Python aborts with "bool_dealloc: deallocating True or False". ``emit`` below gives the
reference back when (and only when) the installed PySide has that fault, measured at import.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, cast

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


def give_back_true(count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    dropped = before - sys.getrefcount(True)
    give_back_true(max(dropped, 0))
    return dropped > 0


EMIT_DROPS_TRUE = _emit_drops_true()


def reserve_true(count: int = 1_000_000) -> None:
    """Give ``True`` a reserve of references at start-up, so that a long session survives the
    code that still calls ``.emit`` directly (each call costs one). Does nothing on a PySide
    without the fault, or on a Python whose ``True`` is immortal (3.12+)."""
    if EMIT_DROPS_TRUE:
        ctypes.c_ssize_t.from_address(id(True)).value += count  # CPython: ob_refcnt comes first


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, keeping Python's ``True`` alive on a faulty PySide."""
    result: Any = cast(Any, signal.emit)(*args)  # the stubs say None; 6.12.0 gives True
    if EMIT_DROPS_TRUE and result is True:
        give_back_true()
