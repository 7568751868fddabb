"""Casework travels: a monitor's actions, follow-ups and risk assessments reach the coordinator in a
bundle, update there, conflict when both sides change them, and import back from a JSON export."""

from __future__ import annotations

import pytest

from kkdesk.exchange import add_peer, export_bundle, import_bundle, list_conflicts, own_keys, resolve_conflict
from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase

PASS = "casework exchange passphrase"


@pytest.fixture
def pair(tmp_path):
    m = CaseDatabase.create(tmp_path / "monitor.kkdb", PASS, actor="monitor-1")
    c = CaseDatabase.create(tmp_path / "coord.kkdb", PASS, actor="coordinator")
    add_peer(c, "monitor-1", own_keys(m).text)
    add_peer(m, "coord", own_keys(c).text)
    yield m, c, tmp_path
    m.close()
    c.close()


def _casework(m):
    p = m.persons.save(Person(name_latin="Aidana Testova", name_cyrillic="Айдана Тестова", gender="female"))
    inc = m.incidents.save(Incident(title="Обыск у адвоката", date=PartialDate("2024-01-10"), city="almaty",
                                    targets=[Target(person_id=p.id, threats=[Threat("judicial.search", ["police"])])]))
    act = m.casework.save_action(ProtectionAction("legal_aid", incident_id=inc.id, person_id=p.id,
                                                  actor_kind="partner", actor="Partner Bar", started_on="2024-01-12",
                                                  status="in_progress"))
    m.casework.save_follow_up(FollowUp("hearing", "2024-02-01", title="Заседание", action_id=act.id, owner="monitor-1"))
    m.casework.save_assessment(RiskAssessment(p.id, "2024-01-15", "high", facts="Обыск и угрозы",
                                              factors=["threat.judicial_harassment"]))
    return p, inc, act


def _send(src, dst, to, folder, name):
    path = folder / name
    export_bundle(src, to, path)
    return import_bundle(dst, path)


def test_a_bundle_carries_casework_and_its_links(pair):
    m, c, folder = pair
    p, inc, act = _casework(m)
    summary = _send(m, c, "coord", folder, "b1.kkbundle")
    assert summary.conflicts == 0
    cp = c.persons.get_by_uuid(p.uuid)
    cinc = c.incidents.id_for_uuid(inc.uuid)
    actions = c.casework.actions(person_id=cp.id)
    assert [(a.uuid, a.incident_id, a.person_id, a.actor, a.status) for a in actions] == [
        (act.uuid, cinc, cp.id, "Partner Bar", "in_progress")]
    assert actions[0].created_by == "monitor-1"
    [f] = c.casework.follow_ups(action_id=actions[0].id)
    assert (f.kind, f.due_on, f.title) == ("hearing", "2024-02-01", "Заседание")
    assert [r.level for r in c.casework.assessments(cp.id)] == ["high"]
    assert cp.risk_level == "high"
    # the same bundle twice, or nothing new, changes nothing
    assert _send(m, c, "coord", folder, "b2.kkbundle").created == 0


def test_an_update_travels_and_a_change_on_both_sides_is_a_conflict(pair):
    m, c, folder = pair
    p, inc, act = _casework(m)
    _send(m, c, "coord", folder, "b1.kkbundle")
    mine = m.casework.action(act.id)
    mine.status, mine.outcome = "done", "positive"
    m.casework.save_action(mine)
    _send(m, c, "coord", folder, "b2.kkbundle")
    theirs = c.casework.get_by_uuid("protection_action", act.uuid)
    assert (theirs.status, theirs.outcome) == ("done", "positive")
    # both change the notes
    theirs.notes = "Coordinator's note"
    c.casework.save_action(theirs)
    mine = m.casework.action(act.id)
    mine.notes = "Monitor's note"
    m.casework.save_action(mine)
    summary = _send(m, c, "coord", folder, "b3.kkbundle")
    assert summary.conflicts == 1
    [conflict] = list_conflicts(c)
    assert conflict.entity == "protection_action" and conflict.fields == ["notes"]
    resolve_conflict(c, conflict.id, {"notes": "theirs"})
    assert c.casework.get_by_uuid("protection_action", act.uuid).notes == "Monitor's note"


def test_casework_pointing_at_a_record_that_is_not_here_is_refused(pair):
    m, c, folder = pair
    p, inc, act = _casework(m)
    from kkdesk.errors import InvalidInput
    from kkdesk.exchange.records import WRITERS, load

    d = load(m, "follow_up", m.casework.follow_ups(action_id=act.id)[0].uuid)
    before = c.scalar("SELECT count(*) FROM follow_up")
    with pytest.raises(InvalidInput, match="neither in the file nor in the database"):
        with c.transaction():
            WRITERS["follow_up"](c, d)
    assert c.scalar("SELECT count(*) FROM follow_up") == before
