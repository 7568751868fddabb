"""The merge dialog (issue 13): both records named side by side, a choice per field, a warning for
different patronymics, "not the same person" remembered, the last merge undone. Fictional names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "merge.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        one = cdb.persons.save(Person(name_cyrillic="Айгерим Тестова", risk_level="high", categories=["journalist"],
                                      contact="+7 700 000 00 01"))
        two = cdb.persons.save(Person(name_latin="Aigerim Testova", name_cyrillic="Айгерім Тестова",
                                      gender="female", categories=["lawyer"], notes="met in 2021"))
        cdb.persons.save(Person(name_cyrillic="Каримова Асель Бахытовна", gender="female"))
        cdb.persons.save(Person(name_cyrillic="Каримова Асель Нурлановна", gender="female"))
        for n in range(2):
            cdb.incidents.save(Incident(title=f"Fictional summons {n}", date=PartialDate(f"202{n}"),
                                        targets=[Target(person_id=two.id, threats=[Threat("judicial.arrest")])]))
    return path, one.id, two.id


def test_merge_side_by_side_with_warnings_not_same_and_undo(qtbot, make_app, registry):
    path, one, two = registry
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    pane = main.defenders
    main.tabs.setCurrentWidget(pane)
    pane.show_duplicates()
    qtbot.waitUntil(lambda: hasattr(pane, "duplicates_dialog"), timeout=5000)
    dlg = pane.duplicates_dialog
    rows = [(dlg.table.item(r, 0).text(), dlg.table.item(r, 1).text(), dlg.table.item(r, 3).text())
            for r in range(dlg.table.rowCount())]
    assert len(rows) == 2
    assert "Тестова" in rows[0][0] and rows[0][2] == ""                 # one person: first, no warning
    assert "Каримова" in rows[1][0] and rows[1][2] == "different patronymics"
    dlg.grab().save("/tmp/keys/duplicates.png")

    dlg.table.selectRow(1)
    dlg.merge_selected()
    qtbot.waitUntil(lambda: hasattr(dlg, "merge_dialog") and dlg.merge_dialog.isVisible(), timeout=5000)
    md = dlg.merge_dialog
    assert "Каримова Асель Бахытовна" in md.findChild(type(md.warning), "mergeHeading").text()
    assert "Каримова Асель Нурлановна" in md.findChild(type(md.warning), "mergeHeading").text()
    assert md.warning.isVisibleTo(md) and "Бахытовна / Нурлановна" in md.warning.text()
    assert md.groups["risk_level"].checkedId() == 1                     # both unknown: the staying one's
    md.grab().save("/tmp/keys/merge_warning.png")
    qtbot.mouseClick(md.not_same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=5000)
    assert all("Каримова" not in ctx.cdb.persons.get(a).name_cyrillic for a, b, _ in ctx.cdb.persons.possible_duplicates())

    dlg.table.selectRow(0)
    dlg.merge_selected()
    qtbot.waitUntil(lambda: dlg.merge_dialog is not md and dlg.merge_dialog.isVisible(), timeout=5000)
    md = dlg.merge_dialog
    assert not md.warning.isVisibleTo(md)
    assert md.groups["risk_level"].checkedButton().objectName() == "risk_level_1"     # High, not Unknown
    assert md.groups["contact"].checkedId() == 1 and md.groups["notes"].checkedId() == 2
    md.findChild(QRadioButton, "name_cyrillic_2").setChecked(True)  # the Kazakh spelling
    md.grab().save("/tmp/keys/merge_dialog.png")
    qtbot.mouseClick(md.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.message.text().startswith("Merged."), timeout=5000)
    merged = ctx.cdb.persons.get(one)
    assert (merged.name_cyrillic, merged.name_latin, merged.risk_level, merged.gender) == (
        "Айгерім Тестова", "Aigerim Testova", "high", "female")
    assert merged.categories == ["journalist", "lawyer"] and "Айгерим Тестова" in merged.aliases
    assert merged.contact == "+7 700 000 00 01" and merged.notes == "met in 2021"
    assert len(ctx.cdb.persons.incident_ids(one)) == 2

    qtbot.mouseClick(dlg.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in dlg.message.text(), timeout=5000)
    wait_idle(qtbot, ctx)
    assert ctx.cdb.persons.get(one).name_cyrillic == "Айгерим Тестова"
    assert ctx.cdb.persons.count() == 4 and ctx.cdb.persons.incident_ids(one) == []
