"""Write a file all at once or not at all: temp file in the same folder, fsync, os.replace, fsync
the folder. On any failure the temp file is removed and the old file (if any) is untouched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kkdesk.errors import InvalidInput


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
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput("The folder to write into does not exist.")
    if target.is_dir():
        raise InvalidInput("The output path is a folder; give a file name.")
    fd, tmp = tempfile.mkstemp(prefix=".kkdesk-", suffix=".part", dir=str(folder))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(str(folder))
