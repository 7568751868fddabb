"""Merging persons you can trust (issue 13): per-field choices, lists united, every affected
incident's history, undo of the last merge; duplicate scoring that ranks different people (another
first name, surname or father) below records that really are one person. Fictional names."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.model.fuzzy import name_conflicts, person_similarity
from kkdesk.records import CaseDatabase

SAME = [  # really one person, written differently
    (["Жовтис Евгений Александрович"], ["Yevgeniy Zhovtis"]),
    (["Бахытжан Торегожина"], ["Bakhytzhan Toregozhina"]),
    (["Нурланов Ерлан"], ["Нурлнов Ерлан"]),                       # a typo
    (["Сейтов Ұлан Ерланұлы"], ["Ulan Seitov"]),
    (["Zhovtis E."], ["Yevgeniy Zhovtis"]),
]
DIFFERENT = [  # similar names, different people
    (["Асель Құдайберген"], ["Әсем Құдайберген"]),
    (["Ұлан Сейтов"], ["Руслан Сейтов"]),
    (["Каримова Динара"], ["Қасымова Динара"]),
    (["Каримова Асель Бахытовна"], ["Каримова Асель Нурлановна"]),
]


def test_different_people_rank_below_one_person():
    same = [person_similarity(a, b) for a, b in SAME]
    different = [person_similarity(a, b) for a, b in DIFFERENT]
    assert max(different) < min(same), (same, different)
    assert name_conflicts(*DIFFERENT[3]) == ["patronymic"]
    assert all("name" in name_conflicts(a, b) for a, b in DIFFERENT[:3])
    assert all(name_conflicts(a, b) == [] for a, b in SAME[:4])


def test_possible_duplicates_ranks_them_so(tmp_path):
    with CaseDatabase.create(tmp_path / "d.kkdb", "merge test passphrase") as cdb:
        ids = {}
        for a, b in SAME + DIFFERENT:
            for names in (a, b):
                name = names[0]
                p = Person(name_cyrillic=name) if any("\u0400" <= c <= "\u04ff" for c in name) else Person(name_latin=name)
                ids[name] = cdb.persons.save(p).id
        ranked = cdb.persons.possible_duplicates()
        score = {frozenset((a, b)): s for a, b, s in ranked}
        same = [score.get(frozenset((ids[a[0]], ids[b[0]]))) for a, b in SAME[:4]]
        different = [score.get(frozenset((ids[a[0]], ids[b[0]]))) for a, b in DIFFERENT]
        assert None not in same                                 # one person: always proposed
        proposed = [d for d in different if d is not None]
        assert len(proposed) >= 3 and max(proposed) < min(same)  # different people: lower, if at all


@pytest.fixture
def two(tmp_path):
    cdb = CaseDatabase.create(tmp_path / "m.kkdb", "merge test passphrase")
    keep = cdb.persons.save(Person(name_cyrillic="Айгерим Тестова", risk_level="high", gender="unknown",
                                   categories=["journalist"], tags=["almaty"], contact="+7 700 000 00 01",
                                   notes="first record"))
    gone = cdb.persons.save(Person(name_latin="Aigerim Testova", name_cyrillic="Айгерім Тестова",
                                   risk_level="unknown", gender="female", aliases=["A. Testova"],
                                   categories=["lawyer"], tags=["court"], contact="", notes="second record"))
    incs = [cdb.incidents.save(Incident(title=f"Fictional case {n}", date=PartialDate(f"202{n}"),
                                        targets=[Target(person_id=pid, threats=[Threat("judicial.arrest")])]))
            for n, pid in ((1, keep.id), (2, gone.id), (3, gone.id))]
    yield cdb, keep, gone, incs
    cdb.close()


def test_merge_keeps_the_chosen_fields_unites_lists_and_records_every_incident(two):
    cdb, keep, gone, incs = two
    merged = cdb.persons.merge(keep.id, gone.id, take={"name_cyrillic": "other"})
    assert merged.risk_level == "high"                     # never lost to the other's "unknown"
    assert merged.gender == "female"                       # unknown takes the other's
    assert merged.name_cyrillic == "Айгерім Тестова" and merged.name_latin == "Aigerim Testova"
    assert set(merged.aliases) == {"Айгерим Тестова", "A. Testova"}
    assert merged.categories == ["journalist", "lawyer"] and set(merged.tags) == {"almaty", "court"}
    assert merged.contact == "+7 700 000 00 01" and merged.notes == "first record\nsecond record"
    for inc in incs[1:]:
        assert cdb.incidents.get(inc.id).targets[0].person_id == keep.id
        entries = cdb.history.for_entity(inc.uuid)
        assert any(e.changes and e.changes.get("person_merged") == {"from": gone.uuid, "into": keep.uuid}
                   for e in entries)
    assert cdb.persons.last_merge()["gone"] == gone.uuid


def test_undo_of_the_last_merge(two):
    cdb, keep, gone, incs = two
    cdb.persons.merge(keep.id, gone.id, take={"risk_level": "other"})
    kept, restored = cdb.persons.undo_last_merge()
    assert (kept.risk_level, kept.gender, kept.aliases, kept.categories) == ("high", "unknown", [], ["journalist"])
    assert restored.uuid == gone.uuid and restored.pseudonym == gone.pseudonym
    assert (restored.name_latin, restored.categories, restored.aliases) == ("Aigerim Testova", ["lawyer"], ["A. Testova"])
    assert [cdb.incidents.get(i.id).targets[0].person_id for i in incs] == [keep.id, restored.id, restored.id]
    assert any(e.changes and "person_merge_undone" in e.changes for e in cdb.history.for_entity(incs[2].uuid))
    assert cdb.persons.last_merge() is None
    with pytest.raises(InvalidInput):
        cdb.persons.undo_last_merge()
    cdb.persons.merge(keep.id, restored.id)
    edited = cdb.persons.get(keep.id)
    edited.notes = "edited after the merge"
    cdb.persons.save(edited)
    with pytest.raises(InvalidInput) as refused:
        cdb.persons.undo_last_merge()                       # would overwrite a later edit
    assert refused.value.code == "person.merge_undo_changed"
