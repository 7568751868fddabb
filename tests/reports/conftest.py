"""A small encrypted case database with fictional people named in Latin, Cyrillic and Kazakh."""

from __future__ import annotations

import pytest

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import (
    Incident,
    InfoSource,
    LegalCharge,
    Organisation,
    Person,
    Response,
    Target,
    Threat,
)
from kkdesk.records import CaseDatabase

PASS = "reports test passphrase"

# Fictional names, every spelling the de-identification must catch.
ASEL = ("Asel Kuanyshkyzy", "Әсел Қуанышқызы")
BORIS = ("Boris Zhavoronkov", "Борис Жаворонков")
DANA = ("Dana Serikbolkyzy", "Дана Серікболқызы")
ORG = ("Коллегия адвокатов Тестовой области", "Test Region Bar Association")
NAMES = [*ASEL, *BORIS, *DANA, *ORG, "Kuanyshkyzy", "Қуанышқызы", "Жаворонков", "Zhavoronkov"]


def build(cdb: CaseDatabase) -> dict:
    """Saves the records through the stores; returns their ids by role."""
    org = cdb.organisations.save(Organisation(name=ORG[0], name_alt=ORG[1], kind="bar_association",
                                              region="karaganda", city="karaganda", notes="Председатель: Жаворонков"))
    asel = cdb.persons.save(Person(name_latin=ASEL[0], name_cyrillic=ASEL[1], aliases=["Әсел апай"],
                                   gender="female", categories=["lawyer"], region="almaty", city="almaty",
                                   contact="+7 700 000 0001", notes="Works with Boris Zhavoronkov"))
    boris = cdb.persons.save(Person(name_latin=BORIS[0], name_cyrillic=BORIS[1], gender="male",
                                    categories=["journalist"], organisation_id=org.id, contact="boris@example.org"))
    dana = cdb.persons.save(Person(name_latin=DANA[0], name_cyrillic=DANA[1], gender="female",
                                   categories=["human_rights_defender"]))
    first = cdb.incidents.save(Incident(
        title="Адвокат Әсел Қуанышқызы задержана у здания суда",
        date=PartialDate("2019-06-09"), region="almaty", city="almaty",
        place_detail="Бостандыкский районный суд, ул. Тестовая 1",
        narrative=("Әсел Қуанышқызы пришла к подзащитному. Полиция задержала Қуанышқызы на 10 суток. "
                   "Журналист Борис Жаворонков снимал задержание; Kuanyshkyzy later said she was beaten."),
        status="verified", confidentiality="confidential", tags=["суд"], reasons=["nature_of_case"],
        aims=["intimidation"],
        targets=[
            Target(person_id=asel.id, category="lawyer", threats=[
                Threat("judicial.arrest", sources=["police", "court"], reality="actual", scope="special",
                       directness="direct", articles=[LegalCharge("cc.274", "detained", "10 суток")],
                       outcome="detained", notes="Қуанышқызы was held overnight"),
                Threat("judicial.questioning_summons", sources=["police"]),
            ]),
            Target(person_id=boris.id, category="journalist", threats=[Threat("judicial.detention", sources=["police"])]),
        ],
        sources=[InfoSource(outlet="Демо-Новости", url="https://news.example.org/2019/06/10/asel",
                            published_on="2019-06-10", accessed_on="2019-06-11", reliability="high",
                            notes="Interview with Asel Kuanyshkyzy")],
        responses=[Response("complaint_prosecutor", date="2019-06-20", result="Жалоба отклонена",
                            reference="№ 12-345")],
    ))
    cdb.incidents.add_attachment(first.id, "protocol_asel.pdf", b"%PDF-1.4 test evidence", "application/pdf",
                                 "Протокол задержания")
    second = cdb.incidents.save(Incident(
        title="Қуанышқызына қорқыту хаттары келді", date=PartialDate("2021-05", "2021-06"),
        region="astana", city="astana", narrative="Әсел Қуанышқызына белгісіз адамдар қорқыту хаттарын жіберді.",
        status="verified", confidentiality="public",
        targets=[Target(person_id=asel.id, category="lawyer", threats=[Threat("judicial.arrest", sources=["unknown"])]),
                 Target(organisation_id=org.id, threats=[Threat("judicial.search", sources=["national_security_committee"])])],
    ))
    third = cdb.incidents.save(Incident(
        title="=HYPERLINK(\"http://evil.example\") +cmd -1 @x", date=PartialDate("2020"), region="karaganda",
        city="karaganda", narrative="Dana Serikbolkyzy was summoned.", status="draft", confidentiality="restricted",
        targets=[Target(person_id=dana.id, category="human_rights_defender",
                        threats=[Threat("judicial.questioning_summons", sources=["prosecutor"])])],
    ))
    return {"asel": asel.id, "boris": boris.id, "dana": dana.id, "org": org.id,
            "first": first.id, "second": second.id, "third": third.id}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """(cdb, ids) over a real SQLCipher file shared by the tests of one module."""
    path = tmp_path_factory.mktemp("reports") / "cases.kkdb"
    cdb = CaseDatabase.create(str(path), PASS, actor="monitor-7")
    ids = build(cdb)
    yield cdb, ids
    cdb.close()
