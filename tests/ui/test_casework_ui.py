"""Casework in the real window (offscreen, real encrypted file): the agenda after unlocking under an
injected day, Enter opening the record; adding an action and a risk assessment from the Defenders
tab by keyboard; the incident editor's Protection tab; everything gone on lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kkdesk.model.casework import FollowUp, ProtectionAction
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, type_text, unlock, wait_idle

TODAY = dt.date.today()


@pytest.fixture
def casework_db(tmp_path):
    path = tmp_path / "cw.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_cyrillic="Гульнар Выдуманная", gender="female", categories=["lawyer"]))
        inc = cdb.incidents.save(Incident(title="Обыск в офисе", date=PartialDate("2024-01-10"), city="almaty",
                                          targets=[Target(person_id=p.id, threats=[Threat("judicial.search")])]))
        cdb.casework.save_follow_up(FollowUp("appeal_deadline", (TODAY - dt.timedelta(days=3)).isoformat(),
                                             title="Подать апелляцию", incident_id=inc.id))
        cdb.casework.save_follow_up(FollowUp("hearing", (TODAY + dt.timedelta(days=5)).isoformat(),
                                             title="Заседание", person_id=p.id, owner="monitor-2"))
        cdb.casework.save_follow_up(FollowUp("reassess_risk", (TODAY + dt.timedelta(days=40)).isoformat(),
                                             person_id=p.id))
        cdb.casework.save_action(ProtectionAction("urgent_appeal", incident_id=inc.id, started_on="2024-01-11",
                                                  status="done"))
    return path, p.id, inc.id


def _agenda(qtbot, main):
    qtbot.waitUntil(lambda: getattr(main, "agenda", None) is not None and main.agenda.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: main.agenda.table.rowCount() > 0, timeout=10000)
    return main.agenda


def test_agenda_after_unlock_lists_overdue_and_next_two_weeks_and_opens_by_enter(qtbot, make_app, casework_db):
    path, pid, iid = casework_db
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    agenda = _agenda(qtbot, main)
    rows = [[agenda.table.item(r, c).text() for c in range(6)] for r in range(agenda.table.rowCount())]
    assert [r[3] for r in rows] == ["Подать апелляцию", "Заседание"]    # the reassessment is 40 days off
    assert rows[0][1] == "3 day(s) overdue" and rows[1][1] == "in 5 day(s)"
    assert "Гульнар Выдуманная" in rows[1][4] and rows[1][5] == "monitor-2"
    assert agenda.summary.text().startswith("1 overdue")
    # Enter on the first row opens the incident it is about
    agenda.table.selectRow(0)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.incident_id == iid for e in main.editors), timeout=10000)
    editor = next(e for e in main.editors if e.incident_id == iid)
    qtbot.waitUntil(lambda: editor.casework.actions.rowCount() == 1, timeout=10000)
    assert editor.casework.actions.item(0, 0).text() == "Urgent appeal"
    assert editor.casework.follow_ups.item(0, 2).text() == "Подать апелляцию"
    # the agenda from the menu again, then the person of the second row in the registry
    agenda = main.show_agenda()
    qtbot.waitUntil(lambda: agenda.table.rowCount() == 2, timeout=10000)
    agenda.table.selectRow(1)
    agenda.open_current()
    pane = main.defenders
    qtbot.waitUntil(lambda: pane.selected() == ("person", pid), timeout=10000)
    # the person's own follow-ups and the one on the incident where they are a target
    qtbot.waitUntil(lambda: pane.casework.follow_ups.rowCount() == 3, timeout=10000)
    assert pane.lower_tabs.currentWidget() is pane.casework


def test_action_and_assessment_entered_from_the_registry_and_the_level_follows(qtbot, make_app, casework_db):
    path, pid, _ = casework_db
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    _agenda(qtbot, main).close()
    main.show_in_registry("person", pid)
    pane = main.defenders.casework
    qtbot.waitUntil(lambda: main.defenders.selected() == ("person", pid), timeout=10000)
    qtbot.waitUntil(lambda: pane.buttons["addAction"].isEnabled(), timeout=5000)
    pane.add_action()
    dlg = pane._dialog
    dlg.type.setCurrentIndex(dlg.type.findData("legal_aid"))
    dlg.actor_kind.setCurrentIndex(dlg.actor_kind.findData("partner"))
    type_text(dlg.actor, "Коллегия-партнёр")
    dlg.started.edit.setText("2024-01-12")
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    qtbot.keyClick(dlg.actor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # Ctrl+Enter saves
    qtbot.waitUntil(lambda: not dlg.isVisible() or bool(dlg.error.text()), timeout=10000)
    assert dlg.error.text() == "" and not dlg.isVisible()
    pane.tabs.setCurrentWidget(pane.actions)
    # with the appeal made on the incident where she is a target, earliest first
    qtbot.waitUntil(lambda: pane.actions.rowCount() == 2, timeout=10000)
    assert pane.actions.item(0, 0).text() == "Urgent appeal"
    assert [pane.actions.item(1, c).text() for c in range(3)] == ["Legal aid", "Коллегия-партнёр", "12 January 2024"]
    # a bad date is refused next to the form, and nothing is written
    pane.add_action()
    bad = pane._dialog
    bad.type.setCurrentIndex(bad.type.findData("statement"))
    bad.started.edit.setText("31.02.2024")
    bad.save()
    qtbot.waitUntil(lambda: bool(bad.error.text()), timeout=10000)
    assert bad.isVisible()
    bad.reject()
    # risk: assessed high; the registry's level follows
    pane.add_assessment()
    adlg = pane._dialog
    adlg.answers["facts"].setPlainText("Обыск и изъятие техники")
    adlg.level.setCurrentIndex(adlg.level.findData("high"))
    for row in range(adlg.factors.count()):
        item = adlg.factors.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "threat.judicial_harassment":
            item.setCheckState(Qt.CheckState.Checked)
    adlg.save()
    qtbot.waitUntil(lambda: not adlg.isVisible(), timeout=10000)
    pane.tabs.setCurrentWidget(pane.assessments)
    qtbot.waitUntil(lambda: pane.assessments.rowCount() == 1, timeout=10000)
    assert pane.assessments.item(0, 1).text() == "High"
    assert pane.assessments.item(0, 2).text() == "Ongoing judicial harassment"
    wait_idle(qtbot, ctx)
    assert ctx.cdb.persons.get(pid).risk_level == "high"
    # mark the overdue appeal deadline done: it leaves the agenda
    pane.tabs.setCurrentWidget(pane.follow_ups)
    qtbot.waitUntil(lambda: pane.follow_ups.rowCount() == 3, timeout=10000)
    pane.follow_ups.selectRow(0)
    pane.mark_done()
    wait_idle(qtbot, ctx)
    assert [i.follow_up.kind for i in ctx.cdb.casework.agenda()] == ["hearing"]


def test_lock_closes_the_agenda_and_clears_the_casework(qtbot, make_app, casework_db):
    path, pid, _ = casework_db
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    agenda = _agenda(qtbot, main)
    main.show_in_registry("person", pid)
    pane = main.defenders.casework
    qtbot.waitUntil(lambda: pane.follow_ups.rowCount() == 3, timeout=10000)
    ctx.lock()
    QApplication.processEvents()
    assert not agenda.isVisible()
    assert pane.follow_ups.rowCount() == 0 and pane.actions.rowCount() == 0
