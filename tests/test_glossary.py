"""One glossary (kkdesk/resources/i18n/glossary.json): the interface translations (.ts), the documents'
words (kkdesk/reports/i18n.py) and the vocabularies' labels say each key term the same way."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from kkdesk.reports import i18n as report_words
from kkdesk.resources import resource

LANGS = ("ru", "kk")


def glossary() -> dict:
    return json.loads(resource("i18n", "glossary.json").read_text(encoding="utf-8"))


def interface_texts() -> dict[str, dict[str, str]]:
    """English source -> {"en", "ru", "kk"} from the shipped .ts files (plural forms joined)."""
    out: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        root = ET.fromstring(resource("i18n", f"kkdesk_{lang}.ts").read_bytes())
        for m in root.iter("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")]
            out.setdefault(src, {"en": src})[lang] = " | ".join(forms) if forms else (tr.text or "")
    return out


def document_texts() -> dict[str, dict[str, str]]:
    return {key: dict(zip(("en", "ru", "kk"), texts)) for key, texts in report_words._T.items()}


def vocabulary_texts() -> dict[str, dict[str, str]]:
    out = {}
    for path in resource("vocab").iterdir():
        if path.name.endswith(".json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            for term in data["terms"]:
                out[f"{data['vocab']}:{term['code']}"] = {lang: term.get(lang, "") for lang in ("en", "ru", "kk")}
    return out


def departures(texts: dict[str, dict[str, str]]) -> list[str]:
    """Every text whose Russian or Kazakh does not say a glossary term the glossary's way."""
    out = []
    for where, text in texts.items():
        plain = {lang: re.sub(r"\{\w+\}", "", value or "") for lang, value in text.items()}  # {n} is no word
        for term in glossary()["terms"]:
            if text["en"] in term["except"]:
                continue
            if re.search(term["match"]["en"], plain["en"], re.I):
                out += [f"{where}: {lang} '{text[lang]}' does not say {term['key']} ({term[lang]})"
                        for lang in LANGS if text.get(lang) and not re.search(term["match"][lang], plain[lang], re.I)]
            out += [f"{where}: {lang} '{text[lang]}' says '{pattern}' for {term['key']} ({term[lang]})"
                    for lang, pattern in term["avoid"].items() if re.search(pattern, plain.get(lang, ""), re.I)]
    return out


def test_the_glossary_names_each_term_in_three_languages_and_its_decisions():
    g = glossary()
    keys = [t["key"] for t in g["terms"]]
    assert len(keys) == len(set(keys))
    assert {"threat", "incident", "target", "defender", "source_of_threat", "pseudonym", "verified"} <= set(keys)
    for term in g["terms"]:
        assert all(term[lang] for lang in ("en", "ru", "kk")), term["key"]
        for lang in ("ru", "kk"):   # the glossary's own word passes its own check
            assert re.search(term["match"][lang], term[lang], re.I), (term["key"], lang)
    assert any("қатер" in d and "қауіп" in d for d in g["decisions"])


@pytest.mark.parametrize("name, texts", [("interface", interface_texts), ("documents", document_texts),
                                         ("vocabularies", vocabulary_texts)])
def test_translations_follow_the_glossary(name, texts):
    found = departures(texts())
    assert not found, f"{len(found)} {name} texts depart from the glossary:\n" + "\n".join(found)


def test_the_check_catches_a_departure():
    """The check is not vacuous: the documents' old Kazakh word for threat is caught."""
    found = departures({"x": {"en": "Threats by year", "ru": "Угрозы по годам", "kk": "Қауіптер жылдар бойынша"}})
    assert len(found) == 2 and all("threat" in f for f in found)
    assert departures({"x": {"en": "Security help", "ru": "Помощь", "kk": "Қауіпсіздік көмегі"}}) == []
