"""A monitor's day as separate behaviours, each driven through the real windows' public widgets over
a real encrypted database: create it, register a person, log an incident in Cyrillic and Kazakh with
two targets, find it by Latin search, undo an edit, see it counted, get locked when idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.ui.person_dialog import PersonDialog
from tests.ui.conftest import PASSPHRASE, shown_cell, type_text, unlock, wait_idle

TITLE = "Давление на адвоката в Алматы — сот үйіндегі қысым"


def _choose(combo, code) -> None:
    idx = combo.findData(code)
    assert idx >= 0, code
    combo.setCurrentIndex(idx)


def _press(window, key, modifier=Qt.KeyboardModifier.NoModifier, qtbot=None) -> None:
    """A key pressed in the active window, as a person presses it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, key, modifier)


@pytest.fixture
def logged(tmp_path):
    """A database holding one registered person and one incident with two targets."""
    path = tmp_path / "logged.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        a = cdb.persons.save(Person(name_cyrillic="Бекзат Нұрланов", gender="female"))
        b = cdb.persons.save(Person(name_latin="Dauren Esenov", gender="male"))
        inc = cdb.incidents.save(Incident(
            title=TITLE, date=PartialDate("2019-06-09"), region="almaty", city="almaty",
            targets=[Target(person_id=a.id, category="lawyer", threats=[Threat("judicial.questioning_summons")]),
                     Target(person_id=b.id, threats=[Threat("judicial.arrest")])]))
    return path, inc.id


def test_creating_a_database_asks_twice_and_warns(qtbot, make_app, tmp_path):
    ctx = make_app()
    ctx.start()
    win = ctx.unlock_window
    assert win.windowTitle() == "kkdesk"
    win.tabs.setCurrentIndex(1)
    path = tmp_path / "case.kkdb"
    win.new_path_edit.setText(str(path))
    type_text(win.new_pass1, "Password123!")       # long enough, common: refused
    assert "weak" in win.strength_label.text().lower()
    assert "lost" in win.findChild(type(win.message), "lostPassphraseWarning").text()
    win.new_pass2.setText("Password123!")
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in win.message.text()
    assert not path.exists()
    win.new_pass1.setText(PASSPHRASE)
    assert win.strength_bar.value() > 50
    win.new_pass2.setText(PASSPHRASE + "x")
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in win.message.text()
    assert not path.exists()
    win.new_pass2.setText(PASSPHRASE)
    qtbot.mouseClick(win.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.main_window is not None and ctx.main_window.isVisible(), timeout=20000)
    assert ctx.main_window.windowTitle() == "kkdesk"
    assert path.exists()
    assert ctx.settings.get("recent_paths") == [str(path)]


def test_registering_a_person_from_the_defenders_tab(qtbot, make_app, tmp_path):
    path = tmp_path / "empty.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    main.tabs.setCurrentWidget(main.defenders)
    qtbot.mouseClick(main.defenders.findChild(QPushButton, "registryNewPerson"), Qt.MouseButton.LeftButton)
    dlg = main.defenders.findChild(PersonDialog)
    qtbot.waitUntil(dlg.isVisible, timeout=2000)
    dlg.name_latin.setText("Dauren Esenov")
    _choose(dlg.gender, "male")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: main.defenders.model.rowCount() == 1, timeout=5000)
    assert [ctx.cdb.persons.get(pid).name_latin for pid in ctx.cdb.persons.ids()] == ["Dauren Esenov"]


def test_logging_an_incident_with_a_new_and_a_registered_person(qtbot, make_app, tmp_path):
    path = tmp_path / "case.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        cdb.persons.save(Person(name_latin="Dauren Esenov", gender="male"))
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    _press(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, qtbot=qtbot)   # Ctrl+N: a new incident
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
    targets = editor.targets
    type_text(targets.target_input, "Бекзат Нұрланов")
    wait_idle(qtbot, ctx)
    QTest.keyClick(targets.target_input, Qt.Key.Key_Return)
    person_dlg = targets.new_target_dialog
    assert person_dlg.name_cyrillic.text() == "Бекзат Нұрланов"
    _choose(person_dlg.gender, "female")
    qtbot.mouseClick(person_dlg.buttons.button(person_dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 1, timeout=5000)
    _choose(targets.category, "lawyer")
    _choose(targets.threat_type, "judicial.questioning_summons")
    targets.threat_sources.item(1).setCheckState(Qt.CheckState.Checked)

    # second target: the registered person, found by typing the name in Cyrillic (transliteration)
    type_text(targets.target_input, "Есенов")
    qtbot.waitUntil(lambda: any("Dauren Esenov" in c for c in targets.completions), timeout=5000)
    assert targets.completions[0] == "Create new person 'Есенов'"      # only similar: creating is first
    chosen = next(c for c in targets.completions if "Dauren Esenov" in c)
    targets.target_input.setText(chosen)     # the completer puts the chosen line here
    QTest.keyClick(targets.target_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 2, timeout=5000)
    _choose(targets.threat_type, "judicial.arrest")
    targets.threat_sources.item(0).setCheckState(Qt.CheckState.Checked)

    # an invalid source date is refused with the core's message next to the field, nothing saved
    editor.tabs.setCurrentIndex(2)
    editor.sources.add_info_row(InfoSource(outlet="Газета", url="https://example.org/a", published_on="2019-13-45"))
    _press(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, qtbot=qtbot)
    qtbot.waitUntil(lambda: editor.sources_error.isVisible(), timeout=5000)
    assert "Information source 1" in editor.sources_error.text()
    assert editor.incident_id is None
    editor.info_table.item(0, 2).setText("2019-06-10")

    _press(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, qtbot=qtbot)
    qtbot.waitUntil(lambda: editor.incident_id is not None, timeout=5000)
    assert "Saved" in editor.status_label.text()
    stored = ctx.cdb.incidents.get(editor.incident_id)
    assert stored.title == TITLE
    assert stored.date.iso() == "2019-06-09" and stored.date.precision == "day"
    assert len(stored.targets) == 2 and stored.threat_count() == 2
    assert stored.sources[0].published_on == "2019-06-10"
    assert sorted(stored.tags) == sorted(["суд", "қысым"])
    # the save was announced: the list shows the new incident without a manual refresh
    qtbot.waitUntil(lambda: main.incidents.model.ids() == [stored.id], timeout=5000)


def test_finding_an_incident_by_a_latin_search_for_a_cyrillic_name(qtbot, make_app, logged):
    path, iid = logged
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    _press(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier, qtbot=qtbot)
    qtbot.waitUntil(main.incidents.search.hasFocus, timeout=2000)
    qtbot.keyClicks(main.incidents.search, "Nurlanov")
    qtbot.waitUntil(lambda: main.incidents.last_query is not None and main.incidents.last_query.text == "Nurlanov",
                    timeout=5000)
    qtbot.waitUntil(lambda: main.incidents.model.ids() == [iid], timeout=5000)
    assert shown_cell(qtbot, main.incidents.model, 0, "title") == TITLE
    assert main.incidents.model.cell(0, "date") == "9 June 2019"
    main.incidents.search.setText("nosuchword")
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 0, timeout=5000)
    assert main.incidents.count_label.text() == "0 incident(s)"


def test_undo_and_the_unsaved_changes_question(qtbot, make_app, logged):
    path, iid = logged
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    editor = main.open_incident(iid)
    qtbot.waitUntil(lambda: editor.loaded, timeout=5000)
    type_text(editor.title, " (проверено)")
    editor.flush_edits()
    assert editor.title.text().endswith("(проверено)")
    assert editor.has_unsaved_changes()
    _press(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, qtbot=qtbot)
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
    assert ctx.cdb.incidents.get(iid).title == TITLE


def test_the_dashboard_counts_what_was_logged(qtbot, make_app, logged):
    path, _iid = logged
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=10000)
    res = main.dashboard.results
    assert res["figures"]["incidents"] == 1
    assert res["figures"]["threats"] == 2
    assert res["figures"]["persons"] == 2
    assert res["year"] == (["2019"], [2])
    assert dict(zip(*res["gender"])) == {"Female": 1, "Male": 1}
    assert "Threats by year (unit: threats)" in [v.chart().title() for v in main.dashboard.views.values()]


def test_idle_lock_then_a_calm_retry_after_a_wrong_passphrase(qtbot, make_app, logged, clock):
    path, iid = logged
    ctx = make_app()
    ctx.start()
    unlock(qtbot, ctx, path)
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
    qtbot.waitUntil(lambda: ctx.main_window.incidents.model.ids() == [iid], timeout=5000)
