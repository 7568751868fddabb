"""Suite-wide guards: no network ever, Qt offscreen, and shared fixtures for real encrypted files."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Per-user settings and the demo database of every test go to a throw-away folder, never the real
# user's (kkdesk.paths honours KKDESK_HOME).
os.environ["KKDESK_HOME"] = _home = __import__("tempfile").mkdtemp(prefix="kkdesk-test-home-")
__import__("atexit").register(__import__("shutil").rmtree, _home, True)

import pytest

_NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo"}
_network_attempts: list[str] = []


def _audit(event: str, args: tuple) -> None:
    # The application must never touch the network; AF_UNIX sockets (Qt's local IPC) are allowed.
    if event in _NETWORK_EVENTS:
        sock = args[0] if args else None
        family = getattr(sock, "family", None)
        if family is not None and int(family) == 1:  # AF_UNIX
            return
        _network_attempts.append(f"{event} {args[1:]!r}")
        raise OSError("kkdesk tests forbid network access")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _no_network():
    before = len(_network_attempts)
    yield
    assert _network_attempts[before:] == [], f"code opened a network socket: {_network_attempts[before:]}"


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def new_db(tmp_path, passphrase):
    """A fresh, real encrypted database with the shipped vocabularies, closed after the test."""
    from kkdesk.records import CaseDatabase

    cdb = CaseDatabase.create(tmp_path / "case.kkdb", passphrase, actor="tester")
    yield cdb
    cdb.close()
