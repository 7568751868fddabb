"""Defender dossiers read back with poppler: profile, timeline, counts, duration, profiles."""

from __future__ import annotations

import pytest

from kkdesk import stats
from kkdesk.errors import InvalidInput
from kkdesk.reports import build_dossier
from kkdesk.reports.snapshots.dossier import gather_dossier
from kkdesk.search import SearchQuery
from tests.reports.conftest import NAMES
from tests.reports.helpers import assert_safe_metadata, font_names, pdf_text, raw_contains


def test_person_dossier_in_russian(store):
    cdb, ids = store
    data = build_dossier(cdb, person_id=ids["asel"], lang="ru", profile="full")
    text = pdf_text(data)
    first, second = cdb.incidents.get(ids["first"]), cdb.incidents.get(ids["second"])
    for expected in ["Досье правозащитника", "Әсел Қуанышқызы", "Asel Kuanyshkyzy", "+7 700 000 0001",
                     "Продолжительность угроз", "Угрозы по видам", "Угрозы по источникам", "Хронология инцидентов",
                     first.ref, second.ref, "9 июня 2019 г.", "май–июнь 2021 г.", "КОНФИДЕНЦИАЛЬНО"]:
        assert expected in text, expected
    assert text.index(first.ref) < text.index(second.ref), "timeline runs oldest first"
    assert_safe_metadata(data)
    assert all("PTSans" in f for f in font_names(data)), font_names(data)


def test_dossier_counts_agree_with_the_statistics(store):
    cdb, ids = store
    snap = gather_dossier(cdb, person_id=ids["asel"], lang="en")
    q = SearchQuery(person_id=ids["asel"])
    row = next(r for r in stats.duration_under_threat(cdb, q) if r["person_id"] == ids["asel"])
    assert snap.threats == row["threats"] == 3
    assert snap.incidents == row["incidents"] == 2
    assert dict(snap.duration)["Calendar years under threat"] == str(row["years"]) == "3"
    assert dict(snap.by_type.rows) == {cdb.vocab.label("threat_type", "judicial.arrest", "en"): 2,
                                       cdb.vocab.label("threat_type", "judicial.questioning_summons", "en"): 1}


def test_organisation_dossier_pseudonymised_in_kazakh(store):
    cdb, ids = store
    org = cdb.organisations.get(ids["org"])
    data = build_dossier(cdb, organisation_id=ids["org"], lang="kk", profile="pseudonymised")
    text = pdf_text(data)
    assert "Құқық қорғаушының досьесі" in text and org.pseudonym in text
    for name in NAMES:
        assert name not in text and not raw_contains(data, name), name


def test_public_dossier_hides_private_incidents_and_fields(store):
    cdb, ids = store
    snap = gather_dossier(cdb, person_id=ids["asel"], lang="en", profile="public")
    assert snap.incidents == 1 and snap.marking == "PUBLIC"
    flat = repr(snap)
    assert "+7 700" not in flat and not any(n in flat for n in NAMES)


def test_dossier_needs_exactly_one_subject(store):
    cdb, ids = store
    with pytest.raises(InvalidInput):
        build_dossier(cdb)
    with pytest.raises(InvalidInput):
        build_dossier(cdb, person_id=ids["asel"], organisation_id=ids["org"])
