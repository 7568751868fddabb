"""kkdesk's own JSON export read back: into an empty database, again (no doubles), into its own
source (all unchanged), newer revisions win, broken files write nothing."""

from __future__ import annotations

import json

import pytest

from kkdesk import reports
from kkdesk.cli import main
from kkdesk.errors import InvalidInput
from kkdesk.importer.json_import import apply_json, import_json, read_json_export, validate_json
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Organisation, Person, Response, Target, Threat
from kkdesk.stats import count_by, key_figures
from kkdesk.records import CaseDatabase

PASS = "json import passphrase"


@pytest.fixture(scope="module")
def dbs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("json")
    src = CaseDatabase.create(folder / "src.kkdb", PASS, actor="source")
    org = src.organisations.save(Organisation(name="Тестовая коллегия адвокатов", kind="bar_association",
                                              city="almaty"))
    a = src.persons.save(Person(name_latin="Saule Testova", name_cyrillic="Сауле Тестова", gender="female",
                                categories=["lawyer"], organisation_id=org.id, tags=["needs legal aid"]))
    b = src.persons.save(Person(name_cyrillic="Тестов Нурлан", gender="male"))
    src.vocab.add_term("source_type", "private_security", "Private security", "Частная охрана")
    i1 = src.incidents.save(Incident(
        title="Lawyer detained", date=PartialDate("2019-06-09"), city="almaty", narrative="Held overnight.",
        tags=["court"], reasons=[src.vocab.terms("reason")[0].code],
        sources=[InfoSource(outlet="Test News", url="https://news.invalid/1", reliability="high")],
        responses=[Response(src.vocab.terms("response_type")[0].code, date="2019-07-01")],
        targets=[Target(person_id=a.id, category="lawyer",
                        threats=[Threat("judicial.detention", sources=["police", "private_security"],
                                        reality="actual")]),
                 Target(organisation_id=org.id, threats=[Threat("physical.attack_on_premises")])]))
    src.incidents.save(Incident(title="Threats online", date=PartialDate("2021-05", "2021-06"),
                                targets=[Target(person_id=b.id, threats=[Threat("judicial.arrest")])]))
    src.incidents.add_attachment(i1.id, "statement.txt", "Заявление".encode())
    reports.export(src, "json", folder / "export.json")
    dst = CaseDatabase.create(folder / "dst.kkdb", PASS, actor="destination")
    yield {"folder": folder, "src": src, "dst": dst}
    src.close()
    dst.close()


def _figures(cdb):
    return key_figures(cdb), count_by(cdb, ["year", "threat_type"]).rows, count_by(cdb, "source").rows


def test_export_imports_into_an_empty_database_with_uuids_kept(dbs):
    src, dst = dbs["src"], dbs["dst"]
    data = read_json_export(dbs["folder"] / "export.json")
    plan = validate_json(dst, data, source=dbs["folder"] / "export.json")
    assert plan.ok, plan.report()
    assert dst.incidents.count() == 0  # validation wrote nothing
    assert plan.result.created["incidents"] == 2
    result = apply_json(dst, plan)
    assert result.created == {"terms": 1, "organisations": 1, "persons": 2, "incidents": 2,
                              "protection_actions": 0, "follow_ups": 0, "risk_assessments": 0,
                              "review_steps": 0, "incident_links": 0, "person_org_links": 0, "same_persons": 0}
    assert result.attachments == 1
    assert _figures(dst) == _figures(src)
    for table in ("incident", "person", "organisation", "target", "threat", "attachment"):
        assert set(dst.query(f"SELECT uuid FROM {table}")) == set(src.query(f"SELECT uuid FROM {table}"))
    uuid = src.query("SELECT uuid FROM incident WHERE title = 'Lawyer detained'")[0][0]
    a, b = src.incidents.get_by_uuid(uuid), dst.incidents.get_by_uuid(uuid)
    assert (b.ref, b.date, b.narrative, b.tags, b.reasons) == (a.ref, a.date, a.narrative, a.tags, a.reasons)
    assert b.sources[0].url == "https://news.invalid/1" and b.responses[0].date == "2019-07-01"
    p = dst.persons.get_by_uuid(src.query("SELECT uuid FROM person WHERE name_latin = 'Saule Testova'")[0][0])
    assert p.name_cyrillic == "Сауле Тестова" and p.categories == ["lawyer"] and p.tags == ["needs legal aid"]
    assert dst.organisations.get(p.organisation_id).name == "Тестовая коллегия адвокатов"
    att = b.attachments[0]
    assert dst.incidents.attachment_data(att.id) == "Заявление".encode()


def test_second_import_and_import_into_the_source_double_nothing(dbs):
    src, dst = dbs["src"], dbs["dst"]
    before = _figures(dst)
    result = import_json(dst, dbs["folder"] / "export.json")
    assert sum(result.created.values()) == 0 and result.unchanged["incidents"] == 2 and result.attachments == 0
    assert _figures(dst) == before
    result = import_json(src, dbs["folder"] / "export.json")
    assert sum(result.created.values()) == 0 and result.unchanged["persons"] == 2


def test_newer_revision_in_the_file_wins_older_is_kept(dbs):
    src, dst = dbs["src"], dbs["dst"]
    inc = src.incidents.get(src.query("SELECT id FROM incident WHERE title = 'Threats online'")[0][0])
    inc.title = "Threats online, then arrest"
    src.incidents.save(inc)
    reports.export(src, "json", dbs["folder"] / "export2.json")
    result = import_json(dst, dbs["folder"] / "export2.json")
    assert result.updated["incidents"] == 1
    assert dst.incidents.get_by_uuid(inc.uuid).title == "Threats online, then arrest"
    local = dst.incidents.get_by_uuid(inc.uuid)
    local.narrative = "Edited here afterwards."
    dst.incidents.save(local)
    result = import_json(dst, dbs["folder"] / "export2.json")
    assert result.kept_local["incidents"] == 1
    assert dst.incidents.get_by_uuid(inc.uuid).narrative == "Edited here afterwards."


def test_broken_exports_write_nothing(dbs):
    dst, folder = dbs["dst"], dbs["folder"]
    text = (folder / "export.json").read_text(encoding="utf-8")
    (folder / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        read_json_export(folder / "cut.json")
    data = json.loads(text)
    data["version"] = 99
    (folder / "future.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput, match="version 99"):
        read_json_export(folder / "future.json")
    # A new incident first, then an attachment whose bytes do not match its hash: nothing at all is written.
    data = json.loads(text)
    data["incidents"].append({**data["incidents"][0], "uuid": "00000000-0000-4000-8000-000000000001",
                              "ref": "KK-2019-00000000", "targets": [], "attachments": []})
    bad = data["incidents"][0]["attachments"][0]
    data["incidents"][0]["attachments"] = [{**bad, "uuid": "00000000-0000-4000-8000-000000000002",
                                            "data_base64": "dGFtcGVyZWQ="}]
    before = dst.incidents.count(), dst.scalar("SELECT count(*) FROM history")
    plan = validate_json(dst, data, source="tampered.json")
    assert not plan.ok and "does not match its SHA-256" in plan.report()
    with pytest.raises(InvalidInput):
        apply_json(dst, plan)
    assert (dst.incidents.count(), dst.scalar("SELECT count(*) FROM history")) == before


def test_cli_imports_a_json_export(dbs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)
    CaseDatabase.create(tmp_path / "cli.kkdb", PASS).close()
    assert main(["import", str(tmp_path / "cli.kkdb"), str(dbs["folder"] / "export.json"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "kkdesk export, profile full" in out and "Dry run" in out
    assert main(["import", str(tmp_path / "cli.kkdb"), str(dbs["folder"] / "export.json")]) == 0
    assert "New: Term: 1, Organisation: 1, Person: 2, Incident: 2" in capsys.readouterr().out
    with CaseDatabase.open(tmp_path / "cli.kkdb", PASS) as cdb:
        assert cdb.incidents.count() == 2
