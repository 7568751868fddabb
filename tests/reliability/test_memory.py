"""Less in memory: the process is made non-dumpable at start (Linux), and the passphrase's bytes
are wiped once the key is derived where Python allows it (bytearray); the key is dropped on lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.records import CaseDatabase

from kkdesk.store import crypto

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
from kkdesk.hardening import is_dumpable
from kkdesk.cli import main
sys.argv = ["kkdesk", "--help"]
before = is_dumpable()
try:
    main(["verify", "--help"])
except SystemExit:
    pass
print(before, is_dumpable(), open("/proc/self/status").read().count("TracerPid:\\t0"))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl PR_SET_DUMPABLE is Linux only")
def test_the_command_line_process_is_not_dumpable():
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=str(ROOT),
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert out.stdout.split()[-3:] == ["True", "False", "1"], out.stdout + out.stderr


def test_the_passphrase_bytes_are_wiped_after_derivation(tmp_path):
    secret = bytearray("пароль для проверки".encode("utf-8"))
    salt = crypto.new_salt()
    key = crypto.derive_key(secret, salt)
    assert secret == bytearray(len(secret))  # all zeros now
    assert key == crypto.derive_key("пароль для проверки", salt)  # the same key as from the str


def test_lock_drops_the_key(tmp_path):
    cdb = CaseDatabase.create(tmp_path / "m.kkdb", "memory test passphrase")
    assert cdb._key_value
    cdb.close()
    assert cdb._key_value == "" and not cdb.is_open and "db" not in cdb.__dict__
