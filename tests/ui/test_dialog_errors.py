"""The person, organisation and casework dialogs put the core's error under the field its code names
(`exc.field`), in the interface language, and focus and mark that field, as the incident editor does.
Real widgets offscreen over a real encrypted database; fictional people."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kkdesk.messages import msg, render
from kkdesk.model.casework import FollowUp, ProtectionAction
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.ui import i18n
from kkdesk.ui.widgets import is_marked
from tests.ui.conftest import PASSPHRASE, unlock


@pytest.fixture
def desk(qtbot, make_app, tmp_path):
    """The main window in lang over a database holding one incident about one person."""
    path = tmp_path / "dialogs.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        person = cdb.persons.save(Person(name_latin="Fictional Testova", gender="female"))
        cdb.incidents.save(Incident(title="Summons", date=PartialDate.parse("2023-05"), city="almaty", targets=[
            Target(person_id=person.id, threats=[Threat("judicial.detention", sources=["police"])])]))

    def open_in(lang: str):
        make_app().settings.set("language", lang)
        ctx = make_app()                   # the language applies from the next start
        assert i18n.current() == lang
        ctx.start()
        main = unlock(qtbot, ctx, path)
        return ctx, main, ctx.cdb.query("SELECT id FROM incident")[0][0]

    return open_in


def _save(qtbot, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def assert_shown_at(qtbot, dialog, widget, expected: str | None, lang: str) -> str:
    """The error line shows, right under widget's row; widget has the focus and the mark; no other is marked."""
    qtbot.waitUntil(lambda: dialog.error.text() != "" and is_marked(widget), timeout=10000)
    text = dialog.error.text()
    if expected is not None:
        assert text == expected
    assert re.search("[а-яәғқңөұүһі]", text.lower()) and not re.search(r"\b[a-z]{4,}\b", text), (lang, text)
    form = dialog.errors.form
    assert form.getWidgetPosition(dialog.error)[0] == dialog.errors._row_of(widget) + 1
    assert dialog.focusWidget() is widget
    assert widget.accessibleDescription() == text
    assert [w.objectName() for w in dialog.errors.fields.values() if is_marked(w)] == [widget.objectName()]
    return text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_person_dialog_points_at_the_field_of_its_error(qtbot, desk, lang):
    from kkdesk.ui.person_dialog import PersonDialog

    ctx, main, _ = desk(lang)
    dlg = PersonDialog(ctx, None, parent=main)
    qtbot.addWidget(dlg)
    dlg.show()
    _save(qtbot, dlg)                                      # no name at all
    assert_shown_at(qtbot, dlg, dlg.name_latin, render(msg("person.needs_name"), lang), lang)
    dlg.name_cyrillic.setText("Тестова Айгерим")
    dlg.aliases.setText("A" * 600)                         # longer than a name may be
    _save(qtbot, dlg)
    assert_shown_at(qtbot, dlg, dlg.aliases, None, lang)
    assert not is_marked(dlg.name_latin) and ctx.cdb.persons.count() == 1     # nothing written
    dlg.aliases.setText("Айгерим Т.")
    with qtbot.waitSignal(dlg.saved, timeout=10000):
        _save(qtbot, dlg)
    assert ctx.cdb.persons.count() == 2 and not is_marked(dlg.aliases) and dlg.error.text() == ""


def test_the_organisation_dialog_points_at_the_field_of_its_error(qtbot, desk):
    from kkdesk.ui.person_dialog import OrganisationDialog

    ctx, main, _ = desk("kk")
    dlg = OrganisationDialog(ctx, None, parent=main)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_alt.setText("Басқа атауы")
    _save(qtbot, dlg)                                      # the name is required
    expected = render(msg("text.required", what=msg("field.organisation_name")), "kk")
    assert_shown_at(qtbot, dlg, dlg.name, expected, "kk")
    assert ctx.cdb.organisations.count() == 0


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_casework_dialogs_point_at_the_field_of_their_error(qtbot, desk, lang):
    from kkdesk.ui.casework import ActionDialog, FollowUpDialog

    ctx, main, incident_id = desk(lang)
    action = ActionDialog(ctx, ProtectionAction("", incident_id=incident_id), main)
    qtbot.addWidget(action)
    action.show()
    action.requested.edit.setText("вчера")                 # not a date
    _save(qtbot, action)
    assert_shown_at(qtbot, action, action.requested.edit, None, lang)
    action.requested.edit.setText("2024-03-01")
    action.started.edit.setText("2024-03-10")
    action.ended.edit.setText("2024-03-05")                # ends before it started
    _save(qtbot, action)
    assert_shown_at(qtbot, action, action.ended.edit, render(msg("casework.action_ends_early"), lang), lang)
    assert ctx.cdb.casework.actions(incident_id=incident_id) == []

    follow = FollowUpDialog(ctx, FollowUp("", "", incident_id=incident_id), main)
    qtbot.addWidget(follow)
    follow.show()
    follow.kind.setCurrentIndex(-1)                         # no kind chosen
    follow.title.setText("Позвонить адвокату")
    _save(qtbot, follow)
    assert_shown_at(qtbot, follow, follow.kind, render(msg("casework.followup_kind_missing"), lang), lang)
    follow.kind.setCurrentIndex(follow.kind.findData("hearing"))
    with qtbot.waitSignal(follow.saved, timeout=10000):   # saving closes the dialog (QDialog.done, not a field)
        _save(qtbot, follow)
    assert not is_marked(follow.kind) and follow.error.text() == "" and follow.isHidden()
    assert [f.title for f in ctx.cdb.casework.follow_ups(incident_id=incident_id)] == ["Позвонить адвокату"]
