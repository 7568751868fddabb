"""Defenders registry (counts, timeline, duplicates and merge) and the vocabulary editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

import pytest

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle


@pytest.fixture
def registry_db(tmp_path):
    path = tmp_path / "reg.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        a = cdb.persons.save(Person(name_cyrillic="Сауле Вымышленная", gender="female", categories=["lawyer"]))
        b = cdb.persons.save(Person(name_latin="Saule Vymyshlennaya", gender="female"))
        for date, ttype in (("2016-03-01", "judicial.arrest"), ("2019", "judicial.questioning_summons")):
            cdb.incidents.save(Incident(title=f"Случай {date}", date=PartialDate(date), city="almaty",
                                        targets=[Target(person_id=a.id, threats=[Threat(ttype)])]))
        cdb.incidents.save(Incident(title="Ещё случай", date=PartialDate("2020-02"), city="almaty",
                                    targets=[Target(person_id=b.id, threats=[Threat("judicial.arrest")])]))
    return path


def test_registry_timeline_duplicates_and_merge(qtbot, make_app, registry_db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry_db)
    pane = main.defenders
    main.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=5000)
    rows = {r[1]: r for r in pane.model.rows}
    saule = rows["Сауле Вымышленная"]
    assert saule[4:] == (2, 2, "1 March 2016", "2019", 4)   # incidents, threats, first, last (as recorded), years
    pane.table.selectRow([r[1] for r in pane.model.rows].index("Сауле Вымышленная"))
    qtbot.waitUntil(lambda: pane.timeline.rowCount() == 2, timeout=5000)
    assert pane.timeline.item(0, 0).text() == "1 March 2016"
    assert pane.timeline.item(1, 0).text() == "2019"

    pane.show_duplicates()
    qtbot.waitUntil(lambda: hasattr(pane, "duplicates_dialog"), timeout=5000)
    dlg = pane.duplicates_dialog
    assert dlg.table.rowCount() == 1
    dlg.merge_selected()                                  # the two records side by side
    qtbot.waitUntil(lambda: hasattr(dlg, "merge_dialog") and dlg.merge_dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(dlg.merge_dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.message.text().startswith("Merged."), timeout=5000)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    merged = pane.model.rows[0]
    assert merged[4:6] == (3, 3)
    assert ctx.cdb.scalar("SELECT count(*) FROM history WHERE action = 'merge'") == 2


def test_vocabulary_add_rename_translate_retire(qtbot, make_app, registry_db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, registry_db)
    pane = main.vocabulary
    main.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.vocab.count() > 5 and pane.table.rowCount() > 5, timeout=5000)
    pane.vocab.setCurrentIndex(pane.vocab.findData("source_type"))
    wait_idle(qtbot, ctx)
    pane.code.setText("hotel_staff")
    pane.label_en.setText("Hotel staff")
    pane.label_ru.setText("Персонал гостиницы")
    pane.label_kk.setText("")
    pane.parent_code.clear()
    pane.add_term()
    qtbot.waitUntil(lambda: pane.message.text() == "Term added.", timeout=5000)
    qtbot.waitUntil(lambda: any(t.code == "hotel_staff" for t in pane.terms), timeout=5000)
    assert ctx.cdb.vocab.label("source_type", "hotel_staff", "ru") == "Персонал гостиницы"

    pane.label_en.setText("Hotel or hostel staff")
    pane.label_kk.setText("Қонақүй қызметкерлері")
    pane.save_term()
    qtbot.waitUntil(lambda: pane.message.text() == "Labels saved.", timeout=5000)
    assert ctx.cdb.vocab.label("source_type", "hotel_staff", "kk") == "Қонақүй қызметкерлері"
    assert ctx.cdb.vocab.label("source_type", "hotel_staff", "en") == "Hotel or hostel staff"

    pane.toggle_retired()
    qtbot.waitUntil(lambda: ctx.cdb.vocab.term("source_type", "hotel_staff").retired, timeout=5000)
    assert "hotel_staff" not in [t.code for t in ctx.cdb.vocab.terms("source_type")]

    pane.code.setText("Bad Code!")
    pane.add_term()
    qtbot.waitUntil(lambda: "lower-case" in pane.message.text(), timeout=5000)
