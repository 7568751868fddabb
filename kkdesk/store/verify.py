"""Verification on demand: page MACs, SQLite integrity, foreign keys, attachment hashes, history chain,
and the history against the records it describes.

A failed check blocks writes, and the block is written into the database itself (meta
`writes_blocked`), so every later process refuses writes too, until a backup is restored or
someone overrides it with `override_block` (logged in the history).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass, field

from kkdesk.errors import InvalidInput
from kkdesk.messages import Message, from_data, msg, to_data
from kkdesk.progress import Progress, ensure
from kkdesk.store.database import Database
from kkdesk.util.clock import now_iso
from kkdesk.store.sqlite import DatabaseError

BLOCK_KEY = "writes_blocked"
# Records whose history starts with their full content: (table, columns compared with the replay).
_RECORDS = ("incident", "person", "organisation")
_NOT_COMPARED = {"id", "uuid", "revision", "updated_at", "updated_by", "recorded_at", "created_at", "created_by"}


@dataclass
class VerifyReport:
    problems: list[Message] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    # About peers' databases (a monitor's history rewritten behind a head it sent): not damage here.
    peer_problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(cdb: Database, attachments: bool = True, history: bool = True,
           progress: Progress | None = None) -> VerifyReport:
    """Check everything; on any problem, block writes (here and in every later process) and say
    what is wrong in plain words."""
    progress = ensure(progress)
    report = VerifyReport()
    conn = cdb.conn
    try:
        progress.set_progress(0.0, msg("progress.verify_pages"))
        bad_pages = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        report.checked["pages"] = cdb.scalar("PRAGMA page_count")
        if bad_pages:
            report.problems.append(msg("verify.pages_changed", count=len(bad_pages)))
        progress.set_progress(0.3, msg("progress.verify_structure"))
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            report.problems.append(msg("verify.structure"))
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            report.problems.append(msg("verify.dangling"))
        if attachments:
            progress.set_progress(0.5, msg("progress.verify_attachments"))
            report.problems.extend(_check_attachments(cdb, progress, report))
        if history:
            progress.set_progress(0.7, msg("progress.verify_chain"))
            report.problems.extend(cdb.history.verify())
            report.checked["history"] = cdb.scalar("SELECT count(*) FROM history")
            progress.set_progress(0.8, msg("progress.verify_records"))
            report.problems.extend(_check_records_against_history(cdb, progress, report))
            report.peer_problems.extend(check_peer_heads(cdb))
    except DatabaseError:
        report.problems.append(msg("verify.unreadable"))
    progress.set_progress(1.0, msg("progress.done"))
    if report.problems:
        block(cdb, report.problems[0])
    return report


# ----- the block that outlives the process ----------------------------------------------------

def block(cdb: CaseDatabase, reason: Message) -> None:
    """Block writes now and record the block inside the database, for every later process.
    If the damaged file refuses even that write, the block still holds in this process."""
    cdb.writes_blocked = reason
    with cdb._lock:
        if cdb.in_transaction:
            return
        try:
            cdb.writes_blocked = None  # this one write is the record of the block itself
            with cdb.transaction():
                cdb.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                                 (BLOCK_KEY, f"{now_iso()} {json.dumps(to_data(reason), ensure_ascii=False)}"))
                cdb.history.record("update", "database", cdb.meta("database_uuid", ""),
                                   {"verification_failed": reason})
        except DatabaseError:
            pass
        finally:
            cdb.writes_blocked = reason


def recorded_block(cdb: CaseDatabase) -> Message | None:
    """The reason a failed check recorded in the database, if writes are still blocked by it."""
    try:
        value = cdb.meta(BLOCK_KEY)
    except DatabaseError:
        return msg("verify.database_unreadable")
    if not value:
        return None
    stamp, _, reason = value.partition(" ")
    try:
        kept = from_data(json.loads(reason))
    except (ValueError, AttributeError):   # a block recorded by an older kkdesk, in English words
        kept = Message("error.untranslated", {"text": reason})
    return msg("verify.block_recorded", reason=kept, stamp=stamp)


def override_block(cdb: CaseDatabase, reason: str) -> None:
    """Lift a recorded block by an explicit decision, logged in the history with its reason."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("verify.block_reason", field="reason")
    previous = cdb.meta(BLOCK_KEY)
    cdb.writes_blocked = None
    with cdb.transaction():
        cdb.conn.execute("DELETE FROM meta WHERE key = ?", (BLOCK_KEY,))
        cdb.history.record("update", "database", cdb.meta("database_uuid", ""),
                           {"verification_override": reason[:2000], "was_blocked_by": previous})


# ----- attachments --------------------------------------------------------------------------

def _recorded_attachments(cdb: CaseDatabase) -> dict[str, tuple[str, str]]:
    """{attachment uuid: (incident uuid, sha256)} of every attachment the history says is present."""
    out: dict[str, tuple[str, str]] = {}
    for entity_uuid, changes in cdb.conn.execute(
            "SELECT entity_uuid, changes FROM history WHERE entity = 'incident' AND changes IS NOT NULL"
            " AND (changes LIKE '%\"attachment_added\"%' OR changes LIKE '%\"attachment_removed\"%') ORDER BY seq"):
        try:
            d = json.loads(changes)
        except ValueError:
            continue  # the chain check reports an edited entry
        added, removed = d.get("attachment_added"), d.get("attachment_removed")
        if isinstance(added, dict) and isinstance(added.get("uuid"), str):
            out[added["uuid"]] = (entity_uuid, str(added.get("sha256")))
        if isinstance(removed, str):
            out.pop(removed, None)
    return out


def _check_attachments(cdb: CaseDatabase, progress: Progress, report: VerifyReport) -> list[Message]:
    """Each attachment against the SHA-256 taken at intake, and that hash against the one the
    history recorded (a blob and its hash replaced together are caught there); an attachment the
    history has but the table lost is reported too."""
    problems = []
    recorded = _recorded_attachments(cdb)
    conn = cdb.conn
    ids = [r[0] for r in conn.execute("SELECT id FROM attachment ORDER BY id")]
    seen = set()
    for att_id in ids:
        progress.check()
        data, expected, uuid = conn.execute(
            "SELECT data, sha256, uuid FROM attachment WHERE id = ?", (att_id,)).fetchone()
        seen.add(uuid)
        if hashlib.sha256(data).hexdigest() != expected:
            problems.append(msg("verify.attachment_changed", id=str(att_id)))
        elif uuid in recorded and recorded[uuid][1] != expected:
            problems.append(msg("verify.attachment_replaced", id=str(att_id)))
    live = {r[0] for r in conn.execute("SELECT uuid FROM incident")}
    missing = [a for a, (inc, _) in recorded.items() if a not in seen and inc in live]
    if missing:
        problems.append(msg("verify.attachments_missing", count=len(missing)))
    report.checked["attachments"] = len(ids)
    return problems


# ----- history against the records ------------------------------------------------------------

def _replayed(entries) -> dict | None:
    """The record's content as its history tells it: the full content at creation, then each
    change's new values. None when the history does not start with the full content."""
    state = None
    for action, changes in entries:
        d = json.loads(changes)
        if state is None:
            if action not in ("create", "import") or not isinstance(d, dict) or "uuid" not in d:
                return None
            state = dict(d)
            continue
        for k, v in d.items():
            if isinstance(v, list) and len(v) == 2:  # {field: [old, new]}
                state[k] = v[1]
    return state


def _differs(record: dict, state: dict) -> bool:
    for col, value in record.items():
        if col in _NOT_COMPARED or col.endswith("_id") or col not in state:
            continue
        told = state[col]
        if col == "aliases" and isinstance(told, list):
            told = json.dumps(told, ensure_ascii=False)
            value = json.dumps(json.loads(value or "[]"), ensure_ascii=False)
        if isinstance(told, (str, int, type(None))) and told != value and not (told is None and value == ""):
            return True
    return False


def _check_records_against_history(cdb: CaseDatabase, progress: Progress, report: VerifyReport) -> list[Message]:
    """Every live incident, person and organisation: its history's text not blanked, and the
    record's own fields equal to what its history says they became."""
    problems = []
    conn = cdb.conn
    checked = 0
    for table in _RECORDS:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        blanked = conn.execute(
            f"SELECT count(DISTINCT h.entity_uuid) FROM history h JOIN {table} r ON r.uuid = h.entity_uuid"
            " WHERE h.changes IS NULL").fetchone()[0]
        if blanked:
            problems.append(msg("verify.history_blanked", count=blanked, table=table))
        differing = 0
        # One pass over the history in record order (the history_entity index): memory stays flat.
        cur = conn.execute(f"SELECT h.entity_uuid, h.action, h.changes FROM history h"
                           f" WHERE h.entity = ? AND h.changes IS NOT NULL ORDER BY h.entity_uuid, h.seq", (table,))
        for uuid, group in itertools.groupby(cur, key=lambda r: r[0]):
            progress.check()
            try:
                state = _replayed((a, c) for _, a, c in group)
            except ValueError:
                continue  # an edited entry: the chain check reports it
            if state is None:
                continue  # made before the history held full content (bulk import, older version)
            row = conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                continue  # deleted: its history was redacted
            checked += 1
            if _differs(dict(zip(columns, row)), state):
                differing += 1
        if differing:
            problems.append(msg("verify.records_differ", count=differing, table=table))
    report.checked["records against history"] = checked
    return problems


# ----- heads a peer sent ----------------------------------------------------------------------

def check_peer_heads(cdb: CaseDatabase, peer_id: int | None = None) -> list[Message]:
    """For each peer, the history heads its bundles carried must form one history: every later
    bundle vouches, with the same hash, for each head received before it (a rewritten or cut
    history cannot). Problems name the peer (a name the user chose) and the bundle's date."""
    problems = []
    columns = {r[1] for r in cdb.conn.execute("PRAGMA table_info(exchange_bundle)")}
    if "history_seq" not in columns:
        return problems  # an older schema (a backup being checked before it is restored)
    rows = cdb.conn.execute(
        "SELECT p.name, b.peer_id, b.at, b.history_seq, b.history_hash, b.history_anchors FROM exchange_bundle b"
        " LEFT JOIN exchange_peer p ON p.id = b.peer_id WHERE b.direction = 'in' AND b.history_seq IS NOT NULL"
        + ("" if peer_id is None else " AND b.peer_id = ?") + " ORDER BY b.peer_id, b.at, b.rowid",
        () if peer_id is None else (peer_id,)).fetchall()
    by_peer: dict[int, list] = {}
    for name, pid, at, seq, digest, anchors in rows:
        try:
            vouched = {int(a): str(h) for a, h in json.loads(anchors or "[]")}
        except (ValueError, TypeError):
            vouched = {}
        by_peer.setdefault(pid, []).append((name, at, int(seq), str(digest), vouched))
    for heads in by_peer.values():
        # Bundles may arrive in any order, so compare every pair: a head with a higher seq was made
        # after one with a lower seq, and must vouch for it with the same hash; any head a bundle
        # vouches for must have the hash the peer sent for it.
        bad = None
        for name, at, seq, digest, vouched in heads:
            for _, _, other_seq, other_digest, _ in heads:
                if other_seq == seq and other_digest != digest:
                    bad = bad or (name, at, other_seq)
                elif other_seq < seq and vouched.get(other_seq) != other_digest:
                    bad = bad or (name, at, other_seq)
                elif other_seq in vouched and vouched[other_seq] != other_digest:
                    bad = bad or (name, at, other_seq)
        if bad:
            name, at, other_seq = bad
            problems.append(msg("verify.peer_rewritten", peer=name or msg("verify.peer_removed"), at=str(at),
                                seq=str(other_seq)))
    return problems
