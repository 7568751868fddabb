"""Protection casework in a real encrypted database: actions, follow-ups and the agenda, risk
assessments and the person's current level, and what deleting and merging do to all of it."""

from __future__ import annotations

import datetime as dt

import pytest

from kkdesk.errors import InvalidInput, StaleRecord
from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.entities import Person
from kkdesk.store import CaseDatabase
from tests import factories

TODAY = dt.date(2024, 3, 1)


@pytest.fixture
def db(new_db):
    ids = factories.build(new_db)
    return new_db, ids


def test_actions_on_a_person_include_those_on_their_incidents(db):
    cdb, ids = db
    cw = cdb.casework
    on_person = cw.save_action(ProtectionAction("legal_aid", person_id=ids["a"], actor="Коллега Т.",
                                                requested_on="2021-05-03", status="done", outcome="positive"))
    on_incident = cw.save_action(ProtectionAction("urgent_appeal", incident_id=ids["incidents"][0],
                                                  actor_kind="partner", actor="Partner NGO",
                                                  started_on="2017-03-06", status="done", outcome="partial"))
    assert on_person.uuid and on_person.revision == 1 and on_person.created_by == "tester"
    # A is a target of incident 1: the appeal on that incident was done for them too.
    assert [a.id for a in cw.actions(person_id=ids["a"])] == [on_incident.id, on_person.id]
    assert [a.id for a in cw.actions(incident_id=ids["incidents"][0])] == [on_incident.id]
    # C is not a target of incident 1
    assert cw.actions(person_id=ids["c"]) == []


def test_action_validation_refuses_and_writes_nothing(db):
    cdb, ids = db
    cw = cdb.casework
    before = cdb.scalar("SELECT count(*) FROM history")
    bad = [
        ProtectionAction("no_such_type", person_id=ids["a"]),
        ProtectionAction("legal_aid"),                                      # no subject
        ProtectionAction("legal_aid", person_id=99999),                     # unknown subject
        ProtectionAction("legal_aid", person_id=ids["a"], actor_kind="someone"),
        ProtectionAction("legal_aid", person_id=ids["a"], started_on="2021-05-04", ended_on="2021-05-01"),
        ProtectionAction("legal_aid", person_id=ids["a"], requested_on="31.02.2021"),
        ProtectionAction("legal_aid", person_id=ids["a"], status="finished"),
    ]
    for action in bad:
        with pytest.raises(InvalidInput):
            cw.save_action(action)
    assert cdb.scalar("SELECT count(*) FROM protection_action") == 0
    assert cdb.scalar("SELECT count(*) FROM history") == before


def test_updates_bump_revision_refuse_stale_copies_and_are_in_history(db):
    cdb, ids = db
    cw = cdb.casework
    a = cw.save_action(ProtectionAction("trial_monitoring", incident_id=ids["incidents"][2]))
    stale = cw.action(a.id)
    a.status, a.outcome = "done", "no_effect"
    a = cw.save_action(a)
    assert (a.revision, a.status, a.outcome) == (2, "done", "no_effect")
    stale.notes = "edited elsewhere"
    with pytest.raises(StaleRecord):
        cw.save_action(stale)
    changes = [e.changes for e in cdb.history.for_entity(a.uuid)]
    assert changes[0]["action_type"] == "trial_monitoring"
    assert changes[1]["status"] == ["requested", "done"]


def test_agenda_shows_overdue_and_the_next_fourteen_days_under_an_injected_clock(db):
    cdb, ids = db
    cw = cdb.casework
    hearing = cw.save_follow_up(FollowUp("hearing", "2024-03-05", title="Заседание апелляции",
                                         incident_id=ids["incidents"][2], owner="monitor-1"))
    deadline = cw.save_follow_up(FollowUp("appeal_deadline", "2024-02-20", person_id=ids["a"]))
    later = cw.save_follow_up(FollowUp("reassess_risk", "2024-04-30", person_id=ids["c"]))
    done = cw.save_follow_up(FollowUp("family_check", "2024-02-25", person_id=ids["c"], done_on="2024-02-24"))

    agenda = cw.agenda(today=TODAY)
    assert [(i.follow_up.id, i.days_left, i.overdue) for i in agenda] == [
        (deadline.id, -10, True), (hearing.id, 4, False)]
    # a week later the hearing is overdue too; the reassessment is still beyond the window
    assert [i.overdue for i in cw.agenda(today=TODAY + dt.timedelta(days=7))] == [True, True]
    assert later.id not in {i.follow_up.id for i in cw.agenda(today=TODAY)}
    assert done.id not in {i.follow_up.id for i in cw.agenda(today=dt.date(2024, 2, 20))}
    cw.mark_done(deadline.id, on=TODAY)
    assert [i.follow_up.id for i in cw.agenda(today=TODAY)] == [hearing.id]
    # A is a target of incident 3: its hearing is on A's list, with the deadline
    assert {f.id for f in cw.follow_ups(person_id=ids["a"])} == {deadline.id, hearing.id}
    assert [f.id for f in cw.follow_ups(person_id=ids["a"], open_only=True)] == [hearing.id]


def test_follow_ups_need_a_real_day(db):
    cdb, ids = db
    for due in ("", "2024-02-30", "2024-03", "soon"):
        with pytest.raises(InvalidInput):
            cdb.casework.save_follow_up(FollowUp("hearing", due, person_id=ids["a"]))
    assert cdb.scalar("SELECT count(*) FROM follow_up") == 0


def test_follow_up_on_an_action_is_listed_with_its_subject(db):
    cdb, ids = db
    cw = cdb.casework
    act = cw.save_action(ProtectionAction("temporary_relocation", person_id=ids["c"]))
    f = cw.save_follow_up(FollowUp("other", "2024-03-10", title="Продлить жильё", action_id=act.id))
    assert [x.id for x in cw.follow_ups(action_id=act.id)] == [f.id]
    assert [x.id for x in cw.follow_ups(person_id=ids["c"])] == [f.id]


def test_assessments_set_the_current_level_and_keep_the_history(db):
    cdb, ids = db
    cw = cdb.casework
    pid = ids["c"]
    first = cw.save_assessment(RiskAssessment(
        pid, "2023-06-01", "medium", facts="Угрозы по телефону", pattern="Повторяются после публикаций",
        objective="Заставить замолчать", perpetrator="Неизвестные", feasibility="Возможно",
        factors=["threat.direct_threats", "vulnerability.works_alone", "capacity.support_network"],
        reason="Угрозы повторяются"))
    assert cdb.persons.get(pid).risk_level == "medium"
    second = cw.save_assessment(RiskAssessment(pid, "2024-02-01", "high", factors=["threat.surveillance"],
                                               reason="Слежка у дома"))
    assert cdb.persons.get(pid).risk_level == "high"
    # an assessment entered late but dated earlier does not override the latest one
    cw.save_assessment(RiskAssessment(pid, "2022-01-01", "low"))
    assert cdb.persons.get(pid).risk_level == "high"
    assert [r.level for r in cw.assessments(pid)] == ["low", "medium", "high"]
    assert cw.level_at(pid, "2023-12-31") == "medium"
    assert cw.level_at(pid, dt.date(2021, 1, 1)) == "unknown"
    assert first.factors == sorted(first.factors)
    cw.delete_assessment(second.id)
    assert cdb.persons.get(pid).risk_level == "medium"
    with pytest.raises(InvalidInput):
        cw.save_assessment(RiskAssessment(pid, "2024-02-01", "high", factors=["not.a.factor"]))
    with pytest.raises(InvalidInput):
        cw.save_assessment(RiskAssessment(pid, "2024-02-01", "extreme"))


def test_deleting_a_person_takes_their_casework_and_its_text(tmp_path, passphrase):
    path = tmp_path / "c.kkdb"
    with CaseDatabase.create(path, passphrase, actor="t") as cdb:
        p = cdb.persons.save(Person(name_latin="Test Person", name_cyrillic="Тестовая Персона"))
        cw = cdb.casework
        act = cw.save_action(ProtectionAction("medical_help", person_id=p.id, notes="Клиника Секретная-17"))
        cw.save_follow_up(FollowUp("other", "2024-03-10", action_id=act.id, notes="Звонок Секретный-18"))
        cw.save_assessment(RiskAssessment(p.id, "2024-01-01", "high", facts="Факт Секретный-19"))
        uuids = [r[0] for r in cdb.query(
            "SELECT uuid FROM protection_action UNION ALL SELECT uuid FROM follow_up"
            " UNION ALL SELECT uuid FROM risk_assessment")]
        cdb.persons.delete(p.id)
        for table in ("protection_action", "follow_up", "risk_assessment"):
            assert cdb.scalar(f"SELECT count(*) FROM {table}") == 0
        for uid in uuids:
            assert all(e.changes in (None, {}) for e in cdb.history.for_entity(uid))
        dump = "\n".join(str(r) for r in cdb.query("SELECT changes FROM history"))
        assert "Секретн" not in dump


def test_deleting_an_incident_takes_the_casework_on_it(db):
    cdb, ids = db
    cw = cdb.casework
    iid = ids["incidents"][3]
    act = cw.save_action(ProtectionAction("security_measures", incident_id=iid))
    cw.save_follow_up(FollowUp("hearing", "2024-05-01", incident_id=iid))
    keep = cw.save_action(ProtectionAction("legal_aid", person_id=ids["c"]))
    cdb.incidents.delete(iid)
    assert [a.id for a in cw.actions(person_id=ids["c"])] == [keep.id]
    assert cdb.scalar("SELECT count(*) FROM follow_up") == 0
    assert act.uuid not in {r[0] for r in cdb.query("SELECT uuid FROM protection_action")}


def test_merge_moves_casework_and_keeps_the_assessed_level(db):
    cdb, ids = db
    cw = cdb.casework
    dup = cdb.persons.save(Person(name_latin="Maria Ivanova", gender="female"))
    cw.save_action(ProtectionAction("legal_aid", person_id=dup.id))
    cw.save_assessment(RiskAssessment(dup.id, "2024-01-10", "critical"))
    merged = cdb.persons.merge(ids["c"], dup.id)
    assert merged.risk_level == "critical"
    assert [a.action_type for a in cw.actions(person_id=ids["c"])] == ["legal_aid"]
    assert [r.level for r in cw.assessments(ids["c"])] == ["critical"]


def test_casework_vocabularies_have_three_languages(new_db):
    for vocab in ("action_type", "action_status", "action_outcome", "followup_kind", "risk_factor"):
        labels = {lang: new_db.vocab.labels(vocab, lang) for lang in ("en", "ru", "kk")}
        assert labels["en"] and set(labels["en"]) == set(labels["ru"]) == set(labels["kk"]), vocab
        assert all(labels["ru"][c] != labels["en"][c] for c in labels["en"]), vocab
