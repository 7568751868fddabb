"""The overview rebuilds the lawyers overview's published figures (seeds) from records shaped like
it (tests/reports/seed_shaped.py), in en, ru and kk; each table is read back from the PDF text."""

from __future__ import annotations

import pytest

from kkdesk.records import CaseDatabase
from kkdesk.reports import build_overview
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.overview import gather_overview
from kkdesk.util.numbers import number
from tests.reports import seed_shaped
from tests.reports.helpers import pdf_text


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    cdb = CaseDatabase.create(tmp_path_factory.mktemp("seed") / "seed.kkdb", "pass")
    assert seed_shaped.build(cdb) == {"threats": 205, "incidents": 111}
    yield cdb
    cdb.close()


def _rows(snap, key) -> list[tuple]:
    return [tuple(r) for r in next(s for s in snap.sections if s.key == key).rows]


def _in_text(text: str, *cells) -> bool:
    return " ".join(str(c) for c in cells) in text


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_published_figures_come_back_from_the_pdf(seed_db, lang):
    cdb, L = seed_db, lang

    def lab(vocab, code):
        return cdb.vocab.label(vocab, code, L)

    snap = gather_overview(cdb, None, L, "full")
    text = pdf_text(build_overview(cdb, None, L, "full"))
    kf = dict(snap.key_figures)
    assert (kf[tr("kf.threats", L)], kf[tr("kf.persons", L)], kf[tr("kf.organisations", L)]) == (205, 76, 4)

    # 76 individuals: 29 women, 47 men; 3 bar associations and 1 legal consulting firm
    assert _rows(snap, "persons_by_gender") == [(lab("gender", "female"), 29), (lab("gender", "male"), 47),
                                                (tr("organisations", L), 4)]
    # 29 women received 97 threats (47.3 %), 47 men 103
    women, men = number(47.3, L, 1), number(50.2, L, 1)        # "47,3" in ru and kk
    assert (lab("gender", "female"), 97, women) in _rows(snap, "by_gender")
    assert _in_text(text, lab("gender", "female"), 97, women) and _in_text(text, lab("gender", "male"), 103, men)

    # lawyers: advocates and legal consultants ("including 5 legal workers representing citizens")
    lawyers = _rows(snap, "sub_lawyer")
    assert [r[:2] for r in lawyers] == [(lab("category", "advocate"), 71), (lab("category", "legal_consultant"), 5),
                                       (tr("total", L), 76)]
    assert sum(r[2] for r in lawyers[:-1]) == lawyers[-1][2] == 200
    for row in lawyers:
        assert _in_text(text, *row), row
    # by category, advocates and legal consultants count as lawyers
    assert _rows(snap, "by_category")[0] == (lab("category", "lawyer"), 200)

    # organisations by kind
    orgs = _rows(snap, "by_org_kind")
    assert orgs == [(lab("org_kind", "bar_association"), 3, 4), (lab("org_kind", "legal_consulting_firm"), 1, 1),
                    (tr("total", L), 4, 5)]
    for row in orgs:
        assert _in_text(text, *row), row

    # sources grouped: "ministries — 17: of finance — 1, healthcare — 5, justice — 11"
    groups = _rows(snap, "by_source_group")
    at = groups.index((lab("source_type", "ministry"), 17))
    assert [(name.strip(" ·\u2003"), n) for name, n in groups[at + 1:at + 4]] == [
        (lab("source_type", "ministry_of_justice"), 11), (lab("source_type", "ministry_of_healthcare"), 5),
        (lab("source_type", "ministry_of_finance"), 1)]
    assert (lab("source_type", "court"), 44) in groups and (lab("source_type", "police"), 43) in groups
    assert (lab("source_type", "unknown"), 16) in groups and (lab("source_type", "penitentiary"), 9) in groups
    for code, n in (("ministry", 17), ("ministry_of_justice", 11), ("ministry_of_healthcare", 5), ("court", 44),
                    ("police", 43)):
        assert _in_text(text, lab("source_type", code), n), code

    # repeated threats: 14 lawyers and 2 legal experts, of whom 7 men (2–5 times) and 9 women
    by_gender = _rows(snap, "repeated_by_gender")
    assert by_gender == [(lab("gender", "female"), 9, "2–6"), (lab("gender", "male"), 7, "2–5"),
                         (tr("total", L), 16, "")]
    by_category = _rows(snap, "repeated_by_category")
    assert by_category == [(lab("category", "advocate"), 14, "2–6"), (lab("category", "legal_consultant"), 2, "2"),
                           (tr("total", L), 16, "")]
    for row in by_gender[:-1] + by_category[:-1]:
        assert _in_text(text, *row), row

    # one bar per defender: 76 lawyers, most threatened first
    per = _rows(snap, "per_defender")
    assert len(per) == 76 and [n for _, n in per] == sorted((n for _, n in per), reverse=True)
    assert sum(n for _, n in per) == 200
    assert _in_text(text, per[0][0], per[0][1]) and _in_text(text, per[-1][0], per[-1][1])

    # threats by year and by city
    years = dict(_rows(snap, "by_year"))
    assert {y: years[str(y)] for y in (2017, 2018, 2013, 2019, 2014)} == {2017: 57, 2018: 37, 2013: 24, 2019: 21,
                                                                           2014: 18}
    cities = _rows(snap, "by_city")
    assert len(cities) == 16 and cities[:2] == [(lab("city", "almaty"), 82), (lab("city", "astana"), 46)]
    assert _in_text(text, lab("city", "almaty"), 82)


def test_names_stay_out_of_the_pseudonymised_defender_table(seed_db):
    snap = gather_overview(seed_db, None, "ru", "pseudonymised")
    per = _rows(snap, "per_defender")
    assert len(per) == 76 and all(" P-" in name or name.split(". ", 1)[1].startswith("P-") for name, _ in per)
    assert not any(s in name for name, _ in per for s in seed_shaped._SURNAMES)
