"""Progress and cancellation for long work, as a plain object the core can take without Qt.

Long core functions take `progress: Progress | None`; the GUI passes an object whose methods emit
signals, tests pass `Progress()` or a recording subclass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk.errors import Cancelled

if TYPE_CHECKING:
    from kkdesk.messages import Message


class Progress:
    """Do-nothing progress: never cancelled. Subclass to report or to cancel."""

    def set_progress(self, fraction: float, text: "str | Message" = "") -> None:
        """Report how far the work is, 0.0 to 1.0, and what it is doing (a Message the receiver renders
        in its language, or plain text)."""

    def is_cancelled(self) -> bool:
        return False

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call between steps of long work."""
        if self.is_cancelled():
            raise Cancelled("error.cancelled")


def ensure(progress: Progress | None) -> Progress:
    return progress if progress is not None else Progress()


class Scaled(Progress):
    """Passes progress on, mapped into [low, high] of the caller's bar (one part of longer work)."""

    def __init__(self, outer: Progress, low: float, high: float):
        self.outer, self.low, self.high = outer, low, high

    def set_progress(self, fraction: float, text: "str | Message" = "") -> None:
        self.outer.set_progress(self.low + (self.high - self.low) * fraction, text)

    def is_cancelled(self) -> bool:
        return self.outer.is_cancelled()
