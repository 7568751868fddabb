"""Idle lock: after N minutes without keyboard or mouse input the application locks itself.

The clock is injectable (a callable returning seconds) so tests fake time instead of sleeping.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Emits `idle` once the user has been away for `minutes`; `touch()` restarts the wait."""

    idle = Signal()

    def __init__(self, minutes: int = 5, clock: Callable[[], float] = time.monotonic,
                 check_ms: int = 5000, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self._last = clock()
        self._armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._armed = True
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        self._armed = False
        self.timer.stop()

    def touch(self) -> None:
        self._last = self.clock()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))

    def seconds_idle(self) -> float:
        return self.clock() - self._last

    def check(self) -> bool:
        """Lock if the idle time has passed; returns True when it fired. 0 minutes = never."""
        if self._armed and self.minutes > 0 and self.seconds_idle() >= self.minutes * 60:
            self.stop()
            self.idle.emit()
            return True
        return False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last = self.clock()
        return False
