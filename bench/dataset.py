"""The benchmark database: the demo generator at scale, built once and cached under bench/cache/
(or the folder KKDESK_BENCH_CACHE names, to keep a 5 GB file outside the checkout).

Up to BASE incidents the demo generator writes every record (about 36–150 incidents/s on a loaded
machine: hours for a million). Larger databases start from the cached BASE-incident one and copy it
inside the encrypted file with SQL (`replicate`): own ids, UUIDs and references, a copied registry
of persons, years and places varied per copy; then the derived parts are made anew as the stores
make them (search rows, statistics cells, history). `--generate` forces the slow way.

A build runs under a temporary name and is renamed only when finished, so an interrupted build is
never mistaken for a complete one (an interrupted copy resumes after its last finished copy).
Shape: ~2 threats per incident (the reports' ratio at scale).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import time
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kkdesk.demo import DEMO_PASSPHRASE, generate  # noqa: E402
from kkdesk.model.translit import fold  # noqa: E402
from kkdesk.records import CaseDatabase  # noqa: E402
from kkdesk.records.rowkey import search_rowid  # noqa: E402

CACHE = Path(os.environ.get("KKDESK_BENCH_CACHE") or ROOT / "bench" / "cache")
PASSPHRASE = DEMO_PASSPHRASE
THREAT_WEIGHTS = (53, 27, 20)  # 1, 2 or 3 threats per target: ~2 threats per incident
SEED = 2026
BASE = 30_000      # generated; larger databases are copies of this one


def path_for(incidents: int) -> Path:
    return CACHE / f"bench-{incidents}.kkdb"


class _Printer:
    """Progress for long builds: a line every few percent, to stdout."""

    def __init__(self):
        self.last, self.start = -1.0, time.perf_counter()

    def set_progress(self, fraction: float, text: str = "") -> None:
        if fraction - self.last >= 0.02 or fraction >= 1.0:
            self.last = fraction
            print(f"  {fraction:6.1%} {text} ({time.perf_counter() - self.start:.0f} s)", flush=True)

    def is_cancelled(self) -> bool:
        return False

    def check(self) -> None:
        return None


def build(incidents: int, force: bool = False, generate_all: bool = False) -> Path:
    """The cached database of `incidents` demo incidents, built now if missing: generated up to
    BASE incidents (or with generate_all), copied from the BASE one above."""
    final = path_for(incidents)
    if final.exists() and not force:
        return final
    CACHE.mkdir(parents=True, exist_ok=True)
    if incidents > BASE and not generate_all:
        return _build_by_copying(incidents, final)
    tmp = final.with_name(final.name + ".building")
    start = time.perf_counter()
    if not tmp.exists():
        for suffix in ("-wal", "-shm"):
            if os.path.exists(str(tmp) + suffix):
                os.remove(str(tmp) + suffix)
        CaseDatabase.create(tmp, PASSPHRASE, actor="bench").close()
    # An interrupted build keeps its committed batches; continue with a fresh seed for the rest.
    cdb = CaseDatabase.open(tmp, PASSPHRASE, actor="bench")
    have = cdb.scalar("SELECT count(*) FROM incident")
    # A larger cache than the application's: random UUID index inserts otherwise re-read and
    # re-decrypt pages. (2 GB ran out of memory at 270k incidents: SQLCipher locks its memory.)
    cdb.conn.execute("PRAGMA cache_size = -400000")
    made = generate(cdb, incidents=incidents - have, seed=SEED + have, progress=_Printer(),
                    threat_weights=THREAT_WEIGHTS) if incidents > have else {}
    made = {"incidents": cdb.scalar("SELECT count(*) FROM incident"),
            "threats": cdb.scalar("SELECT count(*) FROM threat"),
            "persons": cdb.scalar("SELECT count(*) FROM person"), "resumed_at": have, **{
                f"this_run_{k}": v for k, v in made.items()}}
    cdb.close()
    took = time.perf_counter() - start
    rate = (incidents - have) / took
    print(f"built {final.name}: {made} in {took:.0f} s ({rate:.0f} incidents/s)", flush=True)
    (CACHE / f"{final.name}.build.txt").write_text(
        f"{made}\nseconds={took:.1f}\nincidents_per_second={rate:.0f}\n", encoding="utf-8")
    os.replace(tmp, final)
    return final


def _open_for_bulk(path: Path):
    """The database opened for the copy, with SQLCipher's wiping of freed memory off in this
    process only (it mlocks and zeroes every allocation: measured, it doubles the copy's time).
    The records are fictional demo data; the file's encryption is the same."""
    from kkdesk.store import database

    keyed = database._connect_keyed

    def connect_without_wiping(target, key_value, uri=False):
        # as database._connect_keyed, the wiping set before the key (it cannot change after it)
        conn = database.connect(target, uri=uri, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f'PRAGMA key = "{key_value}"')
        return conn

    database._connect_keyed = connect_without_wiping
    try:
        return CaseDatabase.open(path, PASSPHRASE, actor="bench")
    finally:
        database._connect_keyed = keyed


def _build_by_copying(incidents: int, final: Path) -> Path:
    """`incidents` incidents as copies of the cached BASE-incident database (see `replicate`)."""
    base = build(BASE)
    tmp = final.with_name(final.name + ".building")
    start = time.perf_counter()
    if not tmp.exists():
        for suffix in ("-wal", "-shm"):
            if os.path.exists(str(tmp) + suffix):
                os.remove(str(tmp) + suffix)
        shutil.copyfile(base, tmp)
    copies = math.ceil(incidents / BASE) - 1
    last = incidents - BASE * copies
    cdb = _open_for_bulk(tmp)
    cdb.conn.execute("PRAGMA cache_size = -400000")
    replicate(cdb, copies, 0 if last == BASE else last,
              printer=lambda text: print(f"  {text} ({time.perf_counter() - start:.0f} s)", flush=True))
    made = {"incidents": cdb.scalar("SELECT count(*) FROM incident"),
            "threats": cdb.scalar("SELECT count(*) FROM threat"),
            "persons": cdb.scalar("SELECT count(*) FROM person"),
            "copied_from": f"{base.name} ({BASE:,} generated incidents) by bench/dataset.py replicate"}
    cdb.close()
    if made["incidents"] != incidents:
        raise SystemExit(f"the copy holds {made['incidents']:,} incidents, not {incidents:,}")
    took = time.perf_counter() - start
    rate = (incidents - BASE) / took
    print(f"built {final.name}: {made} in {took:.0f} s ({rate:.0f} incidents/s)", flush=True)
    (CACHE / f"{final.name}.build.txt").write_text(
        f"{made}\nseconds={took:.1f}\nincidents_per_second={rate:.0f}\n", encoding="utf-8")
    os.replace(tmp, final)
    return final


# ----- a large database from a small one, inside the encryption ---------------------------------

# Tables the copies leave alone (vocabulary, settings, exchange, registry of organisations, cells
# rebuilt at the end) or that the demo never fills: a copy refuses a base where the latter hold rows.
_EMPTY_IN_DEMO = ("attachment", "review_step", "incident_link", "protection_action", "follow_up",
                  "risk_assessment", "person_same", "person_org_link")
# Every copy is shifted by one of these years (cycling), per incident only when the whole incident
# stays inside the demo's years: the yearly shape is kept, smoothed, and no copy is identical.
_YEAR_SHIFTS = (0, 1, -1, 2, -2, 3, -3)


def _uuid_function(conn) -> str:
    """Name of an SQL function giving a fresh random (version 4) UUID per row. Python's: SQLCipher's
    randomblob() draws from its crypto provider, 35 µs a call (a UUID from it took 300 µs)."""
    conn.create_function("kk_bench_uuid", 0, lambda: str(uuidlib.uuid4()), deterministic=False)
    return "kk_bench_uuid()"


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _copy_rows(conn, table: str, select_from: str, overrides: dict[str, str]) -> None:
    """INSERT INTO table SELECT every column from `select_from` (aliased b), some replaced by expressions."""
    cols = _columns(conn, table)
    exprs = [overrides.get(c, f"b.{c}") for c in cols]
    conn.execute(f"INSERT INTO main.{table}({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {select_from}")


def _shift(expr: str) -> str:
    """A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) moved by m.dy years (NULL stays NULL)."""
    return f"(CASE WHEN {expr} IS NULL THEN NULL ELSE printf('%04d', substr({expr}, 1, 4) + m.dy) || substr({expr}, 5) END)"


def _first_day(partial: str) -> str:
    return f"(CASE length({partial}) WHEN 4 THEN {partial} || '-01-01' WHEN 7 THEN {partial} || '-01' ELSE {partial} END)"


def _last_day(partial: str) -> str:
    return (f"(CASE length({partial}) WHEN 4 THEN {partial} || '-12-31'"
            f" WHEN 7 THEN date({partial} || '-01', '+1 month', '-1 day') ELSE {partial} END)")


def replicate(cdb, copies: int, last_copy: int, printer=None) -> None:
    """Fill a database holding one demo base with `copies` more copies of it (the last one only its
    first `last_copy` incidents), inside its encryption, with SQL.

    Each copy has its own ids, UUIDs and references; its persons are a new copy of the base's
    registry (a fifth of them are the same persons in three neighbouring copies: defenders
    threatened across the years); its incidents are moved by a few years (per copy) and a quarter
    of them to the city of another incident. Then what is derived is made anew as the store makes
    it: search rows (incidents, persons), pre-counted statistics cells, a history entry per copy."""
    conn = cdb.conn
    for table in _EMPTY_IN_DEMO:
        if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
            raise SystemExit(f"the base has rows in {table}: the copy does not know how to copy them")
    # The base's extent, kept in meta by the first copy: a resumed build offsets from the base, not
    # from the copies already made.
    base = cdb.meta("bench_copy_base")
    if base is None:
        base = json.dumps(conn.execute(
            "SELECT (SELECT max(id) FROM incident), (SELECT max(id) FROM target), (SELECT max(id) FROM threat),"
            " (SELECT max(id) FROM person), (SELECT coalesce(max(id), 0) FROM info_source),"
            " (SELECT coalesce(max(id), 0) FROM response), (SELECT min(year) FROM incident),"
            " (SELECT max(year) FROM incident)").fetchone())
        with cdb.transaction():
            conn.execute("INSERT INTO meta(key, value) VALUES ('bench_copy_base', ?)", (base,))
    o_inc, o_tgt, o_thr, o_per, o_info, o_resp, y0, y1 = json.loads(base)
    # the stored first and last days follow the rule the copies use (checked on the base itself)
    wrong = conn.execute(f"SELECT count(*) FROM incident WHERE id <= {o_inc} AND (date_start <> "
                         f"{_first_day('date_from')} OR date_end <> {_last_day('coalesce(date_to, date_from)')})"
                         ).fetchone()[0]
    if wrong:
        raise SystemExit(f"{wrong} base incidents have first/last days the copy would not reproduce")
    done = (conn.execute("SELECT max(id) FROM incident").fetchone()[0] - 1) // o_inc   # copies already made
    # the base's incidents are 1..o_inc; ids of copy r are id + r * o_inc
    uuid = _uuid_function(conn)
    shared = "b.person_id % 5 = 0"        # the persons shared by three neighbouring copies
    search = _SearchRows(cdb, o_inc)
    for r in range(done + 1, copies + 1):
        t = time.perf_counter()
        limit = o_inc if r < copies or not last_copy else last_copy
        with cdb.transaction():
            dy = _YEAR_SHIFTS[r % len(_YEAR_SHIFTS)]
            conn.execute("DROP TABLE IF EXISTS temp.kk_copy")
            # per base incident: its years shift (0 where the incident would leave the demo's years)
            # and its place (a quarter moved to the place of another incident of the base)
            conn.execute(
                "CREATE TEMP TABLE kk_copy AS SELECT b.id AS id,"
                f" CASE WHEN b.year + {dy} BETWEEN {y0} AND {y1}"
                f"  AND CAST(substr(b.date_end, 1, 4) AS INTEGER) + {dy} <= {y1} THEN {dy} ELSE 0 END AS dy,"
                f" CASE WHEN (b.id + {r}) % 4 = 0 THEN o.region ELSE b.region END AS region,"
                f" CASE WHEN (b.id + {r}) % 4 = 0 THEN o.city ELSE b.city END AS city"
                f" FROM main.incident b LEFT JOIN main.incident o ON o.id = 1 + (b.id * 7919 + {r} * 104729) % {o_inc}"
                f" WHERE b.id <= {limit}")
            conn.execute("CREATE UNIQUE INDEX temp.kk_copy_id ON kk_copy(id)")
            _copy_rows(conn, "person", "main.person b WHERE b.id <= " + str(o_per), {
                "id": f"b.id + {r * o_per}", "uuid": uuid, "pseudonym": f"b.pseudonym || '-{r}'"})
            _copy_rows(conn, "person_category", f"main.person_category b WHERE b.person_id <= {o_per}",
                       {"person_id": f"b.person_id + {r * o_per}"})
            _copy_rows(conn, "person_tag", f"main.person_tag b WHERE b.person_id <= {o_per}",
                       {"person_id": f"b.person_id + {r * o_per}"})
            new = f"b.id + {r * o_inc}"
            _copy_rows(conn, "incident", "main.incident b JOIN temp.kk_copy m ON m.id = b.id", {
                "id": new, "uuid": uuid, "ref": "'pending'", "date_from": _shift("b.date_from"),
                "date_to": _shift("b.date_to"), "date_start": _first_day(_shift("b.date_from")),
                "date_end": _last_day(_shift("coalesce(b.date_to, b.date_from)")), "year": "b.year + m.dy",
                "region": "m.region", "city": "m.city"})
            conn.execute("UPDATE main.incident SET ref = 'KK-' || year || '-' || upper(substr(uuid, 1, 8))"
                         f" WHERE id > {r * o_inc}")
            for table in ("incident_factor", "incident_tag"):
                _copy_rows(conn, table, f"main.{table} b JOIN temp.kk_copy m ON m.id = b.incident_id",
                           {"incident_id": f"b.incident_id + {r * o_inc}"})
            person = (f"CASE WHEN b.person_id IS NULL THEN NULL WHEN {shared}"
                      f" THEN b.person_id + {(r // 3) * 3 * o_per} ELSE b.person_id + {r * o_per} END")
            _copy_rows(conn, "target", "main.target b JOIN temp.kk_copy m ON m.id = b.incident_id", {
                "id": f"b.id + {r * o_tgt}", "uuid": uuid, "incident_id": f"b.incident_id + {r * o_inc}",
                "person_id": person})
            _copy_rows(conn, "threat", "main.threat b JOIN temp.kk_copy m ON m.id = b.incident_id", {
                "id": f"b.id + {r * o_thr}", "uuid": uuid, "target_id": f"b.target_id + {r * o_tgt}",
                "incident_id": f"b.incident_id + {r * o_inc}", "year": "b.year + m.dy", "region": "m.region",
                "city": "m.city"})
            for table in ("threat_source", "threat_article"):
                _copy_rows(conn, table, f"main.{table} b JOIN main.threat t ON t.id = b.threat_id"
                                        " JOIN temp.kk_copy m ON m.id = t.incident_id",
                           {"threat_id": f"b.threat_id + {r * o_thr}"})
            _copy_rows(conn, "info_source", "main.info_source b JOIN temp.kk_copy m ON m.id = b.incident_id", {
                "id": f"b.id + {r * o_info}", "uuid": uuid, "incident_id": f"b.incident_id + {r * o_inc}",
                "published_on": _shift("b.published_on"), "accessed_on": _shift("b.accessed_on")})
            _copy_rows(conn, "response", "main.response b JOIN temp.kk_copy m ON m.id = b.incident_id", {
                "id": f"b.id + {r * o_resp}", "uuid": uuid, "incident_id": f"b.incident_id + {r * o_inc}",
                "date": _shift("b.date")})
            # derived: search rows of the new persons and incidents, as the stores write them
            for pid in range(r * o_per + 1, (r + 1) * o_per + 1):
                cdb.persons._index(cdb.persons.get(pid))
            search.write(r * o_inc, limit)
            cdb.history.record("import", "database", cdb.meta("database_uuid", ""),
                               {"benchmark_copy": r, "incidents": limit, "of_incidents": f"1..{o_inc}",
                                "years_moved_by": dy})
            conn.execute("DROP TABLE temp.kk_copy")
        if printer:
            printer(f"copy {r}/{copies}: {limit:,} incidents in {time.perf_counter() - t:.0f} s")
    recount_cells(cdb)


class _SearchRows:
    """The incident search rows of a copy. A copy's texts are its base incident's except the
    reference (person names, titles, sources are copied as they are), so the base's folded texts
    are made once by the store (search_texts, fold) and each copy's row is its own folded
    reference before them. Checked on every base incident: folding the parts gives the folded
    whole; where it would not, that incident's rows are written by the store itself."""

    def __init__(self, cdb, o_inc: int):
        self.cdb, self.rest, self.own = cdb, {}, []
        ids = list(range(1, o_inc + 1))
        for k in range(0, len(ids), 500):
            for iid, texts in cdb.incidents.search_texts(ids[k:k + 500]).items():
                whole = fold(" ".join(t for t in texts if t))
                rest = fold(" ".join(t for t in texts[1:] if t))
                if texts and texts[0] and rest and fold(texts[0]) + " " + rest == whole:
                    self.rest[iid] = rest
                else:
                    self.own.append(iid)

    def write(self, offset: int, count: int) -> None:
        conn = self.cdb.conn
        rows = []
        for iid, day, ref in conn.execute("SELECT id, date_start, ref FROM incident WHERE id > ? AND id <= ?",
                                          (offset, offset + count)):
            rest = self.rest.get(iid - offset)
            if rest is not None:
                rows.append((search_rowid(day, iid), fold(ref) + " " + rest))
        conn.executemany("INSERT INTO incident_fts(rowid, body) VALUES (?, ?)", rows)
        own = [offset + i for i in self.own if i <= count]
        if own:
            self.cdb.incidents._index(own, replace=False)


def recount_cells(cdb) -> None:
    """The pre-counted statistics cells made anew from the threats (as schema 3 first made them)."""
    with cdb.transaction():
        conn = cdb.conn
        conn.execute("DELETE FROM stat_threat_cell")
        conn.execute("DELETE FROM stat_source_cell")
        conn.execute("INSERT INTO stat_threat_cell(year, month, region, city, threat_type, n)"
                     " SELECT year, coalesce(month, 0), coalesce(region, ''), coalesce(city, ''), threat_type, count(*)"
                     " FROM threat GROUP BY 1, 2, 3, 4, 5")
        conn.execute("INSERT INTO stat_source_cell(year, month, source_type, n)"
                     " SELECT t.year, coalesce(t.month, 0), s.source_type, count(*)"
                     " FROM threat_source s JOIN threat t ON t.id = s.threat_id GROUP BY 1, 2, 3")
        conn.execute("INSERT INTO stat_source_cell(year, month, source_type, n)"
                     " SELECT year, coalesce(month, 0), '*', count(*) FROM threat"
                     " WHERE EXISTS (SELECT 1 FROM threat_source s WHERE s.threat_id = threat.id) GROUP BY 1, 2")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("incidents", type=int, nargs="?", default=1_000_000)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--generate", action="store_true", help="generate every incident (slow) instead of copying")
    args = ap.parse_args()
    print(build(args.incidents, args.force, args.generate))
