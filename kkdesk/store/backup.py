"""Encrypted backups and restore, written atomically and verified before they count.

A backup is a whole encrypted database made with `sqlcipher_export` (never a copy of the live
file), under the same key and salt, so the same passphrase opens it and no sidecar is needed.
It is written to a temporary file in the destination folder, fsynced, opened and checked, and
only then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
import urllib.parse
from pathlib import Path

from kkdesk.errors import (
    IntegrityFailure,
    InvalidInput,
    NotADatabase,
    SchemaTooNew,
    StorageFailure,
    reason_for_os_error,
)
from kkdesk.messages import Message, msg
from kkdesk.store import crypto
from kkdesk.store.database import (
    SCHEMA_VERSION,
    Database,
    _check_key,
    _connect_keyed,
)
from kkdesk.store.sqlite import DatabaseError
from kkdesk.util.files import fsync_dir, fsync_file, remove_quietly, temp_path_beside

BACKUP_SUFFIX = ".kkbak"
# A temp copy is an SQLite file: its journal files go with it.
_SQLITE_FILES = ("", "-wal", "-shm", "-journal")


def _check_copy(path: str, key_value: str, expected_incidents: int | None) -> None:
    """Open a freshly written copy and prove it whole before it replaces anything."""
    conn = _connect_keyed(path, key_value)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        count = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    except DatabaseError:
        raise IntegrityFailure("backup.unreadable_copy") from None
    finally:
        conn.close()
    if problems or result != ["ok"]:
        raise IntegrityFailure("backup.copy_not_intact")
    if expected_incidents is not None and count != expected_incidents:
        raise IntegrityFailure("backup.copy_incomplete")


def backup(cdb: Database, dest: str | os.PathLike, check_source: bool = True) -> str:
    """Write a verified, encrypted copy of the open database to dest; returns dest."""
    dest = os.fspath(dest)
    folder = os.path.dirname(os.path.abspath(dest))
    if not os.path.isdir(folder):
        raise InvalidInput("backup.folder_missing", field="path")
    if os.path.abspath(dest) == cdb.path:
        raise InvalidInput("backup.over_itself", field="path")
    if cdb.writes_blocked:
        raise IntegrityFailure("backup.blocked_earlier", reason=cdb.writes_blocked)
    if check_source:
        from kkdesk.store.verify import verify

        # The whole check, attachments and history too: a backup is only made of a database that
        # verifies clean, so rotation only ever drops backups older than a clean one.
        report = verify(cdb)
        if not report.ok:
            raise IntegrityFailure("backup.source_damaged", reason=report.problems[0])
    from kkdesk.store.destroy import remove_leftovers

    remove_leftovers(folder, f".{os.path.basename(dest)}.")  # copies an earlier, crashed backup left
    tmp = temp_path_beside(dest)
    conn = cdb.conn
    try:
        with cdb._lock:
            conn.execute(f"ATTACH DATABASE ? AS kkbackup KEY \"{cdb._key_value}\"", (tmp,))
            try:
                conn.execute("SELECT sqlcipher_export('kkbackup')")
            finally:
                conn.execute("DETACH DATABASE kkbackup")
            expected = cdb.scalar("SELECT count(*) FROM incident")
        fsync_file(tmp)
        _check_copy(tmp, cdb._key_value, expected)
        os.replace(tmp, dest)
        fsync_dir(folder)
    except (DatabaseError, OSError) as exc:
        remove_quietly(tmp, _SQLITE_FILES)
        raise StorageFailure("backup.not_written", reason=_reason(exc)) from None
    except BaseException:
        remove_quietly(tmp, _SQLITE_FILES)
        raise
    return dest


def _reason(exc: BaseException) -> Message:
    """A short plain reason for a failed write, without paths or names (kkdesk.errors says which)."""
    if isinstance(exc, OSError):
        return reason_for_os_error(exc)
    text = str(exc).lower()
    if "full" in text:
        return msg("os.disk_full")
    if "i/o" in text:
        return msg("os.io_error")
    return msg("os.refused")


def rotating_backup(cdb: Database, folder: str | os.PathLike, keep: int = 7) -> str:
    """A timestamped backup in folder; the oldest beyond `keep` are removed after it succeeds."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(cdb.path).stem
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{stem}-{stamp}{BACKUP_SUFFIX}"
    n = 1
    while dest.exists():
        dest = folder / f"{stem}-{stamp}-{n}{BACKUP_SUFFIX}"
        n += 1
    from kkdesk.store.destroy import remove_leftovers

    remove_leftovers(folder, f".{stem}-")  # temp copies of earlier rotating backups that crashed
    backup(cdb, dest)
    backups = sorted(folder.glob(f"{stem}-*{BACKUP_SUFFIX}"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink()
    return str(dest)


def _open_read_only(path: str, key_value: str):
    """A connection that cannot write to the file: read-only and immutable (no lock, no journal,
    no WAL, no header update), so a write-protected backup restores and a backup is never changed."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro&immutable=1"
    return _connect_keyed(uri, key_value, uri=True)


def restore(backup_path: str | os.PathLike, db_path: str | os.PathLike, passphrase: str,
            actor: str = "restore") -> None:
    """Replace db_path with a verified copy of a backup (the backup's passphrase opens it).

    The backup is only ever read (read-only, immutable connection). It is checked whole first —
    pages, structure, attachments, history — and a refusal names its cause: wrong passphrase,
    a damaged or changed backup, or a disk that refused the copy. The database must be closed;
    its old WAL and shared-memory files are removed so they cannot be replayed into the copy.
    """
    from kkdesk.store.verify import verify

    backup_path, db_path = os.fspath(backup_path), os.fspath(db_path)
    if not os.path.isfile(backup_path):
        raise NotADatabase("backup.none_there")
    salt = crypto.read_salt(backup_path)
    if salt is None:
        raise NotADatabase("backup.too_short")
    key_value = crypto.key_pragma_value(crypto.derive_key(passphrase, salt), salt)
    _check_key(backup_path, key_value)  # WrongPassphrase: a plain message, nothing touched
    folder = os.path.dirname(os.path.abspath(db_path))
    if not os.path.isdir(folder):
        raise InvalidInput("backup.restore_folder_missing", field="path")
    src = Database(backup_path, _open_read_only(backup_path, key_value), key_value, actor)
    try:
        version = src.schema_version()
        if version > SCHEMA_VERSION:
            raise SchemaTooNew("backup.too_new")
        report = verify(src)
        if not report.ok:
            raise IntegrityFailure("backup.damaged", reason=report.problems[0])
        expected = src.scalar("SELECT count(*) FROM incident")
    except DatabaseError:
        raise IntegrityFailure("backup.pages_unreadable") from None
    finally:
        src.close()
    tmp = temp_path_beside(db_path)
    try:
        conn = _connect_keyed(tmp, key_value, uri=True)
        try:
            conn.execute(f"ATTACH DATABASE ? AS kkrestore KEY \"{key_value}\"",
                         ("file:" + urllib.parse.quote(os.path.abspath(backup_path)) + "?mode=ro&immutable=1",))
            try:
                conn.execute("SELECT sqlcipher_export('main', 'kkrestore')")
            finally:
                conn.execute("DETACH DATABASE kkrestore")
        finally:
            conn.close()
        fsync_file(tmp)
        _check_copy(tmp, key_value, expected)
        remove_quietly(db_path, ("-wal", "-shm"))
        os.replace(tmp, db_path)
        fsync_dir(folder)
    except (DatabaseError, OSError) as exc:
        remove_quietly(tmp, _SQLITE_FILES)
        raise StorageFailure("backup.restore_not_written", reason=_reason(exc)) from None
    except BaseException:
        remove_quietly(tmp, _SQLITE_FILES)
        raise
