"""Process-wide protections applied at start-up, before any database is unlocked."""

from __future__ import annotations

import os
import sys


PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3


def harden_process() -> None:
    """No core dumps (they would hold decrypted pages and the key), not dumpable, private file
    permissions."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform, or not allowed: nothing to do
        pass
    set_non_dumpable()
    os.umask(0o077)  # databases, backups, exports and PDFs readable by their owner only
    # Errors Python can only report while collecting garbage (a library's half-closed generator after
    # a full disk, say) would print a traceback that may quote data; the real error is reported
    # where it happened.
    sys.unraisablehook = _quiet_unraisable


def set_non_dumpable() -> bool:
    """Linux: mark the process non-dumpable (prctl PR_SET_DUMPABLE 0), so no core file is written
    whatever the limits say, and other processes of the same user cannot attach a debugger
    (ptrace) or read its memory through /proc/PID/mem. Elsewhere nothing: returns False."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """Linux: whether the process may be dumped or traced by its user; None where unknown."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1
    except (OSError, AttributeError):
        return None


def _quiet_unraisable(unraisable) -> None:
    """Drop 'Exception ignored in …' reports; they come after the error the user already saw."""
