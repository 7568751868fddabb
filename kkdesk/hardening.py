"""Process-wide protections applied at start-up, before any database is unlocked."""

from __future__ import annotations

import os


def harden_process() -> None:
    """No core dumps (they would hold decrypted pages and the key) and private file permissions."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform, or not allowed: nothing to do
        pass
    os.umask(0o077)  # databases, backups, exports and PDFs readable by their owner only
