"""Quick-delete of a whole store: the database, its WAL and shared memory, and its backups.

Each file's first page is overwritten with random bytes before it is unlinked: the first 16 bytes
are SQLCipher's salt, without which no passphrase can ever derive the key again — even from a copy
of the rest of the file that the file system or an SSD kept somewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.store.backup import BACKUP_SUFFIX
from kkdesk.store.database import _fsync_dir

_HEADER = 4096


def _shred_header(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(os.urandom(min(size, _HEADER)))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def destroy(db_path: str | os.PathLike, backup_folder: str | os.PathLike | None = None) -> list[str]:
    """Destroy the database (closed) and the backups made of it; returns the names removed."""
    db = Path(db_path)
    if not db.is_file():
        raise InvalidInput("There is no database at that path.")
    targets = [db] + [Path(f"{db}{s}") for s in ("-wal", "-shm") if Path(f"{db}{s}").exists()]
    if backup_folder is not None:
        folder = Path(backup_folder)
        if not folder.is_dir():
            raise InvalidInput("The backup folder does not exist.")
        targets += sorted(folder.glob(f"{db.stem}-*{BACKUP_SUFFIX}"))
    removed = []
    for path in targets:
        _shred_header(path)
        removed.append(path.name)
    _fsync_dir(str(db.parent))
    return removed
