"""Process-wide protections applied at start-up, before any database is unlocked."""

from __future__ import annotations

import os
import sys


def harden_process() -> None:
    """No core dumps (they would hold decrypted pages and the key) and private file permissions."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform, or not allowed: nothing to do
        pass
    os.umask(0o077)  # databases, backups, exports and PDFs readable by their owner only
    # Errors Python can only report while collecting garbage (a library's half-closed generator after
    # a full disk, say) would print a traceback that may quote data; the real error is reported
    # where it happened.
    sys.unraisablehook = _quiet_unraisable


def _quiet_unraisable(unraisable) -> None:
    """Drop 'Exception ignored in …' reports; they come after the error the user already saw."""
