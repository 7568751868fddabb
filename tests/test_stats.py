"""Statistics on a hand-built dataset give exactly the counts worked out by hand, per unit."""

from __future__ import annotations

import pytest

from kkdesk import stats
from kkdesk.errors import InvalidInput
from kkdesk.search import SearchQuery
from kkdesk.records import CaseDatabase
from tests import factories
from tests.factories import EXPECTED


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("stats") / "s.kkdb", "pass", actor="tester")
    ids = factories.build(cdb)
    yield cdb, ids
    cdb.close()


def _as_dict(table, *dims):
    return {(row[dims[0]] if len(dims) == 1 else tuple(row[d] for d in dims)): row["count"] for row in table.rows}


def test_totals_per_unit(data):
    cdb, _ = data
    for unit in ("threats", "incidents", "persons", "organisations"):
        table = stats.count_by(cdb, [], unit)
        assert table.unit == unit
        assert table.total == EXPECTED[unit], unit
    assert stats.key_figures(cdb) == {"incidents": 4, "threats": 8, "persons": 3, "organisations": 1,
                                      "threat_types": 7}


def test_year_and_month_respect_date_precision(data):
    cdb, _ = data
    assert _as_dict(stats.count_by(cdb, ["year"]), "year") == EXPECTED["threats_by_year"]
    by_month = _as_dict(stats.count_by(cdb, ["year", "month"]), "year", "month")
    assert by_month == EXPECTED["threats_by_year_month"]
    # the "2017" record is in 2017 and in no month; months + unknown month = the year
    for year, total in EXPECTED["threats_by_year"].items():
        assert sum(n for (y, _m), n in by_month.items() if y == year) == total
    assert _as_dict(stats.count_by(cdb, ["year"], "incidents"), "year") == EXPECTED["incidents_by_year"]
    assert _as_dict(stats.count_by(cdb, ["year"], "persons"), "year") == EXPECTED["persons_by_year"]


def test_breakdowns(data):
    cdb, _ = data
    assert _as_dict(stats.count_by(cdb, "city"), "city") == EXPECTED["threats_by_city"]
    assert _as_dict(stats.count_by(cdb, "gender"), "gender") == EXPECTED["threats_by_gender"]
    sources = stats.count_by(cdb, "source")
    assert sources.multi_valued
    assert _as_dict(sources, "source") == EXPECTED["threats_by_source"]
    assert _as_dict(stats.count_by(cdb, "category"), "category") == EXPECTED["threats_by_category"]
    assert _as_dict(stats.count_by(cdb, "region"), "region") == {"almaty": 5, "astana": 1, "karaganda": 2}
    assert _as_dict(stats.count_by(cdb, "threat_group"), "threat_group") == {
        "judicial": 5, "professional": 1, "psychological": 1, "physical": 1}


def test_types_with_persons_and_instances(data):
    cdb, _ = data
    rows = stats.types_with_persons(cdb)
    assert {r["threat_type"]: r["persons"] for r in rows} == EXPECTED["persons_by_type"]
    top = rows[0]
    assert top == {"threat_type": "judicial.questioning_summons", "persons": 2, "threats": 2}


def test_per_person_tables(data):
    cdb, ids = data
    hist = stats.threats_per_target(cdb)
    assert hist.unit == "persons"
    assert _as_dict(hist, "threats") == EXPECTED["threats_per_person"]
    types = stats.distinct_types_per_target(cdb)
    assert {r["types"]: (r["persons"], r["organisations"]) for r in types.rows} == EXPECTED["distinct_types"]
    durations = {r["person_id"]: r for r in stats.duration_under_threat(cdb)}
    assert durations[ids["a"]]["years"] == 5  # 2017 to 2021, calendar years under threat
    assert durations[ids["a"]]["first"] == "2017-03-05" and durations[ids["a"]]["last"] == "2021-05-01"
    assert durations[ids["b"]]["years"] == 1
    assert [r["person_id"] for r in stats.repeated_targets(cdb)] == [ids["a"], ids["b"]]
    assert _as_dict(stats.years_under_threat(cdb), "years") == {1: 2, 5: 1}


def test_womens_share(data):
    cdb, _ = data
    share = {r["year"]: (r["women"], r["threats"], r["share"]) for r in stats.womens_share_by_year(cdb)}
    assert share == EXPECTED["women_share"]


def test_filters_restrict_what_is_counted(data):
    cdb, ids = data
    q2017 = SearchQuery(date_from="2017-01-01", date_to="2017-12-31")
    assert stats.count_by(cdb, [], "threats", q2017).total == 4
    # a June filter excludes the year-only record and the May–June range (counted in May)
    june = SearchQuery(date_from="2021-06", date_to="2021-06")
    assert stats.count_by(cdb, [], "threats", june).total == 2
    by_police = stats.count_by(cdb, ["year"], "threats", SearchQuery(sources=["police"]))
    assert _as_dict(by_police, "year") == {2017: 3}  # only threats from police count
    persons_police = stats.count_by(cdb, [], "persons", SearchQuery(sources=["police"]))
    assert persons_police.total == 2
    women = stats.count_by(cdb, [], "threats", SearchQuery(genders=["female"]))
    assert women.total == 4
    tagged = stats.count_by(cdb, [], "incidents", SearchQuery(tags=["needs legal aid"]))
    assert tagged.total == 1
    assert stats.count_by(cdb, [], "threats", SearchQuery(person_tags=["at high risk"])).total == 3
    assert _as_dict(stats.count_by(cdb, "risk_level", "persons"), "risk_level") == {"high": 1, "unknown": 2}
    one_person = stats.count_by(cdb, [], "threats", SearchQuery(person_id=ids["a"]))
    assert one_person.total == 3


def test_bad_requests_are_plain_errors(data):
    cdb, _ = data
    with pytest.raises(InvalidInput, match="counting unit"):
        stats.count_by(cdb, ["year"], "apples")
    with pytest.raises(InvalidInput, match="Cannot count by"):
        stats.count_by(cdb, ["colour"])
    with pytest.raises(InvalidInput, match="Cannot read the date"):
        stats.count_by(cdb, ["year"], "threats", SearchQuery(date_from="someday"))


def test_labels_follow_language(data):
    cdb, _ = data
    assert stats.label(cdb, "city", "almaty", "ru") == "Алматы"
    assert stats.label(cdb, "month", None) == "month not known"
    assert stats.label(cdb, "gender", None) == "organisation"
