"""A small hand-built dataset with fictional names, and its expected counts worked out by hand."""

from __future__ import annotations

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import (
    Incident, InfoSource, LegalCharge, Organisation, Person, Response, Target, Threat,
)

# Fictional people: Latin, Cyrillic (Russian) and Kazakh spellings.
ZHOVTIS = ("Dmitry Zhovtis", "Дмитрий Жовтис")
ASEL = ("Asel Kuanyshkyzy", "Әсел Қуанышқызы")
MARIA = ("Maria Ivanova", "Мария Иванова")
ORG_NAME = "Коллегия адвокатов Тестовой области"


def build(cdb) -> dict:
    """Save the dataset; returns the ids. Expected counts are in EXPECTED below."""
    a = cdb.persons.save(Person(name_latin=ZHOVTIS[0], name_cyrillic=ZHOVTIS[1], gender="male",
                                categories=["lawyer"], city="almaty", contact="+7 700 000 0001",
                                aliases=["Zhovtys"], tags=["at high risk"], risk_level="high"))
    b = cdb.persons.save(Person(name_latin=ASEL[0], name_cyrillic=ASEL[1], gender="female",
                                categories=["journalist"], city="astana"))
    c = cdb.persons.save(Person(name_latin=MARIA[0], name_cyrillic=MARIA[1], gender="female",
                                categories=["human_rights_defender", "civic_activist"]))
    o = cdb.organisations.save(Organisation(name=ORG_NAME, name_alt="Bar Association of Test Region",
                                            kind="bar_association", city="karaganda"))
    incidents = [
        # 1: 2017-03-05, Almaty. A: 2 threats (summons by police; search by police+prosecutor). B: 1 threat.
        Incident(title="Вызов на допрос адвоката", date=PartialDate("2017-03-05"), city="almaty",
                 narrative="Адвоката вызвали на допрос по делу подзащитного. Қорғаушыға қысым көрсетілді.",
                 status="verified", confidentiality="public", tags=["needs legal aid"], reasons=["nature_of_case"],
                 aims=["intimidation"],
                 targets=[Target(person_id=a.id, category="lawyer", threats=[
                     Threat("judicial.questioning_summons", sources=["police"], reality="actual", scope="special"),
                     Threat("judicial.search", sources=["police", "prosecutor"],
                            articles=[LegalCharge("cc.274", "charged", "pre-trial")])]),
                     Target(person_id=b.id, category="journalist", threats=[
                         Threat("judicial.questioning_summons", sources=["police"])])],
                 sources=[InfoSource("Demo News", "https://example.org/1", "2017-03-06", "2017-03-07", "high")],
                 responses=[Response("complaint_prosecutor", "2017-03-10", "refused", "No. 1/2017")]),
        # 2: known only to the year 2017, Astana. B: 1 threat (court).
        Incident(title="Штраф журналистке", date=PartialDate("2017"), city="astana", status="draft",
                 targets=[Target(person_id=b.id, category="journalist", threats=[
                     Threat("judicial.fine", sources=["court"])])]),
        # 3: May–June 2021, Almaty. A: 1 threat (court). Org: 1 threat (ministry of justice).
        Incident(title="Давление на адвоката и коллегию", date=PartialDate("2021-05", "2021-06"), city="almaty",
                 targets=[Target(person_id=a.id, category="lawyer", threats=[
                     Threat("judicial.conviction", sources=["court"])]),
                     Target(organisation_id=o.id, threats=[
                         Threat("professional.licence_revocation", sources=["ministry_of_justice"])])]),
        # 4: 2021-06-15, Karaganda. C: 2 threats (threats by unknown; beating by unknown).
        Incident(title="Угрозы правозащитнице", date=PartialDate("2021-06-15"), city="karaganda",
                 confidentiality="confidential",
                 targets=[Target(person_id=c.id, category="human_rights_defender", threats=[
                     Threat("psychological.threats", sources=["unknown"]),
                     Threat("physical.beating", sources=["unknown"])])]),
    ]
    ids = [cdb.incidents.save(i).id for i in incidents]
    return {"a": a.id, "b": b.id, "c": c.id, "o": o.id, "incidents": ids}


EXPECTED = {
    "threats": 8, "incidents": 4, "persons": 3, "organisations": 1,
    "threats_by_year": {2017: 4, 2021: 4},
    "threats_by_year_month": {(2017, 3): 3, (2017, None): 1, (2021, 5): 2, (2021, 6): 2},
    "incidents_by_year": {2017: 2, 2021: 2},
    "persons_by_year": {2017: 2, 2021: 2},
    "threats_by_city": {"almaty": 5, "astana": 1, "karaganda": 2},
    "threats_by_gender": {"male": 3, "female": 4, None: 1},
    "threats_by_source": {"police": 3, "prosecutor": 1, "court": 2, "ministry_of_justice": 1, "unknown": 2},
    "threats_by_category": {"lawyer": 3, "journalist": 2, "human_rights_defender": 2, None: 1},
    "persons_by_type": {"judicial.questioning_summons": 2, "judicial.search": 1, "judicial.fine": 1,
                        "judicial.conviction": 1, "psychological.threats": 1, "physical.beating": 1,
                        "professional.licence_revocation": 0},  # against the organisation only
    "threats_per_person": {2: 2, 3: 1},          # B and C have 2 threats each, A has 3
    "distinct_types": {1: (0, 1), 2: (2, 0), 3: (1, 0)},  # types: (persons, organisations)
    "women_share": {2017: (2, 4, 50.0), 2021: (2, 4, 50.0)},
}
