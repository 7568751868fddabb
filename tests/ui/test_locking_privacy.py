"""Locking and privacy: lock now, the panic key, the clipboard, neutral titles, pseudonyms, and
settings that never hold a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.model.dates import PartialDate
from kkdesk.records import CaseDatabase
from kkdesk.ui import clipboard
from tests.ui.conftest import PASSPHRASE, shown_cell, unlock, wait_idle

NAME = "Гүлжан Тестова"


@pytest.fixture(scope="module")
def case_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lock") / "case.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_cyrillic=NAME, name_latin="Gulzhan Testova", gender="female"))
        cdb.incidents.save(Incident(title=f"Вызов на допрос: {NAME}", date=PartialDate("2021-05", "2021-06"),
                                    city="almaty", narrative=f"{NAME} вызвали в полицию.",
                                    targets=[Target(person_id=p.id, threats=[Threat("judicial.questioning_summons")])]))
    return path


def test_lock_now_panic_and_clipboard(qtbot, make_app, case_db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, case_db)
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 1, timeout=5000)
    model = main.incidents.model
    assert NAME in shown_cell(qtbot, model, 0, "targets")
    assert shown_cell(qtbot, model, 0, "date") == "May–June 2021"
    assert main.windowTitle() == "kkdesk"

    # text we copied is cleared on lock; text copied elsewhere is left alone
    clipboard.copy(NAME)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.is_locked()
    assert QGuiApplication.clipboard().text() == ""
    assert not main.isVisible()
    assert model.rowCount() == 0 and model.worker is None

    main = unlock(qtbot, ctx, case_db)
    main.hide()        # another program has the focus and copies something
    ctx.unlock_window.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None, timeout=2000)
    QGuiApplication.clipboard().setText("someone else's text")
    ctx.lock()
    assert QGuiApplication.clipboard().text() == "someone else's text"
    main = unlock(qtbot, ctx, case_db)

    # the panic key hides at once and locks
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    QTest.keyClick(main, Qt.Key.Key_F12)
    assert ctx.is_locked() and not main.isVisible()
    assert not ctx.unlock_window.isVisible()          # nothing shows until kkdesk is started again
    assert ctx.unlock_window.windowTitle() == "kkdesk"


def test_pseudonyms_and_settings_hold_no_names(qtbot, make_app, case_db, tmp_path):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, case_db)
    ctx.apply_settings({"language": "en", "idle_minutes": 7, "show_pseudonyms": True})
    main = ctx.main_window
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 1, timeout=5000)
    model = main.incidents.model
    shown = shown_cell(qtbot, model, 0, "targets")
    assert NAME not in shown and shown.startswith("P-")
    title = shown_cell(qtbot, model, 0, "title")
    assert title.startswith("Вызов на допрос: P-") and "Тестова" not in title
    main.incidents.table.selectRow(0)
    qtbot.waitUntil(lambda: "Вызов" in main.incidents.detail.toPlainText(), timeout=5000)
    detail = main.incidents.detail.toPlainText()
    assert "Гүлжан" not in detail and "Тестова" not in detail and "вызвали в полицию" in detail
    assert ctx.idle.minutes == 7
    main.incidents.save_search("Almaty")
    wait_idle(qtbot, ctx)
    ctx.lock()
    settings_file = tmp_path / "settings.ini"
    data = settings_file.read_bytes()
    for needle in (NAME, "Gulzhan", "Testova", "Тестова"):
        assert needle.encode("utf-8") not in data
        assert needle.encode("utf-16-le") not in data
    assert str(case_db).encode() in data      # the path of the database, and nothing about its content
    assert ctx.settings.get("idle_minutes") == 7 and ctx.settings.get("show_pseudonyms") is True


def test_idle_lock_counts_from_the_last_input(qtbot, make_app, case_db, clock):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, case_db)
    clock.advance(4 * 60)
    QTest.keyClick(main.incidents.search, Qt.Key.Key_A)   # input restarts the wait
    clock.advance(4 * 60)
    assert not ctx.idle.check() and not ctx.is_locked()
    clock.advance(61)
    assert ctx.idle.check() and ctx.is_locked()


def test_filters_and_saved_searches(qtbot, make_app, case_db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, case_db)
    pane = main.incidents
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    gender = pane.filters.combos["gender"]
    gender.setCurrentIndex(gender.findData("male"))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=5000)
    gender.setCurrentIndex(gender.findData("female"))
    pane.filters.date_from.setText("2021")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.last_query.date_from == "2021-01-01", timeout=5000)
    pane.filters.date_from.setText("2022")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=5000)
    pane.filters.date_from.setText("2021")
    pane.search.setText("допрос")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.last_query.text == "допрос", timeout=5000)
    pane.save_search("Женщины, 2021")
    qtbot.waitUntil(lambda: pane.saved.findText("Женщины, 2021") >= 0, timeout=5000)

    pane.filters.reset()
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.last_query.genders == [] and pane.last_query.text == "", timeout=5000)
    index = pane.saved.findText("Женщины, 2021")
    pane.saved.setCurrentIndex(index)
    pane.saved.activated.emit(index)
    qtbot.waitUntil(lambda: pane.last_query.genders == ["female"] and pane.last_query.text == "допрос",
                    timeout=5000)
    assert gender.currentData() == "female" and pane.filters.date_from.text() == "2021-01-01"
    assert pane.model.rowCount() == 1
