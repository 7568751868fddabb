"""The statistics facts: an in-memory columnar copy of what counting needs, kept current by triggers.

Every statistic is a filtered, grouped distinct count over incidents, targets and threats; over the
encrypted file a plain GROUP BY at a million incidents takes seconds to a minute (page decryption).
Here the rows live in memory as numpy arrays of small integer codes (~60 bytes a threat with its
incident and target), read once from the store on the worker, never written anywhere.

Rows are kept grouped by incident, and within an incident by target (the counting code relies on
it: the rows of one incident, or of one target, are adjacent). A change is recorded by temporary
triggers (TEMP, in memory: `temp_store = MEMORY`) as the ids of the incidents and persons it
touched, in the same transaction as the change; the next statistic re-reads those incidents and
appends their rows, marking the old ones dead. A write by another connection (seen through
`PRAGMA data_version`) or too many dead rows means a full reload.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

import numpy as np

from kkdesk.messages import msg
from kkdesk.progress import Progress, ensure

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

# Threat classification: the values the schema's CHECK constraints allow; code 0 is NULL.
CLASSIFICATION: dict[str, tuple[str, ...]] = {
    "reality": ("potential", "actual"), "scope": ("general", "special"), "directness": ("direct", "indirect"),
    "recurrence": ("recurrent", "one_off"), "duration": ("short_term", "ongoing"), "scale": ("singular", "mass"),
    "effect": ("low", "medium", "high", "severe"),
}
_CHUNK = 50_000          # rows read per fetch while loading
_ORDINAL = "CAST(julianday({}) - 1721424.5 AS INTEGER)"   # an ISO day as date.toordinal(), in SQL
_RELOAD_DEAD_SHARE = 0.3  # more dead rows than this share: reload instead of patching again


class Codes:
    """Text values as small integers; code 0 is NULL (None)."""

    def __init__(self, values=()):
        self.values: list = [None]
        self.index: dict = {None: 0}
        for v in values:
            self.code(v)

    def code(self, value) -> int:
        c = self.index.get(value)
        if c is None:
            c = self.index[value] = len(self.values)
            self.values.append(value)
        return c

    def array(self, column, dtype=np.int16) -> np.ndarray:
        for value in set(column).difference(self.index):
            self.code(value)
        return np.fromiter(map(self.index.__getitem__, column), dtype, len(column))

    def lookup(self, wanted) -> np.ndarray:
        """A boolean table over the codes: True for the codes of the wanted values (absent ones match nothing)."""
        lut = np.zeros(len(self.values), bool)
        for v in wanted:
            c = self.index.get(v)
            if c:
                lut[c] = True
        return lut

    def __len__(self) -> int:
        return len(self.values)


_TRIGGERS = [
    # (table, events, what to mark): the ids of the incidents / persons a change touches
    ("incident", "id", "incident"),
    ("target", "incident_id", "incident"),
    ("threat", "incident_id", "incident"),
    ("incident_tag", "incident_id", "incident"),
    ("person", "id", "person"),
    ("person_tag", "person_id", "person"),
]


def _install_triggers(conn) -> None:
    """TEMP (in-memory) tables and triggers that note which incidents and persons changed.

    No conflict clause inside the triggers: the writing statement's own (e.g. INSERT OR ROLLBACK)
    would override it; a NOT EXISTS guard keeps each id once instead."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS kk_stat_dirty_incident (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS kk_stat_dirty_person (id INTEGER PRIMARY KEY)")
    # "same person as" links regroup the persons of many targets: the next statistic reloads
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS kk_stat_regroup (id INTEGER PRIMARY KEY)")
    for event in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS kk_stat_person_same_{event.lower()} AFTER {event} "
                     f"ON main.person_same BEGIN INSERT OR IGNORE INTO temp.kk_stat_regroup(id) VALUES (1); END")

    def mark(kind: str, select: str) -> str:
        return (f"INSERT INTO temp.kk_stat_dirty_{kind}(id) SELECT x FROM ({select}) WHERE x IS NOT NULL"
                f" AND NOT EXISTS (SELECT 1 FROM temp.kk_stat_dirty_{kind} WHERE id = x);")

    for table, column, kind in _TRIGGERS:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            body = " ".join(mark(kind, f"SELECT {r}.{column} AS x") for r in rows)
            conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS kk_stat_{table}_{event.lower()} AFTER {event} "
                         f"ON main.{table} BEGIN {body} END")
    # A source belongs to a threat; its incident is found through the threat (gone already when the
    # threat's own deletion cascades, which marked the incident itself).
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        body = " ".join(mark("incident", f"SELECT incident_id AS x FROM main.threat WHERE id = {r}.threat_id")
                        for r in rows)
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS kk_stat_threat_source_{event.lower()} AFTER {event} "
                     f"ON main.threat_source BEGIN {body} END")


_LOAD_CACHE_KIB = 4096     # the page cache while loading: the facts read each page once


def _libc():
    """glibc's C library through ctypes, or None elsewhere (then the memory tuning does nothing)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018 (glibc's own functions, absent from other C libraries)
        return libc
    except (OSError, AttributeError):
        return None


def _keep_freed_memory() -> None:
    """Let the C allocator reuse freed memory for the next statistic instead of returning it to the
    system at once (glibc only; elsewhere nothing happens).

    Every statistic makes a few temporary arrays of millions of entries. By default glibc maps the
    large ones afresh and unmaps them on release, so every statistic touches new pages: measured
    at a million incidents, the statistics took about 45 % more CPU time that way. Kept, freed
    memory stays until `release_scratch` hands it back after a batch (a dashboard, a report)."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(-3, 64 * 2**20)    # M_MMAP_THRESHOLD: blocks below 64 MB from the heap
        libc.mallopt(-1, 128 * 2**20)   # M_TRIM_THRESHOLD: keep up to 128 MB of freed heap


def release_scratch() -> None:
    """Hand the freed heap back to the system (glibc's malloc_trim; elsewhere nothing happens):
    after loading (row maps, sort orders) and after a batch of statistics, so that what stays
    resident is the facts and their caches, not the last statistics' temporaries. The next batch
    touches its pages afresh (a little slower at its start)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def _cat(*arrays):
    return np.concatenate(arrays) if len(arrays) > 1 else arrays[0]


class Facts:
    """The columns; see the module docstring. Built by `load`, patched by `sync`."""

    def __init__(self):
        self.version = 0               # bumped on every change of the rows (keys caches)
        self.loads = 0                 # full loads (a patch by sync is not one)
        self.data_version = None
        self.lock = threading.RLock()
        self.region, self.city = Codes(), Codes()
        self.status, self.conf = Codes(), Codes()
        self.category, self.threat_type, self.source = Codes(), Codes(), Codes()
        self.gender, self.risk = Codes(), Codes()
        self.classes = {k: Codes(v) for k, v in CLASSIFICATION.items()}
        self.text_cache: tuple | None = None
        self.canon: dict[int, int] = {}           # "same person" groups: person id -> the group's first
        self.canon_ids: np.ndarray | None = None

    # ----- loading -------------------------------------------------------------------------------

    def load(self, cdb: "CaseDatabase", progress: Progress | None = None) -> "Facts":
        """Read everything from the store (chunked: memory stays near the final size)."""
        progress = ensure(progress)
        _keep_freed_memory()
        conn = cdb.conn
        # Each page is read once: a small page cache while loading, the store's own afterwards, with
        # the pages read meanwhile released (64 MB of threat pages no table or statistic reuses).
        cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")
        try:
            self._load(cdb, progress)
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
            conn.execute("PRAGMA shrink_memory")
        release_scratch()
        progress.set_progress(1.0, msg("progress.stats_ready"))
        return self

    def _load(self, cdb: "CaseDatabase", progress: Progress) -> None:
        conn = cdb.conn
        _install_triggers(conn)
        conn.execute("DELETE FROM temp.kk_stat_dirty_incident")
        conn.execute("DELETE FROM temp.kk_stat_dirty_person")
        conn.execute("DELETE FROM temp.kk_stat_regroup")
        self.data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        self._load_groups(cdb)
        n_inc = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
        n_tgt = conn.execute("SELECT count(*) FROM target").fetchone()[0]
        n_thr = conn.execute("SELECT count(*) FROM threat").fetchone()[0]
        work = max(1, n_inc + n_tgt + 2 * n_thr)   # sources: about one a threat
        done = [0]

        def step(n):
            done[0] += n
            progress.set_progress(min(0.99, done[0] / work), msg("progress.stats_preparing"))
            progress.check()

        inc = self._read_incidents(conn, "1", [], step)
        self.inc_id, self.inc_year, self.inc_month, self.inc_day = inc[0], inc[1], inc[2], inc[3]
        self.inc_region, self.inc_city, self.inc_status, self.inc_conf = inc[4], inc[5], inc[6], inc[7]
        self.inc_sources = inc[8]      # independent information sources (incident.corroboration)
        self.inc_live = np.ones(len(self.inc_id), bool)
        self.row_of_inc = self._row_map(self.inc_id)
        tgt = self._read_targets(conn, "1", [], step)
        tgt_inc_row = self.row_of_inc[tgt[1]]
        order = np.argsort(tgt_inc_row, kind="stable")
        # target ids are needed only to place the threats below: not kept (5 MB at a million incidents)
        self.tgt_inc = tgt_inc_row[order].astype(np.int32)
        self.tgt_person, self.tgt_org, self.tgt_cat = tgt[2][order], tgt[3][order], tgt[4][order]
        self.tgt_live = np.ones(len(self.tgt_inc), bool)
        row_of_tgt = self._row_map(tgt[0][order])
        thr = self._read_all_threats(conn, step)
        thr_tgt_row = row_of_tgt[thr[1]]
        order = np.argsort(thr_tgt_row, kind="stable")
        self.thr_id, self.thr_tgt = thr[0][order], thr_tgt_row[order].astype(np.int32)
        self.thr_type = thr[2][order]
        self.thr_class = None      # read on first use: see classification()
        self.thr_inc = self.tgt_inc[self.thr_tgt]
        self.thr_live = np.ones(len(self.thr_id), bool)
        del row_of_tgt, thr, tgt
        row_of_thr = self._row_map(self.thr_id)
        src = self._read_sources(conn, "1", [], step)
        rows = row_of_thr[src[0]]
        order = np.argsort(rows, kind="stable")
        self.src_thr, self.src_code = rows[order].astype(np.int32), src[1][order]
        del row_of_thr, src
        tags = self._read_tags(conn, "1", [])
        rows = self.row_of_inc[tags[0]]
        order = np.argsort(rows, kind="stable")
        self.tag_inc, self.tag_id = rows[order].astype(np.int32), tags[1][order]
        self._load_persons(conn)
        self.dead = 0
        self.version += 1
        self.loads += 1

    @staticmethod
    def _row_map(ids: np.ndarray) -> np.ndarray:
        out = np.full(int(ids.max()) + 1 if len(ids) else 1, -1, np.int32)
        out[ids] = np.arange(len(ids), dtype=np.int32)
        return out

    @staticmethod
    def _chunks(conn, sql: str, params: list, step=None):
        cur = conn.execute(sql, params)
        while True:
            rows = cur.fetchmany(_CHUNK)
            if not rows:
                return
            if step:
                step(len(rows))
            yield list(zip(*rows))

    def _read_incidents(self, conn, where: str, params: list, step=None) -> list[np.ndarray]:
        parts: list[list[np.ndarray]] = [[] for _ in range(9)]
        sql = (f"SELECT id, year, coalesce(month, 0), {_ORDINAL.format('date_start')}, region, city, status,"
               f" confidentiality, min(corroboration, 32767) FROM incident WHERE {where} ORDER BY id")
        for cols in self._chunks(conn, sql, params, step):
            n = len(cols[0])
            parts[0].append(np.fromiter(cols[0], np.int32, n))
            parts[1].append(np.fromiter(cols[1], np.int16, n))
            parts[2].append(np.fromiter(cols[2], np.int8, n))
            parts[3].append(np.fromiter(cols[3], np.int32, n))
            parts[4].append(self.region.array(cols[4]))
            parts[5].append(self.city.array(cols[5]))
            parts[6].append(self.status.array(cols[6], np.int8))
            parts[7].append(self.conf.array(cols[7], np.int8))
            parts[8].append(np.fromiter(cols[8], np.int16, n))
        dtypes = (np.int32, np.int16, np.int8, np.int32, np.int16, np.int16, np.int8, np.int8, np.int16)
        return [_cat(*p) if p else np.zeros(0, d) for p, d in zip(parts, dtypes)]

    def _load_groups(self, cdb: "CaseDatabase") -> None:
        """Persons linked as "same person as" count once: each is read as its group's first
        (smallest) id, as the plain SQL does (stats._sql)."""
        self.canon = {p: min(g) for p, g in cdb.links.person_groups().items() if p != min(g)}
        self.canon_ids = None
        if self.canon:
            self.canon_ids = np.arange(max(self.canon) + 1, dtype=np.int32)
            self.canon_ids[list(self.canon)] = list(self.canon.values())

    def canonical(self, person_id: int) -> int:
        return self.canon.get(person_id, person_id)

    def _read_targets(self, conn, where: str, params: list, step=None) -> list[np.ndarray]:
        parts: list[list[np.ndarray]] = [[] for _ in range(5)]
        sql = (f"SELECT id, incident_id, coalesce(person_id, -1), coalesce(organisation_id, -1), category"
               f" FROM target WHERE {where} ORDER BY id")
        for cols in self._chunks(conn, sql, params, step):
            n = len(cols[0])
            for k in range(4):
                parts[k].append(np.fromiter(cols[k], np.int32, n))
            if self.canon_ids is not None:
                persons = parts[2][-1]
                inside = (persons >= 0) & (persons < len(self.canon_ids))
                persons[inside] = self.canon_ids[persons[inside]]
            parts[4].append(self.category.array(cols[4]))
        dtypes = (np.int32,) * 4 + (np.int16,)
        return [_cat(*p) if p else np.zeros(0, d) for p, d in zip(parts, dtypes)]

    def _read_threats(self, conn, where: str, params: list, step=None) -> list[np.ndarray]:
        packed = self._packed()
        parts: list[list[np.ndarray]] = [[] for _ in range(4)]
        sql = f"SELECT id, target_id, threat_type, {packed} FROM threat WHERE {where} ORDER BY id"
        for cols in self._chunks(conn, sql, params, step):
            n = len(cols[0])
            parts[0].append(np.fromiter(cols[0], np.int32, n))
            parts[1].append(np.fromiter(cols[1], np.int32, n))
            parts[2].append(self.threat_type.array(cols[2]))
            parts[3].append(np.fromiter(cols[3], np.int32, n))
        dtypes = (np.int32, np.int32, np.int16, np.int32)
        return [_cat(*p) if p else np.zeros(0, d) for p, d in zip(parts, dtypes)]

    def _read_all_threats(self, conn, step=None) -> list[np.ndarray]:
        """(id, target id, type code) of every threat from two covering indexes: the threat table
        itself (uuids, outcomes, notes) is several times larger to decrypt."""
        ids, targets = [], []
        for cols in self._chunks(conn, "SELECT id, target_id FROM threat", [], step):
            ids.append(np.fromiter(cols[0], np.int32, len(cols[0])))
            targets.append(np.fromiter(cols[1], np.int32, len(cols[1])))
        ids_a = _cat(*ids) if ids else np.zeros(0, np.int32)
        type_of = np.zeros(int(ids_a.max(initial=0)) + 1, np.int16)
        for cols in self._chunks(conn, "SELECT id, threat_type FROM threat", [], step):
            type_of[np.fromiter(cols[0], np.int32, len(cols[0]))] = self.threat_type.array(cols[1])
        return [ids_a, _cat(*targets) if targets else np.zeros(0, np.int32), type_of[ids_a]]

    def classification(self, cdb: "CaseDatabase") -> np.ndarray:
        """The packed classification of every threat row, read from the threat table the first time a
        statistic needs it (no chart or overview does; a breakdown by reality, scope, … does)."""
        with cdb._lock, self.lock:
            if self.thr_class is None:
                by_id = np.zeros(int(self.thr_id.max(initial=0)) + 1, np.int32)
                for cols in self._chunks(cdb.conn, f"SELECT id, {self._packed()} FROM threat", []):
                    ids = np.fromiter(cols[0], np.int32, len(cols[0]))
                    keep = ids < len(by_id)
                    by_id[ids[keep]] = np.fromiter(cols[1], np.int32, len(cols[1]))[keep]
                self.thr_class = by_id[self.thr_id]
            return self.thr_class

    def _packed(self) -> str:
        """The seven classification columns as one integer, in SQL, 4 bits each."""
        return " + ".join(
            f"(CASE {col} " + " ".join(f"WHEN '{v}' THEN {self.classes[col].index[v]}" for v in values)
            + f" ELSE 0 END) * {16 ** k}" for k, (col, values) in enumerate(CLASSIFICATION.items()))

    def _read_sources(self, conn, where: str, params: list, step=None) -> list[np.ndarray]:
        parts: list[list[np.ndarray]] = [[], []]
        sql = f"SELECT threat_id, source_type FROM threat_source WHERE {where}"
        for cols in self._chunks(conn, sql, params, step):
            parts[0].append(np.fromiter(cols[0], np.int32, len(cols[0])))
            parts[1].append(self.source.array(cols[1]))
        return [_cat(*p) if p else np.zeros(0, d) for p, d in zip(parts, (np.int32, np.int16))]

    def _read_tags(self, conn, where: str, params: list) -> list[np.ndarray]:
        parts: list[list[np.ndarray]] = [[], []]
        for cols in self._chunks(conn, f"SELECT incident_id, tag_id FROM incident_tag WHERE {where}", params):
            parts[0].append(np.fromiter(cols[0], np.int32, len(cols[0])))
            parts[1].append(np.fromiter(cols[1], np.int32, len(cols[1])))
        return [_cat(*p) if p else np.zeros(0, np.int32) for p in parts]

    def _load_persons(self, conn) -> None:
        top = conn.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]
        self.per_gender = np.zeros(top + 1, np.int8)
        self.per_risk = np.zeros(top + 1, np.int8)
        for cols in self._chunks(conn, "SELECT id, gender, risk_level FROM person", []):
            ids = np.fromiter(cols[0], np.int32, len(cols[0]))
            self.per_gender[ids] = self.gender.array(cols[1], np.int8)
            self.per_risk[ids] = self.risk.array(cols[2], np.int8)
        rows = conn.execute("SELECT person_id, tag_id FROM person_tag").fetchall()
        self.ptag_person = np.array([r[0] for r in rows], np.int32)
        self.ptag_id = np.array([r[1] for r in rows], np.int32)

    # ----- keeping current -----------------------------------------------------------------------

    def sync(self, cdb: "CaseDatabase") -> bool:
        """Apply the changes noted since the last call. False if the facts cannot answer now (a
        write transaction with pending changes is open: its outcome is not known yet)."""
        conn = cdb.conn
        with cdb._lock, self.lock:
            if conn.execute("PRAGMA data_version").fetchone()[0] != self.data_version:
                self.load(cdb)
                return True
            if conn.execute("SELECT 1 FROM temp.kk_stat_regroup").fetchone():
                if conn.in_transaction:
                    return False
                self.load(cdb)
                return True
            incidents = [r[0] for r in conn.execute("SELECT id FROM temp.kk_stat_dirty_incident")]
            persons = [r[0] for r in conn.execute("SELECT id FROM temp.kk_stat_dirty_person")]
            if not incidents and not persons:
                return True
            if conn.in_transaction:
                return False
            conn.execute("DELETE FROM temp.kk_stat_dirty_incident")
            conn.execute("DELETE FROM temp.kk_stat_dirty_person")
            if persons:
                self._patch_persons(conn, persons)
            if incidents:
                self._patch_incidents(conn, incidents)
            self.version += 1
            if self.dead > _RELOAD_DEAD_SHARE * max(1, len(self.thr_id) + len(self.tgt_inc) + len(self.inc_id)):
                self.load(cdb)
            return True

    def _patch_persons(self, conn, ids: list[int]) -> None:
        top = max(ids)
        if top >= len(self.per_gender):
            grow = top + 1 - len(self.per_gender)
            self.per_gender = np.concatenate([self.per_gender, np.zeros(grow, np.int8)])
            self.per_risk = np.concatenate([self.per_risk, np.zeros(grow, np.int8)])
        idx = np.array(ids, np.int32)
        self.per_gender[idx] = 0
        self.per_risk[idx] = 0
        keep = ~np.isin(self.ptag_person, idx)
        new_p, new_t = [], []
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            marks = ",".join("?" * len(part))
            for pid, gender, risk in conn.execute(
                    f"SELECT id, gender, risk_level FROM person WHERE id IN ({marks})", part):
                self.per_gender[pid] = self.gender.code(gender)
                self.per_risk[pid] = self.risk.code(risk)
            for pid, tid in conn.execute(f"SELECT person_id, tag_id FROM person_tag WHERE person_id IN ({marks})",
                                         part):
                new_p.append(pid)
                new_t.append(tid)
        self.ptag_person = np.concatenate([self.ptag_person[keep], np.array(new_p, np.int32)])
        self.ptag_id = np.concatenate([self.ptag_id[keep], np.array(new_t, np.int32)])

    def _patch_incidents(self, conn, ids: list[int]) -> None:
        idx = np.array(ids, np.int64)
        known = idx[idx < len(self.row_of_inc)]
        rows = self.row_of_inc[known]
        rows = rows[rows >= 0]
        if len(rows):
            gone = np.zeros(len(self.inc_id), bool)
            gone[rows] = True
            self.inc_live[rows] = False
            self.row_of_inc[self.inc_id[rows]] = -1
            dead_tgt = gone[self.tgt_inc] & self.tgt_live
            dead_thr = gone[self.thr_inc] & self.thr_live
            self.tgt_live[dead_tgt] = False
            self.thr_live[dead_thr] = False
            self.dead += len(rows) + int(dead_tgt.sum()) + int(dead_thr.sum())
        new_inc, new_tgt, new_thr, new_src, new_tag = [], [], [], [], []
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            marks = ",".join("?" * len(part))
            new_inc.append(self._read_incidents(conn, f"id IN ({marks})", part))
            new_tgt.append(self._read_targets(conn, f"incident_id IN ({marks})", part))
            new_thr.append(self._read_threats(
                conn, f"target_id IN (SELECT id FROM main.target WHERE incident_id IN ({marks}))", part))
            new_src.append(self._read_sources(
                conn, f"threat_id IN (SELECT t.id FROM main.threat t JOIN main.target g ON g.id = t.target_id"
                      f" WHERE g.incident_id IN ({marks}))", part))
            new_tag.append(self._read_tags(conn, f"incident_id IN ({marks})", part))
        inc = [_cat(*[p[c] for p in new_inc]) for c in range(9)]
        if not len(inc[0]):
            return
        base_inc = len(self.inc_id)
        self.inc_id = np.concatenate([self.inc_id, inc[0]])
        for name, col in zip(("inc_year", "inc_month", "inc_day", "inc_region", "inc_city", "inc_status",
                              "inc_conf", "inc_sources"), inc[1:]):
            setattr(self, name, np.concatenate([getattr(self, name), col]))
        self.inc_live = np.concatenate([self.inc_live, np.ones(len(inc[0]), bool)])
        top = int(inc[0].max())
        if top >= len(self.row_of_inc):
            self.row_of_inc = np.concatenate([self.row_of_inc, np.full(top + 1 - len(self.row_of_inc), -1, np.int32)])
        self.row_of_inc[inc[0]] = np.arange(base_inc, base_inc + len(inc[0]), dtype=np.int32)
        # targets, then threats, grouped by incident (and target) as the loaded rows are
        tgt = [_cat(*[p[c] for p in new_tgt]) for c in range(5)]
        tgt_inc = self.row_of_inc[tgt[1]]
        order = np.lexsort((tgt[0], tgt_inc))
        base_tgt = len(self.tgt_inc)
        self.tgt_inc = np.concatenate([self.tgt_inc, tgt_inc[order].astype(np.int32)])
        self.tgt_person = np.concatenate([self.tgt_person, tgt[2][order]])
        self.tgt_org = np.concatenate([self.tgt_org, tgt[3][order]])
        self.tgt_cat = np.concatenate([self.tgt_cat, tgt[4][order]])
        self.tgt_live = np.concatenate([self.tgt_live, np.ones(len(order), bool)])
        new_tgt_rows = {int(t): base_tgt + n for n, t in enumerate(tgt[0][order])}
        thr = [_cat(*[p[c] for p in new_thr]) for c in range(4)]
        thr_tgt = np.fromiter((new_tgt_rows[int(t)] for t in thr[1]), np.int32, len(thr[1]))
        order = np.lexsort((thr[0], thr_tgt))
        base_thr = len(self.thr_id)
        self.thr_id = np.concatenate([self.thr_id, thr[0][order]])
        self.thr_tgt = np.concatenate([self.thr_tgt, thr_tgt[order]])
        self.thr_type = np.concatenate([self.thr_type, thr[2][order]])
        if self.thr_class is not None:
            self.thr_class = np.concatenate([self.thr_class, thr[3][order]])
        self.thr_inc = np.concatenate([self.thr_inc, self.tgt_inc[thr_tgt[order]]])
        self.thr_live = np.concatenate([self.thr_live, np.ones(len(order), bool)])
        new_thr_rows = {int(t): base_thr + n for n, t in enumerate(thr[0][order])}
        src = [_cat(*[p[c] for p in new_src]) for c in range(2)]
        src_rows = np.fromiter((new_thr_rows[int(t)] for t in src[0]), np.int32, len(src[0]))
        order = np.argsort(src_rows, kind="stable")
        self.src_thr = np.concatenate([self.src_thr, src_rows[order]])
        self.src_code = np.concatenate([self.src_code, src[1][order]])
        tag = [_cat(*[p[c] for p in new_tag]) for c in range(2)]
        tag_rows = self.row_of_inc[tag[0]]
        order = np.argsort(tag_rows, kind="stable")
        self.tag_inc = np.concatenate([self.tag_inc, tag_rows[order].astype(np.int32)])
        self.tag_id = np.concatenate([self.tag_id, tag[1][order]])

    def nbytes(self) -> int:
        return sum(v.nbytes for v in vars(self).values() if isinstance(v, np.ndarray))


_FACTS: "weakref.WeakKeyDictionary[CaseDatabase, Facts]" = weakref.WeakKeyDictionary()


def loaded(cdb: "CaseDatabase") -> Facts | None:
    """The database's facts if they are loaded, brought up to date; None if not loaded or not usable now."""
    facts = _FACTS.get(cdb)
    if facts is None or not cdb.is_open:
        return None
    return facts if facts.sync(cdb) else None


def ensure_loaded(cdb: "CaseDatabase", progress: Progress | None = None) -> Facts | None:
    """The database's facts, loading them first if needed (seconds at a million incidents; progress
    and cancellation through `progress`). None while a write transaction with changes is open.
    The database's own lock is taken first, as by every write, so the two never wait on each other."""
    with cdb._lock:
        facts = _FACTS.get(cdb)
        if facts is None:
            if cdb.in_transaction:
                return None
            facts = _FACTS[cdb] = Facts().load(cdb, progress)
            return facts
        return facts if facts.sync(cdb) else None


def forget(cdb: "CaseDatabase") -> None:
    """Drop the facts (their memory) of a database."""
    _FACTS.pop(cdb, None)
