"""Full-text search across scripts, and filters, on a real encrypted database."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase
from tests import factories


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("search") / "s.kkdb", "pass", actor="tester")
    ids = factories.build(cdb)
    yield cdb, ids
    cdb.close()


@pytest.mark.parametrize("text", ["Zhovtis", "Жовтис", "жовтис", "ZHOVTIS", "Jovtis", "zhovt", "Dmitry Zhovtis"])
def test_latin_and_cyrillic_find_the_same_person(data, text):
    cdb, ids = data
    assert set(incident_ids(cdb, SearchQuery(text=text))) == {ids["incidents"][0], ids["incidents"][2]}
    assert cdb.persons.find(text)[0][0] == ids["a"]


def test_kazakh_text_and_names(data):
    cdb, ids = data
    assert incident_ids(cdb, SearchQuery(text="Қуанышқызы")) == incident_ids(cdb, SearchQuery(text="Kuanyshkyzy"))
    assert ids["incidents"][0] in incident_ids(cdb, SearchQuery(text="қорғаушыға"))
    assert ids["incidents"][0] in incident_ids(cdb, SearchQuery(text="korgaushyga"))


def test_search_covers_sources_responses_and_organisations(data):
    cdb, ids = data
    assert incident_ids(cdb, SearchQuery(text="example.org")) == [ids["incidents"][0]]
    assert incident_ids(cdb, SearchQuery(text="Bar Association")) == [ids["incidents"][2]]
    assert incident_ids(cdb, SearchQuery(text="nothing-like-this")) == []


def test_filters_and_order(data):
    cdb, ids = data
    i1, i2, i3, i4 = ids["incidents"]
    assert incident_ids(cdb) == [i4, i3, i1, i2]  # newest first by the first day covered
    assert incident_ids(cdb, order="date", descending=False) == [i2, i1, i3, i4]
    assert incident_ids(cdb, SearchQuery(cities=["almaty"])) == [i3, i1]
    assert incident_ids(cdb, SearchQuery(regions=["karaganda"])) == [i4]
    assert incident_ids(cdb, SearchQuery(categories=["journalist"])) == [i1, i2]
    assert incident_ids(cdb, SearchQuery(threat_types=["judicial.fine"])) == [i2]
    assert incident_ids(cdb, SearchQuery(threat_groups=["physical"])) == [i4]
    assert incident_ids(cdb, SearchQuery(sources=["court"])) == [i3, i2]
    assert incident_ids(cdb, SearchQuery(genders=["female"])) == [i4, i1, i2]
    assert incident_ids(cdb, SearchQuery(statuses=["verified"])) == [i1]
    assert incident_ids(cdb, SearchQuery(confidentiality=["confidential"])) == [i4]
    assert incident_ids(cdb, SearchQuery(tags=["needs legal aid"])) == [i1]
    assert incident_ids(cdb, SearchQuery(person_tags=["at high risk"])) == [i3, i1]
    assert incident_ids(cdb, SearchQuery(risk_levels=["high"])) == [i3, i1]
    assert incident_ids(cdb, SearchQuery(date_from="2021", date_to="2021")) == [i4, i3]
    assert incident_ids(cdb, SearchQuery(text="адвокат", cities=["almaty"], date_from="2021-01-01")) == [i3]
    # a target filter and a threat filter must hold for the same target
    assert incident_ids(cdb, SearchQuery(categories=["journalist"], sources=["prosecutor"])) == []


def test_saved_search_round_trip_and_bad_dates(data):
    q = SearchQuery(text="Жовтис", cities=["almaty"], date_from="2017-01-01")
    assert SearchQuery.from_json(q.to_json()) == q
    cdb, _ = data
    with pytest.raises(InvalidInput):
        incident_ids(cdb, SearchQuery(date_from="the day after"))
    with pytest.raises(InvalidInput):
        incident_ids(cdb, order="colour")
