"""The bundle file: compressed JSON, sealed to the recipient, then signed by the sender.

    file = MAGIC (8) | sender's Ed25519 verify key (32) | signature (64) | SealedBox ciphertext

Encrypt-then-sign, on purpose: the recipient checks the signature over the exact bytes before it
decrypts or decompresses anything, so it can tell three failures apart and say which —
an unknown sender (the key is not a registered peer), a changed byte (the signature fails), and a
bundle sealed to another database (decryption fails) — and hostile input never reaches the JSON
parser. The sender's key (and inside, the recipient's) is also in the encrypted payload, and
both are checked, so a ciphertext cannot be re-signed by another registered peer unnoticed.
The price: the sender's public key is visible in the file. It identifies a key, not a person;
the name behind it is only inside the databases.
"""

from __future__ import annotations

import json
import zlib

import nacl.exceptions
import nacl.public
import nacl.signing

from kkdesk.errors import KkdeskError

MAGIC = b"KKDXB1\n\x00"
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
MAX_PAYLOAD_BYTES = 2 * 1024 * 1024 * 1024
FORMAT = "kkdesk-bundle"
VERSION = 1


class BundleRejected(KkdeskError):
    """A bundle was refused; nothing was written."""


class UnknownSender(BundleRejected):
    pass


class TamperedBundle(BundleRejected):
    pass


class NotForThisDatabase(BundleRejected):
    pass


def seal(payload: dict, recipient_box: bytes, signing_key: nacl.signing.SigningKey) -> bytes:
    data = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    ciphertext = nacl.public.SealedBox(nacl.public.PublicKey(recipient_box)).encrypt(data)
    sender = bytes(signing_key.verify_key)
    signature = signing_key.sign(MAGIC + sender + ciphertext).signature
    return MAGIC + sender + signature + ciphertext


def sender_of(blob: bytes) -> bytes:
    """The sender's verify key written in the file (not yet verified)."""
    if len(blob) < len(MAGIC) + 96 + 48 or not blob.startswith(MAGIC):
        raise BundleRejected("This file is not a kkdesk exchange bundle (or it is cut short); nothing was written.")
    return blob[8:40]


def open_sealed(blob: bytes, box_private: nacl.public.PrivateKey) -> dict:
    """Verify the signature, then decrypt and parse. The caller has checked the sender is known."""
    sender, signature, ciphertext = blob[8:40], blob[40:104], blob[104:]
    try:
        nacl.signing.VerifyKey(sender).verify(MAGIC + sender + ciphertext, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        raise TamperedBundle("The bundle was changed or damaged after it was signed (its signature does not "
                             "match its content). Nothing was written; ask the sender for a new copy.") from None
    try:
        compressed = nacl.public.SealedBox(box_private).decrypt(ciphertext)
    except nacl.exceptions.CryptoError:
        raise NotForThisDatabase("This bundle was sealed for another database's key, so it cannot be opened "
                                 "here. Nothing was written.") from None
    try:
        d = zlib.decompressobj()
        data = d.decompress(compressed, MAX_PAYLOAD_BYTES)
        if d.unconsumed_tail:
            raise BundleRejected("The bundle unpacks to more than 2 GB; nothing was written.")
        payload = json.loads(data.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError):
        raise BundleRejected("The bundle's content is not readable although its signature is valid; it was "
                             "written by an incompatible program. Nothing was written.") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise BundleRejected("The bundle's content is not a kkdesk bundle; nothing was written.")
    if payload.get("version") != VERSION:
        raise BundleRejected(f"The bundle has format version {payload.get('version')!r}; this kkdesk reads "
                             f"version {VERSION}. Update kkdesk. Nothing was written.")
    inner = payload.get("sender") or {}
    if inner.get("sign") != sender.hex() or (payload.get("recipient") or {}).get("box") != \
            bytes(box_private.public_key).hex():
        raise TamperedBundle("The bundle's signer or recipient does not match its content; nothing was written.")
    return payload
