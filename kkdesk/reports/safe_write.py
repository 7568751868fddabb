"""Write a file all at once or not at all: temp file in the same folder, fsync, os.replace, fsync
the folder. On any failure the temp file is removed and the old file (if any) is untouched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kkdesk.errors import InvalidInput, StorageFailure, reason_for_os_error


def _fsync_dir(folder: str) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data` atomically; the folder must exist."""
    write_many_atomically([(path, data)])


def write_many_atomically(files: list[tuple[str | os.PathLike, bytes]]) -> None:
    """Write several files as nearly together as a file system allows: every temp file is written
    and synced first, and only then are they renamed into place; any failure before the renames
    leaves no file changed and no temp file behind."""
    staged: list[tuple[str, Path]] = []
    folders: set[str] = set()
    try:
        for path, data in files:
            target = Path(path)
            folder = target.parent if str(target.parent) else Path(".")
            if not folder.is_dir():
                raise InvalidInput("The folder to write into does not exist.")
            if target.is_dir():
                raise InvalidInput("The output path is a folder; give a file name.")
            fd, tmp = tempfile.mkstemp(prefix=".kkdesk-", suffix=".part", dir=str(folder))
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            folders.add(str(folder))
        for tmp, target in staged:
            os.replace(tmp, target)
    except BaseException as exc:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        if isinstance(exc, OSError):
            raise StorageFailure(f"The file could not be written: {reason_for_os_error(exc)}. "
                                 "Nothing was changed.") from None
        raise
    for folder in folders:
        _fsync_dir(folder)
