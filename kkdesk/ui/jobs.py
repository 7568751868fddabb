"""Long work with a progress bar and Cancel: a generic runner for demo generation, statistics over
large data, imports, exports and PDFs. The work is a plain function `fn(progress, cdb)` from the
core; it runs on the one worker thread, so the window never freezes.

The dialog appears only while the work still runs (after SHOW_AFTER_MS); once it ended it never
appears: QProgressDialog's own timer would otherwise show a modal "0 %" after a fast job, which
then swallowed the next click. The dialog shows itself after SHOW_AFTER_MS while the work runs."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from kkdesk.errors import Cancelled
from kkdesk.ui.worker import QtProgress

SHOW_AFTER_MS = 300


class JobDialog(QProgressDialog):
    """Shows a job's progress; Cancel asks the job to stop at its next check."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, "", 0, 1000, parent)
        self.setObjectName("jobDialog")
        self.setWindowTitle("kkdesk")
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.progress = QtProgress()
        self.progress.changed.connect(self._changed)
        self.canceled.connect(self.progress.cancel)
        self.outcome: str | None = None     # "done", "cancelled" or the error message
        self.fraction = 0.0

    def finish(self, outcome: str) -> None:
        """The work ended: hide for good. reset() stops QProgressDialog's own timer, which otherwise
        shows the dialog SHOW_AFTER_MS after it was made even when the work has long finished."""
        self.outcome = outcome
        self.reset()
        self.hide()   # close() would emit canceled

    def _changed(self, fraction: float, text: str) -> None:
        if self.outcome is not None:
            return      # a report queued before the end arrived after it
        self.fraction = fraction
        if text:
            self.setLabelText(text)
        self.setValue(int(max(0.0, min(1.0, fraction)) * 1000))


def run_job(ctx, title: str, fn: Callable, on_done: Callable | None = None, parent=None,
            write: bool = True, on_error: Callable | None = None) -> JobDialog:
    """Run fn(progress, cdb) on the worker with a progress dialog; returns the dialog."""
    dialog = JobDialog(title, parent)

    def done(result):
        dialog.fraction = 1.0
        dialog.finish("done")
        if on_done is not None:
            on_done(result)

    def failed(message: str, exc):
        dialog.finish("cancelled" if isinstance(exc, Cancelled) else message)
        if on_error is not None:
            on_error(message, exc)

    ctx.worker.submit_long(fn, dialog.progress, on_done=done, on_error=failed, write=write)
    return dialog
