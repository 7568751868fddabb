"""Keyboard-first entry: the incident of issue 13 (date, place, a new person, two threats with their
sources, one URL) entered with key events only, sent where a person's keys go (the open popup, else
the focused widget), counting every key that is not typed text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kkdesk.model.entities import Person
from kkdesk.records import CaseDatabase
from kkdesk.ui.person_dialog import PersonDialog
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle

NAV_BUDGET = 25


class Keyboard:
    """Keys as a person presses them; `nav` counts the keys beyond the typed text."""

    def __init__(self, qtbot, ctx):
        self.qtbot, self.ctx, self.nav, self.typed = qtbot, ctx, 0, 0

    @staticmethod
    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.nav += 1
        target = self.target()
        assert target is not None, "no widget has the keyboard"
        QTest.keyClick(target, key, modifier)
        self.settle()

    def type(self, text: str) -> None:
        # a list's type-ahead joins letters typed within the keyboard interval; people pause longer
        self.qtbot.wait(QApplication.keyboardInputInterval() + 50)
        for ch in text:
            self.typed += 1
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.target(), key, ch, Qt.KeyboardModifier.NoModifier)
        self.settle()

    def settle(self) -> None:
        QApplication.processEvents()
        wait_idle(self.qtbot, self.ctx)
        QApplication.processEvents()


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "keys.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:     # a similar name already registered
        cdb.persons.save(Person(name_cyrillic="Асель Нурланова-Сейтова", gender="female", categories=["journalist"]))
    return path


def test_the_issue_incident_by_keyboard_within_25_navigation_keys(qtbot, make_app, registry):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    kb = Keyboard(qtbot, ctx)
    QApplication.focusWidget() or main.setFocus()
    kb.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)          # a new incident
    editor = main.editors[0]
    qtbot.waitUntil(lambda: editor.loaded and editor.isActiveWindow(), timeout=5000)
    assert kb.target() is editor.title
    kb.type("Угрозы адвокату у здания суда")
    kb.press(Qt.Key.Key_Tab)
    assert kb.target() is editor.date
    kb.type("9 июня 2019")
    kb.press(Qt.Key.Key_Tab)                                               # region: not typed, the city brings it
    kb.press(Qt.Key.Key_Tab)
    assert kb.target() is editor.city
    kb.type("Алмат")
    kb.press(Qt.Key.Key_Return)
    assert editor.city.currentData() == "almaty" and editor.region.currentData() == "almaty"

    kb.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)               # targets tab, name field
    targets = editor.targets
    assert kb.target() is targets.target_input
    kb.type("Асель Нурланова")
    qtbot.waitUntil(lambda: targets.completions and targets.completer.popup().isVisible(), timeout=5000)
    assert targets.completions[0] == "Create new person 'Асель Нурланова'"
    assert any("Нурланова-Сейтова" in c for c in targets.completions[1:])  # the similar one, not chosen
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PersonDialog), timeout=5000)
    dlg = QApplication.activeWindow()
    assert dlg.name_cyrillic.text() == "Асель Нурланова"
    assert kb.target() is dlg.gender
    kb.type("f")                                                           # Female
    kb.press(Qt.Key.Key_Tab)
    assert kb.target() is dlg.categories
    kb.type("l")                                                           # Lawyer
    kb.press(Qt.Key.Key_Space)
    kb.press(Qt.Key.Key_Return)                                            # Save
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 1, timeout=5000)
    qtbot.waitUntil(lambda: kb.target() is targets.threat_type, timeout=3000)
    assert editor.inc.targets[0].category == "lawyer"                      # taken from the person

    kb.type("Death")
    assert targets.threat_type.completer().popup().isVisible()
    kb.press(Qt.Key.Key_Return)
    assert editor.inc.targets[0].threats[0].threat_type == "psychological.death_threat"
    assert targets.threat_type.currentText() == "Death threat — Psychological and informational"
    kb.press(Qt.Key.Key_Tab)
    assert kb.target() is targets.threat_sources
    kb.type("pol")                                                         # Police
    kb.press(Qt.Key.Key_Space)
    kb.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)            # another threat
    assert kb.target() is targets.threat_type
    kb.type("арест")                                                       # a Russian label finds it
    kb.press(Qt.Key.Key_Return)
    kb.press(Qt.Key.Key_Tab)
    kb.type("cou")                                                         # Court
    kb.press(Qt.Key.Key_Space)

    kb.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)               # sources tab
    assert kb.target() is editor.sources.add_source_button
    kb.press(Qt.Key.Key_Space)                                             # Add source: typing goes in the row
    kb.type("Example news")
    kb.press(Qt.Key.Key_Tab)
    kb.type("https://example.org/news/123")
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)       # save, start the next
    qtbot.waitUntil(lambda: editor.incident_id is None and editor.title.text() == ""
                    and "Saved as" in editor.status_label.text(), timeout=5000)

    print(f"keyboard entry: {kb.nav} navigation keys, {kb.typed} typed characters")
    assert kb.nav <= NAV_BUDGET, kb.nav
    (iid,) = [r[0] for r in ctx.cdb.conn.execute("SELECT id FROM incident")]
    inc = ctx.cdb.incidents.get(iid)
    assert inc.title == "Угрозы адвокату у здания суда" and inc.date.iso() == "2019-06-09"
    assert (inc.region, inc.city) == ("almaty", "almaty")
    (target,) = inc.targets
    person = ctx.cdb.persons.get(target.person_id)
    assert person.name_cyrillic == "Асель Нурланова" and person.gender == "female" and person.categories == ["lawyer"]
    assert target.category == "lawyer"
    assert [(t.threat_type, t.sources) for t in target.threats] == [
        ("psychological.death_threat", ["police"]), ("judicial.arrest", ["court"])]
    assert [(s.outlet, s.url) for s in inc.sources] == [("Example news", "https://example.org/news/123")]
    assert kb.target() is editor.title and editor.tabs.currentIndex() == 0   # ready for the next one
    assert not editor.has_unsaved_changes()


def test_tab_leaves_a_text_area_and_ctrl_tab_types_a_tab(qtbot, make_app, registry):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry)
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    kb = Keyboard(qtbot, ctx)
    editor.narrative.setFocus()
    kb.type("Первая строка")
    kb.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    kb.type("после табуляции")
    assert editor.narrative.toPlainText() == "Первая строка\tпосле табуляции"
    assert editor.tabs.currentIndex() == 0            # Ctrl+Tab did not switch the editor's tab
    kb.press(Qt.Key.Key_Tab)
    assert kb.target() is not editor.narrative and editor.narrative.toPlainText().count("\t") == 1
    kb.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert kb.target() is editor.narrative


def test_pickers_filter_in_every_language_and_show_the_group(qtbot, make_app, registry):
    """The threat type picker lists what was typed in English, Russian or Kazakh, or an alias; a
    name that matches nobody registered is offered as a new person; Enter on a name that is
    exactly a registered one takes that person and their category."""
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry)
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    kb = Keyboard(qtbot, ctx)
    editor.go_to_tab(1)
    targets = editor.targets
    kb.type("Асель Нурланова-Сейтова")
    qtbot.waitUntil(lambda: bool(targets.completions), timeout=5000)
    assert targets.completions[-1] == "Create new person 'Асель Нурланова-Сейтова'"   # an exact name: last
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.inc.targets) == 1, timeout=5000)
    assert editor.inc.targets[0].category == "journalist"
    picker = targets.threat_type
    for typed, first in (("Death", "psychological.death_threat"), ("угроза убий", "psychological.death_threat"),
                         ("өлтіремін", "psychological.death_threat"), ("гибель", "physical.death"),
                         ("кибертравля", "digital.online_harassment"), ("detension", "judicial.detention")):
        picker.setFocus()
        if QApplication.activePopupWidget():
            kb.press(Qt.Key.Key_Escape)
        kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # typing replaces what is there
        kb.type(typed)
        assert picker._listed, typed
        assert picker.itemData(picker._listed[0]) == first, typed
    listed = [picker.itemText(i) for i in picker._listed]
    assert all(" — " in text for text in listed)      # each with its group
    kb.press(Qt.Key.Key_Escape)
    kb.press(Qt.Key.Key_Tab)                           # leaving the field takes the first one listed
    assert editor.inc.targets[0].threats[0].threat_type == "judicial.detention"


def test_focus_after_each_button_is_where_the_work_goes_on(qtbot, make_app, registry):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry)
    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    kb = Keyboard(qtbot, ctx)
    t = editor.targets
    editor.go_to_tab(1)
    t.add_target("person", 1, "Асель Нурланова-Сейтова")
    assert kb.target() is t.threat_type                          # a new target: its threat's type
    for button, then in ((t.add_threat_button, lambda: t.threat_type),
                         (editor.findChild(type(t.add_threat_button), "addArticleButton"),
                          lambda: t.articles.cellWidget(t.articles.rowCount() - 1, 0)),
                         (t.remove_threat_button, lambda: t.threat_list),
                         (t.remove_threat_button, lambda: t.add_threat_button),
                         (t.remove_target_button, lambda: t.target_input)):
        button.setFocus()
        kb.press(Qt.Key.Key_Space)
        assert kb.target() is then(), button.objectName()
    editor.go_to_tab(2)
    assert kb.target() is editor.sources.add_source_button
    kb.press(Qt.Key.Key_Space)
    assert isinstance(kb.target().parent().parent(), type(editor.sources.info_table))   # typing into the row
    editor.discard()
