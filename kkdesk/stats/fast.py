"""Statistics answered from the in-memory facts (kkdesk.stats.facts), exactly as the SQL in
kkdesk.stats answers them: same rows at the same level, same filters, same distinct counting.

Rows at a level: incidents (level 0), targets joined with their incidents (1), threats joined with
their targets and incidents (2). Incident filters restrict every level; target and threat filters
restrict their own level and, below it, demand a matching target / threat (EXISTS in SQL).
Multi-valued dimensions (source, tag) repeat a row once per value, or once with None.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from kkdesk.search import SearchQuery, fts_match, normalise_day
from kkdesk.stats.facts import CLASSIFICATION, Facts

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

_BITMAP = 1 << 24          # largest group × unit bitmap made at once (16 MB)
_QUESTIONS = 2             # questions whose rows are kept (a dashboard or overview asks one many times)
_SHIFT_MAX = 24            # rows of one unit up to this many apart: deduplicate by shifted comparison
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_EPOCH = dt.date(1970, 1, 1).toordinal()

_LEVEL = {"incident": 0, "target": 1, "threat": 2}
_DIM_LEVEL = {"year": 0, "month": 0, "region": 0, "city": 0, "status": 0, "confidentiality": 0, "tag": 0,
              "category": 1, "category_group": 1, "org_kind": 1, "gender": 1, "risk_level": 1, "target_kind": 1,
              "threat_type": 2, "threat_group": 2, "source": 2, "source_group": 2, **{k: 2 for k in CLASSIFICATION}}
_MULTI = ("source", "source_group", "tag")
_UNIT_LEVEL = {"threats": 2, "incidents": 0, "persons": 1, "organisations": 1, "targets": 1}


class Selection:
    """The rows a query keeps at each level (boolean masks over the facts' rows, dead rows excluded)."""

    def __init__(self, facts: Facts, cdb: "CaseDatabase", q: SearchQuery | None):
        f = self.f = facts
        self.cdb = cdb
        q = q or SearchQuery()
        inc = f.inc_live
        tgt = f.tgt_live
        thr = f.thr_live
        self.tgt_conds = self.thr_conds = False

        def both(a, b):
            return a & b

        match = fts_match(q.text)
        if match:
            inc = both(inc, self._text_mask(q.text))
        start, end = normalise_day(q.date_from, False), normalise_day(q.date_to, True)
        if start:
            inc = both(inc, f.inc_day >= dt.date.fromisoformat(start).toordinal())
        if end:
            inc = both(inc, f.inc_day <= dt.date.fromisoformat(end).toordinal())
        for values, codes, column in ((q.regions, f.region, f.inc_region), (q.cities, f.city, f.inc_city),
                                      (q.statuses, f.status, f.inc_status), (q.confidentiality, f.conf, f.inc_conf)):
            if values:
                inc = both(inc, codes.lookup(values)[column])
        if q.min_sources:
            inc = both(inc, f.inc_sources >= int(q.min_sources))
        if q.tags:
            ids = self._tag_ids(q.tags)
            has = np.zeros(len(f.inc_id), bool)
            has[f.tag_inc[np.isin(f.tag_id, ids)]] = True
            inc = both(inc, has)
        person = f.tgt_person
        is_person = (person >= 0) if (q.genders or q.risk_levels or q.person_tags) else None
        if q.categories:
            tgt = both(tgt, f.category.lookup(self._with_children("category", q.categories))[f.tgt_cat])
            self.tgt_conds = True
        for values, codes, column in ((q.genders, f.gender, f.per_gender), (q.risk_levels, f.risk, f.per_risk)):
            if values:
                tgt = both(tgt, is_person & codes.lookup(values)[column[np.where(is_person, person, 0)]])
                self.tgt_conds = True
        if q.person_tags:
            ids = self._tag_ids(q.person_tags)
            has = np.zeros(max(len(f.per_gender), int(person.max(initial=0)) + 1), bool)
            has[f.ptag_person[np.isin(f.ptag_id, ids)]] = True
            tgt = both(tgt, is_person & has[np.where(is_person, person, 0)])
            self.tgt_conds = True
        if q.person_id is not None:
            tgt = both(tgt, person == f.canonical(q.person_id))
            self.tgt_conds = True
        if q.organisation_id is not None:
            tgt = both(tgt, f.tgt_org == q.organisation_id)
            self.tgt_conds = True
        if q.threat_types:
            thr = both(thr, f.threat_type.lookup(q.threat_types)[f.thr_type])
            self.thr_conds = True
        if q.threat_groups:
            marks = ",".join("?" * len(q.threat_groups))
            codes = [r[0] for r in cdb.conn.execute(
                f"SELECT code FROM vocab_term WHERE vocab = 'threat_type' AND parent IN ({marks})", q.threat_groups)]
            thr = both(thr, f.threat_type.lookup(codes)[f.thr_type])
            self.thr_conds = True
        if q.sources:
            has = np.zeros(len(f.thr_id), bool)
            has[f.src_thr[f.source.lookup(self._with_children("source_type", q.sources))[f.src_code]]] = True
            thr = both(thr, has)
            self.thr_conds = True
        self.inc, self.tgt, self.thr = inc, tgt, thr
        self.filtered = inc is not f.inc_live or tgt is not f.tgt_live or thr is not f.thr_live

    def _with_children(self, vocab: str, values: list[str]) -> list[str]:
        """The values and their child terms, as the SQL filter (kkdesk.search) keeps them."""
        marks = ",".join("?" * len(values))
        return list(values) + [r[0] for r in self.cdb.conn.execute(
            f"SELECT code FROM vocab_term WHERE vocab = ? AND parent IN ({marks})", [vocab, *values])]

    def _tag_ids(self, names: list[str]) -> list[int]:
        marks = ",".join("?" * len(names))   # the tag table's own collation (NOCASE) decides, as in SQL
        return [r[0] for r in self.cdb.conn.execute(f"SELECT id FROM tag WHERE name IN ({marks})", names)]

    def _text_mask(self, text: str) -> np.ndarray:
        """Incidents whose text matches, from the search module; kept for the next statistic."""
        f = self.f
        cached = f.text_cache
        if cached and cached[0] == (text, f.version):
            return cached[1]
        from kkdesk.search import incident_id_array

        ids = np.frombuffer(incident_id_array(self.cdb, SearchQuery(text=text)), np.int64)
        ids = ids[ids < len(f.row_of_inc)]
        rows = f.row_of_inc[ids]
        mask = np.zeros(len(f.inc_id), bool)
        mask[rows[rows >= 0]] = True
        f.text_cache = ((text, f.version), mask)
        return mask

    def rows(self, level: int) -> np.ndarray | None:
        """Indexes of the rows kept at a level (ascending); None means every row (nothing filtered, nothing dead)."""
        f, facts = self, self.f
        if not (f.filtered or facts.dead):
            return None
        if level == 2:
            return np.flatnonzero(f.thr & f.tgt[facts.thr_tgt] & f.inc[facts.thr_inc])
        if level == 1:
            keep = f.tgt & f.inc[facts.tgt_inc]
            if f.thr_conds:
                has = np.zeros(len(f.tgt), bool)
                has[facts.thr_tgt[f.thr]] = True
                keep &= has
            return np.flatnonzero(keep)
        keep = f.inc
        if f.thr_conds:
            has = np.zeros(len(f.inc), bool)
            has[facts.thr_inc[f.thr & f.tgt[facts.thr_tgt]]] = True
            keep = keep & has
        elif f.tgt_conds:
            has = np.zeros(len(f.inc), bool)
            has[facts.tgt_inc[f.tgt]] = True
            keep = keep & has
        return np.flatnonzero(keep)


def _take(column: np.ndarray, idx: np.ndarray | None) -> np.ndarray:
    return column if idx is None else column[idx]


def _ptr(rows: np.ndarray, n: int) -> np.ndarray:
    """CSR offsets of pairs sorted by row: the pairs of row r are [ptr[r], ptr[r + 1])."""
    out = np.zeros(n + 1, np.int32 if len(rows) < 2**31 else np.int64)   # int32: half the memory, kept per version
    np.cumsum(np.bincount(rows, minlength=n), out=out[1:])
    return out


def _unique(a: np.ndarray) -> np.ndarray:
    """The distinct values, ascending, by sorting: numpy 2's np.unique hashes, which took 19 s for
    two million pairs on the test machine (a sort takes a fraction of a second)."""
    a = np.sort(a)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a


def _small(a: np.ndarray) -> np.ndarray:
    """The codes in the smallest signed integer type that holds them (columns cached for every row)."""
    top = int(a.max(initial=0))
    return a.astype(np.int8 if top < 127 else np.int16 if top < 32767 else np.int32, copy=False)


class Engine:
    """Answers for one database's facts. Caches what depends only on the facts' version: code
    columns carried up to each level, and the rows the last few questions keep (a dashboard asks
    ten statistics of one question)."""

    def __init__(self, facts: Facts, cdb: "CaseDatabase"):
        self.f, self.cdb = facts, cdb
        cache = getattr(facts, "_engine_cache", None)
        if cache is None or cache[0] != facts.version:
            cache = facts._engine_cache = (facts.version, {})
        self.cache = cache[1]

    # The statistics every dashboard and overview starts from, unfiltered (dimension, unit).
    WARM = ((["year"], "threats"), (["month"], "threats"), (["city"], "threats"), (["region"], "threats"),
            (["category"], "threats"), (["threat_type"], "threats"), (["source"], "threats"),
            (["gender"], "threats"), (["year"], "persons"), (["source_group"], "threats"), ([], "incidents"),
            ([], "persons"), ([], "organisations"))

    def warm(self) -> None:
        """Make the per-version caches the common statistics use (code columns carried up to the
        threats, source pairs, owners) and count them once unfiltered, right after loading: the
        memory they touch is then the process's already (first-touch pages cost 10-20 times more
        on this VM) and the first dashboard does not pay for it. Once per version of the facts."""
        if self.cache.get("warm"):
            return
        self.cache["warm"] = True
        for by, unit in self.WARM:
            self.count(by, unit, None)
        self.threats_per_target(None, "person")

    def _cached(self, key, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def _rows(self, q: SearchQuery | None, level: int, owner: str | None = None) -> np.ndarray | None:
        """The rows a question keeps at a level (None: all), only those of a person / organisation
        if `owner` ("persons" / "organisations") says so."""
        key = "" if q is None else q.to_json()
        recent = self._cached("questions", dict)
        if key not in recent:
            while len(recent) >= _QUESTIONS:
                recent.pop(next(iter(recent)))
            recent[key] = {"selection": Selection(self.f, self.cdb, q)}
        entry = recent[key]
        if (level, owner) not in entry:
            if owner is None:
                idx = entry["selection"].rows(level)
            else:
                idx = self._rows(q, level)
                keep = _take(self._owner(owner, level), idx) >= 0
                if not keep.all():
                    idx = np.flatnonzero(keep) if idx is None else idx[keep]
            entry[(level, owner)] = idx
        return entry[(level, owner)]

    def _owner(self, owner: str, level: int) -> np.ndarray:
        """Person (or organisation) id of each row at a level (target or threat), -1 if none."""
        f = self.f
        column = f.tgt_person if owner == "persons" else f.tgt_org
        return column if level == 1 else self._cached(("owner", owner), lambda: _small(column[f.thr_tgt]))

    def _lifted(self, key: str, base: int, level: int, make) -> np.ndarray:
        """A code column over every row at `level`, made at the lower level `base` and carried up."""
        column = self._cached((key, base), make)
        if level == base:
            return column
        f = self.f
        up = {(2, 1): f.thr_tgt, (2, 0): f.thr_inc, (1, 0): f.tgt_inc}[(level, base)]
        return self._cached((key, level), lambda: _small(column[up]))

    # ----- dimensions ------------------------------------------------------------------------------

    def _dim(self, dim: str, level: int):
        """(codes of every row at the level, number of codes, decode(code) -> value) for one
        single-valued dimension."""
        f = self.f
        if dim == "year":
            lo, hi = self._cached("years", lambda: (int(f.inc_year.min()), int(f.inc_year.max())) if len(f.inc_year)
                                  else (0, 0))
            return (self._lifted(dim, 0, level, lambda: _small(f.inc_year.astype(np.int32) - (lo - 1))),
                    hi - lo + 2, lambda c: c + lo - 1 if c else None)
        if dim == "month":
            return self._lifted(dim, 0, level, lambda: f.inc_month), 13, lambda c: c or None
        simple = {"region": (f.region, 0, lambda: f.inc_region), "city": (f.city, 0, lambda: f.inc_city),
                  "status": (f.status, 0, lambda: f.inc_status), "confidentiality": (f.conf, 0, lambda: f.inc_conf),
                  "category": (f.category, 1, lambda: f.tgt_cat), "threat_type": (f.threat_type, 2, lambda: f.thr_type)}
        if dim in simple:
            codes, base, make = simple[dim]
            return self._lifted(dim, base, level, make), len(codes), codes.values.__getitem__
        if dim in ("gender", "risk_level"):
            codes, column = (f.gender, f.per_gender) if dim == "gender" else (f.risk, f.per_risk)

            def make():
                person = f.tgt_person
                return np.where(person >= 0, column[np.where(person >= 0, person, 0)], 0).astype(np.int8)
            return self._lifted(dim, 1, level, make), len(codes), codes.values.__getitem__
        if dim == "target_kind":
            return (self._lifted(dim, 1, level, lambda: (f.tgt_person < 0).astype(np.int8) + 1), 3,
                    lambda c: (None, "person", "organisation")[c])
        if dim == "threat_group":
            parents = dict(self.cdb.conn.execute("SELECT code, parent FROM vocab_term WHERE vocab = 'threat_type'"))
            groups = [None] + sorted({p for p in parents.values() if p is not None})
            index = {g: n for n, g in enumerate(groups)}
            lut = np.array([index[parents.get(t)] if t is not None else 0 for t in f.threat_type.values], np.int16)
            return lut[f.thr_type], len(groups), groups.__getitem__
        if dim == "category_group":
            lut, groups = self._groups("category", f.category)
            return lut[self._dim("category", level)[0]], len(groups), groups.__getitem__
        if dim == "org_kind":
            kinds = dict(self.cdb.conn.execute("SELECT id, kind FROM organisation"))
            values = [None] + sorted({k for k in kinds.values() if k is not None})
            index = {v: n for n, v in enumerate(values)}
            of_org = np.zeros(max([int(f.tgt_org.max(initial=0)), *kinds]) + 1 if len(f.tgt_org) or kinds else 1,
                              np.int16)
            for org, kind in kinds.items():
                of_org[org] = index[kind]
            column = np.where(f.tgt_org >= 0, of_org[np.where(f.tgt_org >= 0, f.tgt_org, 0)], 0).astype(np.int16)
            return (column if level == 1 else column[f.thr_tgt]), len(values), values.__getitem__
        if dim in CLASSIFICATION:
            shift = 4 * list(CLASSIFICATION).index(dim)
            codes = f.classes[dim]
            column = self._lifted(dim, 2, level,
                                  lambda: ((f.classification(self.cdb) >> shift) & 15).astype(np.int8))
            return column, len(codes), codes.values.__getitem__
        raise KeyError(dim)

    def _groups(self, vocab: str, codes) -> tuple[np.ndarray, list]:
        """(group of every code of a fact column, the groups): a term's parent, or the term itself
        when it has none (read afresh: the coordinator may re-parent a term at any time)."""
        parents = dict(self.cdb.conn.execute("SELECT code, parent FROM vocab_term WHERE vocab = ?", (vocab,)))
        group_of = [None if v is None else (parents.get(v) or v) for v in codes.values]
        groups = [None] + sorted({g for g in group_of if g is not None})
        index = {g: n for n, g in enumerate(groups)}
        return np.array([index[g] for g in group_of], np.int16), groups

    def _group_pairs(self, lut: np.ndarray, n_groups: int):
        """(None, threat rows, group codes) of the (threat, source group) pairs, each pair once.
        A threat's sources are adjacent (sorted by threat row), so a repeated group is found among
        its neighbours: no sort of the two million pairs (numpy's hash-based unique took 19 s)."""
        f = self.f
        pair = f.src_thr.astype(np.int64) * n_groups + lut[f.src_code]
        in_order = not len(pair) or bool((f.src_thr[1:] >= f.src_thr[:-1]).all())
        if not in_order:
            pair = np.sort(pair)
        bounds = np.flatnonzero(f.src_thr[1:] != f.src_thr[:-1]) + 1 if len(pair) else np.zeros(0, np.int64)
        longest = int(np.diff(np.concatenate(([0], bounds, [len(pair)]))).max()) if len(pair) else 0
        dup = np.zeros(len(pair), bool)
        for d in range(1, longest):
            dup[d:] |= pair[d:] == pair[:-d]
        if in_order and not dup.any():   # no threat has two sources of one group: the source pairs' own rows
            return None, f.src_thr, _small(lut[f.src_code])
        pair = pair[~dup]
        rows, codes = (pair // n_groups).astype(np.int32), (pair % n_groups).astype(np.int16)
        return None, rows, codes

    def _empty(self, dim: str, ptr: np.ndarray | None) -> np.ndarray:
        """Whether each base row has no pair of a multi-valued dimension: a threat without a source has
        no source group either, so both share one mask (no per-threat offsets kept for them)."""
        if dim == "tag":
            return self._cached(("empty", dim), lambda: ptr[1:] == ptr[:-1])

        def make():
            empty = np.ones(len(self.f.thr_id), bool)
            empty[self.f.src_thr] = False
            return empty
        return self._cached(("empty", "source"), make)

    def _multi(self, dim: str, level: int):
        """(pair offsets per base row (tags only, else None), pair codes, each level row's base row,
        number of codes, decode, pair rows) for the multi-valued dimensions source and source group
        (per threat) and tag (per incident)."""
        f = self.f
        if dim == "source":
            return None, f.src_code, None, len(f.source), f.source.values.__getitem__, f.src_thr
        if dim == "source_group":
            # one pair per threat and group: two ministries of one threat count once as "ministries"
            lut, groups = self._groups("source_type", f.source)
            ptr, rows, codes = self._cached(("source_group", tuple(lut.tolist())),
                                            lambda: self._group_pairs(lut, len(groups)))
            return ptr, codes, None, len(groups), groups.__getitem__, rows
        ptr = self._cached("tag_ptr", lambda: _ptr(f.tag_inc, len(f.inc_id)))
        names = dict(self.cdb.conn.execute("SELECT id, name FROM tag"))
        top = max([int(f.tag_id.max(initial=0))] + list(names)) + 1
        base = None if level == 0 else (f.tgt_inc if level == 1 else f.thr_inc)
        return ptr, f.tag_id, base, top, lambda c: names.get(c) if c else None, f.tag_inc

    # ----- counting --------------------------------------------------------------------------------

    def _units(self, unit: str, level: int) -> tuple[np.ndarray | None, int, bool]:
        """(unit of every row at the level (None: the row itself), size of the unit domain, whether a
        unit's rows are adjacent)."""
        f = self.f
        if unit == "threats":
            return None, len(f.thr_id), True
        if unit == "incidents":
            return (None if level == 0 else (f.tgt_inc if level == 1 else f.thr_inc)), len(f.inc_id), True
        if unit == "targets":
            return (None if level == 1 else f.thr_tgt), len(f.tgt_inc), True
        column = f.tgt_person if unit == "persons" else f.tgt_org
        return self._owner(unit, level), int(column.max(initial=0)) + 1, False

    def count(self, by: list[str], unit: str, q: SearchQuery | None) -> tuple[list[dict], int]:
        """(rows, total) exactly as kkdesk.stats._count_by_sql gives them."""
        f = self.f
        level = max([_UNIT_LEVEL[unit]] + [_DIM_LEVEL[d] for d in by])
        idx = self._rows(q, level, unit if unit in ("persons", "organisations") else None)
        n_rows = (len(f.inc_id), len(f.tgt_inc), len(f.thr_id))[level] if idx is None else len(idx)
        unit_column, n_units, contiguous = self._units(unit, level)
        dedup = unit_column is not None
        if dedup:
            units = _take(unit_column, idx)
            total = self._distinct_total(units, n_units)
        else:
            units = None
            total = n_rows
        if not by:
            return ([{"count": total}] if total else []), total
        # The counted rows: the kept rows, repeated under multi-valued dimensions (`at`: the level
        # row behind each counted row; None: every row of the level, in order).
        at, codes_of = idx, {}
        multi = [d for d in by if d in _MULTI]
        # with the source itself, a source's group is the group of that source (one join in SQL)
        group_of_source = "source" in multi and "source_group" in multi
        if group_of_source:
            multi.remove("source_group")
        here = [d for d in multi if d in ("source", "source_group") or level == 0]
        if here:
            # the pairs are at this level: the kept rows' pairs, plus each kept row without one (None)
            dim = here[0]
            multi.remove(dim)
            ptr, pair_codes, _, _, _, pair_rows = self._multi(dim, level)
            empty = self._empty(dim, ptr)
            if idx is None:
                with_pair, codes = pair_rows, pair_codes
                without = np.flatnonzero(empty)
            else:
                kept = np.zeros(len(empty), bool)
                kept[idx] = True
                keep = kept[pair_rows]
                with_pair, codes = pair_rows[keep], pair_codes[keep]
                without = idx[empty[idx]]
            at = np.concatenate((with_pair, without))
            codes_of[dim] = np.concatenate((codes, np.zeros(len(without), codes.dtype)))
            if dedup and contiguous:      # a unit's rows adjacent again
                order = np.argsort(at, kind="stable")
                at, codes_of[dim] = at[order], codes_of[dim][order]
        if group_of_source:
            lut, _groups = self._groups("source_type", f.source)
            codes_of["source_group"] = lut[codes_of["source"]]
        for dim in multi:                 # pairs at a lower level (tags of a target's or threat's incident)
            ptr, pair_codes, up, _, _, _ = self._multi(dim, level)
            rows_now = np.arange(n_rows) if at is None else at
            base = up[rows_now]
            k = ptr[base + 1] - ptr[base]
            m = np.maximum(k, 1)
            rep = np.repeat(np.arange(len(base)), m)
            first = np.repeat(ptr[base], m)
            ends = np.cumsum(m)
            within = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - m, m)
            has = np.repeat(k > 0, m)
            at = rows_now[rep]
            codes_of = {d: c[rep] for d, c in codes_of.items()}
            codes_of[dim] = np.where(has, pair_codes[np.where(has, first + within, 0)] if len(pair_codes) else 0, 0)
        if dedup:
            units = _take(unit_column, at)
        key, size, decoders = None, 1, []
        for dim in by:
            if dim in _MULTI:
                _, _, _, n, decode, _ = self._multi(dim, level)
                codes = codes_of[dim]
            else:
                column, n, decode = self._dim(dim, level)
                codes = _take(column, at)
            key = codes if key is None else key.astype(np.int64) * n + codes
            size *= n
            decoders.append((n, decode))
        counts, groups = self._distinct_counts(key, size, units, n_units, dedup, contiguous)
        rows = []
        for g, c in zip(groups.tolist(), counts.tolist()):
            values = []
            for n, decode in reversed(decoders):
                g, code = divmod(g, n)
                values.append(decode(code))
            rows.append(dict(zip(by + ["count"], list(reversed(values)) + [c])))
        rows.sort(key=lambda row: tuple(_order(row[d], d) for d in by))
        return rows, total

    @staticmethod
    def _distinct_total(units: np.ndarray, n_units: int) -> int:
        seen = np.zeros(n_units, bool)
        seen[units] = True
        return int(np.count_nonzero(seen))

    @staticmethod
    def _distinct_counts(key: np.ndarray, size: int, units: np.ndarray | None, n_units: int, dedup: bool,
                         contiguous: bool) -> tuple[np.ndarray, np.ndarray]:
        """(counts, group keys) of the non-empty groups, counting each unit once per group."""
        if dedup and len(key):
            units, key = units.astype(np.int64), key.astype(np.int64)
            if contiguous:
                # A unit's rows are adjacent: a (unit, group) pair repeats within the unit's run.
                bounds = np.flatnonzero(units[1:] != units[:-1]) + 1
                longest = int(np.diff(np.concatenate(([0], bounds, [len(units)]))).max())
                pair = units * size + key
                if longest <= _SHIFT_MAX:
                    dup = np.zeros(len(pair), bool)
                    for d in range(1, longest):
                        dup[d:] |= pair[d:] == pair[:-d]
                    key = key[~dup]
                else:
                    pair = np.sort(pair, kind="stable")
                    first = np.concatenate(([True], pair[1:] != pair[:-1]))
                    key = pair[first] % size
            else:
                counts = np.zeros(size, np.int64)
                block = max(1, _BITMAP // max(1, n_units))
                for lo in range(0, size, block):
                    hi = min(size, lo + block)
                    if lo or hi < size:
                        inside = (key >= lo) & (key < hi)
                        k, u = key[inside], units[inside]
                    else:
                        k, u = key, units
                    seen = np.zeros((hi - lo) * n_units, bool)
                    seen[(k - lo) * n_units + u] = True
                    counts[lo:hi] = np.count_nonzero(seen.reshape(hi - lo, n_units), axis=1)
                groups = np.flatnonzero(counts)
                return counts[groups], groups
        if size <= (1 << 26):
            counts = np.bincount(key, minlength=size)
            groups = np.flatnonzero(counts)
            return counts[groups], groups
        key = np.sort(key)
        starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
        return np.diff(np.concatenate((starts, [len(key)]))), key[starts]

    # ----- the overview's special tables ------------------------------------------------------------

    def _threats_of(self, q: SearchQuery | None, owner: str):
        """(threat rows kept, their owner ids) for the persons' or the organisations' threats."""
        idx = self._rows(q, 2, owner)
        return idx, _take(self._owner(owner, 2), idx)

    def threats_per_target(self, q: SearchQuery | None, kind: str) -> list[dict]:
        _, who = self._threats_of(q, "persons" if kind == "person" else "organisations")
        per = np.bincount(who) if len(who) else np.zeros(0, np.int64)
        hist = np.bincount(per[per > 0]) if len(per) else np.zeros(0, np.int64)
        return [{"threats": n, "count": c} for n, c in enumerate(hist.tolist()) if n and c]

    def distinct_types_per_target(self, q: SearchQuery | None) -> list[dict]:
        f = self.f
        n_types = len(f.threat_type)
        hists = []
        for owner, column in (("persons", f.tgt_person), ("organisations", f.tgt_org)):
            idx, who = self._threats_of(q, owner)
            counts, _ = self._distinct_counts(who.astype(np.int64), int(column.max(initial=0)) + 1,
                                              _take(f.thr_type, idx), n_types, True, False)
            hists.append(np.bincount(counts) if len(counts) else np.zeros(1, np.int64))
        top = max(len(h) for h in hists)
        p, o = (np.concatenate([h, np.zeros(top - len(h), np.int64)]).tolist() for h in hists)
        return [{"types": n, "persons": p[n], "organisations": o[n], "count": p[n] + o[n]}
                for n in range(1, top) if p[n] + o[n]]

    def _question(self, q: SearchQuery | None) -> dict:
        """What is kept of a question (its rows, its per-person figures), made if new."""
        self._rows(q, 2, "persons")
        return self._cached("questions", dict)["" if q is None else q.to_json()]

    def _person_targets(self, q: SearchQuery | None) -> tuple[np.ndarray, np.ndarray]:
        """(target rows of persons with at least one counted threat, threats counted in each): the
        per-person tables start from these (half as many rows as the threats; the rows of one
        target are adjacent). Kept with the question."""
        entry = self._question(q)
        if "person_targets" not in entry:
            tgt = _take(self.f.thr_tgt, self._rows(q, 2, "persons"))
            if len(tgt):
                starts = np.flatnonzero(np.concatenate(([True], tgt[1:] != tgt[:-1])))
                threats = np.diff(np.append(starts, len(tgt)))
                tgt = tgt[starts]
            else:
                threats = np.zeros(0, np.int64)
            entry["person_targets"] = (tgt, threats)
        return entry["person_targets"]

    def _person_domain(self) -> int:
        """One more than the largest person id in the targets (the size of per-person arrays)."""
        return self._cached("person_domain", lambda: int(self.f.tgt_person.max(initial=0)) + 1)

    def _incidents_per_person(self, q: SearchQuery | None) -> np.ndarray:
        """Distinct incidents of every person id (0 for persons without a counted threat)."""
        entry = self._question(q)
        if "incidents_per_person" not in entry:
            entry["incidents_per_person"] = self._count_incidents(self._person_targets(q)[0])
        return entry["incidents_per_person"]

    def _count_incidents(self, tgt: np.ndarray) -> np.ndarray:
        """Distinct incidents of every person id among the target rows `tgt` (ascending). A person
        twice in one incident counts it once: an incident's targets are adjacent."""
        f = self.f
        n = self._person_domain()
        person = f.tgt_person[tgt]
        if not self._repeat_targets()[tgt].any():     # one target per person and incident: count them
            return np.bincount(person, minlength=n)
        out = np.zeros(n, np.int64)
        counts, groups = self._distinct_counts(person.astype(np.int64), n, f.tgt_inc[tgt].astype(np.int64),
                                               len(f.inc_id), True, True)
        out[groups] = counts
        return out

    def _repeat_targets(self) -> np.ndarray:
        """True for each target row whose person is also an earlier target of the same incident (rare:
        a defender entered twice). Without such rows among a question's targets, a person's
        incidents are their targets. Once per version."""
        def make():
            f = self.f
            out = np.zeros(len(f.tgt_inc), bool)
            rows = np.flatnonzero(f.tgt_live & (f.tgt_person >= 0))
            if len(rows):
                inc, person = f.tgt_inc[rows], f.tgt_person[rows]
                same = inc[1:] == inc[:-1]
                bounds = np.flatnonzero(~same) + 1
                longest = int(np.diff(np.concatenate(([0], bounds, [len(rows)]))).max())
                if longest <= _SHIFT_MAX:
                    dup = np.zeros(len(rows), bool)
                    for d in range(1, longest):
                        dup[d:] |= (inc[d:] == inc[:-d]) & (person[d:] == person[:-d])
                else:
                    pair = inc.astype(np.int64) << 32 | person
                    order = np.argsort(pair, kind="stable")
                    dup = np.zeros(len(rows), bool)
                    dup[order[1:]] = pair[order[1:]] == pair[order[:-1]]
                out[rows[dup]] = True
            return out
        return self._cached("repeat_targets", make)

    def _year_of_day(self) -> tuple[int, np.ndarray] | None:
        """(first day, the year of every day from it to the last) when every incident counts in the
        year of its first day, as the records layer writes them: then a person's first and last
        years are those of their first and last days. None otherwise. Once per version."""
        def make():
            f = self.f
            if not len(f.inc_day):
                return None
            lo, hi = int(f.inc_day.min()), int(f.inc_day.max())
            first, last = dt.date.fromordinal(lo).year, dt.date.fromordinal(hi).year
            if hi - lo > 400 * 366:
                return None
            starts = [dt.date(y, 1, 1).toordinal() for y in range(first + 1, last + 1)]
            lengths = np.diff([lo, *starts, hi + 1])
            year_of = np.repeat(np.arange(first, last + 1, dtype=np.int32), lengths)
            return (lo, year_of) if np.array_equal(year_of[f.inc_day - lo], f.inc_year) else None
        return self._cached("year_of_day", make)

    def durations(self, q: SearchQuery | None) -> "Lazy":
        """Per person with a counted threat, columns over the persons in ascending id: person_id,
        threats, first and last day, years (calendar years under threat), incidents, and `order` (the
        order of kkdesk.stats.duration_under_threat: longest under threat first, then most
        threatened, then by id). Each column is made when first read and kept with the question:
        a count of persons needs none of the days, a histogram of years no order."""
        entry = self._question(q)
        if "durations" not in entry:
            entry["durations"] = self._durations(q)
        return entry["durations"]

    def _durations(self, q: SearchQuery | None) -> "Lazy":
        def threats_of_all():
            tgt, per_target = self._person_targets(q)
            threats = np.zeros(self._person_domain(), np.int64)
            np.add.at(threats, self.f.tgt_person[tgt], per_target)
            return threats

        def order():
            # one sort of a combined key when it fits in 63 bits (unless ids or counts are huge), else three
            ids, th, yr = cols["person_id"], cols["threats"], cols["years"]
            top_t, top_y = int(th.max(initial=0)), int(yr.max(initial=0))
            bits_id, bits_t = max(1, self._person_domain().bit_length()), max(1, top_t.bit_length())
            if bits_id + bits_t + max(1, top_y.bit_length()) <= 62:
                return np.argsort((((top_y - yr) << bits_t | (top_t - th)) << bits_id) | ids)
            return np.lexsort((ids, -th, -yr))

        cols = Lazy({
            "all_threats": threats_of_all,
            "person_id": lambda: np.flatnonzero(cols["all_threats"]),
            "threats": lambda: cols["all_threats"][cols["person_id"]],
            "days": lambda: self._days(self._person_targets(q)[0], cols["person_id"]),
            "first": lambda: cols["days"]["first"],
            "last": lambda: cols["days"]["last"],
            "years": lambda: cols["days"]["years"],
            "incidents": lambda: self._incidents_per_person(q)[cols["person_id"]],
            "order": order})
        return cols

    def _days(self, tgt: np.ndarray, ids: np.ndarray) -> dict[str, np.ndarray]:
        """First and last day and calendar years under threat of the persons `ids` (ascending), from
        the target rows `tgt` (every counted target of theirs; others' are ignored)."""
        f = self.f
        n, big = self._person_domain(), np.iinfo(np.int32).max
        person, inc = f.tgt_person[tgt], f.tgt_inc[tgt]
        day = f.inc_day[inc]
        first = np.full(n, big, np.int32)
        last = np.full(n, -1, np.int32)
        np.minimum.at(first, person, day)
        np.maximum.at(last, person, day)
        first, last = first[ids], last[ids]
        of_day = self._year_of_day()
        if of_day is not None:        # the years of the first and the last day
            lo, year_of = of_day
            years = (year_of[last - lo] - year_of[first - lo] + 1).astype(np.int64)
        else:
            year = f.inc_year[inc].astype(np.int32)
            y0 = np.full(n, big, np.int32)
            y1 = np.full(n, -1, np.int32)
            np.minimum.at(y0, person, year)
            np.maximum.at(y1, person, year)
            years = (y1[ids] - y0[ids] + 1).astype(np.int64)
        return {"first": first, "last": last, "years": years}

    def person_rows(self, q: SearchQuery | None, at: np.ndarray) -> dict[str, np.ndarray]:
        """The durations' columns at the positions `at` only: a few persons' days and incidents from
        their own targets, unless every person's are made already (the overview's hundred bars)."""
        cols = self.durations(q)
        fields = ("person_id", "threats", "first", "last", "years", "incidents")
        if all(k in cols for k in fields):
            return {k: cols[k][at] for k in fields}
        f = self.f
        ids = cols["person_id"][at]
        tgt, _ = self._person_targets(q)
        wanted = np.zeros(self._person_domain(), bool)
        wanted[ids] = True
        mine = tgt[wanted[f.tgt_person[tgt]]]
        return {"person_id": ids, "threats": cols["threats"][at], **self._days(mine, ids),
                "incidents": cols["incidents"][at] if "incidents" in cols else self._count_incidents(mine)[ids]}

    def repeated_by(self, q: SearchQuery | None, dim: str, min_incidents: int) -> tuple[list[dict], int]:
        """Persons threatened in at least `min_incidents` incidents, per value of a single-valued target
        or incident dimension: persons, and the fewest and most incidents one of them suffered; and
        how many such persons there are. Counted over the question's targets (a target's value is
        its threats' value)."""
        f = self.f
        per = self._incidents_per_person(q)
        tgt, _ = self._person_targets(q)
        if not len(tgt):
            return [], 0
        least_wanted = max(1, min_incidents)
        who = f.tgt_person[tgt]
        keep = per[who] >= least_wanted
        column, n, decode = self._dim(dim, 1)
        key = who[keep].astype(np.int64) * n + column[tgt[keep]]
        n_persons = len(per)
        if n_persons * n <= _BITMAP * 4:
            seen = np.zeros(n_persons * n, bool)
            seen[key] = True
            pair = np.flatnonzero(seen)
        else:
            pair = _unique(key)
        persons, codes = pair // n, pair % n
        mine = per[persons]
        count = np.bincount(codes, minlength=n)
        least = np.full(n, np.iinfo(np.int64).max, np.int64)
        most = np.zeros(n, np.int64)
        np.minimum.at(least, codes, mine)
        np.maximum.at(most, codes, mine)
        rows = [{dim: decode(code), "persons": int(count[code]), "least": int(least[code]), "most": int(most[code])}
                for code in np.flatnonzero(count).tolist()]
        rows.sort(key=lambda row: _order(row[dim], dim))
        return rows, int(np.count_nonzero(per >= least_wanted))

    def distinct_threat_types(self, q: SearchQuery | None) -> int:
        seen = np.zeros(len(self.f.threat_type), bool)
        seen[_take(self.f.thr_type, self._rows(q, 2))] = True
        return int(np.count_nonzero(seen))


class Lazy(dict):
    """A dict whose entries are made when first read, by the maker of the same key (and kept)."""

    def __init__(self, makers: dict):
        super().__init__()
        self.makers = makers

    def __missing__(self, key):
        value = self[key] = self.makers[key]()
        return value


def iso_days(days: np.ndarray) -> list[str]:
    """Day ordinals (date.toordinal) as ISO strings."""
    return np.datetime_as_string((days.astype(np.int64) - _EPOCH).astype("datetime64[D]")).tolist()


def _order(value, dim: str):
    """SQL's ORDER BY: NULL first, then the values (tags in the tag table's NOCASE collation)."""
    if value is None:
        return (0, 0)
    if dim == "tag":
        return (1, value.translate(_ASCII_LOWER))
    return (1, value)
