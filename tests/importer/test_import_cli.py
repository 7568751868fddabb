"""`kkdesk import` on the command line: dry run, saved and reused mappings, errors, re-import."""

from __future__ import annotations

import json

import pytest

from kkdesk.cli import main
from kkdesk.records import CaseDatabase

from .sheets import ROWS, write_csv

PASS = "cli import passphrase"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    CaseDatabase.create(folder / "db.kkdb", PASS).close()
    return folder


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)


def _counts(folder):
    with CaseDatabase.open(folder / "db.kkdb", PASS) as cdb:
        return cdb.incidents.count(), cdb.persons.count()


def test_dry_run_saves_mapping_and_writes_nothing(setup, capsys):
    sheet = write_csv(setup / "sheet.csv", encoding="cp1251")
    code = main(["import", str(setup / "db.kkdb"), str(sheet), "--dry-run", "--save-mapping",
                 str(setup / "map.json")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Windows-1251" in out and "new incidents: 6; threats: 9" in out and "Dry run" in out
    assert "Касымов" not in out and "Kasymov" not in out  # reports never name people
    saved = json.loads((setup / "map.json").read_text(encoding="utf-8"))
    assert saved["format"] == "kkdesk-import-mapping" and saved["columns"]["Дата"] == "date"
    text = (setup / "map.json").read_text(encoding="utf-8")
    assert not any(n in text for n in ("Касымов", "Kasymov", "Нурланова", "Nurlanova", "Петров", "Сидорова"))
    assert _counts(setup) == (0, 0)


def test_import_with_edited_mapping_then_again(setup, capsys):
    saved = json.loads((setup / "map.json").read_text(encoding="utf-8"))
    saved["columns"]["Описание"] = "title"  # the user's edit: use the description as the title
    (setup / "map.json").write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    code = main(["import", str(setup / "db.kkdb"), str(setup / "sheet.csv"), "--mapping", str(setup / "map.json")])
    out = capsys.readouterr().out
    assert code == 0 and "Imported: incidents 6, threats 9" in out
    with CaseDatabase.open(setup / "db.kkdb", PASS) as cdb:
        titles = {r[0] for r in cdb.query("SELECT title FROM incident")}
    assert "Задержан у здания суда" in titles
    assert main(["import", str(setup / "db.kkdb"), str(setup / "sheet.csv"), "--mapping",
                 str(setup / "map.json")]) == 0
    out = capsys.readouterr().out
    assert "Skipped as imported before: 6" in out
    assert _counts(setup) == (6, 4)


def test_errors_are_listed_and_nothing_is_written(setup, capsys):
    rows = [list(r) for r in ROWS]
    rows[0][0], rows[-1][0] = "e1", "e2"
    rows[-1][1] = "когда-то"
    sheet = write_csv(setup / "bad.csv", rows=rows)
    assert main(["import", str(setup / "db.kkdb"), str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "Row 7, column 'Дата': Cannot read the date" in out and "Nothing was imported" in out
    assert _counts(setup) == (6, 4)


def test_unreadable_file_is_a_plain_message(setup, capsys):
    (setup / "junk.xlsx").write_bytes(b"PK\x03\x04garbage")
    assert main(["import", str(setup / "db.kkdb"), str(setup / "junk.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkdesk: The file looks like a workbook but is damaged") and "Traceback" not in err
