"""Search: full text (any script) and filters, turned into SQL that returns ordered incident ids.

Text is folded to one Latin form on both sides (see kkdesk.model.translit), so "Zhovtis" finds
"Жовтис" and the reverse. Filters work at three levels — incident, target, threat — and each
level's conditions are kept apart so statistics can apply them to the rows they count.
"""

from __future__ import annotations

import dataclasses
from array import array
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.search.rowkey import INCIDENT_OF_ROWID, incident_of

if TYPE_CHECKING:
    from kkdesk.store.database import CaseDatabase

SORT_KEYS = {
    "date": "i.date_start {d}, i.id {d}",
    "recorded": "i.id {d}",
    "ref": "i.ref {d}",
    "title": "i.title COLLATE NOCASE {d}, i.id {d}",
    "place": "i.city {d}, i.date_start {d}, i.id {d}",
    "status": "i.status {d}, i.date_start {d}, i.id {d}",
}


@dataclass
class SearchQuery:
    """What the user asked for: free text plus filters; empty lists mean 'any'."""

    text: str = ""
    date_from: str | None = None   # ISO day; an incident counts by the first day it covers
    date_to: str | None = None
    regions: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    threat_types: list[str] = field(default_factory=list)
    threat_groups: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    confidentiality: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    person_tags: list[str] = field(default_factory=list)   # e.g. "at high risk" on the person
    risk_levels: list[str] = field(default_factory=list)
    person_id: int | None = None
    organisation_id: int | None = None

    def is_empty(self) -> bool:
        return self == SearchQuery()

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "SearchQuery":
        data = json.loads(text)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression: every folded word as a prefix, all required."""
    from kkdesk.model.translit import fold

    words = fold(text or "").split()
    return " AND ".join(f'"{w}"*' for w in words) if words else None


def _normalise_day(value: str | None, end: bool) -> str | None:
    if not value:
        return None
    from kkdesk.model.dates import PartialDate

    try:
        d = PartialDate.parse(value) if not _is_iso(value) else PartialDate(value)
    except InvalidInput:
        raise InvalidInput(f"Cannot read the date '{value}'; write it as 2019-06-09, 2019-06 or 2019.") from None
    return (d.end if end else d.start).isoformat()


def _is_iso(value: str) -> bool:
    return len(value) in (4, 7, 10) and value[:4].isdigit()


def _in(column: str, values: list, params: list) -> str:
    params.extend(values)
    return f"{column} IN ({','.join('?' * len(values))})"


@dataclass
class Conditions:
    """SQL conditions by level, each with its parameters. Aliases: i incident, g target, p person,
    t threat."""

    incident: list[tuple[str, list]] = field(default_factory=list)
    target: list[tuple[str, list]] = field(default_factory=list)
    threat: list[tuple[str, list]] = field(default_factory=list)


def conditions(q: SearchQuery) -> Conditions:
    c = Conditions()

    def add(level: list, sql: str, params: list) -> None:
        level.append((sql, params))

    match = fts_match(q.text)
    if match:
        add(c.incident, f"i.id IN (SELECT {INCIDENT_OF_ROWID} FROM incident_fts WHERE incident_fts MATCH ?)",
            [match])
    start, end = _normalise_day(q.date_from, False), _normalise_day(q.date_to, True)
    if start:
        add(c.incident, "i.date_start >= ?", [start])
    if end:
        add(c.incident, "i.date_start <= ?", [end])
    for values, column in ((q.regions, "i.region"), (q.cities, "i.city"), (q.statuses, "i.status"),
                           (q.confidentiality, "i.confidentiality")):
        if values:
            p: list = []
            add(c.incident, _in(column, values, p), p)
    if q.tags:
        p = []
        add(c.incident, "i.id IN (SELECT it.incident_id FROM incident_tag it JOIN tag ON tag.id = it.tag_id"
                        f" WHERE {_in('tag.name', q.tags, p)})", p)
    if q.categories:
        p = []
        add(c.target, _in("g.category", q.categories, p), p)
    if q.genders:
        p = []
        add(c.target, "g.person_id IN (SELECT id FROM person WHERE " + _in("gender", q.genders, p) + ")", p)
    if q.person_tags:
        p = []
        add(c.target, "g.person_id IN (SELECT pt.person_id FROM person_tag pt JOIN tag ON tag.id = pt.tag_id"
                      f" WHERE {_in('tag.name', q.person_tags, p)})", p)
    if q.risk_levels:
        p = []
        add(c.target, "g.person_id IN (SELECT id FROM person WHERE " + _in("risk_level", q.risk_levels, p) + ")", p)
    if q.person_id is not None:
        add(c.target, "g.person_id = ?", [q.person_id])
    if q.organisation_id is not None:
        add(c.target, "g.organisation_id = ?", [q.organisation_id])
    if q.threat_types:
        p = []
        add(c.threat, _in("t.threat_type", q.threat_types, p), p)
    if q.threat_groups:
        p = []
        add(c.threat, "t.threat_type IN (SELECT code FROM vocab_term WHERE vocab = 'threat_type' AND "
                      + _in("parent", q.threat_groups, p) + ")", p)
    if q.sources:
        p = []
        add(c.threat, "t.id IN (SELECT threat_id FROM threat_source WHERE " + _in("source_type", q.sources, p) + ")",
            p)
    return c


def _join(conds: list[tuple[str, list]]) -> tuple[str, list]:
    params: list = []
    for _, p in conds:
        params.extend(p)
    return " AND ".join(sql for sql, _ in conds), params


def incident_where(q: SearchQuery) -> tuple[str, list]:
    """One WHERE clause over alias i selecting the incidents the query matches."""
    c = conditions(q)
    parts = list(c.incident)
    if c.target or c.threat:
        # Target and threat filters must hold for the same target / threat row.
        inner = [("g.incident_id = i.id", [])] + c.target
        if c.threat:
            inner.append(("t.target_id = g.id", []))
            inner += c.threat
            sql, params = _join(inner)
            parts.append((f"EXISTS (SELECT 1 FROM target g JOIN threat t ON t.target_id = g.id WHERE {sql})", params))
        else:
            sql, params = _join(inner)
            parts.append((f"EXISTS (SELECT 1 FROM target g WHERE {sql})", params))
    if not parts:
        return "1", []
    return _join(parts)


def incident_ids(cdb: "CaseDatabase", q: SearchQuery | None = None, order: str = "date",
                 descending: bool = True, limit: int | None = None) -> list[int]:
    """Ids of matching incidents in display order (sorting happens in SQL)."""
    q = q or SearchQuery()
    if order not in SORT_KEYS:
        raise InvalidInput(f"Cannot sort by '{order}'.")
    if limit is not None and 0 < limit <= FIRST_PAGE_MAX and order == "date" and fts_match(q.text):
        page = _first_page_by_date(cdb, q, descending, int(limit))
        if page is not None:
            return page
    sql, params = _ordered_sql(q, order, descending, limit)
    return [r[0] for r in cdb.conn.execute(sql, params)]


def incident_id_array(cdb: "CaseDatabase", q: SearchQuery | None = None, order: str = "date",
                      descending: bool = True) -> array:
    """The full ordered id list as 64-bit integers: 8 bytes an id instead of about 36 in a list,
    which is what keeps the table of a million incidents within its memory budget."""
    q = q or SearchQuery()
    if order not in SORT_KEYS:
        raise InvalidInput(f"Cannot sort by '{order}'.")
    sql, params = _ordered_sql(q, order, descending, None)
    return array("q", (r[0] for r in cdb.conn.execute(sql, params)))


def _ordered_sql(q: SearchQuery, order: str, descending: bool, limit: int | None) -> tuple[str, list]:
    match = fts_match(q.text)
    if match and order == "date" and descending and dataclasses.replace(q, text="").is_empty():
        # Text alone, newest first: the search index's own order is the answer, with no look-up of
        # the incident rows and no sort (1M matches: 0.3 s instead of 5 s).
        sql = f"SELECT {INCIDENT_OF_ROWID} FROM incident_fts WHERE incident_fts MATCH ? ORDER BY rowid"
        return sql + (f" LIMIT {int(limit)}" if limit is not None else ""), [match]
    where, params = incident_where(q)
    sql = f"SELECT i.id FROM incident i WHERE {where} ORDER BY " + SORT_KEYS[order].format(
        d="DESC" if descending else "ASC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


# ----- the first page of a text search, fast at a million incidents ---------------------------------
#
# Ordering every match by date means touching every one of them (~1 s for a word in most records of a
# million); the first page needs only the first fifty:
#  - newest first (the default): the search index keeps its rows in that order (see rowkey), so the
#    page is the first rows it gives that pass the other filters. A prefix word ("ahmet"*) costs
#    FTS5 a merge of the lists of every term it starts before the first answer, so in a query of
#    several words, a word in a large share of the records is tested in the candidates' text instead;
#  - frequent words, before that: walk the date index and test each incident's own search text
#    (rebuilt from its rows exactly as the indexer builds it); the page fills within a few hundred
#    incidents. A short first stretch tells whether the word is frequent;
#  - oldest first: few matches are sorted directly; more are found by walking the date index
#    against the match set, or against each incident's text.

FIRST_PAGE_MAX = 500
_FEW = 4000          # oldest first: up to this many matches, sort them
_MANY = 60_000       # oldest first: up to this many, date-index walk against the match set; above: text walk
_WALK_CHUNK = 50
_PROBE = 150         # the first text walk goes on while its hit rate promises a full page within this many
_WALK_MAX = 40_000   # a walk that finds too little gives way to the plain query
_MERGE_BREAK_EVEN = 110_000  # share² × incidents above which a word costs FTS5 more than a text test


def _first_page_by_date(cdb: "CaseDatabase", q: SearchQuery, descending: bool, limit: int) -> list[int] | None:
    from kkdesk.model.translit import fold

    conn = cdb.conn
    match = fts_match(q.text)
    words = fold(q.text).split()
    rest = dataclasses.replace(q, text="")
    where, params = incident_where(rest)
    shares: dict[str, float] = {}
    page = _walk_by_text(cdb, words, where, params, descending, limit, budget=_PROBE, shares=shares)
    if page is not None:
        return page
    if descending:
        return _walk_index(cdb, words, _costly_to_merge(cdb, shares), where, params, limit)
    # Oldest first. One FTS evaluation serves both the size decision and the membership test below.
    hits = [incident_of(r[0]) for r in conn.execute(
        f"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? LIMIT {_MANY + 1}", (match,))]
    if not hits:
        return []
    if len(hits) <= _FEW:
        marks = ",".join("?" * len(hits))
        # "+" on the sort keys keeps the planner on rowid look-ups, not a walk of the date index.
        return [r[0] for r in conn.execute(
            f"SELECT i.id FROM incident i WHERE i.id IN ({marks}) AND {where}"
            f" ORDER BY +i.date_start, +i.id LIMIT {limit}", hits + params)]
    if len(hits) <= _MANY:
        return _walk_against(cdb, set(hits), where, params, descending, limit)
    return _walk_by_text(cdb, words, where, params, descending, limit, budget=_WALK_MAX)


def _costly_to_merge(cdb: "CaseDatabase", shares: dict[str, float]) -> set[str]:
    """The words of a multi-word query better tested in each candidate's text than asked of FTS5.

    FTS5 merges the lists of every term a prefix word starts before its first answer: about
    share × incidents × 45 ns. Testing the word in the text of the index's candidates instead costs
    about (50 / share) × 100 µs. Past that break-even (a third of the incidents at a million, never at
    100,000) the word is tested; the rarest word is always left to the index."""
    incidents = cdb.scalar("SELECT max(id) FROM incident") or 0
    costly = {w for w, share in shares.items() if share * share * incidents > _MERGE_BREAK_EVEN}
    if costly and len(costly) == len(shares):
        costly.discard(min(shares, key=shares.get))
    return costly


def _walk_index(cdb: "CaseDatabase", words: list[str], tested: set[str], where: str, params: list,
                limit: int) -> list[int] | None:
    """The first `limit` matches newest first, read in the search index's own order (asking it for
    the words not in `tested`), keeping those that pass the other filters and whose text has the
    `tested` words; None when too few pass within _WALK_MAX candidates."""
    conn = cdb.conn
    match = " AND ".join(f'"{w}"*' for w in words if w not in tested)
    page: list[int] = []
    walked = 0
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
                passed = _with_words(cdb, list(passed), list(tested))
            page.extend(iid for iid in ids if iid in passed)
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
                  limit: int, budget: int, shares: dict[str, float] | None = None) -> list[int] | None:
    """The first `limit` matches in date order by testing each incident's text; None when the hit
    rate so far says the page would not fill within `budget` incidents. `shares`, if given, gets
    the share of the walked incidents that has each word."""
    page: list[int] = []
    walked = 0
    found = dict.fromkeys(words, 0)
    for ids in _date_walk(cdb, where, params, descending, _WALK_CHUNK):
        walked += len(ids)
        for iid, has in _words_in_texts(cdb, ids, words):
            for w in has:
                found[w] += 1
            if len(has) == len(words):
                page.append(iid)
                if len(page) == limit:
                    return page
        if walked >= budget or len(page) * budget < limit * walked:
            if shares is not None:
                shares.update({w: n / walked for w, n in found.items()})
            return None  # too rare for this walk: at this rate the page needs more than the budget
    return page


def _words_in_texts(cdb: "CaseDatabase", ids: list[int], words: list[str]) -> list[tuple[int, list[str]]]:
    """For each incident, in the order given, the words that begin a word of its search text (the
    text the index holds, rebuilt from the records, folded the same way)."""
    from kkdesk.model.translit import fold

    texts = cdb.incidents.search_texts(ids)
    out = []
    for iid in ids:
        tokens = fold(" ".join(t for t in texts.get(iid, []) if t)).split()
        out.append((iid, [w for w in words if any(tok.startswith(w) for tok in tokens)]))
    return out


def _with_words(cdb: "CaseDatabase", ids: list[int], words: list[str]) -> set[int]:
    """The incidents among `ids` whose search text has every word (as the start of a word)."""
    return {iid for iid, has in _words_in_texts(cdb, ids, words) if len(has) == len(words)}


def person_ids(cdb: "CaseDatabase", text: str, limit: int = 50) -> list[int]:
    match = fts_match(text)
    if not match:
        return []
    return [r[0] for r in cdb.conn.execute(
        "SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))]


def organisation_ids(cdb: "CaseDatabase", text: str, limit: int = 50) -> list[int]:
    match = fts_match(text)
    if not match:
        return []
    return [r[0] for r in cdb.conn.execute(
        "SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))]
