"""fold, transliteration and name keys: one person across Cyrillic, Kazakh and Latin spellings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kkdesk.model.fuzzy import name_similarity as similarity
from kkdesk.model.translit import fold, has_cyrillic, name_key, to_cyrillic, to_latin

SAME_NAME_GROUPS = [
    ["Жовтис", "Zhovtis", "Jovtis", "ZHOVTIS"],
    ["Евгений", "Yevgeniy", "Evgeny", "Evgenii"],
    ["Нұр-Сұлтан", "Nur-Sultan"],
    ["Өскемен", "Oskemen"],
    ["Қасым-Жомарт", "Kassym-Jomart"],
    ["Юлия", "Yulia", "Iuliia"],
    ["Ерлан", "Yerlan"],
    ["Хасанов", "Khasanov", "Hasanov"],
    # variants beyond the required ones, each a rule of fold
    ["Мария", "Maria", "Mariya"],
    ["Васильев", "Vasilyev", "Vasil'ev", "Vasil’ev", "Vasiliev"],
    ["Николай", "Nikolai", "Nikolay"],
    ["Пётр", "Pyotr", "Петр"],
    ["Виктор", "Victor", "Viktor"],
    ["Цой", "Tsoi", "Tsoy"],
    ["Джамиля", "Dzhamilya", "Djamilya", "Jamilya"],
    ["Щербаков", "Shcherbakov", "SHCHERBAKOV"],
    ["Айбек", "Aibek", "Aybek", "Áıbek"],
    ["Шымкент", "Şymkent", "Shymkent", "Shimkent"],
    ["Қайрат", "Kairat", "Qairat", "Kaiyrat"],
    ["Андреевич", "Andreyevich", "Andreevich"],
    ["Владимир", "Wladimir"],
]


@pytest.mark.parametrize("group", SAME_NAME_GROUPS, ids=lambda g: g[1])
def test_spelling_variants_fold_to_one_form(group):
    folded = {fold(name) for name in group}
    assert len(folded) == 1, dict(zip(group, map(fold, group)))


def test_fold_forms_are_readable():
    assert fold("Жовтис") == "jovtis"
    assert fold("Евгений") == "evgeni"
    assert fold("Нұр-Сұлтан") == "nur sultan"
    assert fold("Хасанов") == "xasanov"


def test_different_names_stay_different():
    pairs = [("Жовтис", "Жуков"), ("Ерлан", "Арман"), ("Сергей", "Сергеев"), ("Ян", "Жан"),
             ("Алматы", "Астана"), ("Иван", "Ivanova")]
    for a, b in pairs:
        assert fold(a) != fold(b), (a, b)


def test_punctuation_becomes_spaces_and_digits_stay():
    assert fold("  Ст. 174 УК РК, ч.2  ") == "st 174 uk rk ch 2"
    assert fold("Иванов—Петров/Сидоров") == "ivanov petrov sidorov"
    assert fold("") == ""
    assert fold(" ... ") == ""


def test_j_is_read_as_zh_as_in_kazakh_latin():
    # A decision, not an accident: Janar/Jandos are Жанар/Жандос far more often than j is я.
    assert fold("Janar") == fold("Жанар")
    assert fold("Julia") != fold("Юлия")


_ALPHABET = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "áǵńóúýışçäöüğñū'’- .,0123456789"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30) | st.text(max_size=20))
def test_fold_is_idempotent_and_plain(text):
    once = fold(text)
    assert fold(once) == once
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", once), once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяәғқңөұүһі", min_size=1, max_size=15))
def test_latin_transliteration_folds_like_the_cyrillic(word):
    # Showing "Zhovtis" next to "Жовтис" must never hide it from a search for either.
    assert fold(to_latin(word)) == fold(word)


def test_to_latin_keeps_case_and_uses_common_forms():
    assert to_latin("Жовтис") == "Zhovtis"
    assert to_latin("ЖОВТИС") == "ZHOVTIS"
    assert to_latin("Евгений") == "Yevgeniy"
    assert to_latin("Васильев") == "Vasilyev"
    assert to_latin("Қасым-Жомарт Тоқаев") == "Kasym-Zhomart Tokayev"
    assert to_latin("Өскемен") == "Oskemen"
    assert to_latin("Щукина Юлия") == "Shchukina Yuliya"
    assert to_latin("Almaty 2021") == "Almaty 2021"


def test_to_cyrillic_suggests_russian_spelling():
    assert to_cyrillic("Zhovtis") == "Жовтис"
    assert to_cyrillic("ZHOVTIS") == "ЖОВТИС"
    assert to_cyrillic("Yevgeniy") == "Евгений"
    assert to_cyrillic("Nikolai") == "Николай"
    assert to_cyrillic("Yulia") == "Юлия"
    assert to_cyrillic("Vasilyev") == "Васильев"
    assert to_cyrillic("Shcherbakov") == "Щербаков"
    assert to_cyrillic("Khasanov Kasym") == "Хасанов Касым"
    assert to_cyrillic("Victor") == "Виктор"
    assert to_cyrillic("Şymkent") == "Шымкент"


@pytest.mark.parametrize("word", ["Жовтис", "Евгений", "Васильев", "Щербаков", "Хасанов", "Юлия"])
def test_latin_round_trip_returns_russian_spelling(word):
    assert to_cyrillic(to_latin(word)) == word


def test_has_cyrillic():
    assert has_cyrillic("Жовтис")
    assert has_cyrillic("Zhovtis Ә")
    assert has_cyrillic("қ")
    assert not has_cyrillic("Zhovtis")
    assert not has_cyrillic("Áıbek 2021")
    assert not has_cyrillic("")


def test_name_key_same_person_across_scripts_and_patronymic():
    assert name_key("Жовтис Евгений Александрович") == name_key("Yevgeniy Zhovtis")
    assert name_key("Zhovtis Yevgeniy Aleksandrovich") == name_key("Евгений Жовтис")
    assert name_key("Иванова Мария Петровна") == name_key("Maria Ivanova")
    assert name_key("Сергеева Анна Ильинична") == name_key("Anna Sergeeva")
    assert name_key("Ерлан Нурланұлы Жумабаев") == name_key("Yerlan Zhumabayev")
    assert name_key("Айгүл Ерланқызы Сейтова") == name_key("Aigul Seitova")
    assert name_key("Жумабаев Ерлан Нурлан улы") == name_key("Erlan Zhumabaev")


def test_name_key_drops_initials():
    # Initials say too little to tell people apart: only the surname is left.
    assert name_key("Zhovtis E.") == "jovtis"
    assert name_key("Жовтис Е.А.") == "jovtis"
    assert name_key("Zh. Kasymov") == name_key("Касымов")
    assert name_key("Zhovtis E.") != name_key("Yevgeniy Zhovtis")


def test_name_key_keeps_a_lone_patronymic_like_word():
    # A surname such as Abramovich is not dropped when it is the only word.
    assert name_key("Abramovich") == "abramovich"


def test_similarity():
    assert similarity("Жовтис Евгений", "Yevgeniy Zhovtis") == 1.0
    assert similarity("Zhovtis", "Жовтис") == 1.0
    close = similarity("Zhovtis Evgeniy", "Zhovtys Evgenij")
    far = similarity("Zhovtis Evgeniy", "Seitova Aigul")
    assert 0.8 <= close <= 1.0
    assert 0.0 <= far < 0.5 < close
    assert similarity("Zhovtis E.", "Yevgeniy Zhovtis") > similarity("Zhovtis E.", "Ivanov Petr")
    assert similarity("", "Zhovtis") == 0.0


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=25), st.text(alphabet=_ALPHABET, max_size=25))
def test_similarity_is_bounded_and_symmetric_on_equal_keys(a, b):
    s = similarity(a, b)
    assert 0.0 <= s <= 1.0
    if name_key(a) and name_key(a) == name_key(b):
        assert s == 1.0
