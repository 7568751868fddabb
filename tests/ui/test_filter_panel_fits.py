"""The filter panels of the Incidents and Dashboard tabs are shown whole in every language: their
scroll area scrolls only up and down, so a panel wider than its pane would be cut at the right edge
(seen in ru/kk/en: "Подтверждено не менее чем двум…", "Сбросить фи…")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock


@pytest.fixture
def empty_db(tmp_path):
    path = tmp_path / "filters.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    return path


def _scroll_of(widget) -> QScrollArea:
    while not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_filter_panels_fit_their_pane(qtbot, make_app, empty_db, lang):
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, empty_db)
    main.resize(1280, 800)
    for tab, panel in ((main.incidents, main.incidents.filters), (main.dashboard, main.dashboard.filters)):
        main.tabs.setCurrentWidget(tab)
        qtbot.wait(50)
        scroll = _scroll_of(panel)
        content = scroll.widget()
        assert scroll.viewport().width() >= content.minimumSizeHint().width(), (lang, type(tab).__name__)
        assert content.width() >= content.minimumSizeHint().width()
