"""Small things at the keyboard (issue 13): the passphrase field has the focus when the database is
chosen; Settings keep the view and the search; the brief is in the Reports menu; dates show at
the precision they were recorded with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolTip

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.ui.incident_table import column
from tests.ui.conftest import PASSPHRASE, type_text, unlock


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_latin="Aigerim Testova", gender="female"))
        for title, date in (("Summons of a fictional lawyer", "2021-05"), ("Search of a fictional office", "2022")):
            cdb.incidents.save(Incident(title=title, date=PartialDate(date),
                                        targets=[Target(person_id=p.id, threats=[Threat("judicial.arrest")])]))
    return path


def test_the_passphrase_field_has_the_focus_when_a_database_is_given(qtbot, make_app, db):
    ctx = make_app()
    ctx.start(str(db))                        # kkdesk gui DB
    win = ctx.unlock_window
    qtbot.waitUntil(win.passphrase_edit.hasFocus, timeout=2000)
    assert win.path_edit.text() == str(db)


def test_settings_keep_the_view_and_the_search(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    pane = main.incidents
    type_text(pane.search, "Summons")
    qtbot.waitUntil(lambda: pane.count_label.text() == "1 incident(s)", timeout=5000)
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: "Summons" in pane.detail.toPlainText(), timeout=5000)

    main.open_settings()
    dlg = main._settings_dialog
    dlg.idle.setValue(9)
    dlg.pseudonyms.setChecked(True)
    dlg.accept()                              # OK
    assert ctx.main_window is main and ctx.idle.minutes == 9
    assert pane.search.text() == "Summons" and pane.model.rowCount() == 1
    qtbot.waitUntil(lambda: "Aigerim" not in pane.detail.toPlainText() and "P-" in pane.detail.toPlainText(),
                    timeout=5000)             # the same record, now with its code

    main.tabs.setCurrentWidget(main.defenders)
    main.open_settings()
    dlg = main._settings_dialog
    dlg.language.setCurrentIndex(dlg.language.findData("ru"))
    dlg.accept()                              # a new language rebuilds the window, keeping the view
    main = ctx.main_window
    assert main.tabs.currentWidget() is main.defenders
    assert main.incidents.search.text() == "Summons"
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 1, timeout=5000)


def test_the_brief_is_in_the_reports_menu(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    reports = next(a.menu() for a in main.menuBar().actions() if a.menu() and "Reports" in a.text())
    assert main.findChild(QAction, "actionBrief") in reports.actions()


def test_first_and_last_threat_show_the_recorded_precision(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    main.tabs.setCurrentWidget(main.defenders)
    qtbot.waitUntil(lambda: main.defenders.model.rowCount() == 1, timeout=5000)
    model = main.defenders.model
    headers = model.headers()
    first = model.data(model.index(0, headers.index("First threat")))
    last = model.data(model.index(0, headers.index("Last threat")))
    assert (first, last) == ("May 2021", "2022")


def test_the_create_tab_is_headed_for_creating(qtbot, make_app):
    ctx = make_app()
    ctx.start()
    win = ctx.unlock_window
    assert win.heading.text().startswith("Open")
    win.tabs.setCurrentIndex(1)
    assert win.heading.text() == "Create a new encrypted kkdesk database"
    win.tabs.setCurrentIndex(0)
    assert win.heading.text().startswith("Open")


def test_an_empty_database_says_what_to_do_first(qtbot, make_app, tmp_path):
    path = tmp_path / "empty.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    pane = unlock(qtbot, ctx, path).incidents
    qtbot.waitUntil(lambda: "Ctrl+N records an incident" in pane.detail.toPlainText(), timeout=5000)
    pane.search.setText("anything")                      # a search that finds nothing is not "empty"
    qtbot.waitUntil(lambda: pane.last_query.text == "anything" and pane.count_label.text() == "0 incident(s)",
                    timeout=5000)
    assert pane.detail.toPlainText() == ""


def test_the_column_chooser_remembers_its_choice(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    table = main.incidents.table
    menu = table.column_menu()
    sources = menu.findChild(QAction, "column_sources")
    assert sources.isChecked() and not menu.findChild(QAction, "column_title").isEnabled()
    sources.setChecked(False)                         # as a click on the entry does
    assert table.isColumnHidden(column("sources"))
    ctx.lock()
    main = unlock(qtbot, ctx, db)                     # a new window reads the remembered choice
    assert main.incidents.table.isColumnHidden(column("sources"))
    assert not main.incidents.table.isColumnHidden(column("targets"))
    assert ctx.settings.get("hidden_columns") == ["sources"]


def test_the_dashboard_spells_out_the_unknown_month_and_tells_a_bars_value(qtbot, make_app, db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, db)
    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=10000)
    labels, values = main.dashboard.results["month"]
    assert "month unknown" in labels and "?" not in labels     # the incident dated "2022" only
    chart = main.dashboard.views["month"].chart()
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert "month unknown" in axis.categories()
    series = chart.series()[0]
    index = labels.index("month unknown")
    series.hovered.emit(True, index, series.barSets()[0])        # the pointer over that bar
    assert QToolTip.text() == f"month unknown: {values[index]}"
