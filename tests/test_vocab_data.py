"""Checks of the shipped vocabularies (kkdesk/resources/vocab/*.json) as data: shape, codes, labels, parents.

Stdlib and pytest only, so the data can be checked independently of the kkdesk code that loads it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kkdesk.vocab import shipped_vocabularies

ROOT = Path(__file__).resolve().parent.parent
VOCAB_DIR = ROOT / "kkdesk" / "resources" / "vocab"
SCHEMA = ROOT / "kkdesk" / "resources" / "migrations" / "0001_initial.sql"

REQUIRED_VOCABS = {
    "category", "threat_group", "threat_type", "source_type", "region", "city", "criterion",
    "legal_article", "outcome", "response_type", "reason", "aim", "org_kind", "gender",
    "reliability", "risk_level", "status", "confidentiality",
}
# vocabulary -> vocabulary its terms' parents point into (criterion values point at its dimensions)
PARENT_VOCAB = {"threat_type": "threat_group", "city": "region", "criterion": "criterion",
                "risk_factor": "risk_factor", "category": "category", "source_type": "source_type"}
CODE_RE = re.compile(r"^[a-z0-9_.]+$")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
KAZAKH_SPECIFIC = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
TERM_KEYS = {"code", "parent", "en", "ru", "kk", "aliases", "history",   # history: places through time
             "review", "review_note"}   # labels to be checked by a native speaker, and why


def _load_all() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(VOCAB_DIR.glob("*.json"))}


VOCABS = _load_all()


def _codes(vocab: str) -> set[str]:
    return {t["code"] for t in VOCABS[vocab]["terms"]}


def _term(vocab: str, code: str) -> dict:
    return next(t for t in VOCABS[vocab]["terms"] if t["code"] == code)


def _all_aliases(vocab: str, code: str) -> set[str]:
    return {a.casefold() for a in _term(vocab, code).get("aliases") or []}


def test_every_required_vocabulary_exists():
    assert REQUIRED_VOCABS <= set(VOCABS), f"missing: {sorted(REQUIRED_VOCABS - set(VOCABS))}"


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_file_shape(name):
    doc = VOCABS[name]
    assert set(doc) == {"vocab", "description", "terms"}
    assert doc["vocab"] == name
    assert isinstance(doc["description"], str) and doc["description"].strip()
    assert isinstance(doc["terms"], list) and doc["terms"]
    for term in doc["terms"]:
        assert isinstance(term, dict)
        assert {"code", "en", "ru", "kk"} <= set(term) <= TERM_KEYS, term
        assert term.get("parent") is None or isinstance(term["parent"], str)
        if "review" in term:   # a non-empty list of ru/kk, with the reason in English
            assert term["review"] and set(term["review"]) <= {"ru", "kk"}, term
            assert isinstance(term.get("review_note"), str) and term["review_note"].strip(), term
        aliases = term.get("aliases", [])
        assert isinstance(aliases, list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in aliases), term["code"]
        folded = [a.casefold() for a in aliases]
        assert len(folded) == len(set(folded)), f"{name}/{term['code']}: repeated alias"


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_file_is_pretty_printed_utf8(name):
    text = (VOCAB_DIR / f"{name}.json").read_text(encoding="utf-8")
    assert "\n  " in text, "pretty-printed with indentation"
    assert "\\u04" not in text, "Cyrillic stored as UTF-8 text, not \\u escapes"
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_codes_are_unique_and_well_formed(name):
    codes = [t["code"] for t in VOCABS[name]["terms"]]
    assert len(codes) == len(set(codes)), f"duplicate codes in {name}"
    bad = [c for c in codes if not CODE_RE.match(c) or c.startswith(".") or c.endswith(".") or ".." in c]
    assert not bad, bad


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_labels_present_in_three_languages(name):
    for term in VOCABS[name]["terms"]:
        for lang in ("en", "ru", "kk"):
            assert isinstance(term[lang], str) and term[lang].strip() == term[lang] and term[lang], (
                f"{name}/{term['code']}: empty or padded {lang} label"
            )
        assert CYRILLIC_RE.search(term["ru"]), f"{name}/{term['code']}: ru label has no Cyrillic"
        assert CYRILLIC_RE.search(term["kk"]), f"{name}/{term['code']}: kk label has no Cyrillic"
        assert not CYRILLIC_RE.search(term["en"]), f"{name}/{term['code']}: en label has Cyrillic"
        # Kazakh-specific letters never belong in a Russian label
        assert not (set(term["ru"]) & KAZAKH_SPECIFIC - set("Іі")) or name in {"region"}, (
            f"{name}/{term['code']}: Kazakh letter in ru label {term['ru']!r}"
        )


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_labels_unique_within_vocabulary(name):
    for lang in ("en", "ru", "kk"):
        labels = [t[lang].casefold() for t in VOCABS[name]["terms"]]
        dupes = sorted({x for x in labels if labels.count(x) > 1})
        assert not dupes, f"{name}: same {lang} label on several terms: {dupes}"


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_aliases_do_not_point_at_two_terms(name):
    """An alias (or label) that names two different terms would make the importer's mapping ambiguous."""
    owner: dict[str, str] = {}
    for term in VOCABS[name]["terms"]:
        names = {term[lang].casefold() for lang in ("en", "ru", "kk")}
        names |= {a.casefold() for a in term.get("aliases") or []}
        for n in names:
            assert owner.setdefault(n, term["code"]) == term["code"], (
                f"{name}: {n!r} names both {owner[n]} and {term['code']}"
            )


@pytest.mark.parametrize("name", sorted(VOCABS))
def test_parents_exist_in_parent_vocabulary(name):
    terms = VOCABS[name]["terms"]
    if name not in PARENT_VOCAB:
        assert all(t.get("parent") is None for t in terms), f"{name} has no parent vocabulary"
        return
    parent_vocab = PARENT_VOCAB[name]
    if PARENT_VOCAB[name] == name:  # dimensions or groups at the top, values under them
        allowed = {t["code"] for t in terms if t.get("parent") is None}
    else:
        allowed = _codes(parent_vocab)
    for term in terms:
        if parent_vocab == name and term.get("parent") is None:
            continue
        assert term.get("parent") in allowed, f"{name}/{term['code']}: parent {term.get('parent')!r}"


def test_threat_types_belong_to_their_group():
    for term in VOCABS["threat_type"]["terms"]:
        assert term["code"].split(".", 1)[0] == term["parent"], term["code"]
    used = {t["parent"] for t in VOCABS["threat_type"]["terms"]}
    assert used == _codes("threat_group"), "every group has threat types and no type lacks a group"


def test_at_least_52_threat_types_and_19_sources():
    assert len(VOCABS["threat_type"]["terms"]) >= 52
    assert len(VOCABS["source_type"]["terms"]) >= 19


def test_threat_types_named_in_domain_and_brief_are_present():
    expected = {
        "judicial.arrest", "judicial.detention", "judicial.search", "judicial.conviction",
        "judicial.suspicion_of_crime", "judicial.criminal_proceedings", "judicial.questioning_summons",
        "judicial.partial_court_ruling", "judicial.administrative_liability", "judicial.civil_lawsuit",
        "judicial.fine", "judicial.ban_on_public_activity", "judicial.plea_bargain_pressure",
        "judicial.trial_in_absentia", "judicial.night_court_session",
        "professional.licence_revocation", "professional.denial_of_access_to_client",
        "professional.removal_from_case", "professional.demand_to_waive_counsel",
        "professional.compulsory_screening", "professional.disciplinary_complaint",
        "professional.ban_on_media_comments", "professional.inspection",
        "professional.liquidation_of_organisation",
        "physical.beating", "physical.assault", "physical.threat_of_bodily_harm", "physical.death",
        "physical.sexual_harassment", "physical.forced_psychiatric_confinement", "physical.robbery",
        "physical.theft",
        "psychological.threats", "psychological.insult", "psychological.defamation",
        "psychological.blackmail", "psychological.threat_to_family", "psychological.threat_to_colleagues",
        "psychological.surveillance", "psychological.smear_publication",
        "psychological.blocking_of_internet_access", "psychological.provocation",
    }
    assert expected <= _codes("threat_type"), sorted(expected - _codes("threat_type"))


def test_groups_of_domain_present():
    assert {"judicial", "professional", "physical", "psychological"} <= _codes("threat_group")


def test_nineteen_sources_of_the_overview_present():
    expected = {
        "police", "court", "prosecutor", "penitentiary", "ministry_of_justice", "ministry_of_finance",
        "ministry_of_healthcare", "ministry_other", "national_security_committee", "anti_corruption",
        "akimat", "member_of_parliament", "bar_association", "mass_media", "client_or_relatives",
        "party_in_proceedings", "convict", "private_organisation", "pro_government_group",
        "foreign_law_enforcement", "unknown",
    }
    assert expected <= _codes("source_type"), sorted(expected - _codes("source_type"))


def test_defender_categories():
    assert _codes("category") == {
        "human_rights_defender", "journalist", "lawyer", "civic_activist", "civic_leader",
        "trade_union_activist", "religious_activist", "party_activist", "advocate", "legal_consultant",
    }


def test_hierarchies_lawyers_and_ministries():
    """Lawyers are advocates or legal consultants; the ministries are one source group."""
    terms = {v: {t["code"]: t for t in shipped_vocabularies()[v]} for v in ("category", "source_type")}
    assert {c for c, t in terms["category"].items() if t["parent"] == "lawyer"} == {"advocate", "legal_consultant"}
    assert {c for c, t in terms["source_type"].items() if t["parent"] == "ministry"} == {
        "ministry_of_justice", "ministry_of_finance", "ministry_of_healthcare", "ministry_other"}
    for vocab, by_code in terms.items():   # one level: a parent is itself a top term
        for t in by_code.values():
            assert t["parent"] is None or by_code[t["parent"]]["parent"] is None, (vocab, t["code"])


def test_regions_cover_all_oblasts_and_republican_cities():
    oblasts = {
        "abai", "akmola", "aktobe", "almaty_region", "atyrau", "east_kazakhstan", "zhambyl", "zhetisu",
        "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north_kazakhstan", "turkestan",
        "ulytau", "west_kazakhstan",
    }
    assert oblasts | {"astana", "almaty", "shymkent"} <= _codes("region")


def test_cities_named_in_domain_and_brief_are_present():
    expected = {
        # DOMAIN.md
        "astana", "almaty", "shymkent", "aktobe", "atyrau", "balkhash", "karaganda", "kostanay",
        "petropavlovsk", "uralsk", "ust_kamenogorsk", "zhanaozen",
        # the brief and the seed reports
        "aktau", "taraz", "kyzylorda", "pavlodar", "semey", "taldykorgan", "kokshetau", "ekibastuz",
        "temirtau", "turkestan", "zhezkazgan", "konaev",
    }
    assert expected <= _codes("city"), sorted(expected - _codes("city"))


def test_republican_cities_are_their_own_region():
    for code in ("astana", "almaty", "shymkent"):
        assert _term("city", code)["parent"] == code


def test_renamed_places_keep_one_code_with_former_names():
    for vocab in ("region", "city"):
        aliases = _all_aliases(vocab, "astana")
        assert {"nur-sultan", "нур-султан", "нұр-сұлтан", "tselinograd", "целиноград"} <= aliases, vocab
    assert {"akmola", "акмола"} <= _all_aliases("city", "astana")
    assert "oral" in _all_aliases("city", "uralsk")
    assert {"oskemen", "өскемен"} & (_all_aliases("city", "ust_kamenogorsk") | {_term("city", "ust_kamenogorsk")["kk"].casefold()})
    assert {"kapchagay", "капчагай"} <= _all_aliases("city", "konaev")
    assert "south kazakhstan region" in _all_aliases("region", "turkestan")
    # a renamed place is never a second term
    all_city_names = {t["en"].casefold() for t in VOCABS["city"]["terms"]}
    assert "nur-sultan" not in all_city_names and "oral" not in all_city_names


def test_criterion_dimensions_and_values():
    dims = {
        "reality": {"potential", "actual"},
        "scope": {"general", "special"},
        "directness": {"direct", "indirect"},
        "recurrence": {"recurrent", "one_off"},
        "duration": {"short_term", "ongoing"},
        "scale": {"singular", "mass"},
        "effect": {"low", "medium", "high", "severe"},
    }
    terms = VOCABS["criterion"]["terms"]
    assert {t["code"] for t in terms if t.get("parent") is None} == set(dims)
    for dim, values in dims.items():
        got = {t["code"] for t in terms if t.get("parent") == dim}
        assert got == {f"{dim}.{v}" for v in values}, dim


def _schema_checks() -> dict[str, set[str]]:
    """Column -> allowed values, from the CHECK (col IN (...)) constraints of the initial schema."""
    sql = SCHEMA.read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for col, values in re.findall(r"CHECK \((\w+) IN \(([^)]*)\)\)", sql):
        found.setdefault(col, set()).update(re.findall(r"'([^']*)'", values))
    return found


def test_criterion_values_match_the_schema():
    checks = _schema_checks()
    for dim in ("reality", "scope", "directness", "recurrence", "duration", "scale", "effect"):
        values = {t["code"].split(".", 1)[1] for t in VOCABS["criterion"]["terms"] if t.get("parent") == dim}
        assert values == checks[dim], dim


@pytest.mark.parametrize("vocab", ["gender", "reliability", "risk_level", "status", "confidentiality"])
def test_small_vocabularies_match_the_schema(vocab):
    assert _codes(vocab) == _schema_checks()[vocab]


def test_legal_articles():
    expected = {
        "cc.130", "cc.174", "cc.190", "cc.274", "cc.309", "cc.380", "cc.400", "cc.422", "cc.423",
        "ao.434", "ao.488", "ao.668", "ao.699",
    }
    assert expected <= _codes("legal_article"), sorted(expected - _codes("legal_article"))
    for term in VOCABS["legal_article"]["terms"]:
        prefix, number = term["code"].split(".", 1)
        assert prefix in {"cc", "cc1997", "ao"}, term["code"]
        shown = number.replace("_", "-")
        assert f"art. {shown}" in term["en"] and f"ст. {shown}" in term["ru"] and f"{shown}-бап" in term["kk"]
        code_name = {"cc": "Уголовный кодекс", "cc1997": "Уголовный кодекс", "ao": "об административных правонарушениях"}
        assert code_name[prefix] in term["ru"], term["code"]
    art174 = _term("legal_article", "cc.174")
    assert art174["ru"] == "Уголовный кодекс РК, ст. 174 (возбуждение розни)"


def test_outcomes_and_responses_from_the_brief():
    assert {
        "charged", "convicted", "acquitted", "fined", "detained", "sentenced_prison",
        "sentenced_restricted_freedom", "case_closed", "pending", "warning",
    } <= _codes("outcome")
    assert {
        "investigation_opened", "investigation_refused", "legal_remedy", "complaint_prosecutor",
        "court_appeal", "un_special_procedures", "un_hrc_views", "public_statement", "legal_aid", "ombudsman",
    } <= _codes("response_type")


def test_reasons_and_aims_from_the_overview():
    assert {
        "nature_of_case", "publicity", "open_expression_of_opinion", "working_alone", "professionalism",
        "personal_involvement", "strict_adherence_to_law", "objection_to_violations", "self_promotion",
    } <= _codes("reason")
    assert {"silencing", "punishment", "obstruction_of_professional_activity", "deterrence", "intimidation"} <= _codes("aim")


def test_org_kinds():
    assert {
        "ngo", "bar_association", "legal_consulting_firm", "media_outlet", "trade_union",
        "religious_association", "party", "other",
    } <= _codes("org_kind")


def test_kazakh_labels_use_kazakh_letters():
    letters = set()
    for doc in VOCABS.values():
        for term in doc["terms"]:
            letters |= set(term["kk"]) & KAZAKH_SPECIFIC
    used = {ch.lower() for ch in letters}
    assert len(used) >= 8, f"only {sorted(used)} of the Kazakh-specific letters appear"
    # spot checks of words that must be spelt with them
    assert _term("region", "east_kazakhstan")["kk"] == "Шығыс Қазақстан облысы"
    assert _term("city", "ust_kamenogorsk")["kk"] == "Өскемен"
    assert _term("city", "zhanaozen")["kk"] == "Жаңаөзен"
    assert _term("city", "taldykorgan")["kk"] == "Талдықорған"
    assert _term("category", "human_rights_defender")["kk"] == "Құқық қорғаушы"
