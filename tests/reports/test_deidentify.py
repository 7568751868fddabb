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
    cdb, ids = store
    return (Deidentifier.for_database(cdb, "pseudonymised"), cdb.persons.get(ids["asel"]).pseudonym,
            cdb.persons.get(ids["boris"]).pseudonym, cdb.organisations.get(ids["org"]).pseudonym)


@pytest.mark.parametrize("text, expected", [
    ("Адвокат Әсел Қуанышқызы задержана", "Адвокат {a} задержана"),
    ("Asel Kuanyshkyzy said so", "{a} said so"),
    ("Kuanyshkyzy A. was beaten", "{a} A. was beaten"),
    ("Әсел Қуанышқызына хат келді", "{a} хат келді"),           # Kazakh dative
    ("Полиция задержала Қуанышқызы", "Полиция задержала {a}"),
    ("Жаворонкова вызвали; Zhavoronkov refused", "{b} вызвали; {b} refused"),  # Russian genitive
    ("Письмо в Коллегию адвокатов Тестовой области", "Письмо в {o}"),
    ("Test Region Bar Association replied", "{o} replied"),
    ("Алматы, суд", "Алматы, суд"),                              # no name: unchanged
], ids=lambda value: "")   # no names in test ids (test output)
def test_names_become_codes_in_any_script(codes, text, expected):
    deid, a, b, o = codes
    assert deid.text(text) == expected.format(a=a, b=b, o=o)


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
    from kkdesk.store import CaseDatabase

    cdb = CaseDatabase.create(str(tmp_path / "o.kkdb"), "org passphrase", actor="t")
    try:
        org = cdb.organisations.save(Organisation(name="Общественный фонд «Тест-Защита»", kind="ngo"))
        deid = Deidentifier.for_database(cdb, "pseudonymised")
        assert deid.text("Сотрудники «Тест-Защиты» получили угрозы") == f"Сотрудники «{org.pseudonym}» получили угрозы"
    finally:
        cdb.close()


def test_a_name_stem_does_not_swallow_a_city(tmp_path):
    from kkdesk.model.entities import Person
    from kkdesk.store import CaseDatabase

    cdb = CaseDatabase.create(str(tmp_path / "p.kkdb"), "place passphrase", actor="t")
    try:
        alma = cdb.persons.save(Person(name_cyrillic="Алма Тестова", name_latin="Alma Testova"))
        deid = Deidentifier.for_database(cdb, "pseudonymised")
        assert deid.text("Алму задержали в Алматы") == f"{alma.pseudonym} задержали в Алматы"
    finally:
        cdb.close()
