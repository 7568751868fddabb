"""The JSON export holds everything needed to rebuild the data: read back into a new encrypted
database — by a minimal reader written from the format document alone, and by the importer users
run (kkdesk.importer.json_import) — it gives the same statistics.
"""

from __future__ import annotations

import base64
import hashlib
import json

from kkdesk import stats
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, LegalCharge, Organisation, Person, Response, Target, Threat
from kkdesk.reports import export
from kkdesk.records import CaseDatabase
from tests.reports.conftest import PASS

_THREAT_FIELDS = ("threat_type", "sources", "reality", "scope", "directness", "recurrence", "duration", "scale",
                  "effect", "outcome", "notes", "uuid")


def load(cdb: CaseDatabase, data: dict) -> None:
    """A minimal reader of format v1, written from docs/json-export-format.md alone."""
    assert data["format"] == "kkdesk-export" and data["version"] == 1
    org_ids, person_ids = {}, {}
    for o in data["organisations"]:
        saved = cdb.organisations.save(Organisation(name=o["name"], name_alt=o["name_alt"], kind=o["kind"],
                                                    region=o["region"], city=o["city"], notes=o["notes"],
                                                    pseudonym=o["pseudonym"], uuid=o["uuid"]))
        org_ids[o["uuid"]] = saved.id
    for p in data["persons"]:
        saved = cdb.persons.save(Person(
            name_latin=p["name_latin"], name_cyrillic=p["name_cyrillic"], aliases=p["aliases"], gender=p["gender"],
            categories=p["categories"], organisation_id=org_ids.get(p["organisation_uuid"]), region=p["region"],
            city=p["city"], contact=p["contact"], notes=p["notes"], risk_level=p["risk_level"], tags=p["tags"],
            pseudonym=p["pseudonym"], uuid=p["uuid"]))
        person_ids[p["uuid"]] = saved.id
    for i in data["incidents"]:
        targets = [Target(person_id=person_ids.get(t["person_uuid"]), organisation_id=org_ids.get(t["organisation_uuid"]),
                          category=t["category"], uuid=t["uuid"],
                          threats=[Threat(**{k: th[k] for k in _THREAT_FIELDS},
                                          articles=[LegalCharge(**a) for a in th["articles"]]) for th in t["threats"]])
                   for t in i["targets"]]
        inc = cdb.incidents.save(Incident(
            title=i["title"], date=PartialDate.from_iso(i["date"]), region=i["region"], city=i["city"],
            place_detail=i["place_detail"], narrative=i["narrative"], status=i["status"],
            confidentiality=i["confidentiality"], tags=i["tags"], reasons=i["reasons"], aims=i["aims"],
            targets=targets, uuid=i["uuid"],
            sources=[InfoSource(**{k: v for k, v in s.items()}) for s in i["sources"]],
            responses=[Response(**{k: v for k, v in r.items()}) for r in i["responses"]]))
        for a in i["attachments"]:
            raw = base64.b64decode(a["data_base64"])
            assert hashlib.sha256(raw).hexdigest() == a["sha256"]
            cdb.incidents.add_attachment(inc.id, a["filename"], raw, a["mime"], a["description"])


def _figures(cdb: CaseDatabase) -> dict:
    return {
        "key": stats.key_figures(cdb),
        "by_year": stats.count_by(cdb, ["year", "month"], "threats").rows,
        "by_city": stats.count_by(cdb, ["city"], "threats").rows,
        "by_source": stats.count_by(cdb, ["source"], "threats").rows,
        "by_gender": stats.count_by(cdb, ["gender"], "threats").rows,
        "persons_year": stats.count_by(cdb, ["year"], "persons").rows,
        "types": stats.types_with_persons(cdb),
        "per_person": stats.threats_per_target(cdb).rows,
        "distinct": stats.distinct_types_per_target(cdb).rows,
    }


def test_json_export_rebuilds_the_same_statistics(store, tmp_path):
    cdb, ids = store
    export(cdb, "json", tmp_path / "all.json", "full")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    copy = CaseDatabase.create(str(tmp_path / "copy.kkdb"), PASS, actor="roundtrip")
    try:
        load(copy, data)
        assert _figures(copy) == _figures(cdb)
        original = cdb.incidents.get(ids["first"])
        rebuilt = copy.incidents.get_by_uuid(original.uuid)
        assert rebuilt.ref == original.ref and rebuilt.narrative == original.narrative
        assert [a.sha256 for a in rebuilt.attachments] == [a.sha256 for a in original.attachments]
        assert rebuilt.targets[0].threats[0].articles == original.targets[0].threats[0].articles
        assert rebuilt.sources[0].url == original.sources[0].url
        # and the rebuilt database exports the same incidents again
        export(copy, "json", tmp_path / "again.json", "full")
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        strip = ("recorded_at", "updated_at", "recorded_by", "updated_by", "revision", "attachments")
        assert [{k: v for k, v in i.items() if k not in strip} for i in again["incidents"]] == \
            [{k: v for k, v in i.items() if k not in strip} for i in data["incidents"]]
    finally:
        copy.close()


def test_json_export_read_back_by_the_importer(store, tmp_path):
    """The same round trip through kkdesk.importer.json_import, the reader users run."""
    from kkdesk.importer.json_import import import_json

    cdb, ids = store
    export(cdb, "json", tmp_path / "all.json", "full")
    copy = CaseDatabase.create(str(tmp_path / "imported.kkdb"), PASS, actor="importer")
    try:
        result = import_json(copy, tmp_path / "all.json")
        assert result.created["incidents"] == cdb.incidents.count()
        assert result.created["persons"] == cdb.persons.count()
        assert _figures(copy) == _figures(cdb)
        original = cdb.incidents.get(ids["first"])
        rebuilt = copy.incidents.get_by_uuid(original.uuid)
        assert [a.sha256 for a in rebuilt.attachments] == [a.sha256 for a in original.attachments]
        again = import_json(copy, tmp_path / "all.json")   # a second import doubles nothing
        assert sum(again.created.values()) == 0 and _figures(copy) == _figures(cdb)
    finally:
        copy.close()


def test_pseudonymised_json_imports_as_codes(store, tmp_path):
    from kkdesk.importer.json_import import import_json

    cdb, ids = store
    export(cdb, "json", tmp_path / "p.json", "pseudonymised")
    copy = CaseDatabase.create(str(tmp_path / "p.kkdb"), PASS, actor="importer")
    try:
        import_json(copy, tmp_path / "p.json")
        asel = cdb.persons.get(ids["asel"])
        imported = copy.persons.get_by_uuid(asel.uuid)
        assert imported.name_latin == asel.pseudonym and imported.contact == ""
        assert stats.key_figures(copy) == stats.key_figures(cdb)
    finally:
        copy.close()
