"""Long work with a progress bar and Cancel: a generic runner for demo generation, statistics over
large data, imports, exports and PDFs. The work is a plain function `fn(progress, cdb)` from the
core; it runs on the one worker thread, so the window never freezes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from kkdesk.errors import Cancelled
from kkdesk.ui.worker import QtProgress


class JobDialog(QProgressDialog):
    """Shows a job's progress; Cancel asks the job to stop at its next check."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, "", 0, 1000, parent)
        self.setObjectName("jobDialog")
        self.setWindowTitle("kkdesk")
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.progress = QtProgress()
        self.progress.changed.connect(self._changed)
        self.canceled.connect(self.progress.cancel)
        self.outcome: str | None = None     # "done", "cancelled" or the error message
        self.fraction = 0.0

    def _changed(self, fraction: float, text: str) -> None:
        self.fraction = fraction
        self.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if text:
            self.setLabelText(text)


def run_job(ctx, title: str, fn: Callable, on_done: Callable | None = None, parent=None,
            write: bool = True, on_error: Callable | None = None) -> JobDialog:
    """Run fn(progress, cdb) on the worker with a progress dialog; returns the dialog."""
    dialog = JobDialog(title, parent)

    def done(result):
        dialog.outcome = "done"
        dialog.hide()   # close() would emit canceled
        if on_done is not None:
            on_done(result)

    def failed(message: str, exc):
        dialog.outcome = "cancelled" if isinstance(exc, Cancelled) else message
        dialog.hide()   # close() would emit canceled
        if on_error is not None:
            on_error(message, exc)

    ctx.worker.submit_long(fn, dialog.progress, on_done=done, on_error=failed, write=write)
    dialog.setValue(0)
    return dialog
