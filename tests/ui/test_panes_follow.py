"""Panes follow the list: the detail pane and the defenders timeline never show a record that the
current search left out, and the defenders list follows typing without Enter."""

from __future__ import annotations

import pytest

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, type_text, unlock


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "two.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        a = cdb.persons.save(Person(name_latin="Aigerim Testova", gender="female"))
        b = cdb.persons.save(Person(name_latin="Bolat Primerov", gender="male"))
        cdb.incidents.save(Incident(title="Summons of a fictional lawyer", date=PartialDate("2021-05"),
                                    targets=[Target(person_id=a.id, threats=[Threat("judicial.arrest")])]))
        cdb.incidents.save(Incident(title="Search of a fictional office", date=PartialDate("2022-03"),
                                    targets=[Target(person_id=b.id, threats=[Threat("judicial.arrest")])]))
    return path


def test_the_detail_pane_clears_when_its_incident_leaves_the_list(qtbot, make_app, two):
    ctx = make_app()
    ctx.start()
    pane = unlock(qtbot, ctx, two).incidents
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=5000)
    pane.table.selectRow(pane.model.row_of(pane.model.ids()[1]))     # the older one: "Summons…"
    qtbot.waitUntil(lambda: "Summons" in pane.detail.toPlainText(), timeout=5000)

    type_text(pane.search, "Summons")                                 # still in the list: kept
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.count_label.text() == "1 incident(s)",
                    timeout=5000)
    assert "Summons" in pane.detail.toPlainText()
    assert pane.table.currentIndex().row() == 0

    pane.search.setText("nosuchword")                                 # 0 results: the pane clears
    qtbot.waitUntil(lambda: pane.count_label.text() == "0 incident(s)", timeout=5000)
    assert pane.detail.toPlainText() == ""

    pane.search.setText("office")                                     # another record only
    qtbot.waitUntil(lambda: pane.count_label.text() == "1 incident(s)", timeout=5000)
    assert pane.detail.toPlainText() == ""


def test_the_timeline_clears_when_its_defender_leaves_the_list(qtbot, make_app, two):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, two)
    pane = main.defenders
    main.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=5000)
    row = next(n for n, r in enumerate(pane.model.rows) if "Aigerim" in r[1])
    pane.table.selectRow(row)
    qtbot.waitUntil(lambda: pane.timeline.rowCount() == 1, timeout=5000)
    assert "Summons" in pane.timeline.item(0, 1).text()

    type_text(pane.search, "Aigerim")                                 # typing alone filters (no Enter)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: pane.timeline.rowCount() == 1, timeout=5000)   # still in the list: kept

    pane.search.setText("Bolat")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and "Bolat" in pane.model.rows[0][1], timeout=5000)
    assert pane.timeline.rowCount() == 0 and pane.shown_record is None
