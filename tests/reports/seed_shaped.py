"""A dataset shaped like the lawyers overview 2011–2019 in the seeds, with fictional people, so that the
overview must rebuild its published figures from records:

76 persons (29 women with 97 threats, 47 men with 103), 71 advocates and 5 legal consultants ("5 legal
workers"), 3 bar associations and 1 legal consulting firm (5 threats), 205 threats; repeated threats
for 14 advocates and 2 legal consultants, 7 men (2–5 times) and 9 women; threats by year (2017: 57,
2018: 37, 2013: 24, 2019: 21, 2014: 18), by city (16 cities; Almaty 82, Astana 46), by source (court 44,
police 43, ministries 17: justice 11, healthcare 5, finance 1; unknown 16, penitentiary 9, …).
"""

from __future__ import annotations

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat

WOMEN_REPEATED = [2, 2, 2, 3, 3, 2, 2, 4, 6]          # incidents of one threat each
WOMEN_SINGLE = [4] * 11 + [3] * 9                     # one incident with this many threats
MEN_REPEATED = [2, 3, 5, 2, 2, 3, 4]
MEN_SINGLE = [2] * 38 + [3] * 2
ORGS = [("bar_association", [2]), ("bar_association", [1]), ("bar_association", [1]), ("legal_consulting_firm", [1])]
YEARS = {2011: 10, 2012: 12, 2013: 24, 2014: 18, 2015: 13, 2016: 13, 2017: 57, 2018: 37, 2019: 21}
CITIES = {"almaty": 82, "astana": 46, "karaganda": 12, "ust_kamenogorsk": 10, "uralsk": 9, "aktobe": 8,
          "kostanay": 6, "petropavlovsk": 5, "balkhash": 5, "shymkent": 5, "atyrau": 4, "pavlodar": 4,
          "semey": 3, "taraz": 2, "zhanaozen": 2, "kyzylorda": 2}
SOURCES = {"court": 44, "police": 43, "unknown": 16, "ministry_of_justice": 11, "penitentiary": 9,
           "prosecutor": 7, "ministry_of_healthcare": 5, "client_or_relatives": 3, "national_security_committee": 2,
           "anti_corruption": 2, "party_in_proceedings": 2, "mass_media": 2, "ministry_of_finance": 1, "akimat": 1,
           "member_of_parliament": 1, "convict": 1, "bar_association": 1, "private_organisation": 1,
           "foreign_law_enforcement": 1}   # 153 threats with a source; the other 52 have none recorded
TYPES = ["professional.licence_revocation", "judicial.partial_court_ruling", "judicial.suspicion_of_crime",
         "professional.denial_of_access_to_client", "physical.beating", "judicial.questioning_summons"]

_SURNAMES = ["Вымыслов", "Примеров", "Образцов", "Тестов", "Условнов", "Пробнов", "Макетов", "Черновиков"]
_MEN = ["Арман", "Ерлан", "Дамир", "Олжас", "Сергей", "Тимур"]
_WOMEN = ["Айгуль", "Динара", "Жанар", "Ольга", "Сауле"]


def _names(first: list[str], female: bool, n: int) -> list[str]:
    out = [f"{s}{'а' if female else ''} {f}" for s in _SURNAMES for f in first]
    assert len(out) >= n
    return out[:n]


def _fill(items: list[int], quotas: dict) -> list:
    """Each item (a number of threats) put under a key whose remaining quota it fits, largest items
    first, so that every quota is met exactly."""
    left = dict(quotas)
    out = [None] * len(items)
    for k in sorted(range(len(items)), key=lambda k: -items[k]):
        key = max((q for q in left if left[q] >= items[k]), key=lambda q: (left[q], str(q)))
        left[key] -= items[k]
        out[k] = key
    assert not any(left.values()), left
    return out


def build(cdb) -> dict:
    """Save the dataset; returns the expected figures."""
    people = []   # (person, category, [threats per incident])
    for female, repeated, single, first in ((True, WOMEN_REPEATED, WOMEN_SINGLE, _WOMEN),
                                            (False, MEN_REPEATED, MEN_SINGLE, _MEN)):
        names = _names(first, female, len(repeated) + len(single))
        specs = [[1] * n for n in repeated] + [[n] for n in single]
        for k, (name, incidents) in enumerate(zip(names, specs)):
            # one repeated and one or two single persons of each gender are legal consultants
            consultant = k == 0 or k == len(repeated) + (1 if female else 2) or (not female and k == len(repeated) + 3)
            category = "legal_consultant" if consultant else "advocate"
            p = cdb.persons.save(Person(name_cyrillic=name, gender="female" if female else "male",
                                        categories=[category]))
            people.append((p.id, None, category, incidents))
    for n, (kind, incidents) in enumerate(ORGS, start=1):
        o = cdb.organisations.save(Organisation(name=f"Тестовая организация {n}", kind=kind))
        people.append((None, o.id, None, incidents))
    flat = [(pid, oid, cat, k) for pid, oid, cat, incs in people for k in incs]
    years = _fill([k for *_, k in flat], YEARS)
    cities = _fill([k for *_, k in flat], CITIES)
    sources = [s for s, n in SOURCES.items() for _ in range(n)]
    sources += [None] * (205 - len(sources))
    incidents, t = [], 0
    for n, ((pid, oid, cat, k), year, city) in enumerate(zip(flat, years, cities)):
        threats = []
        for j in range(k):
            src = sources[(t * 37) % 205]   # spread the sources over the threats
            threats.append(Threat(TYPES[(n + j) % len(TYPES)], sources=[src] if src else []))
            t += 1
        incidents.append(Incident(title=f"Инцидент {n + 1}", date=PartialDate(f"{year}-{1 + n % 12:02d}"), city=city,
                                  targets=[Target(person_id=pid, organisation_id=oid, category=cat, threats=threats)]))
    cdb.incidents.save_many(incidents)
    return {"threats": t, "incidents": len(incidents)}
