"""Import of messy legacy spreadsheets into a real encrypted database: counts, precision, persons,
all-or-nothing, re-import without doubles, likely duplicates flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.importer import Mapping, apply, read_table, suggest_mapping, validate
from kkdesk.stats import count_by
from kkdesk.records import CaseDatabase

from .sheets import HEADERS, ROWS, write_csv, write_xlsx

PASS = "import test passphrase"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("import")


@pytest.fixture(scope="module")
def csv_db(folder):
    cdb = CaseDatabase.create(folder / "csv.kkdb", PASS, actor="importer-test")
    yield cdb
    cdb.close()


@pytest.fixture(scope="module")
def xlsx_db(folder):
    cdb = CaseDatabase.create(folder / "xlsx.kkdb", PASS, actor="importer-test")
    yield cdb
    cdb.close()


def _dates(cdb):
    return {r[0]: (r[1], r[2]) for r in cdb.query(
        "SELECT narrative, date_from, date_to FROM incident")}


def test_headers_and_values_are_suggested_in_russian(folder, csv_db):
    table = read_table(write_csv(folder / "suggest.csv"))
    assert table.encoding == "UTF-8" and table.headers == HEADERS
    m = suggest_mapping(csv_db, table)
    assert m.columns == {"№": "incident_key", "Дата": "date", "ФИО": "person", "Категория": "category",
                         "Вид угрозы": "threat_type", "Источник угрозы": "source_type", "Город": "city",
                         "Описание": "narrative", "Пол": "gender"}
    tt = m.values["threat_type"]
    assert tt["задержание"] == "judicial.detention" and tt["арест"] == "judicial.arrest"
    assert tt["угроза расправой"] == "physical.threat_of_bodily_harm"
    assert m.values["source_type"]["полиция"] == "police"  # fuzzy: label is "Полиция (органы …)"
    assert m.values["category"]["адвокат"] == "advocate"
    assert m.target_for("city", "Almaty") == "almaty"  # one entry serves both scripts


def test_messy_csv_imports_with_precision_persons_and_counts(folder, csv_db):
    path = write_csv(folder / "messy.csv")
    table = read_table(path)
    plan = validate(csv_db, table, suggest_mapping(csv_db, table))
    assert plan.ok, plan.report()
    result = apply(csv_db, plan)
    _check_imported(csv_db, result)


def test_messy_xlsx_imports_the_same_and_real_dates_keep_day_precision(folder, xlsx_db):
    # Row 2's text date replaced by a real date cell: day precision.
    path = write_xlsx(folder / "messy.xlsx", real_dates={1: dt.datetime(2019, 6, 10)})
    table = read_table(path)
    assert table.format == "xlsx" and isinstance(table.rows[1][1], dt.date)
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table))
    assert plan.ok, plan.report()
    _check_imported(xlsx_db, apply(xlsx_db, plan))


def _check_imported(cdb, result):
    assert result.incidents == 6
    # threats: 1 + 2 + 1 + 2 (two persons) + 1 + 2
    assert result.threats == 9
    # Kasymov (3 spellings), Nurlanova (2 spellings), Petrov, Sidorova
    assert result.persons_created == 4 and cdb.persons.count() == 4
    dates = _dates(cdb)
    assert dates["Задержан у здания суда"] == ("2019-06-09", None)
    assert dates["Нападение у дома"] == ("2019-06-10", None)
    assert dates["Remanded in custody"] == ("2019-06", None)
    assert dates["Задержаны два адвоката"] == ("2021-05", None)
    assert dates["Повторное задержание"] == ("2021-05", "2021-06")
    assert dates[""] == ("2019", None)
    by_year = count_by(cdb, "year", unit="threats")
    assert by_year.value(year=2019) == 5 and by_year.value(year=2021) == 4
    persons = count_by(cdb, "year", unit="persons")
    assert persons.value(year=2019) == 2 and persons.value(year=2021) == 3
    months = count_by(cdb, ["year", "month"], unit="incidents")
    assert months.value(year=2019, month=6) == 3 and months.value(year=2019, month=None) == 1
    assert months.value(year=2021, month=5) == 2  # "май 2021" and "May–June 2021" count in May once
    sources = count_by(cdb, "source", unit="threats")
    assert sources.value(source="court") == 2 and sources.value(source="prosecutor") == 2
    kasymov = [pid for pid, latin, cyr in cdb.query("SELECT id, name_latin, name_cyrillic FROM person")
               if latin == "Yerzhan Kasymov"]
    assert len(kasymov) == 1
    p = cdb.persons.get(kasymov[0])
    assert p.name_cyrillic == "Касымов Ержан Болатович" and "Ержан Касымов" in p.aliases
    assert p.gender == "male" and p.categories == ["human_rights_defender"]
    assert len(cdb.persons.incident_ids(p.id)) == 3
    actions = {r[0] for r in cdb.query("SELECT action FROM history")}
    assert "import" in actions


def test_same_file_twice_doubles_nothing(folder, csv_db):
    before = csv_db.incidents.count(), csv_db.persons.count(), csv_db.scalar("SELECT count(*) FROM threat")
    table = read_table(folder / "messy.csv")
    plan = validate(csv_db, table, suggest_mapping(csv_db, table))
    assert plan.counts()["already_imported"] == 6 and plan.counts()["incidents"] == 0
    result = apply(csv_db, plan)
    assert result.skipped_already_imported == 6 and result.incidents == 0
    assert (csv_db.incidents.count(), csv_db.persons.count(),
            csv_db.scalar("SELECT count(*) FROM threat")) == before
    assert "imported before" in result.summary()
    edited = suggest_mapping(csv_db, table)
    edited.columns["Описание"] = "title"  # another mapping of the same file: still the same rows
    assert validate(csv_db, table, edited).counts()["already_imported"] == 6


def test_likely_duplicate_of_a_recorded_incident_is_flagged_and_skipped(folder, csv_db):
    # The same date, person and threat type as row 1, written differently (so a new content hash).
    rows = [["77", "9 июня 2019 г.", "Yerzhan Kasymov", "", "Задержание", "", "", "Другое описание", ""]]
    table = read_table(write_csv(folder / "dup.csv", rows=rows))
    plan = validate(csv_db, table, suggest_mapping(csv_db, table))
    assert plan.ok
    planned = plan.incidents[0]
    assert planned.duplicate_of and planned.duplicate_of[0].startswith("KK-2019-")
    assert any("already recorded" in str(w) and w.row == 2 for w in plan.warnings)
    assert plan.counts()["new_persons"] == 0  # matched in the registry
    before = csv_db.incidents.count()
    result = apply(csv_db, plan)
    assert result.skipped_duplicates == 1 and csv_db.incidents.count() == before
    # Kept on request: one more incident, on the existing person.
    plan = validate(csv_db, table, suggest_mapping(csv_db, table))
    result = apply(csv_db, plan, keep_duplicates=True)
    assert result.incidents == 1 and result.persons_matched == 1 and csv_db.incidents.count() == before + 1


def test_error_in_the_last_row_writes_nothing(folder, xlsx_db):
    rows = [list(r) for r in ROWS]
    for r in rows:
        r[0] = "x" + r[0]
        r[7] = r[7] + " (second file)"
    rows[-1][1] = "31.02.2020"
    table = read_table(write_xlsx(folder / "bad_last.xlsx", rows=rows))
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table))
    assert not plan.ok
    [err] = plan.errors
    assert err.row == 7 and err.column == "Дата" and "not a real calendar date" in str(err)
    assert "Row 7, column 'Дата'" in plan.report()
    before = xlsx_db.incidents.count(), xlsx_db.scalar("SELECT count(*) FROM history")
    with pytest.raises(InvalidInput, match="nothing was imported"):
        apply(xlsx_db, plan)
    assert (xlsx_db.incidents.count(), xlsx_db.scalar("SELECT count(*) FROM history")) == before


def test_failure_inside_apply_rolls_everything_back(folder, xlsx_db):
    rows = [["n1", "2022", "Новый Человек Один", "", "задержание", "", "", "one", ""],
            ["n2", "2022", "Новый Человек Два", "", "задержание", "", "", "two", ""]]
    table = read_table(write_csv(folder / "late.csv", rows=rows))
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table))
    assert plan.ok
    plan.incidents[-1].incident.targets[0].threats[0].threat_type = "no.such.type"  # fails in the store
    before = (xlsx_db.incidents.count(), xlsx_db.persons.count(), xlsx_db.scalar("SELECT count(*) FROM history"))
    with pytest.raises(InvalidInput):
        apply(xlsx_db, plan)
    assert (xlsx_db.incidents.count(), xlsx_db.persons.count(),
            xlsx_db.scalar("SELECT count(*) FROM history")) == before


def test_unknown_values_are_reported_then_mapped_or_added(folder, xlsx_db):
    rows = [["u1", "2023-03", "Тестова Гульнар", "", "космическая угроза", "полиция", "", "u1", ""],
            ["u2", "2023-04", "Тестова Гульнар", "", "Космическая угроза; арест", "", "", "u2", ""]]
    table = read_table(write_csv(folder / "unknown.csv", rows=rows))
    mapping = suggest_mapping(xlsx_db, table)
    assert mapping.values["threat_type"]["космическая угроза"] is None
    plan = validate(xlsx_db, table, mapping)
    [err] = plan.errors  # reported once per value, at its first row
    assert err.row == 2 and err.column == "Вид угрозы" and "not a known threat type" in err.message
    mapping.values["threat_type"]["космическая угроза"] = {
        "add_term": {"code": "other.cosmic", "en": "Cosmic threat", "ru": "Космическая угроза"}}
    mapping.save(folder / "map.json")
    loaded = Mapping.load(folder / "map.json")
    assert loaded == mapping
    plan = validate(xlsx_db, table, loaded)
    assert plan.ok, plan.report()
    assert [t.code for t in plan.new_terms] == ["other.cosmic"]
    result = apply(xlsx_db, plan)
    assert result.terms_added == 1 and result.threats == 3
    assert xlsx_db.vocab.label("threat_type", "other.cosmic", "ru") == "Космическая угроза"
    assert count_by(xlsx_db, "threat_type", unit="threats").value(threat_type="other.cosmic") == 2


def test_mapping_file_is_checked(folder):
    bad = folder / "bad_map.json"
    bad.write_text('{"format": "kkdesk-import-mapping", "version": 1, "columns": {"A": "nonsense"}}')
    with pytest.raises(InvalidInput, match="unknown field 'nonsense'"):
        Mapping.load(bad)
    bad.write_text("not json")
    with pytest.raises(InvalidInput, match="not valid"):
        Mapping.load(bad)


def test_rows_with_one_incident_number_are_one_incident(folder, csv_db):
    headers = ["Incident no", "Date", "Name", "Threat type", "Source of threat", "Description"]
    rows = [["A-1", "2024-02-03", "Testov Arman", "detention", "police", "Detained and questioned"],
            ["A-1", "", "Testov Arman", "arrest", "court", ""],
            ["A-1", "", "Testova Zhanna", "detention", "police", ""],
            ["A-2", "2024-03", "Тестов Арман", "Detention", "Police", "Again"]]
    table = read_table(write_csv(folder / "grouped.csv", rows=rows, headers=headers, delimiter=","))
    mapping = suggest_mapping(csv_db, table)
    assert mapping.columns["Incident no"] == "incident_key" and mapping.columns["Name"] == "person"
    plan = validate(csv_db, table, mapping)
    assert plan.ok, plan.report()
    first = plan.incidents[0]
    assert first.rows == [2, 3, 4] and len(first.incident.targets) == 2
    assert sorted(t.threat_type for t in first.incident.targets[0].threats) == ["judicial.arrest",
                                                                                "judicial.detention"]
    # "Testov Arman" and "Тестов Арман" are one person (one name key) in both incidents.
    assert plan.counts()["new_persons"] == 2
    result = apply(csv_db, plan)
    assert result.incidents == 2 and result.threats == 4 and result.persons_created == 2


def test_near_spellings_are_reported_not_merged(folder, csv_db):
    rows = [["n1", "2024-04", "Тестова Жанна", "", "задержание", "", "", "near one", ""],
            ["n2", "2024-05", "Тестова Жаннат", "", "задержание", "", "", "near two", ""]]
    table = read_table(write_csv(folder / "near.csv", rows=rows))
    plan = validate(csv_db, table, suggest_mapping(csv_db, table))
    assert plan.ok
    warnings = [str(w) for w in plan.warnings]
    assert any("spelled almost like registry entry P-" in w for w in warnings)  # "Testova Zhanna" from above
    assert not any("Жан" in w or "Zhann" in w for w in warnings)  # reports never name people
    assert plan.counts()["new_persons"] == 1 and plan.counts()["matched_persons"] == 1


def test_look_alike_rows_within_a_file_are_reported(folder, xlsx_db):
    rows = [["d1", "2016-03-04", "Повторов Тест", "", "задержание", "", "", "first telling", ""],
            ["d2", "04.03.2016", "Povtorov Test", "", "Задержание", "", "", "second telling", ""]]
    table = read_table(write_csv(folder / "twice.csv", rows=rows))
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table))
    assert plan.ok and plan.counts()["incidents"] == 2
    look_alike = [w for w in plan.warnings if "city is empty" not in w.message]
    assert [(w.row, "row 2" in w.message) for w in look_alike] == [(3, True)]
    assert [w.row for w in plan.warnings if "city is empty" in w.message] == [2, 3]


def test_json_document_is_not_read_as_a_sheet(folder):
    (folder / "x.json").write_text('{"format": "kkdesk-export"}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="JSON document"):
        read_table(folder / "x.json")


def test_progress_is_reported_and_cancel_writes_nothing(folder, xlsx_db):
    from kkdesk.errors import Cancelled
    from kkdesk.progress import Progress

    class Recorder(Progress):
        def __init__(self, cancel_after=None):
            self.seen, self.checks, self.cancel_after = [], 0, cancel_after

        def set_progress(self, fraction, text=""):
            self.seen.append(fraction)

        def is_cancelled(self):
            self.checks += 1
            return self.cancel_after is not None and self.checks > self.cancel_after

    rows = [[f"c{i}", "2018", f"Отменов Тест{chr(1072 + i)}", "", "задержание", "", "", f"c{i}", ""] for i in range(5)]
    table = read_table(write_csv(folder / "cancel.csv", rows=rows))
    rec = Recorder()
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table), progress=rec)
    assert plan.ok and rec.seen[-1] == 1.0
    before = (xlsx_db.incidents.count(), xlsx_db.persons.count(), xlsx_db.scalar("SELECT count(*) FROM history"))
    with pytest.raises(Cancelled):
        apply(xlsx_db, plan, progress=Recorder(cancel_after=1))  # after the persons, before the incidents
    assert (xlsx_db.incidents.count(), xlsx_db.persons.count(),
            xlsx_db.scalar("SELECT count(*) FROM history")) == before


@pytest.mark.parametrize("headers", [
    ["Оқиға нөмірі", "Күні", "Аты-жөні", "Санаты", "Қатер түрі", "Қатер көзі", "Қала", "Сипаттама", "Жынысы"],
    ["Case no", "Date", "Full name", "Category", "Threat type", "Perpetrator", "City", "Description", "Gender"],
])
def test_kazakh_and_english_headers_and_kazakh_values(folder, headers):
    from kkdesk.importer.mapping import suggest_field

    fields = ["incident_key", "date", "person", "category", "threat_type", "source_type", "city", "narrative",
              "gender"]
    assert [suggest_field(h)[0] for h in headers] == fields


def test_kazakh_values_are_found(folder, csv_db):
    rows = [["k1", "мамыр 2021", "Тестова Әсел", "журналист", "Ұстап алу", "Сот; полиция", "Алматы",
             "Қазақша сипаттама", "әйел"]]
    table = read_table(write_csv(folder / "kk.csv", rows=rows))
    m = suggest_mapping(csv_db, table)
    assert m.values["threat_type"]["Ұстап алу"] == "judicial.detention"
    assert m.values["source_type"]["Сот"] == "court"
    plan = validate(csv_db, table, m)
    assert plan.ok, plan.report()
    assert plan.incidents[0].incident.date.iso() == "2021-05"


def test_a_name_in_both_scripts_in_one_cell_is_one_person(folder, xlsx_db):
    rows = [["b1", "2017", "Тестова Майра (Maira Testova)", "", "задержание", "", "", "both", ""],
            ["b2", "2017-02", "Maira Testova", "", "арест", "", "", "latin only", ""]]
    table = read_table(write_csv(folder / "bilingual.csv", rows=rows))
    plan = validate(xlsx_db, table, suggest_mapping(xlsx_db, table))
    assert plan.ok and plan.counts()["new_persons"] == 1
    [person] = plan.persons.values()
    assert (person.name_cyrillic, person.name_latin) == ("Тестова Майра", "Maira Testova")


def test_organisations_are_targets_and_matched_by_name(folder, xlsx_db):
    from kkdesk.model.entities import Organisation

    xlsx_db.organisations.save(Organisation(name="Тестовая коллегия адвокатов", name_alt="Test Bar Association",
                                            kind="bar_association"))
    headers = ["Дата", "Организация", "Вид угрозы", "Описание"]
    rows = [["2015-07", "Test Bar Association", "нападение", "office attacked"],
            ["2015-08", "Новое тестовое НПО; Тестовая коллегия адвокатов", "нападение", "two offices"]]
    table = read_table(write_csv(folder / "orgs.csv", rows=rows, headers=headers))
    mapping = suggest_mapping(xlsx_db, table)
    assert mapping.columns["Организация"] == "organisation"
    plan = validate(xlsx_db, table, mapping)
    assert plan.ok, plan.report()
    assert plan.counts()["new_organisations"] == 1
    result = apply(xlsx_db, plan)
    assert result.organisations_created == 1 and result.threats == 3
    assert count_by(xlsx_db, "year", unit="organisations").value(year=2015) == 2
