"""Signed bundles from a registered peer are parsed within limits: a deep JSON, a huge integer, a
zlib bomb or any fuzzed content gives a plain error and writes nothing, never a traceback."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import nacl.public
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkdesk.errors import KkdeskError
from kkdesk.exchange import add_peer, export_bundle, import_bundle, own_keys
from kkdesk.exchange import envelope
from kkdesk.exchange import keys as keymod
from kkdesk.exchange.records import forget_vocab_cache
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident
from kkdesk.records import CaseDatabase

ROOT = Path(__file__).resolve().parents[2]
PASS = "bundle limits passphrase"


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("limits")
    mon = CaseDatabase.create(folder / "mon.kkdb", PASS, actor="mon")
    coord = CaseDatabase.create(folder / "coord.kkdb", PASS, actor="coord")
    add_peer(coord, "mon", own_keys(mon).text)
    add_peer(mon, "coord", own_keys(coord).text)
    mon.incidents.save(Incident(title="Limits sample", date=PartialDate.parse("2020-03-04"), city="almaty"))
    path = folder / "base.kkdx"
    export_bundle(mon, "coord", path)
    base = envelope.open_sealed(path.read_bytes(), keymod.box_private(coord))
    yield {"mon": mon, "coord": coord, "folder": folder, "base": base}
    mon.close()
    coord.close()


def _signed_raw(pair, data: bytes) -> bytes:
    """Seal arbitrary (already compressed) bytes to the coordinator and sign them as the monitor."""
    sk = keymod.signing_key(pair["mon"])
    ct = nacl.public.SealedBox(nacl.public.PublicKey(own_keys(pair["coord"]).box)).encrypt(data)
    sender = bytes(sk.verify_key)
    return envelope.MAGIC + sender + sk.sign(envelope.MAGIC + sender + ct).signature + ct


def _state(cdb):
    return (cdb.scalar("SELECT count(*) FROM incident"), cdb.scalar("SELECT count(*) FROM history"),
            cdb.scalar("SELECT count(*) FROM exchange_bundle"))


def _refused(pair, blob: bytes, match: str) -> None:
    coord = pair["coord"]
    path = pair["folder"] / "odd.kkdx"
    path.write_bytes(blob)
    before = _state(coord)
    with pytest.raises(envelope.BundleRejected, match=match):
        import_bundle(coord, path)
    assert _state(coord) == before


def test_200000_deep_json_is_refused_plainly(pair):
    deep = b'{"format":"kkdesk-bundle","version":1,"x":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    _refused(pair, _signed_raw(pair, zlib.compress(deep)), "not readable|nested deeper")
    shallow_but_deep = {**pair["base"], "terms": json.loads("[" * 40 + "]" * 40)}
    _refused(pair, _signed_raw(pair, zlib.compress(json.dumps(shallow_but_deep).encode())), "nested deeper")


def test_revision_2_to_the_70_is_refused_plainly(pair):
    payload = json.loads(json.dumps(pair["base"]))
    payload["incidents"][0]["revision"] = 2 ** 70
    blob = envelope.seal(payload, own_keys(pair["coord"]).box, keymod.signing_key(pair["mon"]))
    _refused(pair, blob, "number outside the range")
    text = json.dumps(pair["base"]).replace('"revision": 1', '"revision": ' + "9" * 5000, 1).encode()
    _refused(pair, _signed_raw(pair, zlib.compress(text)), "not readable")
    _refused(pair, _signed_raw(pair, zlib.compress(json.dumps(pair["base"]).replace(
        '"revision": 1', '"revision": NaN', 1).encode())), "not readable")


def zlib_bomb(mib: int) -> bytes:
    """A valid zlib stream of `mib` MiB of zeros, built from repeated flushed deflate blocks (1 s
    instead of 25 s of compressing)."""
    zeros = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(mib):
        adler = zlib.adler32(zeros, adler)
    return b"\x78\xda" + first + block * (mib - 1) + end + struct.pack(">I", adler)


def test_a_1_5_gb_zlib_bomb_is_refused_without_unpacking_it(pair):
    bomb = zlib_bomb(1536)
    assert len(bomb) < 2 * 1024 * 1024
    d = zlib.decompressobj()  # the stream is valid: its first MiB unpacks to zeros
    assert d.decompress(bomb, 1 << 20) == b"\0" * (1 << 20)
    tracemalloc.start()
    try:
        _refused(pair, _signed_raw(pair, bomb), "compression bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The cap for a 1.5 MB body is 64 MiB of output (128 MiB with the bytearray's growth): far below
    # the 1.5 GB the bomb would unpack to.
    assert peak < 300 * 1024 * 1024


def test_cli_reports_a_malformed_signed_bundle_in_one_line(pair, tmp_path):
    deep = b'{"a":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    path = tmp_path / "deep.kkdx"
    path.write_bytes(_signed_raw(pair, zlib.compress(deep)))
    coord_path = pair["folder"] / "coord.kkdb"
    pair["coord"].close()
    try:
        env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-m", "kkdesk", "bundle", "import", str(coord_path), str(path)],
                             capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=120)
    finally:
        pair["coord"] = CaseDatabase.open(coord_path, PASS, actor="coord")
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and out.stderr.startswith("kkdesk: ") and out.stderr.count("\n") == 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2 ** 80, max_value=2 ** 80) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=30)

_FIELDS = ["terms", "organisations", "persons", "incidents", "acknowledged", "bundle_id"]


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_signed_bundles_never_crash_and_write_all_or_nothing(pair, data):
    """Signed by the registered monitor, content drawn by hypothesis: replace a top-level part, a
    record field, or the whole JSON text; the import either succeeds or refuses plainly."""
    coord = pair["coord"]
    payload = json.loads(json.dumps(pair["base"]))
    kind = data.draw(st.sampled_from(["top", "record", "text"]))
    if kind == "top":
        payload[data.draw(st.sampled_from(_FIELDS))] = data.draw(_json)
    elif kind == "record":
        record = payload["incidents"][0]
        record[data.draw(st.sampled_from(sorted(record) + ["extra"]))] = data.draw(_json)
    payload["bundle_id"] = payload["bundle_id"] if kind != "top" else payload.get("bundle_id")
    if kind == "text":
        raw = data.draw(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
    else:
        raw = json.dumps(payload).encode()
    path = pair["folder"] / "fuzz.kkdx"
    path.write_bytes(_signed_raw(pair, zlib.compress(raw)))
    before = _state(coord)

    class Rollback(Exception):
        pass

    try:
        with coord.transaction():  # roll every successful import back, so examples stay independent
            import_bundle(coord, path)
            raise Rollback
    except (KkdeskError, Rollback):
        pass
    finally:
        forget_vocab_cache(coord)
    assert _state(coord) == before
    assert coord.query("PRAGMA integrity_check") == [("ok",)]
