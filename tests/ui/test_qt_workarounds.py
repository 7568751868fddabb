"""The emit reference leak of PySide6 6.12 is detected and compensated: emitting thousands of
signals from Python leaves True's reference count where it was."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from kkdesk.ui import qt_workarounds


class _Sender(QObject):
    value = Signal(int)


def test_emitting_from_python_keeps_true_alive(qapp):
    qt_workarounds.install()
    assert not qt_workarounds.emit_leaks_true()      # after install, a probe loses nothing
    sender = _Sender()
    received = []
    sender.value.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(5000):
        sender.value.emit(n)
    assert received[-1] == 4999 and len(received) == 5000
    assert abs(sys.getrefcount(True) - before) <= 2
