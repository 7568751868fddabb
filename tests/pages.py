"""Read a SQLCipher 4 file page by page, decrypted with the key, independent of SQLite.

Used to prove that deleted text is really gone: SQLite's own queries only show live rows, while an
adversary with the key could read free pages, freelist leftovers and WAL frames directly.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 per page (SQLCipher 4 defaults)
SALT = 16


def raw_key(cdb) -> bytes:
    """The 32-byte key of an open CaseDatabase (from its PRAGMA key value x'<key><salt>')."""
    return bytes.fromhex(cdb._key_value[2:2 + 64])


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    offset = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = page[offset:PAGE - RESERVE]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_bytes(path: str, key: bytes) -> bytes:
    """Every page of the database file and every frame of its WAL, decrypted and concatenated."""
    out = bytearray()
    with open(path, "rb") as fh:
        data = fh.read()
    for n in range(0, len(data) - PAGE + 1, PAGE):
        out += decrypt_page(data[n:n + PAGE], key, first=(n == 0))
    wal = path + "-wal"
    if os.path.exists(wal):
        with open(wal, "rb") as fh:
            w = fh.read()
        pos = 32  # WAL header
        while pos + 24 + PAGE <= len(w):
            pgno = int.from_bytes(w[pos:pos + 4], "big")
            out += decrypt_page(w[pos + 24:pos + 24 + PAGE], key, first=(pgno == 1))
            pos += 24 + PAGE
    return bytes(out)


def encodings(name: str) -> list[bytes]:
    return [name.encode("utf-8"), name.encode("utf-16-le"), name.encode("utf-16-be")]
