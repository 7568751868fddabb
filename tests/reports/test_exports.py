"""CSV, XLSX and JSON exports read back: formula escaping, BOM, de-identification, numbers equal
to the statistics module's, JSON format v1 and its attachments."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import zipfile

import openpyxl
import pytest

from kkdesk import stats
from kkdesk.errors import InvalidInput
from kkdesk.reports import export
from tests.reports.conftest import NAMES
from tests.reports.helpers import raw_contains


def _csv(path, delimiter=","):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=delimiter))


def test_csv_folder_of_five_files_escaped_counted_with_the_locales_delimiter(store, tmp_path):
    cdb, ids = store
    out = tmp_path / "csv"
    export(cdb, "csv", out, "full", lang="ru")
    assert sorted(p.name for p in out.iterdir()) == ["incidents.csv", "persons.csv", "responses.csv",
                                                      "sources.csv", "threats.csv"]
    assert (out / "threats.csv").read_bytes()[3:].split(b"\r\n")[0].count(b";") > 10   # ";" for ru
    threats = _csv(out / "threats.csv", ";")
    assert threats[0][0] == "Инцидент"
    assert len(threats) - 1 == stats.key_figures(cdb)["threats"]
    titles = {row[2] for row in threats[1:]}
    assert "'=HYPERLINK(\"http://evil.example\") +cmd -1 @x" in titles
    tables = {name: _csv(out / f"{name}.csv", ";") for name in ("incidents", "persons", "sources", "responses")}
    for row in threats[1:] + [r for t in tables.values() for r in t[1:]]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any("Әсел Қуанышқызы" in row for row in tables["persons"])
    by_type = stats.count_by(cdb, ["threat_type"], "threats")
    arrest = cdb.vocab.label("threat_type", "judicial.arrest", "ru")
    col = threats[0].index("Вид угрозы")
    assert sum(1 for r in threats[1:] if r[col] == arrest) == by_type.value(threat_type="judicial.arrest")
    # dates: ISO day where known, the precision beside it; years are plain numbers
    first = next(r for r in tables["incidents"][1:] if r[0] == cdb.incidents.get(ids["first"]).ref)
    head = tables["incidents"][0]
    assert first[head.index("Дата")] == "2019-06-09" and first[head.index("Точность даты")] == "день"
    assert first[head.index("Год")] == "2019"
    # information sources and responses are tables of their own
    assert tables["sources"][1][1:4] == ["Демо-Новости", "https://news.example.org/2019/06/10/asel", "2019-06-10"]
    assert tables["responses"][1][3:5] == ["Жалоба отклонена", "№ 12-345"]
    export(cdb, "csv", tmp_path / "en", "full", lang="en")
    assert _csv(tmp_path / "en" / "threats.csv", ",")[0][0] == "Incident"
    export(cdb, "csv", tmp_path / "tab", "full", lang="en", delimiter="tab")
    assert _csv(tmp_path / "tab" / "threats.csv", "\t")[0][0] == "Incident"
    with pytest.raises(InvalidInput):
        export(cdb, "csv", tmp_path / "bad", "full", lang="en", delimiter="ab")
    assert not (tmp_path / "bad").exists()


def test_xlsx_typed_cells_styles_and_no_personal_metadata(store, tmp_path):
    import datetime as dt

    cdb, ids = store
    path = tmp_path / "cases.xlsx"
    export(cdb, "xlsx", path, "full", lang="kk")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Қатерлер", "Оқиғалар", "Тұлғалар", "Ақпарат көздері", "Ден қою шаралары"]
    ws = wb["Оқиғалар"]
    head = [c.value for c in ws[1]]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    evil = rows[cdb.incidents.get(ids["third"]).ref][2]
    # the text exactly as recorded, kept from running by the quotePrefix style, not by an apostrophe
    assert evil.value == "=HYPERLINK(\"http://evil.example\") +cmd -1 @x" and evil.data_type == "s"
    assert evil.quotePrefix
    for sheet in wb.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width >= 8
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula cell {cell.coordinate}: {cell.value!r}"
    first = rows[cdb.incidents.get(ids["first"]).ref]
    day = first[head.index("Күні")]
    assert day.value == dt.datetime(2019, 6, 9) and day.is_date and day.number_format == "dd.mm.yyyy"
    assert first[head.index("Күннің дәлдігі")].value == "күн"
    assert first[head.index("Жыл")].value == 2019 and first[head.index("Ай")].value == 6
    second = rows[cdb.incidents.get(ids["second"]).ref]
    assert second[head.index("Күні")].value == "2021-05/2021-06" and second[head.index("Ай")].value == 5
    third = rows[cdb.incidents.get(ids["third"]).ref]
    assert third[head.index("Күні")].value == "2020" and third[head.index("Ай")].value is None
    assert isinstance(third[head.index("Қатерлер")].value, int)
    sources = list(wb["Ақпарат көздері"].iter_rows(min_row=2, values_only=True))
    assert sources[0][3] == dt.datetime(2019, 6, 10)
    assert ws.cell(1, 1).value == "Оқиға"
    assert wb["Қатерлер"].max_row - 1 == stats.key_figures(cdb)["threats"]
    assert not wb.properties.creator and wb.properties.created.year == 2000
    assert wb.properties.modified.year == 2000


def test_pseudonymised_exports_hold_no_name(store, tmp_path):
    cdb, _ = store
    export(cdb, "csv", tmp_path / "csv", "pseudonymised", lang="ru")
    export(cdb, "xlsx", tmp_path / "p.xlsx", "pseudonymised", lang="en")
    export(cdb, "json", tmp_path / "p.json", "pseudonymised")
    blobs = [p.read_bytes() for p in (tmp_path / "csv").iterdir()] + [(tmp_path / "p.json").read_bytes()]
    with zipfile.ZipFile(tmp_path / "p.xlsx") as z:
        blobs += [z.read(n) for n in z.namelist()]
    for blob in blobs:
        for name in NAMES + ["+7 700 000 0001", "boris@example.org"]:
            assert not raw_contains(blob, name), name


def test_json_export_is_format_v1_and_matches_the_statistics(store, tmp_path):
    """The importer has no JSON reader yet: the export is checked against the statistics instead."""
    cdb, ids = store
    path = tmp_path / "all.json"
    export(cdb, "json", path, "full")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "kkdesk-export" and data["version"] == 1 and data["profile"] == "full"
    figures = stats.key_figures(cdb)
    assert data["counts"]["incidents"] == figures["incidents"] == len(data["incidents"])
    assert data["counts"]["threats"] == figures["threats"]
    assert len(data["persons"]) == cdb.persons.count()
    assert len(data["organisations"]) == cdb.organisations.count()
    by_type: dict[str, int] = {}
    persons_hit = set()
    for inc in data["incidents"]:
        for t in inc["targets"]:
            if t["person_uuid"]:
                persons_hit.add(t["person_uuid"])
            for th in t["threats"]:
                by_type[th["threat_type"]] = by_type.get(th["threat_type"], 0) + 1
    table = stats.count_by(cdb, ["threat_type"], "threats")
    assert by_type == {r["threat_type"]: r["count"] for r in table.rows}
    assert len(persons_hit) == figures["persons"]
    uuids = {p["uuid"] for p in data["persons"]} | {o["uuid"] for o in data["organisations"]}
    assert all((t["person_uuid"] or t["organisation_uuid"]) in uuids for i in data["incidents"] for t in i["targets"])
    first = next(i for i in data["incidents"] if i["uuid"] == cdb.incidents.get(ids["first"]).uuid)
    att = first["attachments"][0]
    raw = base64.b64decode(att["data_base64"])
    assert raw == b"%PDF-1.4 test evidence" and hashlib.sha256(raw).hexdigest() == att["sha256"]
    assert first["date"] == "2019-06-09"
    assert set(data["vocabularies"]) >= {"threat_type", "city", "source_type", "category"}
    export(cdb, "json", tmp_path / "again.json", "full")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes(), "exports must be deterministic"


def test_public_json_keeps_only_public_incidents_coarsened(store, tmp_path):
    cdb, ids = store
    export(cdb, "json", tmp_path / "pub.json", "public")
    data = json.loads((tmp_path / "pub.json").read_text(encoding="utf-8"))
    assert [i["confidentiality"] for i in data["incidents"]] == ["public"]
    inc = data["incidents"][0]
    assert inc["date"] == "2021-05/2021-06" and inc["city"] is None and inc["attachments"] == []
    assert inc["recorded_by"] == "" and len(inc["recorded_at"]) == 7
    assert {p["uuid"] for p in data["persons"]} == {cdb.persons.get(ids["asel"]).uuid}


def test_bad_format_and_folder_are_plain_errors(store, tmp_path):
    cdb, _ = store
    with pytest.raises(InvalidInput):
        export(cdb, "pdf", tmp_path / "x", "full")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InvalidInput):
        export(cdb, "csv", tmp_path / "file.txt", "full")
    with pytest.raises(InvalidInput):
        export(cdb, "json", tmp_path / "no" / "such" / "x.json", "full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_export_cancel_writes_nothing(store, tmp_path):
    from kkdesk.errors import Cancelled
    from kkdesk.progress import Progress

    class CancelAtOnce(Progress):
        def is_cancelled(self):
            return True

    cdb, _ = store
    for fmt, name in (("json", "x.json"), ("xlsx", "x.xlsx"), ("csv", "csv")):
        with pytest.raises(Cancelled):
            export(cdb, fmt, tmp_path / name, "full", progress=CancelAtOnce())
    assert list(tmp_path.iterdir()) == []
