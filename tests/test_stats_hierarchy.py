"""The defender category and source hierarchies in statistics: a child term counts under its
parent in the roll-up dimensions and filters, once per counted unit, the same in SQL and in the facts."""

from __future__ import annotations

import pytest

from kkdesk import stats
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.search import SearchQuery, incident_ids


@pytest.fixture(scope="module")
def cdb(tmp_path_factory):
    db = CaseDatabase.create(tmp_path_factory.mktemp("tree") / "t.kkdb", "pass")
    adv = db.persons.save(Person(name_latin="Test Advocate", gender="female", categories=["advocate"]))
    cons = db.persons.save(Person(name_latin="Test Consultant", gender="male", categories=["legal_consultant"]))
    jour = db.persons.save(Person(name_latin="Test Journalist", gender="male", categories=["journalist"]))
    bar = db.organisations.save(Organisation(name="Тестовая коллегия", kind="bar_association"))
    db.incidents.save(Incident(title="a", date=PartialDate("2018-02-03"), city="almaty", targets=[
        Target(person_id=adv.id, category="advocate", threats=[
            Threat("professional.licence_revocation", sources=["ministry_of_justice", "ministry_of_finance"]),
            Threat("judicial.search", sources=["police"])]),
        Target(person_id=cons.id, category="legal_consultant", threats=[Threat("judicial.fine", sources=["court"])]),
        Target(organisation_id=bar.id, threats=[Threat("judicial.search", sources=["ministry"])])]))
    db.incidents.save(Incident(title="b", date=PartialDate("2019"), city="astana", targets=[
        Target(person_id=jour.id, category="journalist", threats=[Threat("psychological.insult",
                                                                          sources=["ministry_other"])]),
        Target(person_id=adv.id, category="lawyer", threats=[Threat("psychological.insult", sources=["court"])])]))
    yield db
    db.close()


def _both(cdb, by, unit, q=None) -> dict:
    """The answer of plain SQL, checked equal to the in-memory facts'."""
    want = stats._count_by_sql(cdb, by, unit, q)
    stats.prepare(cdb)
    got = stats.count_by(cdb, by, unit, q)
    assert (got.rows, got.total) == (want.rows, want.total)
    return {tuple(r[d] for d in by): r["count"] for r in want.rows}


def test_children_count_under_their_parent(cdb):
    assert _both(cdb, ["category"], "persons") == {
        ("advocate",): 1, ("journalist",): 1, ("lawyer",): 1, ("legal_consultant",): 1}
    groups = _both(cdb, ["category_group"], "persons")
    assert groups[("lawyer",)] == 2 and groups[("journalist",)] == 1   # the advocate counted once as a lawyer
    assert _both(cdb, ["category_group"], "threats")[("lawyer",)] == 4
    cats = _both(cdb, ["category"], "threats")
    assert (cats[("advocate",)], cats[("legal_consultant",)], cats[("lawyer",)]) == (2, 1, 1)


def test_source_groups_count_a_threat_once(cdb):
    groups = _both(cdb, ["source_group"], "threats")
    # licence revocation (justice + finance) once, the bar's search ("ministries" itself), the insult (other)
    assert groups[("ministry",)] == 3
    both = _both(cdb, ["source", "source_group"], "threats")
    assert both[("ministry_of_justice", "ministry")] == 1 and both[("police", "police")] == 1
    assert _both(cdb, ["source_group", "year"], "persons")[("ministry", 2018)] == 1


def test_filters_on_a_parent_keep_its_children(cdb):
    q = SearchQuery(categories=["lawyer"])
    assert _both(cdb, [], "persons", q)[()] == 2
    assert _both(cdb, [], "persons", SearchQuery(sources=["ministry"]))[()] == 2   # advocate, journalist
    assert len(incident_ids(cdb, SearchQuery(categories=["legal_consultant"]))) == 1
    assert len(incident_ids(cdb, q)) == 2


def test_organisations_by_kind(cdb):
    assert _both(cdb, ["org_kind"], "organisations") == {("bar_association",): 1}
    assert _both(cdb, ["org_kind"], "threats")[("bar_association",)] == 1


def test_persons_with_repeated_threats_by_gender_and_category(cdb):
    stats.prepare(cdb)
    for fn in (stats.repeated_by, lambda c, by, q=None: stats.StatTable("persons", [by],
                                                                          stats._sql_repeated_by(c, by, q))):
        by_gender = fn(cdb, "gender")
        assert by_gender.rows == [{"gender": "female", "persons": 1, "least": 2, "most": 2}]   # two incidents
        # the advocate was threatened as an advocate and as a lawyer: once under each, once as a lawyer
        assert {r["category"]: r["persons"] for r in fn(cdb, "category").rows} == {"advocate": 1, "lawyer": 1}
        assert {r["category_group"]: r["persons"] for r in fn(cdb, "category_group").rows} == {"lawyer": 1}
    assert stats.repeated_by(cdb, "gender").total == 1
