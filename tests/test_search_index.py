"""The incident search index keyed in display order (schema 4): saves, date changes, deletions and the
full rebuild keep exactly one row per incident, under the key of its current first day."""

from __future__ import annotations

import collections

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkdesk.demo import generate
from kkdesk.model.dates import PartialDate
from kkdesk.model.translit import fold
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records.rowkey import incident_of, search_rowid
from kkdesk.records import CaseDatabase


def _rows(cdb, word: str) -> list[int]:
    return [r[0] for r in cdb.query("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?", (f'"{word}"',))]


@given(st.lists(st.tuples(st.dates().map(lambda d: d.isoformat()), st.integers(1, 2**34 - 1)),
                min_size=2, max_size=30, unique_by=lambda t: t[1]))
def test_keys_sort_newest_first_then_higher_id_and_give_the_id_back(rows):
    by_key = sorted(rows, key=lambda r: search_rowid(*r))
    assert by_key == sorted(rows, key=lambda r: (r[0], r[1]), reverse=True)
    assert all(incident_of(search_rowid(day, iid)) == iid for day, iid in rows)
    assert all(0 < search_rowid(day, iid) < 2**63 for day, iid in rows)


@pytest.fixture()
def cdb(tmp_path):
    db = CaseDatabase.create(tmp_path / "k.kkdb", "search keys")
    generate(db, incidents=120, seed=3)
    yield db
    db.close()


def test_a_new_first_day_moves_the_search_row_and_leaves_none_behind(cdb):
    iid = cdb.scalar("SELECT id FROM incident ORDER BY date_start DESC LIMIT 1 OFFSET 60")
    inc = cdb.incidents.get(iid)
    inc.narrative += " Kerimbekova testified."
    inc.date = PartialDate("2031-02-03")     # newer than any demo incident: now first
    cdb.incidents.save(inc)
    assert _rows(cdb, fold("Kerimbekova")) == [search_rowid("2031-02-03", iid)]
    common = "demo" if incident_ids(cdb, SearchQuery(text="demo")) else fold(inc.title).split()[0]
    assert incident_ids(cdb, SearchQuery(text=common), limit=5)[0] == iid
    assert incident_ids(cdb, SearchQuery(text=common), limit=50) == incident_ids(cdb, SearchQuery(text=common))[:50]

    inc = cdb.incidents.get(iid)
    inc.narrative = inc.narrative.replace("Kerimbekova", "A witness")
    inc.date = PartialDate("2012")
    cdb.incidents.save(inc)
    assert _rows(cdb, fold("Kerimbekova")) == []
    assert incident_ids(cdb, SearchQuery(text="Kerimbekova"), limit=50) == []
    assert search_rowid("2012-01-01", iid) in _rows(cdb, fold("witness"))


def test_a_deleted_incident_leaves_no_search_row(cdb):
    iid = cdb.scalar("SELECT min(id) FROM incident")
    ref = cdb.scalar("SELECT ref FROM incident WHERE id = ?", (iid,))
    word = fold(ref).split()[-1]
    assert [incident_of(k) for k in _rows(cdb, word)] == [iid]
    cdb.incidents.delete(iid)
    assert _rows(cdb, word) == []


def test_the_full_rebuild_gives_the_rows_the_saves_gave(cdb):
    # text the index got from elsewhere than the incident row: an attachment and a renamed person
    iid = cdb.scalar("SELECT min(id) FROM incident")
    cdb.incidents.add_attachment(iid, "protokol-doprosa.pdf", b"%PDF-1.4 x")
    cdb.incidents.save(cdb.incidents.get(iid))
    pid = cdb.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL LIMIT 1")
    p = cdb.persons.get(pid)
    p.name_latin, p.aliases = "Renamed Zhumagaliev", ["Жумагалиев"]
    cdb.persons.save(p)

    texts = cdb.incidents.search_texts([r[0] for r in cdb.query("SELECT id FROM incident")])
    df = collections.Counter()
    for t in texts.values():
        df.update(set(fold(" ".join(x for x in t if x)).split()))
    words = sorted(df)
    before = {w: _rows(cdb, w) for w in words}
    cdb.incidents.rebuild_search()
    assert {w: _rows(cdb, w) for w in words} == before
    assert before[fold("protokol")] and before[fold("Zhumagaliev")]
    # one row per incident, keyed by its current first day
    every = sorted(_rows(cdb, fold("KK")))   # every reference starts KK-
    assert every == sorted(search_rowid(day, i) for i, day in cdb.query("SELECT id, date_start FROM incident"))


def test_text_alone_newest_first_comes_from_the_index_in_the_order_sql_sorts(cdb):
    from kkdesk.search import incident_id_array, incident_where

    for text in ("demo", "k", fold(cdb.scalar("SELECT title FROM incident LIMIT 1")).split()[0]):
        where, params = incident_where(SearchQuery(text=text))
        by_sql = [r[0] for r in cdb.query(
            f"SELECT i.id FROM incident i WHERE {where} ORDER BY i.date_start DESC, i.id DESC", params)]
        assert by_sql
        assert incident_ids(cdb, SearchQuery(text=text)) == by_sql
        assert list(incident_id_array(cdb, SearchQuery(text=text))) == by_sql
        assert incident_ids(cdb, SearchQuery(text=text), limit=7) == by_sql[:7]
