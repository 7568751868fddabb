"""The benchmark database: the demo generator at scale, built once and cached under bench/cache/
(or the folder KKDESK_BENCH_CACHE names, to keep a 5 GB file outside the checkout).

A build runs under a temporary name and is renamed only when finished, so an interrupted build is
never mistaken for a complete one. Shape: ~2 threats per incident (the reports' ratio at scale).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kkdesk.demo import DEMO_PASSPHRASE, generate  # noqa: E402
from kkdesk.records import CaseDatabase  # noqa: E402

CACHE = Path(os.environ.get("KKDESK_BENCH_CACHE") or ROOT / "bench" / "cache")
PASSPHRASE = DEMO_PASSPHRASE
THREAT_WEIGHTS = (53, 27, 20)  # 1, 2 or 3 threats per target: ~2 threats per incident
SEED = 2026


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


def build(incidents: int, force: bool = False) -> Path:
    """The cached database of `incidents` demo incidents, built now if missing."""
    final = path_for(incidents)
    if final.exists() and not force:
        return final
    CACHE.mkdir(parents=True, exist_ok=True)
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


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("incidents", type=int, nargs="?", default=1_000_000)
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    print(build(args.incidents, args.force))
