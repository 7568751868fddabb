"""The suite's own guards work: no network, no core dumps, private files."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys

import pytest


def test_network_is_refused_during_tests():
    with pytest.raises(OSError, match="forbid network"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    # the attempt was recorded; clear it so this deliberate attempt does not fail the test
    from tests import conftest

    conftest._network_attempts.clear()


def test_cli_process_is_hardened(tmp_path):
    code = ("import resource, os; from kkdesk.hardening import harden_process; harden_process();"
            "print(resource.getrlimit(resource.RLIMIT_CORE)[0]); open(os.sys.argv[1], 'w').close()")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "f")], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(os.path.dirname(__file__)))
    assert out.stdout.strip() == "0"
    assert stat.S_IMODE(os.stat(tmp_path / "f").st_mode) == 0o600
