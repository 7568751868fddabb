"""Issue 15: the sheets monitors really keep (tests/importer/legacy.py) import as they are.

The "done" test runs the command line as a user would: --dry-run, --save-mapping, decide the few
values left in the mapping file, import; then per-person and per-organisation figures are checked
against the store. The other tests take one bullet of the issue each.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from kkdesk.cli import main
from kkdesk.importer import Mapping, read_table, suggest_mapping, validate
from kkdesk.importer.reader import ImportFileError
from kkdesk.model.translit import fold
from kkdesk import stats
from kkdesk.records import CaseDatabase
from kkdesk.search import SearchQuery

from . import hostile, legacy

PASS = "legacy sheet passphrase"
MAX_DECISIONS = 5


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("legacy")


@pytest.fixture(scope="module")
def cdb(folder):
    """A database for dry runs (validation only: nothing is ever written to it)."""
    db = CaseDatabase.create(folder / "plans.kkdb", PASS, actor="test")
    yield db
    db.close()


def _figures(path) -> tuple[dict, dict, dict]:
    """(per person, per organisation) -> (incidents, threats) keyed by the name as stored; genders."""
    with CaseDatabase.open(path, PASS) as db:
        persons = {(lat or cyr): (n_inc, n_thr) for lat, cyr, n_inc, n_thr in db.conn.execute(
            "SELECT p.name_latin, p.name_cyrillic, count(DISTINCT g.incident_id), count(t.id) FROM person p"
            " JOIN target g ON g.person_id = p.id JOIN threat t ON t.target_id = g.id GROUP BY p.id")}
        orgs = {name: (n_inc, n_thr) for name, n_inc, n_thr in db.conn.execute(
            "SELECT o.name, count(DISTINCT g.incident_id), count(t.id) FROM organisation o"
            " JOIN target g ON g.organisation_id = o.id JOIN threat t ON t.target_id = g.id GROUP BY o.id")}
        genders = dict(db.conn.execute("SELECT gender, count(*) FROM person GROUP BY gender").fetchall())
    return persons, orgs, genders


def _by_fragment(found: dict, expected: dict) -> dict:
    """Found figures keyed by the expected name fragments (each fragment, folded, names exactly one
    record: "Жанбыршина" finds "Жаңбыршина")."""
    out = {}
    for fragment in expected:
        hits = [k for k in found if fold(fragment) in fold(k)]
        assert len(hits) == 1, (fragment, len(hits))
        out[fragment] = found[hits[0]]
    return out


def _decide(mapping_path, decisions: dict[str, str]) -> int:
    """Replace each {"choose": …} in a saved mapping by the term given (a label or code); returns how
    many values were decided by hand."""
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    n = 0
    for table in data["values"].values():
        for value, target in table.items():
            if isinstance(target, dict) and "choose" in target:
                table[value] = decisions[value]
                n += 1
    mapping_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return n


def test_the_legacy_workbook_imports_with_few_decisions_and_right_figures(folder, capsys):
    """Done means: dry run, save mapping, confirm, import; at most 5 values decided by hand."""
    sheet = legacy.write_xlsx(folder / "monitoring.xlsx")
    db = folder / "done.kkdb"
    CaseDatabase.create(db, PASS).close()
    mapping = folder / "monitoring-map.json"
    assert main(["import", str(db), str(sheet), "--dry-run", "--save-mapping", str(mapping)]) == 1
    out = capsys.readouterr().out
    assert "Header: row 3" in out and "Merged cells were filled" in out
    assert "names persons and organisations" in out and "by org marker" in out  # the rule, shown
    assert "дисциплинарное преследование" in out and "Disciplinary complaint" in out  # with its closest terms
    assert not any(n in out for n in ("Абенова", "Касенова", "Ахметов"))  # never a person's name
    # the user confirms the suggestions, choosing by label where the first one is not right
    decided = _decide(mapping, {"дисциплинарное преследование": "Дисциплинарная жалоба (дисциплинарное производство)"})
    assert decided <= MAX_DECISIONS
    assert main(["import", str(db), str(sheet), "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Imported: incidents 17, threats 21; new persons 9" in out and "new organisations 7" in out
    persons, orgs, genders = _figures(db)
    assert _by_fragment(persons, legacy.EXPECTED_PERSONS) == legacy.EXPECTED_PERSONS
    assert _by_fragment(orgs, legacy.EXPECTED_ORGANISATIONS) == legacy.EXPECTED_ORGANISATIONS
    assert len(persons) == len(legacy.EXPECTED_PERSONS) and len(orgs) == len(legacy.EXPECTED_ORGANISATIONS)
    assert genders == legacy.EXPECTED_GENDERS
    with CaseDatabase.open(db, PASS) as opened:
        kinds = dict(opened.conn.execute("SELECT name, kind FROM organisation").fetchall())
        regions = opened.conn.execute("SELECT date_start, city, region FROM incident WHERE city IN"
                                      " ('semey', 'taldykorgan') ORDER BY date_start").fetchall()
        lawyers = stats.count_by(opened, ["category"], "persons", SearchQuery(categories=["lawyer"]))
        lawyers_rolled = stats.count_by(opened, ["category_group"], "persons").value(category_group="lawyer")
    # the sheet's "адвокат" and "юрконсультант" stay apart, and both count as lawyers
    assert {r["category"] for r in lawyers.rows} == {"advocate", "legal_consultant"}
    assert lawyers_rolled == lawyers.total == sum(r["count"] for r in lawyers.rows)
    assert {kinds[k] for k in kinds if "Коллегия" in k} == {"bar_association"}
    assert {kinds[k] for k in kinds if "Редакция" in k} == {"media_outlet"}
    assert {kinds[k] for k in kinds if "Профсоюз" in k} == {"trade_union"}
    # places through time: each record on the map of its own date
    assert regions == [("2019-03-12", "semey", "east_kazakhstan"), ("2021-09-15", "taldykorgan", "almaty_region"),
                       ("2022-10-14", "semey", "abai")]


@pytest.mark.parametrize("encoding, delimiter, name", [
    ("cp1251", ";", "Windows-1251"), ("mac_cyrillic", ";", "Mac Cyrillic"), ("koi8_r", ";", "KOI8-R"),
    ("cp866", ";", "CP866"), ("utf-16", "\t", "UTF-16")])
def test_every_encoding_variant_gives_the_same_plan(folder, cdb, encoding, delimiter, name):
    path = legacy.write_csv(folder / f"sheet-{encoding}.csv", encoding, delimiter)
    table = read_table(path)
    assert name in table.encoding and table.headers[1:] == legacy.HEADERS[1:]  # KOI8-R has no '№'
    assert "guessed" in table.encoding or name == "UTF-16"
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    counts = plan.counts()
    assert (counts["incidents"], counts["new_persons"], counts["new_organisations"]) == (17, 9, 7)
    assert [u.value for u in plan.unmapped] == ["дисциплинарное преследование"]
    assert not [w for w in plan.warnings if "'?'" in w.message]


def test_the_encoding_guess_can_be_overridden(folder):
    path = legacy.write_csv(folder / "koi.csv", "koi8_r")
    wrong = read_table(path, encoding="cp1251")
    assert "as chosen" in wrong.encoding and "ФИО / Организация" not in wrong.headers
    assert read_table(path, encoding="koi8-r").headers[1:] == legacy.HEADERS[1:]
    with pytest.raises(ImportFileError, match="not a text encoding"):
        read_table(path, encoding="klingon")


def test_kazakh_letters_lost_to_question_marks_are_flagged(folder, cdb):
    path = legacy.write_csv(folder / "damaged.csv", "cp1251", damaged=True)
    table = read_table(path)
    damaged = [n for n, r in zip(table.row_numbers, table.rows) if "?" in r[2]]
    assert damaged
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    flagged = [w for w in plan.warnings if "'?' in place of letters" in w.message]
    assert [w.column for w in flagged] == ["ФИО / Организация"]
    assert flagged[0].row == damaged[0] and "быршина" not in flagged[0].message  # rows, never the name
    # a '?' inside a name does not split it: one person with and without patronymic stays one
    assert (plan.counts()["new_persons"], plan.counts()["new_organisations"]) == (9, 7)


def test_target_rule_decides_each_row_and_can_be_changed(folder, cdb):
    table = read_table(legacy.write_xlsx(folder / "rule.xlsx"))
    mapping = suggest_mapping(cdb, table)
    assert mapping.field_columns("target") == ["ФИО / Организация"]
    plan = validate(cdb, table, mapping)
    assert plan.target_decisions == {"org_marker": 7, "gender": 13, "person_name": 1}
    assert "decided by the first of" in plan.report()
    # without markers and name shapes, only the gender decides: the person without a gender
    # becomes an organisation, and the counts say so
    mapping.target_rule = ["gender", "empty_gender"]
    plan = validate(cdb, table, mapping)
    assert plan.target_decisions == {"gender": 13, "empty_gender": 8}
    assert plan.counts()["new_organisations"] == 8


def test_a_kind_column_decides_first(folder, cdb):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Дата", "ФИО / Организация", "Лицо или организация", "Вид угрозы"])
    ws.append(["2021", "Центр Правовой Помощи Әділет", "организация", "обыск"])  # no marker, no gender
    ws.append(["2021", "Тестов Тест", "лицо", "обыск"])
    ws.append(["2021", "Фонд Тестовый", "ФЛ", "обыск"])  # the kind column wins over the marker
    path = folder / "kind.xlsx"
    wb.save(path)
    table = read_table(path)
    mapping = suggest_mapping(cdb, table)
    assert mapping.columns["Лицо или организация"] == "target_kind"
    plan = validate(cdb, table, mapping)
    assert plan.target_decisions == {"kind": 3}
    assert (plan.counts()["new_persons"], plan.counts()["new_organisations"]) == (2, 1)


def test_vocab_list_shows_codes_and_labels(capsys):
    assert main(["vocab", "list"]) == 0
    assert "threat_type" in capsys.readouterr().out
    assert main(["vocab", "list", "gender", "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "female  Әйел" in out and "жен" in out
    assert main(["vocab", "list", "source_type", "--match", "родственники клиента"]) == 0
    assert capsys.readouterr().out.startswith("client_or_relatives")
    assert main(["vocab", "list", "nonsense"]) == 2
    assert "Vocabularies:" in capsys.readouterr().err


def test_vocab_list_reads_a_database_with_its_own_terms(folder, capsys):
    path = folder / "own-terms.kkdb"
    with CaseDatabase.create(path, PASS) as db:
        db.vocab.add_term("threat_type", "psychological.test_added", "Added by the coordinator",
                          parent="psychological")
    assert main(["vocab", "list", "threat_type", "--db", str(path), "--lang", "en"]) == 0
    assert "psychological.test_added  Added by the coordinator" in capsys.readouterr().out


def test_labels_and_aliases_are_accepted_where_codes_are_expected(folder, cdb):
    table = read_table(legacy.write_csv(folder / "labels.csv", "utf-8"))
    mapping = suggest_mapping(cdb, table)
    mapping.values["threat_type"]["дисциплинарное преследование"] = "Disciplinary complaint or proceedings"
    assert validate(cdb, table, mapping).ok
    mapping.values["threat_type"]["дисциплинарное преследование"] = "Тәртіптік шағым (тәртіптік іс жүргізу)"
    assert validate(cdb, table, mapping).ok
    mapping.values["threat_type"]["дисциплинарное преследование"] = "Дисциплинарное взыскание"
    plan = validate(cdb, table, mapping)
    assert not plan.ok and "neither a code nor a label" in plan.errors[0].message
    assert "closest:" in plan.errors[0].message
    # a field may be named by its label or a synonym too
    data = mapping.to_json()
    data["columns"]["Пол"] = "пол"
    assert Mapping.from_json(data).columns["Пол"] == "gender"


def test_unmapped_values_are_listed_once_with_rows_and_closest_and_saved_as_choices(folder, cdb):
    path = legacy.write_csv(folder / "unmapped.csv", "utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace("обыск в офисе", "наезд на офис"), encoding="utf-8")
    table = read_table(path)
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    by_value = {u.value: u for u in plan.unmapped}
    assert set(by_value) == {"наезд на офис", "дисциплинарное преследование"}
    expected_rows = [n + 3 for n, r in enumerate(legacy.rows()) if r[5] == "обыск в офисе"]  # header is row 2
    assert by_value["наезд на офис"].rows == expected_rows and len(expected_rows) == 2
    u = by_value["дисциплинарное преследование"]
    assert len(u.closest) == 3 and "professional.disciplinary_complaint" in [m.key for m in u.closest]
    report = plan.report()
    assert report.count("наезд на офис") == 1 and report.count("дисциплинарное преследование") == 1
    assert "a target is named but no threat type" not in report
    saved = plan.mapping_with_choices()
    choice = saved.values["threat_type"]["дисциплинарное преследование"]
    assert set(choice["choose"]) == {m.key for m in u.closest}
    # the saved file loads, and an unconfirmed choice is still reported, never guessed
    saved.save(folder / "choices.json")
    again = validate(cdb, table, Mapping.load(folder / "choices.json"))
    assert [x.value for x in again.unmapped] == [x.value for x in plan.unmapped]


def test_the_ways_sheets_write_values_are_known(cdb):
    from kkdesk.importer.mapping import VocabFinder

    finder = VocabFinder(cdb)
    for form in ("жен", "женский", "ж", "әйел", "F"):
        assert finder.find("gender", form) == "female", form
    for form in ("муж", "мужской", "м", "ер", "M"):
        assert finder.find("gender", form) == "male", form
    assert finder.find("source_type", "клиент, его родственники") == "client_or_relatives"
    assert finder.find("region", "ВКО") == "east_kazakhstan"
    assert finder.find("region", "Алматинская обл.") == "almaty_region"
    assert finder.find("city", "г. Уральск") == "uralsk" and finder.find("city", "Орал") == "uralsk"
    assert finder.find("org_kind", "ОФ") == "ngo"


def test_warnings_do_not_block(folder, cdb):
    table = read_table(legacy.write_xlsx(folder / "warn.xlsx"))
    mapping = suggest_mapping(cdb, table)
    mapping.values["threat_type"]["дисциплинарное преследование"] = "professional.disciplinary_complaint"
    plan = validate(cdb, table, mapping)
    assert plan.ok
    messages = {w.row: w.message for w in plan.warnings}
    assert "no person or organisation is named" in messages[23]
    assert "city is empty" in messages[24]
    assert "2 different patronymics (rows 18, 22)" in messages[18]


def test_sheet_shapes_header_merged_sheets_hidden(folder):
    path = legacy.write_xlsx(folder / "shape.xlsx", hidden_column=True)
    wb = openpyxl.load_workbook(path)
    ws = wb["Угрозы 2019-2023"]
    ws.row_dimensions[6].hidden = True
    wb.save(path)
    table = read_table(path)
    assert table.sheet == "Угрозы 2019-2023" and table.sheets == ["Пояснения", "Угрозы 2019-2023"]
    assert table.header_row == 3 and table.headers == legacy.HEADERS
    first_incident = [r for r in table.rows if r[0] == "1"]
    assert len(first_incident) == 2 and first_incident[1][1] == "12.03.2019" and first_incident[1][9]
    notes = "\n".join(map(str, table.notes))
    assert "Hidden rows" in notes and "6" in notes and "'Источник информации'" in notes
    assert "2 sheets" in notes
    notes_sheet = read_table(path, sheet="Пояснения")
    assert notes_sheet.sheet == "Пояснения"
    with pytest.raises(ImportFileError, match="Пояснения"):
        read_table(path, sheet="Нет такого")
    chosen = read_table(path, header_row=4)  # a wrong choice is honoured: the first data row is the header
    assert chosen.header_row == 4 and chosen.headers[2] == "Абенова Гүлнар Серікқызы"


def test_csv_header_below_a_title(folder):
    table = read_table(legacy.write_csv(folder / "title.csv", "utf-8"))
    assert table.header_row == 2 and table.headers == legacy.HEADERS and table.row_numbers[0] == 3


@pytest.mark.parametrize("make, message", [
    (hostile.long_header_csv, "longer than 200,000 characters"),
    (hostile.wide_header_csv, "more than 500 columns"),
    (lambda p: hostile.inflating_xlsx(p, 20), "unpacks to far more than a real sheet"),
    pytest.param(hostile.inflating_xlsx, "unpacks to more than 150 MB", marks=pytest.mark.slow),
    (hostile.many_sheets_xlsx, "at most 100 can be looked through"),
], ids=["long-header", "wide-header", "packed-1000-times", "inflates-to-200MB", "many-sheets"])
def test_hostile_files_are_refused_before_the_work(folder, make, message, capsys):
    """Each is refused by a check made before parsing (file size, line length, header width, the
    archive's own part sizes, sheet count), so it takes no longer than opening the file; the command
    line says so plainly, with no traceback, and writes nothing."""
    suffix = ".csv" if "csv" in getattr(make, "__name__", "") else ".xlsx"
    path = make(folder / f"hostile-{len(message)}{suffix}")
    with pytest.raises(ImportFileError, match=message):
        read_table(path)
    db = folder / "hostile.kkdb"
    if not db.exists():
        CaseDatabase.create(db, PASS).close()
    assert main(["import", str(db), str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_places_are_checked_against_the_map_of_their_date(folder, cdb):
    from kkdesk.errors import InvalidInput
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident

    def stored_region(city, region, date):
        inc = Incident(title="t", date=PartialDate(date), city=city, region=region)
        cdb.incidents.validate(inc)
        return inc.region

    assert stored_region("semey", None, "2019-03-12") == "east_kazakhstan"
    assert stored_region("semey", None, "2022-10-14") == "abai"
    assert stored_region("semey", "east_kazakhstan", "2019") == "east_kazakhstan"
    assert stored_region("semey", "abai", "2022") == "abai"  # a year spanning the change: either
    assert stored_region("shymkent", "turkestan", "2017") == "turkestan"
    with pytest.raises(InvalidInput, match="not in the chosen region"):
        stored_region("semey", "east_kazakhstan", "2023")
    with pytest.raises(InvalidInput, match="not in the chosen region"):
        stored_region("semey", "pavlodar", "2019")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Дата", "ФИО", "Вид угрозы", "Город", "Область"])
    ws.append(["2019", "Айтов Болат", "обыск", "Семей", "область Абай"])          # today's region, old date
    ws.append(["2017", "Бекова Сара", "обыск", "Нур-Султан", ""])                  # a name of 2019–2022
    ws.append(["2020", "Гиреев Данияр", "обыск", "Жезказган", "область Ұлытау"])     # region born in 2022
    ws.append(["2020", "Дуйсенов Ербол", "обыск", "", "область Жетісу"])              # region born in 2022
    ws.append(["2020", "Ержанова Жанна", "обыск", "Семей", "Павлодарская обл."])      # wrong on any date
    path = folder / "places.xlsx"
    wb.save(path)
    table = read_table(path)
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    by_row: dict[int, list[tuple[str, str]]] = {}
    for p in plan.problems:
        by_row.setdefault(p.row, []).append((p.severity, p.message))

    def said(row, severity, text):
        return any(sev == severity and text in msg for sev, msg in by_row.get(row, []))

    assert said(2, "warning", "East Kazakhstan")
    assert said(3, "warning", "March 2019 – September 2022")
    assert said(4, "warning", "Karaganda")
    assert said(5, "warning", "from June 2022")
    assert said(6, "error", "not in the region")
    ws.delete_rows(6)
    wb.save(path)
    table = read_table(path)
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    assert plan.ok
    assert [p.incident.region for p in plan.incidents] == ["east_kazakhstan", "astana", "karaganda", "zhetisu"]
