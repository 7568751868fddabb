"""The fast first page of a text search is exactly the head of the full ordered result, on each of
its paths (few matches sorted; more found by walking the date index against the match set or
against each incident's own text)."""

from __future__ import annotations

import collections

import pytest

import kkdesk.search as search
from kkdesk.demo import generate
from kkdesk.model.translit import fold
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.store import CaseDatabase


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
    bodies = search._search_bodies(cdb, [r[0] for r in cdb.query("SELECT id FROM incident")])
    df = collections.Counter()
    for texts in bodies.values():
        df.update(set(fold(" ".join(t for t in texts if t)).split()))
    words = [w for w, _ in df.most_common()]
    picked = words[:8] + words[len(words) // 3:len(words) // 3 + 6] + words[-6:]
    return picked + [w[:3] for w in words[:5]] + [f"{words[0]} {words[7]}", f"{words[2]} {words[40]}",
                                                  "Жумагалиев", "zhumagaliev", "protokol", "nothingmatchesthis"]


@pytest.mark.parametrize("few, many", [(search._FEW, search._MANY), (10, 10), (10, 60)])
def test_first_page_is_the_head_of_the_full_list(cdb, monkeypatch, few, many):
    # small thresholds send most queries down the walking paths of a small database
    monkeypatch.setattr(search, "_FEW", few)
    monkeypatch.setattr(search, "_MANY", many)
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
