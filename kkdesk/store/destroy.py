"""Quick-delete of a whole store: the database, its WAL and shared memory, its backups, and every
temporary copy a crashed write left beside them.

Each file's first page is overwritten with random bytes before it is unlinked: the first 16 bytes
are SQLCipher's salt, without which no passphrase can ever derive the key again — even from a copy
of the rest of the file that the file system or an SSD kept somewhere.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.store.backup import BACKUP_SUFFIX
from kkdesk.util.files import fsync_dir

_HEADER = 4096
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
# Every temporary name kkdesk writes under: a hidden `.NAME.<hex>.tmp|.part|.creating` beside its
# target (database creation, backup, restore, exports, bundles), older `NAME.<hex>.tmp` bundle
# temps and `.kkdesk-*.part` report temps; each possibly with SQLite's sidecars.
_LEFTOVER = re.compile(r"^(?:\.?.+\.[0-9a-f]{8,32}\.(?:tmp|part|creating)|\.kkdesk-.+\.part)"
                       r"(?:-wal|-shm|-journal)?$")


def is_leftover(name: str) -> bool:
    """Whether a file name is one of kkdesk's temporary names (a crashed write's leftover)."""
    return bool(_LEFTOVER.match(name))


def leftovers(folder: str | os.PathLike, prefix: str = "") -> list[Path]:
    """Temporary files of crashed kkdesk writes in folder (only those starting with prefix)."""
    folder = Path(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(folder / n for n in names if n.startswith(prefix) and is_leftover(n)
                  and (folder / n).is_file())


def shred(path: Path) -> None:
    """Overwrite the header page (the salt) with random bytes, sync, unlink."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(os.urandom(min(size, _HEADER)))
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # write-protected: it still goes below
    path.unlink(missing_ok=True)


def remove_leftovers(folder: str | os.PathLike, prefix: str) -> int:
    """Shred the leftovers of crashed writes whose name starts with prefix (a database's or a
    backup's own temporary copies); run when the database is opened and before a backup."""
    found = leftovers(folder, prefix)
    for path in found:
        shred(path)
    return len(found)


def destroy(db_path: str | os.PathLike, backup_folder: str | os.PathLike | None = None) -> list[str]:
    """Destroy the database (closed), the backups made of it, their SQLite sidecars and every
    leftover temporary copy in their folders; returns the names removed."""
    db = Path(db_path)
    if not db.is_file():
        raise InvalidInput("destroy.no_database")
    folders = [db.parent]
    targets = [db]
    if backup_folder is not None:
        folder = Path(backup_folder)
        if not folder.is_dir():
            raise InvalidInput("destroy.no_backup_folder")
        folders.append(folder)
        targets += sorted(folder.glob(f"{db.stem}-*{BACKUP_SUFFIX}"))
    targets += [Path(f"{t}{s}") for t in list(targets) for s in SQLITE_SIDECARS]
    for folder in folders:
        targets += leftovers(folder)
    removed = []
    for path in dict.fromkeys(targets):
        if path.is_file():
            shred(path)
            removed.append(path.name)
    for folder in dict.fromkeys(folders):
        fsync_dir(str(folder))
    return removed
