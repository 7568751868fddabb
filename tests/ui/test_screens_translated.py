"""Completeness: in Russian and Kazakh, no visible text of the main screens and dialogs is still the
English source — window titles, labels, buttons, tabs, column headers, group titles, combo box values
and placeholders, from the unlock window (with a wrong passphrase) through every tab of the editor to
the dialogs. A short allow-list holds what is the same in every language (codes, formats, the name)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kkdesk.resources import resource
from tests.ui.conftest import unlock, wait_idle
from tests.ui.screens import shown_texts, tour, tour_database, unlock_screens

# The same in every language: the product, file formats, algorithms, key names; and "English" where a
# language picker names each language in itself (English, Русский, Қазақша), so anyone finds theirs.
ALLOWED = {"kkdesk", "PDF", "PDF/A", "CSV", "XLSX", "JSON", "DOCX", "URL", "UUID", "SHA-256", "OK", "Ctrl+S", "F12",
           "English"}
NOT_ENGLISH = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def english_sources() -> set[str]:
    root = ET.fromstring(resource("i18n", "kkdesk_ru.ts").read_bytes())
    return {m.findtext("source") for m in root.iter("message")}


def still_english(text: str, sources: set[str]) -> bool:
    """text is an untranslated source string, or a run of English words with no Cyrillic at all."""
    text = text.strip()
    if text in ALLOWED or NOT_ENGLISH.search(text) or not re.search("[A-Za-z]{2}", text):
        return False
    return text in sources or len(re.findall(r"\b[A-Za-z]{3,}\b", text)) >= 2


def test_the_check_tells_english_from_translated_text():
    sources = english_sources()
    assert still_english("Save search…", sources) and still_english("Threats by year (unit: threats)", sources)
    assert still_english("Something new and untranslated", sources)       # not a source, but English words
    assert not still_english("Сохранить поиск…", sources) and not still_english("2019 ж. маусым", sources)
    assert not still_english("kkdesk", sources) and not still_english("KK-2021-3F9A0C1B", sources)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return tour_database(tmp_path_factory.mktemp("lang") / "lang.kkdb")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_visible_text_is_left_in_english(qtbot, make_app, demo_db, lang, tmp_path):
    path, iid, pid = demo_db
    sources = english_sources()
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    found: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()

    def check(name: str, window) -> None:
        for where, text in shown_texts(window):
            seen.add((where, text))
            if still_english(text, sources):
                found.setdefault(f"{where}: '{text}'", name)

    for name, window in unlock_screens(qtbot, ctx.unlock_window, path, (1280, 800)):
        check(name, window)
    unlock(qtbot, ctx, path)
    for name, window in tour(qtbot, ctx, (1280, 800), wait_idle, iid, pid, tmp_path):
        check(name, window)
    assert len(seen) > 500 and any("QMenuBar" in where for where, _ in seen)   # the walk saw the screens
    assert not found, f"{len(found)} texts still in English in {lang}:\n" + "\n".join(
        f"{name}: {text}" for text, name in found.items())
