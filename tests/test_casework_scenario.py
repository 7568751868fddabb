"""Issue 18's worked scenario, end to end on real encrypted files: an incident; two protection actions
with outcomes; a follow-up that becomes overdue under an injected day and shows in the agenda; two risk
assessments changing the level; the Russian dossier PDF showing all of it; a bundle carrying it to
the coordinator."""

from __future__ import annotations

import datetime as dt

from kkdesk.exchange import add_peer, export_bundle, import_bundle, own_keys
from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.reports import build_dossier
from kkdesk.stats import casework as cstats
from kkdesk.records import CaseDatabase
from tests.reports.helpers import pdf_text

PASS = "scenario passphrase"


def test_protection_casework_from_incident_to_coordinator(tmp_path):
    monitor = CaseDatabase.create(tmp_path / "monitor.kkdb", PASS, actor="monitor-1")
    coord = CaseDatabase.create(tmp_path / "coord.kkdb", PASS, actor="coordinator")
    add_peer(coord, "monitor-1", own_keys(monitor).text)
    add_peer(monitor, "coord", own_keys(coord).text)

    p = monitor.persons.save(Person(name_cyrillic="Жанар Придуманная", name_latin="Zhanar Pridumannaya",
                                    gender="female", categories=["lawyer"], city="almaty"))
    inc = monitor.incidents.save(Incident(
        title="Возбуждено дело против адвоката", date=PartialDate("2024-02-01"), city="almaty",
        targets=[Target(person_id=p.id, category="lawyer",
                        threats=[Threat("judicial.criminal_proceedings", ["prosecutor"])])]))
    cw = monitor.casework
    appeal = cw.save_action(ProtectionAction("urgent_appeal", incident_id=inc.id, requested_on="2024-02-02",
                                             status="done", outcome="partial"))
    aid = cw.save_action(ProtectionAction("legal_aid", incident_id=inc.id, person_id=p.id, actor_kind="partner",
                                          actor="Адвокатская контора-партнёр", started_on="2024-02-05",
                                          status="done", outcome="positive"))
    hearing = cw.save_follow_up(FollowUp("hearing", "2024-03-10", title="Предварительное слушание",
                                         action_id=aid.id, owner="monitor-1"))

    # the injected day moves: due in 5 days, then overdue by 2
    assert [(i.follow_up.id, i.days_left, i.overdue) for i in cw.agenda(today=dt.date(2024, 3, 5))] == [
        (hearing.id, 5, False)]
    assert [(i.follow_up.id, i.days_left, i.overdue) for i in cw.agenda(today=dt.date(2024, 3, 12))] == [
        (hearing.id, -2, True)]

    cw.save_assessment(RiskAssessment(p.id, "2024-02-03", "medium", facts="Возбуждено уголовное дело",
                                      factors=["threat.judicial_harassment"], reason="Давление через суд"))
    assert monitor.persons.get(p.id).risk_level == "medium"
    cw.save_assessment(RiskAssessment(p.id, "2024-03-01", "high", pattern="Слежка после каждого заседания",
                                      factors=["threat.surveillance", "vulnerability.works_alone"],
                                      reason="Слежка и угрозы"))
    assert monitor.persons.get(p.id).risk_level == "high"
    assert cw.level_at(p.id, "2024-02-20") == "medium"
    outcomes = cstats.actions_by(monitor, ["action_type", "outcome"])
    assert outcomes.value(action_type="urgent_appeal", outcome="partial") == 1
    assert cstats.time_to_first_action(monitor).median_days == 1.0

    text = pdf_text(build_dossier(monitor, person_id=p.id, lang="ru"))
    for expected in ("Меры защиты", "Срочное обращение", "Юридическая помощь", "Адвокатская контора-партнёр",
                     "Положительный: цель достигнута", "Частично достигнута",
                     "Предстоящие действия и сроки", "Предварительное слушание", "10 марта 2024 г.",
                     "Оценки риска", "Средний", "Высокий", "Слежка после каждого заседания"):
        assert expected in text, expected

    bundle = tmp_path / "to-coord.kkbundle"
    export_bundle(monitor, "coord", bundle)
    summary = import_bundle(coord, bundle)
    assert summary.conflicts == 0
    cp = coord.persons.id_for_uuid(p.uuid)
    assert coord.persons.get(cp).risk_level == "high"
    assert {a.uuid: a.outcome for a in coord.casework.actions(person_id=cp)} == {
        appeal.uuid: "partial", aid.uuid: "positive"}
    assert [i.follow_up.uuid for i in coord.casework.agenda(today=dt.date(2024, 3, 12))] == [hearing.uuid]
    assert [r.level for r in coord.casework.assessments(cp)] == ["medium", "high"]
    monitor.close()
    coord.close()
