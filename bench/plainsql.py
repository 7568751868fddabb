"""Plain-SQL reference answers kept beside the benchmark database, so that a long benchmark can
check every fast statistic against SQL at a million incidents even when the SQL (minutes per
question there) does not fit in one sitting.

An answer is stored with the time its SQL took and when, under the database's content signature
(row counts, largest ids and the sum of incident revisions): a changed database matches nothing.
The file holds counts, codes and dates only (no names), next to the encrypted database it
describes, and is read only by bench/run.py.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import time
from pathlib import Path

_TABLES = ("incident", "target", "threat", "threat_source", "incident_tag", "person", "person_tag", "person_same")
_WITH_ID = ("incident", "target", "threat", "person")


def signature(cdb) -> tuple:
    """What the database's content is, cheaply: counts and largest ids of the counted tables, and
    the sum of incident revisions (any edit bumps one)."""
    parts = []
    for table in _TABLES:
        top = "coalesce(max(id), 0)" if table in _WITH_ID else "0"
        parts.append(tuple(cdb.conn.execute(f"SELECT count(*), {top} FROM {table}").fetchone()))
    parts.append(cdb.scalar("SELECT coalesce(sum(revision), 0) FROM incident"))
    return tuple(parts)


class PlainSqlAnswers:
    """Stored plain-SQL answers for one database: `get(key)` -> (answer, seconds, when) or None;
    `put(key, answer, seconds)` saves at once (a stopped run keeps what it measured)."""

    def __init__(self, db: Path | None, cdb):
        self.path = db.with_name(db.name + ".plain-sql.pickle") if db is not None else None
        self.sig = signature(cdb)
        self.answers: dict = {}
        if self.path is not None and self.path.exists():
            with open(self.path, "rb") as fh:
                stored = pickle.load(fh)
            if stored.get("signature") == self.sig:
                self.answers = stored["answers"]

    def get(self, key):
        return self.answers.get(key)

    def put(self, key, answer, seconds: float) -> None:
        self.answers[key] = (answer, seconds, dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"signature": self.sig, "answers": self.answers}, fh)
        os.replace(tmp, self.path)

    def answer(self, key, plain):
        """(answer, seconds, when) from the store, else from running `plain()` now (stored)."""
        got = self.get(key)
        if got is None:
            t = time.perf_counter()
            want = plain()
            self.put(key, want, time.perf_counter() - t)
            got = self.answers[key]
        return got
