"""Properties of dates and statistics over random datasets saved through the stores.

Each example saves a random dataset inside a transaction that is rolled back afterwards, so one
encrypted database serves every example. Expected values are worked out in plain Python from the
generated input (ISO strings), not with the code under test.
"""

from __future__ import annotations

import collections

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkdesk import stats
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase

CITIES = [None, "almaty", "astana", "karaganda", "shymkent"]
TYPES = ["judicial.fine", "judicial.search", "psychological.threats", "physical.beating"]
SOURCES = ["police", "court", "unknown", "akimat"]


class _Rollback(Exception):
    pass


@st.composite
def iso_dates(draw):
    """(date_from, date_to) with every precision: day, month, year, month range, day range."""
    year = draw(st.integers(2011, 2023))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    kind = draw(st.sampled_from(["day", "month", "year", "month-range", "day-range"]))
    if kind == "day":
        return f"{year}-{month:02d}-{day:02d}", None
    if kind == "month":
        return f"{year}-{month:02d}", None
    if kind == "year":
        return f"{year}", None
    if kind == "month-range":
        end = draw(st.integers(month, 12))
        return f"{year}-{month:02d}", (f"{year}-{end:02d}" if end > month else None)
    return f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{draw(st.integers(day, 28)):02d}"


@st.composite
def datasets(draw):
    incidents = []
    for _ in range(draw(st.integers(1, 12))):
        date = draw(iso_dates())
        targets = draw(st.lists(st.tuples(
            st.integers(0, 4),   # which person
            st.lists(st.tuples(st.sampled_from(TYPES), st.lists(st.sampled_from(SOURCES), max_size=2)),
                     min_size=1, max_size=3, unique_by=lambda t: t[0])),
            min_size=1, max_size=3, unique_by=lambda t: t[0]))
        incidents.append((date, draw(st.sampled_from(CITIES)), targets))
    return incidents


@pytest.fixture(scope="module")
def cdb(tmp_path_factory):
    db = CaseDatabase.create(tmp_path_factory.mktemp("props") / "p.kkdb", "property passphrase")
    people = [db.persons.save(Person(name_latin=f"Test Person {n}", gender=("female" if n % 2 else "male")))
              for n in range(5)]
    db.test_person_ids = [p.id for p in people]
    yield db
    db.close()


def _save(cdb, data) -> None:
    incs = []
    for (date_from, date_to), city, targets in data:
        incs.append(Incident(title="property", date=PartialDate(date_from, date_to), city=city, targets=[
            Target(person_id=cdb.test_person_ids[p], threats=[Threat(t, sources=sorted(set(s))) for t, s in threats])
            for p, threats in targets]))
    cdb.incidents.save_many(incs)


def _as(table, *dims):
    return {tuple(r[d] for d in dims): r["count"] for r in table.rows}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=datasets())
def test_counting_follows_the_date_attribution_and_adds_up(cdb, data):
    # expected from the ISO strings alone: year and month of date_from; no month for a bare year
    exp_inc = collections.Counter()
    exp_thr = collections.Counter()
    for (date_from, _), _city, targets in data:
        key = (int(date_from[:4]), int(date_from[5:7]) if len(date_from) >= 7 else None)
        exp_inc[key] += 1
        exp_thr[key] += sum(len(th) for _, th in targets)
    try:
        with cdb.transaction():
            _save(cdb, data)
            for unit, exp in (("incidents", exp_inc), ("threats", exp_thr)):
                by_month = _as(stats.count_by(cdb, ["year", "month"], unit), "year", "month")
                assert by_month == {k: v for k, v in exp.items() if v}
                by_year = _as(stats.count_by(cdb, ["year"], unit), "year")
                # months plus the records known only to the year equal the year
                for (year,), n in by_year.items():
                    assert sum(v for (y, _m), v in by_month.items() if y == year) == n
                total = stats.count_by(cdb, [], unit).total
                assert sum(_as(stats.count_by(cdb, ["city"], unit), "city").values()) == total
                assert sum(by_year.values()) == total
            threats_y = _as(stats.count_by(cdb, ["year"], "threats"), "year")
            for unit in ("persons", "incidents", "targets"):
                for key, n in _as(stats.count_by(cdb, ["year"], unit), "year").items():
                    assert n <= threats_y[key]
            # sources: multi-valued, never fewer than the threats that have one
            sources = stats.count_by(cdb, ["source"], "threats")
            assert sources.multi_valued and sources.total == stats.count_by(cdb, [], "threats").total
            assert sum(r["count"] for r in sources.rows) >= sources.total
            # a date filter on whole years selects exactly the incidents that count in those years
            for year in {k[0] for k in exp_inc}:
                ids = incident_ids(cdb, SearchQuery(date_from=str(year), date_to=str(year)))
                assert len(ids) == sum(v for k, v in exp_inc.items() if k[0] == year)
            raise _Rollback
    except _Rollback:
        pass
    assert cdb.incidents.count() == 0
