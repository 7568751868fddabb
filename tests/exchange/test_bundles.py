"""Two monitors and a coordinator exchange bundles: shuffled order, twice, identical statistics;
conflicts surfaced and resolved; vocabulary sent back; tampering and unknown keys rejected;
acknowledged records purged. Real SQLCipher files throughout (fictional people)."""

from __future__ import annotations

import hashlib
import random

import nacl.signing
import pytest

from kkdesk.errors import InvalidInput
from kkdesk.exchange import (
    NotForThisDatabase,
    PublicKeys,
    TamperedBundle,
    UnknownSender,
    add_peer,
    export_bundle,
    import_bundle,
    list_conflicts,
    own_keys,
    plan_purge,
    purge_exchanged,
    resolve_conflict,
)
from kkdesk.exchange import envelope
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat
from kkdesk.stats import count_by, key_figures
from kkdesk.records import CaseDatabase

PASS = "exchange test passphrase"


@pytest.fixture(scope="module")
def net(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exchange")
    dbs = {name: CaseDatabase.create(folder / f"{name}.kkdb", PASS, actor=name)
           for name in ("m1", "m2", "coord", "coord2")}
    for coord in ("coord", "coord2"):
        for m in ("m1", "m2"):
            add_peer(dbs[coord], m, own_keys(dbs[m]).text)
            add_peer(dbs[m], coord, own_keys(dbs[coord]).text)
    dbs["folder"] = folder
    dbs["bundles"] = []
    yield dbs
    for name in ("m1", "m2", "coord", "coord2"):
        dbs[name].close()


def _incident(cdb, title, date, person_id=None, org_id=None, types=("judicial.detention",), city="almaty"):
    target = Target(person_id=person_id, organisation_id=org_id,
                    threats=[Threat(t, sources=["police"]) for t in types])
    return cdb.incidents.save(Incident(title=title, date=PartialDate.parse(date), city=city, targets=[target]))


def _stats(cdb):
    return (key_figures(cdb), count_by(cdb, ["year", "threat_type"], "threats").rows,
            count_by(cdb, ["year", "month"], "incidents").rows, count_by(cdb, "source", "threats").rows)


def _bundle(net, source, to, name, **kw):
    path = net["folder"] / f"{name}.kkdx"
    for target in ([to] if isinstance(to, str) else to):
        out = path if isinstance(to, str) else net["folder"] / f"{name}-{target}.kkdx"
        export_bundle(net[source], target, out, **kw)
    return path


def test_keys_are_made_once_and_key_text_is_checked(net):
    keys = own_keys(net["m1"])
    assert own_keys(net["m1"]) == keys and PublicKeys.parse(keys.text) == keys
    assert len(keys.fingerprint.split()) == 5
    secret = net["m1"].scalar("SELECT value FROM setting WHERE key = 'exchange.sign_secret'")
    assert secret and bytes.fromhex(secret) not in (net["folder"] / "m1.kkdb").read_bytes()
    typo = keys.text[:-3] + ("a" if keys.text[-3] != "a" else "b") + keys.text[-2:]
    with pytest.raises(InvalidInput, match="checksum"):
        PublicKeys.parse(typo)
    with pytest.raises(InvalidInput, match="own key"):
        add_peer(net["m1"], "me", keys.text)
    with pytest.raises(InvalidInput, match="already registered"):
        add_peer(net["m1"], "again", own_keys(net["coord"]).text)


def test_two_monitors_shuffled_twice_give_identical_statistics(net):
    m1, m2 = net["m1"], net["m2"]
    a = m1.persons.save(Person(name_cyrillic="Тестова Алия", gender="female", categories=["journalist"]))
    b = m1.persons.save(Person(name_latin="Bolat Testov", gender="male"))
    i1 = _incident(m1, "Detention at the court", "2019-06-09", a.id)
    _incident(m1, "Search of the office", "June 2019", b.id, types=("judicial.detention", "judicial.arrest"))
    i3 = _incident(m1, "Summons", "2020", a.id)
    m1.incidents.add_attachment(i1.id, "scan.txt", b"scanned statement")
    b1 = _bundle(net, "m1", ["coord", "coord2"], "b1")
    # Later on monitor 1: one incident edited, one added, one more attachment.
    inc = m1.incidents.get(i3.id)
    inc.title = "Summons to the police"
    m1.incidents.save(inc)
    _incident(m1, "Detention again", "май 2021", b.id)
    m1.incidents.add_attachment(i1.id, "photo.jpg", b"\xff\xd8 photo bytes")
    b2 = _bundle(net, "m1", ["coord", "coord2"], "b2")
    org = m2.organisations.save(Organisation(name="Тестовая коллегия", kind="bar_association"))
    c = m2.persons.save(Person(name_cyrillic="Тестов Ерлан", organisation_id=org.id))
    _incident(m2, "Bar association searched", "May–June 2021", org_id=org.id, types=("physical.attack_on_premises",))
    _incident(m2, "Lawyer detained", "2021-06-02", c.id, city="shymkent")
    b3 = _bundle(net, "m2", ["coord", "coord2"], "b3")
    m2.vocab.add_term("threat_type", "other.drone_surveillance", "Drone surveillance", "Слежка с дронов",
                      parent="psychological")
    _incident(m2, "Drone over the office", "2022-03", c.id, types=("other.drone_surveillance",))
    b4 = _bundle(net, "m2", ["coord", "coord2"], "b4")
    paths = {name: [net["folder"] / f"{name}-{c_}.kkdx" for c_ in ("coord", "coord2")]
             for name in ("b1", "b2", "b3", "b4")}
    rng = random.Random(7)
    for coord, k in (("coord", 0), ("coord2", 1)):
        for _round in range(2):
            order = list(paths)
            rng.shuffle(order)
            for name in order:
                import_bundle(net[coord], paths[name][k])
    expected = {k: key_figures(m1)[k] + key_figures(m2)[k] for k in ("incidents", "threats", "persons", "organisations")}
    figures = key_figures(net["coord"])
    assert {k: figures[k] for k in expected} == expected
    types = {r["threat_type"] for db in (m1, m2) for r in count_by(db, "threat_type", "threats").rows}
    assert figures["threat_types"] == len(types) == 4
    assert _stats(net["coord"]) == _stats(net["coord2"])
    coord = net["coord"]
    assert coord.incidents.count() == 7 and coord.persons.count() == 3
    # The newer version wins whatever the order: the edited title is there.
    assert coord.incidents.get_by_uuid(i3.uuid).title == "Summons to the police"
    assert coord.vocab.label("threat_type", "other.drone_surveillance", "ru") == "Слежка с дронов"
    atts = coord.query("SELECT filename, sha256 FROM attachment ORDER BY filename")
    assert atts == [("photo.jpg", hashlib.sha256(b"\xff\xd8 photo bytes").hexdigest()),
                    ("scan.txt", hashlib.sha256(b"scanned statement").hexdigest())]
    by_type = count_by(coord, "threat_type", "threats")
    assert by_type.value(threat_type="judicial.detention") == 5
    assert not list_conflicts(coord)
    del b1, b2, b3, b4


def test_conflict_is_listed_and_resolved_field_by_field(net):
    m1, coord = net["m1"], net["coord"]
    uuid = m1.query("SELECT uuid FROM incident WHERE title = 'Detention at the court'")[0][0]
    mine = coord.incidents.get_by_uuid(uuid)
    mine.title = "Detention at the city court"
    coord.incidents.save(mine)
    theirs = m1.incidents.get_by_uuid(uuid)
    theirs.title = "Detention outside the court"
    theirs.narrative = "Held for three hours."
    m1.incidents.save(theirs)
    summary = import_bundle(coord, _bundle(net, "m1", "coord", "b5"))
    assert summary.conflicts == 1 and summary.created == 0
    [conflict] = list_conflicts(coord)
    assert conflict.entity == "incident" and conflict.peer == "m1" and conflict.label.startswith("KK-2019-")
    assert conflict.fields == ["narrative", "title"]
    assert coord.incidents.get_by_uuid(uuid).title == "Detention at the city court"  # nothing overwritten
    with pytest.raises(InvalidInput, match="Choose mine or theirs for: narrative"):
        resolve_conflict(coord, conflict.id, {"title": "mine"})
    resolve_conflict(coord, conflict.id, {"title": "mine", "*": "theirs"})
    merged = coord.incidents.get_by_uuid(uuid)
    assert (merged.title, merged.narrative) == ("Detention at the city court", "Held for three hours.")
    assert not list_conflicts(coord)
    assert any(e.action == "merge" for e in coord.history.for_entity(uuid))
    # The coordinator's reply carries the merge (and a renamed term) back; the monitor takes it.
    coord.vocab.update_term("threat_type", "judicial.detention", label_en="Detention (short-term)")
    summary = import_bundle(m1, _bundle(net, "coord", "m1", "r1", records="known"))
    assert summary.conflicts == 0 and summary.acknowledged >= 3
    back = m1.incidents.get_by_uuid(uuid)
    assert (back.title, back.narrative) == ("Detention at the city court", "Held for three hours.")
    assert m1.vocab.label("threat_type", "judicial.detention") == "Detention (short-term)"
    assert m1.incidents.count() == 4  # known records only: nothing of the other monitor's


def test_tampered_and_unknown_bundles_are_rejected_and_change_nothing(net):
    coord = net["coord"]
    m2 = net["m2"]
    _incident(m2, "Unsent yet", "2023", m2.persons.ids()[0])
    path = _bundle(net, "m2", "coord", "b6")
    blob = path.read_bytes()
    before = (coord.incidents.count(), coord.scalar("SELECT count(*) FROM history"),
              coord.scalar("SELECT count(*) FROM exchange_bundle"))
    for pos in (len(blob) // 2, len(blob) - 1, 20, 50):  # ciphertext, last byte, sender key, signature
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        tampered = net["folder"] / "tampered.kkdx"
        tampered.write_bytes(bytes(bad))
        with pytest.raises((TamperedBundle, UnknownSender)) as exc:
            import_bundle(coord, tampered)
        assert "Nothing was written" in str(exc.value)
    stranger = nacl.signing.SigningKey.generate()
    payload = {"format": "kkdesk-bundle", "version": 1, "bundle_id": "x", "sender": {"sign": bytes(
        stranger.verify_key).hex()}, "recipient": {"box": own_keys(coord).box.hex()}, "incidents": []}
    (net["folder"] / "stranger.kkdx").write_bytes(envelope.seal(payload, own_keys(coord).box, stranger))
    with pytest.raises(UnknownSender, match="not registered here"):
        import_bundle(coord, net["folder"] / "stranger.kkdx")
    # Sealed by a registered monitor, but for someone else's key.
    (net["folder"] / "elsewhere.kkdx").write_bytes(envelope.seal(payload, own_keys(net["m1"]).box,
                                                                  nacl.signing.SigningKey(bytes.fromhex(m2.scalar(
                                                                      "SELECT value FROM setting WHERE key ="
                                                                      " 'exchange.sign_secret'")))))
    with pytest.raises(NotForThisDatabase):
        import_bundle(coord, net["folder"] / "elsewhere.kkdx")
    (net["folder"] / "junk.kkdx").write_bytes(b"not a bundle at all" * 20)
    with pytest.raises(envelope.BundleRejected, match="not a kkdesk exchange bundle"):
        import_bundle(coord, net["folder"] / "junk.kkdx")
    assert (coord.incidents.count(), coord.scalar("SELECT count(*) FROM history"),
            coord.scalar("SELECT count(*) FROM exchange_bundle")) == before
    assert import_bundle(coord, path).created == 1  # the untouched file still imports


def test_purge_deletes_only_what_the_coordinator_acknowledged(net):
    m1 = net["m1"]
    # Changed after the last acknowledged bundle: must stay.
    kept = m1.incidents.get(m1.query("SELECT id FROM incident WHERE title = 'Detention again'")[0][0])
    kept.narrative = "A second detention the same month."
    m1.incidents.save(kept)
    plan = plan_purge(m1)
    assert len(plan.incident_ids) == 3 and plan.kept_changed == 1
    with pytest.raises(InvalidInput):
        purge_exchanged(m1)
    gone_uuid = m1.query("SELECT uuid FROM incident WHERE title = 'Summons to the police'")[0][0]
    purge_exchanged(m1, confirm=True)
    assert m1.incidents.count() == 1 and m1.incidents.get(kept.id).narrative.startswith("A second")
    # Persons still named by the kept incident stay; the other person is gone; history redacted.
    assert m1.persons.count() == 1
    assert all(e.changes is None for e in m1.history.for_entity(gone_uuid) if e.action != "delete")
    assert net["coord"].incidents.get_by_uuid(gone_uuid).title == "Summons to the police"


def test_any_flipped_byte_is_rejected(net):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    coord = net["coord"]
    blob = (net["folder"] / "b6.kkdx").read_bytes()  # already imported: a clean copy would say so
    before = coord.scalar("SELECT count(*) FROM history")

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(pos=st.integers(min_value=0, max_value=len(blob) - 1), mask=st.integers(min_value=1, max_value=255))
    def check(pos, mask):
        bad = bytearray(blob)
        bad[pos] ^= mask
        path = net["folder"] / "flipped.kkdx"
        path.write_bytes(bytes(bad))
        with pytest.raises(envelope.BundleRejected):
            import_bundle(coord, path)

    check()
    assert coord.scalar("SELECT count(*) FROM history") == before


def test_attachment_not_matching_its_hash_is_refused(net):
    """A validly signed bundle whose attachment bytes differ from the hash the sender recorded."""
    from kkdesk.exchange import keys as keymod

    m1, coord = net["m1"], net["coord"]
    inc = _incident(m1, "With evidence", "2024-01-05", m1.persons.ids()[0])
    m1.incidents.add_attachment(inc.id, "evidence.txt", b"original evidence")
    path = _bundle(net, "m1", "coord", "b7")
    payload = envelope.open_sealed(path.read_bytes(), keymod.box_private(coord))
    [att] = [a for d in payload["incidents"] for a in d["attachments"]]
    att["data_base64"] = "Y2hhbmdlZCBldmlkZW5jZQ=="  # "changed evidence"
    payload["bundle_id"] = "b7-altered"
    path.write_bytes(envelope.seal(payload, own_keys(coord).box, keymod.signing_key(m1)))
    before = coord.incidents.count(), coord.scalar("SELECT count(*) FROM attachment")
    with pytest.raises(InvalidInput, match="does not match its SHA-256"):
        import_bundle(coord, path)
    assert (coord.incidents.count(), coord.scalar("SELECT count(*) FROM attachment")) == before


def test_person_conflict_and_one_sided_changes(net):
    m2, coord = net["m2"], net["coord"]
    uuid = m2.query("SELECT uuid FROM person WHERE name_cyrillic = 'Тестов Ерлан'")[0][0]
    org_uuid = m2.query("SELECT uuid FROM organisation")[0][0]
    here = coord.persons.get_by_uuid(uuid)
    here.risk_level = "high"
    coord.persons.save(here)
    there = m2.persons.get_by_uuid(uuid)
    there.risk_level, there.notes = "critical", "Moved to another city."
    m2.persons.save(there)
    org = m2.organisations.get_by_uuid(org_uuid)  # changed only on the monitor
    org.notes = "Office searched twice."
    m2.organisations.save(org)
    summary = import_bundle(coord, _bundle(net, "m2", "coord", "b8"))
    assert summary.conflicts == 1 and summary.updated >= 1
    assert coord.organisations.get_by_uuid(org_uuid).notes == "Office searched twice."
    [conflict] = list_conflicts(coord)
    assert conflict.entity == "person" and conflict.label.startswith("P-")
    assert conflict.fields == ["notes", "risk_level"]
    resolve_conflict(coord, conflict.id, {"*": "theirs"})
    merged = coord.persons.get_by_uuid(uuid)
    assert (merged.risk_level, merged.notes) == ("critical", "Moved to another city.")
    # Nothing more to say to the monitor about this person: its version won.
    summary = import_bundle(m2, _bundle(net, "coord", "m2", "r2", records="known"))
    assert summary.conflicts == 0
    assert m2.persons.get_by_uuid(uuid).risk_level == "critical"


_ODD_VALUES = [None, 1, -5, 10**30, "", "x", [], {}, [1], {"a": 1}, True, 2.5, "2019-13-45", "\x00"]


def _mutate(rng, value, depth=0):
    if isinstance(value, dict) and value:
        key = rng.choice(sorted(value))
        if key in ("sender", "recipient", "format", "version"):
            return
        if rng.random() < 0.4 or depth > 6:
            value[key] = rng.choice(_ODD_VALUES)
        else:
            _mutate(rng, value[key], depth + 1)
    elif isinstance(value, list) and value:
        i = rng.randrange(len(value))
        if rng.random() < 0.3 or depth > 6:
            value[i] = rng.choice(_ODD_VALUES)
        else:
            _mutate(rng, value[i], depth + 1)


def test_malformed_content_from_a_registered_peer_never_crashes(net):
    """Signed by a registered monitor but with odd content: a plain error, or a clean import."""
    import json

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from kkdesk.errors import KkdeskError
    from kkdesk.exchange import keys as keymod
    from kkdesk.exchange.records import forget_vocab_cache

    m2, coord = net["m2"], net["coord"]
    path = _bundle(net, "m2", "coord", "b9", resend=True)
    base = envelope.open_sealed(path.read_bytes(), keymod.box_private(coord))

    class Rollback(Exception):
        pass

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(min_value=0, max_value=2**32), mutations=st.integers(min_value=1, max_value=3))
    def check(seed, mutations):
        import random

        rng = random.Random(seed)
        payload = json.loads(json.dumps(base))
        for _ in range(mutations):
            _mutate(rng, payload)
        odd = net["folder"] / "odd.kkdx"
        odd.write_bytes(envelope.seal(payload, own_keys(coord).box, keymod.signing_key(m2)))
        before = coord.incidents.count(), coord.scalar("SELECT count(*) FROM history")
        try:
            with coord.transaction():
                import_bundle(coord, odd)
                raise Rollback
        except (KkdeskError, Rollback):
            pass
        finally:
            forget_vocab_cache(coord)
        assert (coord.incidents.count(), coord.scalar("SELECT count(*) FROM history")) == before

    check()
