"""Key derivation: Argon2id from the passphrase and the file's own salt, so no sidecar is needed.

SQLCipher stores a random 16-byte salt as the first bytes of the file; we use it as the Argon2id
salt and hand SQLCipher the derived raw key together with that salt, which skips its own PBKDF2.
"""

from __future__ import annotations

import os
import unicodedata

from argon2.low_level import Type, hash_secret_raw

SALT_BYTES = 16
KEY_BYTES = 32
# About 0.35 s on the development machine, around a second on an older field laptop.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 128 * 1024
ARGON2_PARALLELISM = 1
KDF_NAME = f"argon2id-t{ARGON2_TIME_COST}-m{ARGON2_MEMORY_KIB}-p{ARGON2_PARALLELISM}"


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def normalise_passphrase(passphrase: str | bytes | bytearray) -> bytearray:
    """NFC so that the same passphrase typed on another keyboard layout derives the same key.
    A bytearray the caller can wipe (bytes given are taken as UTF-8 already)."""
    if isinstance(passphrase, (bytes, bytearray)):
        passphrase = bytes(passphrase).decode("utf-8")
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def wipe(buffer: bytearray) -> None:
    """Overwrite a mutable buffer in place. Python cannot wipe str or bytes; hold secrets in a
    bytearray where the code can, and wipe it as soon as it is used."""
    for i in range(len(buffer)):
        buffer[i] = 0


def derive_key(passphrase: str | bytearray, salt: bytes) -> bytes:
    """Argon2id key from the passphrase. The UTF-8 copy made here is wiped right after the key is
    derived, and a bytearray passed in is wiped too: the caller's secret lives no longer than needed."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    secret = normalise_passphrase(passphrase)
    try:
        # argon2-cffi takes bytes only and copies them into its own buffer: that short-lived copy
        # cannot be wiped from Python (the README says what stays in memory).
        return hash_secret_raw(
            bytes(secret), salt,
            time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB,
            parallelism=ARGON2_PARALLELISM, hash_len=KEY_BYTES, type=Type.ID,
        )
    finally:
        wipe(secret)
        if isinstance(passphrase, bytearray):
            wipe(passphrase)


def key_pragma_value(key: bytes, salt: bytes) -> str:
    """SQLCipher raw key with explicit salt: x'<64 hex key><32 hex salt>'."""
    return f"x'{key.hex()}{salt.hex()}'"


def read_salt(path: str) -> bytes | None:
    """The salt SQLCipher wrote at the start of the file, or None if the file is too short."""
    try:
        with open(path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_BYTES else None
