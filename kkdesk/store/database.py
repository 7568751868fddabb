"""Database: one encrypted SQLCipher file holding everything a monitor records.

This is the store layer: keying, pragmas, transactions, migrations, meta, history, passphrase.
The record stores (kkdesk.records) take a Database, as Anki's managers take the collection, and
`kkdesk.records.CaseDatabase` is the Database with those stores attached: what callers open.

Opening checks the passphrase on a read-only, immutable connection first, so a wrong passphrase
changes no byte on disk (a read-write attempt would merge a leftover WAL on close). All writes go
through `transaction()`: one user action, one transaction.
"""

from __future__ import annotations

import contextlib
import os
import threading
import urllib.parse
import uuid as uuidlib
from functools import cached_property
from typing import Callable, Iterator

from kkdesk import __version__
from kkdesk.errors import (
    DatabaseLocked,
    InvalidInput,
    NotADatabase,
    SchemaTooNew,
    WritesBlocked,
    WrongPassphrase,
)
from kkdesk.messages import Message
from kkdesk.paths import storage_problem
from kkdesk.progress import Progress, ensure
from kkdesk.resources import Traversable, resource_files
from kkdesk.store import crypto
from kkdesk.store.history import HistoryLog
from kkdesk.store.sqlite import DatabaseError, connect
from kkdesk.util.clock import now_iso
from kkdesk.util.files import remove_quietly, replace_durably, temp_path_beside

CACHE_KIB = 64 * 1024
SQLITE_NOTADB = 26


def migrations() -> list[tuple[int, str, Traversable]]:
    """(version, name, file) of every migration shipped (package data kkdesk/resources/migrations), in order."""
    found = []
    for item in resource_files("migrations", ".sql"):
        stem = item.name.removesuffix(".sql")
        if len(stem) > 5 and stem[:4].isdigit() and stem[4] == "_":
            found.append((int(stem[:4]), stem[5:], item))
    return found


SCHEMA_VERSION = migrations()[-1][0]

# Work a migration needs beyond its SQL, run in its transaction right after the script: the name of a
# Database method, which the layer that owns the data implements (CaseDatabase, over the records).
ACTOR_SETTING = "actor.name"   # the name this database records its changes under

_MIGRATION_STEPS = {
    4: "rebuild_search_index",  # schema 4 re-keyed the incident search index
    7: "count_corroboration",   # schema 7 counts each incident's independent information sources
}
# And every conversion of an existing database ends with `load_shipped_vocabularies`: the terms a
# newer version ships (schema 5's casework vocabularies, a new criterion's labels) arrive with it.
# A newer version with the same schema brings its terms on open (`refresh_shipped_vocabularies`):
# new terms, aliases and labels, the user's own edits kept.


def _connect_keyed(target: str, key_value: str, uri: bool = False):
    conn = connect(target, uri=uri, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute(f'PRAGMA key = "{key_value}"')
    return conn


def _check_key(path: str, key_value: str) -> None:
    """Raise WrongPassphrase unless the key decrypts page 1; touches nothing on disk."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro&immutable=1"
    try:
        conn = _connect_keyed(uri, key_value, uri=True)
    except DatabaseError:
        raise NotADatabase("store.not_a_database") from None
    try:
        # Only page 1 is read (the header): its MAC fails under a wrong key. The schema pages are not
        # touched, because after a crash mid-checkpoint the main file alone may be inconsistent
        # until the WAL is replayed by the real connection; that is damage to recover, not a wrong key.
        conn.execute("PRAGMA user_version").fetchone()
    except DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", SQLITE_NOTADB) != SQLITE_NOTADB:
            return
        raise WrongPassphrase("store.wrong_passphrase") from None
    finally:
        conn.close()


class Database:
    """An open, unlocked kkdesk database. Use `create()` or `open()`; `close()` locks it again.

    Open `kkdesk.records.CaseDatabase` (this with the record stores) unless only the file is wanted.
    """

    def __init__(self, path: str, conn, key_value: str, actor: str):
        self.path = os.path.abspath(path)
        self._conn = conn
        self._key_value = key_value
        self.actor = actor or "unknown"
        self._depth = 0
        self._lock = threading.RLock()
        self.writes_blocked: Message | None = None  # the reason, once verification failed

    # ----- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, passphrase: str, actor: str = "monitor",
               fill: "Callable[[Database], None] | None" = None) -> "Database":
        """Make a new encrypted database, refusing to overwrite; `fill` adds the first content
        (CaseDatabase loads the vocabularies) in the same transaction as the schema."""
        path = os.fspath(path)
        if not passphrase:
            raise InvalidInput("store.empty_passphrase", field="passphrase")
        if os.path.exists(path):
            raise InvalidInput("store.file_exists", field="path")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InvalidInput("store.folder_missing", field="path")
        _refuse_unsuitable_folder(folder)
        salt = crypto.new_salt()
        key_value = crypto.key_pragma_value(crypto.derive_key(passphrase, salt), salt)
        # Build under a temporary name, then rename: a crash never leaves a half-made database.
        tmp = temp_path_beside(path, ".creating")
        conn = _connect_keyed(tmp, key_value)
        try:
            cdb = cls(tmp, conn, key_value, actor)
            cdb._apply_pragmas()
            cdb._migrate()
            with cdb.transaction():
                conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [
                    ("database_uuid", str(uuidlib.uuid4())),
                    ("created_at", now_iso()),
                    ("created_with", f"kkdesk {__version__}"),
                    ("kdf", crypto.KDF_NAME),
                ])
                if fill is not None:
                    fill(cdb)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        except BaseException:
            conn.close()
            remove_quietly(tmp, ("", "-wal", "-shm"))
            raise
        remove_quietly(tmp, ("-wal", "-shm"))
        replace_durably(tmp, path)
        return cls._open_with_key(path, key_value, actor)

    @classmethod
    def open(cls, path: str | os.PathLike, passphrase: str, actor: str = "monitor",
             progress: Progress | None = None, migrate: bool = True) -> "Database":
        """Unlock an existing database. WrongPassphrase leaves every file byte-identical.
        `progress` hears about the conversion of a database made by an earlier version, if any;
        migrate=False leaves an older schema as it is (to copy the file, not to use it)."""
        path = os.fspath(path)
        if not os.path.isfile(path):
            raise NotADatabase("store.no_database")
        _refuse_unsuitable_folder(os.path.dirname(os.path.abspath(path)))
        salt = crypto.read_salt(path)
        if salt is None:
            raise NotADatabase("store.too_short")
        key_value = crypto.key_pragma_value(crypto.derive_key(passphrase, salt), salt)
        _check_key(path, key_value)
        from kkdesk.store.destroy import remove_leftovers

        # Temporary copies a crashed restore or creation left beside it hold its pages: shred them.
        remove_leftovers(os.path.dirname(os.path.abspath(path)), f".{os.path.basename(path)}.")
        return cls._open_with_key(path, key_value, actor, progress, migrate)

    @classmethod
    def _open_with_key(cls, path: str, key_value: str, actor: str,
                       progress: Progress | None = None, migrate: bool = True) -> "Database":
        conn = _connect_keyed(path, key_value)
        cdb = cls(path, conn, key_value, actor)
        try:
            version = cdb.schema_version()
            if version > SCHEMA_VERSION:
                raise SchemaTooNew("store.too_new", version=str(version), known=str(SCHEMA_VERSION))
            if version == 0 and not cdb._is_empty():
                raise NotADatabase("store.not_kkdesk")
            cdb._apply_pragmas()
            if migrate:
                cdb._migrate(progress)
            from kkdesk.store.verify import recorded_block

            cdb.writes_blocked = recorded_block(cdb)  # a failed check blocks every later process too
            if migrate:
                cdb.actor = cdb.actor_name() or cdb.actor
            if migrate and not cdb.writes_blocked:
                cdb.refresh_shipped_vocabularies()
        except BaseException:
            conn.close()
            raise
        return cdb

    def close(self) -> None:
        """Lock: checkpoint the WAL away and drop the connection and key."""
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            self._key_value = ""

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- connection --------------------------------------------------------------------

    @property
    def conn(self):
        if self._conn is None:
            raise DatabaseLocked("store.locked")
        return self._conn

    def execute(self, sql: str, params=()):
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params=()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _apply_pragmas(self) -> None:
        c = self.conn
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA secure_delete = ON")
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA trusted_schema = OFF")
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    @contextlib.contextmanager
    def larger_cache(self, mib: int = 384) -> Iterator["Database"]:
        """A bigger page cache for one long read (a report over a period of a large archive).

        Rows of one period lie scattered over the file; with the default cache every breakdown
        decrypts them again (measured: a 10,000-case overview in a 1M database, 125 s -> 9 s).
        The memory is handed back afterwards.
        """
        with self._lock:
            self.conn.execute(f"PRAGMA cache_size = -{int(mib) * 1024}")
        try:
            yield self
        finally:
            with self._lock:
                if self._conn is not None:
                    self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                    self._conn.execute("PRAGMA shrink_memory")

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """One all-or-nothing unit of work; nested use becomes a savepoint."""
        with self._lock:
            if self.writes_blocked:
                raise WritesBlocked("store.writes_blocked", reason=self.writes_blocked)
            conn = self.conn
            if self._depth == 0:
                conn.execute("BEGIN IMMEDIATE")
            else:
                conn.execute(f"SAVEPOINT sp{self._depth}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    # SQLite may already have rolled back by itself (out of memory, disk full):
                    # a second ROLLBACK would replace the real error with "no transaction is active".
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO sp{self._depth}")
                    conn.execute(f"RELEASE sp{self._depth}")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    conn.execute("COMMIT")
                else:
                    conn.execute(f"RELEASE sp{self._depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # ----- schema --------------------------------------------------------------------------

    def _is_empty(self) -> bool:
        return self.scalar("SELECT count(*) FROM sqlite_master") == 0

    def schema_version(self) -> int:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except DatabaseError as exc:
            if "no such table" in str(exc):
                return 0
            raise
        return int(row[0]) if row else 0

    def _migrate(self, progress: Progress | None = None) -> None:
        progress = ensure(progress)
        current = self.schema_version()
        pending = [m for m in migrations() if m[0] > current]
        for version, name, path in pending:
            with self.transaction():
                # executescript would COMMIT our transaction; run statement by statement instead.
                for statement in _split_sql(path.read_text(encoding="utf-8")):
                    self.conn.execute(statement)
                if version in _MIGRATION_STEPS:
                    getattr(self, _MIGRATION_STEPS[version])(progress)
                if current > 0 and version == pending[-1][0]:  # a new database gets its terms from create
                    self.load_shipped_vocabularies(progress)
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version),)
                )

    def actor_name(self) -> str | None:
        """The name this database records its changes under (set_actor_name), if one was set:
        the history, the last editor of a record and its review steps carry it, so a reviewer
        is told apart from the record's author across databases."""
        return self.scalar(f"SELECT value FROM setting WHERE key = '{ACTOR_SETTING}'")

    def set_actor_name(self, name: str) -> str:
        """Set the name changes are recorded under from now on (in the history)."""
        name = " ".join((name or "").split())
        if not name or len(name) > 100:
            raise InvalidInput("store.actor_name", field="actor")
        with self.transaction():
            old = self.actor
            self.conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (ACTOR_SETTING, name))
            self.history.record("update", "setting", ACTOR_SETTING, {"actor": [old, name]})
        self.actor = name
        return name

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def rebuild_search_index(self, progress: Progress) -> None:
        """Migration 4's step: remake the incident search index from the records. The store has no
        records; CaseDatabase (kkdesk.records) does this."""
        raise NotImplementedError("a schema-4 conversion needs kkdesk.records.CaseDatabase")

    def count_corroboration(self, progress: Progress) -> None:
        """Migration 7's step: count the independent sources of every incident (CaseDatabase)."""
        raise NotImplementedError("a schema-7 conversion needs kkdesk.records.CaseDatabase")

    def refresh_shipped_vocabularies(self) -> None:
        """On open: bring in the terms a newer kkdesk ships (new aliases, labels, child terms) when
        they differ from those last brought in (CaseDatabase; the store alone has no vocabularies)."""

    def load_shipped_vocabularies(self, progress: Progress | None = None) -> None:
        """The last step of every conversion: add the shipped vocabulary terms the database lacks
        (kkdesk.vocab, through CaseDatabase)."""
        raise NotImplementedError("converting a database needs kkdesk.records.CaseDatabase")

    @cached_property
    def history(self) -> HistoryLog:
        return HistoryLog(self)

    # ----- passphrase ----------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt every page under a key from the new passphrase, in one transaction."""
        if not new:
            raise InvalidInput("store.empty_new_passphrase", field="new_passphrase")
        salt = crypto.read_salt(self.path)
        old_value = crypto.key_pragma_value(crypto.derive_key(old, salt), salt)
        if old_value != self._key_value:
            raise WrongPassphrase("store.current_passphrase_wrong")
        new_value = crypto.key_pragma_value(crypto.derive_key(new, salt), salt)
        with self._lock:
            if self._depth:
                raise InvalidInput("store.busy")
            self.conn.execute(f'PRAGMA rekey = "{new_value}"')
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._key_value = new_value
        self.history_note("update", "database", self.meta("database_uuid", ""), {"passphrase": "changed"})

    def history_note(self, action: str, entity: str, entity_uuid: str, changes: dict | None) -> None:
        with self.transaction():
            self.history.record(action, entity, entity_uuid, changes)

    # ----- deletion hygiene ----------------------------------------------------------------

    def purge_free_text(self) -> None:
        """After deletions: rebuild FTS segments and truncate the WAL so removed text is gone."""
        with self.transaction():
            for table in ("incident_fts", "person_fts", "organisation_fts"):
                self.conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our scripts have no ';' inside literals)."""
    statements, current = [], []
    for line in script.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") or not stripped:
            continue
        current.append(line)
        if stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def _refuse_unsuitable_folder(folder: str) -> None:
    """A plain refusal for file systems where the database would fail or lose data (kkdesk.paths)."""
    problem = storage_problem(folder)
    if problem:
        raise InvalidInput("store.unsuitable_place", problem=problem)
