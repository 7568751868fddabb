"""Threat counts from pre-aggregated cells (schema 3): the fast path of count_by at scale.

The cells (stat_threat_cell, stat_source_cell) are kept exact by triggers in the same transaction
as every change to threats and their sources. `try_count` answers only questions the cells can
answer exactly — unit threats, dimensions among year, month, region, city, threat type (or year,
month, source), filters on whole years, regions, cities and threat types — and returns None for
everything else, which count_by then computes with plain SQL. Tests compare the two on every shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk.search import SearchQuery, normalise_day

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

THREAT_DIMS = {"year": "year", "month": "month", "region": "region", "city": "city", "threat_type": "threat_type"}
SOURCE_DIMS = {"year": "year", "month": "month", "source": "source_type"}
# A SearchQuery with only these set (besides dates on whole years) can be answered from the cells.
_CELL_FILTERS = {"regions", "cities", "threat_types"}


def _year_range(q: SearchQuery) -> tuple[int | None, int | None] | None:
    """(first year, last year) if the query's dates cover whole years; None if they do not."""
    start, end = normalise_day(q.date_from, False), normalise_day(q.date_to, True)
    if start and not start.endswith("-01-01"):
        return None
    if end and not end.endswith("-12-31"):
        return None
    return (int(start[:4]) if start else None, int(end[:4]) if end else None)


def _filters(q: SearchQuery | None, source_cells: bool) -> tuple[list[str], list] | None:
    """WHERE parts over the cells for the query, or None if the cells cannot answer it."""
    if q is None:
        return [], []
    empty = SearchQuery()
    allowed = set() if source_cells else _CELL_FILTERS  # source cells know no place or type
    for name in SearchQuery.__dataclass_fields__:
        if name in ("date_from", "date_to") or getattr(q, name) == getattr(empty, name):
            continue
        if name not in allowed:
            return None
    years = _year_range(q)
    if years is None:
        return None
    parts, params = [], []
    if years[0] is not None:
        parts.append("year >= ?")
        params.append(years[0])
    if years[1] is not None:
        parts.append("year <= ?")
        params.append(years[1])
    for values, column in ((q.regions, "region"), (q.cities, "city"), (q.threat_types, "threat_type")):
        if values:
            # A NULL region/city is stored as '' and never matches a filter value, as in SQL.
            parts.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    return parts, params


def _out(dim: str, value):
    """Cell value -> the value count_by reports (0 month and '' place mean not recorded)."""
    if dim == "month":
        return value or None
    if dim in ("region", "city", "source"):
        return value if value != "" else None
    return value


def _sort_key(row: dict, by: list[str]):
    # SQL ORDER BY: NULL first, then the values.
    return tuple((row[d] is not None, row[d] if row[d] is not None else 0) for d in by)


def try_count(cdb: "CaseDatabase", by: list[str], unit: str, query: SearchQuery | None):
    """(rows, total) for count_by if the cells can answer exactly, else None."""
    if unit != "threats":
        return None
    dims = set(by)
    if dims <= set(THREAT_DIMS):
        flt = _filters(query, source_cells=False)
        if flt is None:
            return None
        where = " AND ".join(flt[0]) or "1"
        total = cdb.scalar(f"SELECT coalesce(sum(n), 0) FROM stat_threat_cell WHERE {where}", flt[1])
        if not by:
            return [{"count": total}] if total else [], total
        cols = ", ".join(THREAT_DIMS[d] for d in by)
        sql = (f"SELECT {cols}, sum(n) FROM stat_threat_cell WHERE {where} GROUP BY {cols}"
               f" HAVING sum(n) <> 0")
        rows = [dict(zip(by + ["count"], [_out(d, v) for d, v in zip(by, r)] + [r[-1]]))
                for r in cdb.conn.execute(sql, flt[1])]
        rows.sort(key=lambda r: _sort_key(r, by))
        return rows, total
    if "source" in dims and dims <= set(SOURCE_DIMS):
        flt = _filters(query, source_cells=True)
        if flt is None:
            return None
        where = " AND ".join(flt[0]) or "1"
        cols = ", ".join(["year", "month"])
        # Threat totals per (year, month) and threats with a source per (year, month): their
        # difference is the "not recorded" row a LEFT JOIN gives in SQL.
        totals = dict(((y, m), n) for y, m, n in cdb.conn.execute(
            f"SELECT {cols}, sum(n) FROM stat_threat_cell WHERE {where} GROUP BY {cols}", flt[1]))
        cells: dict[tuple, int] = {}
        with_source: dict[tuple, int] = {}
        for y, m, s, n in cdb.conn.execute(
                f"SELECT year, month, source_type, n FROM stat_source_cell WHERE {where}", flt[1]):
            if s == "*":
                with_source[(y, m)] = with_source.get((y, m), 0) + n
            else:
                key = tuple(_out(d, {"year": y, "month": m, "source": s}[d]) for d in by)
                cells[key] = cells.get(key, 0) + n
        for (y, m), n in totals.items():
            missing = n - with_source.get((y, m), 0)
            if missing:
                key = tuple(_out(d, {"year": y, "month": m, "source": ""}[d]) for d in by)
                cells[key] = cells.get(key, 0) + missing
        rows = [dict(zip(by + ["count"], list(k) + [n])) for k, n in cells.items() if n]
        rows.sort(key=lambda r: _sort_key(r, by))
        return rows, sum(totals.values())
    return None
