"""Messages are data: every code has ru and kk text with exactly its parameters, plurals follow each
language, errors carry code, field and parameters, and no code (core, command line or desktop) raises English sentences: it raises codes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kkdesk.errors import InvalidInput, KkdeskError, StaleRecord
from kkdesk.messages import (
    CATALOGUE, LANGS, PLURAL_FORMS, Message, language_from_environment, msg, placeholders, plural_form, render,
)
from kkdesk.model.dates import PartialDate

ROOT = Path(__file__).resolve().parent.parent
CORE = [p for p in (ROOT / "kkdesk").rglob("*.py") if p.relative_to(ROOT / "kkdesk").parts[0] not in ("ui", "cli")]
CLI = sorted((ROOT / "kkdesk" / "cli").rglob("*.py"))
UI = sorted((ROOT / "kkdesk" / "ui").rglob("*.py"))


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_en_ru_kk_text_with_exactly_its_parameters(code):
    entry = CATALOGUE[code]
    assert len(entry) == len(LANGS), f"{code}: needs a text in each of {LANGS}"
    declared = placeholders(entry[0])
    for lang, text in zip(LANGS, entry):
        assert text, f"{code} has no {lang} text"
        if isinstance(text, dict):
            assert set(text) == set(PLURAL_FORMS[lang]), f"{code}: {lang} needs the forms {PLURAL_FORMS[lang]}"
            assert "count" in declared, f"{code}: plural forms are chosen by a 'count' parameter"
            for form, t in text.items():
                assert placeholders(t) == declared, f"{code} [{lang}/{form}] uses {placeholders(t)}, not {declared}"
        else:
            assert placeholders(text) == declared, f"{code} [{lang}] uses {placeholders(text)}, not {declared}"


@pytest.mark.parametrize("code", sorted(c for c in CATALOGUE if c != "error.untranslated"))
def test_russian_and_kazakh_texts_are_written_in_those_languages(code):
    en, ru, kk = (t if isinstance(t, str) else " ".join(t.values()) for t in CATALOGUE[code])
    if not any(ch.isalpha() for ch in re.sub(r"\{\w+\}|kkdesk", "", en)):
        return   # no words to translate ("  - {text}", "{start} – {end}", "kkdesk: {text}")
    for lang, text in (("ru", ru), ("kk", kk)):
        assert text != en, f"{code}: the {lang} text is the English one"
        words = re.sub(r"\{\w+\}", "", text)
        assert not any(ch.isalpha() for ch in words) or any("а" <= ch.lower() <= "я" or ch in "әғқңөұүһіё"
                                                            for ch in words), f"{code} [{lang}] has no Cyrillic"


def test_plural_forms_follow_each_language():
    assert [plural_form(n, "ru") for n in (1, 2, 5, 11, 12, 21, 22, 25, 101, 111)] == \
        ["one", "few", "many", "many", "many", "one", "few", "many", "one", "many"]
    assert [plural_form(n, "kk") for n in (1, 2, 21)] == ["one", "other", "other"]
    assert [plural_form(n, "en") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert render(msg("person.in_use", count=1), "en") == \
        "This person is a target in 1 incident; remove them there first."
    assert "3 инцидентах" in render(msg("person.in_use", count=3), "ru")
    assert "21 инциденте" in render(msg("person.in_use", count=21), "ru")
    assert "1\u00a0001 инциденте" in render(msg("person.in_use", count=1001), "ru")
    assert "3 оқиғада" in render(msg("person.in_use", count=3), "kk")


def test_nested_messages_render_in_the_same_language():
    m = msg("text.required", field="title", what=msg("field.title"))
    assert render(m, "en") == "The title is required."
    assert render(m, "ru") == "Заголовок: обязательное поле."
    assert render(m, "kk") == "Тақырып: міндетті өріс."


def test_an_error_carries_code_field_and_parameters_and_renders_per_language():
    with pytest.raises(InvalidInput) as caught:
        PartialDate.parse("31.02.2021")
    err = caught.value
    assert (err.code, err.field, err.message.params["text"]) == ("date.not_real", "date", "31.02.2021")
    assert str(err) == "The date '31.02.2021' is not a real calendar date."
    assert err.render("ru") == "Даты «31.02.2021» нет в календаре."
    assert err.render("kk") == "«31.02.2021» күні күнтізбеде жоқ."
    again = StaleRecord("record.stale")
    assert isinstance(again, KkdeskError) and again.render("kk").startswith("Бұл жазба")


def test_an_unknown_code_is_a_programming_error_not_a_silent_message():
    with pytest.raises(KeyError):
        msg("no.such.code")


def test_language_comes_from_kkdesk_lang_then_the_locale():
    assert language_from_environment({"KKDESK_LANG": "kk", "LANG": "ru_RU.UTF-8"}) == "kk"
    assert language_from_environment({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert language_from_environment({"LC_ALL": "kk_KZ.UTF-8", "LANG": "en_US.UTF-8"}) == "kk"
    assert language_from_environment({"LC_MESSAGES": "ru_KZ", "LANG": "en_GB"}) == "ru"
    assert language_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert language_from_environment({"LANG": "de_DE.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"


# ----- the core raises codes, not English sentences ---------------------------------------------

def _error_classes() -> set[str]:
    """Names of KkdeskError and every subclass of it anywhere in kkdesk (ImportFileError, BundleRejected,
    the desktop's PrintUnavailable…); importing the desktop modules needs Qt, not a display."""
    import importlib
    import pkgutil

    import kkdesk

    for info in pkgutil.walk_packages(kkdesk.__path__, "kkdesk."):
        if info.name != "kkdesk.__main__":
            importlib.import_module(info.name)
    found, todo = set(), [KkdeskError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def untranslated_raise_sites(paths) -> list[str]:
    """file:line of every `raise SomeKkdeskError(<string>)` whose first argument is not a catalogue code."""
    classes = _error_classes()
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            called = (node.func.id if isinstance(node.func, ast.Name) else
                      node.func.attr if isinstance(node.func, ast.Attribute) else None) if isinstance(node, ast.Call) else None
            if called not in classes:
                continue
            first = node.args[0] if node.args else None
            ok = (isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value in CATALOGUE
                  and first.value != "error.untranslated")
            ok = ok or (first is not None and not isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)))
            if not ok:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_finder_sees_english_sentences_and_f_strings():
    import tempfile

    with tempfile.TemporaryDirectory(dir=ROOT) as folder:
        probe = Path(folder) / "probe.py"
        probe.write_text('raise InvalidInput("The title is required.")\nraise InvalidInput(f"Row {n}")\n'
                         'raise InvalidInput("record.stale")\nraise NotFound(message)\n'
                         'raise envelope.BundleRejected("The bundle is bad.")\n', encoding="utf-8")
        assert [s.rsplit(":", 1)[1] for s in untranslated_raise_sites([probe])] == ["1", "2", "5"]


def test_the_core_raises_catalogue_codes():
    assert len(CORE) > 40
    assert untranslated_raise_sites(CORE) == []


def test_the_command_line_and_the_desktop_raise_catalogue_codes():
    """A desktop worker function or a command raises to a user as much as the core does."""
    assert len(CLI) > 5 and len(UI) > 20
    assert untranslated_raise_sites(CLI + UI) == []


def shown_exception_texts(paths) -> list[str]:
    """file:line of every `str(exc)` / `exc.strerror` / `exc.args` in the desktop and the command line:
    an exception's own text is English (or the OS's); a user reads `user_message(exc)` / `exc.render(lang)`."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        caught = {h.name for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and h.name}
        for node in ast.walk(tree):
            named = None
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("str", "repr")
                    and node.args and isinstance(node.args[0], ast.Name)):
                named = node.args[0].id
            elif isinstance(node, ast.Attribute) and node.attr in ("strerror", "args") and isinstance(node.value, ast.Name):
                named = node.value.id
            elif isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Name):
                named = node.value.id
            if named in caught:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_finder_sees_an_exception_shown_as_its_own_text():
    import tempfile

    with tempfile.TemporaryDirectory(dir=ROOT) as folder:
        probe = Path(folder) / "probe.py"
        probe.write_text("try:\n    pass\nexcept OSError as exc:\n    box(str(exc))\n    box(exc.strerror)\n"
                         "    box(f'failed: {exc}')\n    box(user_message(exc))\n    box(str(other))\n",
                         encoding="utf-8")
        assert [s.rsplit(":", 1)[1] for s in shown_exception_texts([probe])] == ["4", "5", "6"]


def test_no_exception_text_is_shown_as_it_is():
    assert shown_exception_texts(CLI + UI) == []


def test_a_message_is_plain_data():
    m = Message("date.not_real", {"text": "31.02.2021"}, "date")
    assert m == msg("date.not_real", field="date", text="31.02.2021")
    assert str(m) == "The date '31.02.2021' is not a real calendar date."


# ----- messages name values by their labels, not their codes ------------------------------------

def _refused(call) -> KkdeskError:
    with pytest.raises(KkdeskError) as caught:
        call()
    return caught.value


def test_messages_name_criteria_choices_and_dimensions_by_their_labels_in_each_language(new_db):
    """A criterion, a list of allowed values and a statistics dimension are named as the reader reads
    them ("Потенциальная или реальная", "Женщина"), not as codes ("reality", "female")."""
    from kkdesk import stats
    from kkdesk.model.entities import Incident, Person, Target, Threat

    person = new_db.persons.save(Person(name_latin="Fictional Testova"))
    bad_threat = Incident("Test", PartialDate.parse("2020"), targets=[Target(person_id=person.id, threats=[
        Threat("judicial.detention", reality="imaginary")])])
    refused = {
        "criterion": _refused(lambda: new_db.incidents.save(bad_threat)),
        "gender": _refused(lambda: new_db.persons.save(Person(name_latin="Fictional Testov", gender="robot"))),
        "dimension": _refused(lambda: stats.count_by(new_db, "colour", "threats")),
        "repeated": _refused(lambda: stats.repeated_by(new_db, "threat_type")),
        "unit": _refused(lambda: stats.count_by(new_db, "year", "apples")),
    }
    assert refused["criterion"].field == "targets.1.threats.1.reality"
    expected = {
        "ru": {"criterion": ["«Потенциальная или реальная»", "Реальная (осуществлённая)"],
               "gender": ["Пол:", "Женщина", "Мужчина"],
               "dimension": ["«colour»", "year (год)", "category_group (категория правозащитника", "reality (Потенциальная"],
               "repeated": ["threat_type (вид угрозы)"], "unit": ["threats (угрозы)"]},
        "kk": {"criterion": ["«Ықтимал немесе нақты»", "Нақты (жүзеге асқан)"],
               "gender": ["Жынысы:", "Әйел"],
               "dimension": ["«colour»", "year (жыл)", "threat_type (қатер түрі)", "reality (Ықтимал"],
               "repeated": ["threat_type (қатер түрі)"], "unit": ["persons (тұлғалар)"]},
    }
    codes = re.compile(r"\b(potential|actual|female|male|defender|threat type|source of)\b")
    for lang, wanted in expected.items():
        for case, words in wanted.items():
            text = refused[case].render(lang)
            assert all(w in text for w in words), (case, text)
            assert not codes.search(text), (case, text)
    assert stats.label(new_db, "reality", "actual", "kk") == "Нақты (жүзеге асқан)"
