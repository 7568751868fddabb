"""`kkdesk gui --self-test FILE.pdf`: check an installation the way a person would use it.

Drives the real windows (no test doubles): open the demo database (creating it in the per-user data
folder on first use), save an overview PDF through the Reports dialog, lock, and quit. The exit
status says whether every step worked; used by the wheel and bundle smoke tests and by anyone who
wants to check a fresh install. Each step is printed, with no data from the database.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

PERIOD = ("2019-06", "2019-06")  # a month of the demo data: a small overview, quick to write
TIMEOUT_S = 600


def _say(text: str) -> None:
    if sys.stdout is not None:  # a console-less (windowed) program has no stdout
        print(f"self-test: {text}", flush=True)


class SelfTest:
    """A small state machine polled by a timer: demo open -> PDF saved -> locked -> quit."""

    def __init__(self, controller, out_pdf: str, timeout_s: float = TIMEOUT_S):
        self.ctx = controller
        self.out_pdf = out_pdf
        self.deadline = time.monotonic() + timeout_s
        self.started = time.monotonic()
        self.step = "open"
        self.dialog = None
        self.failure: str | None = None
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        _say(f"opening the demo database {self.ctx.demo_path}")
        self.ctx.start(None, demo=True)
        self.timer.start()

    def _fail(self, why: str) -> None:
        self.failure = why
        _say(f"FAILED: {why}")
        self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
        self.ctx.quit()

    def _poll(self) -> None:
        if time.monotonic() > self.deadline:
            self._fail(f"step '{self.step}' did not finish in time")
            return
        getattr(self, f"_step_{self.step}")()

    def _step_open(self) -> None:
        main = self.ctx.main_window
        if main is None or not main.isVisible():
            win = self.ctx.unlock_window
            if win.demo_button.isEnabled():  # no longer busy, yet not unlocked: opening failed
                self._fail(f"the demo database did not open: {win.message.text()}")
            return
        if self.ctx.worker is None or self.ctx.worker.pending():
            return
        _say(f"main window shown after {time.monotonic() - self.started:.1f} s")
        self.dialog = main.open_report("overview")
        self.dialog.date_from.setText(PERIOD[0])
        self.dialog.date_to.setText(PERIOD[1])
        self.dialog.out_path.setText(self.out_pdf)
        self.dialog.save()
        self.step = "pdf"

    def _step_pdf(self) -> None:
        result = self.dialog.last_result
        if result is None:
            return
        if result != "saved":
            self._fail(f"the overview was not saved: {result}")
            return
        _say(f"overview PDF written to {self.out_pdf}")
        self.dialog.close()
        self.dialog = None
        self.ctx.lock()
        if not (self.ctx.is_locked() and self.ctx.unlock_window.isVisible()):
            self._fail("locking did not close the database and show the unlock window")
            return
        _say("locked: the database is closed and the unlock window is shown")
        self.step = "done"
        self._finish()


def run_self_test(controller, out_pdf: str) -> int:
    """Run the checks inside a running QApplication; 0 when every step worked."""
    test = SelfTest(controller, out_pdf)
    controller._self_test = test
    test.start()
    QApplication.instance().exec()
    if test.failure is None and test.step == "done":
        _say("ok")
        return 0
    return 1
