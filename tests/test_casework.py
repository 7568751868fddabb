"""Protection casework in a real encrypted database: actions, follow-ups and the agenda, risk
assessments and the person's current level, and what deleting and merging do to all of it."""

from __future__ import annotations

import datetime as dt

import pytest

from kkdesk.errors import InvalidInput, StaleRecord
from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.entities import Person
from kkdesk.records import CaseDatabase
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


def test_casework_statistics_count_actions_response_time_follow_ups_and_levels(db):
    from kkdesk.stats import casework as cstats

    cdb, ids = db
    cw = cdb.casework
    inc1, inc4 = ids["incidents"][0], ids["incidents"][3]          # 2017-03-05 (A, B) and 2021-06-15 (C)
    cw.save_action(ProtectionAction("urgent_appeal", incident_id=inc1, requested_on="2017-03-08",
                                    status="done", outcome="positive"))
    cw.save_action(ProtectionAction("legal_aid", person_id=ids["a"], started_on="2017-03-06",
                                    status="done", outcome="partial"))
    cw.save_action(ProtectionAction("legal_aid", person_id=ids["c"], requested_on="2021-06-25", outcome="positive"))
    cw.save_action(ProtectionAction("statement", person_id=ids["c"], requested_on="2021-07"))  # only the month
    table = cstats.actions_by(cdb, ["action_type", "outcome"])
    assert table.unit == "actions" and table.total == 4
    assert table.value(action_type="legal_aid", outcome="positive") == 1
    assert table.value(action_type="legal_aid", outcome="partial") == 1
    assert cstats.actions_by(cdb, "year", "2021", "2021").rows == [{"year": 2021, "count": 2}]
    assert cstats.actions_by(cdb, "action_type", "2021-07", "2021-07").rows == [{"action_type": "statement", "count": 1}]

    speed = cstats.time_to_first_action(cdb)
    # incidents known to the day: 1 (first action 1 day later, through A) and 4 (10 days later)
    assert (speed.incidents, speed.with_action, speed.median_days, speed.max_days) == (2, 2, 5.5, 10)
    assert cstats.time_to_first_action(cdb, "2021", "2021").median_days == 10.0

    cw.save_follow_up(FollowUp("hearing", "2024-02-10", person_id=ids["a"], done_on="2024-02-09"))
    cw.save_follow_up(FollowUp("hearing", "2024-02-11", person_id=ids["a"], done_on="2024-02-15"))
    cw.save_follow_up(FollowUp("appeal_deadline", "2024-02-20", person_id=ids["a"]))
    cw.save_follow_up(FollowUp("reassess_risk", "2024-03-20", person_id=ids["a"]))
    follow = cstats.follow_ups_on_time(cdb, "2024", "2024", today=TODAY)
    assert {r["state"]: r["count"] for r in follow.rows} == {"on_time": 1, "late": 1, "overdue": 1, "open": 1}
    assert follow.unit == "follow-ups"

    cw.save_assessment(RiskAssessment(ids["c"], "2023-01-01", "medium"))
    cw.save_assessment(RiskAssessment(ids["c"], "2024-01-01", "critical"))
    now = {r["risk_level"]: r["count"] for r in cstats.persons_by_risk_level(cdb).rows}
    assert now == {"unknown": 1, "high": 1, "critical": 1}        # A was set "high" by hand
    then = {r["risk_level"]: r["count"] for r in cstats.persons_by_risk_level(cdb, "2023-06").rows}
    assert then == {"unknown": 2, "medium": 1}


def test_agenda_and_casework_stats_on_the_command_line(tmp_path, passphrase, monkeypatch, capsys):
    import json

    from kkdesk.cli import main

    path = tmp_path / "cli.kkdb"
    with CaseDatabase.create(path, passphrase, actor="t") as cdb:
        ids = factories.build(cdb)
        cdb.casework.save_follow_up(FollowUp("hearing", "2024-03-05", title="Апелляция", person_id=ids["a"]))
        cdb.casework.save_follow_up(FollowUp("appeal_deadline", "2024-02-20", incident_id=ids["incidents"][1]))
        cdb.casework.save_action(ProtectionAction("legal_aid", person_id=ids["a"], requested_on="2024-02-01"))
    monkeypatch.setenv("KKDESK_PASSPHRASE", passphrase)
    assert main(["agenda", str(path), "--today", "2024-03-01", "--json", "--lang", "ru"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["due_on"], r["overdue"], r["kind_label"]) for r in rows] == [
        ("2024-02-20", True, "Срок подачи апелляции"), ("2024-03-05", False, "Судебное заседание")]
    assert rows[1]["about"] == factories.ZHOVTIS[1]
    assert main(["agenda", str(path), "--today", "2024-03-01"]) == 0
    text = capsys.readouterr().out
    assert "OVERDUE 10 d" in text and "in 4 d" in text
    assert main(["agenda", str(path), "--today", "1.3.2024"]) == 2
    assert "--today must be a day" in capsys.readouterr().err
    assert main(["casework-stats", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["actions"]["total"] == 1 and out["follow_ups"]["unit"] == "follow-ups"


def test_json_export_round_trip_carries_casework_and_de_identifies_it(tmp_path, passphrase):
    from kkdesk.importer.json_import import check_export, import_json
    from kkdesk.reports import export_json

    src = CaseDatabase.create(tmp_path / "src.kkdb", passphrase, actor="monitor-1")
    ids = factories.build(src)
    act = src.casework.save_action(ProtectionAction("legal_aid", incident_id=ids["incidents"][0], actor="Коллега Т.",
                                                    notes=f"Встреча с {factories.ZHOVTIS[1]}"))
    src.casework.save_follow_up(FollowUp("hearing", "2024-03-05", action_id=act.id, title="Заседание"))
    src.casework.save_assessment(RiskAssessment(ids["c"], "2024-01-01", "critical", facts="Слежка"))
    full = export_json.build(src, "full")
    assert full["counts"]["protection_actions"] == 1 and full["counts"]["risk_assessments"] == 1
    path = tmp_path / "export.json"
    path.write_bytes(export_json.dumps(full))
    check_export(full)
    with CaseDatabase.create(tmp_path / "dst.kkdb", passphrase, actor="coordinator") as dst:
        result = import_json(dst, path)
        assert result.created["protection_actions"] == 1 and result.created["follow_ups"] == 1
        pid = dst.persons.id_for_uuid(src.persons.get(ids["c"]).uuid)
        assert dst.persons.get(pid).risk_level == "critical"
        [a] = dst.casework.actions(incident_id=dst.incidents.id_for_uuid(src.incidents.get(ids["incidents"][0]).uuid))
        assert (a.uuid, a.notes, a.created_by) == (act.uuid, act.notes, "monitor-1")
        assert import_json(dst, path).created["protection_actions"] == 0       # again: nothing doubles
    pseudo = export_json.build(src, "pseudonymised")
    text = export_json.dumps(pseudo).decode("utf-8")
    assert factories.ZHOVTIS[1] not in text and "Коллега Т." not in text
    assert pseudo["protection_actions"][0]["notes"].startswith("Встреча с ")
    public = export_json.build(src, "public")
    assert public["protection_actions"] == public["follow_ups"] == public["risk_assessments"] == []
    src.close()


def test_csv_and_xlsx_exports_carry_casework_sheets(tmp_path, passphrase):
    import openpyxl

    from kkdesk.reports import export

    with CaseDatabase.create(tmp_path / "x.kkdb", passphrase, actor="m") as cdb:
        ids = factories.build(cdb)
        act = cdb.casework.save_action(ProtectionAction("legal_aid", incident_id=ids["incidents"][0],
                                                        actor="Коллега Т.", started_on="2017-03-06",
                                                        notes=f"Встреча с {factories.ZHOVTIS[1]}"))
        cdb.casework.save_follow_up(FollowUp("hearing", "2024-03-05", action_id=act.id, title="Заседание"))
        cdb.casework.save_assessment(RiskAssessment(ids["c"], "2024-01-01", "critical", facts="Слежка"))
        export(cdb, "csv", tmp_path / "full", "full", lang="ru")
        names = sorted(p.name for p in (tmp_path / "full").iterdir())
        assert {"actions.csv", "follow_ups.csv", "assessments.csv"} <= set(names)
        actions = (tmp_path / "full" / "actions.csv").read_text(encoding="utf-8-sig")
        assert "Юридическая помощь" in actions and "Коллега Т." in actions and "2017-03-06" in actions
        export(cdb, "xlsx", tmp_path / "p.xlsx", "pseudonymised", lang="ru")
        book = openpyxl.load_workbook(tmp_path / "p.xlsx")
        assert {"Меры защиты", "Сроки и действия", "Оценки риска"} <= set(book.sheetnames)
        cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]
        text = " ".join(str(v) for v in cells)
        assert factories.ZHOVTIS[1] not in text and "Коллега Т." not in text
        sheet = book["Меры защиты"]
        assert sheet.cell(2, 5).value is not None and sheet.cell(2, 5).is_date   # a day is a date cell
        export(cdb, "csv", tmp_path / "public", "public", lang="en")
        assert not {"actions.csv", "follow_ups.csv", "assessments.csv"} & {
            p.name for p in (tmp_path / "public").iterdir()}
