"""A monitor's day, driven through the real windows over a real encrypted database: create it, log
an incident in Cyrillic and Kazakh with two targets, find it by Latin search, edit and undo, see it
counted in the dashboard, get locked by the idle timer (a fake clock) and unlock again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kkdesk.model.entities import InfoSource
from tests.ui.conftest import PASSPHRASE, type_text, wait_idle

TITLE = "Давление на адвоката в Алматы — сот үйіндегі қысым"


def _choose(combo, code) -> None:
    idx = combo.findData(code)
    assert idx >= 0, code
    combo.setCurrentIndex(idx)


def test_monitor_day(qtbot, make_app, tmp_path, clock):
    ctx = make_app()
    ctx.start()
    win = ctx.unlock_window
    assert win.windowTitle() == "kkdesk"

    # --- create a database: two passphrases, strength feedback, the lost-passphrase warning ---
    win.tabs.setCurrentIndex(1)
    path = tmp_path / "case.kkdb"
    win.new_path_edit.setText(str(path))
    type_text(win.new_pass1, "short")
    assert "short" in win.strength_label.text().lower()
    assert "lost" in win.findChild(type(win.message), "lostPassphraseWarning").text()
    win.new_pass1.setText(PASSPHRASE)
    assert win.strength_bar.value() > 50
    win.new_pass2.setText(PASSPHRASE + "x")
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in win.message.text()
    assert not path.exists()
    win.new_pass2.setText(PASSPHRASE)
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    main = ctx.main_window
    assert main.windowTitle() == "kkdesk"
    assert path.exists()
    assert ctx.settings.get("recent_paths") == [str(path)]

    # --- a person registered beforehand, in Latin letters only ---
    main.tabs.setCurrentWidget(main.defenders)
    main.defenders._new_person()
    dlg = main.defenders._dialog
    dlg.name_latin.setText("Dauren Esenov")
    _choose(dlg.gender, "male")
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: main.defenders.model.rowCount() == 1, timeout=5000)

    # --- log an incident: Ctrl+N opens the editor ---
    main.tabs.setCurrentWidget(main.incidents)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(main.editors) == 1
    editor = main.editors[0]
    qtbot.waitUntil(lambda: editor.loaded)
    type_text(editor.title, TITLE)
    type_text(editor.date, "9 июня 2019")
    assert "9 June 2019" in editor.date_parsed.text() and "exact day" in editor.date_parsed.text()
    _choose(editor.region, "almaty")
    _choose(editor.city, "almaty")
    editor.narrative.setPlainText("Адвокатқа қорқыту хаты келді; судья сөйлеуге рұқсат бермеді.")
    type_text(editor.tags, "суд, қысым")

    # first target: a new person typed in Cyrillic (Kazakh letters), created from the editor
    editor.tabs.setCurrentIndex(1)
    type_text(editor.targets.target_input, "Бекзат Нұрланов")
    wait_idle(qtbot, ctx)
    QTest.keyClick(editor.targets.target_input, Qt.Key.Key_Return)
    person_dlg = editor.targets.new_target_dialog
    assert person_dlg.name_cyrillic.text() == "Бекзат Нұрланов"
    _choose(person_dlg.gender, "female")
    person_dlg.save()
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 1, timeout=5000)
    _choose(editor.targets.category, "lawyer")
    _choose(editor.targets.threat_type, "judicial.questioning_summons")
    editor.targets.threat_sources.item(1).setCheckState(Qt.CheckState.Checked)

    # second target: the registered person, found by typing the name in Cyrillic (transliteration)
    type_text(editor.targets.target_input, "Есенов")
    qtbot.waitUntil(lambda: bool(editor.targets.completions), timeout=5000)
    assert any("Dauren Esenov" in c for c in editor.targets.completions)
    editor.targets._completion_chosen(editor.targets.completions[0])
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 2, timeout=5000)
    _choose(editor.targets.threat_type, "judicial.arrest")
    editor.targets.threat_sources.item(0).setCheckState(Qt.CheckState.Checked)

    # an invalid source date is refused with the core's message next to the field, nothing saved
    editor.tabs.setCurrentIndex(2)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.sources.add_info_row(InfoSource(outlet="Газета", url="https://example.org/a", published_on="2019-13-45"))
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.sources_error.isVisible(), timeout=5000)
    assert "Information source 1" in editor.sources_error.text()
    assert editor.incident_id is None
    editor.info_table.item(0, 2).setText("2019-06-10")

    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.incident_id is not None, timeout=5000)
    assert "Saved" in editor.status_label.text()
    stored = ctx.cdb.incidents.get(editor.incident_id)
    assert stored.title == TITLE
    assert stored.date.iso() == "2019-06-09" and stored.date.precision == "day"
    assert len(stored.targets) == 2 and stored.threat_count() == 2
    assert stored.sources[0].published_on == "2019-06-10"
    assert sorted(stored.tags) == sorted(["суд", "қысым"])

    # --- find it by a Latin search for a Cyrillic name ---
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    QTest.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main.incidents.search.hasFocus() or main.tabs.currentWidget() is main.incidents
    qtbot.keyClicks(main.incidents.search, "Nurlanov")
    main.incidents.refresh()
    qtbot.waitUntil(lambda: main.incidents.model.ids() == [stored.id], timeout=5000)
    assert main.incidents.model.data(main.incidents.model.index(0, 2)) == TITLE
    assert "9 June 2019" == main.incidents.model.data(main.incidents.model.index(0, 0))
    main.incidents.search.setText("nosuchword")
    main.incidents.refresh()
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 0, timeout=5000)
    main.incidents.search.clear()

    # --- edit and undo ---
    type_text(editor.title, " (проверено)")
    editor.flush_edits()
    assert editor.title.text().endswith("(проверено)")
    assert editor.has_unsaved_changes()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.title.text() == TITLE
    assert not editor.has_unsaved_changes()
    editor.redo()
    assert editor.title.text().endswith("(проверено)")
    asked = []
    editor.ask_unsaved = lambda: asked.append(True) or "cancel"
    editor.close()
    assert asked and editor.isVisible()
    editor.ask_unsaved = lambda: asked.append(True) or "discard"
    editor.close()
    assert len(asked) == 2
    qtbot.waitUntil(lambda: not main.editors, timeout=2000)
    assert ctx.cdb.incidents.get(stored.id).title == TITLE

    # --- the dashboard counts it ---
    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=10000)
    res = main.dashboard.results
    assert res["figures"]["incidents"] == 1
    assert res["figures"]["threats"] == 2
    assert res["figures"]["persons"] == 2
    assert res["year"] == (["2019"], [2])
    assert dict(zip(*res["gender"])) == {"Female": 1, "Male": 1}
    assert "Threats by year (unit: threats)" in [v.chart().title() for v in main.dashboard.views.values()]

    # --- idle lock with a fake clock, then a calm retry after a wrong passphrase ---
    clock.advance(4 * 60)
    assert not ctx.idle.check()
    clock.advance(2 * 60)
    assert ctx.idle.check()
    assert ctx.is_locked() and ctx.main_window is None
    win = ctx.unlock_window
    assert win.isVisible() and win.path_edit.text() == str(path)
    win.passphrase_edit.setText("wrong passphrase")
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in win.message.text(), timeout=20000)
    assert win.passphrase_edit.text() == "" and ctx.is_locked()
    win.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: ctx.main_window.incidents.model.ids() == [stored.id], timeout=5000)
