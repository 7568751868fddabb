"""kkdesk's own exports (en, ru, kk; CSV, XLSX, JSON) import back to identical statistics."""

from __future__ import annotations

import pytest

from kkdesk.cli import main
from kkdesk.demo import generate
from kkdesk.importer import read_table, suggest_mapping
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, LegalCharge, Organisation, Person, Target, Threat
from kkdesk.stats import count_by
from kkdesk.records import CaseDatabase

PASS = "own exports passphrase"
# What the threats sheet carries; the criteria columns are labels of the analysis, not imported.
DIMENSIONS = ["threat_type", "region", "city", "year", "gender", "category", "source", "threat_group",
              "category_group", "source_group", "org_kind"]


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("own")
    path = folder / "source.kkdb"
    with CaseDatabase.create(path, PASS) as cdb:
        generate(cdb, incidents=60, seed=7)
        _awkward(cdb)
        # an incident's threats come back only through the threats sheet: keep incidents with threats
        stats = _stats(cdb)
    return folder, path, stats


def _awkward(cdb) -> None:
    """Values that once broke the way back: every legal article (labels with parentheses and commas)
    several to a threat, child categories (advocate, legal consultant), two ministries on one threat,
    organisations of several kinds, names with parentheses, several targets in one incident."""
    articles = [t.code for t in cdb.vocab.terms("legal_article")]
    people = [cdb.persons.save(Person(name_cyrillic=name, gender=g, categories=[c])) for name, g, c in (
        ("Тестова Алма (Алмагуль) Ивановна", "female", "advocate"), ("Примеров Бек", "male", "legal_consultant"),
        ("Образцова Ләззат", "female", "lawyer"))]
    orgs = [cdb.organisations.save(Organisation(name=name, kind=kind)) for name, kind in (
        ("Юридическая консультация № 5 (тест)", "legal_consulting_firm"), ("ОФ «Тестовый фонд»", "ngo"),
        ("Коллегия адвокатов Тестовой области", "bar_association"))]
    for n in range(0, len(articles), 3):
        p, o = people[n % 3], orgs[n % 3]
        cdb.incidents.save(Incident(title=f"Статьи {n} (часть 1, 2)", date=PartialDate(f"20{10 + n % 12}-0{1 + n % 9}"),
                                    city="almaty", targets=[
            Target(person_id=p.id, category=cdb.persons.get(p.id).categories[0], threats=[
                Threat("judicial.criminal_proceedings", sources=["ministry_of_justice", "ministry_of_finance"],
                       articles=[LegalCharge(a, "charged") for a in articles[n:n + 3]])]),
            Target(organisation_id=o.id, threats=[Threat("judicial.search", sources=["prosecutor"])])]))


def _stats(cdb) -> dict:
    out = {dim: sorted(map(str, count_by(cdb, dim, "threats").rows)) for dim in DIMENSIONS}
    for unit in ("threats", "persons", "organisations", "targets"):
        out[unit] = sorted(map(str, count_by(cdb, "year", unit).rows))
    out["incidents with threats"] = cdb.scalar("SELECT count(DISTINCT incident_id) FROM threat")
    out["articles"] = cdb.query("SELECT article, count(*) FROM threat_article GROUP BY article ORDER BY article")
    return out


# The JSON export holds codes, not labels: it has no language.
@pytest.mark.parametrize("fmt, lang", [(f, lang) for f in ("csv", "xlsx") for lang in ("en", "ru", "kk")]
                         + [("json", "en")])
def test_own_export_imports_back_to_identical_statistics(source, fmt, lang, capsys):
    folder, path, expected = source
    out = folder / f"export-{lang}.{fmt}"
    assert main(["export", str(path), "--format", fmt, "--lang", lang, "--out", str(out)]) == 0
    sheet = out / "threats.csv" if fmt == "csv" else out
    target = folder / f"back-{lang}-{fmt}.kkdb"
    CaseDatabase.create(target, PASS).close()
    capsys.readouterr()
    assert main(["import", str(target), str(sheet)]) == 0, capsys.readouterr().out
    with CaseDatabase.open(target, PASS) as cdb:
        assert _stats(cdb) == expected


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_column_of_the_threats_sheet_is_understood(source, lang):
    folder, path, _ = source
    out = folder / f"cols-{lang}"
    assert main(["export", str(path), "--format", "csv", "--lang", lang, "--out", str(out)]) == 0
    table = read_table(out / "threats.csv")
    with CaseDatabase.open(path, PASS) as cdb:
        columns = suggest_mapping(cdb, table).columns
    mapped = {f for f in columns.values() if f}
    assert {"incident_key", "title", "date", "region", "city", "status", "confidentiality", "target_kind",
            "target", "category", "gender", "threat_type", "source_type", "legal_article", "outcome"} <= mapped
