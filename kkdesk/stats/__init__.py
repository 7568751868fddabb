"""Statistics as the monitoring methodology counts, each naming its counting unit.

Units: threats (acts), incidents (events), persons and organisations (distinct targets threatened),
targets (person-or-organisation entries in incidents). An incident is counted in the year and the
month of the first day it covers; one known only to the year counts in that year and in no month
(its month is None), so months plus "month unknown" always add up to the year.
Multi-valued dimensions (source, tag) count a threat once under each of its values: their
columns do not add up to the total, and the result says so in `multi_valued`.

Answers come from the in-memory facts (kkdesk.stats.facts, milliseconds at a million incidents)
once they are loaded — `prepare()` loads them, with progress, and any statistic the pre-counted
cells cannot answer loads them first. The plain SQL below is the reference every fast answer is
tested against (`_count_by_sql`, `_sql_*`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from kkdesk.errors import InvalidInput
from kkdesk.messages import in_each_language, msg, render, render_value
from kkdesk.model.entities import CRITERIA
from kkdesk.search import SearchQuery, conditions
from kkdesk.stats import cube
from kkdesk.vocab import vocab_name

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

UNITS = ("threats", "incidents", "persons", "organisations", "targets")

# dimension -> (SQL expression, level, vocabulary for labels or None)
DIMENSIONS: dict[str, tuple[str, str, str | None]] = {
    "year": ("i.year", "incident", None),
    "month": ("i.month", "incident", None),
    "region": ("i.region", "incident", "region"),
    "city": ("i.city", "incident", "city"),
    "status": ("i.status", "incident", "status"),
    "confidentiality": ("i.confidentiality", "incident", "confidentiality"),
    "tag": ("tg.name", "incident", None),
    "category": ("g.category", "target", "category"),
    # a child category counted under its parent (advocates and legal consultants as lawyers)
    "category_group": ("COALESCE(vc.parent, g.category)", "target", "category"),
    "org_kind": ("o.kind", "target", "org_kind"),
    "gender": ("p.gender", "target", "gender"),
    "risk_level": ("p.risk_level", "target", "risk_level"),
    "target_kind": ("CASE WHEN g.person_id IS NULL THEN 'organisation' ELSE 'person' END", "target", None),
    "threat_type": ("t.threat_type", "threat", "threat_type"),
    "threat_group": ("vt.parent", "threat", "threat_group"),
    "source": ("s.source_type", "threat", "source_type"),
    # a source counted under its group (the ministries), a threat once per group
    "source_group": ("COALESCE(vs.parent, s.source_type)", "threat", "source_type"),
    **{dim: (f"t.{dim}", "threat", None) for dim in CRITERIA},  # the classification criteria
}
MULTI_VALUED = {"source", "source_group", "tag"}
_LEVELS = {"incident": 0, "target": 1, "threat": 2}
_UNIT_EXPR = {
    "threats": "COUNT(DISTINCT t.id)",
    "incidents": "COUNT(DISTINCT i.id)",
    "persons": "COUNT(DISTINCT g.person_id)",
    "organisations": "COUNT(DISTINCT g.organisation_id)",
    "targets": "COUNT(DISTINCT g.id)",
}
_UNIT_LEVEL = {"threats": "threat", "incidents": "incident", "persons": "target", "organisations": "target",
               "targets": "target"}


@dataclass
class StatTable:
    """One statistic: what it counts (unit), grouped by which dimensions, and the rows."""

    unit: str
    by: list[str]
    rows: list[dict]
    total: int = 0
    multi_valued: bool = False
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"unit": self.unit, "by": self.by, "rows": self.rows, "total": self.total,
                "multi_valued": self.multi_valued}

    def value(self, **key) -> int:
        """The count in the row whose dimension values equal key (0 if absent)."""
        for row in self.rows:
            if all(row.get(k) == v for k, v in key.items()):
                return row["count"]
        return 0


def label(cdb: "CaseDatabase", dimension: str, value, lang: str = "en") -> str:
    """A display label for a dimension value (vocabulary label, month name, or the value)."""
    if value is None:
        code = {"month": "stats.month_unknown", "gender": "stats.organisation"}.get(dimension, "stats.not_recorded")
        return render(msg(code), lang)
    if dimension in CRITERIA:   # a criterion's value is the term "<criterion>.<value>"
        return cdb.vocab.label("criterion", f"{dimension}.{value}", lang)
    vocab = DIMENSIONS.get(dimension, ("", "", None))[2]
    if vocab:
        return cdb.vocab.label(vocab, value, lang)
    return str(value)


# dimensions whose name is not their vocabulary's (criteria are named by their criterion term)
_DIMENSION_NAMES = {"tag": "importfield.tags", "target_kind": "importfield.target_kind",
                    "year": "stats.dimension.year", "month": "stats.dimension.month",
                    "category_group": "stats.dimension.category_group",
                    "source_group": "stats.dimension.source_group"}


def dimension_name(cdb: "CaseDatabase", dimension: str):
    """What a dimension counts by, as a message parameter in the reader's language ("threat type")."""
    if dimension in CRITERIA:
        return cdb.vocab.named("criterion", dimension)
    if dimension in _DIMENSION_NAMES:
        return msg(_DIMENSION_NAMES[dimension])
    return vocab_name(DIMENSIONS[dimension][2])


def _choice(cdb: "CaseDatabase", code: str, name=None) -> dict[str, str]:
    """A dimension (or unit) as typed on the command line with its name in each language: "gender (пол)";
    the code alone where its name is the same word ("year" in English)."""
    name = dimension_name(cdb, code) if name is None else name
    choice = msg("stats.choice", code=code, name=name)
    return in_each_language(lambda lang: code if render_value(name, lang) == code else render(choice, lang))


def _check_dimension(cdb: "CaseDatabase", dimension: str) -> None:
    """InvalidInput listing the dimensions, each with its name, unless dimension is one."""
    if dimension not in DIMENSIONS:
        raise InvalidInput("stats.bad_dimension", field="by", dimension=str(dimension),
                           dimensions=[_choice(cdb, d) for d in DIMENSIONS])


def _from_clause(level: str, dims: list[str], query: SearchQuery | None = None) -> str:
    """Rows at `level`, with the joins the dimensions need.

    With a date range the incidents are the outer loop (CROSS JOIN fixes SQLite's join order; the
    result is the same as JOIN): without table statistics the planner otherwise scans all two
    million threats to count the few thousand of a fortnight (5 s instead of 0.1 s at 1M incidents).
    """
    join = "CROSS JOIN" if query is not None and (query.date_from or query.date_to) else "JOIN"
    parts = ["incident i"]
    if level in ("target", "threat"):
        parts.append(f"{join} target g ON g.incident_id = i.id")
        parts.append("LEFT JOIN person p ON p.id = g.person_id")
    if level == "threat":
        parts.append(f"{join} threat t ON t.target_id = g.id")
    if "threat_group" in dims:
        parts.append("LEFT JOIN vocab_term vt ON vt.vocab = 'threat_type' AND vt.code = t.threat_type")
    if "category_group" in dims:
        parts.append("LEFT JOIN vocab_term vc ON vc.vocab = 'category' AND vc.code = g.category")
    if "org_kind" in dims:
        parts.append("LEFT JOIN organisation o ON o.id = g.organisation_id")
    if "source" in dims or "source_group" in dims:
        parts.append("LEFT JOIN threat_source s ON s.threat_id = t.id")
    if "source_group" in dims:
        parts.append("LEFT JOIN vocab_term vs ON vs.vocab = 'source_type' AND vs.code = s.source_type")
    if "tag" in dims:
        parts.append("LEFT JOIN incident_tag itg ON itg.incident_id = i.id LEFT JOIN tag tg ON tg.id = itg.tag_id")
    return " ".join(parts)


def _where(level: str, query: SearchQuery | None) -> tuple[str, list]:
    """Filters applied to the counted rows themselves where the level allows, else via EXISTS."""
    if query is None:
        return "1", []
    c = conditions(query)
    parts, params = [], []
    for sql, p in c.incident:
        parts.append(sql)
        params += p
    lvl = _LEVELS[level]
    if lvl >= 1:
        for sql, p in c.target:
            parts.append(sql)
            params += p
    if lvl >= 2:
        for sql, p in c.threat:
            parts.append(sql)
            params += p
    if lvl == 0 and (c.target or c.threat):
        inner = ["g.incident_id = i.id"] + [s for s, _ in c.target] + [s for s, _ in c.threat]
        inner_params = [x for _, p in c.target for x in p] + [x for _, p in c.threat for x in p]
        join = "target g LEFT JOIN person p ON p.id = g.person_id"
        if c.threat:
            join += " JOIN threat t ON t.target_id = g.id"
        parts.append(f"EXISTS (SELECT 1 FROM {join} WHERE {' AND '.join(inner)})")
        params += inner_params
    elif lvl == 1 and c.threat:
        inner = ["t.target_id = g.id"] + [s for s, _ in c.threat]
        parts.append(f"EXISTS (SELECT 1 FROM threat t WHERE {' AND '.join(inner)})")
        params += [x for _, p in c.threat for x in p]
    return (" AND ".join(parts) or "1"), params


def count_by(cdb: "CaseDatabase", by: list[str] | str, unit: str = "threats",
             query: SearchQuery | None = None) -> StatTable:
    """Counts of `unit` grouped by the dimensions in `by`, for the incidents `query` selects.

    Threat-level filters (type, source) restrict which threats count; for persons and incidents they
    select those with at least one matching threat.
    """
    by = [b.strip() for b in (by.split(",") if isinstance(by, str) else by) if b.strip()]
    if unit not in UNITS:
        raise InvalidInput("stats.bad_unit", field="unit", unit=str(unit),
                           units=[_choice(cdb, u, msg(f"unit.{u}")) for u in UNITS])
    for dim in by:
        _check_dimension(cdb, dim)
    from kkdesk.stats import cube

    engine = _engine(cdb, load=False)
    found = engine.count(by, unit, query) if engine else cube.try_count(cdb, by, unit, query)
    if found is None:
        engine = _engine(cdb)
        if engine is None:
            return _count_by_sql(cdb, by, unit, query)
        found = engine.count(by, unit, query)
    rows, total = found
    return StatTable(unit, by, rows, total, multi_valued=bool(MULTI_VALUED & set(by)))


def prepare(cdb: "CaseDatabase", progress=None) -> None:
    """Load the in-memory facts now (on the worker, after unlock), reporting progress; the
    statistics after it answer in milliseconds. Cancellable through `progress`."""
    from kkdesk.progress import Scaled, ensure
    from kkdesk.stats import facts
    from kkdesk.stats.fast import Engine

    progress = ensure(progress)
    f = facts.ensure_loaded(cdb, Scaled(progress, 0.0, 0.9))
    # warmed after each full load only: after an edit (a few incidents patched in by Facts.sync) the
    # memory is the process's already, and warming again took longer than the dashboard (0.4 s at 1M)
    if f is not None and getattr(f, "warmed_load", None) != f.loads:
        f.warmed_load = f.loads
        Engine(f, cdb).warm()
        facts.release_scratch()   # the caches stay; the load's and the warm-up's temporaries go
    progress.set_progress(1.0, msg("progress.stats_ready"))


def release_memory() -> None:
    """Give the temporaries of the statistics just computed back to the system: called after a batch
    (a dashboard, a report's statistics), so the memory the facts keep between batches is their own."""
    from kkdesk.stats import facts

    facts.release_scratch()


def _sql(cdb: "CaseDatabase", sql: str) -> str:
    """The plain SQL counting persons once when records are linked as "same person as": each target's
    person read as the first (smallest id) of its group (temp.kk_person_canon, refreshed here), as
    the facts do. Without such links the SQL is left as it is."""
    groups = cdb.links.person_groups()
    if not groups:
        return sql
    conn = cdb.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS kk_person_canon (person_id INTEGER PRIMARY KEY, canon INTEGER)")
    conn.execute("DELETE FROM temp.kk_person_canon")
    conn.executemany("INSERT INTO temp.kk_person_canon(person_id, canon) VALUES (?, ?)",
                     [(p, min(g)) for p, g in groups.items() if p != min(g)])
    targets = ("(SELECT id, incident_id, coalesce((SELECT canon FROM temp.kk_person_canon c"
               " WHERE c.person_id = target.person_id), person_id) AS person_id, organisation_id, category,"
               " position FROM target)")
    return sql.replace("target g", f"{targets} g")


def _canonical_query(cdb: "CaseDatabase", query: SearchQuery | None) -> SearchQuery | None:
    """The query with its person (if any) as the first record of the person's "same person" group."""
    if query is None or query.person_id is None:
        return query
    group = cdb.links.person_groups().get(query.person_id)
    return dataclasses.replace(query, person_id=min(group)) if group else query


def _engine(cdb: "CaseDatabase", load: bool = True):
    """The fast engine over the database's facts (loading them if `load`), or None when the facts
    cannot answer now (not loaded, or a write transaction with pending changes is open)."""
    from kkdesk.stats import facts
    from kkdesk.stats.fast import Engine

    f = facts.ensure_loaded(cdb) if load else facts.loaded(cdb)
    return Engine(f, cdb) if f is not None else None


def _count_by_sql(cdb: "CaseDatabase", by: list[str], unit: str, query: SearchQuery | None) -> StatTable:
    """count_by with plain SQL over the records: any question, and the reference for the cells."""
    query = _canonical_query(cdb, query)
    levels = [_UNIT_LEVEL[unit]] + [DIMENSIONS[d][1] for d in by]
    level = max(levels, key=_LEVELS.__getitem__)
    if unit == "organisations":
        extra_where = " AND g.organisation_id IS NOT NULL"
    elif unit == "persons":
        extra_where = " AND g.person_id IS NOT NULL"
    else:
        extra_where = ""
    where, params = _where(level, query)
    from_ = _from_clause(level, by, query)
    count = _UNIT_EXPR[unit]
    if by:
        # With a date range, "+" keeps SQLite from walking a whole year/city index just to skip the
        # GROUP BY sort (+x is x, for any value); the date index then drives the query.
        plus = "+" if query is not None and (query.date_from or query.date_to) else ""
        select = ", ".join(f"{plus}{DIMENSIONS[d][0]} AS d{n}" for n, d in enumerate(by))
        group = ", ".join(f"d{n}" for n in range(len(by)))
        sql = (f"SELECT {select}, {count} FROM {from_} WHERE {where}{extra_where}"
               f" GROUP BY {group} ORDER BY {group}")
        rows = [dict(zip(by + ["count"], r)) for r in cdb.conn.execute(_sql(cdb, sql), params)]
    else:
        rows = []
    total_sql = f"SELECT {count} FROM {_from_clause(level, [], query)} WHERE {where}{extra_where}"
    total = cdb.scalar(_sql(cdb, total_sql), params) or 0
    if not by:
        rows = [{"count": total}]
    rows = [r for r in rows if r["count"]]
    return StatTable(unit, by, rows, total, multi_valued=bool(MULTI_VALUED & set(by)))


# ----- the overview's special tables -------------------------------------------------------------

def threats_per_target(cdb: "CaseDatabase", query: SearchQuery | None = None,
                       kind: str = "person") -> StatTable:
    """Histogram: how many persons (or organisations) suffered N threats. Unit: persons."""
    engine = _engine(cdb)
    if engine is None:
        return _sql_threats_per_target(cdb, query, kind)
    rows = engine.threats_per_target(query, kind)
    unit = "persons" if kind == "person" else "organisations"
    return StatTable(unit, ["threats"], rows, sum(r["count"] for r in rows))


def _sql_threats_per_target(cdb: "CaseDatabase", query: SearchQuery | None = None,
                            kind: str = "person") -> StatTable:
    query = _canonical_query(cdb, query)
    column = "g.person_id" if kind == "person" else "g.organisation_id"
    where, params = _where("threat", query)
    sql = (f"SELECT n, COUNT(*) FROM (SELECT {column} AS who, COUNT(DISTINCT t.id) AS n"
           f" FROM {_from_clause('threat', [], query)} WHERE {where} AND {column} IS NOT NULL GROUP BY who)"
           f" GROUP BY n ORDER BY n")
    rows = [{"threats": n, "count": c} for n, c in cdb.conn.execute(_sql(cdb, sql), params)]
    unit = "persons" if kind == "person" else "organisations"
    return StatTable(unit, ["threats"], rows, sum(r["count"] for r in rows))


def distinct_types_per_target(cdb: "CaseDatabase", query: SearchQuery | None = None) -> StatTable:
    """How many distinct threat types each target suffered: persons and organisations per N types."""
    engine = _engine(cdb)
    if engine is None:
        return _sql_distinct_types_per_target(cdb, query)
    rows = engine.distinct_types_per_target(query)
    return StatTable("targets", ["types"], rows, sum(r["count"] for r in rows),
                     notes=["count = persons + organisations"])


def _sql_distinct_types_per_target(cdb: "CaseDatabase", query: SearchQuery | None = None) -> StatTable:
    query = _canonical_query(cdb, query)
    where, params = _where("threat", query)
    sql = (f"SELECT n, SUM(kind = 'person'), SUM(kind = 'organisation') FROM ("
           f" SELECT CASE WHEN g.person_id IS NULL THEN 'organisation' ELSE 'person' END AS kind,"
           f" COALESCE(g.person_id, -g.organisation_id) AS who, COUNT(DISTINCT t.threat_type) AS n"
           f" FROM {_from_clause('threat', [], query)} WHERE {where} GROUP BY kind, who) GROUP BY n ORDER BY n")
    rows = [{"types": n, "persons": p, "organisations": o, "count": p + o}
            for n, p, o in cdb.conn.execute(_sql(cdb, sql), params)]
    return StatTable("targets", ["types"], rows, sum(r["count"] for r in rows),
                     notes=["count = persons + organisations"])


class PersonRows(Sequence):
    """Per-person rows {person_id, first, last (ISO days), years, threats, incidents}, longest under
    threat first, then most threatened, then by id. Held as columns (kkdesk.stats.fast's durations:
    each made when first read) and made into dicts only when read: at a million incidents there are
    a hundred thousand persons, and a report shows a hundred of them, or only how many there are.
    Equal to a list of the same dicts in the same order."""

    FIELDS = ("person_id", "first", "last", "years", "threats", "incidents")

    def __init__(self, columns, least: int = 1, rows_at=None):
        self.columns = columns            # over the persons; first and last as day ordinals
        # the columns at some positions (default: read from the columns; the engine makes a few persons' alone)
        self.rows_at = rows_at or (lambda at: {k: columns[k][at] for k in self.FIELDS})
        self.keep = columns["incidents"] >= least if least > 1 else None   # persons in `least` incidents
        self._sorted = None

    @staticmethod
    def columns_of(rows: list[dict]) -> dict[str, np.ndarray]:
        """The columns of rows already in order (the plain SQL's)."""
        day = lambda iso: dt.date.fromisoformat(iso).toordinal()   # noqa: E731
        return {"person_id": np.array([r["person_id"] for r in rows], np.int64),
                "first": np.array([day(r["first"]) for r in rows], np.int32),
                "last": np.array([day(r["last"]) for r in rows], np.int32),
                **{k: np.array([r[k] for r in rows], np.int64) for k in ("years", "threats", "incidents")},
                "order": np.arange(len(rows))}

    def _order(self) -> np.ndarray:
        """Positions in the columns of the rows, in order."""
        if self._sorted is None:
            order = self.columns["order"]
            self._sorted = order if self.keep is None else order[self.keep[order]]
        return self._sorted

    def __len__(self) -> int:
        return len(self.columns["person_id"]) if self.keep is None else int(np.count_nonzero(self.keep))

    def _dicts(self, at: np.ndarray) -> list[dict]:
        from kkdesk.stats.fast import iso_days

        c = self.rows_at(at)
        return [dict(zip(self.FIELDS, row)) for row in zip(
            c["person_id"].tolist(), iso_days(c["first"]), iso_days(c["last"]), c["years"].tolist(),
            c["threats"].tolist(), c["incidents"].tolist())]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._dicts(self._order()[i])
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        return self._dicts(self._order()[i:i + 1] if i >= 0 else self._order()[[i]])[0]

    def __iter__(self):
        for lo in range(0, len(self), 4096):
            yield from self[lo:lo + 4096]

    def __eq__(self, other):
        if isinstance(other, (PersonRows, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PersonRows({len(self)} persons)"

    def most_threatened(self, n: int | None = None) -> list[dict]:
        """The rows with the most threats first (then by person id), the first `n` of them: the
        n-th largest count found without sorting everyone, then only those at or above it sorted."""
        threats = self.columns["threats"]
        at = np.arange(len(threats)) if self.keep is None else np.flatnonzero(self.keep)
        if n is not None and len(at) > n:
            if n <= 0:
                return []
            kth = np.partition(threats[at], len(at) - n)[len(at) - n]
            at = at[threats[at] >= kth]
        ids = self.columns["person_id"][at]
        return self._dicts(at[np.lexsort((ids, -threats[at]))][:n])


def duration_under_threat(cdb: "CaseDatabase", query: SearchQuery | None = None,
                          min_incidents: int = 1) -> PersonRows:
    """Per person: first and last threat date, calendar years under threat, threats and incidents;
    longest first. Only persons threatened in at least `min_incidents` incidents."""
    engine = _engine(cdb)
    if engine is None:
        return PersonRows(PersonRows.columns_of(_sql_duration_under_threat(cdb, query)), min_incidents)
    return PersonRows(engine.durations(query), min_incidents, lambda at: engine.person_rows(query, at))


def _sql_duration_under_threat(cdb: "CaseDatabase", query: SearchQuery | None = None) -> list[dict]:
    query = _canonical_query(cdb, query)
    where, params = _where("threat", query)
    sql = (f"SELECT g.person_id, MIN(i.date_start), MAX(i.date_start), MIN(i.year), MAX(i.year),"
           f" COUNT(DISTINCT t.id), COUNT(DISTINCT i.id) FROM {_from_clause('threat', [], query)}"
           f" WHERE {where} AND g.person_id IS NOT NULL GROUP BY g.person_id"
           f" ORDER BY MAX(i.year) - MIN(i.year) DESC, COUNT(DISTINCT t.id) DESC, g.person_id")
    return [{"person_id": r[0], "first": r[1], "last": r[2], "years": r[4] - r[3] + 1, "threats": r[5],
             "incidents": r[6]} for r in cdb.conn.execute(_sql(cdb, sql), params)]


def years_under_threat(cdb: "CaseDatabase", query: SearchQuery | None = None) -> StatTable:
    """Histogram: how many persons stayed under threat for N calendar years. Unit: persons."""
    engine = _engine(cdb)
    if engine is not None:
        years = engine.durations(query)["years"]
        hist = np.bincount(years).tolist() if len(years) else []
        rows = [{"years": y, "count": c} for y, c in enumerate(hist) if c]
        return StatTable("persons", ["years"], rows, sum(r["count"] for r in rows))
    return _sql_years_under_threat(cdb, query)


def _sql_years_under_threat(cdb: "CaseDatabase", query: SearchQuery | None = None) -> StatTable:
    counts: dict[int, int] = {}
    for row in _sql_duration_under_threat(cdb, query):
        counts[row["years"]] = counts.get(row["years"], 0) + 1
    rows = [{"years": y, "count": counts[y]} for y in sorted(counts)]
    return StatTable("persons", ["years"], rows, sum(counts.values()))


def repeated_targets(cdb: "CaseDatabase", query: SearchQuery | None = None, min_incidents: int = 2) -> PersonRows:
    """Persons threatened in at least `min_incidents` different incidents, longest under threat first."""
    return duration_under_threat(cdb, query, min_incidents)


def repeated_by(cdb: "CaseDatabase", by: str, query: SearchQuery | None = None,
                min_incidents: int = 2) -> StatTable:
    """Persons threatened repeatedly (in at least `min_incidents` incidents, as `repeated_targets`) by
    gender, category or another single-valued dimension: "14 lawyers and 2 legal experts, of whom 7 men
    (2–5 times) and 9 women". A person counts once under each value they were threatened as;
    `least`/`most` are the fewest and most incidents one of them suffered."""
    _check_dimension(cdb, by)
    if by in MULTI_VALUED or DIMENSIONS[by][1] == "threat":
        raise InvalidInput("stats.bad_repeated_dimension", field="by", dimension=_choice(cdb, by))
    engine = _engine(cdb)
    if engine is not None:
        rows, total = engine.repeated_by(query, by, min_incidents)
    else:
        rows = _sql_repeated_by(cdb, by, query, min_incidents)
        total = len(repeated_targets(cdb, query, min_incidents))
    return StatTable("persons", [by], rows, total, notes=["persons counted once under each value"])


def _sql_repeated_by(cdb: "CaseDatabase", by: str, query: SearchQuery | None = None,
                     min_incidents: int = 2) -> list[dict]:
    query = _canonical_query(cdb, query)
    where, params = _where("threat", query)
    from_all = _from_clause("threat", [], query)
    sql = (f"WITH per AS (SELECT g.person_id AS who, COUNT(DISTINCT i.id) AS n FROM {from_all} WHERE {where}"
           f" AND g.person_id IS NOT NULL GROUP BY g.person_id HAVING COUNT(DISTINCT i.id) >= ?)"
           f" SELECT d, COUNT(*), MIN(n), MAX(n) FROM (SELECT DISTINCT {DIMENSIONS[by][0]} AS d, per.who, per.n"
           f" FROM {_from_clause('threat', [by], query)} JOIN per ON per.who = g.person_id WHERE {where})"
           f" GROUP BY d ORDER BY d")
    return [{by: d, "persons": c, "least": lo, "most": hi}
            for d, c, lo, hi in cdb.conn.execute(_sql(cdb, sql), params + [min_incidents] + params)]


def womens_share_by_year(cdb: "CaseDatabase", query: SearchQuery | None = None) -> list[dict]:
    """Per year: threats against women, all threats (persons and organisations), and the share in %."""
    table = count_by(cdb, ["year", "gender"], "threats", query)
    years: dict[int, dict] = {}
    for row in table.rows:
        y = years.setdefault(row["year"], {"year": row["year"], "women": 0, "threats": 0})
        y["threats"] += row["count"]
        if row["gender"] == "female":
            y["women"] += row["count"]
    for y in years.values():
        y["share"] = round(100.0 * y["women"] / y["threats"], 1) if y["threats"] else 0.0
    return [years[k] for k in sorted(years)]


def types_with_persons(cdb: "CaseDatabase", query: SearchQuery | None = None, top: int | None = None) -> list[dict]:
    """Threat types with persons affected and instances (threats), most instances first."""
    threats = count_by(cdb, ["threat_type"], "threats", query)
    persons = count_by(cdb, ["threat_type"], "persons", query)
    per = {r["threat_type"]: r["count"] for r in persons.rows}
    rows = [{"threat_type": r["threat_type"], "persons": per.get(r["threat_type"], 0), "threats": r["count"]}
            for r in threats.rows]
    rows.sort(key=lambda r: (-r["threats"], -r["persons"], r["threat_type"]))
    return rows[:top] if top else rows


def corroboration(cdb: "CaseDatabase", query: SearchQuery | None = None, at_least: int = 2) -> dict[str, int]:
    """Incidents corroborated by at least `at_least` independent information sources (the UN's
    framework for data on killed defenders asks for two), of all the query's incidents. Unit: incidents."""
    q = query or SearchQuery()
    corroborated = dataclasses.replace(q, min_sources=max(q.min_sources, at_least))
    return {"incidents": count_by(cdb, [], "incidents", q).total,
            "corroborated": count_by(cdb, [], "incidents", corroborated).total, "at_least": at_least}


def key_figures(cdb: "CaseDatabase", query: SearchQuery | None = None) -> dict[str, int]:
    """The headline numbers of an overview, each in its own unit."""
    engine = _engine(cdb)
    if engine is not None:
        return {unit: count_by(cdb, [], unit, query).total for unit in ("incidents", "threats", "persons",
                                                                         "organisations")} | {
            "threat_types": engine.distinct_threat_types(query)}
    return _sql_key_figures(cdb, query)


def _sql_key_figures(cdb: "CaseDatabase", query: SearchQuery | None = None) -> dict[str, int]:
    query = _canonical_query(cdb, query)
    return {
        "incidents": _count_by_sql(cdb, [], "incidents", query).total,
        "threats": _count_by_sql(cdb, [], "threats", query).total,
        "persons": _count_by_sql(cdb, [], "persons", query).total,
        "organisations": _count_by_sql(cdb, [], "organisations", query).total,
        "threat_types": cdb.scalar(_sql(
            cdb, f"SELECT COUNT(DISTINCT t.threat_type) FROM {_from_clause('threat', [], query)} WHERE "
            + _where("threat", query)[0]), _where("threat", query)[1]) or 0,
    }
