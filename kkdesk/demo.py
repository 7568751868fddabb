"""Demo data: realistic synthetic records with fictional names, shaped like the seed statistics.

Every name here is invented by combining common first names and surnames at random; no record
describes a real person or event. Yearly volumes grow as in the monitoring reports (2016: 458 …
2021: 1,586 threats), Almaty and Astana dominate the cities, lawyers and journalists the categories,
and a few defenders are threatened again and again, as in the lawyers overview.
"""

from __future__ import annotations

import itertools
import random
from typing import TYPE_CHECKING

from kkdesk.messages import msg
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, LegalCharge, Organisation, Person, Response, Target, Threat
from kkdesk.model.translit import to_latin
from kkdesk.progress import Progress, ensure

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

DEMO_PASSPHRASE = "demo-passphrase"

_FEMALE = ["Айгуль", "Асель", "Динара", "Жанна", "Гульнара", "Сауле", "Әсем", "Ақмарал", "Елена", "Ольга",
           "Мадина", "Камила", "Айжан", "Наталья", "Гүлнұр", "Ботагөз", "Жұлдыз", "Татьяна"]
_MALE = ["Ерлан", "Бауыржан", "Нурлан", "Серик", "Марат", "Данияр", "Қайрат", "Ерболат", "Андрей", "Сергей",
         "Асқар", "Тимур", "Ғалым", "Руслан", "Жандос", "Олжас", "Дмитрий", "Ұлан"]
_SURNAMES = ["Ахметов", "Сейткали", "Жумабаев", "Каримов", "Нурпеисов", "Оспанов", "Тулегенов", "Бекмуханов",
             "Ибраев", "Қасымов", "Әбілов", "Мұқанов", "Сапаров", "Есенов", "Кенжебаев", "Абдрахманов",
             "Иваненко", "Петрушин", "Волков", "Садыков", "Төлеуов", "Шәкенов", "Рахимов", "Ержанов",
             "Байбосын", "Құдайберген", "Смаилов", "Дюсенов"]
_ORGS = [("Коллегия адвокатов Северной области (демо)", "bar_association"),
         ("Юридическая консультация «Демо-Право»", "legal_consulting_firm"),
         ("Общественный фонд «Демо-Защита»", "ngo"),
         ("Демо-газета «Вестник степи»", "media_outlet"),
         ("Профсоюз работников демо-отрасли", "trade_union")]
_OUTLETS = ["Демо-Новости", "Example Times (demo)", "Степной вестник (демо)", "Demo Radio", "Interview by monitor"]
_NARRATIVES = [
    "{who} сообщил(а) монитору, что после публикации о деле подвергся(лась) давлению. Источник просил не называть себя.",
    "According to {who}, officers demanded that the client waive counsel; the complaint was not registered.",
    "{who} вызвали на допрос в качестве свидетеля по делу своего подзащитного. Вызов связан с профессиональной деятельностью.",
    "{who} received messages threatening the family after a statement to the press.",
    "Во время судебного заседания {who} удалили из зала; ходатайства защиты не рассмотрены.",
    "{who} қорғаушы ретінде клиентіне кіре алмады; тергеуші рұқсат бермеді.",
]
# Relative yearly volumes shaped like the published totals (2011 started in June).
_YEAR_WEIGHTS = {2011: 60, 2012: 120, 2013: 160, 2014: 220, 2015: 300, 2016: 458, 2017: 487, 2018: 489,
                 2019: 733, 2020: 1414, 2021: 1586, 2022: 1200, 2023: 900}
_CITY_WEIGHTS = {"almaty": 82, "astana": 46, "shymkent": 9, "karaganda": 8, "aktobe": 6, "atyrau": 6,
                 "uralsk": 5, "ust_kamenogorsk": 5, "pavlodar": 4, "kostanay": 4, "petropavlovsk": 3,
                 "zhanaozen": 3, "taraz": 3, "aktau": 3, "semey": 2, "balkhash": 1, "kyzylorda": 2}
_CATEGORY_WEIGHTS = {"lawyer": 30, "journalist": 20, "human_rights_defender": 18, "civic_activist": 15,
                     "civic_leader": 5, "trade_union_activist": 4, "religious_activist": 4, "party_activist": 4}
_LAWYER_KINDS = ("advocate", "advocate", "legal_consultant", "advocate", "advocate", "advocate", "lawyer")
_SOURCE_WEIGHTS = {"police": 43, "court": 44, "prosecutor": 25, "national_security_committee": 12,
                   "akimat": 8, "unknown": 10, "penitentiary": 6, "bar_association": 5, "mass_media": 4}


def _pick(rng: random.Random, weights: dict[str, int], available: set[str]) -> str:
    items = [(k, w) for k, w in weights.items() if k in available]
    if not items:
        return rng.choice(sorted(available))
    keys, ws = zip(*items)
    return rng.choices(keys, ws)[0]


def _partial_date(rng: random.Random, year: int) -> PartialDate:
    month = rng.randint(6 if year == 2011 else 1, 12)
    roll = rng.random()
    if roll < 0.80:
        return PartialDate(f"{year}-{month:02d}-{rng.randint(1, 28):02d}")
    if roll < 0.92:
        return PartialDate(f"{year}-{month:02d}")
    if roll < 0.97:
        return PartialDate(f"{year}")
    end = min(12, month + rng.randint(1, 2))
    return PartialDate(f"{year}-{month:02d}", f"{year}-{end:02d}") if end > month else PartialDate(f"{year}-{month:02d}")


def _make_people(cdb: "CaseDatabase", rng: random.Random, count: int, vocab_codes: dict[str, set[str]]) -> list[int]:
    used: set[str] = set()
    ids = []
    with cdb.transaction():
        for n in range(count):
            female = rng.random() < 0.42
            for _attempt in range(20):
                first = rng.choice(_FEMALE if female else _MALE)
                surname = rng.choice(_SURNAMES)
                if female:
                    surname = surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
                name = f"{first} {surname}"
                if name not in used:
                    break
            used.add(name)
            cats = [_pick(rng, _CATEGORY_WEIGHTS, vocab_codes["category"])] if vocab_codes["category"] else []
            if cats == ["lawyer"]:   # most lawyers are advocates, some legal consultants (no draw: same data otherwise)
                kind = _LAWYER_KINDS[n % len(_LAWYER_KINDS)]
                cats = [kind] if kind in vocab_codes["category"] else cats
            city = _pick(rng, _CITY_WEIGHTS, vocab_codes["city"]) if vocab_codes["city"] else None
            person = Person(name_cyrillic=name, name_latin=to_latin(name), gender="female" if female else "male",
                            categories=cats, city=city,
                            contact=f"+7 700 {rng.randint(100, 999)} {rng.randint(1000, 9999)} (demo)",
                            risk_level=rng.choice(["unknown", "low", "medium", "high"]),
                            tags=["needs legal aid"] if rng.random() < 0.1 else [])
            ids.append(cdb.persons.save(person).id)
    return ids


def generate(cdb: "CaseDatabase", incidents: int = 2000, seed: int = 1, progress: Progress | None = None,
             persons: int | None = None, batch: int = 5000,
             threat_weights: tuple[int, int, int] = (70, 22, 8)) -> dict[str, int]:
    """Fill an open database with fictional records; returns how many of each were made.

    threat_weights: relative odds of 1, 2 or 3 threats per target (the default gives ~1.66 threats
    per incident; the benchmark's (53, 27, 20) gives ~2).
    """
    progress = ensure(progress)
    rng = random.Random(seed)
    vocab = cdb.vocab
    codes = {v: {t.code for t in vocab.terms(v)} for v in
             ("category", "city", "threat_type", "source_type", "legal_article", "outcome", "response_type",
              "reason", "aim", "org_kind")}
    if not codes["threat_type"]:
        from kkdesk.errors import InvalidInput

        raise InvalidInput("demo.no_vocabularies")
    threat_types = sorted(codes["threat_type"])
    # A skewed weight per threat type, stable for a seed: a few types dominate, as in the reports.
    type_weights = {c: 1.0 / (rank + 1) for rank, c in enumerate(rng.sample(threat_types, len(threat_types)))}
    person_count = persons or max(30, incidents // 8)
    progress.set_progress(0.0, msg("progress.demo_persons"))
    person_ids = _make_people(cdb, rng, person_count, codes)
    org_ids = []
    for name, kind in _ORGS:
        org = Organisation(name=name, name_alt=to_latin(name), kind=kind if kind in codes["org_kind"] else
                           (sorted(codes["org_kind"])[0] if codes["org_kind"] else "ngo"))
        org_ids.append(cdb.organisations.save(org).id)
    person_cats = {pid: cats for pid, cats in _categories(cdb)}
    names = cdb.persons.names(person_ids)
    # Zipf-like: a few persons are threatened again and again.
    person_weights = [1.0 / (i + 1) ** 0.7 for i in range(len(person_ids))]
    # Cumulative once: choices(weights=...) re-adds them on every call, O(persons) per pick.
    person_cum = list(itertools.accumulate(person_weights))
    years, year_w = zip(*_YEAR_WEIGHTS.items())
    made = {"incidents": 0, "threats": 0, "persons": len(person_ids), "organisations": len(org_ids)}
    buffer: list[Incident] = []
    for n in range(incidents):
        year = rng.choices(years, year_w)[0]
        date = _partial_date(rng, year)
        city = _pick(rng, _CITY_WEIGHTS, codes["city"]) if codes["city"] else None
        n_targets = rng.choices([1, 2, 3], [80, 15, 5])[0]
        targets, chosen = [], set()
        for _ in range(n_targets):
            if rng.random() < 0.03:
                oid = rng.choice(org_ids)
                if ("o", oid) in chosen:
                    continue
                chosen.add(("o", oid))
                targets.append(Target(organisation_id=oid,
                                      threats=_threats(rng, codes, type_weights, threat_weights)))
                continue
            pid = rng.choices(person_ids, cum_weights=person_cum)[0]
            if ("p", pid) in chosen:
                continue
            chosen.add(("p", pid))
            cats = person_cats.get(pid) or [None]
            targets.append(Target(person_id=pid, category=cats[0],
                                  threats=_threats(rng, codes, type_weights, threat_weights)))
        first = targets[0]
        who = names[first.person_id][1] if first.person_id else "Организация"
        ttype = vocab.label("threat_type", first.threats[0].threat_type, "ru")
        inc = Incident(
            title=f"{ttype}: {who}", date=date, city=city,
            narrative=rng.choice(_NARRATIVES).format(who=who),
            status="verified" if rng.random() < 0.7 else "draft",
            confidentiality=rng.choices(["public", "restricted", "confidential"], [50, 35, 15])[0],
            targets=targets,
            sources=[InfoSource(outlet=rng.choice(_OUTLETS), url=f"https://example.org/demo/{seed}/{n}",
                                published_on=date.start.isoformat(), reliability=rng.choice(["high", "medium"]))],
            responses=([Response(rng.choice(sorted(codes["response_type"])), date=date.end.isoformat(),
                                 result="demo")] if codes["response_type"] and rng.random() < 0.2 else []),
            reasons=rng.sample(sorted(codes["reason"]), k=min(1, len(codes["reason"]))) if rng.random() < 0.5 else [],
            aims=rng.sample(sorted(codes["aim"]), k=min(1, len(codes["aim"]))) if rng.random() < 0.3 else [],
            tags=["demo"] + (["at high risk"] if rng.random() < 0.05 else []),
        )
        made["threats"] += inc.threat_count()
        buffer.append(inc)
        if len(buffer) >= batch:
            cdb.incidents.save_many(buffer, history_action="create")
            made["incidents"] += len(buffer)
            buffer = []
            progress.set_progress(made["incidents"] / incidents, msg("progress.demo_incidents"))
            progress.check()
    if buffer:
        cdb.incidents.save_many(buffer, history_action="create")
        made["incidents"] += len(buffer)
    progress.set_progress(1.0, msg("progress.done"))
    return made


def _categories(cdb: "CaseDatabase"):
    cats: dict[int, list[str]] = {}
    for pid, cat in cdb.conn.execute("SELECT person_id, category FROM person_category ORDER BY person_id, category"):
        cats.setdefault(pid, []).append(cat)
    return cats.items()


def _threats(rng: random.Random, codes: dict[str, set[str]], type_weights: dict[str, float],
             threat_weights: tuple[int, int, int] = (70, 22, 8)) -> list[Threat]:
    count = rng.choices([1, 2, 3], threat_weights)[0]
    types = list(type_weights)
    chosen = {rng.choices(types, [type_weights[t] for t in types])[0] for _ in range(count)}
    threats = []
    for ttype in sorted(chosen):
        sources = {_pick(rng, _SOURCE_WEIGHTS, codes["source_type"])}
        if rng.random() < 0.15:
            sources.add(_pick(rng, _SOURCE_WEIGHTS, codes["source_type"]))
        articles = []
        if ttype.startswith("judicial") and codes["legal_article"] and rng.random() < 0.4:
            articles.append(LegalCharge(rng.choice(sorted(codes["legal_article"])),
                                        rng.choice(sorted(codes["outcome"])) if codes["outcome"] else ""))
        threats.append(Threat(
            threat_type=ttype, sources=sorted(sources),
            reality=rng.choice(["potential", "actual"]), scope=rng.choice(["general", "special"]),
            directness=rng.choice(["direct", "indirect"]), recurrence=rng.choice(["recurrent", "one_off"]),
            duration=rng.choice(["short_term", "ongoing"]), scale=rng.choices(["singular", "mass"], [9, 1])[0],
            effect=rng.choice(["low", "medium", "high", "severe"]), articles=articles))
    return threats
