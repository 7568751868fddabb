"""The fast first page of a text search is exactly the head of the full ordered result, on each of
its paths (newest first: read in the search index's own order; oldest first: few matches sorted,
more found by walking the date index against the match set or against each incident's own text)."""

from __future__ import annotations

import collections

import pytest

import kkdesk.search.first_page as first_page
from kkdesk.demo import generate
from kkdesk.model.translit import fold
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase


@pytest.fixture(scope="module")
def cdb(tmp_path_factory):
    db = CaseDatabase.create(tmp_path_factory.mktemp("fp") / "f.kkdb", "first page")
    generate(db, incidents=600, seed=21)
    # an attachment name and a renamed person: text the index got from elsewhere than the incident row
    iid = db.scalar("SELECT min(id) FROM incident")
    db.incidents.add_attachment(iid, "protokol-doprosa.pdf", b"%PDF-1.4 x")
    inc = db.incidents.get(iid)
    db.incidents.save(inc)  # attachments are indexed when the incident is saved
    pid = db.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL LIMIT 1")
    p = db.persons.get(pid)
    p.name_latin, p.aliases = "Renamed Zhumagaliev", ["Жумагалиев"]
    db.persons.save(p)
    yield db
    db.close()


def _queries(cdb) -> list[str]:
    bodies = cdb.incidents.search_texts([r[0] for r in cdb.query("SELECT id FROM incident")])
    df = collections.Counter()
    for texts in bodies.values():
        df.update(set(fold(" ".join(t for t in texts if t)).split()))
    words = [w for w, _ in df.most_common()]
    picked = words[:8] + words[len(words) // 3:len(words) // 3 + 6] + words[-6:]
    third = len(words) // 3
    pairs = [f"{words[0]} {words[7]}", f"{words[2]} {words[40]}", f"{words[1]} {words[third]}",
             f"{words[third + 1]} {words[4]}", f"{words[5]} {words[6]} {words[third + 2]}"]
    return picked + [w[:3] for w in words[:5]] + pairs + ["Жумагалиев", "zhumagaliev", "protokol",
                                                          "nothingmatchesthis"]


@pytest.mark.parametrize("small", [
    {},
    {"_FEW": 10, "_MANY": 10, "_WALK_MAX": 40, "_PROBE": 50, "_TEXT_WALK_MAX": 40},
    {"_FEW": 10, "_MANY": 60, "_WALK_MAX": 200, "_PROBE": 500},
    {"_PROBE": 50, "_MERGE_BREAK_EVEN": 1},
])
def test_first_page_is_the_head_of_the_full_list(cdb, monkeypatch, small):
    # Small thresholds send most queries down the walking paths of a small database, make walks
    # through the index give way to the plain query when the other filters pass too few, and have
    # the frequent words of two-word queries tested in the candidates' text.
    for name, value in small.items():
        monkeypatch.setattr(first_page, name, value)
    few, many = first_page._FEW, first_page._MANY
    tested = []
    real = first_page._with_words
    monkeypatch.setattr(first_page, "_with_words", lambda *a: tested.append(a) or real(*a))
    walked = 0
    for text in _queries(cdb):
        for q in (SearchQuery(text=text), SearchQuery(text=text, cities=["almaty"]),
                  SearchQuery(text=text, date_from="2019", threat_types=["judicial.fine"])):
            full = incident_ids(cdb, q)
            for desc in (True, False):
                full_d = full if desc else incident_ids(cdb, q, descending=False)
                for limit in (1, 50):
                    assert incident_ids(cdb, q, descending=desc, limit=limit) == full_d[:limit], (text, q)
            walked += len(full) > max(few, many)
    if many == 10:
        assert walked > 10  # the walking path was really exercised
    if small.get("_MERGE_BREAK_EVEN") == 1:
        assert tested  # and frequent words were tested in the candidates' text


def _pairs_seldom_together(cdb) -> list[str]:
    """Two-word queries of frequent words that meet in no incident or in a few."""
    bodies = cdb.incidents.search_texts([r[0] for r in cdb.query("SELECT id FROM incident")])
    sets = [set(fold(" ".join(t for t in texts if t)).split()) for texts in bodies.values()]
    df = collections.Counter(w for s in sets for w in s)
    top = [w for w, n in df.most_common(120) if len(w) >= 3 and not w.isdigit() and n >= 60]
    pairs = [(sum(1 for s in sets if a in s and b in s), f"{a} {b}") for a in top for b in top if a < b]
    return [text for both, text in sorted(pairs) if both <= 3][:40]


@pytest.mark.parametrize("probe_decides", [False, True])
def test_words_seldom_together_read_few_texts_and_give_the_head(cdb, monkeypatch, probe_decides):
    # Frequent words are tested in the candidates' text; when they seldom or never meet, the walk
    # must stop after a bounded number of texts and let the index answer (it read every candidate
    # of the other word before: 8 s at a million incidents), still giving the head of the full list.
    # Without the probe's say the walk's own bound is exercised; with it, most such walks never start.
    monkeypatch.setattr(first_page, "_MERGE_BREAK_EVEN", 1)
    if not probe_decides:
        monkeypatch.setattr(first_page, "_may_meet", lambda *a: True)
    monkeypatch.setattr(first_page, "_PROBE", 50)
    monkeypatch.setattr(first_page, "_TEXT_MAX", 20)
    limit = 10
    read: list[int] = []
    real = first_page._with_words
    monkeypatch.setattr(first_page, "_with_words", lambda c, ids, words: read.append(len(ids)) or real(c, ids, words))
    shapes = collections.Counter()
    walks = 0
    for text in _pairs_seldom_together(cdb):
        q = SearchQuery(text=text)
        full = incident_ids(cdb, q)
        read.clear()
        assert incident_ids(cdb, q, limit=limit) == full[:limit], text
        assert read or probe_decides, text  # a word was tested in the candidates' text
        assert sum(read) <= first_page._TEXT_MAX + limit, (text, read)
        walks += bool(read)
        counts = [cdb.scalar("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?", (f'"{w}"*',))
                  for w in text.split()]
        if min(counts) > first_page._TEXT_MAX + limit:  # reading every candidate would exceed the bound
            shapes["none" if not full else "few" if len(full) < limit else "many"] += 1
    assert shapes["none"] and shapes["few"], shapes
    if probe_decides:  # the probe saw these words apart and spared most walks
        assert walks < len(_pairs_seldom_together(cdb)) / 2, walks
