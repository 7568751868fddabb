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


def _csv(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def test_csv_folder_with_three_files_escaped_and_counted(store, tmp_path):
    cdb, ids = store
    out = tmp_path / "csv"
    export(cdb, "csv", out, "full", lang="ru")
    assert sorted(p.name for p in out.iterdir()) == ["incidents.csv", "persons.csv", "threats.csv"]
    threats = _csv(out / "threats.csv")
    assert threats[0][0] == "Инцидент"
    assert len(threats) - 1 == stats.key_figures(cdb)["threats"]
    titles = {row[2] for row in threats[1:]}
    assert "'=HYPERLINK(\"http://evil.example\") +cmd -1 @x" in titles
    for row in threats[1:] + _csv(out / "incidents.csv")[1:] + _csv(out / "persons.csv")[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    persons = _csv(out / "persons.csv")
    assert any("Әсел Қуанышқызы" in row for row in persons)
    by_type = stats.count_by(cdb, ["threat_type"], "threats")
    arrest = cdb.vocab.label("threat_type", "judicial.arrest", "ru")
    assert sum(1 for r in threats[1:] if r[15] == arrest) == by_type.value(threat_type="judicial.arrest")


def test_xlsx_sheets_escaped_and_without_personal_metadata(store, tmp_path):
    cdb, _ = store
    path = tmp_path / "cases.xlsx"
    export(cdb, "xlsx", path, "full", lang="kk")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["threats", "incidents", "persons"]
    ws = wb["incidents"]
    titles = [row[2] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(\"http://evil.example\") +cmd -1 @x" in titles
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula cell {cell.coordinate}: {cell.value!r}"
    assert ws.cell(1, 1).value == "Оқиға"
    assert wb["threats"].max_row - 1 == stats.key_figures(cdb)["threats"]
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
