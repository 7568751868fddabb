"""Guard against the PySide6 6.12.0 bug that aborts the interpreter: every signal emitted from
Python lost a reference to True ("Fatal Python error: bool_dealloc" after ~1,000 emits). kkdesk pins
a binding without it (pyproject.toml); this test fails if a future pin brings the bug back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    value = Signal(int)


def test_emitting_from_python_keeps_true_alive(qapp):
    sender = _Sender()
    received = []
    sender.value.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):  # few enough that a leaking binding fails here instead of aborting
        sender.value.emit(n)
    assert received[-1] == 199 and len(received) == 200
    assert abs(sys.getrefcount(True) - before) <= 2
