"""Russian and Kazakh: the shipped translations load, and dates and vocabulary labels follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.ui import i18n
from kkdesk.ui.incident_table import column
from tests.ui.conftest import PASSPHRASE, shown_cell, unlock


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "lang.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_cyrillic="Арман Ойдан", gender="male"))
        cdb.incidents.save(Incident(title="Тінту", date=PartialDate("2020-06"), city="almaty",
                                    targets=[Target(person_id=p.id, threats=[Threat("judicial.arrest", ["police"])])]))
    return path


@pytest.mark.parametrize("lang, tab, header, date", [
    ("ru", "Инциденты", "Дата", "июнь 2020 г."),
    ("kk", "Оқиғалар", "Күні", PartialDate("2020-06").format("kk")),
])
def test_interface_in_russian_and_kazakh(qtbot, make_app, small_db, lang, tab, header, date):
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()          # a fresh start reads the language setting
    assert i18n.current() == lang
    ctx.start()
    assert ctx.unlock_window.open_button.text() == {"ru": "Разблокировать", "kk": "Бұғаттан шығару"}[lang]
    main = unlock(qtbot, ctx, small_db)
    assert main.tabs.tabText(0) == tab
    model = main.incidents.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.headerData(column("date"), Qt.Orientation.Horizontal) == header
    assert shown_cell(qtbot, model, 0, "date") == date
    assert shown_cell(qtbot, model, 0, "threat_types") == ctx.cdb.vocab.label("threat_type", "judicial.arrest", lang)
    assert shown_cell(qtbot, model, 0, "threat_types") != ctx.cdb.vocab.label("threat_type", "judicial.arrest", "en")
    assert main.windowTitle() == "kkdesk"


def test_switching_language_in_settings(qtbot, make_app, small_db):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, small_db)
    assert main.tabs.tabText(0) == "Incidents"
    ctx.apply_settings({"language": "kk", "idle_minutes": 5, "show_pseudonyms": False})
    assert ctx.main_window.tabs.tabText(1) == "Құқық қорғаушылар"
    assert ctx.settings.get("language") == "kk"
