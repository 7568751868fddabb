"""Damaged files: flipped bytes in the WAL, in page 1 and in an index page are reported plainly,
never crash, block writes and point to a restore; a wrong passphrase after any crash changes no byte.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.errors import IntegrityFailure, KkdeskError, WritesBlocked, WrongPassphrase
from kkdesk.model.entities import Person
from kkdesk.records import CaseDatabase
from kkdesk.store.backup import backup
from kkdesk.store.verify import verify
from tests import factories
from tests.reliability.test_kill9 import PASS_A, _key, _run_and_kill

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory):
    """A small closed database with the hand-built dataset, copied by each test."""
    path = tmp_path_factory.mktemp("corrupt") / "clean.kkdb"
    with CaseDatabase.create(path, PASS_A) as cdb:
        factories.build(cdb)
        from kkdesk.demo import generate

        generate(cdb, incidents=60, seed=9)
    return path


def _flip(path, offset: int, n: int = 8) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        chunk = bytearray(fh.read(n))
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in chunk))


def _snapshot(path) -> dict[str, bytes | None]:
    out = {}
    for suffix in ("", "-wal", "-shm"):
        p = str(path) + suffix
        out[suffix] = Path(p).read_bytes() if os.path.exists(p) else None
    return out


def _cli(*args, env_extra=None):
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS_A, PYTHONPATH=str(ROOT))
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "kkdesk", *args], capture_output=True, text=True, env=env,
                          cwd=str(ROOT), timeout=120)


def _assert_reported_and_blocked(path, tmp_path) -> None:
    with CaseDatabase.open(path, PASS_A) as cdb:
        report = verify(cdb)
        assert not report.ok and report.problems
        assert cdb.writes_blocked
        with pytest.raises(WritesBlocked) as blocked:
            cdb.persons.save(Person(name_latin="Should Not Be Written"))
        assert "restore" in str(blocked.value).lower()
        with pytest.raises(IntegrityFailure):
            backup(cdb, tmp_path / "from-damaged.kkbak")
    assert not (tmp_path / "from-damaged.kkbak").exists()
    res = _cli("verify", str(path))
    assert res.returncode != 0
    assert "Traceback" not in res.stdout + res.stderr
    assert "restore" in (res.stdout + res.stderr).lower()


def test_flipped_bytes_in_an_index_page(clean_db, tmp_path):
    path = tmp_path / "idx.kkdb"
    shutil.copyfile(clean_db, path)
    with CaseDatabase.open(path, PASS_A) as cdb:
        root = cdb.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'incident_date'")
    _flip(path, (root - 1) * PAGE + 200)
    _assert_reported_and_blocked(path, tmp_path)


def test_flipped_bytes_in_a_data_page_at_the_end(clean_db, tmp_path):
    path = tmp_path / "end.kkdb"
    shutil.copyfile(clean_db, path)
    _flip(path, os.path.getsize(path) - PAGE + 300)
    _assert_reported_and_blocked(path, tmp_path)


def test_flipped_bytes_in_page_one_refuse_to_open_plainly_and_change_nothing(clean_db, tmp_path):
    for offset in (3, 100, 2000):  # in the salt, in the header, in the schema page's body
        path = tmp_path / f"p1-{offset}.kkdb"
        shutil.copyfile(clean_db, path)
        _flip(path, offset)
        before = _snapshot(path)
        with pytest.raises(KkdeskError) as err:
            CaseDatabase.open(path, PASS_A)
        assert "Traceback" not in str(err.value)
        assert _snapshot(path) == before
        res = _cli("verify", str(path))
        assert res.returncode != 0 and "Traceback" not in res.stdout + res.stderr
        assert res.stderr.startswith("kkdesk: ")


def test_flipped_bytes_in_the_wal_never_crash(tmp_path):
    """A frame whose checksum fails ends the WAL for SQLite (it cannot tell a flip from a torn
    write): the database opens whole, without the frames from that one on."""
    path = tmp_path / "w.kkdb"
    CaseDatabase.create(path, PASS_A).close()
    key = _key(path, PASS_A)
    rng = random.Random(3)
    acked = [x for x in _run_and_kill("incidents", path, key=key, rng=rng, window=0.3, after_acks=20)
             if x.startswith("kill-")]
    wal = Path(str(path) + "-wal")
    assert acked and wal.exists() and wal.stat().st_size > 32 + 24 + PAGE
    frames = (wal.stat().st_size - 32) // (24 + PAGE)
    victim = frames // 2
    _flip(wal, 32 + victim * (24 + PAGE) + 24 + 500)
    with CaseDatabase.open(path, PASS_A) as cdb:
        report = verify(cdb)
        assert report.ok, report.problems   # consistent: the damaged tail was not applied
        titles = {r[0] for r in cdb.query("SELECT title FROM incident")}
        assert titles <= set(acked) | titles  # no invented rows; at most the tail is missing
        assert len(titles) <= len(acked) + 1
        cdb.persons.save(Person(name_latin="Writes Still Work"))  # a consistent file stays writable


def test_wrong_passphrase_after_crashes_changes_no_byte(tmp_path):
    path = tmp_path / "c.kkdb"
    CaseDatabase.create(path, PASS_A).close()
    key = _key(path, PASS_A)
    rng = random.Random(5)
    for window in (0.0, 0.1, 0.3, 0.6, 1.0):
        _run_and_kill("incidents", path, key=key, rng=rng, window=window, after_acks=2)
        before = _snapshot(path)
        assert before["-wal"] is not None  # a crash left a WAL behind
        with pytest.raises(WrongPassphrase):
            CaseDatabase.open(path, "not the passphrase")
        assert _snapshot(path) == before
    # the command line says so plainly, and changes nothing either
    res = _cli("verify", str(path), env_extra={"KKDESK_PASSPHRASE": "not the passphrase"})
    assert res.returncode != 0 and "Traceback" not in res.stderr and "passphrase" in res.stderr.lower()
    assert _snapshot(path) == before
    with CaseDatabase.open(path, PASS_A) as cdb:
        assert verify(cdb).ok
