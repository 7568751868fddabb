"""Append-only, hash-chained history of every change: who, when, what.

Each entry's hash covers the previous hash and the SHA-256 of its `changes` text, so any edit of
an earlier entry breaks the chain. When a record is deleted its entries' `changes` are redacted
(set NULL) so the deleted text really goes; the chain still verifies because it covers the hash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from kkdesk.messages import Message, msg
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.store.database import Database

GENESIS = "0" * 64


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(seq: int, at: str, actor: str, action: str, entity: str, entity_uuid: str,
               changes_hash: str, prev_hash: str) -> str:
    return _sha256(canonical_json([seq, at, actor, action, entity, entity_uuid, changes_hash, prev_hash]))


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_uuid: str
    changes: dict | None  # None once redacted


class HistoryLog:
    """Writes and reads the history table of one Database."""

    def __init__(self, cdb: "Database"):
        self.cdb = cdb

    def record(self, action: str, entity: str, entity_uuid: str, changes: dict | None = None,
               at: str | None = None) -> int:
        """Append one entry; call inside the transaction that made the change. Returns its seq."""
        return self.record_many([(action, entity, entity_uuid, changes)], at)

    def record_many(self, entries: Iterable[tuple[str, str, str, dict | None]], at: str | None = None) -> int:
        """Append (action, entity, entity_uuid, changes) entries in order, chained one to the next and
        written with one executemany (a bulk save records thousands); call inside the transaction
        that made the changes. Returns the last seq (the current one when there are none)."""
        at = at or now_iso()
        actor, conn = self.cdb.actor, self.cdb.conn
        last = conn.execute("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        rows = []
        for action, entity, entity_uuid, changes in entries:
            seq += 1
            changes_text = canonical_json(changes if changes is not None else {})
            changes_hash = _sha256(changes_text)
            digest = entry_hash(seq, at, actor, action, entity, entity_uuid, changes_hash, prev)
            rows.append((seq, at, actor, action, entity, entity_uuid, changes_text, changes_hash, prev, digest))
            prev = digest
        if rows:
            conn.executemany(
                "INSERT INTO history(seq, at, actor, action, entity, entity_uuid, changes, changes_hash,"
                " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        return seq

    def redact(self, entity_uuid: str) -> int:
        """Drop the recorded content of every entry about one record (used when it is deleted)."""
        cur = self.cdb.conn.execute(
            "UPDATE history SET changes = NULL WHERE entity_uuid = ? AND changes IS NOT NULL", (entity_uuid,)
        )
        return cur.rowcount

    def for_entity(self, entity_uuid: str) -> list[HistoryEntry]:
        rows = self.cdb.conn.execute(
            "SELECT seq, at, actor, action, entity, entity_uuid, changes FROM history"
            " WHERE entity_uuid = ? ORDER BY seq", (entity_uuid,)
        ).fetchall()
        return [self._entry(r) for r in rows]

    def recent(self, limit: int = 100) -> list[HistoryEntry]:
        rows = self.cdb.conn.execute(
            "SELECT seq, at, actor, action, entity, entity_uuid, changes FROM history ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(row) -> HistoryEntry:
        return HistoryEntry(row[0], row[1], row[2], row[3], row[4], row[5],
                            json.loads(row[6]) if row[6] is not None else None)

    def verify(self) -> Iterator[Message]:
        """Yield a plain description of every break in the chain (nothing when intact)."""
        prev = GENESIS
        expected_seq = 1
        cur = self.cdb.conn.execute(
            "SELECT seq, at, actor, action, entity, entity_uuid, changes, changes_hash, prev_hash, hash"
            " FROM history ORDER BY seq"
        )
        for seq, at, actor, action, entity, uid, changes, changes_hash, prev_hash, digest in cur:
            if seq != expected_seq:
                yield msg("history.missing", seq=str(expected_seq))
            expected_seq = seq + 1
            if changes is not None and _sha256(changes) != changes_hash:
                yield msg("history.change_edited", seq=str(seq))
            if prev_hash != prev:
                yield msg("history.out_of_chain", seq=str(seq))
            if entry_hash(seq, at, actor, action, entity, uid, changes_hash, prev_hash) != digest:
                yield msg("history.entry_edited", seq=str(seq))
            prev = digest
