"""The de-identification profiles: names in any script and declined form become codes; public
output keeps only public records, coarse dates and regions."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.reports.deidentify import Deidentifier
from tests.reports.conftest import NAMES


@pytest.fixture(scope="module")
def codes(store):
    """A de-identifier bound to a record whose targets are Asel, Boris and the organisation."""
    cdb, ids = store
    deid = Deidentifier.for_database(cdb, "pseudonymised", "ru")
    return (deid.for_targets([ids["asel"], ids["boris"]], [ids["org"]]), cdb.persons.get(ids["asel"]).pseudonym,
            cdb.persons.get(ids["boris"]).pseudonym, cdb.organisations.get(ids["org"]).pseudonym)


@pytest.mark.parametrize("text, expected", [
    ("Адвокат Әсел Қуанышқызы задержана", "Адвокат {a} задержана"),
    ("Asel Kuanyshkyzy said so", "{a} said so"),
    ("Kuanyshkyzy A. was beaten", "{a}. was beaten"),                # the initial goes with the name
    ("А. Қуанышқызы и Қуанышқызы Ә.Б. пришли", "{a} и {a}. пришли"),
    ("Әсел Қуанышқызына хат келді", "{a} хат келді"),           # Kazakh dative
    ("Қуанышқызының үйі, Қуанышқызымен", "{a} үйі, {a}"),        # genitive, instrumental
    ("Полиция задержала Қуанышқызы", "Полиция задержала {a}"),
    ("Жаворонкова вызвали; Zhavoronkov refused", "{b} вызвали; {b} refused"),  # Russian genitive
    ("Жаворонковым, Жаворонкову, Жаворонкове", "{b}, {b}, {b}"),
    ("Жаворонковқа, Жаворонковтың, Жаворонковпен", "{b}, {b}, {b}"),          # Kazakh cases
    ("#СвободуЖаворонкову", "#Свободу{b}"),                                   # inside a hashtag
    ("#свободужаворонкову", "#{b}"),
    ("https://news.example.org/boris-zhavoronkov-detained", "https://news.example.org/{b}-detained"),
    ("Письмо в Коллегию адвокатов Тестовой области", "Письмо в {o}"),
    ("Test Region Bar Association replied", "{o} replied"),
    ("Алматы, суд", "Алматы, суд"),                              # no name: unchanged
], ids=lambda value: "")   # no names in test ids (test output)
def test_names_of_the_records_people_become_their_codes(codes, text, expected):
    deid, a, b, o = codes
    assert deid.text(text) == expected.format(a=a, b=b, o=o)


def test_a_person_not_linked_to_the_record_never_gets_a_code(store):
    """Dana is in the registry but not a target here: her name goes, and so does any hint of her code."""
    cdb, ids = store
    deid = Deidentifier.for_database(cdb, "pseudonymised", "ru").for_targets([ids["asel"]])
    dana = cdb.persons.get(ids["dana"]).pseudonym
    out = deid.text("Дана Серікболқызы и Серікболқызына звонили; Коллегия адвокатов Тестовой области молчит")
    assert out == "[имя] и [имя] звонили; [организация] молчит"
    assert dana not in out
    assert Deidentifier.for_database(cdb, "pseudonymised", "kk").for_targets([]).text("Дана") == "[есімі]"
    # unbound (a screen hiding names from onlookers), a mention that can be only Dana shows her code
    assert Deidentifier.for_database(cdb, "pseudonymised", "kk").text("Дана") == dana


def test_a_first_name_two_people_share_is_a_placeholder(tmp_path):
    """The reported defect: 'Нурлану' alone became the code of another Nurlan. Alone it is ambiguous;
    with the surname it is the one person."""
    from kkdesk.model.entities import Person
    from kkdesk.records import CaseDatabase

    cdb = CaseDatabase.create(str(tmp_path / "n.kkdb"), "nurlan passphrase", actor="t")
    try:
        a = cdb.persons.save(Person(name_cyrillic="Нурлан Әбдірахманов", name_latin="Nurlan Abdirakhmanov"))
        b = cdb.persons.save(Person(name_cyrillic="Нурлан Тестбаев", name_latin="Nurlan Testbaev"))
        deid = Deidentifier.for_database(cdb, "pseudonymised", "ru").for_targets([a.id])
        assert deid.text("Угрозы адвокату Нурлану Әбдірахманову") == f"Угрозы адвокату {a.pseudonym}"
        assert deid.text("Нурлану позвонили") == "[имя] позвонили"
        assert deid.text("Әбдірахмановқа хат келді") == f"{a.pseudonym} хат келді"
        # Testbaev is not linked: his full name is a placeholder, never his code
        assert deid.text("Нурлан Тестбаев пришёл") == "[имя] пришёл"
        assert b.pseudonym not in deid.text("Нурлан Тестбаев, Тестбаеву, Nurlan Testbaev")
    finally:
        cdb.close()


def test_names_not_in_the_registry_are_flagged_and_replaced_on_request(store):
    cdb, ids = store
    keep = Deidentifier.for_database(cdb, "pseudonymised", "ru", unknown="keep").for_targets([ids["asel"]])
    text = "Свидетель Болат Тестиков видел; Б. Тестиков и С.К. Омартестов; Иван Петрович ушёл"
    assert keep.unknown_names(text) == ["Болат Тестиков", "Б. Тестиков", "С.К. Омартестов", "Иван Петрович"]
    assert keep.text(text) == text
    assert keep.unknown == {"Болат Тестиков", "Б. Тестиков", "С.К. Омартестов", "Иван Петрович"}
    replace = Deidentifier.for_database(cdb, "pseudonymised", "en", unknown="replace")
    assert replace.text(text) == "Свидетель [name] видел; [name] и [name]; [name] ушёл"
    public = Deidentifier.for_database(cdb, "public", "ru", unknown="keep")   # public always replaces
    assert "Тестиков" not in public.text(text)
    # words that only look like names are left alone
    for plain in ("Верховный Суд Республики Казахстан", "Бостандыкский районный суд", "Данные из Алматы"):
        assert keep.unknown_names(plain) == [] and keep.text(plain) == plain


def test_ask_raises_with_the_names_but_a_message_without_them(store):
    from kkdesk.reports.deidentify import UnknownNamesFound

    cdb, _ids = store
    deid = Deidentifier.for_database(cdb, "pseudonymised", "ru", unknown="ask")
    deid.check_unknown_names()             # nothing seen yet
    Deidentifier.for_database(cdb, "full", "ru", unknown="ask").text("Болат Тестиков видел")
    deid.for_targets([]).text("Болат Тестиков видел")
    with pytest.raises(UnknownNamesFound) as err:
        deid.check_unknown_names()
    assert err.value.names == ("Болат Тестиков",) and "Тестиков" not in str(err.value)


def test_full_profile_changes_nothing(store):
    cdb, _ = store
    deid = Deidentifier.for_database(cdb, "full")
    assert deid.text("Әсел Қуанышқызы") == "Әсел Қуанышқызы"
    assert deid.date(PartialDate("2019-06-09")) == PartialDate("2019-06-09")


def test_public_profile_coarsens(store):
    cdb, _ = store
    deid = Deidentifier.for_database(cdb, "public")
    assert deid.date(PartialDate("2019-06-09")) == PartialDate("2019-06")
    assert deid.date(PartialDate("2021-05-03", "2021-06-10")) == PartialDate("2021-05", "2021-06")
    assert deid.date(PartialDate("2021-05-03", "2021-05-20")) == PartialDate("2021-05")
    assert deid.date(PartialDate("2020")) == PartialDate("2020")
    assert deid.city("almaty") is None and deid.day("2019-06-10") == "2019-06"
    assert not deid.keeps_incident("restricted") and deid.keeps_incident("public")
    assert deid.private("+7 700") == "" and deid.actor("monitor-7") == ""
    assert not any(n in deid.text(" ".join(NAMES)) for n in NAMES)


def test_unknown_profile_is_refused(store):
    cdb, _ = store
    with pytest.raises(InvalidInput):
        Deidentifier.for_database(cdb, "anonymous")


def test_organisation_known_by_its_quoted_name(tmp_path):
    from kkdesk.model.entities import Organisation
    from kkdesk.records import CaseDatabase

    cdb = CaseDatabase.create(str(tmp_path / "o.kkdb"), "org passphrase", actor="t")
    try:
        org = cdb.organisations.save(Organisation(name="Общественный фонд «Тест-Защита»", kind="ngo"))
        deid = Deidentifier.for_database(cdb, "pseudonymised").for_targets(org_ids=[org.id])
        assert deid.text("Сотрудники «Тест-Защиты» получили угрозы") == f"Сотрудники «{org.pseudonym}» получили угрозы"
    finally:
        cdb.close()


def test_a_name_stem_does_not_swallow_a_city(tmp_path):
    from kkdesk.model.entities import Person
    from kkdesk.records import CaseDatabase

    cdb = CaseDatabase.create(str(tmp_path / "p.kkdb"), "place passphrase", actor="t")
    try:
        alma = cdb.persons.save(Person(name_cyrillic="Алма Тестова", name_latin="Alma Testova"))
        deid = Deidentifier.for_database(cdb, "pseudonymised").for_targets([alma.id])
        assert deid.text("Алму задержали в Алматы") == f"{alma.pseudonym} задержали в Алматы"
    finally:
        cdb.close()
