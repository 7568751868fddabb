"""Upright category labels of a dashboard chart are drawn whole: the chart is tall enough for the
longest one (seen cut in ru and en: "…низация (без пола)" under "Threats by gender"). Fictional names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock


@pytest.fixture
def genders(tmp_path):
    path = tmp_path / "genders.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        org = cdb.organisations.save(Organisation(name="Фонд «Тест»"))
        she = cdb.persons.save(Person(name_cyrillic="Тестова Айгуль", gender="female"))
        he = cdb.persons.save(Person(name_cyrillic="Тестов Арман", gender="male"))
        cdb.incidents.save(Incident(title="Проверка", date=PartialDate("2021-05"), city="almaty", region="almaty",
                                    targets=[Target(organisation_id=org.id, threats=[Threat("judicial.search")]),
                                             Target(person_id=she.id, threats=[Threat("judicial.arrest")]),
                                             Target(person_id=he.id, threats=[Threat("judicial.arrest")])]))
    return path


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_upright_labels_fit_below_the_plot(qtbot, make_app, genders, lang):
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, genders)
    main.resize(1280, 800)
    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=15000)
    view = main.dashboard.views["gender"]
    view.resize(view.width(), view.minimumHeight())     # as small as the grid may make it
    qtbot.wait(100)
    axis = view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.labelsAngle() == -90                      # the long "organisation" label is upright
    longest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(c) for c in axis.categories())
    assert view.chart().plotArea().bottom() + longest <= view.chart().size().height()
