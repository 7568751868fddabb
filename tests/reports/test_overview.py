"""Periodic overviews read back with poppler: every number equals the statistics module's, each
table names its counting unit, labels in the document language, progress and cancel work."""

from __future__ import annotations

import pytest

from kkdesk import stats
from kkdesk.errors import Cancelled
from kkdesk.progress import Progress
from kkdesk.reports import build_overview
from kkdesk.reports.snapshots.overview import gather_overview
from kkdesk.search import SearchQuery
from tests.reports.conftest import NAMES
from tests.reports.helpers import assert_safe_metadata, font_names, pdf_text


class Recorder(Progress):
    def __init__(self, cancel_after: int | None = None):
        self.fractions: list[float] = []
        self.checks = 0
        self.cancel_after = cancel_after

    def set_progress(self, fraction, text=""):
        self.fractions.append(fraction)

    def is_cancelled(self):
        self.checks += 1
        return self.cancel_after is not None and self.checks > self.cancel_after


def _section(snap, key):
    return next(s for s in snap.sections if s.key == key)


def test_snapshot_numbers_equal_the_statistics(store):
    cdb, _ = store
    snap = gather_overview(cdb, None, "en", "full")
    kf = stats.key_figures(cdb)
    assert [v for _, v in snap.key_figures] == [kf["incidents"], kf["threats"], kf["persons"],
                                                kf["organisations"], kf["threat_types"]]
    by_year = stats.count_by(cdb, ["year"], "threats")
    assert {int(r[0]): r[1] for r in _section(snap, "by_year").rows} == {r["year"]: r["count"] for r in by_year.rows}
    persons_year = stats.count_by(cdb, ["year"], "persons")
    assert {int(r[0]): r[1] for r in _section(snap, "persons_by_year").rows} == \
        {r["year"]: r["count"] for r in persons_year.rows}
    types = stats.types_with_persons(cdb)
    assert [(r[1], r[2]) for r in _section(snap, "by_type").rows] == [(r["persons"], r["threats"]) for r in types]
    per = stats.threats_per_target(cdb)
    assert [(int(a), b) for a, b in _section(snap, "per_person").rows] == [(r["threats"], r["count"]) for r in per.rows]
    dt = stats.distinct_types_per_target(cdb)
    assert [tuple(map(int, r)) for r in _section(snap, "types_per_target").rows] == \
        [(r["types"], r["persons"], r["organisations"], r["count"]) for r in dt.rows]
    src = stats.count_by(cdb, ["source"], "threats")
    assert sorted(r[1] for r in _section(snap, "by_source").rows) == sorted(r["count"] for r in src.rows)
    women = stats.womens_share_by_year(cdb)
    assert [(int(r[0]), r[1], r[2], float(r[3])) for r in _section(snap, "womens_share").rows] == \
        [(r["year"], r["women"], r["threats"], r["share"]) for r in women]
    years = stats.years_under_threat(cdb)
    assert [(int(a), b) for a, b in _section(snap, "years_under_threat").rows] == \
        [(r["years"], r["count"]) for r in years.rows]
    assert len(snap.cases) == kf["incidents"]
    for sec in snap.sections:
        assert sec.unit.startswith("Unit: "), sec.key


def test_overview_pdf_shows_the_figures_in_kazakh(store):
    cdb, _ = store
    data = build_overview(cdb, SearchQuery(date_from="2019", date_to="2021"), "kk", "full")
    text = pdf_text(data)
    q = SearchQuery(date_from="2019", date_to="2021")
    kf = stats.key_figures(cdb, q)
    for expected in ["Кезеңдік шолу", "Негізгі көрсеткіштер", "Қатерлер жылдар бойынша", "Есеп бірлігі: қатерлер",
                     "Қатерлер айлар бойынша", "Маусым", "Қатер төнген тұлғалар", "Істер тізімі",
                     "Әсел Қуанышқызы",
                     # the key-figure boxes, read row by row: numbers first, then their labels
                     " ".join(str(kf[k]) for k in ("incidents", "threats", "persons", "organisations", "threat_types"))
                     + " Оқиғалар Қатерлер"]:
        assert expected in text, expected
    for row in stats.count_by(cdb, ["year"], "threats", q).rows:   # the by-year table, row by row
        assert f"{row['year']} {row['count']}" in text
    assert_safe_metadata(data)
    fonts = font_names(data)
    assert fonts and all("PTSans" in f for f in fonts), fonts   # no standard font: no black boxes


def test_overview_month_with_the_english_period(store):
    cdb, ids = store
    text = pdf_text(build_overview(cdb, SearchQuery(date_from="2019-06-01", date_to="2019-06-30"), "en", "full"))
    assert "Period: June 2019" in text
    assert cdb.incidents.get(ids["first"]).ref in text
    assert cdb.incidents.get(ids["second"]).ref not in text


def test_pseudonymised_and_public_overviews(store):
    cdb, ids = store
    text = pdf_text(build_overview(cdb, None, "ru", "pseudonymised"))
    assert not any(n in text for n in NAMES)
    assert cdb.persons.get(ids["asel"]).pseudonym in text
    pub = gather_overview(cdb, None, "en", "public")
    assert [v for _, v in pub.key_figures][:2] == [1, 2]   # the one public incident and its two threats
    assert pub.marking == "PUBLIC" and len(pub.cases) == 1
    assert not any(n in " ".join(map(str, pub.cases)) for n in NAMES)


def test_progress_reported_and_cancel_stops(store):
    cdb, _ = store
    rec = Recorder()
    build_overview(cdb, None, "en", "full", progress=rec)
    assert rec.fractions[-1] == 1.0 and rec.checks > 3
    assert any(0.5 < f < 1.0 for f in rec.fractions), "the page layout reports progress too"
    with pytest.raises(Cancelled):
        build_overview(cdb, None, "en", "full", progress=Recorder(cancel_after=2))
    # the very last check happens during page layout: cancelling there stops the build as well
    with pytest.raises(Cancelled):
        build_overview(cdb, None, "en", "full", progress=Recorder(cancel_after=rec.checks - 1))


def test_every_section_is_a_bookmark_on_its_page(store):
    """The PDF outline lists the key figures, each numbered section and the case list, each pointing
    at the page where that heading is printed."""
    import io

    import pypdf

    cdb, _ = store
    data = build_overview(cdb, None, "ru", "full")
    reader = pypdf.PdfReader(io.BytesIO(data))
    marks = [m for m in reader.outline if not isinstance(m, list)]
    snap = gather_overview(cdb, None, "ru", "full")
    titles = [m.title for m in marks]
    assert titles[0] == "Основные показатели" and titles[-1].endswith("Список дел")
    assert titles[1:-1] == [f"{n}. {s.title}" for n, s in enumerate(snap.sections, start=1)]
    for m in marks:
        page = reader.pages[reader.get_destination_page_number(m)].extract_text()
        assert m.title in " ".join(page.split()), m.title


def test_year_by_month_grid_and_persons_by_gender_equal_the_statistics(store):
    cdb, _ = store
    snap = gather_overview(cdb, None, "ru", "full")
    sec = {s.key: s for s in snap.sections}
    grid = sec["year_month"]
    assert grid.header[0] == "Год" and grid.header[1] == "янв" and grid.header[13:] == ("?", "Всего")
    table = stats.count_by(cdb, ["year", "month"], "threats")
    for row in grid.rows[:-1]:
        year = int(row[0])
        for m, cell in zip([*range(1, 13), None], row[1:14]):
            assert cell == table.value(year=year, month=m)
        assert row[14] == sum(row[1:14])
    assert grid.rows[-1][0] == "Всего" and grid.rows[-1][14] == stats.key_figures(cdb)["threats"]
    assert "первом месяце" in grid.note          # how partial dates are counted is said
    people = dict(sec["persons_by_gender"].rows)
    by_gender = stats.count_by(cdb, ["gender"], "persons")
    assert people["Женщина"] == by_gender.value(gender="female") == 2
    assert people["Мужчина"] == by_gender.value(gender="male") == 1
    assert people["Организации"] == stats.key_figures(cdb)["organisations"] == 1
    text = pdf_text(build_overview(cdb, None, "ru", "full"))
    assert "Угрозы по годам и месяцам" in text and "Лица по полу и организации" in text
    assert "учитывается в этом году и в графе «?»" in text


def test_a_narrow_column_is_widened_rather_than_a_word_broken():
    import re

    from reportlab.platypus import SimpleDocTemplate

    from kkdesk.reports.pdf.blocks import fit_widths, wrapped_table
    from tests.reports.helpers import pdf_text as text_of

    rows = [("KK-2019-1A2B3C4D", "февраль 2019", "Петропавловск", "Угрозы", "P-7K3Q9", "Арест")] * 3
    widths = fit_widths(["Ref", "Date", "Place", "Title", "Targets", "Type"], rows,
                        [0.17, 0.05, 0.06, 0.44, 0.14, 0.14])
    assert abs(sum(widths) - 1.0) < 1e-9 and widths[2] > 0.06 and widths[1] > 0.05
    import io

    buf = io.BytesIO()
    from kkdesk.reports.pdf import fonts

    fonts.register()
    SimpleDocTemplate(buf).build([wrapped_table(["Ref", "Date", "Place", "Title", "Targets", "Type"], rows, widths)])
    words = re.findall(r"\w+", text_of(buf.getvalue()))
    assert words.count("Петропавловск") == 3 and words.count("февраль") == 3
