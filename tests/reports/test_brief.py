"""Case briefs read back with poppler: languages, contents, de-identification, metadata."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.reports import build_brief
from tests.reports.conftest import NAMES
from tests.reports.helpers import assert_safe_metadata, font_names, pdf_metadata, pdf_text, raw_contains


def test_russian_full_brief_shows_every_section(store):
    cdb, ids = store
    data = build_brief(cdb, ids["first"], "ru", "full")
    text = pdf_text(data)
    inc = cdb.incidents.get(ids["first"])
    for expected in ["Справка по делу", "КОНФИДЕНЦИАЛЬНО", inc.ref, "9 июня 2019 г.", "Алматы",
                     "Әсел Қуанышқызы", "Борис Жаворонков", "Объекты угроз и угрозы", "Арест",
                     "Полиция", "Описание", "Источники информации", "https://news.example.org/2019/06/10/asel",
                     "10 июня 2019 г.", "Реагирование", "Жалоба отклонена", "Приложения", "protocol_asel.pdf",
                     "История записи", "monitor-7", "Страница 1 из", "Язык: русский"]:
        assert expected in text, expected
    sha = inc.attachments[0].sha256
    assert sha[:32] in text.replace(" ", "")  # the hash may wrap inside its cell
    assert_safe_metadata(data)
    assert all("PTSans" in f for f in font_names(data)), font_names(data)


def test_kazakh_and_english_labels_come_out_as_letters(store):
    cdb, ids = store
    kk = pdf_text(build_brief(cdb, ids["first"], "kk", "full"))
    for expected in ["Іс бойынша анықтама", "ҚҰПИЯ", "2019 ж. 9 маусым", "Қатер нысандары мен қатерлер",
                     "Тілі: қазақ", "Әсел Қуанышқызы"]:
        assert expected in kk, expected
    en = pdf_text(build_brief(cdb, ids["first"], "en", "full"))
    for expected in ["Case brief", "CONFIDENTIAL", "9 June 2019", "Targets and threats", "Page 1 of",
                     "Language: English"]:
        assert expected in en, expected


def test_pseudonymised_brief_holds_no_real_name_anywhere(store):
    cdb, ids = store
    asel = cdb.persons.get(ids["asel"])
    data = build_brief(cdb, ids["first"], "en", "pseudonymised")
    text = pdf_text(data)
    for name in NAMES:
        assert name not in text, name
        assert not raw_contains(data, name), name
    assert asel.pseudonym in text
    assert "+7 700" not in text
    assert "2019/06/10/asel" not in text and f"2019/06/10/{asel.pseudonym}" in text   # name in an address
    assert "protocol_asel" not in text
    meta = " ".join(str(v) for v in pdf_metadata(data).values())
    assert not any(n in meta for n in NAMES)
    assert_safe_metadata(data)


def test_public_brief_only_for_public_incidents_and_coarsened(store):
    cdb, ids = store
    with pytest.raises(InvalidInput):
        build_brief(cdb, ids["first"], "en", "public")
    text = pdf_text(build_brief(cdb, ids["second"], "en", "public"))
    assert "PUBLIC" in text and "May–June 2021" in text
    assert "monitor-7" not in text
    assert not any(n in text for n in NAMES)


def test_unknown_incident_and_language_are_plain_errors(store):
    cdb, _ = store
    with pytest.raises(NotFound):
        build_brief(cdb, 99999, "en", "full")
    with pytest.raises(InvalidInput):
        build_brief(cdb, 1, "de", "full")
    with pytest.raises(InvalidInput):
        build_brief(cdb, 1, "en", "secret")
