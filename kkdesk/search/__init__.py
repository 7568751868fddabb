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
        add(c.incident, "i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)", [match])
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
    where, params = incident_where(q)
    sql = f"SELECT i.id FROM incident i WHERE {where} ORDER BY " + SORT_KEYS[order].format(
        d="DESC" if descending else "ASC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


# ----- the first page of a text search, fast at a million incidents ---------------------------------
#
# A prefix word ("ahmet"*) makes FTS5 merge the posting lists of every matching term before it can
# answer anything, and ordering all matches by date means touching every one of them: ~1 s for a word
# in most records of a million. The first page needs neither:
#  - frequent words: walk the date index from the top and test each incident's own search text
#    (rebuilt from its rows exactly as the indexer builds it); the page fills within a few hundred
#    incidents, and FTS is not asked at all. A short first stretch tells whether the word is frequent;
#  - otherwise ask FTS how many match: few are sorted directly; more are found by walking the date
#    index against the match set SQLite builds.

FIRST_PAGE_MAX = 500
_FEW = 4000          # up to this many matches: sort them
_MANY = 60_000       # up to this many: date-index walk against the match set; above: text walk
_WALK_CHUNK = 50
_PROBE = 500         # the first text walk goes on while its hit rate promises a full page within this many
_WALK_MAX = 40_000   # a text walk that finds too little gives way to the plain query


def _first_page_by_date(cdb: "CaseDatabase", q: SearchQuery, descending: bool, limit: int) -> list[int] | None:
    conn = cdb.conn
    match = fts_match(q.text)
    rest = dataclasses.replace(q, text="")
    where, params = incident_where(rest)
    page = _walk_by_text(cdb, q.text, where, params, descending, limit, budget=_PROBE)
    if page is not None:
        return page
    d = "DESC" if descending else "ASC"
    # One FTS evaluation serves both the size decision and the membership test below.
    hits = [r[0] for r in conn.execute(
        f"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? LIMIT {_MANY + 1}", (match,))]
    if not hits:
        return []
    if len(hits) <= _FEW:
        marks = ",".join("?" * len(hits))
        # "+" on the sort keys keeps the planner on rowid look-ups, not a walk of the date index.
        return [r[0] for r in conn.execute(
            f"SELECT i.id FROM incident i WHERE i.id IN ({marks}) AND {where}"
            f" ORDER BY +i.date_start {d}, +i.id {d} LIMIT {limit}", hits + params)]
    if len(hits) <= _MANY:
        return _walk_against(cdb, set(hits), where, params, descending, limit)
    return _walk_by_text(cdb, q.text, where, params, descending, limit, budget=_WALK_MAX)


def _walk_against(cdb: "CaseDatabase", hits: set[int], where: str, params: list, descending: bool,
                  limit: int, chunk: int = 2000) -> list[int]:
    """The first `limit` ids in date order that are in `hits`, walking the date index in chunks."""
    d = "DESC" if descending else "ASC"
    cmp = "<" if descending else ">"
    page: list[int] = []
    last = None
    while len(page) < limit:
        after, after_params = "", []
        if last is not None:
            after = f" AND (i.date_start, i.id) {cmp} (?, ?)"
            after_params = list(last)
        rows = cdb.conn.execute(f"SELECT i.id, i.date_start FROM incident i WHERE {where}{after}"
                                f" ORDER BY i.date_start {d}, i.id {d} LIMIT {chunk}", params + after_params).fetchall()
        if not rows:
            break
        page.extend(iid for iid, _ in rows if iid in hits)
        last = rows[-1][1], rows[-1][0]
    return page[:limit]


def _walk_by_text(cdb: "CaseDatabase", text: str, where: str, params: list, descending: bool,
                  limit: int, budget: int) -> list[int] | None:
    """The first `limit` matches in date order by testing each incident's text; None when the hit
    rate so far says the page would not fill within `budget` incidents."""
    from kkdesk.model.translit import fold

    conn = cdb.conn
    d = "DESC" if descending else "ASC"
    order = f"ORDER BY i.date_start {d}, i.id {d}"
    words = fold(text).split()
    page: list[int] = []
    walked = 0
    last = None
    cmp = "<" if descending else ">"
    while len(page) < limit:
        if walked and (walked >= budget or len(page) * budget < limit * walked):
            return None  # too rare for this walk: at this rate the page needs more than the budget
        after, after_params = "", []
        if last is not None:
            after = f" AND (i.date_start, i.id) {cmp} (?, ?)"
            after_params = list(last)
        chunk = conn.execute(f"SELECT i.id, i.date_start FROM incident i WHERE {where}{after} {order}"
                             f" LIMIT {_WALK_CHUNK}", params + after_params).fetchall()
        if not chunk:
            return page
        walked += len(chunk)
        last = chunk[-1][1], chunk[-1][0]
        bodies = _search_bodies(cdb, [r[0] for r in chunk])
        for iid, _ in chunk:
            tokens = fold(" ".join(t for t in bodies.get(iid, []) if t)).split()
            if all(any(tok.startswith(w) for tok in tokens) for w in words):
                page.append(iid)
                if len(page) == limit:
                    break
    return page


def _search_bodies(cdb: "CaseDatabase", ids: list[int]) -> dict[int, list[str]]:
    """The texts IncidentStore indexes for each incident (see IncidentStore._collect), read in bulk."""
    conn = cdb.conn
    marks = ",".join("?" * len(ids))
    out: dict[int, list[str]] = {}
    for iid, *texts in conn.execute(
            f"SELECT id, ref, title, narrative, place_detail FROM incident WHERE id IN ({marks})", ids):
        out[iid] = list(texts)
    queries = [
        f"SELECT it.incident_id, tag.name FROM incident_tag it JOIN tag ON tag.id = it.tag_id"
        f" WHERE it.incident_id IN ({marks})",
        f"SELECT g.incident_id, p.name_latin, p.name_cyrillic, p.aliases FROM target g JOIN person p"
        f" ON p.id = g.person_id WHERE g.incident_id IN ({marks})",
        f"SELECT g.incident_id, o.name, o.name_alt FROM target g JOIN organisation o"
        f" ON o.id = g.organisation_id WHERE g.incident_id IN ({marks})",
        f"SELECT incident_id, outcome, notes FROM threat WHERE incident_id IN ({marks})",
        f"SELECT incident_id, outlet, url, notes FROM info_source WHERE incident_id IN ({marks})",
        f"SELECT incident_id, result, reference, notes FROM response WHERE incident_id IN ({marks})",
        f"SELECT incident_id, filename FROM attachment WHERE incident_id IN ({marks})",
    ]
    for n, sql in enumerate(queries):
        for iid, *texts in conn.execute(sql, ids):
            if n == 1:  # aliases are a JSON list
                texts = texts[:2] + json.loads(texts[2] or "[]")
            out.setdefault(iid, []).extend(texts)
    return out


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
