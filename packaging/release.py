"""Release integrity: SHA256SUMS of the downloads and a detached Ed25519 signature of it (PyNaCl).

The signature is written in minisign's format (`SHA256SUMS.minisig`, public key `kkdesk.pub`), so a
user can check a download with the small, widely packaged `minisign` tool on Windows, macOS or
Linux (`minisign -Vm SHA256SUMS -p kkdesk.pub`), or with `python packaging/release.py verify`.
Keys: `python packaging/release.py keygen KEYFILE` writes KEYFILE (the secret seed, mode 600,
outside the repository) and prints the public key to publish.

Format (https://jedisct1.github.io/minisign/): public key = base64("Ed" + key id[8] + public key[32]);
signature file = untrusted comment, base64("Ed" + key id + Ed25519(file)), "trusted comment: ...",
base64(Ed25519(signature + trusted comment)).
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

DEFAULT_KEY = Path.home() / ".config" / "kkdesk-release" / "minisign.key"
ALG = b"Ed"  # Ed25519 over the file itself (the file signed, SHA256SUMS, is small)


class VerificationFailed(Exception):
    """The signature or a checksum does not match: do not install that download."""


def signing_key_path() -> Path:
    """$KKDESK_SIGNING_KEY, else ~/.config/kkdesk-release/minisign.key (never inside the repository)."""
    return Path(os.environ.get("KKDESK_SIGNING_KEY") or DEFAULT_KEY).expanduser()


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_sums(folder: Path, files: list[Path]) -> Path:
    """folder/SHA256SUMS in the `sha256sum` format ('<hex>  <name>'), readable by sha256sum -c."""
    out = folder / "SHA256SUMS"
    out.write_text("".join(f"{sha256(f)}  {f.name}\n" for f in sorted(files)), encoding="utf-8")
    return out


def _key_id(verify_key: VerifyKey) -> bytes:
    return hashlib.blake2b(bytes(verify_key), digest_size=8).digest()


def keygen(path: Path) -> str:
    """Write a new secret key file (seed and key id, base64) and return the public key line."""
    seed = SigningKey.generate()
    key_id = _key_id(seed.verify_key)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write("kkdesk release signing key (Ed25519 seed); keep it secret, never in the repository\n")
        fh.write(base64.b64encode(key_id + bytes(seed)).decode() + "\n")
    return public_key_text(path)


def _load_secret(path: Path) -> tuple[bytes, SigningKey]:
    raw = base64.b64decode(path.read_text(encoding="ascii").splitlines()[1])
    return raw[:8], SigningKey(raw[8:40])


def public_key_text(secret_path: Path) -> str:
    """The public key file's text (minisign format) for a secret key file."""
    key_id, sk = _load_secret(secret_path)
    line = base64.b64encode(ALG + key_id + bytes(sk.verify_key)).decode()
    return f"untrusted comment: kkdesk release key {key_id[::-1].hex().upper()}\n{line}\n"


def sign_file(path: Path, key_path: Path, trusted: str) -> Path:
    """Write path.minisig (and kkdesk.pub beside it); creates the key on first use and says so."""
    if not key_path.exists():
        print(f"release: no signing key at {key_path}; creating one. Publish this public key:\n"
              + keygen(key_path), file=sys.stderr)
    key_id, sk = _load_secret(key_path)
    signature = sk.sign(path.read_bytes()).signature
    trusted_comment = f"trusted comment: {trusted}".encode()
    global_sig = sk.sign(signature + trusted_comment[len("trusted comment: "):]).signature
    out = path.with_name(path.name + ".minisig")
    out.write_text(
        f"untrusted comment: signature from kkdesk release key {key_id[::-1].hex().upper()}\n"
        + base64.b64encode(ALG + key_id + signature).decode() + "\n"
        + trusted_comment.decode() + "\n"
        + base64.b64encode(global_sig).decode() + "\n", encoding="utf-8")
    (path.parent / "kkdesk.pub").write_text(public_key_text(key_path), encoding="utf-8")
    return out


def verify(sums: Path, pubkey_text: str) -> list[str]:
    """Check sums' signature against the public key, then every file it lists; returns the names."""
    pk = base64.b64decode(pubkey_text.strip().splitlines()[-1])
    sig_lines = sums.with_name(sums.name + ".minisig").read_text(encoding="utf-8").splitlines()
    sig = base64.b64decode(sig_lines[1])
    if sig[:2] != ALG or sig[2:10] != pk[2:10]:
        raise VerificationFailed("the signature was made with another key")
    key = VerifyKey(pk[10:42])
    trusted = sig_lines[2].removeprefix("trusted comment: ").encode()
    try:
        key.verify(sums.read_bytes(), sig[10:74])
        key.verify(sig[10:74] + trusted, base64.b64decode(sig_lines[3]))
    except BadSignatureError:
        raise VerificationFailed("SHA256SUMS does not match its signature") from None
    names = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        target = sums.parent / name.lstrip("*")
        if target.exists():
            if sha256(target) != digest:
                raise VerificationFailed(f"{name} does not match SHA256SUMS")
            names.append(name)
    return names


def main(argv: list[str]) -> int:
    usage = "usage: release.py keygen KEYFILE | pubkey KEYFILE | verify SHA256SUMS kkdesk.pub"
    if len(argv) == 2 and argv[0] == "keygen":
        print(keygen(Path(argv[1])), end="")
    elif len(argv) == 2 and argv[0] == "pubkey":
        print(public_key_text(Path(argv[1])), end="")
    elif len(argv) == 3 and argv[0] == "verify":
        try:
            names = verify(Path(argv[1]), Path(argv[2]).read_text(encoding="utf-8"))
        except VerificationFailed as exc:
            print(f"NOT VERIFIED: {exc}. Do not install this download.", file=sys.stderr)
            return 1
        print("verified: " + (", ".join(names) or "the signature (no listed file is here)"))
    else:
        print(usage, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
