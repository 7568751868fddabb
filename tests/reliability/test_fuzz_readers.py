"""Fuzzed bundles and JSON exports: only plain KkdeskErrors come out, and a refused file writes
nothing. Byte-level damage is caught by the signature; content-level damage is sealed and signed
with the real keys, so the record readers behind the signature are what is fuzzed.
"""

from __future__ import annotations

import copy
import json
import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kkdesk.errors import KkdeskError
from kkdesk.records import CaseDatabase
from tests import factories

exchange = pytest.importorskip("kkdesk.exchange")
from kkdesk.exchange import envelope, keys  # noqa: E402

PASS = "fuzz the readers"
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=True) |
    st.text(max_size=40) | st.sampled_from(["", "\x00", "=1+1", "9999-99-99", "2021-02-30", "a" * 5000]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)


@pytest.fixture(scope="module")
def net(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    mon = CaseDatabase.create(folder / "mon.kkdb", PASS)
    coord = CaseDatabase.create(folder / "coord.kkdb", PASS)
    exchange.ensure_keys(mon)
    exchange.ensure_keys(coord)
    exchange.add_peer(coord, "monitor", exchange.own_keys(mon).text)
    exchange.add_peer(mon, "coordinator", exchange.own_keys(coord).text)
    factories.build(mon)
    path = folder / "good.kkdx"
    exchange.export_bundle(mon, "coordinator", path)
    good = path.read_bytes()
    _, payload = exchange.read_bundle(coord, path)
    yield {"folder": folder, "mon": mon, "coord": coord, "good": good, "payload": payload}
    mon.close()
    coord.close()


def _state(cdb) -> tuple:
    return tuple(cdb.scalar(f"SELECT count(*) FROM {t}") for t in
                 ("incident", "person", "organisation", "threat", "history", "exchange_bundle", "exchange_conflict"))


def _import(net, blob: bytes, name: str):
    path = net["folder"] / name
    path.write_bytes(blob)
    before = _state(net["coord"])
    try:
        exchange.import_bundle(net["coord"], path)
    except KkdeskError as exc:
        assert "Traceback" not in str(exc)
        assert _state(net["coord"]) == before, "a refused bundle wrote something"
        assert not net["coord"].in_transaction
        return False
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1, max_size=4),
       cut=st.one_of(st.none(), st.integers(0, 10**6)), junk=st.binary(max_size=16))
def test_damaged_bundle_bytes_are_refused_and_write_nothing(net, flips, cut, junk):
    blob = bytearray(net["good"])
    for pos, x in flips:
        blob[pos % len(blob)] ^= x
    if cut is not None:
        blob = blob[:cut % len(blob)]
    blob = bytes(blob) + junk
    assume(blob != net["good"])  # two flips of one byte can cancel out
    assert not _import(net, blob, "damaged.kkdx")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), value=JSON_VALUES, mode=st.sampled_from(["replace", "drop", "duplicate"]))
def test_signed_bundles_with_hostile_content_fail_plainly(net, seed, value, mode):
    rng = random.Random(seed)
    payload = copy.deepcopy(net["payload"])
    payload["bundle_id"] = f"fuzz-{seed}-{rng.random()}"  # a new bundle each time, not "already imported"
    lists = [k for k, v in payload.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
    key = rng.choice(lists)
    record = rng.choice(payload[key])
    field = rng.choice(sorted(record))
    if mode == "replace":
        record[field] = value
    elif mode == "drop":
        del record[field]
    else:
        payload[key].append(copy.deepcopy(record))
    mon, coord = net["mon"], net["coord"]
    blob = envelope.seal(payload, exchange.own_keys(coord).box, keys.signing_key(mon))
    _import(net, blob, "hostile.kkdx")  # success or a plain refusal; both checked inside


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), value=JSON_VALUES)
def test_fuzzed_json_exports_fail_plainly_and_write_nothing(net, tmp_path_factory, seed, value):
    from kkdesk.importer.json_import import import_json
    from kkdesk.reports import export_json

    if "export" not in net:
        net["export"] = json.loads(export_json.dumps(export_json.build(net["mon"])))
    rng = random.Random(seed)
    data = copy.deepcopy(net["export"])
    lists = [k for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
    if lists and rng.random() < 0.9:
        record = rng.choice(data[rng.choice(lists)])
        record[rng.choice(sorted(record))] = value
    else:
        data[rng.choice(sorted(data))] = value
    path = net["folder"] / "fuzz.json"
    path.write_text(json.dumps(data, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    target = net["coord"]
    before = _state(target)
    try:
        import_json(target, path)
    except KkdeskError as exc:
        assert "Traceback" not in str(exc)
        assert _state(target) == before, "a refused import wrote something"


def test_the_fuzz_harness_seals_bundles_the_reader_accepts(net):
    """Without a change, a re-sealed payload imports: the fuzz above reaches the record readers."""
    payload = copy.deepcopy(net["payload"])
    payload["bundle_id"] = "harness-check"
    blob = envelope.seal(payload, exchange.own_keys(net["coord"]).box, keys.signing_key(net["mon"]))
    assert _import(net, blob, "harness.kkdx")
