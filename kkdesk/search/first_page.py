"""The first page of a text search, fast at a million incidents.

Ordering every match by date means touching every one of them (~1 s for a word in most records of a
million); the first page needs only the first fifty:
 - newest first (the default): the search index keeps its rows in that order (see rowkey), so the
   page is the first rows it gives that pass the other filters. A prefix word ("ahmet"*) costs
   FTS5 a merge of the lists of every term it starts before the first answer, so in a query of
   several words, a word in most records is tested in the candidates' text instead, unless the
   first stretch below saw the words apart; a text test that finds them seldom together stops
   after a few hundred texts and leaves the query to FTS5;
 - frequent words, before that: walk the date index and test each incident's own search text
   (rebuilt from its rows exactly as the indexer builds it); the page fills within a few hundred
   incidents. A short first stretch tells whether the word is frequent;
 - oldest first: few matches are sorted directly; more are found by walking the date index
   against the match set (very many matches: after a short walk testing each incident's text).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kkdesk.model.translit import fold
from kkdesk.search.query import SearchQuery, fts_match, incident_where
from kkdesk.records.rowkey import incident_of

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

FIRST_PAGE_MAX = 500
_FEW = 4000          # oldest first: up to this many matches, sort them
_MANY = 60_000       # oldest first: above this many matches, try a text walk before the match set's walk
_TEXT_WALK_MAX = 1000  # oldest first: the incidents that text walk may read
_WALK_CHUNK = 25
_PROBE = 150         # the first text walk goes on while its hit rate promises a full page within this many
_WALK_MAX = 40_000   # a walk that finds too little gives way to the plain query
_TEXT_MAX = 400      # a walk testing words in candidates' text (~0.3 ms each) gives way to FTS5 past this
_MERGE_BREAK_EVEN = 250_000  # share² × incidents above which a word costs FTS5 more than a text test


def first_page_by_date(cdb: "CaseDatabase", q: SearchQuery, descending: bool, limit: int) -> list[int] | None:
    """The first `limit` (at most FIRST_PAGE_MAX) ids of a text search in date order, exactly the head
    of the full ordered list; None when no fast path applies and the plain query should answer."""
    conn = cdb.conn
    match = fts_match(q.text)
    words = fold(q.text).split()
    rest = dataclasses.replace(q, text="")
    where, params = incident_where(rest)
    seen: list[list[str]] = []
    page = _walk_by_text(cdb, words, where, params, descending, limit, budget=_PROBE, seen=seen)
    if page is not None:
        return page
    if descending:
        shares = {w: sum(w in has for has in seen) / len(seen) for w in words} if seen else {}
        tested = _costly_to_merge(cdb, shares)
        page = None
        if tested and _may_meet(seen, words, tested, limit):
            page = _walk_index(cdb, words, tested, where, params, limit)
        # Testing text finds too little (the words seldom meet, or never): FTS5 answers at the cost of
        # its merges, which a text walk through every candidate would exceed thousands of times.
        return page if page is not None else _walk_index(cdb, words, set(), where, params, limit)
    # Oldest first. One FTS evaluation serves both the size decision and the membership test below.
    cursor = conn.execute("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?", (match,))
    try:
        hits = [incident_of(r[0]) for r in cursor.fetchmany(_MANY + 1)]
        if len(hits) > _MANY:
            page = _walk_by_text(cdb, words, where, params, descending, limit, budget=_TEXT_WALK_MAX)
            if page is not None:
                return page
            # Too rare at the old end for reading texts: the whole match set against the date index
            # (~1 µs an incident walked, not ~0.2 ms a text; 8 s before at a million for 70,000 matches).
            hits.extend(incident_of(r[0]) for r in cursor)
    finally:
        cursor.close()
    if not hits:
        return []
    if len(hits) <= _FEW:
        marks = ",".join("?" * len(hits))
        # "+" on the sort keys keeps the planner on rowid look-ups, not a walk of the date index.
        return [r[0] for r in conn.execute(
            f"SELECT i.id FROM incident i WHERE i.id IN ({marks}) AND {where}"
            f" ORDER BY +i.date_start, +i.id LIMIT {limit}", hits + params)]
    return _walk_against(cdb, set(hits), where, params, descending, limit)


def _may_meet(seen: list[list[str]], words: list[str], tested: set[str], limit: int) -> bool:
    """Whether the probe's incidents promise a page within _TEXT_MAX texts read when the index gives
    the candidates (incidents with the untested words) and the `tested` words are looked for in
    their text. Cautious, (met + 1) / (candidates + 1), so that a small probe rules out no walk;
    when the words never meet in the probe, FTS5 answers at once instead of after a futile walk."""
    asked = set(words) - tested
    candidates = [set(has) for has in seen if asked <= set(has)]
    met = sum(1 for has in candidates if tested <= has)
    return (met + 1) * _TEXT_MAX >= limit * (len(candidates) + 1)


def _costly_to_merge(cdb: "CaseDatabase", shares: dict[str, float]) -> set[str]:
    """The words of a multi-word query better tested in each candidate's text than asked of FTS5.

    FTS5 merges the lists of every term a prefix word starts before its first answer: about
    share × incidents × 45 ns. Testing the word in the text of the index's candidates instead costs
    about (50 / share) × 0.25 ms (measured at a million: a word in a third of the incidents is still
    cheaper to merge). Past that break-even (half the incidents at a million, never at 100,000) the
    word is tested; the rarest word is always left to the index."""
    incidents = cdb.scalar("SELECT max(id) FROM incident") or 0
    costly = {w for w, share in shares.items() if share * share * incidents > _MERGE_BREAK_EVEN}
    if costly and len(costly) == len(shares):
        costly.discard(min(shares, key=shares.get))
    return costly


def _walk_index(cdb: "CaseDatabase", words: list[str], tested: set[str], where: str, params: list,
                limit: int) -> list[int] | None:
    """The first `limit` matches newest first, read in the search index's own order (asking it for
    the words not in `tested`), keeping those that pass the other filters and whose text has the
    `tested` words; None when too few pass within _WALK_MAX candidates, or, with `tested` words,
    when the hit rate so far says the page would not fill within _TEXT_MAX texts read."""
    conn = cdb.conn
    match = " AND ".join(f'"{w}"*' for w in words if w not in tested)
    page: list[int] = []
    walked = 0
    read = 0  # candidates whose text was read
    chunk = limit
    cursor = conn.execute("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?", (match,))
    try:
        while len(page) < limit:
            keys = [r[0] for r in cursor.fetchmany(chunk)]
            if not keys:
                break
            walked += len(keys)
            if walked > _WALK_MAX:
                return None
            ids = [incident_of(k) for k in keys]
            marks = ",".join("?" * len(ids))
            passed = {r[0] for r in conn.execute(
                f"SELECT i.id FROM incident i WHERE i.id IN ({marks}) AND {where}", ids + params)}
            if tested and passed:
                read += len(passed)
                passed = _with_words(cdb, list(passed), list(tested))
            page.extend(iid for iid in ids if iid in passed)
            if tested and len(page) < limit and (read >= _TEXT_MAX or len(page) * _TEXT_MAX < limit * read):
                return None
            if not tested:  # reading texts costs per candidate; reading keys hardly does
                chunk = min(chunk * 2, 2000)
    finally:
        cursor.close()
    return page[:limit]


def _date_walk(cdb: "CaseDatabase", where: str, params: list, descending: bool, chunk: int):
    """The ids passing `where` in date order, a chunk (list of ids) at a time, by keyset paging
    through the date index."""
    d = "DESC" if descending else "ASC"
    cmp = "<" if descending else ">"
    last: list = []
    while True:
        after = f" AND (i.date_start, i.id) {cmp} (?, ?)" if last else ""
        rows = cdb.conn.execute(f"SELECT i.id, i.date_start FROM incident i WHERE {where}{after}"
                                f" ORDER BY i.date_start {d}, i.id {d} LIMIT {chunk}", params + last).fetchall()
        if not rows:
            return
        last = [rows[-1][1], rows[-1][0]]
        yield [r[0] for r in rows]


def _walk_against(cdb: "CaseDatabase", hits: set[int], where: str, params: list, descending: bool,
                  limit: int, chunk: int = 2000) -> list[int]:
    """The first `limit` ids in date order that are in `hits`, walking the date index in chunks."""
    page: list[int] = []
    for ids in _date_walk(cdb, where, params, descending, chunk):
        page.extend(iid for iid in ids if iid in hits)
        if len(page) >= limit:
            break
    return page[:limit]


def _walk_by_text(cdb: "CaseDatabase", words: list[str], where: str, params: list, descending: bool,
                  limit: int, budget: int, seen: list[list[str]] | None = None) -> list[int] | None:
    """The first `limit` matches in date order by testing each incident's text; None when the hit
    rate so far says the page would not fill within `budget` incidents. `seen`, if given, gets the
    words each walked incident has."""
    page: list[int] = []
    walked = 0
    for ids in _date_walk(cdb, where, params, descending, _WALK_CHUNK):
        walked += len(ids)
        for iid, has in _words_in_texts(cdb, ids, words):
            if seen is not None:
                seen.append(has)
            if len(has) == len(words):
                page.append(iid)
                if len(page) == limit:
                    return page
        if walked >= budget or len(page) * budget < limit * walked:
            return None  # too rare for this walk: at this rate the page needs more than the budget
    return page


def _words_in_texts(cdb: "CaseDatabase", ids: list[int], words: list[str]) -> list[tuple[int, list[str]]]:
    """For each incident, in the order given, the words that begin a word of its search text (the
    text the index holds, rebuilt from the records, folded the same way)."""
    texts = cdb.incidents.search_texts(ids)
    out = []
    for iid in ids:
        tokens = fold(" ".join(t for t in texts.get(iid, []) if t)).split()
        out.append((iid, [w for w in words if any(tok.startswith(w) for tok in tokens)]))
    return out


def _with_words(cdb: "CaseDatabase", ids: list[int], words: list[str]) -> set[int]:
    """The incidents among `ids` whose search text has every word (as the start of a word)."""
    return {iid for iid, has in _words_in_texts(cdb, ids, words) if len(has) == len(words)}
