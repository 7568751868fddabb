"""Keys of a database for bundle exchange, and the registry of known peers.

Each database has an X25519 key pair (bundles are sealed to it) and an Ed25519 signing key (its
bundles are signed with it), made on first use and kept in the `setting` table, inside the
encryption. The public half is shared as one short text with a checksum, compared by eye through
a fingerprint of groups of four hex digits.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import nacl.public
import nacl.signing

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

_BOX_SECRET = "exchange.box_secret"
_SIGN_SECRET = "exchange.sign_secret"
KEY_PREFIX = "kkdx1"
MAX_PEER_NAME = 100


@dataclass(frozen=True)
class PublicKeys:
    box: bytes   # X25519, 32 bytes
    sign: bytes  # Ed25519 verify key, 32 bytes

    @property
    def text(self) -> str:
        """The shareable key text: prefix, base32 of both keys and a 4-byte checksum."""
        raw = self.box + self.sign
        check = hashlib.blake2b(raw, digest_size=4).digest()
        return KEY_PREFIX + base64.b32encode(raw + check).decode("ascii").rstrip("=").lower()

    @property
    def fingerprint(self) -> str:
        """Ten bytes of a hash as five groups of four hex digits, to compare aloud or by eye."""
        digest = hashlib.blake2b(self.box + self.sign, digest_size=10).hexdigest()
        return " ".join(digest[i:i + 4] for i in range(0, 20, 4))

    @classmethod
    def parse(cls, text: str) -> "PublicKeys":
        cleaned = "".join(ch for ch in (text or "") if ch.isalnum()).lower()
        if not cleaned.startswith(KEY_PREFIX):
            raise InvalidInput("keys.not_a_key", prefix=KEY_PREFIX)
        body = cleaned[len(KEY_PREFIX):].upper()
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
        except ValueError:
            raise InvalidInput("keys.damaged") from None
        if len(raw) != 68 or hashlib.blake2b(raw[:64], digest_size=4).digest() != raw[64:]:
            raise InvalidInput("keys.checksum")
        return cls(raw[:32], raw[32:64])


@dataclass(frozen=True)
class Peer:
    id: int
    name: str
    keys: PublicKeys
    added_at: str
    role: str = "monitor"   # who the peer is to us: records from a monitor arrive as submitted


PEER_ROLES = ("monitor", "coordinator")
_PEER_COLUMNS = "id, name, box_public, sign_public, added_at, role"


def _setting(cdb: "CaseDatabase", key: str) -> str | None:
    return cdb.scalar("SELECT value FROM setting WHERE key = ?", (key,))


def ensure_keys(cdb: "CaseDatabase") -> bool:
    """Create this database's key pairs if it has none; True when they were created now."""
    if _setting(cdb, _BOX_SECRET) and _setting(cdb, _SIGN_SECRET):
        return False
    with cdb.transaction():
        cdb.conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                         (_BOX_SECRET, bytes(nacl.public.PrivateKey.generate()).hex()))
        cdb.conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                         (_SIGN_SECRET, bytes(nacl.signing.SigningKey.generate()).hex()))
        cdb.history.record("update", "database", cdb.meta("database_uuid", ""), {"exchange_keys": "created"})
    return True


def box_private(cdb: "CaseDatabase") -> nacl.public.PrivateKey:
    ensure_keys(cdb)
    return nacl.public.PrivateKey(bytes.fromhex(_setting(cdb, _BOX_SECRET)))


def signing_key(cdb: "CaseDatabase") -> nacl.signing.SigningKey:
    ensure_keys(cdb)
    return nacl.signing.SigningKey(bytes.fromhex(_setting(cdb, _SIGN_SECRET)))


def own_keys(cdb: "CaseDatabase") -> PublicKeys:
    return PublicKeys(bytes(box_private(cdb).public_key), bytes(signing_key(cdb).verify_key))


# ----- peers -----------------------------------------------------------------------------------

def _peer(row) -> Peer:
    return Peer(row[0], row[1], PublicKeys(bytes.fromhex(row[2]), bytes.fromhex(row[3])), row[4], row[5])


def peers(cdb: "CaseDatabase") -> list[Peer]:
    return [_peer(r) for r in cdb.conn.execute(
        f"SELECT {_PEER_COLUMNS} FROM exchange_peer ORDER BY name")]


def add_peer(cdb: "CaseDatabase", name: str, key_text: str, role: str = "monitor") -> Peer:
    """Register a peer's public keys under a name the user chooses (kept inside this database).
    role: "coordinator" for the one whose review decisions (returned, verified) this database takes;
    records from a "monitor" always arrive as submitted, never as verified."""
    if role not in PEER_ROLES:
        raise InvalidInput("keys.role", field="role", roles=", ".join(PEER_ROLES))
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_PEER_NAME or "\x00" in name:
        raise InvalidInput("keys.peer_name", field="name", limit=MAX_PEER_NAME)
    keys = PublicKeys.parse(key_text)
    if keys == own_keys(cdb):
        raise InvalidInput("keys.own_key", field="key")
    for p in peers(cdb):
        if p.name == name:
            raise InvalidInput("keys.name_taken", field="name")
        if p.keys.box == keys.box or p.keys.sign == keys.sign:
            raise InvalidInput("keys.key_taken", field="key")
    with cdb.transaction():
        cdb.conn.execute(
            "INSERT INTO exchange_peer(name, box_public, sign_public, added_at, role) VALUES (?,?,?,?,?)",
            (name, keys.box.hex(), keys.sign.hex(), now_iso(), role))
        cdb.history.record("update", "exchange_peer", keys.fingerprint,
                           {"peer_added": keys.fingerprint, "role": role})
    return find_peer(cdb, name)


def set_peer_role(cdb: "CaseDatabase", name_or_key: str, role: str) -> Peer:
    """Say who a registered peer is to this database (monitor or coordinator); in the history."""
    if role not in PEER_ROLES:
        raise InvalidInput("keys.role", field="role", roles=", ".join(PEER_ROLES))
    peer = find_peer(cdb, name_or_key)
    with cdb.transaction():
        cdb.conn.execute("UPDATE exchange_peer SET role = ? WHERE id = ?", (role, peer.id))
        cdb.history.record("update", "exchange_peer", peer.keys.fingerprint, {"role": [peer.role, role]})
    return find_peer(cdb, peer.name)


def find_peer(cdb: "CaseDatabase", name_or_key: str) -> Peer:
    """A registered peer by its name or its key text."""
    row = cdb.conn.execute(f"SELECT {_PEER_COLUMNS} FROM exchange_peer WHERE name = ?",
                           (" ".join((name_or_key or "").split()),)).fetchone()
    if row is None and (name_or_key or "").strip().lower().startswith(KEY_PREFIX):
        keys = PublicKeys.parse(name_or_key)
        row = cdb.conn.execute(f"SELECT {_PEER_COLUMNS} FROM exchange_peer"
                               " WHERE box_public = ?", (keys.box.hex(),)).fetchone()
        if row is None:
            raise NotFound("keys.not_registered")
    if row is None:
        raise NotFound("keys.no_peer")
    return _peer(row)


def peer_by_sign_key(cdb: "CaseDatabase", sign: bytes) -> Peer | None:
    row = cdb.conn.execute(f"SELECT {_PEER_COLUMNS} FROM exchange_peer"
                           " WHERE sign_public = ?", (sign.hex(),)).fetchone()
    return _peer(row) if row else None
