"""The UN submission draft (.docx), read back with python-docx: numbered paragraphs, figures equal to
the statistics, tables, de-identified case examples, the four-year period, the page limit."""

from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pytest

from kkdesk import stats
from kkdesk.errors import InvalidInput
from kkdesk.reports import build_submission
from kkdesk.reports.docx.submission import _LINES_PER_PAGE, estimated_lines, fit, words
from kkdesk.reports.snapshots.submission import gather_submission
from kkdesk.search import SearchQuery
from tests.reports.conftest import NAMES, PASS
from tests.reports.helpers import docx_texts

PERIOD = SearchQuery(date_from="2019", date_to="2022")


def _numbered(data: bytes) -> list[str]:
    return [text for style, text in docx_texts(data) if style == "List Number"]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_figures_and_tables_are_the_statistics(store, lang):
    cdb, _ = store
    data = build_submission(cdb, PERIOD, lang, "pseudonymised")
    kf = stats.key_figures(cdb, PERIOD)
    paras = _numbered(data)
    assert len(paras) >= 8                        # introduction, method, figures, cases, recommendations
    totals = next(p for p in paras if str(kf["threats"]) in p and str(kf["incidents"]) in p)
    if lang == "en":
        assert totals == (f"In this period the monitoring recorded {kf['incidents']} incidents: {kf['threats']} "
                          f"threats against {kf['persons']} persons and {kf['organisations']} organisation"
                          f"{'s' if kf['organisations'] != 1 else ''}.")
    doc = docx.Document(io.BytesIO(data))
    by_year = doc.tables[0]
    rows = [[c.text for c in r.cells] for r in by_year.rows]
    want = {u: {r["year"]: r["count"] for r in stats.count_by(cdb, ["year"], u, PERIOD).rows}
            for u in ("incidents", "threats", "persons")}
    assert [int(r[0]) for r in rows[1:]] == sorted(want["threats"])
    for r in rows[1:]:
        y = int(r[0])
        assert [int(v.replace("\u00a0", "")) for v in r[1:]] == [want[u][y] for u in ("incidents", "threats", "persons")]
    types = stats.types_with_persons(cdb, PERIOD)
    shown = [[c.text for c in r.cells] for r in doc.tables[1].rows][1:]
    assert [(int(p), int(t)) for _l, p, t in shown] == [(r["persons"], r["threats"]) for r in types[:8]]
    # the trend compares the first and last whole years with figures
    assert any("2019" in p and "2021" in p for p in paras)


def test_case_examples_are_de_identified_and_never_confidential(store):
    cdb, ids = store
    for profile in ("pseudonymised", "public"):
        snap = gather_submission(cdb, PERIOD, "ru", profile)
        data = build_submission(cdb, PERIOD, "ru", profile)
        text = " ".join(t for _s, t in docx_texts(data))
        assert not any(name in text for name in NAMES), profile
        assert cdb.incidents.get(ids["first"]).confidentiality == "confidential"
        assert "задержана у здания суда" not in text          # the confidential incident is no example
        assert all(c in text for c in snap.cases)
    public = gather_submission(cdb, PERIOD, "ru", "public")
    assert len(public.cases) == 1 and "2021" in public.cases[0]   # only the incident marked public
    pseud = gather_submission(cdb, PERIOD, "ru", "pseudonymised")
    assert len(pseud.cases) == 2 and "2021" in pseud.cases[0]       # verified before draft
    assert cdb.persons.get(ids["asel"]).pseudonym in pseud.cases[0]          # the target's code, not her name


def test_full_names_only_when_the_full_profile_is_asked(store):
    cdb, _ = store
    text = " ".join(t for _s, t in docx_texts(build_submission(cdb, PERIOD, "kk", "full")))
    assert "Қуанышқызына" in text                                # the full draft keeps the text as written


@pytest.mark.parametrize("period", [("2018", "2022"), ("2019-03-01", "2023-03-01"), ("2022", "2019")])
def test_a_period_over_four_years_is_refused(store, period):
    cdb, _ = store
    with pytest.raises(InvalidInput) as err:
        build_submission(cdb, SearchQuery(date_from=period[0], date_to=period[1]), "ru")
    assert err.value.code == "report.submission_period_too_long"
    assert "четырёх лет" in err.value.render("ru")


def test_exactly_four_years_is_accepted_and_a_missing_period_refused(store):
    cdb, _ = store
    assert build_submission(cdb, SearchQuery(date_from="2019-03-01", date_to="2023-02-28"), "en")[:2] == b"PK"
    with pytest.raises(InvalidInput) as err:
        build_submission(cdb, SearchQuery(date_from="2019"), "en")
    assert err.value.code == "report.submission_period_needed"


def test_metadata_names_no_author_and_no_tool(store):
    cdb, _ = store
    props = docx.Document(io.BytesIO(build_submission(cdb, PERIOD, "en"))).core_properties
    assert props.author == "" and props.last_modified_by == "" and props.comments == "" and props.title == ""
    assert props.language == "en-GB"


def test_the_page_limit_drops_case_examples_last_first(store):
    import dataclasses

    cdb, _ = store
    snap = gather_submission(cdb, PERIOD, "en", "pseudonymised")
    long_case = "A long case example. " * 60
    many = tuple(f"{k}. {long_case}" for k in range(12))
    sections = tuple(dataclasses.replace(s, paragraphs=many) if s.paragraphs == snap.cases else s
                     for s in snap.sections)
    big = dataclasses.replace(snap, cases=many, sections=sections)
    assert estimated_lines(big) > big.page_limit * _LINES_PER_PAGE
    cut = fit(big)
    assert estimated_lines(cut) <= cut.page_limit * _LINES_PER_PAGE and words(cut) <= 2815
    assert words(fit(snap)) == words(snap) and len(fit(snap).cases) == len(snap.cases)   # a small draft keeps all
    assert 1 <= len(cut.cases) < len(many) and cut.cases == many[:len(cut.cases)]
    joint = fit(dataclasses.replace(big, coalition=True, page_limit=10))
    assert len(joint.cases) > len(cut.cases)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (a check only, not a dependency) "
                                                             "is not installed")
def test_libreoffice_opens_the_draft_within_the_upr_page_limit(store, tmp_path):
    cdb, _ = store
    src = tmp_path / "draft.docx"
    src.write_bytes(build_submission(cdb, PERIOD, "ru", "pseudonymised"))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=240)
    from tests.reports.helpers import page_count, pdf_text

    pdf = (tmp_path / "draft.pdf").read_bytes()
    assert 1 <= page_count(pdf) <= 5
    assert "Доклад для Универсального периодического обзора Казахстана" in pdf_text(pdf)


def test_the_cli_writes_a_draft_and_refuses_a_long_period(store, tmp_path, monkeypatch, capsys):
    from kkdesk.cli import main

    cdb, _ = store
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)
    out = tmp_path / "s.docx"
    assert main(["report", cdb.path, "--kind", "submission", "--from", "2019", "--to", "2022", "--coalition",
                 "--out", str(out)]) == 0
    text = " ".join(t for _s, t in docx_texts(out.read_bytes()))
    assert "Joint submission" in text and not any(n in text for n in NAMES)   # pseudonymised unless asked
    bad = tmp_path / "bad.docx"
    assert main(["report", cdb.path, "--kind", "submission", "--from", "2015", "--to", "2022", "--out", str(bad)]) == 2
    assert not bad.exists() and "four years" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--kind", "submission", "--pdfa"], ["--kind", "overview", "--coalition"]])
def test_an_option_of_another_kind_is_refused(store, tmp_path, monkeypatch, capsys, argv):
    from kkdesk.cli import main

    cdb, _ = store
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)
    out = tmp_path / "x"
    assert main(["report", cdb.path, *argv, "--from", "2019", "--to", "2020", "--out", str(out)]) == 2
    assert not out.exists() and "does not apply" in capsys.readouterr().err
