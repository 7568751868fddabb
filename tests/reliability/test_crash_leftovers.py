"""Nothing readable survives `destroy`, even after crashes: backup, restore, passwd, export and
bundle export are killed (a real SIGKILL, injected by strace at the N-th write or pwrite64 system
call) at points spread over all their writes; the next open (or backup) removes the leftovers of
its own crashed writes, and `destroy` then leaves no file in the folders that opens with the
passphrase — no temporary copy, no -journal, no WAL or SHM.

The default suite kills each command at two points spread over its writes (a third and two thirds
in: inside the copy for backup and restore); the slow test at seven more, spread the same way.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.errors import KkdeskError
from kkdesk.exchange import add_peer, own_keys
from kkdesk.records import CaseDatabase
from kkdesk.store import crypto
from kkdesk.store.backup import rotating_backup
from kkdesk.store.database import _check_key
from kkdesk.store.destroy import destroy, is_leftover
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
PASS, NEW_PASS = "crash leftovers passphrase", "the new crash passphrase"
SYSCALLS = "write,pwrite64"

# Each command, run from inside the work folder W (database W/case.kkdb, backups W/bk).
COMMANDS = {
    "backup": ["backup", "case.kkdb", "bk"],
    "restore": ["restore", "BACKUP", "case.kkdb"],
    "passwd": ["passwd", "case.kkdb"],
    "export": ["export", "case.kkdb", "--format", "json", "--out", "export.json"],
    "bundle": ["bundle", "export", "case.kkdb", "--to", "coord", "--out", "out.kkdx"],
}
OUTPUTS = {"export.json", "out.kkdx"}  # finished outputs that are not copies of the database


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    base = tmp_path_factory.mktemp("pristine")
    work = base / "W"
    work.mkdir()
    coord = CaseDatabase.create(base / "coord.kkdb", PASS)
    with CaseDatabase.create(work / "case.kkdb", PASS) as cdb:
        factories.build(cdb)
        add_peer(cdb, "coord", own_keys(coord).text)
        rotating_backup(cdb, work / "bk")
    coord.close()
    return work


def _env():
    return dict(os.environ, KKDESK_PASSPHRASE=PASS, KKDESK_NEW_PASSPHRASE=NEW_PASS, PYTHONPATH=str(ROOT))


def _argv(name: str, work: Path) -> list[str]:
    backup = next((work / "bk").iterdir()).name
    return [a.replace("BACKUP", f"bk/{backup}") for a in COMMANDS[name]]


def _writes(name: str, work: Path) -> int:
    """How many write/pwrite64 calls the command makes when nothing goes wrong."""
    trial = work.parent / f"count-{name}"
    shutil.copytree(work, trial)
    out = trial.parent / f"count-{name}.txt"
    done = subprocess.run(["strace", "-f", "-qq", "-c", "-o", str(out), "-e", f"trace={SYSCALLS}",
                           sys.executable, "-m", "kkdesk", *_argv(name, trial)], cwd=trial, env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    total = 0
    for line in out.read_text().splitlines():
        parts = line.split()
        if parts and parts[-1] in SYSCALLS.split(","):
            total = max(total, int(parts[3]))  # calls of the busier one: the injection counts each
    shutil.rmtree(trial)
    return total


def _killed_at(name: str, pristine: Path, n: int, where: Path) -> subprocess.CompletedProcess:
    work = where / f"{name}-{n}"
    shutil.copytree(pristine, work)
    done = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={SYSCALLS}",
                           "-e", f"inject={SYSCALLS}:signal=SIGKILL:when={n}",
                           sys.executable, "-m", "kkdesk", *_argv(name, work)], cwd=work, env=_env(),
                          capture_output=True, text=True, timeout=300)
    done.work = work
    return done


def _opens(path: Path, passphrases) -> bool:
    """Whether the file opens as a database with a passphrase (its own first 16 bytes as salt)."""
    salt = crypto.read_salt(str(path))
    if salt is None:
        return False
    for passphrase in passphrases:
        try:
            _check_key(str(path), crypto.key_pragma_value(crypto.derive_key(passphrase, salt), salt))
        except KkdeskError:
            continue
        return True
    return False


def _files(work: Path) -> list[Path]:
    return sorted(p for p in work.rglob("*") if p.is_file())


def _kill_points(total: int, count: int) -> list[int]:
    """`count` write numbers spread evenly over the command's writes."""
    return sorted({max(1, round(total * (i + 1) / (count + 1))) for i in range(count)})


def _check(name: str, pristine: Path, where: Path, points: int) -> int:
    """Kill the command at `points` places; returns how many runs left a temporary copy behind."""
    total = _writes(name, pristine)
    passphrases = (PASS, NEW_PASS) if name == "passwd" else (PASS,)
    left = 0
    for n in _kill_points(total, points):
        done = _killed_at(name, pristine, n, where)
        work = done.work
        assert done.returncode in (0, -signal.SIGKILL, 128 + signal.SIGKILL), done.stderr
        crashed = [p for p in _files(work) if is_leftover(p.name)]
        left += bool(crashed)
        # The next open of the database removes its own crashed copies (restore, creation).
        for passphrase in passphrases:
            try:
                CaseDatabase.open(work / "case.kkdb", passphrase).close()
                break
            except KkdeskError:
                continue
        assert not [p for p in _files(work) if p.parent == work and p.name.startswith(".case.kkdb.")]
        destroy(work / "case.kkdb", work / "bk")
        remaining = _files(work)
        assert {p.name for p in remaining} <= OUTPUTS, (name, n, [p.name for p in remaining])
        assert not any(_opens(p, passphrases) for p in remaining)
        shutil.rmtree(work)
    return left


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_killed_writes_leave_nothing_readable_after_destroy(pristine, tmp_path, name):
    left = _check(name, pristine, tmp_path, points=2)
    if name in ("backup", "restore"):
        assert left >= 1  # the kills really hit the temporary copy (what 12 of 12 crashes left before)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_killed_writes_at_more_points_leave_nothing_readable(pristine, tmp_path, name):
    _check(name, pristine, tmp_path, points=7)
