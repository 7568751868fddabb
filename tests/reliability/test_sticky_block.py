"""A failed check sticks: the block is written inside the encrypted file, so every later process
refuses writes until a restore or an explicit, logged `kkdesk unblock`. Backups check attachments
and the history too, so a tampered database is never backed up and rotation never pushes out the
last clean backup."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from kkdesk.records import CaseDatabase
from kkdesk.store.backup import rotating_backup
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
PASS = "sticky block passphrase"

_WRITE = """
import sys
from kkdesk.errors import WritesBlocked
from kkdesk.model.entities import Person
from kkdesk.records import CaseDatabase
with CaseDatabase.open(sys.argv[1], sys.argv[2]) as cdb:
    try:
        cdb.persons.save(Person(name_latin="Later Process"))
    except WritesBlocked:
        print("blocked")
    else:
        print("written")
"""


def _kkdesk(*args):
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kkdesk", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=120)


def _write_in_new_process(db) -> str:
    out = subprocess.run([sys.executable, "-c", _WRITE, str(db), PASS], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=str(ROOT), timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_failed_check_blocks_every_later_process_until_unblock_or_restore(tmp_path):
    db, bk = tmp_path / "case.kkdb", tmp_path / "bk"
    with CaseDatabase.create(db, PASS) as cdb:
        ids = factories.build(cdb)
        att = cdb.incidents.add_attachment(ids["incidents"][0], "scan.pdf", b"%PDF-1.4 original evidence")
        rotating_backup(cdb, bk, keep=2)
        rotating_backup(cdb, bk, keep=2)
        # Someone with the key replaces the evidence and its hash together: only the history knows.
        forged = b"%PDF-1.4 forged evidence"
        cdb.conn.execute("UPDATE attachment SET data = ?, sha256 = ? WHERE id = ?",
                         (forged, hashlib.sha256(forged).hexdigest(), att.id))
    good = _hashes(bk)

    out = _kkdesk("backup", db, bk, "--keep", "2")  # the backup checks attachments and history first
    assert out.returncode == 2 and "no backup was made" in out.stderr and "replaced" in out.stderr
    assert _hashes(bk) == good  # nothing rotated out

    assert _write_in_new_process(db) == "blocked"
    out = _kkdesk("verify", db)
    assert out.returncode == 2 and "PROBLEM: Attachment" in out.stdout
    assert _write_in_new_process(db) == "blocked"
    assert _kkdesk("backup", db, tmp_path / "one.kkbak").returncode == 2

    out = _kkdesk("unblock", db, "--reason", "checked the scan with the field team")
    assert out.returncode == 0, out.stderr
    assert _write_in_new_process(db) == "written"
    with CaseDatabase.open(db, PASS) as cdb:
        notes = [e.changes for e in cdb.history.recent(20) if e.entity == "database"]
        assert any(n and n.get("verification_override") == "checked the scan with the field team" for n in notes)
        assert any(n and "verification_failed" in n for n in notes)

    # Blocked again, then a restore of the last clean backup lifts it.
    assert _kkdesk("verify", db).returncode == 2
    assert _write_in_new_process(db) == "blocked"
    newest = sorted(bk.iterdir())[-1]
    out = _kkdesk("restore", newest, db)
    assert out.returncode == 0, out.stderr
    assert _write_in_new_process(db) == "written"
    assert _kkdesk("verify", db).returncode == 0
