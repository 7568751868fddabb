"""Files written whole or not at all, and made durable: the one place for temp names, fsync and rename.

The recipe everywhere: a temp file in the target's own folder under a unique hidden name, written
and fsynced, `os.replace`d over the target, then the folder fsynced so the rename survives a power
cut. On any failure the temp file is removed and the old target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from kkdesk.errors import InvalidInput, StorageFailure, reason_for_os_error

_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate newlines


def fsync_file(path: str | os.PathLike) -> None:
    """Force a written file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str | os.PathLike) -> None:
    """Force a folder's entries (a rename, a new or removed file) to the disk; a no-op on Windows,
    where folders cannot be opened for fsync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(path: str | os.PathLike, suffix: str = ".tmp") -> str:
    """A unique hidden name in path's own folder (a rename across folders would not be atomic)."""
    path = os.path.abspath(os.fspath(path))
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.{uuid.uuid4().hex[:12]}{suffix}")


def remove_quietly(path: str | os.PathLike, suffixes: tuple[str, ...] = ("",)) -> None:
    """Remove path (and path+suffix for each suffix, e.g. an SQLite '-wal'); missing files are fine."""
    for suffix in suffixes:
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.fspath(path) + suffix)


def replace_durably(tmp: str | os.PathLike, path: str | os.PathLike) -> None:
    """Move a finished temp file over path: fsync it, rename it, fsync the folder."""
    fsync_file(tmp)
    os.replace(tmp, path)
    fsync_dir(os.path.dirname(os.path.abspath(os.fspath(path))))


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data` all at once or not at all; the folder must exist."""
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
            if not target.absolute().parent.is_dir():
                raise InvalidInput("file.folder_missing")
            if target.is_dir():
                raise InvalidInput("file.is_folder")
            tmp = temp_path_beside(target, ".part")
            staged.append((tmp, target))
            # Owner-only, as tempfile.mkstemp would: an export or a bundle is nobody else's to read.
            with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600), "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            folders.add(os.path.dirname(tmp))
        for tmp, target in staged:
            os.replace(tmp, target)
    except BaseException as exc:
        for tmp, _ in staged:
            remove_quietly(tmp)
        if isinstance(exc, OSError):
            raise StorageFailure("file.not_written", reason=reason_for_os_error(exc)) from None
        raise
    for folder in folders:
        fsync_dir(folder)
