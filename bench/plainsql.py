"""Plain-SQL reference answers kept beside the benchmark database, so that a long benchmark can
check every fast statistic against SQL at a million incidents even when the SQL (minutes per
question there) does not fit in one sitting.

An answer is stored with the time its SQL took and when, under the database's content signature
(row counts, largest ids, the sums of incident and person revisions and the newest entry of the
history's hash chain, which every change through kkdesk extends): a changed database matches
nothing. The file holds counts, codes, record ids and dates (no names), next to the encrypted
database it describes, and is read only by bench/run.py and this script.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import time
from pathlib import Path

_TABLES = ("incident", "target", "threat", "threat_source", "incident_tag", "person", "person_tag", "person_same")
_WITH_ID = ("incident", "target", "threat", "person")


def signature(cdb) -> tuple:
    """What the database's content is, cheaply: counts and largest ids of the counted tables, the
    sums of incident and person revisions (an edit bumps one) and the history chain's newest hash."""
    parts = []
    for table in _TABLES:
        top = "coalesce(max(id), 0)" if table in _WITH_ID else "0"
        parts.append(tuple(cdb.conn.execute(f"SELECT count(*), {top} FROM {table}").fetchone()))
    for table in ("incident", "person"):
        parts.append(cdb.scalar(f"SELECT coalesce(sum(revision), 0) FROM {table}"))
    parts.append(cdb.scalar("SELECT hash FROM history ORDER BY seq DESC LIMIT 1"))
    return tuple(parts)


class PlainSqlAnswers:
    """Stored plain-SQL answers for one database: `get(key)` -> (answer, seconds, when) or None;
    `put(key, answer, seconds)` saves at once (a stopped run keeps what it measured). Each process
    writes a file of its own (`<db>.plain-sql.<pid>.pickle`); all of them are read."""

    def __init__(self, db: Path | None, cdb):
        self.db = db
        self.path = db.with_name(f"{db.name}.plain-sql.{os.getpid()}.pickle") if db is not None else None
        self.sig = signature(cdb)
        self.answers: dict = {}
        self.mine: dict = {}
        self.reload()

    def reload(self) -> None:
        """Read what every process has stored so far for this content."""
        if self.db is None:
            return
        for path in sorted(self.db.parent.glob(f"{self.db.name}.plain-sql*.pickle")):
            try:
                with open(path, "rb") as fh:
                    stored = pickle.load(fh)
            except (OSError, EOFError, pickle.UnpicklingError):
                continue
            if stored.get("signature") == self.sig:
                self.answers.update(stored["answers"])
        self.answers.update(self.mine)

    def get(self, key):
        return self.answers.get(key)

    def put(self, key, answer, seconds: float) -> None:
        self.answers[key] = self.mine[key] = (
            answer, seconds, dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"signature": self.sig, "answers": self.mine}, fh)
        os.replace(tmp, self.path)

    def answer(self, key, plain):
        """(answer, seconds, when) from the store; else, if a live filler is computing it, its answer
        when it comes; else from running `plain()` here (stored)."""
        got = self.get(key)
        while got is None and self.db is not None and not self.claim(key):
            time.sleep(2)
            self.reload()
            got = self.get(key)
        if got is None:
            t = time.perf_counter()
            want = plain()
            self.put(key, want, time.perf_counter() - t)
            got = self.answers[key]
        return got

    def claim(self, key) -> bool:
        """True if this process may compute `key`: nobody claimed it, or its claimer has ended
        without storing it. A claim is a file holding the claiming process's id."""
        folder = self.db.with_name(self.db.name + ".plain-sql-claims")
        folder.mkdir(exist_ok=True)
        path = folder / hashlib.sha256(repr((self.sig, key)).encode()).hexdigest()[:32]
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            try:
                owner = int(path.read_text() or 0)
            except (OSError, ValueError):
                return False
            if owner == os.getpid():
                return True
            stale = not owner and time.time() - path.stat().st_mtime > 1800   # an old filler's unnamed claim
            if stale or (owner and not Path(f"/proc/{owner}").exists()):
                path.write_text(str(os.getpid()))      # the claimer ended without an answer
                return True
            return False
        with os.fdopen(fd, "w") as fh:
            fh.write(str(os.getpid()))
        return True


def main(argv=None) -> int:
    """Fill the store: `bench/plainsql.py --incidents N` computes every plain-SQL answer the facts
    benchmark compares with, cheapest first, skipping those stored or claimed by another filler
    (start one per free core)."""
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import dataset
    import run

    from kkdesk.records import CaseDatabase

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--incidents", type=int, default=1_000_000)
    ap.add_argument("--breadth-sql", type=int, default=None, help="as bench/run.py's option of that name")
    args = ap.parse_args(argv)
    db = dataset.path_for(args.incidents)
    with CaseDatabase.open(db, dataset.PASSPHRASE, actor="bench") as cdb:
        store = PlainSqlAnswers(db, cdb)
        work = run.plain_sql_work(cdb, breadth_sql=args.breadth_sql)
        done = 0
        for key, compute in work:
            store.reload()
            if store.get(key) is not None or not store.claim(key):
                continue
            _answer, took, _when = store.answer(key, compute)
            done += 1
            print(f"{took:8.1f} s  {key}", flush=True)
        print(f"done: {done} answers computed here; {len(store.answers)} of {len(work)} stored", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
