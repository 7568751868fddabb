"""Disk full while writing a backup, an export or a PDF: the original is untouched, no partial file
is left in place, and the user reads a plain message, not a traceback.

The failure is real, at the operating-system boundary: the command runs in a subprocess whose
RLIMIT_FSIZE forbids files over 64 KiB (SIGXFSZ ignored, so writes fail with EFBIG as a full disk
fails them with ENOSPC), for SQLite's own C writes and Python's alike. This sandbox cannot mount a
small tmpfs; the limit hits the same write calls.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.records import CaseDatabase

ROOT = Path(__file__).resolve().parents[2]
PASS = "disk full test"
LIMIT = 64 * 1024

COMMANDS = {
    "backup": lambda db, out: ["backup", str(db), str(out / "b.kkbak")],
    "export-json": lambda db, out: ["export", str(db), "--format", "json", "--out", str(out / "e.json")],
    "export-csv": lambda db, out: ["export", str(db), "--format", "csv", "--out", str(out / "csv")],
    "export-xlsx": lambda db, out: ["export", str(db), "--format", "xlsx", "--out", str(out / "e.xlsx")],
    "report-pdf": lambda db, out: ["report", str(db), "--kind", "overview", "--out", str(out / "o.pdf")],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("full") / "a.kkdb"
    from kkdesk.demo import generate

    with CaseDatabase.create(path, PASS) as cdb:
        generate(cdb, incidents=300, seed=2)
    assert path.stat().st_size > 4 * LIMIT  # every output is bigger than the limit
    return path


def _limited():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _run_full(db, out: Path, name: str, tmp: Path):
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT), TMPDIR=str(tmp))
    return subprocess.run([sys.executable, "-m", "kkdesk", *COMMANDS[name](db, out)], capture_output=True,
                          text=True, env=env, cwd=str(ROOT), timeout=180, preexec_fn=_limited)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_full_disk_leaves_original_and_no_partial_file(db, tmp_path, name):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    before = db.read_bytes()
    res = _run_full(db, out, name, tmp)
    assert res.returncode != 0
    assert db.read_bytes() == before
    assert [p for p in out.rglob("*") if p.is_file()] == [], "a partial output was left"
    assert list(tmp.rglob("*")) == [], "temp files were left behind"
    with CaseDatabase.open(db, PASS) as cdb:   # and it still opens, whole
        assert cdb.scalar("PRAGMA integrity_check") == "ok"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_full_disk_gives_a_plain_message(db, tmp_path, name):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    res = _run_full(db, out, name, tmp)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert res.stderr.startswith("kkdesk: ")
