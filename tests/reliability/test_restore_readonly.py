"""Restore only reads the backup (read-only, immutable): a write-protected backup restores, and the
backup's bytes are the same before and after. A refusal names its real cause: wrong passphrase,
a tampered backup, a disk without space."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.records import CaseDatabase
from kkdesk.store.backup import backup
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
PASS = "restore test passphrase"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _kkdesk(*args, passphrase=PASS, strace: list[str] | None = None):
    env = dict(os.environ, KKDESK_PASSPHRASE=passphrase, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "kkdesk", *map(str, args)]
    if strace:
        cmd = ["strace", "-f", "-qq", "-o", os.devnull, *strace, *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=180)


@contextlib.contextmanager
def write_protected(path: Path):
    """Make a file unwritable even for root: the immutable attribute (chattr +i) when running as
    root, plain permissions otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o600)


@pytest.fixture
def made(tmp_path):
    db, bak = tmp_path / "case.kkdb", tmp_path / "case.kkbak"
    with CaseDatabase.create(db, PASS) as cdb:
        ids = factories.build(cdb)
        cdb.incidents.add_attachment(ids["incidents"][0], "scan.pdf", b"%PDF-1.4 evidence")
        backup(cdb, bak)
        cdb.incidents.delete(ids["incidents"][0])  # a change the restore must undo
    return db, bak


def test_a_write_protected_backup_restores_and_is_never_written(made):
    db, bak = made
    before = _sha(bak)
    with write_protected(bak):
        with pytest.raises(OSError):
            with open(bak, "r+b"):
                pass
        out = _kkdesk("restore", bak, db)
    assert out.returncode == 0, out.stderr
    assert _sha(bak) == before
    assert sorted(p.name for p in bak.parent.iterdir()) == ["case.kkbak", "case.kkdb"]  # no -wal/-shm/-journal
    with CaseDatabase.open(db, PASS) as cdb:
        assert cdb.scalar("SELECT count(*) FROM attachment") == 1


def test_restore_opens_the_backup_read_only(made):
    db, bak = made
    log = db.parent / "trace.txt"
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=openat", "-o", str(log), sys.executable, "-m",
                           "kkdesk", "restore", str(bak), str(db)], env=env, cwd=str(ROOT), timeout=180,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    opens = [line for line in log.read_text().splitlines() if f'"{bak}' in line]
    assert opens and all("O_RDONLY" in line and "O_CREAT" not in line for line in opens), opens


def test_refusals_name_their_cause_and_leave_the_backup_unchanged(made, tmp_path):
    db, bak = made
    before_db, before_bak = _sha(db), _sha(bak)

    out = _kkdesk("restore", bak, db, passphrase="not the passphrase")
    assert out.returncode == 2 and "passphrase does not open" in out.stderr

    tampered = tmp_path / "tampered.kkbak"
    shutil.copyfile(bak, tampered)
    with open(tampered, "r+b") as fh:  # flip bytes inside a page in the middle of the file
        fh.seek((tampered.stat().st_size // 4096 // 2) * 4096 + 200)
        chunk = bytearray(fh.read(8))
        fh.seek(-8, 1)
        fh.write(bytes(b ^ 0xFF for b in chunk))
    t_before = _sha(tampered)
    out = _kkdesk("restore", tampered, db)
    assert out.returncode == 2 and "damaged or was changed" in out.stderr, out.stderr
    assert _sha(tampered) == t_before

    # The disk refuses the copy with ENOSPC (strace injects it into SQLite's writes of the new file).
    out = _kkdesk("restore", bak, db, strace=["-e", "inject=pwrite64:error=ENOSPC:when=2+"])
    assert out.returncode == 2 and "disk is full" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    assert (_sha(db), _sha(bak)) == (before_db, before_bak)
    assert not [p for p in db.parent.iterdir() if p.name.startswith(".")]  # no temp copy left
