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
# Limits of what a signed bundle may unpack to. A registered peer is trusted to send records, not to
# be free of bugs or of someone else holding its key: nothing it sends may exhaust memory or crash.
MAX_PAYLOAD_BYTES = 1536 * 1024 * 1024  # attachments travel as base64 inside the JSON
MAX_RATIO = 64             # JSON of records compresses 5-15 times; zlib bombs about 1000 times
MIN_RATIO_ALLOWANCE = 64 * 1024 * 1024  # small bundles may unpack to this much regardless of ratio
MAX_DEPTH = 16             # the deepest real record (incident > targets > threats > articles) is 6
MAX_INT = 2 ** 53          # revisions, sizes, years: JSON-safe integers only
MAX_NUMBER_DIGITS = 40     # longer numbers are not parsed at all (int() of 10**6 digits is slow)
_CHUNK = 1024 * 1024
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


_UNREADABLE = "bundle.unreadable"


def inflate(compressed: bytes) -> bytes:
    """Decompress in chunks, refusing as soon as the output passes the cap: a zlib bomb is stopped
    after at most the cap is unpacked, never expanded in full."""
    cap = min(MAX_PAYLOAD_BYTES, max(MIN_RATIO_ALLOWANCE, MAX_RATIO * len(compressed)))
    d = zlib.decompressobj()
    out = bytearray()
    data = compressed
    try:
        while True:
            out += d.decompress(data, _CHUNK)
            if len(out) > cap:
                raise BundleRejected("bundle.bomb")
            data = d.unconsumed_tail
            if not data:
                break
        out += d.flush()
    except zlib.error:
        raise BundleRejected(_UNREADABLE) from None
    if len(out) > cap or not d.eof:
        raise BundleRejected(_UNREADABLE)
    return bytes(out)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError("number too long")
    return int(text)


def _parse_constant(text: str):
    raise ValueError("NaN and Infinity are not JSON")


def parse_payload(data: bytes) -> dict:
    """JSON within limits: nesting depth, integer range, no NaN; a plain BundleRejected otherwise."""
    try:
        payload = json.loads(data.decode("utf-8"), parse_int=_parse_int, parse_constant=_parse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        raise BundleRejected(_UNREADABLE) from None
    if not isinstance(payload, dict):
        raise BundleRejected("bundle.not_bundle_content")
    _check_shape(payload)
    return payload


def _check_shape(payload: dict) -> None:
    """Walk the parsed value without recursion: depth and integer range within limits."""
    stack = [(payload, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BundleRejected("bundle.too_deep")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, int) and not isinstance(value, bool) and not -MAX_INT <= value <= MAX_INT:
            raise BundleRejected("bundle.number_range")


def seal(payload: dict, recipient_box: bytes, signing_key: nacl.signing.SigningKey) -> bytes:
    data = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    ciphertext = nacl.public.SealedBox(nacl.public.PublicKey(recipient_box)).encrypt(data)
    sender = bytes(signing_key.verify_key)
    signature = signing_key.sign(MAGIC + sender + ciphertext).signature
    return MAGIC + sender + signature + ciphertext


def sender_of(blob: bytes) -> bytes:
    """The sender's verify key written in the file (not yet verified)."""
    if len(blob) < len(MAGIC) + 96 + 48 or not blob.startswith(MAGIC):
        raise BundleRejected("bundle.not_bundle")
    return blob[8:40]


def open_sealed(blob: bytes, box_private: nacl.public.PrivateKey) -> dict:
    """Verify the signature, then decrypt and parse. The caller has checked the sender is known."""
    sender, signature, ciphertext = blob[8:40], blob[40:104], blob[104:]
    try:
        nacl.signing.VerifyKey(sender).verify(MAGIC + sender + ciphertext, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        raise TamperedBundle("bundle.tampered") from None
    try:
        compressed = nacl.public.SealedBox(box_private).decrypt(ciphertext)
    except nacl.exceptions.CryptoError:
        raise NotForThisDatabase("bundle.not_for_us") from None
    payload = parse_payload(inflate(compressed))
    if payload.get("format") != FORMAT:
        raise BundleRejected("bundle.not_bundle_content")
    if payload.get("version") != VERSION:
        raise BundleRejected("bundle.version", found=repr(payload.get("version")), version=str(VERSION))
    inner = payload.get("sender") or {}
    if inner.get("sign") != sender.hex() or (payload.get("recipient") or {}).get("box") != \
            bytes(box_private.public_key).hex():
        raise TamperedBundle("bundle.mismatch")
    return payload
