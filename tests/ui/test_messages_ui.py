"""The editor in Russian and Kazakh: each validation error it can meet is shown in the interface
language, next to the field its code names (never found by its wording)."""

from __future__ import annotations

import pytest

from kkdesk.messages import CATALOGUE, LANGS, Message, msg, placeholders, render
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


# ----- the import wizard's problem list ------------------------------------------------------------

# Problem kinds of a spreadsheet import: every import.* code a Problem can carry (the summary's lines,
# the rules' words and the row/column frames are checked through the report and the table).
NOT_PROBLEMS = ("import.report.", "import.rule", "import.at_", "import.warning", "import.no_close_term",
                "import.has_problems")
PROBLEM_KINDS = sorted(c for c in CATALOGUE if c.startswith("import.") and not c.startswith(NOT_PROBLEMS))


def _sample(code: str) -> Message:
    """The message of code with a sample value for each of its parameters (numbers where counted)."""
    numeric = {"count", "row", "limit", "target", "threat", "source", "response", "n"}
    return msg(code, **{p: (3 if p in numeric else "Алматы") for p in placeholders(CATALOGUE[code][0])})


def _to_check_page(qtbot, main, path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    wizard = main.open_import()
    wizard.page(0).path.setText(str(path))
    for expected in (1, 2, 3):
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled, timeout=20000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=expected: wizard.currentId() == n, timeout=20000)
    page = wizard.page(3)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    return wizard, page


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_each_import_problem_kind_is_shown_in_the_language(qtbot, make_app, tmp_path, lang):
    from kkdesk.importer.plan import Problem

    path = tmp_path / "imp.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    sheet = tmp_path / "угрозы.csv"
    sheet.write_text("Дата;ФИО;Вид угрозы;Город\n31.02.2021;Тестов Ержан;задержание;Алматы\n"
                     "2021;Тестова Айгуль;космическая угроза;\n;Образцов Иван;задержание;Алматы\n", encoding="utf-8")
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    wizard, page = _to_check_page(qtbot, main, sheet)
    plan = wizard.plan
    # the file's own problems, as the check found them
    assert {p.code for p in plan.problems} >= {"date.not_real", "import.unmapped_value", "import.date_empty",
                                                "import.city_empty"}
    shown = [page.problems.item(r, 2).text() for r in range(page.problems.rowCount())]
    english = [render(p.detail, "en") for p in plan.problems]
    assert len(shown) == len(plan.problems)
    for text, p, en in zip(shown, plan.problems, english):
        assert render(p.detail, lang)[1:] in text and en[1:] not in text, text
    summary = page.summary.toPlainText().splitlines()
    assert summary and not set(summary) & set(plan.report("en").splitlines()), summary
    # every other kind a problem can be, through the same table
    plan.problems = [Problem(n + 1, "Город", _sample(code), "warning" if n % 2 else "error")
                     for n, code in enumerate(PROBLEM_KINDS)]
    page._show(plan)
    for row, code in enumerate(PROBLEM_KINDS):
        text = page.problems.item(row, 2).text()
        assert render(plan.problems[row].detail, lang)[1:] in text, code
        assert render(plan.problems[row].detail, "en")[1:] not in text, f"{code} is shown in English: {text}"
    wizard.button(wizard.WizardButton.CancelButton).click()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_progress_of_core_work_reaches_the_screen_in_the_interface_language(qapp, tmp_path, lang):
    """A job dialog's label comes from the core's progress reports: they arrive in the language."""
    from kkdesk.store.verify import verify
    from kkdesk.ui.worker import QtProgress

    english = {render(msg(code), "en") for code in CATALOGUE if code.startswith("progress.")}
    cdb = CaseDatabase.create(tmp_path / "progress.kkdb", PASSPHRASE)
    try:
        assert i18n.set_language(lang)
        progress, seen = QtProgress(), []
        progress.changed.connect(lambda _fraction, text: seen.append(text))
        assert verify(cdb, progress=progress).ok
        assert render(msg("progress.verify_attachments"), lang) in seen
        assert render(msg("progress.done"), lang) in seen
        assert not english & set(seen)
    finally:
        cdb.close()
        i18n.set_language("en")


def test_printing_failures_are_catalogue_messages(qapp):
    """The desktop's Print command reports a failure in the interface language, as the core does."""
    from kkdesk.ui.pdf_print import PrintUnavailable, _poppler_pages

    with pytest.raises(PrintUnavailable) as info:
        list(_poppler_pages(b"not a pdf", 72))
    assert info.value.code == "print.renderer_failed"
    for lang in ("ru", "kk"):
        assert info.value.render(lang) == render(msg("print.renderer_failed"), lang) != info.value.render("en")
