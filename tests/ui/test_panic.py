"""The panic key: every window disappears at once, the database locks, nothing comes back by
itself; starting kkdesk again (a real second process) brings back the unlock window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kkdesk.records import CaseDatabase
from kkdesk.ui.app import listen_for_later_starts
from tests.ui.conftest import PASSPHRASE, unlock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "panic.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    return path


def _visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_panic_in_an_editor_hides_every_window_and_locks(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded, timeout=5000)
    main.open_settings()                                  # a modal dialog is open too
    settings = main._settings_dialog
    qtbot.waitUntil(settings.isVisible, timeout=2000)
    assert len(_visible_windows()) >= 3
    editor.activateWindow()
    QTest.keyClick(editor.title, Qt.Key.Key_F12)
    assert _visible_windows() == []                       # no unlock window, no recent paths
    assert ctx.is_locked() and ctx.main_window is None
    assert not ctx.unlock_window.isVisible()


def test_ctrl_shift_l_hides_the_unlock_window_too(qtbot, make_app, db):
    make_app().settings.add_recent(str(db))
    ctx = make_app()          # a fresh start lists the recent database
    ctx.start()
    win = ctx.unlock_window
    assert win.isVisible() and win.recent_list.count() == 1
    QTest.keyClick(win.passphrase_edit, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _visible_windows() == []
    assert win.passphrase_edit.text() == ""


def test_starting_kkdesk_again_brings_back_the_unlock_window(qtbot, make_app, db, tmp_path, monkeypatch):
    name = f"kkdesk-test-{os.getpid()}-{tmp_path.name}"
    monkeypatch.setenv("KKDESK_INSTANCE_NAME", name)
    ctx = make_app()
    server = listen_for_later_starts(ctx)
    try:
        ctx.start()
        unlock(qtbot, ctx, db)
        QTest.keyClick(ctx.main_window, Qt.Key.Key_F12)
        assert _visible_windows() == [] and ctx.is_locked()
        qtbot.wait(300)
        assert _visible_windows() == []                   # nothing comes back by itself

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KKDESK_INSTANCE_NAME=name)
        second = subprocess.Popen([sys.executable, "-m", "kkdesk", "gui", str(db)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: ctx.unlock_window.isVisible(), timeout=30000)
        assert second.wait(30) == 0                       # the second start handed over and ended
        win = ctx.unlock_window
        assert _visible_windows() == [win]
        assert win.windowTitle() == "kkdesk"
        assert win.path_edit.text() == str(db.resolve())
        unlock(qtbot, ctx, db)                            # and the database opens again
    finally:
        server.close()
