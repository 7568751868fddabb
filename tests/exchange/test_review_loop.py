"""The review loop between two real encrypted databases (issue 19's "done means"): a monitor submits
in a bundle, the coordinator returns one record with a comment, the monitor fixes and resubmits, the
coordinator verifies; statistics limited to verified change accordingly; both histories show every
step; links travel too. Fictional names."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.exchange import add_peer, export_bundle, import_bundle, own_keys, set_peer_role
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Organisation, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.search import SearchQuery
from kkdesk.stats import count_by
from kkdesk.store.verify import verify

PASS = "review loop passphrase"
VERIFIED = SearchQuery(statuses=["verified"])


@pytest.fixture
def pair(tmp_path):
    mon = CaseDatabase.create(tmp_path / "monitor.kkdb", PASS, actor="monitor-aigerim")
    coord = CaseDatabase.create(tmp_path / "coordinator.kkdb", PASS, actor="coordinator-serik")
    add_peer(coord, "aigerim", own_keys(mon).text)                  # a monitor (the default role)
    add_peer(mon, "office", own_keys(coord).text, role="coordinator")
    yield mon, coord, tmp_path
    mon.close()
    coord.close()


def _send(src, dst, to, folder, name):
    path = folder / f"{name}.kkdx"
    export_bundle(src, to, path)
    return import_bundle(dst, path)


def _steps(cdb, uuid):
    return [(s.step, s.actor) for s in cdb.review.steps(cdb.incidents.id_for_uuid(uuid))]


def test_submit_return_fix_resubmit_verify_between_two_databases(pair):
    mon, coord, folder = pair
    person = mon.persons.save(Person(name_latin="Aliya Testova", gender="female", categories=["journalist"]))
    org = mon.organisations.save(Organisation(name="Test Media"))
    mon.links.link_person_org(person.id, org.id, "employee")
    incs = [mon.incidents.save(Incident(
        title=f"Summons {n}", date=PartialDate(f"2022-0{n}-10"), city="almaty",
        targets=[Target(person_id=person.id, category="journalist",
                        threats=[Threat("judicial.questioning_summons", sources=["police"])])],
        sources=[InfoSource("Vlast.kz")])) for n in (1, 2, 3)]
    mon.links.link_incidents(incs[1].id, incs[0].id, "continuation")
    mon.review.submit([i.id for i in incs[:2]])        # the third stays a draft at the monitor
    # a monitor cannot make its records count by calling them verified
    mon.actor = "monitor-other"
    mon.review.verify([incs[1].id])
    mon.actor = "monitor-aigerim"

    _send(mon, coord, "office", folder, "b1")
    uuids = [i.uuid for i in incs]
    cid = [coord.incidents.id_for_uuid(u) for u in uuids]
    assert [coord.review.state(i) for i in cid] == ["submitted"] * 3     # never verified on arrival
    assert coord.incidents.get(cid[0]).updated_by == "monitor-aigerim"   # the last editor travels
    assert set(coord.review.waiting_for_me()) == set(cid)
    assert _steps(coord, uuids[2]) == [("arrive", "coordinator-serik")]  # a draft there: why it waits
    assert count_by(coord, [], "incidents", VERIFIED).total == 0
    # links came with the records, readable from both ends
    assert [(x.kind, x.other_id, x.outgoing) for x in coord.links.incident_links(cid[0])] == [
        ("continuation", cid[1], False)]
    cp = coord.persons.id_for_uuid(person.uuid)
    assert [x.kind for x in coord.links.person_org_links(person_id=cp)] == ["employee"]

    coord.review.verify([cid[0], cid[2]])
    coord.review.send_back(cid[1], "Which police department? Add a second source.")
    assert count_by(coord, [], "incidents", VERIFIED).total == 2
    assert count_by(coord, [], "threats", VERIFIED).total == 2
    assert count_by(coord, [], "incidents").total == 3               # everything, when not limited

    _send(coord, mon, "aigerim", folder, "b2")
    mid = [mon.incidents.id_for_uuid(u) for u in uuids]
    assert [mon.review.state(i) for i in mid] == ["verified", "returned", "verified"]
    assert mon.review.returned_to_me() == [mid[1]]
    assert mon.review.last_comment([mid[1]])[mid[1]].comment.startswith("Which police department?")

    inc = mon.incidents.get(mid[1])
    inc.narrative = "Summoned by the Almaty city police department."
    inc.sources.append(InfoSource("", "https://www.azattyq.org/a/1"))
    mon.incidents.save(inc)
    mon.review.submit([mid[1]], "Department and a second source added")
    assert mon.incidents.get(mid[1]).corroboration == 2
    _send(mon, coord, "office", folder, "b3")
    assert coord.review.state(cid[1]) == "submitted"
    assert coord.incidents.get(cid[1]).narrative.startswith("Summoned by")
    assert coord.review.waiting_for_me() == [cid[1]]

    coord.review.verify([cid[1]])
    assert count_by(coord, [], "incidents", VERIFIED).total == 3
    assert count_by(coord, [], "threats", VERIFIED).total == 3
    assert count_by(coord, [], "incidents", SearchQuery(statuses=["verified"], min_sources=2)).total == 1
    _send(coord, mon, "aigerim", folder, "b4")
    assert mon.review.state(mid[1]) == "verified"

    # both histories show every step of the returned record
    # (the monitor's own "verification" travelled as a record of what happened: it counted nowhere,
    # and the coordinator noted that the record arrived not as submitted but as verified)
    every = [("submit", "monitor-aigerim"), ("verify", "monitor-other"), ("arrive", "coordinator-serik"),
             ("return", "coordinator-serik"), ("submit", "monitor-aigerim"), ("verify", "coordinator-serik")]
    for cdb in (mon, coord):
        assert _steps(cdb, uuids[1]) == every
        told = [e.changes["review_step"]["step"] for e in cdb.history.for_entity(uuids[1])
                if e.changes and "review_step" in e.changes]
        assert told.count("submit") == 2 and told.count("return") == 1 and "verify" in told
        assert verify(cdb).ok


def test_a_verified_record_edited_by_a_monitor_arrives_for_review_again(pair):
    mon, coord, folder = pair
    inc = mon.incidents.save(Incident(title="Fine", date=PartialDate("2021"), city="astana"))
    mon.review.submit([inc.id])
    _send(mon, coord, "office", folder, "c1")
    cid = coord.incidents.id_for_uuid(inc.uuid)
    coord.review.verify([cid])
    _send(coord, mon, "aigerim", folder, "c2")
    edited = mon.incidents.get(inc.id)
    assert edited.review == "verified"
    edited.title = "Fine of 100 MCI"
    assert mon.incidents.save(edited).review == "submitted"     # an unchecked edit stops counting
    _send(mon, coord, "office", folder, "c3")
    assert coord.review.state(cid) == "submitted"
    assert coord.incidents.get(cid).status == "draft"


def test_the_coordinator_role_is_set_and_refused_when_unknown(pair):
    mon, coord, _ = pair
    with pytest.raises(InvalidInput):
        set_peer_role(coord, "aigerim", "boss")
    assert set_peer_role(coord, "aigerim", "coordinator").role == "coordinator"


def test_a_conflict_resolved_with_the_monitors_content_on_a_verified_record_is_reviewed_again(pair):
    import json

    from kkdesk.exchange import list_conflicts, resolve_conflict
    from kkdesk.importer.json_import import import_json
    from kkdesk.reports import export

    mon, coord, folder = pair
    inc = mon.incidents.save(Incident(title="Detention", date=PartialDate("2023-03"), city="almaty"))
    mon.review.submit([inc.id])
    _send(mon, coord, "office", folder, "d1")
    cid = coord.incidents.id_for_uuid(inc.uuid)
    coord.review.verify([cid])
    # the office corrects its copy through an import (no editor: it stays verified)...
    export(coord, "json", folder / "office.json", "full")
    data = json.loads((folder / "office.json").read_text(encoding="utf-8"))
    data["incidents"][0].update(narrative="Held for 10 days.", revision=data["incidents"][0]["revision"] + 1)
    (folder / "office.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_json(coord, folder / "office.json")
    assert coord.review.state(cid) == "verified"
    # ...while the monitor changes the same record: a conflict at the office
    edited = mon.incidents.get(inc.id)
    edited.narrative = "Held for 15 days."
    mon.incidents.save(edited)
    _send(mon, coord, "office", folder, "d2")
    [conflict] = [c for c in list_conflicts(coord) if c.entity == "incident"]
    resolve_conflict(coord, conflict.id, {"*": "theirs"})
    merged = coord.incidents.get(cid)
    assert merged.narrative == "Held for 15 days."
    assert (merged.review, merged.status) == ("submitted", "draft")     # nobody here checked that content
    assert verify(coord).ok
