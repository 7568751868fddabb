"""Workarounds for bugs of the installed Qt binding, each detected at run time, never assumed.

PySide6 6.12.0 on CPython 3.11: `SignalInstance.emit()` returns `True` without taking a reference,
so every signal emitted from Python lowers True's reference count by one. After a few thousand
emits (progress updates, worker answers) the interpreter aborts with "Fatal Python error:
bool_dealloc" — mid-session or at exit. install() measures the leak once and, only if it is there,
wraps emit to give the missing reference back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether emitting from Python loses a reference to True (and give back what the probe lost)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


def install() -> bool:
    """Patch emit if (and only if) the leak is present; returns whether a patch is active."""
    global _installed
    if _installed:
        return True
    if not emit_leaks_true():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    def emit(self, *args):
        result = original(self, *args)
        if result is True:
            incref(ctypes.py_object(True))
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
