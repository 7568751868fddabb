"""Casework in the printed documents: the dossier and brief show actions, open follow-ups and the
risk history (read back with poppler, in Russian); pseudonymised text names nobody; the public
version carries no casework at all."""

from __future__ import annotations

import pytest

from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.reports import build_brief, build_dossier
from kkdesk.records import CaseDatabase
from tests.reports.conftest import ASEL, BORIS, PASS, build
from tests.reports.helpers import pdf_text


@pytest.fixture(scope="module")
def casework_store(tmp_path_factory):
    cdb = CaseDatabase.create(str(tmp_path_factory.mktemp("cw") / "cw.kkdb"), PASS, actor="monitor-7")
    ids = build(cdb)
    cw = cdb.casework
    cw.save_action(ProtectionAction("legal_aid", incident_id=ids["first"], person_id=ids["asel"],
                                    actor_kind="partner", actor="Коллегия партнёров", started_on="2019-06-10",
                                    ended_on="2019-06-30", status="done", outcome="positive",
                                    notes="Адвокат встретился с Борисом Жаворонковым"))
    cw.save_action(ProtectionAction("temporary_relocation", person_id=ids["asel"], actor="Сотрудница Т.",
                                    requested_on="2021-06-02", status="in_progress"))
    cw.save_follow_up(FollowUp("hearing", "2030-02-01", title="Апелляция Қуанышқызы", incident_id=ids["first"],
                               owner="monitor-7"))
    cw.save_follow_up(FollowUp("family_check", "2029-01-01", person_id=ids["asel"], done_on="2029-01-01"))
    cw.save_assessment(RiskAssessment(ids["asel"], "2021-06-01", "medium", facts="Письма с угрозами",
                                      factors=["threat.direct_threats", "vulnerability.works_alone"]))
    cw.save_assessment(RiskAssessment(ids["asel"], "2021-07-01", "high", pattern="Угрозы после каждого суда",
                                      reason="Слежка у дома Әсел Қуанышқызы"))
    yield cdb, ids
    cdb.close()


def test_dossier_in_russian_shows_actions_follow_ups_and_the_risk_history(casework_store):
    cdb, ids = casework_store
    text = pdf_text(build_dossier(cdb, person_id=ids["asel"], lang="ru"))
    for expected in ("Меры защиты", "Юридическая помощь", "Коллегия партнёров", "Выполнено",
                     "Положительный: цель достигнута", "Временная релокация", "Сотрудница Т.",
                     "Предстоящие действия и сроки", "Судебное заседание", "Апелляция Қуанышқызы",
                     "Оценки риска", "Средний", "Высокий", "Получены прямые угрозы", "Угрозы после каждого суда"):
        assert expected in text, expected
    assert "Связаться с семьёй" not in text            # done: not an open follow-up
    assert "Уровень риска Высокий" in text             # the latest assessment is the current level
    history = text[text.index("Оценки риска"):]
    assert history.index("Средний") < history.index("Высокий")  # the risk history runs oldest first


def test_pseudonymised_dossier_and_brief_name_nobody_in_casework(casework_store):
    cdb, ids = casework_store
    names = [*ASEL, *BORIS, "Қуанышқызы", "Жаворонков", "Сотрудница Т."]
    for data in (build_dossier(cdb, person_id=ids["asel"], lang="ru", profile="pseudonymised"),
                 build_brief(cdb, ids["first"], lang="ru", profile="pseudonymised")):
        text = pdf_text(data)
        assert "Меры защиты" in text and "Юридическая помощь" in text
        assert [n for n in names if n in text] == []
        assert "Наша команда" in text or "Партнёр" in text or "Коллегия партнёров" in text


def test_public_version_carries_no_casework(casework_store):
    cdb, ids = casework_store
    for data in (build_dossier(cdb, person_id=ids["asel"], lang="en", profile="public"),
                 build_brief(cdb, ids["second"], lang="en", profile="public")):
        text = pdf_text(data)
        assert "Protection actions" not in text and "Risk assessments" not in text
        assert "Legal aid" not in text and "relocation" not in text


def test_brief_lists_the_actions_and_open_follow_ups_of_the_incident(casework_store):
    cdb, ids = casework_store
    text = pdf_text(build_brief(cdb, ids["first"], lang="en"))
    assert "Protection actions" in text and "Legal aid" in text and "Court hearing" in text
    assert "Temporary relocation" not in text    # an action on the person, not on this incident
    assert "Risk assessments" not in text


def test_overview_of_the_period_counts_the_casework(casework_store):
    from kkdesk.reports import build_overview
    from kkdesk.reports.snapshots.overview import gather_overview
    from kkdesk.search import SearchQuery

    cdb, ids = casework_store
    snap = gather_overview(cdb, SearchQuery(date_from="2019", date_to="2019"), lang="en")
    sections = {s.key: s for s in snap.sections}
    assert sections["cw_actions"].rows == (("Legal aid", "Positive: the aim was reached", 1),)
    response = dict(sections["cw_response"].rows)
    assert response["Incidents known to the day"] == "1" and response["Median days to the first action"] == "1"
    text = pdf_text(build_overview(cdb, SearchQuery(date_from="2019", date_to="2019"), lang="ru"))
    assert "Меры защиты по видам и результатам" in text and "Время от инцидента до первой меры защиты" in text


def test_overview_without_casework_has_no_casework_sections(store):
    from kkdesk.reports.snapshots.overview import gather_overview

    cdb, _ = store
    assert not [s for s in gather_overview(cdb, lang="en").sections if s.key.startswith("cw_")]
