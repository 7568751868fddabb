"""A write loop run as a subprocess by the crash tests: it prints a line only after each change is
committed, so the parent knows exactly what was acknowledged when it kills it with SIGKILL.

    python -m tests.reliability._writer MODE DB [ARG]
The key comes in $KKDESK_TEST_KEY (the PRAGMA key value): the crash, not the KDF, is under test;
the passphrase mode derives its keys itself because changing them is the point.
"""

from __future__ import annotations

import os
import sys

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase


def _ack(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def incidents(cdb: CaseDatabase) -> None:
    pid = cdb.persons.save(Person(name_latin="Crash Testperson", gender="female")).id
    n = 0
    while True:
        n += 1
        inc = Incident(title=f"kill-{os.getpid()}-{n}", date=PartialDate("2020-02-03"), city="almaty",
                       narrative="written under a kill -9 test " * 20,
                       targets=[Target(person_id=pid, threats=[Threat("judicial.fine", sources=["court"])])])
        cdb.incidents.save_many([inc])  # committed when it returns
        _ack(inc.title)


def backup_loop(cdb: CaseDatabase, dest: str) -> None:
    from kkdesk.store.backup import backup

    n = 0
    while True:
        n += 1
        backup(cdb, dest)
        _ack(f"backup {n}")


def bundle(cdb: CaseDatabase, path: str) -> None:
    from kkdesk.exchange import import_bundle

    summary = import_bundle(cdb, path)
    _ack(f"imported {summary.created}")
    while True:  # stay alive so the kill can come at any moment, also after the commit
        pass


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else ""
    if mode == "passwd":
        a, b = arg.split(",")
        current, other = a, b
        while True:
            try:
                cdb = CaseDatabase.open(path, current)
                break
            except Exception:
                current, other = other, current
        _ack(f"open {current}")
        while True:
            cdb.change_passphrase(current, other)
            current, other = other, current
            _ack(f"now {current}")
    cdb = CaseDatabase._open_with_key(path, os.environ["KKDESK_TEST_KEY"], "crash-test")
    _ack("open")
    {"incidents": incidents, "backup": backup_loop, "bundle": bundle}[mode](cdb, *([arg] if arg else []))


if __name__ == "__main__":
    main()
