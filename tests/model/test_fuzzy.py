"""The one fuzzy matcher: scores across scripts, top-k over labelled entries with aliases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kkdesk.model.fuzzy import Choices, key_similarity, name_similarity, ratio, score
from kkdesk.model.translit import name_key


def test_scores_meet_across_scripts():
    assert ratio("Семей", "Semey") == 1.0
    assert ratio("Өскемен", "Oskemen") == 1.0
    assert 0.7 < ratio("Талдыкорган", "Taldikorgan") <= 1.0
    assert ratio("Семей", "Павлодар") < 0.5
    assert ratio("", "Semey") == 0.0


def test_score_forgives_word_order_and_an_extra_word():
    assert score("Иванов Петр", "Петр Иванов") == 1.0
    assert ratio("Иванов Петр", "Петр Иванов") < 0.8
    assert score("ТОО Адилет", "Адилет") >= 0.9
    assert score("ТОО Адилет", "Адилет") > score("ТОО Адилет", "Айгерим")


def test_name_similarity_uses_name_keys():
    assert name_similarity("Жовтис Евгений Александрович", "Yevgeniy Zhovtis") == 1.0
    close = name_similarity("Zhovtis Evgeniy", "Zhovtys Evgenij")
    far = name_similarity("Zhovtis Evgeniy", "Seitova Aigul")
    assert 0.0 <= far < 0.5 < close <= 1.0
    assert name_similarity("", "Zhovtis") == 0.0
    assert key_similarity(name_key("Zhovtis Evgeniy"), name_key("Zhovtys Evgenij"), 0.99) == 0.0


def test_choices_rank_entries_once_by_their_best_name_in_any_language():
    choices = Choices([
        ("police", "Police", ["Полиция", "Полиция (органы внутренних дел)", "ОВД", "Полиция"]),
        ("court", "Court", ["Суд", "Сот"]),
        ("prosecutor", "Prosecutor's office", ["Прокуратура", "Прокуратура"]),
    ])
    top = choices.top("полицыя", k=3)
    assert [m.key for m in top][0] == "police" and len({m.key for m in top}) == len(top)
    assert top[0].matched == "Полиция" and top[0].label == "Police"
    assert [m.score for m in top] == sorted((m.score for m in top), reverse=True)
    assert choices.exact("sot") == "court" and choices.exact("nothing") is None
    assert choices.best("Сотт", 0.8).key == "court"
    assert choices.best("zzzz", 0.8) is None
    assert len(choices.top("прокуратура", k=1)) == 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_scores_are_bounded_and_symmetric(a, b):
    for f in (ratio, score, name_similarity):
        s = f(a, b)
        assert 0.0 <= s <= 1.0
        assert abs(s - f(b, a)) < 1e-9


def test_picker_filter_lists_word_prefixes_first_then_near_misses():
    from kkdesk.model.fuzzy import Choices
    c = Choices([
        ("physical.death", "Death (a killing)", ["Гибель (убийство)", "Қаза табу (өлтіру)", "killing"]),
        ("psychological.death_threat", "Death threat", ["Угроза убийством", "Өлтіремін деп қорқыту"]),
        ("judicial.detention", "Detention", ["Задержание", "Ұстау", "apprehension"]),
        ("judicial.search", "Search", ["Обыск", "Тінту"]),
    ])
    assert [m.key for m in c.filter("Death")] == ["psychological.death_threat", "physical.death"]
    assert [m.key for m in c.filter("death thr")] == ["psychological.death_threat"]
    assert c.filter("det")[0].key == "judicial.detention"           # a prefix, not a fuzzy neighbour
    assert [m.key for m in c.filter("угроза убий")] == ["psychological.death_threat"]   # every word counts
    assert [m.key for m in c.filter("detension")] == ["judicial.detention"]   # a typo still finds it
    assert c.filter("") == [] and c.filter("wxyv") == []
