"""Fixtures for driving the real windows offscreen over real encrypted databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kkdesk.ui import i18n
from kkdesk.ui.app import Application
from kkdesk.ui.incident_table import IncidentTableModel
from kkdesk.ui.settings import Settings

PASSPHRASE = "correct horse battery staple"


class FakeClock:
    """Seconds that move only when a test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def type_text(widget, text: str) -> None:
    """Type per character (QTest key clicks are ASCII-only and abort on Cyrillic)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(qapp, tmp_path, clock):
    """Build Application controllers with their own settings file; locks and closes them afterwards."""
    made = []

    def factory(**kwargs) -> Application:
        settings = Settings(str(tmp_path / "settings.ini"))
        ctx = Application(settings, clock=clock, **kwargs)
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        if not ctx.is_locked():
            ctx.lock()
        ctx.unlock_window.close()
        ctx.unlock_window.deleteLater()
    i18n.set_language("en")
    qapp.processEvents()


def unlock(qtbot, ctx: Application, path, passphrase: str = PASSPHRASE):
    """Open path through the unlock window as a person would; returns the main window."""
    win = ctx.unlock_window
    win.path_edit.setText(str(path))
    win.passphrase_edit.setText(passphrase)
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    return ctx.main_window


def wait_idle(qtbot, ctx: Application, timeout: int = 10000) -> None:
    """Wait until the worker has answered everything queued."""
    qtbot.waitUntil(lambda: ctx.worker is not None and ctx.worker.pending() == 0, timeout=timeout)


def shown_cell(qtbot, model: IncidentTableModel, row: int, key: str, timeout: int = 5000) -> str:
    """The text of a named column once its page has arrived from the worker, as a person reads it."""
    model.cell(row, key)          # asks for the page, as painting does
    qtbot.waitUntil(lambda: model.is_loaded(row), timeout=timeout)
    return model.cell(row, key)
