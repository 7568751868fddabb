"""Conflicts: a record changed on both sides since the last exchange. Kept, listed, and resolved
field by field; the resolution is written as a new revision and recorded in the history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.exchange.records import WRITERS, canonical, content_hash, forget_vocab_cache, load, write_incident
from kkdesk.messages import Message, msg
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase


@dataclass
class Conflict:
    id: int
    peer: str | Message  # the peer's name, or conflict.removed_peer: render(peer, lang) shows either
    entity: str
    uuid: str
    label: str           # incident ref, pseudonym code or term key: never a name
    fields: list[str]
    mine: dict
    theirs: dict
    detected_at: str
    resolved_at: str | None = None

    def differences(self) -> dict[str, tuple[object, object]]:
        return {f: (self.mine.get(f), self.theirs.get(f)) for f in self.fields}


def _label(entity: str, d: dict) -> str:
    if entity == "incident":
        return d.get("ref") or d.get("uuid", "")
    if entity in ("person", "organisation"):
        return d.get("pseudonym") or d.get("uuid", "")
    return d.get("uuid", "")


def _from_row(row) -> Conflict:
    cid, peer, entity, uuid, mine, theirs, fields, detected, resolved = row
    mine, theirs = json.loads(mine), json.loads(theirs)
    return Conflict(cid, peer or msg("conflict.removed_peer"), entity, uuid, _label(entity, mine), json.loads(fields), mine,
                    theirs, detected, resolved)


# A closed conflict keeps only what labels it (ref, pseudonym code): neither version's text. The
# losing values stay only where the history keeps them. Shared by resolve and by a superseding import.
CLOSE_SET = ("mine = json_object('uuid', uuid, 'ref', json_extract(mine, '$.ref'), 'pseudonym', "
             "json_extract(mine, '$.pseudonym')), theirs = '{}'")

_SELECT = ("SELECT c.id, p.name, c.entity, c.uuid, c.mine, c.theirs, c.fields, c.detected_at, c.resolved_at"
           " FROM exchange_conflict c LEFT JOIN exchange_peer p ON p.id = c.peer_id")


def list_conflicts(cdb: "CaseDatabase", include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else " WHERE c.resolved_at IS NULL"
    return [_from_row(r) for r in cdb.conn.execute(f"{_SELECT}{where} ORDER BY c.id")]


def get_conflict(cdb: "CaseDatabase", conflict_id: int) -> Conflict:
    row = cdb.conn.execute(f"{_SELECT} WHERE c.id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise NotFound("conflict.not_found")
    return _from_row(row)


def resolve_conflict(cdb: "CaseDatabase", conflict_id: int, choices: dict[str, str]) -> dict:
    """Keep "mine" or take "theirs" for each differing field ("*" sets the default for the rest).
    Writes the merged record as a new revision, which goes to the peer with the next bundle."""
    conflict = get_conflict(cdb, conflict_id)
    if conflict.resolved_at:
        raise InvalidInput("conflict.resolved")
    for f, choice in choices.items():
        if choice not in ("mine", "theirs"):
            raise InvalidInput("conflict.bad_choice", name=f, choice=str(choice))
        if f != "*" and f not in conflict.fields:
            raise InvalidInput("conflict.not_differing", name=f, fields=", ".join(conflict.fields))
    default = choices.get("*")
    missing = [f for f in conflict.fields if f not in choices and default is None]
    if missing:
        raise InvalidInput("conflict.choose_all", fields=", ".join(missing))
    current = load(cdb, conflict.entity, conflict.uuid)
    if current is None:
        raise NotFound("conflict.record_gone")
    merged = dict(current)
    resolution = {}
    for f in conflict.fields:
        choice = choices.get(f, default)
        resolution[f] = choice
        if choice == "theirs":
            if f in conflict.theirs:
                merged[f] = conflict.theirs[f]
            else:
                merged.pop(f, None)
    merged["attachments"] = []
    try:
        with cdb.transaction():
            if content_hash(merged) != content_hash(current):
                if conflict.entity == "incident" and "theirs" in resolution.values() and \
                        merged.get("review") == "verified":
                    # content from elsewhere that nobody here checked: reviewed again before it counts
                    write_incident(cdb, merged, review="submitted")
                else:
                    WRITERS[conflict.entity](cdb, merged)  # revision = current's, so it goes one past it
            cdb.conn.execute(f"UPDATE exchange_conflict SET resolved_at = ?, resolution = ?, {CLOSE_SET} WHERE id = ?",
                             (now_iso(), canonical(resolution), conflict_id))
            peer_id = cdb.scalar("SELECT peer_id FROM exchange_conflict WHERE id = ?", (conflict_id,))
            if peer_id is not None:
                # The peer holds "theirs": that is now the common base, so the merge is sent next time.
                cdb.conn.execute("UPDATE exchange_state SET base_hash = ? WHERE peer_id = ? AND entity = ? AND uuid = ?",
                                 (content_hash(conflict.theirs), peer_id, conflict.entity, conflict.uuid))
            cdb.history.record("merge", conflict.entity, conflict.uuid,
                               {"conflict": conflict_id, "choices": resolution,
                                "peer": conflict.peer if isinstance(conflict.peer, str) else None})
    except BaseException:
        forget_vocab_cache(cdb)
        raise
    return load(cdb, conflict.entity, conflict.uuid)
