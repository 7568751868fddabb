"""The unlock window: the demo database is created in the background with a progress bar, a wrong
passphrase gets a calm message and changes no byte, and the recent list holds paths only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kkdesk.ui.app import DEMO_PASSPHRASE


def test_demo_created_in_background_then_reopened(qtbot, make_app, tmp_path):
    demo = tmp_path / "demo" / "demo.kkdb"
    ctx = make_app(demo_path=demo, demo_incidents=40)
    ctx.start()
    win = ctx.unlock_window
    seen = []
    qtbot.mouseClick(win.demo_button, Qt.MouseButton.LeftButton)
    assert not win.demo_button.isEnabled() and not win.progress.isHidden()
    win.progress.valueChanged.connect(seen.append)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=60000)
    assert demo.exists()
    assert seen, "the progress bar moved"
    qtbot.waitUntil(lambda: ctx.main_window.incidents.model.rowCount() == 40, timeout=10000)
    ctx.lock()
    size = demo.stat().st_size
    # the second time the existing demo opens with its public passphrase
    qtbot.mouseClick(ctx.unlock_window.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: ctx.main_window.incidents.model.rowCount() == 40, timeout=10000)
    assert ctx.cdb.path == str(demo)
    assert DEMO_PASSPHRASE == "demo-passphrase"
    ctx.lock()
    assert demo.stat().st_size >= size


def test_wrong_passphrase_is_calm_and_changes_nothing(qtbot, make_app, tmp_path):
    from kkdesk.records import CaseDatabase

    path = tmp_path / "x.kkdb"
    CaseDatabase.create(path, "the right passphrase here").close()
    before = path.read_bytes()
    ctx = make_app()
    ctx.start(db_path=str(path))
    win = ctx.unlock_window
    assert win.path_edit.text() == str(path)
    win.passphrase_edit.setText("not the passphrase")
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in win.message.text(), timeout=20000)
    assert "Traceback" not in win.message.text()
    assert win.open_button.isEnabled() and win.passphrase_edit.text() == ""
    assert path.read_bytes() == before
    assert ctx.is_locked() and ctx.settings.get("recent_paths") == []

    win.path_edit.setText(str(tmp_path / "missing.kkdb"))
    win.passphrase_edit.setText("anything at all")
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be opened" in win.message.text(), timeout=20000)


def test_forget_a_recent_path(qtbot, make_app, tmp_path):
    ctx = make_app()
    ctx.settings.add_recent(str(tmp_path / "a.kkdb"))
    ctx.settings.add_recent(str(tmp_path / "b.kkdb"))
    ctx = make_app()
    ctx.start()
    win = ctx.unlock_window
    assert [win.recent_list.item(i).text() for i in range(win.recent_list.count())] == [
        str(tmp_path / "b.kkdb"), str(tmp_path / "a.kkdb")]
    win.recent_list.setCurrentRow(0)
    qtbot.mouseClick(win.forget_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("recent_paths") == [str(tmp_path / "a.kkdb")]
    assert win.recent_list.count() == 1


def test_an_older_database_is_converted_with_a_message_then_opens(qtbot, make_app, tmp_path):
    import shutil

    from kkdesk.search import SearchQuery, incident_ids
    from kkdesk.store.database import SCHEMA_VERSION
    from tests.reliability.fixtures.make_fixtures import HERE, PASSPHRASE

    path = tmp_path / "old.kkdb"
    shutil.copyfile(HERE / "schema-3.kkdb", path)
    ctx = make_app()
    ctx.start(db_path=str(path))
    win = ctx.unlock_window
    messages = []
    win.progress.valueChanged.connect(lambda _v: messages.append(win.message.text()))
    win.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=30000)
    assert any("Converting the database" in m for m in messages)
    assert ctx.cdb.schema_version() == SCHEMA_VERSION
    assert len(incident_ids(ctx.cdb, SearchQuery(text="Жовтис"))) == 2
    ctx.lock()


def test_show_hide_and_a_suggested_passphrase(qtbot, make_app, tmp_path):
    ctx = make_app()
    ctx.start()
    win = ctx.unlock_window
    win.tabs.setCurrentIndex(1)
    assert win.new_pass1.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(win.generate_button, Qt.MouseButton.LeftButton)
    words = win.new_pass1.text().split(" ")
    assert len(words) == 6 and win.new_pass2.text() == win.new_pass1.text()
    assert win.new_pass1.echoMode() == QLineEdit.EchoMode.Normal      # shown, to be written down
    assert "Strong" in win.strength_label.text() and "Write these six words down" in win.message.text()
    win.show_new_passphrase.setChecked(False)
    assert win.new_pass1.echoMode() == win.new_pass2.echoMode() == QLineEdit.EchoMode.Password
    win.show_open_passphrase.setChecked(True)
    assert win.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    win.new_path_edit.setText(str(tmp_path / "suggested.kkdb"))
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    assert win.new_pass1.text() == "" and not win.show_open_passphrase.isChecked()   # nothing left behind
