"""Guard against the PySide6 6.12.0 bug that aborts the interpreter: every signal emitted from
Python lost a reference to True ("Fatal Python error: bool_dealloc" after ~1,000 emits). kkdesk pins
a binding without it (pyproject.toml). On Python 3.12+ True is immortal, so the refcount cannot show
the leak there: the installed binding is checked against the pin and the known-bad versions, and a
child process emits many signals, which aborts with a leaking binding on the Pythons it can hurt."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

KNOWN_BAD = {"6.12.0"}
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


class _Sender(QObject):
    value = Signal(int)


def _pins() -> dict[str, str]:
    return dict(re.findall(r'"(pyside6-[a-z]+)==([0-9.]+)"', PYPROJECT.read_text(encoding="utf-8")))


def test_the_installed_binding_is_the_pinned_one_and_not_a_known_bad_one():
    pins = _pins()
    assert set(pins) == {"pyside6-essentials", "pyside6-addons"}, "the Qt binding must stay pinned exactly"
    for package, pinned in pins.items():
        assert pinned not in KNOWN_BAD, f"{package} {pinned} aborts the interpreter"
        assert version(package) == pinned, f"{package}: installed {version(package)}, pinned {pinned}"


def test_thousands_of_emits_do_not_abort_the_interpreter():
    child = (
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class S(QObject):\n    value = Signal(int)\n"
        "app = QCoreApplication([])\ns = S(); got = []\ns.value.connect(got.append)\n"
        "for n in range(20000):\n    s.value.emit(n)\n"
        "assert len(got) == 20000\nprint('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12: no refcount to watch")
def test_emitting_from_python_keeps_true_alive(qapp):
    sender = _Sender()
    received = []
    sender.value.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):  # few enough that a leaking binding fails here instead of aborting
        sender.value.emit(n)
    assert received[-1] == 199 and len(received) == 200
    assert abs(sys.getrefcount(True) - before) <= 2
