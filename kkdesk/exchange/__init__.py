"""Encrypted, signed exchange bundles between monitors and the coordinator (PyNaCl / libsodium).

    ensure_keys(cdb); own_keys(cdb).text / .fingerprint      # this database's public keys
    add_peer(cdb, "coordinator", key_text)                   # register the other side
    export_bundle(cdb, "coordinator", "out.kkdx")            # changes since the last exchange
    import_bundle(cdb, "in.kkdx")                            # any order, repeatedly, no duplicates
    list_conflicts(cdb); resolve_conflict(cdb, id, {"title": "theirs", "*": "mine"})
    purge_exchanged(cdb, confirm=True)                       # after the coordinator acknowledged

How it works
- Keys: X25519 (sealing) and Ed25519 (signing) per database, secret halves in the `setting` table.
  Shared as one text `kkdx1…` (base32 of both public keys + a 4-byte checksum); compared by a
  fingerprint of five groups of four hex digits. Peers are registered by a name the user picks.
- File: MAGIC | sender's verify key | signature | SealedBox(zlib(JSON)) — encrypt-then-sign,
  see envelope.py for why. The JSON reuses the export format's record shapes (records refer to
  each other by uuid; attachments as base64 with their SHA-256, checked on arrival).
- What goes out: per peer and record the table exchange_state keeps the revision last sent, the
  peer's revision last taken, and the hash of the content both sides last agreed on (base). A
  record goes out when its revision moved since it was sent and its content is not the base.
  This per-record state replaces a single high-water mark: it survives clock differences,
  records received from the peer are never echoed back, and it knows the base of each record.
- What comes in: a peer revision not above the last one taken from that peer is skipped (so
  bundles can arrive in any order, repeatedly); content changed only there replaces ours;
  changed only here, ours is kept (and goes out next time); changed on both sides is stored in
  exchange_conflict, nothing overwritten, until resolve_conflict() chooses field by field.
- Acknowledgement: every bundle lists the ids of the bundles received from that peer; a monitor
  purges only records acknowledged at their current revision (or received as they are).
- Not exchanged: deletions (a purge on a laptop does not delete at the coordinator) and the
  per-database settings. The same person recorded by two monitors arrives as two persons with
  different uuids; PersonStore.possible_duplicates / merge joins them at the coordinator.
"""

from kkdesk.exchange.bundle import BundleImportSummary, ExportSummary, export_bundle, import_bundle, read_bundle
from kkdesk.exchange.conflicts import Conflict, get_conflict, list_conflicts, resolve_conflict
from kkdesk.exchange.envelope import BundleRejected, NotForThisDatabase, TamperedBundle, UnknownSender
from kkdesk.exchange.keys import (
    PEER_ROLES, PublicKeys, add_peer, ensure_keys, find_peer, own_keys, peers, set_peer_role,
)
from kkdesk.exchange.purge import PurgePlan, plan_purge, purge_exchanged

__all__ = ["BundleImportSummary", "BundleRejected", "Conflict", "ExportSummary", "NotForThisDatabase", "PublicKeys",
           "PEER_ROLES", "PurgePlan", "TamperedBundle", "UnknownSender", "add_peer", "ensure_keys", "export_bundle",
           "find_peer", "get_conflict", "import_bundle", "list_conflicts", "own_keys", "peers", "plan_purge",
           "purge_exchanged", "read_bundle", "resolve_conflict", "set_peer_role"]
