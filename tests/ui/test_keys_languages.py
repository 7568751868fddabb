"""The merge dialog, the pickers and the dashboard in Russian and Kazakh (screenshots looked at)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle
from tests.ui.test_keyboard_entry import Keyboard


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    path = tmp_path_factory.mktemp("keyslang") / "lang.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        a = cdb.persons.save(Person(name_cyrillic="Каримова Асель Бахытовна", gender="female", categories=["lawyer"]))
        cdb.persons.save(Person(name_cyrillic="Каримова Асель Нурлановна", gender="female"))
        cdb.incidents.save_many([Incident(title=f"Вымышленный случай {y}", date=PartialDate(str(y)), city="almaty",
                                          targets=[Target(person_id=a.id, threats=[Threat("judicial.arrest")])])
                                 for y in range(1995, 2026, 2)])
    return path


@pytest.mark.parametrize("lang, merge, warning, picked", [
    ("ru", "Объединить", "Разные отчества (Бахытовна / Нурлановна)", "Угроза убийством — Психологические и информационные"),
    ("kk", "Біріктіру", "Әкесінің аттары әртүрлі (Бахытовна / Нурлановна)",
     "Өлтіремін деп қорқыту — Психологиялық және ақпараттық"),
])
def test_merge_picker_and_dashboard_in_the_language(qtbot, make_app, people, lang, merge, warning, picked):
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, people)
    main.resize(1280, 800)
    pane = main.defenders
    main.tabs.setCurrentWidget(pane)
    pane.show_duplicates()
    qtbot.waitUntil(lambda: hasattr(pane, "duplicates_dialog"), timeout=5000)
    dlg = pane.duplicates_dialog
    dlg.merge_selected()
    qtbot.waitUntil(lambda: hasattr(dlg, "merge_dialog") and dlg.merge_dialog.isVisible(), timeout=5000)
    md = dlg.merge_dialog
    assert md.merge_button.text() == merge and md.warning.text().startswith(warning)
    md.grab().save(f"/tmp/keys/merge_{lang}.png")
    dlg.grab().save(f"/tmp/keys/duplicates_{lang}.png")
    md.reject()
    dlg.reject()

    editor = main.open_incident(None)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.go_to_tab(1)
    editor.targets.add_target("person", 1, "Каримова Асель Бахытовна")
    kb = Keyboard(qtbot, ctx)
    kb.type("death thr")                                   # English works in any interface language
    picker = editor.targets.threat_type
    assert picker.itemText(picker._listed[0]) == picked
    editor.grab().save(f"/tmp/keys/editor_targets_{lang}.png")
    editor.discard()

    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=15000)
    wait_idle(qtbot, ctx)
    QApplication.processEvents()
    main.dashboard.grab().save(f"/tmp/keys/dashboard_{lang}.png")
