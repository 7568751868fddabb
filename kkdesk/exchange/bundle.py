"""Export and import of exchange bundles: changes since the last exchange with one peer.

Export picks every record whose revision moved since it was last sent to the peer and whose
content differs from what both sides last agreed (vocabulary terms, organisations, persons,
incidents), every attachment not sent yet, and the persons and organisations the incidents name
(so bundles can arrive in any order). Import applies each record by uuid: a revision older than
one already taken from that peer is skipped; a record changed only on one side takes the newer
content; a record changed on both sides becomes a conflict, kept for a person to resolve.
"""

from __future__ import annotations

import functools
import json
import os
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.messages import Message, msg, render
from kkdesk.exchange import envelope, keys
from kkdesk.exchange.conflicts import CLOSE_SET
from kkdesk.exchange.records import (
    APPENDED,
    ENTITIES,
    PLURAL,
    WRITERS,
    all_revisions,
    canonical,
    content_fields,
    content_hash,
    forget_vocab_cache,
    incident_dict,
    load,
    local_revision,
    term_key,
    write_attachments,
    write_incident,
    write_review_step,
)
from kkdesk.store.sqlite import DatabaseError
from kkdesk.util.clock import now_iso
from kkdesk.util.files import write_atomically
from kkdesk.vocab import shipped_vocabularies

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

RECORD_CHOICES = ("all", "known", "none")


@dataclass
class _State:
    sent_revision: int | None
    received_revision: int | None
    base_hash: str | None


def _states(cdb, peer_id: int) -> dict[tuple[str, str], _State]:
    return {(e, u): _State(s, r, h) for e, u, s, r, h in cdb.conn.execute(
        "SELECT entity, uuid, sent_revision, received_revision, base_hash FROM exchange_state WHERE peer_id = ?",
        (peer_id,))}


def _state(cdb, peer_id: int, entity: str, uuid: str) -> _State | None:
    row = cdb.conn.execute("SELECT sent_revision, received_revision, base_hash FROM exchange_state"
                           " WHERE peer_id = ? AND entity = ? AND uuid = ?", (peer_id, entity, uuid)).fetchone()
    return _State(*row) if row else None


def _set_state(cdb, peer_id: int, entity: str, uuid: str, **values) -> None:
    cdb.conn.execute("INSERT OR IGNORE INTO exchange_state(peer_id, entity, uuid) VALUES (?,?,?)",
                     (peer_id, entity, uuid))
    for column, value in values.items():
        cdb.conn.execute(f"UPDATE exchange_state SET {column} = ? WHERE peer_id = ? AND entity = ? AND uuid = ?",
                         (value, peer_id, entity, uuid))


@functools.lru_cache(maxsize=1)
def _shipped_term_hashes() -> dict[str, str]:
    """Content hashes of the shipped vocabularies: the implicit common base of every database."""
    out = {}
    for vocab, terms in shipped_vocabularies().items():
        for t in terms:
            key = term_key(vocab, t["code"])
            out[key] = content_hash({"uuid": key, "vocab": vocab, "code": t["code"], "parent": t.get("parent"),
                                     "en": t["en"], "ru": t.get("ru", ""), "kk": t.get("kk", ""),
                                     "aliases": t.get("aliases", []), "retired": False})
    return out


# ----- export ----------------------------------------------------------------------------------

@dataclass
class ExportSummary:
    path: str
    bundle_id: str
    counts: dict[str, int] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        c = self.counts
        return render(msg("bundle.written", **{k: c.get(k, 0) for k in (
            "incidents", "persons", "organisations", "terms", "attachments", "acknowledged")}), lang)


def export_bundle(cdb: "CaseDatabase", to: str, out_path: str | os.PathLike, records: str = "all",
                  resend: bool = False) -> ExportSummary:
    """Write the changes for peer `to` (name or key text) to out_path, sealed and signed.

    records: "all" changed records; "known" only records this peer already has (the coordinator's
    usual reply: vocabulary, resolutions, acknowledgements); "none" vocabulary and acknowledgements only.
    resend: include everything again, as if nothing had been sent (after a lost file)."""
    if records not in RECORD_CHOICES:
        raise InvalidInput("bundle.records_choice", choices=", ".join(RECORD_CHOICES))
    out_path = os.fspath(out_path)
    folder = os.path.dirname(os.path.abspath(out_path))
    if not os.path.isdir(folder):
        raise InvalidInput("bundle.folder_missing", field="path")
    peer = keys.find_peer(cdb, to)
    own = keys.own_keys(cdb)
    states = {} if resend else _states(cdb, peer.id)
    payload = {"format": envelope.FORMAT, "version": envelope.VERSION, "bundle_id": str(uuidlib.uuid4()),
               "created_at": now_iso(), "database_uuid": cdb.meta("database_uuid", ""),
               "sender": {"sign": own.sign.hex(), "box": own.box.hex()}, "recipient": {"box": peer.keys.box.hex()},
               **{PLURAL[e]: [] for e in ENTITIES}, "acknowledged": []}
    chosen: dict[tuple[str, str], dict] = {}
    shipped = _shipped_term_hashes()
    for entity in ENTITIES:
        if entity != "term" and records == "none":
            continue
        for uuid, rev in all_revisions(cdb, entity).items():
            st = states.get((entity, uuid))
            if entity != "term" and entity not in APPENDED and records == "known" and st is None:
                continue
            if st and st.sent_revision == rev:
                continue
            d = load(cdb, entity, uuid)
            if entity in APPENDED:
                parents = [(pe, d[key]) for pe, key in APPENDED[entity]]
                if records == "known" and not all(p in states for p in parents):
                    continue  # a step or link of records the peer does not have
                for p in parents:  # the records it belongs to go with it when the peer lacks them
                    if p not in states:
                        chosen.setdefault(p, None)
            if st and st.base_hash == content_hash(d):
                continue  # the peer has this content already (it came from there)
            if entity == "term" and st is None and shipped.get(uuid) == content_hash(d):
                continue  # an unchanged shipped term: every database has it
            chosen[(entity, uuid)] = d
    # Attachments not sent yet travel inside their incident's record.
    sent_attachments = {u for (e, u) in states if e == "attachment"}
    new_attachments: dict[str, set[str]] = {}
    if records != "none":
        for att_uuid, inc_uuid in cdb.conn.execute(
                "SELECT a.uuid, i.uuid FROM attachment a JOIN incident i ON i.id = a.incident_id"):
            if att_uuid not in sent_attachments and (records == "all" or ("incident", inc_uuid) in states):
                new_attachments.setdefault(inc_uuid, set()).add(att_uuid)
    for inc_uuid in new_attachments:
        chosen.setdefault(("incident", inc_uuid), load(cdb, "incident", inc_uuid))
    for key, d in list(chosen.items()):
        if d is None and key[0] == "incident":  # named by a review step or a link
            chosen[key] = load(cdb, *key)
    # The persons and organisations every incident names, so the bundle stands on its own.
    for (entity, uuid), d in list(chosen.items()):
        if entity != "incident":
            continue
        if uuid in new_attachments:
            chosen[(entity, uuid)] = d = incident_dict(cdb, uuid, attachments=True,
                                                       only_attachments=new_attachments[uuid])
        for t in d["targets"]:
            if t["person_uuid"]:
                chosen.setdefault(("person", t["person_uuid"]), None)
            if t["organisation_uuid"]:
                chosen.setdefault(("organisation", t["organisation_uuid"]), None)
    for (entity, uuid), d in list(chosen.items()):
        if d is None:
            chosen[(entity, uuid)] = d = load(cdb, entity, uuid)
        if entity == "person" and d.get("organisation_uuid"):
            if ("organisation", d["organisation_uuid"]) not in chosen:
                chosen[("organisation", d["organisation_uuid"])] = load(cdb, "organisation", d["organisation_uuid"])
    items = []
    for (entity, uuid), d in sorted(chosen.items(), key=lambda kv: (ENTITIES.index(kv[0][0]), kv[0][1])):
        payload[PLURAL[entity]].append(d)
        items.append([entity, uuid, d.get("revision")])
    for att_set in new_attachments.values():
        items.extend(["attachment", a, 0] for a in sorted(att_set))
    payload["acknowledged"] = [r[0] for r in cdb.conn.execute(
        "SELECT bundle_id FROM exchange_bundle WHERE peer_id = ? AND direction = 'in' ORDER BY at, bundle_id",
        (peer.id,))]
    payload["history"] = _history_head(cdb, peer.id)
    blob = envelope.seal(payload, peer.keys.box, keys.signing_key(cdb))
    write_atomically(out_path, blob)
    with cdb.transaction():
        for (entity, uuid), d in chosen.items():
            _set_state(cdb, peer.id, entity, uuid, sent_revision=d.get("revision"), base_hash=content_hash(d))
        for att_set in new_attachments.values():
            for a in att_set:
                _set_state(cdb, peer.id, "attachment", a, sent_revision=0)
        cdb.conn.execute("INSERT INTO exchange_bundle(bundle_id, peer_id, direction, at, items, history_seq,"
                         " history_hash) VALUES (?,?,?,?,?,?,?)",
                         (payload["bundle_id"], peer.id, "out", payload["created_at"], canonical(items),
                          payload["history"]["seq"], payload["history"]["hash"]))
        cdb.history.record("update", "exchange_bundle", payload["bundle_id"],
                           {"exported": {PLURAL[e]: sum(1 for (x, _) in chosen if x == e) for e in ENTITIES}})
    counts = {PLURAL[e]: len(payload[PLURAL[e]]) for e in ENTITIES}
    counts["attachments"] = sum(len(s) for s in new_attachments.values())
    counts["acknowledged"] = len(payload["acknowledged"])
    return ExportSummary(out_path, payload["bundle_id"], counts)


def _history_head(cdb, peer_id: int) -> dict:
    """This database's history head, and the hash each earlier head sent to this peer has now.

    Signed with the bundle, it anchors the history outside the laptop: the peer keeps the heads,
    and a history rewritten or cut behind one of them can no longer give the same hash for it."""
    last = cdb.conn.execute("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1").fetchone()
    anchors = []
    for (seq,) in cdb.conn.execute("SELECT DISTINCT history_seq FROM exchange_bundle WHERE peer_id = ? AND"
                                   " direction = 'out' AND history_seq IS NOT NULL ORDER BY 1", (peer_id,)):
        now = cdb.scalar("SELECT hash FROM history WHERE seq = ?", (seq,))
        anchors.append([seq, now or ""])
    return {"seq": last[0] if last else 0, "hash": last[1] if last else "", "anchors": anchors}


def _received_head(payload: dict) -> tuple:
    """(seq, hash, anchors JSON) of a received bundle's history head; Nones for a bundle without one."""
    head = payload.get("history")
    if head is None:
        return None, None, None
    ok = (isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str)
          and isinstance(head.get("anchors"), list) and len(head["anchors"]) <= 1_000_000
          and all(isinstance(a, list) and len(a) == 2 and isinstance(a[0], int) and isinstance(a[1], str)
                  for a in head["anchors"]))
    if not ok:
        raise envelope.BundleRejected("bundle.head_malformed")
    return head["seq"], head["hash"][:128], canonical([[a[0], a[1][:128]] for a in head["anchors"]])


# ----- import ----------------------------------------------------------------------------------

@dataclass
class BundleImportSummary:
    bundle_id: str
    peer: str
    already_imported: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    older_skipped: int = 0
    kept_mine: int = 0
    conflicts: int = 0
    attachments: int = 0
    acknowledged: int = 0
    history_warning: Message | None = None  # the sender's history no longer holds a head it sent before

    def text(self, lang: str = "en") -> str:
        if self.already_imported:
            return render(msg("bundle.imported_before"), lang)
        text = render(msg("bundle.imported", **{k: getattr(self, k) for k in (
            "created", "updated", "unchanged", "older_skipped", "kept_mine", "conflicts", "attachments",
            "acknowledged")}), lang)
        warning = self.history_warning
        return text + ("\n" + render(msg("bundle.history_warning", warning=warning), lang) if warning else "")


def read_bundle(cdb: "CaseDatabase", path: str | os.PathLike) -> tuple["keys.Peer", dict]:
    """Check and open a bundle file: (sending peer, payload). Raises BundleRejected subclasses."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise InvalidInput("bundle.no_file", field="path")
    if os.path.getsize(path) > envelope.MAX_BUNDLE_BYTES:
        raise envelope.BundleRejected("bundle.too_large")
    with open(path, "rb") as fh:
        blob = fh.read()
    peer = keys.peer_by_sign_key(cdb, envelope.sender_of(blob))
    if peer is None:
        raise envelope.UnknownSender("bundle.unknown_sender")
    return peer, envelope.open_sealed(blob, keys.box_private(cdb))


def import_bundle(cdb: "CaseDatabase", path: str | os.PathLike) -> BundleImportSummary:
    """Apply a bundle in one transaction; the same bundle twice, or bundles in any order, double nothing."""
    peer, payload = read_bundle(cdb, path)
    bundle_id = payload.get("bundle_id")
    if not isinstance(bundle_id, str) or not bundle_id:
        raise envelope.BundleRejected("bundle.no_identity")
    summary = BundleImportSummary(bundle_id, peer.name)
    if cdb.scalar("SELECT 1 FROM exchange_bundle WHERE bundle_id = ? AND direction = 'in'", (bundle_id,)):
        summary.already_imported = True
        return summary
    shipped = _shipped_term_hashes()
    items = []
    try:
        with cdb.transaction():
            for entity in ENTITIES:
                records = payload.get(PLURAL[entity]) or []
                if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                    raise envelope.BundleRejected("bundle.malformed")
                for n, d in enumerate(records, 1):
                    try:
                        _apply_record(cdb, peer, entity, d, summary, shipped)
                        if entity == "incident" and d.get("attachments"):
                            _apply_attachments(cdb, peer, d, summary)
                    except InvalidInput as exc:
                        raise InvalidInput("bundle.record_rejected", kind=PLURAL[entity], n=n,
                                           reason=exc.message) from None
                    except DatabaseError:
                        raise InvalidInput("bundle.record_clashes", kind=PLURAL[entity], n=n) from None
                    except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
                        raise InvalidInput("bundle.record_malformed", kind=PLURAL[entity], n=n) from None
                    items.append([entity, d.get("uuid"), d.get("revision")])
            acknowledged = payload.get("acknowledged") or []
            if not isinstance(acknowledged, list):
                raise envelope.BundleRejected("bundle.malformed")
            for bid in acknowledged:
                cur = cdb.conn.execute(
                    "UPDATE exchange_bundle SET acknowledged_at = ? WHERE bundle_id = ? AND direction = 'out'"
                    " AND peer_id = ? AND acknowledged_at IS NULL", (now_iso(), str(bid), peer.id))
                summary.acknowledged += cur.rowcount
            head = _received_head(payload)
            cdb.conn.execute("INSERT INTO exchange_bundle(bundle_id, peer_id, direction, at, items, history_seq,"
                             " history_hash, history_anchors) VALUES (?,?,?,?,?,?,?,?)",
                             (bundle_id, peer.id, "in", now_iso(), canonical(items), *head))
            cdb.history.record("import", "exchange_bundle", bundle_id, {
                "created": summary.created, "updated": summary.updated, "conflicts": summary.conflicts,
                "older_skipped": summary.older_skipped, "attachments": summary.attachments})
    except BaseException:
        forget_vocab_cache(cdb)
        raise
    from kkdesk.store.verify import check_peer_heads

    warnings = check_peer_heads(cdb, peer.id)
    summary.history_warning = warnings[0] if warnings else None
    return summary


def _apply_attachments(cdb, peer, d: dict, summary: BundleImportSummary) -> None:
    """Attachments travelling with an incident record: stored if new, each checked against its hash."""
    items = d["attachments"]
    if not isinstance(items, list) or not all(isinstance(a, dict) and isinstance(a.get("uuid"), str)
                                              for a in items):
        raise InvalidInput("bundle.attachments_malformed")
    if cdb.incidents.id_for_uuid(d["uuid"]) is None:
        return
    summary.attachments += write_attachments(cdb, d["uuid"], items)
    for a in items:
        _set_state(cdb, peer.id, "attachment", a["uuid"], sent_revision=0)


def _apply_record(cdb, peer, entity: str, d: dict, summary: BundleImportSummary, shipped: dict) -> None:
    uuid = d.get("uuid")
    if entity == "term" and isinstance(d.get("vocab"), str) and isinstance(d.get("code"), str):
        uuid = d["uuid"] = term_key(d["vocab"], d["code"])
    if not isinstance(uuid, str) or not uuid:
        raise InvalidInput("bundle.no_uuid")
    rev = d.get("revision") if isinstance(d.get("revision"), int) else 0
    st = _state(cdb, peer.id, entity, uuid)
    if st and st.received_revision is not None and rev <= st.received_revision:
        summary.older_skipped += 1
        return
    theirs_hash = content_hash(d)
    local = load(cdb, entity, uuid)
    base = st.base_hash if st else (shipped.get(uuid) if entity == "term" else None)
    if local is None:
        _write(cdb, peer, entity, d)
        summary.created += 1
    else:
        mine_hash = content_hash(local)
        if mine_hash == theirs_hash:
            summary.unchanged += 1
        elif base == mine_hash:
            _write(cdb, peer, entity, d)  # changed there only
            summary.updated += 1
            cdb.conn.execute("UPDATE exchange_conflict SET resolved_at = ?, resolution = '\"superseded\"', "
                             f"{CLOSE_SET} WHERE entity = ? AND uuid = ? AND peer_id = ? AND resolved_at IS NULL",
                             (now_iso(), entity, uuid, peer.id))
        elif base == theirs_hash:
            summary.kept_mine += 1  # changed here only; ours goes out with the next bundle
            _set_state(cdb, peer.id, entity, uuid, received_revision=rev)
            return
        else:
            _record_conflict(cdb, peer.id, entity, uuid, local, d)
            summary.conflicts += 1
            _set_state(cdb, peer.id, entity, uuid, received_revision=rev)
            return
    _set_state(cdb, peer.id, entity, uuid, received_revision=rev, base_hash=theirs_hash,
               sent_revision=local_revision(cdb, entity, uuid))


def _write(cdb, peer, entity: str, d: dict) -> None:
    """Store a record from a bundle. The review follows who the peer is to us: an incident from a
    monitor waits for review here (submitted, never verified, whatever the sender set); one from
    the coordinator keeps our state when we have it (its decisions arrive as review steps) and its
    own when new. A review step moves the state only when it is the coordinator's, or a submission."""
    if entity == "incident":
        iid = cdb.incidents.id_for_uuid(d["uuid"])
        before = cdb.review.state(iid) if iid is not None else None
        if peer.role == "coordinator":
            write_incident(cdb, d, review=before)
            return
        write_incident(cdb, d, review="submitted")
        if before != "submitted" and d.get("review") != "submitted":
            # not submitted there: say here why it waits for review
            cdb.review.note(cdb.incidents.id_for_uuid(d["uuid"]), "arrive")
    elif entity == "review_step":
        write_review_step(cdb, d, take_state=peer.role == "coordinator" or d.get("step") == "submit")
    else:
        WRITERS[entity](cdb, d)


def _record_conflict(cdb, peer_id: int, entity: str, uuid: str, mine: dict, theirs: dict) -> None:
    fields = [f for f in sorted(set(content_fields(mine)) | set(content_fields(theirs)))
              if canonical(mine.get(f)) != canonical(theirs.get(f))]
    theirs = {k: v for k, v in theirs.items() if k != "attachments"}
    row = cdb.conn.execute("SELECT id FROM exchange_conflict WHERE entity = ? AND uuid = ? AND peer_id = ?"
                           " AND resolved_at IS NULL", (entity, uuid, peer_id)).fetchone()
    if row:
        cdb.conn.execute("UPDATE exchange_conflict SET mine = ?, theirs = ?, fields = ?, detected_at = ? WHERE id = ?",
                         (canonical(mine), canonical(theirs), json.dumps(fields), now_iso(), row[0]))
    else:
        cdb.conn.execute("INSERT INTO exchange_conflict(peer_id, entity, uuid, mine, theirs, fields, detected_at)"
                         " VALUES (?,?,?,?,?,?,?)",
                         (peer_id, entity, uuid, canonical(mine), canonical(theirs), json.dumps(fields), now_iso()))
