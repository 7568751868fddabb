"""The pre-aggregated threat cells answer exactly what plain SQL answers, after any change.

count_by takes its fast path from stat_threat_cell / stat_source_cell; these tests compare every
shape it serves with kkdesk.stats._count_by_sql (the plain GROUP BY over the records) on the
hand-built dataset and on random demo databases changed at random through the stores.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkdesk import stats
from kkdesk.demo import generate
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Threat
from kkdesk.search import SearchQuery
from kkdesk.stats import cube
from kkdesk.records import CaseDatabase
from tests import factories

SHAPES = [[], ["year"], ["year", "city"], ["year", "month"], ["threat_type"], ["city"], ["region"], ["month"],
          ["year", "region", "city", "threat_type"], ["source"], ["year", "source"], ["year", "month", "source"],
          ["month", "source"]]
QUERIES = [None, SearchQuery(), SearchQuery(date_from="2017", date_to="2017"),
           SearchQuery(date_from="2016-01-01", date_to="2021-12-31"), SearchQuery(date_from="2019"),
           SearchQuery(date_to="2018"), SearchQuery(cities=["almaty", "astana"]), SearchQuery(regions=["karaganda"]),
           SearchQuery(threat_types=["judicial.fine", "judicial.questioning_summons"]),
           SearchQuery(date_from="2021", date_to="2021", cities=["almaty"])]


def assert_cells_equal_sql(cdb) -> int:
    """Compare every shape and query; returns how many answers came from the cells."""
    fast = 0
    for by in SHAPES:
        for q in QUERIES:
            if cube.try_count(cdb, by, "threats", q) is not None:
                fast += 1
            got = stats.count_by(cdb, by, "threats", q)
            want = stats._count_by_sql(cdb, by, "threats", q)
            assert (got.rows, got.total, got.multi_valued) == (want.rows, want.total, want.multi_valued), (by, q)
    return fast


def test_cells_serve_the_common_shapes(tmp_path):
    with CaseDatabase.create(tmp_path / "c.kkdb", "pass") as cdb:
        factories.build(cdb)
        assert cube.try_count(cdb, ["year", "city"], "threats", None) is not None
        assert cube.try_count(cdb, ["source"], "threats", SearchQuery(date_from="2021", date_to="2021")) is not None
        # questions the cells cannot answer exactly go to SQL
        assert cube.try_count(cdb, ["year"], "persons", None) is None
        assert cube.try_count(cdb, ["gender"], "threats", None) is None
        assert cube.try_count(cdb, ["year"], "threats", SearchQuery(date_from="2021-05-01")) is None
        assert cube.try_count(cdb, ["source"], "threats", SearchQuery(cities=["almaty"])) is None
        assert cube.try_count(cdb, ["year"], "threats", SearchQuery(text="adv")) is None
        assert assert_cells_equal_sql(cdb) > 50
        # and the hand-counted figures still hold through the fast path
        assert {r["year"]: r["count"] for r in stats.count_by(cdb, ["year"]).rows} == \
            factories.EXPECTED["threats_by_year"]
        assert {r["source"]: r["count"] for r in stats.count_by(cdb, ["source"]).rows} == \
            factories.EXPECTED["threats_by_source"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("cube") / "d.kkdb", "pass")
    generate(cdb, incidents=300, seed=11, threat_weights=(53, 27, 20))
    yield cdb
    cdb.close()


def _mutate(cdb, rng: random.Random, op: str) -> None:
    ids = [r[0] for r in cdb.query("SELECT id FROM incident ORDER BY id")]
    if op == "delete_incident" and ids:
        cdb.incidents.delete_many(rng.sample(ids, min(len(ids), rng.randint(1, 3))))
    elif op == "delete_person":
        pid = cdb.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL ORDER BY random() LIMIT 1")
        if pid is not None:
            cdb.persons.delete(pid, with_targets=True)
    elif op == "edit_incident" and ids:
        inc = cdb.incidents.get(rng.choice(ids))
        year = rng.randint(2012, 2023)
        inc.date = rng.choice([PartialDate(str(year)), PartialDate(f"{year}-0{rng.randint(1, 9)}"),
                               PartialDate(f"{year}-03-0{rng.randint(1, 9)}", f"{year}-05")])
        inc.city, inc.region = rng.choice([("almaty", None), ("karaganda", None), (None, None), (None, "almaty")])
        if inc.targets:
            target = inc.targets[0]
            target.threats = [t for t in target.threats if t.threat_type != "judicial.fine"][:1] + [
                Threat("judicial.fine", sources=rng.choice([[], ["court"], ["court", "police"]]))]
        cdb.incidents.save(inc)
    elif op == "add":
        generate(cdb, incidents=rng.randint(1, 20), seed=rng.randint(0, 10**6), persons=5)
    elif op == "raw_edit":
        # deletions and updates made by other code paths keep the cells right too (triggers);
        # new threats and sources are written by IncidentStore.save_many only
        with cdb.transaction():
            tid = cdb.scalar("SELECT threat_id FROM threat_source ORDER BY random() LIMIT 1")
            if tid is not None:
                cdb.execute("DELETE FROM threat_source WHERE threat_id = ? AND source_type IN"
                            " (SELECT source_type FROM threat_source WHERE threat_id = ? LIMIT 1)", (tid, tid))
            cdb.execute("UPDATE threat_source SET source_type = 'akimat' WHERE (threat_id, source_type) IN"
                        " (SELECT threat_id, source_type FROM threat_source WHERE source_type = 'court' AND threat_id"
                        " NOT IN (SELECT threat_id FROM threat_source WHERE source_type = 'akimat')"
                        " ORDER BY random() LIMIT 1)")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6),
       ops=st.lists(st.sampled_from(["delete_incident", "delete_person", "edit_incident", "add", "raw_edit"]),
                    min_size=1, max_size=4))
def test_cells_stay_exact_under_random_changes(demo_db, seed, ops):
    rng = random.Random(seed)
    for op in ops:
        _mutate(demo_db, rng, op)
    assert assert_cells_equal_sql(demo_db) > 50
