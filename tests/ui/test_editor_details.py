"""Editor details: attachments dropped in (SHA-256 shown and stored), date feedback, validation
messages next to their field, and the keyboard shortcuts dialog."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QTableWidget

from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, type_text, unlock


@pytest.fixture
def main_and_ctx(qtbot, make_app, tmp_path):
    path = tmp_path / "ed.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    return unlock(qtbot, ctx, path), ctx


def test_dropped_attachment_is_stored_with_its_sha256(qtbot, main_and_ctx, tmp_path):
    main, ctx = main_and_ctx
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    type_text(editor.title, "Обыск в офисе")
    type_text(editor.date, "May–June 2021")
    assert "range" in editor.date_parsed.text() and "May–June 2021" in editor.date_parsed.text()
    evidence = tmp_path / "протокол.txt"
    evidence.write_bytes("Протокол обыска (вымышленный)".encode("utf-8"))
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(evidence))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    editor.attachments.dropEvent(drop)
    assert editor.attachments.count() == 1 and digest in editor.attachments.item(0).text()
    assert editor.has_unsaved_changes()
    editor.save()
    qtbot.waitUntil(lambda: editor.incident_id is not None, timeout=5000)
    stored = ctx.cdb.incidents.get(editor.incident_id)
    assert [(a.filename, a.sha256) for a in stored.attachments] == [("протокол.txt", digest)]
    assert ctx.cdb.incidents.attachment_data(stored.attachments[0].id) == evidence.read_bytes()
    assert stored.date.iso() == "2021-05/2021-06"
    assert editor.attachments.count() == 1 and "added on save" not in editor.attachments.item(0).text()
    assert not editor.has_unsaved_changes()


def test_validation_messages_sit_next_to_their_field(qtbot, main_and_ctx):
    main, ctx = main_and_ctx
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    type_text(editor.date, "31 февраля 2021")
    assert editor.date_error.isVisible() and "2021" in editor.date_error.text()
    editor.save()
    assert editor.date_error.isVisible() and editor.incident_id is None
    editor.date.setText("2021")
    editor.save()   # no title: the core refuses, the message appears under the title
    qtbot.waitUntil(lambda: editor.title_error.isVisible(), timeout=5000)
    assert editor.title_error.text().startswith("The title")
    assert ctx.cdb.incidents.count() == 0
    editor.ask_unsaved = lambda: "discard"
    editor.close()


def test_shortcuts_dialog_documents_the_panic_key(qtbot, main_and_ctx):
    main, _ctx = main_and_ctx
    main.show_shortcuts()
    table = main._shortcuts_dialog.findChild(QTableWidget, "shortcutsTable")
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "F12, Ctrl+Shift+L" in keys and "Ctrl+L" in keys and "Ctrl+N" in keys and "Ctrl+S" in keys
    assert main.panic_action.shortcuts()[0].toString() == "F12"
    assert main.findChild(QAction, "actionPanic") is main.panic_action


def test_undo_covers_targets_and_an_organisation_target(qtbot, main_and_ctx):
    main, ctx = main_and_ctx
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    type_text(editor.title, "Проверка коллегии")
    editor.date.setText("2019")
    editor.flush_edits()
    editor.tabs.setCurrentIndex(1)
    type_text(editor.targets.target_input, "Коллегия адвокатов (вымышленная)")
    editor.targets._new_target("organisation")
    dlg = editor.targets.new_target_dialog
    assert dlg.name.text() == "Коллегия адвокатов (вымышленная)"
    dlg.save()
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 1, timeout=5000)
    editor.flush_edits()     # a pause: edits close to each other form one undo step
    editor.targets.threat_type.setCurrentIndex(editor.targets.threat_type.findData("judicial.search"))
    editor.flush_edits()
    assert editor.inc.targets[0].organisation_id is not None
    editor.undo()            # the threat type goes
    assert editor.inc.targets[0].threats[0].threat_type == ""
    editor.undo()            # the target goes
    assert editor.inc.targets == [] and editor.targets.target_list.count() == 0
    editor.redo()
    editor.redo()
    assert editor.inc.targets[0].threats[0].threat_type == "judicial.search"
    editor.save()
    qtbot.waitUntil(lambda: editor.incident_id is not None, timeout=5000)
    stored = ctx.cdb.incidents.get(editor.incident_id)
    assert stored.targets[0].organisation_id == editor.inc.targets[0].organisation_id
    assert ctx.cdb.organisations.count() == 1


def test_settings_dialog_changes_idle_minutes(qtbot, main_and_ctx):
    main, ctx = main_and_ctx
    main.open_settings()
    dlg = main._settings_dialog
    dlg.idle.setValue(12)
    dlg.pseudonyms.setChecked(True)
    dlg.accept()
    assert ctx.idle.minutes == 12 and ctx.settings.get("idle_minutes") == 12
    assert ctx.pseudonyms is True and ctx.main_window.isVisible()


def test_interactive_widgets_have_stable_object_names(qtbot, main_and_ctx):
    """Automation and screen readers find widgets by objectName and accessible name."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit,
                                   QSpinBox, QTabWidget)

    main, ctx = main_and_ctx
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    unnamed = []
    for window in (main, editor, ctx.unlock_window):
        for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QSpinBox, QTabWidget):
            for w in window.findChildren(cls):
                owner = w.parent()
                inside_view = any(isinstance(p, (QAbstractItemView, QComboBox, QLineEdit, QSpinBox))
                                  for p in (owner, owner.parent() if owner else None) if p is not None)
                if not w.objectName() and not inside_view:
                    unnamed.append(f"{type(window).__name__}:{cls.__name__}:{getattr(w, 'text', lambda: '')()}")
    assert unnamed == []
    for name in ("searchBox", "incidentTable", "savedSearches", "filter_city"):
        widget = main.findChild(QLineEdit, name) or main.findChild(QAbstractItemView, name) \
            or main.findChild(QComboBox, name)
        assert widget is not None and widget.accessibleName(), name
