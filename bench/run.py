"""kkdesk benchmarks at scale: `make bench` (1,000,000 incidents) or `bench/run.py --quick` (100,000).

Every figure is measured here, side by side with its raw baseline on the same machine in the same
run, and printed with its ratio to the limit the project set. Results go to bench/results.md.
Timed tests are not how speed is checked (machines are noisy, ±30 %): this script is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import dataset  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
PY = sys.executable


class Report:
    """Rows of the results table: area, what, value, limit, value/limit, note."""

    def __init__(self):
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        self.notes: list[str] = []

    def add(self, area: str, what: str, value: float, unit: str, limit: float | None = None,
            higher_is_better: bool = False, note: str = "", raw: float | None = None) -> None:
        shown = f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"
        if raw is not None:
            lim, ratio = f"raw {raw:,.0f} {unit}", f"{value / raw:.2f} × raw"
        elif limit is None:
            lim, ratio = "—", "—"
        else:
            lim = (f"≥ {limit:,.0f} {unit}" if higher_is_better else f"< {limit:,.0f} {unit}")
            r = (limit / value if value else float("inf")) if higher_is_better else value / limit
            ratio = f"{r:.2f} {'ok' if r <= 1 else 'OVER'}"
        self.rows.append((area, what, shown, lim, ratio, note))
        print(f"  {area:10} {what:55} {shown:>14}  limit {lim:>12}  ratio {ratio:>9}  {note}", flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}", flush=True)


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import sqlcipher3

    return {"nproc": str(os.cpu_count()), "memory": mem, "cpu": cpu, "python": platform.python_version(),
            "sqlite": sqlcipher3.sqlite_version, "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def _copy_db(src: Path, dest: Path) -> Path:
    """Copy a closed database file (never a live one)."""
    shutil.copyfile(src, dest)
    return dest


# ----- import ---------------------------------------------------------------------------------------

def bench_import(report: Report, work: Path, threats_wanted: int = 100_000) -> None:
    """save_many (the path kkdesk.importer.apply uses) against raw executemany of the same rows."""
    import copy

    from kkdesk.demo import generate
    from kkdesk.records.incidents import IncidentStore
    from kkdesk.records import CaseDatabase

    print("import: preparing", flush=True)
    incidents_needed = int(threats_wanted / 2.05)
    base = work / "import-base.kkdb"
    captured: list = []
    real_save_many = IncidentStore.save_many

    def capturing(self, incidents, *a, **kw):
        captured.extend(copy.deepcopy(incidents))   # before ids and uuids are assigned
        return real_save_many(self, incidents, *a, **kw)

    # The persons and organisations the incidents point at; the incidents themselves are captured
    # as objects while the generator saves them into a throw-away copy.
    with CaseDatabase.create(base, dataset.PASSPHRASE, actor="bench") as cdb:
        pass
    gen_path = _copy_db(base, work / "import-gen.kkdb")
    IncidentStore.save_many = capturing
    try:
        with CaseDatabase.open(gen_path, dataset.PASSPHRASE, actor="bench") as cdb:
            generate(cdb, incidents=incidents_needed, seed=7, threat_weights=dataset.THREAT_WEIGHTS)
    finally:
        IncidentStore.save_many = real_save_many
    # Keep only persons/organisations: delete the generated incidents in a copy made now.
    with CaseDatabase.open(gen_path, dataset.PASSPHRASE, actor="bench") as cdb:
        with cdb.transaction():
            for table in ("incident_factor", "incident_tag", "threat_source", "threat_article", "threat", "target",
                          "info_source", "response", "incident", "history"):
                cdb.execute(f"DELETE FROM {table}")
            cdb.execute("INSERT INTO incident_fts(incident_fts) VALUES ('delete-all')")
            cdb.execute("DELETE FROM stat_threat_cell")
            cdb.execute("DELETE FROM stat_source_cell")
        cdb.execute("VACUUM")
    threats = sum(i.threat_count() for i in captured)
    a = _copy_db(gen_path, work / "import-a.kkdb")
    rec = _copy_db(gen_path, work / "import-rec.kkdb")
    raw = _copy_db(gen_path, work / "import-raw.kkdb")

    # 1. the real path, timed
    batch = copy.deepcopy(captured)
    with CaseDatabase.open(a, dataset.PASSPHRASE, actor="bench") as cdb:
        t = time.perf_counter()
        cdb.incidents.save_many(batch, history_action="import")
        took_real = time.perf_counter() - t

    # 2. the same call once more on a copy, recording every write it makes
    writes: list[tuple[str, list]] = []
    with CaseDatabase.open(rec, dataset.PASSPHRASE, actor="bench") as cdb:
        conn = cdb._conn

        class Recorder:
            def __getattr__(self, name):
                return getattr(conn, name)

            def execute(self, sql, params=()):
                if sql.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
                    writes.append((sql, [tuple(params)]))
                return conn.execute(sql, params)

            def executemany(self, sql, rows):
                rows = list(rows)
                writes.append((sql, rows))
                return conn.executemany(sql, rows)

        cdb._conn = Recorder()
        try:
            cdb.incidents.save_many(copy.deepcopy(captured), history_action="import")
        finally:
            cdb._conn = conn
    rows_written = sum(len(r) for _, r in writes)

    # 3. raw: the same statements with the same rows, one transaction, no Python model in between
    with CaseDatabase.open(raw, dataset.PASSPHRASE, actor="bench") as cdb:
        c = cdb.conn
        t = time.perf_counter()
        c.execute("BEGIN IMMEDIATE")
        for sql, rows in writes:
            c.executemany(sql, rows)
        c.execute("COMMIT")
        took_raw = time.perf_counter() - t
        assert cdb.scalar("SELECT count(*) FROM threat") == threats
    real_rate, raw_rate = threats / took_real, threats / took_raw
    report.add("Import", f"save_many: {threats:,} threats ({len(captured):,} incidents)", real_rate, "threats/s",
               limit=raw_rate / 2, higher_is_better=True,
               note=f"{took_real:.1f} s; raw executemany of the same {rows_written:,} rows: {took_raw:.1f} s "
                    f"({raw_rate:,.0f} threats/s); real/raw = {real_rate / raw_rate:.2f} (target ≥ 0.5)")


# ----- search ---------------------------------------------------------------------------------------

def _query_sets(cdb, n: int = 20) -> dict[str, list[str]]:
    """Queries of each kind, drawn from the data itself."""
    import collections
    import random

    from kkdesk.model.translit import fold

    rng = random.Random(5)
    top = cdb.scalar("SELECT max(id) FROM incident")
    sample = rng.sample(range(1, top + 1), 3000)
    bodies = cdb.incidents.search_texts(sample)
    df = collections.Counter()
    for texts in bodies.values():
        df.update(set(fold(" ".join(t for t in texts if t)).split()))
    # ties broken by the word: the same queries on every run (set order changes with string hashing)
    words = [w for w, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])) if len(w) >= 3 and not w.isdigit()]
    common = words[:n]
    mid = [w for w in words if 0.01 <= df[w] / len(sample) <= 0.10][:n]
    rare_refs = [r[0].split("-")[-1].lower() for r in cdb.query(
        "SELECT ref FROM incident WHERE id IN (%s)" % ",".join(str(i) for i in rng.sample(range(1, top + 1), n)))]
    persons = cdb.query("SELECT name_latin, name_cyrillic FROM person ORDER BY random() LIMIT ?", (n,))
    surnames_lat = [p[0].split()[-1] for p in persons]
    surnames_cyr = [p[1].split()[-1] for p in persons]
    full_lat = [p[0] for p in persons]
    full_cyr = [p[1] for p in persons]
    two = [f"{common[k % len(common)]} {words[(k * 7 + 3) % min(len(words), 200)]}" for k in range(n)]
    return {"rare word (a reference)": rare_refs, "most common words": common,
            "mid-frequency words (1–10 %)": mid, "two-word queries": two,
            "name, Latin surname": surnames_lat, "name, Cyrillic surname": surnames_cyr,
            "name, Latin full": full_lat, "name, Cyrillic full": full_cyr}


def bench_search(report: Report, cdb) -> None:
    from kkdesk.search import SearchQuery, fts_match, incident_ids

    print("search: choosing queries from the data", flush=True)
    sets = _query_sets(cdb)
    checked = 0
    for kind, queries in sets.items():
        lat = []
        for text in queries:
            q = SearchQuery(text=text)
            incident_ids(cdb, q, limit=50)  # warm the page cache once, as a second search would
            t = time.perf_counter()
            incident_ids(cdb, q, limit=50)
            lat.append((time.perf_counter() - t) * 1000)
        hits = [cdb.scalar("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?", (fts_match(t),))
                for t in queries]
        example = f"e.g. '{queries[0]}'" if not kind.startswith("name") else "fictional names"
        report.add("Search", f"{kind}: p50 first page (50 ids)", statistics.median(lat), "ms", limit=50,
                   note=f"{len(queries)} queries, {example}; median {statistics.median(hits):,.0f} matches")
        report.add("Search", f"{kind}: p95 first page (50 ids)", _pct(lat, 95), "ms", limit=50,
                   note=f"max {max(lat):.0f} ms")
        # the first page must be the first 50 of the full ordered result
        for text in queries[:2]:
            q = SearchQuery(text=text)
            t = time.perf_counter()
            full = incident_ids(cdb, q)
            took = time.perf_counter() - t
            assert incident_ids(cdb, q, limit=50) == full[:50], (kind, "first page differs from the full list")
            checked += 1
        report.note(f"search '{kind}': the full ordered id list (for the table, after the first page) took "
                    f"{took * 1000:,.0f} ms for {len(full):,} ids")
    report.note(f"search: the first page equals the head of the full ordered list for all {checked} queries checked")


# ----- statistics -----------------------------------------------------------------------------------

def bench_stats(report: Report, cdb) -> None:
    """The pre-counted cells (the fast path before the facts are loaded) against plain SQL."""
    from kkdesk import stats
    from kkdesk.search import SearchQuery
    from kkdesk.stats import cube

    year = cdb.scalar("SELECT year FROM stat_threat_cell GROUP BY year ORDER BY sum(n) DESC LIMIT 1")
    for scope, q in (("all", None), (f"year {year}", SearchQuery(date_from=str(year), date_to=str(year)))):
        for by in (["year", "city"], ["threat_type"], ["source"]):
            fast = cube.try_count(cdb, by, "threats", q)
            took = _best(lambda: cube.try_count(cdb, by, "threats", q), 5)
            t = time.perf_counter()
            plain = stats._count_by_sql(cdb, by, "threats", q)
            took_plain = time.perf_counter() - t
            assert fast == (plain.rows, plain.total), ("cells differ from SQL", by, scope)
            report.add("Stats", f"threats by {' × '.join(by)}, {scope} (pre-counted cells)", took * 1000, "ms",
                       limit=100, note=f"plain GROUP BY {took_plain * 1000:,.0f} ms; same answer "
                                       f"({plain.total:,} threats)")


# ----- statistics from the in-memory facts ------------------------------------------------------------

FACTS_PROBE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
sys.path.insert(0, sys.argv[3] + "/bench")
from kkdesk.records import CaseDatabase
from kkdesk import stats
from kkdesk.stats import dashboard, facts
from run import statistics_asked  # noqa: the overview's statistics, as the 'facts' section asks them
def status(key):
    return int([l for l in open("/proc/self/status") if l.startswith(key)][0].split()[1]) / 1024
cdb = CaseDatabase.open(sys.argv[1], sys.argv[2])
import numpy  # imported before the baseline: its own memory is not the facts'
before = status("VmRSS:")
try:  # the peak (VmHWM) from here on: Linux resets it to the current resident size
    open("/proc/self/clear_refs", "w").write("5")
    peak_base = before
except OSError:
    peak_base = 0.0
t = time.perf_counter()
stats.prepare(cdb)
out = {"load_s": time.perf_counter() - t, "facts_mb": facts.loaded(cdb).nbytes() / 2**20,
       "after_prepare_mb": status("VmRSS:") - before}
t = time.perf_counter()
dashboard.compute(cdb, None, "en", 10)
for fast, _plain, _on_dashboard in statistics_asked(cdb).values():
    fast(None)
out["before_release_mb"] = status("VmRSS:") - before
stats.release_memory()  # as the reports do after gathering their statistics (the dashboard does it itself)
out.update(used_s=time.perf_counter() - t, rss_growth_mb=status("VmRSS:") - before,
           peak_growth_mb=status("VmHWM:") - peak_base, peak_reset=bool(peak_base), rss_mb=status("VmRSS:"))
print(json.dumps(out))
"""


def bench_facts_load(report: Report, db: Path, env: dict, label: str = "") -> None:
    """Loading the facts after unlock, in a process of its own (clean memory figures); then what the
    memory grew to once the facts were warmed and one dashboard and the overview's statistics
    (without a filter) were computed: the resident growth the issue limits, and the peak on the way."""
    import json

    res = subprocess.run([PY, "-c", FACTS_PROBE, str(db), dataset.PASSPHRASE, str(ROOT)], capture_output=True,
                         text=True, env=env, timeout=3600)
    if res.returncode != 0:
        report.note(f"facts probe failed: {res.stderr.strip().splitlines()[-1:]}")
        return
    r = json.loads(res.stdout.strip().splitlines()[-1])
    report.add("Stats", f"{label}load the statistics facts after unlock (on the worker)", r["load_s"] * 1000, "ms",
               note="once per unlock, in the background with progress; the table's first page does not wait")
    report.add("Stats", f"{label}memory of the facts (resident growth: loaded, warmed, a dashboard and the "
               f"overview's statistics)", r["rss_growth_mb"], "MB", limit=200,
               note=f"numpy arrays {r['facts_mb']:.0f} MB; growth {r['after_prepare_mb']:.0f} MB right after "
                    f"loading and warming, {r['before_release_mb']:.0f} MB after the overview's statistics "
                    f"before their temporaries are handed back (stats.release_memory, as the reports do); "
                    f"dashboard and overview statistics {r['used_s'] * 1000:,.0f} ms; resident after "
                    f"{r['rss_mb']:.0f} MB")
    report.add("Stats", f"{label}memory of the facts: peak growth on the way (VmHWM)", r["peak_growth_mb"], "MB",
               note="the highest resident size minus the size before loading"
                    + ("" if r["peak_reset"] else "; absolute here: VmHWM could not be reset"))


def statistics_asked(cdb):
    """Every statistic the dashboard (kkdesk.stats.dashboard) and the overview's statistics part
    (kkdesk.reports.snapshots: overview and defenders sections) ask, as {name: (fast(q),
    plain_sql(q), on the dashboard)}; the overview's composed tables as the counts they are made of
    (types with persons: type in threats and in persons; women's share: year × gender)."""
    from kkdesk import stats
    from kkdesk.stats import dashboard

    out = {}
    for key in dashboard.CHARTS:
        out[f"chart {key}"] = (lambda q, key=key: dashboard.chart_statistic(cdb, key, q),
                               lambda q, key=key: dashboard.chart_statistic(cdb, key, q, sql=True), True)
    for by, unit in ((["year", "month"], "threats"), (["region"], "threats"), (["category_group"], "threats"),
                     (["threat_type"], "persons"), (["gender"], "persons"), (["year", "gender"], "threats"),
                     (["confidentiality"], "incidents"), (["category_group"], "persons"),
                     (["category_group", "category"], "threats"), (["category_group", "category"], "persons"),
                     (["org_kind"], "organisations"), (["org_kind", "target_kind"], "threats"),
                     (["source_group"], "threats"), (["source_group", "source"], "threats")):
        out[f"{' × '.join(by)} in {unit}"] = (lambda q, by=by, unit=unit: stats.count_by(cdb, by, unit, q),
                                              lambda q, by=by, unit=unit: stats._count_by_sql(cdb, by, unit, q), False)
    for name, fast, plain in (("types per target", stats.distinct_types_per_target,
                               stats._sql_distinct_types_per_target),
                              ("years under threat", stats.years_under_threat, stats._sql_years_under_threat)):
        out[name] = (lambda q, fast=fast: fast(cdb, q), lambda q, plain=plain: plain(cdb, q), False)
    for by in ("gender", "category"):
        out[f"persons threatened repeatedly, by {by}"] = (
            lambda q, by=by: stats.repeated_by(cdb, by, q, 2).rows,
            lambda q, by=by: stats._sql_repeated_by(cdb, by, q, 2), False)
    # the overview's one bar per defender: the 100 most threatened, and how many persons there are
    out["persons, the 100 most threatened"] = (
        lambda q: (lambda per: (per.most_threatened(100), len(per)))(stats.duration_under_threat(cdb, q)),
        lambda q: (lambda per: (sorted(per, key=lambda r: (-r["threats"], r["person_id"]))[:100], len(per)))(
            stats._sql_duration_under_threat(cdb, q)), False)
    out["persons threatened repeatedly, each"] = (
        lambda q: stats.repeated_targets(cdb, q, 2),
        lambda q: [r for r in stats._sql_duration_under_threat(cdb, q) if r["incidents"] >= 2], False)
    return out


def _forget_questions(cdb) -> None:
    """Drop what the facts keep of recent questions (their rows, the text search's incidents), so
    the next statistic pays for its question as a new one would."""
    from kkdesk.stats import facts

    f = facts.loaded(cdb)
    if f is not None:
        f.text_cache = None
        cache = getattr(f, "_engine_cache", None)
        if cache:
            cache[1].pop("questions", None)


def _forget_answers(cdb) -> None:
    """Drop the answers kept with each recent question (the per-person figures: durations, each
    person's targets and incidents) but keep the question's rows, so a timed statistic pays for
    its own answer as the first of its kind in a dashboard or overview does."""
    from kkdesk.stats import facts

    f = facts.loaded(cdb)
    cache = getattr(f, "_engine_cache", None) if f is not None else None
    for entry in (cache[1].get("questions", {}) if cache else {}).values():
        for key in [k for k in entry if isinstance(k, str) and k != "selection"]:
            del entry[key]


def _comparable(found):
    return (found.rows, found.total) if hasattr(found, "rows") else found


def _filter_combos(cdb, n: int, seed: int = 17):
    """n random combinations of two to four of the UI's filters, drawn from the data's own values."""
    import random

    from kkdesk.search import SearchQuery

    rng = random.Random(seed)
    pools = {
        "cities": "SELECT DISTINCT city FROM incident WHERE city IS NOT NULL",
        "categories": "SELECT DISTINCT category FROM target WHERE category IS NOT NULL",
        "threat_types": "SELECT code FROM vocab_term WHERE vocab = 'threat_type'",
        "sources": "SELECT code FROM vocab_term WHERE vocab = 'source_type'",
        "genders": "SELECT value FROM (SELECT 'female' AS value UNION SELECT 'male')",
        "statuses": "SELECT value FROM (SELECT 'draft' AS value UNION SELECT 'verified')",
        "tags": "SELECT name FROM tag", "risk_levels": "SELECT value FROM (SELECT 'high' AS value UNION SELECT 'low')",
    }
    values = {k: sorted(r[0] for r in cdb.query(sql)) for k, sql in pools.items()}
    years = [r[0] for r in cdb.query("SELECT DISTINCT year FROM incident ORDER BY year")]
    combos = []
    for _ in range(n):
        q = SearchQuery()
        for name in rng.sample(sorted(values) + ["period"], rng.randint(2, 4)):
            if name == "period":
                a = rng.choice(years)
                q.date_from, q.date_to = str(a), str(min(years[-1], a + rng.randint(0, 3)))
            elif values[name]:
                setattr(q, name, rng.sample(values[name], min(len(values[name]), rng.randint(1, 2))))
        combos.append(q)
    return combos


def _describe(q) -> str:
    if q is None:
        return "no filter"
    parts = []
    for name, value in vars(q).items():
        if value and name not in ("date_from", "date_to"):
            parts.append(f"{name}={','.join(map(str, value)) if isinstance(value, list) else value}")
    if q.date_from or q.date_to:
        parts.insert(0, f"{q.date_from}..{q.date_to}")
    return "; ".join(parts)


_WORD = "допрос"   # the text question: a common word of the demo's descriptions


def facts_scenarios(cdb) -> list:
    """The questions every statistic is timed and checked for: no filter, the busiest year, a text
    search, verified records only (the overview's default), three random filter combinations."""
    from kkdesk.search import SearchQuery

    year = cdb.scalar("SELECT year FROM stat_threat_cell GROUP BY year ORDER BY sum(n) DESC LIMIT 1")
    return [("no filter", None), (f"year {year}", SearchQuery(date_from=str(year), date_to=str(year))),
            (f"text '{_WORD}'", SearchQuery(text=_WORD)), ("verified only", SearchQuery(statuses=["verified"]))] + [
        (f"filters {n + 1}", q) for n, q in enumerate(_filter_combos(cdb, 3))]


def breadth_cases(cdb, breadth: int) -> list:
    """Every --by dimension × unit, then `breadth` random pairs × unit, each with a random question."""
    import random

    from kkdesk import stats
    from kkdesk.search import SearchQuery

    rng = random.Random(3)
    dims = list(stats.DIMENSIONS)
    questions = [None, SearchQuery(text=_WORD)] + _filter_combos(cdb, 8, seed=29)
    cases = [([d], u, rng.choice(questions)) for d in dims for u in stats.UNITS]
    pairs = [[a, b] for n, a in enumerate(dims) for b in dims[n + 1:]]
    return cases + [(rng.choice(pairs), rng.choice(stats.UNITS), rng.choice(questions)) for _ in range(breadth)]


def breadth_checked(n_cases: int, breadth_sql: int | None) -> set[int]:
    """Which of the breadth cases are compared with plain SQL: all, or a fixed random sample."""
    import random

    if breadth_sql is None or breadth_sql >= n_cases:
        return set(range(n_cases))
    return set(random.Random(4).sample(range(n_cases), breadth_sql))


def _breadth_key(by, unit: str, q) -> tuple:
    return "breadth", tuple(by), unit, _describe(q)


def _question_cost(q) -> tuple:
    """Cheapest plain SQL first: filter combinations, one year, then the text, then no filter."""
    return q is None, bool(q and q.text), bool(q and q.date_from and q.date_from == q.date_to)


def plain_sql_work(cdb, breadth: int = 60, breadth_sql: int | None = None) -> list:
    """(key, compute) of every plain-SQL answer bench_stats_facts compares with, cheapest first."""
    from kkdesk import stats

    asked = statistics_asked(cdb)
    work = []
    for _scope, q in sorted(facts_scenarios(cdb), key=lambda s: _question_cost(s[1])):
        for name, (_fast, plain, _chart) in asked.items():
            work.append((("question", _describe(q), name), lambda plain=plain, q=q: _comparable(plain(q))))
    cases = breadth_cases(cdb, breadth)
    checked = breadth_checked(len(cases), breadth_sql)
    for by, unit, q in (c for n, c in enumerate(cases) if n in checked):
        work.append((_breadth_key(by, unit, q),
                     lambda by=by, unit=unit, q=q: _comparable(stats._count_by_sql(cdb, by, unit, q))))
    return work


def bench_stats_facts(report: Report, cdb, repeat: int = 7, breadth: int = 60, breadth_sql: int | None = None,
                      label: str = "", scenarios=None, sql_budget: float | None = None, db: Path | None = None) -> None:
    """Every dashboard chart and the overview's statistics for six questions (no filter, one year, a
    text search, three random filter combinations): fast p95 beside the plain-SQL time, same answer;
    then any --by dimension or pair, any unit, random filters. The facts are loaded first.
    Plain-SQL answers are kept beside `db` (bench/plainsql.py): an answer measured by an earlier run
    over the same content is used as it is, its time and date said in the note."""

    from plainsql import PlainSqlAnswers

    from kkdesk import stats
    from kkdesk.search import SearchQuery, incident_id_array
    from kkdesk.stats import dashboard

    stats.prepare(cdb)
    reference = PlainSqlAnswers(db, cdb)
    earlier: dict = {}       # key -> when, for answers measured by an earlier run
    if scenarios is None:
        scenarios = facts_scenarios(cdb)
        for scope, q in scenarios:
            if scope.startswith("filters"):
                report.note(f"{label}stats {scope}: {_describe(q)}")
    asked = statistics_asked(cdb)
    measured = []   # (scope, q, {name: (fast p95, answer)}, dashboard p95, overview p95)
    # first every fast figure of every question (minutes), then plain SQL (an hour at a million
    # incidents), each statistic once, as long as the budget lasts
    for scope, q in scenarios:
        if q is not None and q.text:
            t = time.perf_counter()
            hits = len(incident_id_array(cdb, SearchQuery(text=q.text)))
            report.add("Stats", f"{label}{scope}: the search's incident ids (once per question)",
                       (time.perf_counter() - t) * 1000, "ms",
                       note=f"kkdesk.search.incident_id_array, {hits:,} incidents; intersected with the facts")
        # the whole dashboard as the pane asks for it, the question new each time
        whole = []
        for _ in range(3):
            _forget_questions(cdb)
            t = time.perf_counter()
            dashboard.compute(cdb, q, "en", 10)
            whole.append(time.perf_counter() - t)
        # the overview's statistics part, the question new each time
        overview = []
        for _ in range(3):
            _forget_questions(cdb)
            t = time.perf_counter()
            for fast, _plain, _chart in asked.values():
                fast(q)
            overview.append(time.perf_counter() - t)
        # each statistic as inside a dashboard (the question known, its answers not)
        answers = {}
        for name, (fast, _plain, _chart) in asked.items():
            times = []
            for _ in range(repeat):
                _forget_answers(cdb)
                t = time.perf_counter()
                got = fast(q)
                times.append(time.perf_counter() - t)
            answers[name] = (_pct(times, 95), _comparable(got))
        measured.append((scope, q, answers, _pct(whole, 95), _pct(overview, 95)))
    sql: dict = {}
    deadline = time.perf_counter() + (sql_budget if sql_budget is not None else float("inf"))
    try:
        # the cheapest questions first (filter combinations, one year, then the text, then no filter:
        # at a million incidents their SQL takes about 1, 10, 10 and 20 minutes)
        for scope, q, answers, _, _ in sorted(measured, key=lambda m: _question_cost(m[1])):
            for name, (_fast, plain, _chart) in asked.items():
                key = ("question", _describe(q), name)
                if reference.get(key) is None and time.perf_counter() > deadline:
                    raise TimeoutError
                want, sql[(scope, name)], when = reference.answer(key, lambda plain=plain: _comparable(plain(q)))
                if key not in reference.mine:
                    earlier[key] = when
                assert answers[name][1] == want, ("facts differ from SQL", name, scope)
        if earlier:
            report.note(f"{label}plain SQL: {len(earlier)} of the {len(sql)} answers above were measured by "
                        f"bench/plainsql.py processes over the same database content ({min(earlier.values())} to "
                        f"{max(earlier.values())}, beside other work), the rest in this run; every fast answer "
                        "is compared with them here")
    except (TimeoutError, KeyboardInterrupt) as stop:
        report.note(f"{label}plain SQL stopped ({'budget' if isinstance(stop, TimeoutError) else 'time limit'}) "
                    f"after {len(sql)} of {len(measured) * len(asked)} statistics; the rows without it say so")
    for scope, q, answers, whole, overview in measured:
        sql_chart = sql_all = 0.0
        complete = all((scope, name) in sql for name in asked)
        for name, (fast_p95, _answer) in answers.items():
            took = sql.get((scope, name))
            if took is not None:
                sql_all += took
                sql_chart += took if asked[name][2] else 0.0
            report.add("Stats", f"{label}{scope}: {name} (p95 of {repeat})", fast_p95 * 1000, "ms", limit=100,
                       note=f"plain SQL {took * 1000:,.0f} ms; same answer" if took is not None else
                       "plain SQL not run (budget)")
        charts_done = all((scope, name) in sql for name in asked if asked[name][2])
        report.add("Stats", f"{label}{scope}: the whole dashboard, {len(dashboard.CHARTS)} charts (p95 of 3)",
                   whole * 1000, "ms", limit=1000, note="a new question each time; " + (
                       f"plain SQL, chart by chart: {sql_chart * 1000:,.0f} ms; same answers" if charts_done else
                       "plain SQL not run for every chart (budget)"))
        report.add("Stats", f"{label}{scope}: the overview's statistics, {len(asked)} tables (p95 of 3)",
                   overview * 1000, "ms", limit=1000, note="a new question each time; " + (
                       f"plain SQL: {sql_all * 1000:,.0f} ms; same answers" if complete else
                       "plain SQL not run for every table (budget)"))
    if not breadth:
        return
    # any dimension or pair, any unit, with random filters (a text search among them)
    dims = list(stats.DIMENSIONS)
    cases = breadth_cases(cdb, breadth)
    times, checked, took_sql = [], 0, 0.0
    # the sample asked for, and every case whose plain-SQL answer is stored already
    check = breadth_checked(len(cases), breadth_sql) | {
        n for n, (by, unit, q) in enumerate(cases) if reference.get(_breadth_key(by, unit, q)) is not None}
    for n, (by, unit, q) in enumerate(cases):
        stats.count_by(cdb, by, unit, q)          # the text of this question resolved once
        t = time.perf_counter()
        got = stats.count_by(cdb, by, unit, q)
        times.append(time.perf_counter() - t)
        if n in check:
            key = _breadth_key(by, unit, q)
            want, took, _when = reference.answer(
                key, lambda by=by, unit=unit, q=q: _comparable(stats._count_by_sql(cdb, by, unit, q)))
            took_sql += took
            assert (got.rows, got.total) == want, ("facts differ from SQL", by, unit, q)
            checked += 1
    slowest = max(range(len(cases)), key=times.__getitem__)
    report.add("Stats", f"{label}any --by dimension or pair × unit × random filters: p95 of {len(cases)}",
               _pct(times, 95) * 1000, "ms", limit=100,
               note=f"{len(dims) * len(stats.UNITS)} single dimensions × units and {breadth} random pairs; "
                    f"max {max(times) * 1000:.0f} ms ({'×'.join(cases[slowest][0])}, {cases[slowest][1]}); "
                    f"{checked} checked equal to plain SQL ({took_sql:,.0f} s of SQL)")


def bench_stats_after_edit(report: Report, db: Path, edits: int = 5) -> None:
    """The dashboard right after a change made through the records layer, as the editor saves it:
    an incident's city and a threat's type changed, then one incident added. The facts are
    patched by Facts.sync (the triggers noted the incident) and the engine's per-version caches
    start again. On a copy of the database in the cache folder (the benchmark file stays as it
    is), deleted afterwards."""
    import random

    from kkdesk import stats
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident, Target, Threat
    from kkdesk.records import CaseDatabase
    from kkdesk.search import SearchQuery
    from kkdesk.stats import dashboard, facts

    tmp = Path(tempfile.mkdtemp(prefix="after-edit-", dir=str(dataset.CACHE)))
    try:
        copy = _copy_db(db, tmp / db.name)
        with CaseDatabase.open(copy, dataset.PASSPHRASE, actor="bench") as cdb:
            rng = random.Random(41)
            stats.prepare(cdb)
            verified = SearchQuery(statuses=["verified"])
            for q in (None, verified):
                dashboard.compute(cdb, q, "en", 10)
            cities = [r[0] for r in cdb.query("SELECT DISTINCT city FROM incident WHERE city IS NOT NULL ORDER BY city")]
            types = [r[0] for r in cdb.query("SELECT code FROM vocab_term WHERE vocab = 'threat_type' ORDER BY code")]
            times: dict[str, list[float]] = {}

            def measure(kind: str, change) -> None:
                t = time.perf_counter()
                change()
                saved = time.perf_counter()
                assert facts.loaded(cdb) is not None          # Facts.sync: the noted incident patched in
                synced = time.perf_counter()
                dashboard.compute(cdb, None, "en", 10)
                shown = time.perf_counter()
                dashboard.compute(cdb, verified, "en", 10)
                times.setdefault(f"{kind}: save", []).append(saved - t)
                times.setdefault(f"{kind}: sync", []).append(synced - saved)
                times.setdefault(f"{kind}: dashboard", []).append(shown - synced)
                times.setdefault(f"{kind}: dashboard, verified only", []).append(time.perf_counter() - shown)

            top = cdb.scalar("SELECT max(id) FROM target")
            for _ in range(edits):
                while True:            # an incident whose first target has a threat
                    n = cdb.scalar("SELECT incident_id FROM target WHERE id >= ? ORDER BY id LIMIT 1",
                                   [rng.randint(1, top)])
                    inc = cdb.incidents.get(n)
                    if inc.targets and inc.targets[0].threats:
                        break

                def edit(inc=inc):
                    inc.city, inc.region = rng.choice([c for c in cities if c != inc.city]), None   # its region
                    th = inc.targets[0].threats[0]
                    th.threat_type = rng.choice([t for t in types if t != th.threat_type])
                    cdb.incidents.save(inc)
                measure("one incident edited", edit)
            for _ in range(edits):
                model = cdb.incidents.get(inc.id)

                def add(model=model):
                    cdb.incidents.save(Incident(
                        title="bench: added", date=PartialDate("2022-05-17"), region=model.region, city=model.city,
                        status="verified", targets=[Target(person_id=t.person_id, organisation_id=t.organisation_id,
                                                           category=t.category,
                                                           threats=[Threat(h.threat_type, sources=list(h.sources))
                                                                    for h in t.threats]) for t in model.targets]))
                measure("one incident added", add)
            # the patched facts count what the store holds (cheap totals; the differential tests check the rest)
            figures = stats.key_figures(cdb)
            assert figures["incidents"] == cdb.scalar("SELECT count(*) FROM incident")
            assert figures["threats"] == cdb.scalar("SELECT count(*) FROM threat")
            for kind in ("one incident edited", "one incident added"):
                whole = [a + b + c for a, b, c in zip(times[f"{kind}: sync"], times[f"{kind}: dashboard"],
                                                      times[f"{kind}: save"])]
                report.add("Stats", f"{kind}, then the whole dashboard (p95 of {edits})",
                           _pct([a + b for a, b in zip(times[f"{kind}: sync"], times[f"{kind}: dashboard"])], 95)
                           * 1000, "ms", limit=1000,
                           note=f"Facts.sync p95 {_pct(times[f'{kind}: sync'], 95) * 1000:,.0f} ms, then the 10 charts "
                                f"p95 {_pct(times[f'{kind}: dashboard'], 95) * 1000:,.0f} ms; the save itself p95 "
                                f"{_pct(times[f'{kind}: save'], 95) * 1000:,.0f} ms (with it p95 "
                                f"{_pct(whole, 95) * 1000:,.0f} ms); on a copy of the database")
                report.add("Stats", f"{kind}: the whole dashboard of verified records next (p95 of {edits})",
                           _pct(times[f"{kind}: dashboard, verified only"], 95) * 1000, "ms", limit=1000,
                           note="the same version of the facts, another question")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def replicate(small, k: int):
    """The facts of `small` repeated k times as disjoint copies (own incidents, targets, threats,
    persons and organisations): every count of the copy is exactly k times the original's."""
    import numpy as np

    from kkdesk.stats.facts import Facts

    big = Facts()
    for name in ("region", "city", "status", "conf", "category", "threat_type", "source", "gender", "risk", "classes"):
        setattr(big, name, getattr(small, name))
    n_inc, n_tgt, n_thr = len(small.inc_id), len(small.tgt_inc), len(small.thr_id)
    persons, orgs = len(small.per_gender), int(small.tgt_org.max(initial=0)) + 1

    def rep(a, step=0, keep_negative=False):
        parts = []
        for r in range(k):
            if keep_negative:
                parts.append(np.where(a >= 0, a + r * step, a).astype(a.dtype))
            else:
                parts.append((a + r * step).astype(a.dtype) if step else a)
        return np.concatenate(parts)

    top_inc = int(small.inc_id.max()) + 1
    big.inc_id = rep(small.inc_id, top_inc)
    for name in ("inc_year", "inc_month", "inc_day", "inc_region", "inc_city", "inc_status", "inc_conf", "inc_live",
                 "tgt_cat", "tgt_live", "thr_type", "thr_class", "thr_live", "src_code", "tag_id", "per_gender",
                 "per_risk", "ptag_id"):
        setattr(big, name, rep(getattr(small, name)))
    big.row_of_inc = np.full(top_inc * k, -1, np.int32)
    big.row_of_inc[big.inc_id] = np.arange(len(big.inc_id), dtype=np.int32)
    big.tgt_inc = rep(small.tgt_inc, n_inc)
    big.tgt_person = rep(small.tgt_person, persons, keep_negative=True)
    big.tgt_org = rep(small.tgt_org, orgs, keep_negative=True)
    big.thr_id = rep(small.thr_id, int(small.thr_id.max()) + 1)
    big.thr_tgt = rep(small.thr_tgt, n_tgt)
    big.thr_inc = rep(small.thr_inc, n_inc)
    big.src_thr = rep(small.src_thr, n_thr)
    big.tag_inc = rep(small.tag_inc, n_inc)
    big.ptag_person = rep(small.ptag_person, persons)
    big.dead, big.version = 0, 1
    return big


def bench_stats_scaled(report: Report, cdb, k: int, repeat: int = 7, breadth: int = 60) -> None:
    """The same statistics on the facts of this database repeated k times (no database of that
    size could be built here in time): query times at that scale, each answer checked to be exactly
    k times this database's (itself checked against plain SQL by bench_stats_facts and the tests)."""
    import random

    from kkdesk import stats
    from kkdesk.search import SearchQuery
    from kkdesk.stats import facts
    from kkdesk.stats.dashboard import CHARTS
    from kkdesk.stats.fast import Engine

    stats.prepare(cdb)
    small = facts.loaded(cdb)
    small.classification(cdb)
    t = time.perf_counter()
    big = replicate(small, k)
    took_build = time.perf_counter() - t
    label = f"×{k} ({len(big.inc_id):,} incidents, {len(big.thr_id):,} threats): "
    report.add("Stats", f"{label}memory of the facts", big.nbytes() / 2**20, "MB", limit=200,
               note=f"numpy arrays; the column caches add about 10 bytes a threat ({took_build:.1f} s to make)")
    fast_small, fast_big = Engine(small, cdb), Engine(big, cdb)

    def scaled(found):
        if isinstance(found, tuple):
            rows, total = found
            return [dict(r, count=r["count"] * k) for r in rows], total * k
        return [{kk: (v * k if kk in ("count", "persons", "organisations") else v) for kk, v in r.items()}
                for r in found]

    def chart(engine, key, q):
        spec = CHARTS[key]
        if spec == "key_figures":
            return [engine.count([], u, q)[1] for u in ("incidents", "threats", "persons", "organisations")]
        if spec == "threats_per_target":
            return engine.threats_per_target(q, "person")
        return engine.count([spec[0]], spec[1], q)

    year = cdb.scalar("SELECT year FROM stat_threat_cell GROUP BY year ORDER BY sum(n) DESC LIMIT 1")
    questions = [("no filter", None), (f"year {year}", SearchQuery(date_from=str(year), date_to=str(year)))] + [
        (f"filters {n + 1}", q) for n, q in enumerate(_filter_combos(cdb, 3))]
    for scope, q in questions:
        whole = []
        for key in CHARTS:
            want = chart(fast_small, key, q)
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                got = chart(fast_big, key, q)
                times.append(time.perf_counter() - t)
            expected = [x * k for x in want] if key == "figures" else scaled(want)
            assert got == expected, ("scaled answer is not k times the original", key, scope)
            whole.append(_pct(times, 95))
            report.add("Stats", f"{label}{scope}: chart {key} (p95 of {repeat})", _pct(times, 95) * 1000, "ms",
                       limit=100, note=f"= {k} × the answer on this database")
        report.add("Stats", f"{label}{scope}: all the dashboard's charts (sum of p95s)", sum(whole) * 1000, "ms",
                   limit=1000)
        times = []
        for _ in range(3):
            t = time.perf_counter()
            for by, unit in (("threat_type", "persons"), ("region", "threats"), ("confidentiality", "incidents")):
                fast_big.count([by], unit, q)
            fast_big.count(["year", "gender"], "threats", q)
            fast_big.distinct_types_per_target(q)
            fast_big.durations(q)
            fast_big.distinct_threat_types(q)
            times.append(time.perf_counter() - t)
        report.add("Stats", f"{label}{scope}: the overview's tables beyond the dashboard's (p95 of 3)",
                   _pct(times, 95) * 1000, "ms", limit=1000,
                   note="persons by type, region, confidentiality, year × gender, types per target, years under threat")
    if not breadth:
        return
    rng = random.Random(3)
    dims = list(stats.DIMENSIONS)
    qs = [None] + _filter_combos(cdb, 8, seed=29)
    cases = [([d], u, rng.choice(qs)) for d in dims for u in stats.UNITS]
    pairs = [[a, b] for n, a in enumerate(dims) for b in dims[n + 1:]]
    cases += [(rng.choice(pairs), rng.choice(stats.UNITS), rng.choice(qs)) for _ in range(breadth)]
    times = []
    for by, unit, q in cases:
        want = fast_small.count(by, unit, q)
        t = time.perf_counter()
        got = fast_big.count(by, unit, q)
        times.append(time.perf_counter() - t)
        assert got == scaled(want), ("scaled answer is not k times the original", by, unit, q)
    slowest = sorted(range(len(cases)), key=times.__getitem__)[-3:]
    report.add("Stats", f"{label}any --by dimension or pair × unit × random filters: p95 of {len(cases)}",
               _pct(times, 95) * 1000, "ms", limit=100,
               note=f"each = {k} × the answer here; slowest: " + "; ".join(
                   f"{'×'.join(cases[n][0])}/{cases[n][1]} {times[n] * 1000:.0f} ms" for n in reversed(slowest)))


def bench_small(report: Report, env: dict, size: int = 30_000) -> None:
    """A coordinator's laptop: the dashboard and the overview on a database of `size` incidents."""
    from kkdesk.records import CaseDatabase

    db = dataset.build(size)
    label = f"{size // 1000}k: "
    bench_facts_load(report, db, env, label)
    with CaseDatabase.open(db, dataset.PASSPHRASE, actor="bench") as cdb:
        bench_stats_facts(report, cdb, repeat=5, breadth=0, label=label, db=db)


# ----- table (subprocess: clean memory figure) ------------------------------------------------------

TABLE_PROBE = r'''
import json, os, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[3])
from kkdesk.records import CaseDatabase
from kkdesk.search import incident_id_array, incident_ids
cdb = CaseDatabase.open(sys.argv[1], sys.argv[2])
t_open = time.perf_counter()
out = {"open_s": t_open - t0}
try:
    from PySide6.QtWidgets import QApplication
    from kkdesk.ui.incident_table import IncidentTableModel
    from kkdesk.ui.worker import DatabaseWorker
    app = QApplication([])
    worker = DatabaseWorker(cdb); worker.start()
    model = IncidentTableModel(worker)   # rows are read on the worker, as in the application
    def shown(row):
        model.cell(row, "ref")
        while not model.is_loaded(row):
            app.processEvents(); time.sleep(0.0005)
    def on_worker(op):
        box = []
        worker.submit(op, on_done=box.append)
        while not box:
            app.processEvents(); time.sleep(0.0005)
        return box[0]
    model.set_ids(on_worker(lambda c: incident_ids(c, limit=50)))
    shown(0)
    out["first_page_s"] = time.perf_counter() - t0
    # the full list as the incidents pane loads it: a compact array on the worker
    t = time.perf_counter(); ids = on_worker(incident_id_array); out["all_ids_s"] = time.perf_counter() - t
    model.set_ids(ids)
    t = time.perf_counter(); shown(len(ids) - 1); out["last_row_s"] = time.perf_counter() - t
    worker.stop()
    out["with"] = "IncidentTableModel"
except ImportError:
    ids = incident_ids(cdb, limit=50); cdb.incidents.rows(ids)
    out["first_page_s"] = time.perf_counter() - t0
    t = time.perf_counter(); ids = incident_ids(cdb); out["all_ids_s"] = time.perf_counter() - t
    t = time.perf_counter(); cdb.incidents.rows(ids[-50:]); out["last_row_s"] = time.perf_counter() - t
    out["with"] = "core calls"
out["rows"] = len(ids)
# VmHWM is this process's own peak. ru_maxrss is not: Linux keeps it across fork and exec, so it
# reported the bench's own peak (360 MB after the PDF section) as the table's.
try:
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
    out["rss_mb"] = int(hwm.split()[1]) / 1024
except OSError:
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
'''


def bench_table(report: Report, db: Path, env: dict) -> None:
    import json

    res = subprocess.run([PY, "-c", TABLE_PROBE, str(db), dataset.PASSPHRASE, str(ROOT)], capture_output=True,
                         text=True, env=env, timeout=600)
    if res.returncode != 0:
        report.note(f"table probe failed: {res.stderr.strip().splitlines()[-1:]}")
        return
    r = json.loads(res.stdout.strip().splitlines()[-1])
    report.add("Table", "open (unlock, KDF included) to first visible page", r["first_page_s"] * 1000, "ms",
               limit=1000, note=f"with {r['with']}; unlock {r['open_s'] * 1000:.0f} ms of it")
    report.add("Table", f"then the full ordered id list ({r['rows']:,} rows)", r["all_ids_s"] * 1000, "ms",
               limit=1000)
    report.add("Table", "jump to the last row", r["last_row_s"] * 1000, "ms", limit=1000)
    report.add("Table", "peak resident memory", r["rss_mb"], "MB", limit=300)


# ----- PDF ------------------------------------------------------------------------------------------

def bench_pdf(report: Report, cdb) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    import io

    from kkdesk.search import SearchQuery, incident_ids

    # the newest 10,000 incidents: their date range is the overview's query
    ids = incident_ids(cdb, limit=10_000)
    rows = cdb.incidents.rows(ids)
    first = min(rows[i]["date"].start for i in ids).isoformat()
    last = max(rows[i]["date"].start for i in ids).isoformat()
    q = SearchQuery(date_from=first, date_to=last)
    n_cases = len(incident_ids(cdb, q))

    def raw():
        data = [["Ref", "Date", "Title", "Place", "Status"]] + [
            [rows[i]["ref"], rows[i]["date"].iso(), rows[i]["title"][:60], rows[i]["place"] or "", rows[i]["status"]]
            for i in ids]
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4)
        parts = [Table(data[k:k + 200], repeatRows=0) for k in range(0, len(data), 200)]
        for p in parts:
            p.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7)]))
        doc.build(parts)
        return buf.getvalue()

    try:
        from kkdesk.reports import build_overview
    except ImportError:
        build_overview = None
    if build_overview is None:
        report.add("PDF", "raw ReportLab: 10,000-row table", _best(raw, 1) * 1000, "ms",
                   note="kkdesk.reports.build_overview pending: only the raw figure")
        return
    # warm-up: the fonts are registered and the modules imported once, outside the timing
    build_overview(cdb, SearchQuery(date_from=last, date_to=last))
    # raw and overview in turn, three pairs: a pair's ratio holds while a shared machine drifts
    pairs = []
    for _ in range(3):
        t = time.perf_counter()
        raw()
        took_raw = time.perf_counter() - t
        t = time.perf_counter()
        try:
            pdf = build_overview(cdb, q)
        except Exception as exc:  # report, do not hide: the bench states what failed
            report.note(f"PDF: build_overview failed: {type(exc).__name__}: {str(exc)[:120]}")
            report.add("PDF", "raw ReportLab: 10,000-row table", took_raw * 1000, "ms")
            return
        pairs.append((time.perf_counter() - t, took_raw))
    took, took_raw = sorted(pairs, key=lambda p: p[0] / p[1])[1]     # the median pair
    ratio = took / took_raw
    report.add("PDF", f"overview with a {n_cases:,}-case list (build_overview)", took * 1000, "ms",
               raw=took_raw * 1000,
               note=f"limit 2 × raw: {'ok' if ratio <= 2 else 'OVER'} (median of 3 paired runs; ratios "
                    f"{', '.join(f'{a / b:.2f}' for a, b in pairs)}); raw = ReportLab building the same 10,000-row "
                    f"table alone (tables of 200 rows); {len(pdf) / 1e6:.1f} MB")


# ----- start ----------------------------------------------------------------------------------------

BARE_PROBE = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.setWindowTitle("bare"); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
'''

KKDESK_PROBE = r'''
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kkdesk.ui.app import Application
app = QApplication(sys.argv[:1])
a = Application()
a.start()
assert a.unlock_window.isVisible()
QTimer.singleShot(0, app.quit)
app.exec()
'''


def bench_start(report: Report, db: Path, env: dict) -> None:
    def launch(code, *args):
        t = time.perf_counter()
        res = subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
        if res.returncode != 0:
            raise RuntimeError(res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "failed")
        return time.perf_counter() - t

    try:
        bare = min(launch(BARE_PROBE) for _ in range(3))
        ours = min(launch(KKDESK_PROBE, str(ROOT)) for _ in range(3))
        report.add("Start", "launch to unlock window (offscreen, process start to exit)", ours * 1000, "ms",
                   raw=bare * 1000, note="raw = a bare PySide6 window the same way; best of 3; no limit was set")
    except Exception as exc:
        report.note(f"start probe failed: {exc}")
    from kkdesk.records import CaseDatabase
    from kkdesk.store import crypto

    salt = crypto.read_salt(str(db))
    kdf = _best(lambda: crypto.derive_key(dataset.PASSPHRASE, salt), 3)

    def unlock():
        CaseDatabase.open(db, dataset.PASSPHRASE).close()

    took = _best(unlock, 3)
    report.add("Start", "unlock (open the database, then close it)", took * 1000, "ms",
               note=f"KDF (Argon2id) {kdf * 1000:.0f} ms = {kdf / took:.0%} of it; best of 3")


# ----- main -----------------------------------------------------------------------------------------

def _build_note(counts: dict) -> str:
    path = dataset.CACHE / f"bench-{counts['incidents']}.kkdb.build.txt"
    if not path.exists():
        return "no build record."
    return " ".join(path.read_text(encoding="utf-8").split())


def append_results(report: Report, title: str, mode: str, info: dict, counts: dict, started: float) -> None:
    """Add a section of new rows below the existing results (a run of some sections only)."""
    lines = [
        "", f"## {title}", "",
        f"Written by `bench/run.py --only {mode}` on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC in "
        f"{time.perf_counter() - started:.0f} s. Machine: {info['nproc']} cores, load average at start "
        f"{info['load']} (a shared machine: ±30 %). Database: {counts['incidents']:,} incidents, "
        f"{counts['threats']:,} threats, {counts['persons']:,} persons ({counts['size_mb']:,.0f} MB).", "",
        "| area | measure | value | limit | ratio | note |",
        "|---|---|---|---|---|---|",
    ]
    for row in report.rows:
        lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
    if report.notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in report.notes]
    with open(RESULTS, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"added to {RESULTS}")


def write_results(report: Report, mode: str, info: dict, counts: dict, started: float) -> None:
    lines = [
        "# kkdesk benchmark results",
        "",
        f"Written by `bench/run.py` ({mode}) on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC in "
        f"{time.perf_counter() - started:.0f} s. Re-run with `make bench` (1M) or `bench/run.py --quick` (100k).",
        "",
        f"Machine: {info['nproc']} cores ({info['cpu']}), {info['memory']} RAM, Python {info['python']}, "
        f"SQLite {info['sqlite']} (SQLCipher); load average at start {info['load']} (a shared machine: ±30 %).",
        "",
        f"Database: {counts['incidents']:,} incidents, {counts['threats']:,} threats, {counts['persons']:,} persons "
        f"(demo generator, encrypted, {counts['size_mb']:,.0f} MB).",
        "",
        f"Build of the cached database: {_build_note(counts)}",
        "",
        "Ratio = value / limit (for rates: limit / value); ≤ 1 meets the limit.",
        "",
        "| area | measure | value | limit | ratio | note |",
        "|---|---|---|---|---|---|",
    ]
    for row in report.rows:
        lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
    if report.notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in report.notes]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="100,000 incidents instead of 1,000,000")
    ap.add_argument("--incidents", type=int, help="database size (overrides --quick)")
    ap.add_argument("--only", default="import,search,stats,facts,facts-load,after-edit,small,table,pdf,start",
                    help="comma-separated sections")
    ap.add_argument("--no-write", action="store_true", help="print only, leave bench/results.md alone")
    ap.add_argument("--scale", type=int, default=33, help="copies of the facts in the 'scaled' section")
    ap.add_argument("--append", metavar="TITLE", help="add the rows as a new section of bench/results.md")
    ap.add_argument("--breadth-sql", type=int, default=None,
                    help="check only this many of the random --by cases against plain SQL (all by default)")
    ap.add_argument("--sql-budget", type=float, default=None,
                    help="seconds of plain SQL the 'facts' section may spend checking (all by default)")
    ap.add_argument("--import-threats", type=int, default=100_000, help="threats in the import benchmark")
    args = ap.parse_args(argv)
    size = args.incidents or (100_000 if args.quick else 1_000_000)
    only = set(args.only.split(","))
    started = time.perf_counter()
    info = machine()
    print(f"machine: {info}", flush=True)
    db = dataset.path_for(size)
    if not db.exists():
        print(f"building {db.name} (cached for the next run)…", flush=True)
    db = dataset.build(size)
    work = Path(tempfile.mkdtemp(prefix="kkdesk-bench-", dir=str(dataset.CACHE)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work), XDG_CONFIG_HOME=str(work / "config"),
               TMPDIR=str(work))
    report = Report()
    from kkdesk.records import CaseDatabase

    import signal

    def stop(*_):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    counts = {}
    try:
        with CaseDatabase.open(db, dataset.PASSPHRASE, actor="bench") as cdb:  # applies new migrations once
            counts = {"incidents": cdb.scalar("SELECT count(*) FROM incident"),
                      "threats": cdb.scalar("SELECT count(*) FROM threat"),
                      "persons": cdb.scalar("SELECT count(*) FROM person"),
                      "size_mb": os.path.getsize(db) / 1e6}
            print(f"database: {counts}", flush=True)
            if "search" in only:
                bench_search(report, cdb)
            if "stats" in only:
                bench_stats(report, cdb)
            if "facts" in only:
                bench_stats_facts(report, cdb, breadth_sql=args.breadth_sql, sql_budget=args.sql_budget, db=db)
            if "scaled" in only:
                bench_stats_scaled(report, cdb, args.scale)
            if "pdf" in only:
                bench_pdf(report, cdb)
        if "facts-load" in only:
            bench_facts_load(report, db, env)
        if "after-edit" in only:
            bench_stats_after_edit(report, db)
        if "small" in only:
            bench_small(report, env)
        if "table" in only:
            bench_table(report, db, env)
        if "start" in only:
            bench_start(report, db, env)
        if "import" in only:
            bench_import(report, work, args.import_threats)
    except KeyboardInterrupt:
        report.note(f"run stopped (time limit) after {time.perf_counter() - started:,.0f} s: the rows above are "
                    "all it measured")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.append:
        append_results(report, args.append, args.only, info, counts, started)
    elif not args.no_write:
        write_results(report, f"{size:,} incidents", info, counts, started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
