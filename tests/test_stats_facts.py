"""The in-memory statistics facts answer exactly what plain SQL answers: any dimension or pair, any
unit, any combination of the filters, the overview's special tables, and after any change.

The reference is kkdesk.stats' plain SQL (_count_by_sql, _sql_*), run on the same database.
"""

from __future__ import annotations

import os
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkdesk import stats
from kkdesk.demo import generate
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat
from kkdesk.progress import Progress
from kkdesk.search import SearchQuery
from kkdesk.stats import facts
from kkdesk.stats.dashboard import CHARTS, binned, compute, every_year
from kkdesk.stats.fast import Engine
from kkdesk.records import CaseDatabase
from tests import factories
from tests.reliability.test_stats_cube import _mutate

DIMS = list(stats.DIMENSIONS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("facts") / "d.kkdb", "pass")
    factories.build(cdb)
    generate(cdb, incidents=250, seed=23, threat_weights=(53, 27, 20))
    # an incident with no target at all counts as an incident, and in no breakdown by target
    cdb.incidents.save(Incident(title="Без цели", date=PartialDate("2019-04"), city="almaty"))
    # child categories (advocate, legal consultant under lawyer) and a threat from two ministries
    # (one group): the roll-ups count each threat and person once under the parent
    adv = cdb.persons.save(Person(name_latin="Test Advocate", gender="female", categories=["advocate"]))
    cons = cdb.persons.save(Person(name_latin="Test Consultant", gender="male", categories=["legal_consultant"]))
    org = cdb.organisations.save(Organisation(name="Тестовая юрконсультация", kind="legal_consulting_firm"))
    cdb.incidents.save(Incident(title="Иерархия", date=PartialDate("2020-02-03"), city="almaty", targets=[
        Target(person_id=adv.id, category="advocate", threats=[
            Threat("professional.licence_revocation", sources=["ministry_of_justice", "ministry_of_finance"]),
            Threat("judicial.search", sources=["ministry", "police"])]),
        Target(person_id=cons.id, category="legal_consultant", threats=[Threat("judicial.fine", sources=["court"])]),
        Target(organisation_id=org.id, category="lawyer", threats=[Threat("judicial.search", sources=[])])]))
    # one person recorded twice, both records targets of one incident and linked as "same person as":
    # the incident counts once for them
    one = cdb.persons.save(Person(name_latin="Test Twice", gender="female", categories=["journalist"]))
    two = cdb.persons.save(Person(name_latin="Test Twice Again", gender="female", categories=["lawyer"]))
    cdb.incidents.save(Incident(title="Дважды", date=PartialDate("2021-06-07"), city="almaty", targets=[
        Target(person_id=one.id, category="journalist", threats=[Threat("judicial.fine", sources=["court"])]),
        Target(person_id=two.id, category="lawyer", threats=[Threat("judicial.search", sources=[])])]))
    cdb.incidents.save(Incident(title="Снова", date=PartialDate("2023-01-02"), city="almaty", targets=[
        Target(person_id=one.id, category="journalist", threats=[Threat("judicial.fine", sources=["police"])])]))
    cdb.links.mark_same_person(one.id, two.id)
    stats.prepare(cdb)
    yield cdb
    cdb.close()


def _values(cdb, sql: str) -> list:
    return [r[0] for r in cdb.query(sql)]


@st.composite
def queries(draw, cdb):
    """A random SearchQuery over the values that occur in the data (and one that never does)."""
    def some(sql, extra=("no-such-value",)):
        pool = _values(cdb, sql) + list(extra)
        return draw(st.lists(st.sampled_from(pool), max_size=2, unique=True)) if draw(st.booleans()) else []

    q = SearchQuery()
    if draw(st.integers(0, 3)) == 0:
        q.text = draw(st.sampled_from(["допрос", "adv", "client", "Жовтис", "zhovtis", "demo", "нет-такого"]))
    if draw(st.booleans()):
        year = draw(st.integers(2011, 2023))
        q.date_from = draw(st.sampled_from([str(year), f"{year}-05", f"{year}-03-15", None]))
        q.date_to = draw(st.sampled_from([str(year + draw(st.integers(0, 3))), f"{year}-09-30", None]))
    q.regions = some("SELECT DISTINCT region FROM incident WHERE region IS NOT NULL")
    q.cities = some("SELECT DISTINCT city FROM incident WHERE city IS NOT NULL")
    q.statuses = some("SELECT DISTINCT status FROM incident")
    q.confidentiality = some("SELECT DISTINCT confidentiality FROM incident")
    q.tags = some("SELECT name FROM tag", ("DEMO", "nope"))
    q.categories = some("SELECT DISTINCT category FROM target WHERE category IS NOT NULL", ("lawyer", "nope"))
    q.genders = some("SELECT DISTINCT gender FROM person")
    q.risk_levels = some("SELECT DISTINCT risk_level FROM person")
    q.person_tags = some("SELECT name FROM tag", ())
    q.threat_types = some("SELECT DISTINCT threat_type FROM threat")
    q.threat_groups = some("SELECT DISTINCT parent FROM vocab_term WHERE vocab = 'threat_type' AND parent IS NOT NULL")
    q.sources = some("SELECT DISTINCT source_type FROM threat_source", ("ministry", "nope"))
    if draw(st.integers(0, 5)) == 0:
        q.person_id = draw(st.sampled_from(_values(cdb, "SELECT person_id FROM target WHERE person_id IS NOT NULL")))
    if draw(st.integers(0, 8)) == 0:
        q.organisation_id = draw(st.sampled_from(
            _values(cdb, "SELECT organisation_id FROM target WHERE organisation_id IS NOT NULL")))
    return q


def assert_same(cdb, by, unit, q):
    engine = Engine(facts.loaded(cdb), cdb)
    rows, total = engine.count(by, unit, q)
    want = stats._count_by_sql(cdb, by, unit, q)
    assert (rows, total) == (want.rows, want.total), (by, unit, q)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_any_breakdown_with_any_filters_equals_sql(demo, data):
    q = data.draw(st.one_of(st.none(), queries(demo)))
    by = data.draw(st.lists(st.sampled_from(DIMS), max_size=2, unique=True))
    unit = data.draw(st.sampled_from(stats.UNITS))
    assert_same(demo, by, unit, q)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_special_tables_with_any_filters_equal_sql(demo, data):
    q = data.draw(st.one_of(st.none(), queries(demo)))
    assert stats.threats_per_target(demo, q).rows == stats._sql_threats_per_target(demo, q).rows
    assert (stats.threats_per_target(demo, q, "organisation").rows
            == stats._sql_threats_per_target(demo, q, "organisation").rows)
    assert stats.distinct_types_per_target(demo, q).rows == stats._sql_distinct_types_per_target(demo, q).rows
    want = stats._sql_duration_under_threat(demo, q)
    by_threats = sorted(want, key=lambda r: (-r["threats"], r["person_id"]))
    # read as the reports read it, on a new question: the most threatened first (only theirs made),
    # how many, a few rows
    Engine(facts.loaded(demo), demo).cache.pop("questions", None)
    assert stats.repeated_targets(demo, q).most_threatened(3) == [r for r in by_threats if r["incidents"] >= 2][:3]
    per = stats.duration_under_threat(demo, q)
    assert per.most_threatened(7) == by_threats[:7] and len(per) == len(want)
    assert per[1:4] == want[1:4] and (not want or per[-1] == want[-1])
    assert per == want and per.most_threatened() == by_threats
    assert stats.years_under_threat(demo, q).rows == stats._sql_years_under_threat(demo, q).rows
    assert stats.repeated_targets(demo, q) == [r for r in want if r["incidents"] >= 2]
    assert stats.repeated_targets(demo, q, 3) == [r for r in want if r["incidents"] >= 3]
    assert stats.key_figures(demo, q) == stats._sql_key_figures(demo, q)
    for by in ("gender", "category", "category_group", "year", "city", "risk_level", "target_kind"):
        for least in (2, 3):
            found = stats.repeated_by(demo, by, q, least)
            assert found.rows == stats._sql_repeated_by(demo, by, q, least), by
            assert found.total == len([r for r in stats._sql_duration_under_threat(demo, q) if r["incidents"] >= least])


def test_every_dimension_and_pair_every_unit_unfiltered(demo):
    for unit in stats.UNITS:
        for n, a in enumerate(DIMS):
            assert_same(demo, [a], unit, None)
            for b in DIMS[n + 1:]:
                assert_same(demo, [a, b], unit, None)


def test_hand_counted_figures_come_from_the_facts(tmp_path):
    with CaseDatabase.create(tmp_path / "h.kkdb", "pass") as cdb:
        factories.build(cdb)
        stats.prepare(cdb)
        assert facts.loaded(cdb) is not None
        assert {r["year"]: r["count"] for r in stats.count_by(cdb, ["year"]).rows} == \
            factories.EXPECTED["threats_by_year"]
        assert stats.key_figures(cdb) == stats._sql_key_figures(cdb)


def test_years_under_threat_when_a_year_is_not_its_first_days(tmp_path):
    """The facts take a person's years from their first and last days only while every incident
    counts in its first day's year; a year written otherwise (by hand, an old import) is counted
    as SQL counts it."""
    with CaseDatabase.create(tmp_path / "y.kkdb", "pass") as cdb:
        factories.build(cdb)
        generate(cdb, incidents=60, seed=3)
        stats.prepare(cdb)
        assert stats.duration_under_threat(cdb) == stats._sql_duration_under_threat(cdb)
        assert Engine(facts.loaded(cdb), cdb)._year_of_day() is not None
        with cdb.transaction():
            # the last incident of a person threatened more than once counts ten years later
            cdb.conn.execute("UPDATE incident SET year = year + 10 WHERE id = (SELECT g.incident_id FROM target g"
                             " JOIN incident i ON i.id = g.incident_id WHERE g.person_id = (SELECT person_id"
                             " FROM target WHERE person_id IS NOT NULL GROUP BY person_id"
                             " HAVING count(DISTINCT incident_id) > 1 LIMIT 1) ORDER BY i.date_start DESC LIMIT 1)")
        assert Engine(facts.loaded(cdb), cdb)._year_of_day() is None
        assert stats.duration_under_threat(cdb) == stats._sql_duration_under_threat(cdb)
        assert stats.years_under_threat(cdb).rows == stats._sql_years_under_threat(cdb).rows


def _check(cdb, rng):
    for _ in range(12):
        q = rng.choice([None, SearchQuery(genders=["female"]), SearchQuery(sources=["court"]),
                        SearchQuery(tags=["demo"]), SearchQuery(text="допрос"), SearchQuery(risk_levels=["high"]),
                        SearchQuery(person_tags=["needs legal aid"]), SearchQuery(date_from="2019", cities=["almaty"])])
        assert_same(cdb, rng.sample(DIMS, rng.randint(0, 2)), rng.choice(stats.UNITS), q)
    assert stats.duration_under_threat(cdb) == stats._sql_duration_under_threat(cdb)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6),
       ops=st.lists(st.sampled_from(["delete_incident", "delete_person", "edit_incident", "add", "raw_edit",
                                     "person", "tag"]), min_size=1, max_size=4))
def test_facts_stay_exact_under_random_changes(tmp_path_factory, seed, ops):
    path = tmp_path_factory.mktemp("changes") / "c.kkdb"
    with CaseDatabase.create(path, "pass") as cdb:
        generate(cdb, incidents=120, seed=seed, threat_weights=(53, 27, 20))
        stats.prepare(cdb)
        rng = random.Random(seed)
        for op in ops:
            if op == "person":   # gender, risk and tags of a person change through the store
                p = cdb.persons.get(cdb.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL"
                                               " ORDER BY random() LIMIT 1"))
                p.gender = rng.choice(["female", "male", "other", "unknown"])
                p.risk_level = rng.choice(["low", "critical"])
                p.tags = rng.choice([[], ["needs legal aid"], ["at high risk"]])
                cdb.persons.save(p)
            elif op == "tag":
                with cdb.transaction():
                    cdb.execute("DELETE FROM incident_tag WHERE incident_id IN"
                                " (SELECT incident_id FROM incident_tag ORDER BY random() LIMIT 5)")
            else:
                _mutate(cdb, rng, op)
            _check(cdb, rng)
        assert facts.loaded(cdb).version > 1


def test_a_write_by_another_connection_reloads(tmp_path):
    path = tmp_path / "o.kkdb"
    with CaseDatabase.create(path, "pass") as cdb:
        generate(cdb, incidents=40, seed=2)
        stats.prepare(cdb)
        before = stats.count_by(cdb, ["year"], "incidents").total
        with CaseDatabase.open(path, "pass") as other:
            generate(other, incidents=5, seed=3)
        assert stats.count_by(cdb, ["year"], "incidents").total == before + 5
        assert_same(cdb, ["gender"], "persons", None)


def test_inside_an_open_write_the_answer_comes_from_sql(tmp_path):
    with CaseDatabase.create(tmp_path / "t.kkdb", "pass") as cdb:
        generate(cdb, incidents=30, seed=4)
        stats.prepare(cdb)
        before = stats.count_by(cdb, ["gender"], "threats").total
        with pytest.raises(RuntimeError):
            with cdb.transaction():
                cdb.execute("DELETE FROM incident WHERE id = (SELECT min(id) FROM incident)")
                inside = stats.count_by(cdb, ["gender"], "threats")
                assert facts.loaded(cdb) is None          # the outcome of the write is not known yet
                assert (inside.rows, inside.total) == (stats._count_by_sql(cdb, ["gender"], "threats", None).rows,
                                                       stats._count_by_sql(cdb, ["gender"], "threats", None).total)
                raise RuntimeError("roll back")
        assert stats.count_by(cdb, ["gender"], "threats").total == before


def test_nothing_of_the_facts_reaches_the_disk(tmp_path):
    folder = tmp_path / "db"
    folder.mkdir()
    with CaseDatabase.create(folder / "n.kkdb", "pass") as cdb:
        generate(cdb, incidents=60, seed=5)
        stats.prepare(cdb)
        cdb.persons.save(Person(name_latin="Fictional Person", gender="female"))
        generate(cdb, incidents=3, seed=6)
        stats.count_by(cdb, ["gender", "source"], "persons", SearchQuery(text="demo"))
        assert cdb.scalar("PRAGMA temp_store") == 2                     # temporary tables in memory
        assert cdb.scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE 'kk_stat%'") == 0
        assert cdb.scalar("SELECT count(*) FROM sqlite_temp_master WHERE name LIKE 'kk_stat%'") > 0
        assert sorted(os.listdir(folder)) == ["n.kkdb", "n.kkdb-shm", "n.kkdb-wal"]


class _Recorder(Progress):
    def __init__(self):
        self.fractions = []

    def set_progress(self, fraction, text=""):
        self.fractions.append(fraction)


def test_dashboard_compute_loads_the_facts_with_progress_and_counts_like_sql(tmp_path):
    with CaseDatabase.create(tmp_path / "d.kkdb", "pass") as cdb:
        factories.build(cdb)
        generate(cdb, incidents=50, seed=8)
        progress = _Recorder()
        q = SearchQuery(date_from="2017", date_to="2021", genders=["female"])
        out = compute(cdb, q, "ru", top=5, progress=progress)
        assert facts.loaded(cdb) is not None
        assert list(out)[:len(CHARTS)] == list(CHARTS)      # then corroboration, verified_only
        assert out["corroboration"]["incidents"] == stats._sql_key_figures(cdb, q)["incidents"]
        assert out["corroboration"]["corroborated"] == stats._count_by_sql(
            cdb, [], "incidents", SearchQuery(**{**q.__dict__, "min_sources": 2})).total
        assert out["verified_only"] is False
        assert progress.fractions == sorted(progress.fractions) and progress.fractions[-1] == 1.0
        assert out["figures"] == stats._sql_key_figures(cdb, q)
        year = every_year(stats._count_by_sql(cdb, ["year"], "threats", q).rows)
        assert out["year"] == ([str(r["year"]) for r in year], [r["count"] for r in year])
        persons = every_year(stats._count_by_sql(cdb, ["year"], "persons", q).rows)
        assert out["persons_year"][1] == [r["count"] for r in persons]
        per_person = stats._sql_threats_per_target(cdb, q).rows
        assert sum(out["per_person"][1]) == sum(r["count"] for r in per_person)    # every person in one bin
        types = sorted(stats._count_by_sql(cdb, ["threat_type"], "threats", q).rows, key=lambda r: -r["count"])[:5]
        assert out["type"][1] == [r["count"] for r in types]
        assert all(label in ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "?")
                   for label in out["month"][0])


def test_threats_per_person_in_bins_and_years_without_gaps():
    """The histogram's bars are ranges beyond five (an illegible run of 1..187 before); a year with
    nothing is a zero bar, not a missing one."""
    rows = [{"threats": n, "count": c} for n, c in ((1, 40), (2, 12), (3, 5), (7, 3), (9, 1), (14, 2), (187, 1))]
    labels, values = binned(rows)
    assert labels == ["1", "2", "3", "4", "5", "6–10", "11–20", "21–50", "51–100", "101+"]
    assert values == [40, 12, 5, 0, 0, 4, 2, 0, 0, 1]
    assert binned([{"threats": 2, "count": 3}]) == (["1", "2"], [0, 3])
    assert binned([]) == ([], [])
    years = every_year([{"year": 2003, "count": 2}, {"year": 2006, "count": 1}])
    assert years == [{"year": 2003, "count": 2}, {"year": 2004, "count": 0}, {"year": 2005, "count": 0},
                     {"year": 2006, "count": 1}]


def test_prepare_warms_the_common_statistics_once_per_load_and_they_stay_exact(tmp_path):
    from kkdesk.stats.fast import Engine

    with CaseDatabase.create(tmp_path / "w.kkdb", "pass") as cdb:
        generate(cdb, incidents=80, seed=9)
        stats.prepare(cdb)
        f = facts.loaded(cdb)
        assert f._engine_cache[1].get("warm") and f._engine_cache[0] == f.version
        for by, unit in Engine.WARM:
            assert_same(cdb, by, unit, None)
        generate(cdb, incidents=7, seed=10)           # a change: a new version, patched in, not warmed again
        with cdb.transaction():
            cdb.execute("DELETE FROM incident WHERE id = (SELECT min(id) FROM incident)")
        stats.prepare(cdb)
        f = facts.loaded(cdb)
        assert f.loads == 1 and not (f._engine_cache[0] == f.version and f._engine_cache[1].get("warm"))
        for by, unit in Engine.WARM:
            assert_same(cdb, by, unit, None)
        assert stats.threats_per_target(cdb).rows == stats._sql_threats_per_target(cdb).rows
        persons = [r[0] for r in cdb.query("SELECT DISTINCT person_id FROM target WHERE person_id IS NOT NULL")]
        cdb.links.mark_same_person(persons[0], persons[1])    # regrouped: a full load, warmed again
        stats.prepare(cdb)
        f = facts.loaded(cdb)
        assert f.loads == 2 and f._engine_cache[1].get("warm") and f._engine_cache[0] == f.version
        for by, unit in Engine.WARM:
            assert_same(cdb, by, unit, None)


# ----- "same person as": two records of one defender counted once (issue 19) ----------------------

def _two_records_of_one_defender(path):
    """The hand-built dataset, plus a second record of the first defender made by another monitor
    (same attributes) with incidents of its own, one of them on a day the first record was hit too."""
    cdb = CaseDatabase.create(path, "pass")
    ids = factories.build(cdb)
    first = cdb.persons.get(ids["a"])
    second = cdb.persons.save(Person(name_latin="D. Zhovtis", gender=first.gender, categories=first.categories,
                                     city=first.city, tags=first.tags, risk_level=first.risk_level))
    for date, types in (("2017-03-05", ["judicial.fine"]), ("2019-11", ["psychological.threats", "judicial.search"])):
        cdb.incidents.save(Incident(title="Второй монитор", date=PartialDate(date), city="almaty", targets=[
            Target(person_id=second.id, category="lawyer", threats=[Threat(t, sources=["police"]) for t in types])]))
    return cdb, first.id, second.id


def _person_figures(cdb):
    out = {"key": stats.key_figures(cdb), "per_person": stats.threats_per_target(cdb).rows,
           "types": stats.distinct_types_per_target(cdb).rows, "years": stats.years_under_threat(cdb).rows,
           "repeated": [(r["threats"], r["incidents"], r["years"]) for r in stats.repeated_targets(cdb)]}
    for by in (["year"], ["gender"], ["category"], ["threat_type"], ["year", "gender"], ["risk_level"]):
        out[tuple(by)] = stats.count_by(cdb, by, "persons").rows
    return out


def test_same_person_link_counts_once_as_the_merge_would_and_facts_sql_agree(tmp_path):
    linked, a, b = _two_records_of_one_defender(tmp_path / "linked.kkdb")
    merged, a2, b2 = _two_records_of_one_defender(tmp_path / "merged.kkdb")
    try:
        before = stats.key_figures(linked)["persons"]
        stats.prepare(linked)
        linked.links.mark_same_person(b, a)             # after the facts were loaded: they regroup
        merged.persons.merge(a2, b2)
        assert stats.key_figures(linked)["persons"] == stats.key_figures(merged)["persons"] == before - 1
        assert facts.loaded(linked) is not None
        assert _person_figures(linked) == _person_figures(merged)
        for by in (["year"], ["gender"], ["threat_type"], ["year", "category"]):
            for unit in stats.UNITS:
                assert_same(linked, by, unit, None)
                assert_same(linked, by, unit, SearchQuery(person_id=b))   # either record finds the defender
        assert stats._sql_key_figures(linked) == stats.key_figures(linked)
        assert linked.persons.count() == merged.persons.count() + 1       # both records are kept
        linked.links.unmark_same_person(a, b)
        assert stats.key_figures(linked)["persons"] == before == stats._sql_key_figures(linked)["persons"]
    finally:
        linked.close()
        merged.close()


@pytest.fixture(scope="module")
def linked_demo(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("linked") / "l.kkdb", "pass")
    factories.build(cdb)
    generate(cdb, incidents=150, seed=5)
    rng = random.Random(5)
    persons = [r[0] for r in cdb.query("SELECT DISTINCT person_id FROM target WHERE person_id IS NOT NULL")]
    for _ in range(8):                                   # pairs and chains of "same person" links
        x, y = rng.sample(persons, 2)
        cdb.links.mark_same_person(x, y)
    stats.prepare(cdb)
    yield cdb
    cdb.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_with_same_person_links_any_breakdown_equals_sql(linked_demo, data):
    q = data.draw(st.one_of(st.none(), queries(linked_demo)))
    by = data.draw(st.lists(st.sampled_from(DIMS), max_size=2, unique=True))
    assert_same(linked_demo, by, data.draw(st.sampled_from(stats.UNITS)), q)
    assert stats.threats_per_target(linked_demo, q).rows == stats._sql_threats_per_target(linked_demo, q).rows
    assert stats.duration_under_threat(linked_demo, q) == stats._sql_duration_under_threat(linked_demo, q)
    assert stats.years_under_threat(linked_demo, q).rows == stats._sql_years_under_threat(linked_demo, q).rows
    for by in ("gender", "category"):
        assert stats.repeated_by(linked_demo, by, q).rows == stats._sql_repeated_by(linked_demo, by, q), by
    assert stats.key_figures(linked_demo, q) == stats._sql_key_figures(linked_demo, q)


@given(st.lists(st.integers(-2**40, 2**40), max_size=60))
def test_distinct_values_by_sorting_equal_numpys(values):
    from kkdesk.stats.fast import _unique

    a = np.array(values, np.int64)
    assert _unique(a).tolist() == np.unique(a).tolist()


@pytest.mark.parametrize("profile", ["full", "public"])
def test_reports_of_verified_records_come_from_the_facts_and_equal_plain_sql(demo, monkeypatch, profile):
    """Published figures count verified records by default (`--records verified`): every statistic
    the overview and the submission ask for that question is answered by the facts (no plain SQL,
    no pre-counted cells), and both reports come out exactly as from plain SQL alone."""
    import dataclasses

    from kkdesk.reports.snapshots.overview import gather_overview
    from kkdesk.reports.snapshots.submission import gather_submission
    from kkdesk.search import limited_to_verified
    from kkdesk.stats import cube

    def reports():
        overview = gather_overview(demo, limited_to_verified(SearchQuery()), "en", profile)
        submission = gather_submission(demo, limited_to_verified(SearchQuery(date_from="2020", date_to="2023")), "en",
                                       "public" if profile == "public" else "pseudonymised")
        return dataclasses.replace(overview, generated=""), submission

    stats.prepare(demo)
    slow = []
    for name in [n for n in vars(stats) if n.startswith("_sql_") or n == "_count_by_sql"]:
        real = getattr(stats, name)
        monkeypatch.setattr(stats, name, lambda *a, _real=real, _name=name, **k: slow.append(_name) or _real(*a, **k))
    real_cells = cube.try_count
    monkeypatch.setattr(cube, "try_count", lambda *a, **k: slow.append("cells") or real_cells(*a, **k))
    fast = reports()
    assert slow == []
    monkeypatch.undo()
    monkeypatch.setattr(stats, "_engine", lambda cdb, load=True: None)     # the plain-SQL reference only
    monkeypatch.setattr(cube, "try_count", lambda *a, **k: None)
    plain = reports()
    assert fast[0].scope and fast[0].sections and fast[1].figures
    assert fast == plain


# ----- memory: the store's page cache and the source groups' shared rows (issue 17) ----------------

def test_loading_reads_through_a_small_page_cache_and_gives_the_store_its_own_back(tmp_path):
    """The load shrinks the page cache while reading and restores the store's size afterwards,
    also when the load is cancelled half way."""
    from kkdesk.errors import Cancelled

    class CancelSoon(Progress):
        calls = 0

        def is_cancelled(self):
            self.calls += 1
            return self.calls > 2

    with CaseDatabase.create(tmp_path / "c.kkdb", "pass") as cdb:
        generate(cdb, incidents=60, seed=5)
        size = cdb.scalar("PRAGMA cache_size")
        assert size != -facts._LOAD_CACHE_KIB
        with pytest.raises(Cancelled):
            facts.ensure_loaded(cdb, CancelSoon())
        assert cdb.scalar("PRAGMA cache_size") == size and facts.loaded(cdb) is None
        stats.prepare(cdb)
        assert cdb.scalar("PRAGMA cache_size") == size
        assert_same(cdb, ["year"], "threats", None)


def test_source_groups_share_the_source_rows_unless_a_threat_has_two_sources_of_one_group(tmp_path, demo):
    """Without such a threat the group pairs are the source pairs themselves (no copy kept); with one
    (the demo's threat from two ministries) they are deduplicated; both count as SQL does."""
    with CaseDatabase.create(tmp_path / "g.kkdb", "pass") as cdb:
        generate(cdb, incidents=60, seed=6)
        cdb.incidents.save(Incident(title="Два источника", date=PartialDate("2020-05"), city="almaty", targets=[
            Target(organisation_id=cdb.organisations.save(Organisation(name="Тестовая редакция", kind="legal_consulting_firm")).id,
                   threats=[Threat("judicial.search", sources=["ministry", "police"])])]))
        stats.prepare(cdb)
        engine = Engine(facts.loaded(cdb), cdb)
        lut, groups = engine._groups("source_type", engine.f.source)
        assert engine._group_pairs(lut, len(groups))[1] is engine.f.src_thr
        for by in (["source_group"], ["source_group", "source"], ["source_group", "year"]):
            for unit in ("threats", "incidents", "persons"):
                assert_same(cdb, by, unit, None)
                assert_same(cdb, by, unit, SearchQuery(date_from="2019", date_to="2021"))
    engine = Engine(facts.ensure_loaded(demo), demo)
    lut, groups = engine._groups("source_type", engine.f.source)
    assert engine._group_pairs(lut, len(groups))[1] is not engine.f.src_thr
    for unit in ("threats", "persons"):
        assert_same(demo, ["source_group"], unit, None)
        assert_same(demo, ["source_group", "source"], unit, SearchQuery(date_from="2019", date_to="2021"))
