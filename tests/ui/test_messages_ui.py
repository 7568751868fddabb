"""The editor in Russian and Kazakh: each validation error it can meet is shown in the interface
language, next to the field its code names (never found by its wording)."""

from __future__ import annotations

import pytest

from kkdesk.messages import LANGS, msg, render
from kkdesk.records import CaseDatabase
from kkdesk.ui import i18n
from tests.ui.conftest import PASSPHRASE, type_text, unlock


@pytest.fixture
def editor_in(qtbot, make_app, tmp_path):
    """An empty incident editor in the given language, over a fresh database."""
    path = tmp_path / "msgs.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()

    def open_in(lang: str):
        ctx = make_app()
        ctx.settings.set("language", lang)
        ctx = make_app()
        assert i18n.current() == lang
        ctx.start()
        main = unlock(qtbot, ctx, path)
        editor = main.open_incident(None)
        qtbot.waitUntil(lambda: editor.loaded)
        return editor

    return open_in


def _text(code: str, lang: str, **params) -> str:
    return render(msg(code, **params), lang)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_each_editor_validation_error_is_shown_in_the_language_at_its_field(qtbot, editor_in, lang):
    editor = editor_in(lang)
    # a date that cannot be read, one that is not in the calendar, a span that ends before it starts,
    # a year out of range: each in the language, on the date field, while typing and on saving
    for typed, code in (("09.06.1", "date.unreadable"), ("31.02.2021", "date.not_real"),
                        ("2021-06 - 2021-05", "date.ends_before_start"), ("1492", "date.out_of_years")):
        editor.date.clear()
        type_text(editor.date, typed)
        params = {"first": "1900", "last": "2100"} if code == "date.out_of_years" else {}
        shown = editor.date_error.text()
        assert editor.date_error.isVisible(), typed
        assert shown == _text(code, lang, text=typed, **params), shown
        assert shown != _text(code, "en", text=typed, **params)
        editor.tabs.setCurrentIndex(1)
        editor.save()
        assert editor.tabs.currentIndex() == 0 and editor.date_error.isVisible()
        assert editor.incident_id is None
    # no date at all
    editor.date.clear()
    editor.save()
    assert editor.date_error.text() == _text("incident.needs_date", lang)
    # the title is required: shown by the core's message, in the language, on the title
    editor.date.clear()
    type_text(editor.date, "2021")
    editor.tabs.setCurrentIndex(2)
    editor.save()
    qtbot.waitUntil(lambda: editor.title_error.isVisible(), timeout=5000)
    assert editor.title_error.text() == _text("text.required", lang, what=msg("field.title"))
    assert editor.tabs.currentIndex() == 0 and not editor.general_error.isVisible()
    assert editor.incident_id is None


def test_placement_follows_the_field_code_not_the_words(qtbot, editor_in):
    editor = editor_in("en")
    # "updated" and "date" in a message about the title used to send it to the date field
    editor.show_validation("The title was updated elsewhere; the date is fine.", "title")
    assert editor.title_error.isVisible() and not editor.date_error.isVisible()
    editor.show_validation("Объект 2, угроза 1: выберите вид угрозы.", "targets.2.threats.1.threat_type")
    assert editor.targets_error.isVisible() and editor.tabs.currentIndex() == 1
    editor.show_validation("Реагирование 1: дата", "responses.1.date")
    assert editor.sources_error.isVisible() and editor.tabs.currentIndex() == 2
    editor.show_validation("Something else", None)
    assert editor.general_error.isVisible()


def test_the_generic_failure_text_is_translated():
    from kkdesk.ui.worker import failure_message

    m = failure_message(RuntimeError("boom"))
    assert [render(m, lang).split(";")[0] for lang in LANGS] == [
        "Something went wrong", "Что-то пошло не так", "Бірдеңе дұрыс болмады"]
    disk = failure_message(OSError(28, "No space left on device"))
    assert render(disk, "kk") == "Файл қатесі: диск толып қалды."
