"""Hostile and broken files: bad encodings, NUL bytes, huge cells, formula cells, random bytes.
Only KkdeskError subclasses may escape, and a failed import leaves the database unchanged."""

from __future__ import annotations

import codecs
import csv
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkdesk.errors import KkdeskError
from kkdesk.importer import apply, read_table, suggest_mapping, validate
from kkdesk.importer import reader
from kkdesk.importer.reader import ImportFileError, read_csv_bytes
from kkdesk.records import CaseDatabase

from .sheets import HEADERS, ROWS, write_csv

PASS = "fuzz passphrase"


class _Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def cdb(folder):
    db = CaseDatabase.create(folder / "fuzz.kkdb", PASS, actor="fuzz")
    yield db
    db.close()


def _state(cdb):
    return tuple(cdb.scalar(f"SELECT count(*) FROM {t}") for t in
                 ("incident", "threat", "person", "organisation", "vocab_term", "history", "tag"))


def _import_all_or_nothing(cdb, path):
    """Run the whole pipeline. A successful import is checked and then rolled back, so the
    database is the same for every example; a failure must be a KkdeskError and change nothing."""
    before = _state(cdb)
    try:
        table = read_table(path)
        plan = validate(cdb, table, suggest_mapping(cdb, table))
        if plan.ok:
            try:
                with cdb.transaction():
                    result = apply(cdb, plan)
                    assert cdb.incidents.count() == before[0] + result.incidents
                    raise _Rollback
            except _Rollback:
                pass
        else:
            with pytest.raises(KkdeskError):
                apply(cdb, plan)
    except KkdeskError as exc:
        assert str(exc)  # a message for the user
    assert _state(cdb) == before


def _sheet_bytes(encoding="utf-8", rows=ROWS):
    out = io.StringIO()
    w = csv.writer(out, delimiter=";")
    w.writerow(HEADERS)
    w.writerows(rows)
    return out.getvalue().encode(encoding)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash(folder, cdb, data):
    path = folder / "random.csv"
    path.write_bytes(data)
    _import_all_or_nothing(cdb, path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pos=st.integers(min_value=0, max_value=10_000), junk=st.binary(min_size=1, max_size=40),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]))
def test_corrupted_sheets_never_crash_or_half_import(folder, cdb, pos, junk, encoding):
    data = _sheet_bytes(encoding)
    pos = pos % len(data)
    path = folder / "corrupt.csv"
    path.write_bytes(data[:pos] + junk + data[pos:])
    _import_all_or_nothing(cdb, path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cell=st.text(max_size=300), column=st.integers(min_value=0, max_value=len(HEADERS) - 1),
       row=st.integers(min_value=0, max_value=len(ROWS) - 1))
def test_any_text_in_any_cell(folder, cdb, cell, column, row):
    rows = [list(r) for r in ROWS]
    rows[row][column] = cell
    path = folder / "anytext.csv"
    path.write_bytes(_sheet_bytes("utf-8", rows))  # cells with \r or \n are quoted by the writer
    table = read_table(path)
    # The cell comes back as written (NULs removed, the rest untouched), whatever it holds.
    assert table.rows[row][table.headers.index(HEADERS[column])] == cell.replace("\x00", "")
    _import_all_or_nothing(cdb, path)


@pytest.mark.parametrize("encoding,name", [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"), ("utf-16", "UTF-16"),
                                           ("cp1251", "Windows-1251 (Cyrillic), guessed")])
def test_encodings_are_detected_and_named(encoding, name):
    table = read_csv_bytes(_sheet_bytes(encoding))
    assert table.encoding == name
    assert table.headers == HEADERS and table.rows[0][2] == ROWS[0][2]


def test_utf16_without_bom_is_read():
    table = read_csv_bytes(codecs.encode("\r\n".join([";".join(HEADERS), ";".join(ROWS[0][:3])]), "utf-16-le"))
    assert table.encoding == "UTF-16" and table.rows[0][2] == ROWS[0][2]


def test_nul_bytes_are_removed_and_said(folder, cdb):
    data = _sheet_bytes().replace("Алматы".encode(), "Ал\x00маты".encode())
    table = read_csv_bytes(data)
    assert any("NUL" in str(n) for n in table.notes)
    assert "Алматы" in table.rows[0]
    path = folder / "nul.csv"
    path.write_bytes(data)
    _import_all_or_nothing(cdb, path)


def test_huge_cell_is_refused_plainly(folder, cdb):
    rows = [list(r) for r in ROWS]
    rows[-1][7] = "я" * (reader.MAX_CELL_CHARS + 5)
    path = write_csv(folder / "huge.csv", rows=rows)
    with pytest.raises(ImportFileError, match="longer than 100,000 characters"):
        read_table(path)
    _import_all_or_nothing(cdb, path)


def test_file_and_row_caps(folder, monkeypatch):
    monkeypatch.setattr(reader, "MAX_ROWS", 3)
    with pytest.raises(ImportFileError, match="more than 3 rows"):
        read_table(write_csv(folder / "rows.csv"))
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportFileError, match="files up to"):
        read_table(folder / "rows.csv")


def test_formula_cells_are_never_evaluated(folder, cdb):
    rows = [list(r) for r in ROWS[:2]]
    rows[0][7] = "=HYPERLINK(\"http://example.invalid\",\"x\")"
    rows[1][7] = "=1+1"
    csv_table = read_table(write_csv(folder / "formula.csv", rows=rows))
    assert csv_table.rows[1][7] == "=1+1"  # text, as written
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    ws.append(["9", "=DATE(2020,1,1)", "Тестов Тест", "", "арест", "", "", "=A1&B1", ""])
    wb.save(folder / "formula.xlsx")
    table = read_table(folder / "formula.xlsx")
    # data_only: a formula shows the value Excel last computed; never computed here, so it is empty.
    assert table.rows[1][7] == "" and table.rows[2][1] == ""
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    assert [(p.row, p.column) for p in plan.errors] == [(4, "Дата")]
    _import_all_or_nothing(cdb, folder / "formula.xlsx")


def test_not_a_spreadsheet(folder):
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match=".xls"):
        read_table(folder / "old.xls")
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(folder / "broken.xlsx")
    (folder / "empty.csv").write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        read_table(folder / "empty.csv")


def _xlsx_bytes(folder, cells):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in ROWS:
        ws.append(list(r))
    ws.append(cells)
    path = folder / "gen.xlsx"
    wb.save(path)
    return path.read_bytes()


_XLSX_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.one_of(_XLSX_TEXT, st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                                st.sampled_from(["=1/0", "=SUM(A1:A9)", "=HYPERLINK(\"x\")", "@cmd", "+1"])),
                      min_size=1, max_size=len(HEADERS)))
def test_generated_workbooks_never_crash(folder, cdb, cells):
    data = _xlsx_bytes(folder, cells)
    path = folder / "gen2.xlsx"
    path.write_bytes(data)
    _import_all_or_nothing(cdb, path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pos=st.integers(min_value=0), junk=st.binary(min_size=1, max_size=16))
def test_damaged_workbooks_never_crash(folder, cdb, pos, junk):
    if not (folder / "base.xlsx").exists():
        (folder / "base.xlsx").write_bytes(_xlsx_bytes(folder, ["x"]))
    data = (folder / "base.xlsx").read_bytes()
    pos %= len(data)
    path = folder / "damaged.xlsx"
    path.write_bytes(data[:pos] + junk + data[pos + len(junk):])
    _import_all_or_nothing(cdb, path)
