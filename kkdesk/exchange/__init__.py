"""Encrypted, signed exchange bundles between monitors and the coordinator (PyNaCl / libsodium).

    ensure_keys(cdb); own_keys(cdb).text / .fingerprint      # this database's public keys
    add_peer(cdb, "coordinator", key_text)                   # register the other side
    export_bundle(cdb, "coordinator", "out.kkdx")            # changes since the last exchange
    import_bundle(cdb, "in.kkdx")                            # any order, repeatedly, no duplicates
    list_conflicts(cdb); resolve_conflict(cdb, id, {"title": "theirs", "*": "mine"})
    purge_exchanged(cdb, confirm=True)                       # after the coordinator acknowledged
"""

from kkdesk.exchange.bundle import BundleImportSummary, ExportSummary, export_bundle, import_bundle, read_bundle
from kkdesk.exchange.conflicts import Conflict, get_conflict, list_conflicts, resolve_conflict
from kkdesk.exchange.envelope import BundleRejected, NotForThisDatabase, TamperedBundle, UnknownSender
from kkdesk.exchange.keys import PublicKeys, add_peer, ensure_keys, find_peer, own_keys, peers
from kkdesk.exchange.purge import PurgePlan, plan_purge, purge_exchanged

__all__ = ["BundleImportSummary", "BundleRejected", "Conflict", "ExportSummary", "NotForThisDatabase", "PublicKeys",
           "PurgePlan", "TamperedBundle", "UnknownSender", "add_peer", "ensure_keys", "export_bundle", "find_peer",
           "get_conflict", "import_bundle", "list_conflicts", "own_keys", "peers", "plan_purge", "purge_exchanged",
           "read_bundle", "resolve_conflict"]
