"""Full JSON export, format version 1 (described in docs/json-export-format.md).

Vocabularies, organisations, persons and incidents with all their children, attachments as base64
with their SHA-256; records refer to each other by uuid. The same de-identification profiles as
every other output apply. Output is deterministic (sorted keys and records, no timestamp), so two
exports of the same data are byte-identical.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING

from kkdesk.model.entities import to_dict
from kkdesk.progress import Progress, ensure
from kkdesk.records.bulk import kept_incidents
from kkdesk.records.casework import export_form
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.search import SearchQuery, incident_ids

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

FORMAT = "kkdesk-export"
VERSION = 1


def _vocabularies(cdb: "CaseDatabase") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for vocab, code, parent, en, ru, kk, aliases, order, retired in cdb.conn.execute(
            "SELECT vocab, code, parent, label_en, label_ru, label_kk, aliases, sort_order, retired"
            " FROM vocab_term ORDER BY vocab, sort_order, code"):
        out.setdefault(vocab, []).append({"code": code, "parent": parent, "en": en, "ru": ru, "kk": kk,
                                          "aliases": json.loads(aliases or "[]"), "sort_order": order,
                                          "retired": bool(retired)})
    return out


def _incident(cdb: "CaseDatabase", deid: Deidentifier, inc, person_uuid: dict, org_uuid: dict) -> dict:
    deid = deid.for_record(inc)   # only this incident's targets may appear as codes in its text
    d = to_dict(inc)
    d.pop("id", None)
    d["date"] = deid.date(inc.date).iso()
    d["city"] = deid.city(inc.city)
    d["title"] = deid.text(inc.title)
    d["narrative"] = deid.text(inc.narrative)
    d["place_detail"] = deid.public_private(inc.place_detail)
    d["tags"] = [deid.tag(t) for t in inc.tags]
    d["recorded_by"] = deid.actor(inc.recorded_by)
    d["updated_by"] = deid.actor(inc.updated_by)
    if deid.public:
        d["recorded_at"] = deid.day(inc.recorded_at)
        d["updated_at"] = deid.day(inc.updated_at)
    targets = []
    for t, td in zip(inc.targets, d["targets"]):
        td.pop("id", None)
        td.pop("person_id", None)
        td.pop("organisation_id", None)
        td["person_uuid"] = person_uuid.get(t.person_id) if t.person_id is not None else None
        td["organisation_uuid"] = org_uuid.get(t.organisation_id) if t.organisation_id is not None else None
        for th in td["threats"]:
            th.pop("id", None)
            th["notes"] = deid.public_private(th["notes"])
            th["outcome"] = deid.text(th["outcome"])
            for a in th["articles"]:
                a["detail"] = deid.text(a["detail"])
        targets.append(td)
    d["targets"] = targets
    for s in d["sources"]:
        s.pop("id", None)
        s["outlet"] = deid.text(s["outlet"])
        # a path can carry the person's name; a public document does not lead to the article at all
        s["url"] = "" if deid.public else deid.text(s["url"])
        s["notes"] = deid.public_private(s["notes"])
        s["published_on"] = deid.day(s["published_on"])
        s["accessed_on"] = deid.day(s["accessed_on"])
    for r in d["responses"]:
        r.pop("id", None)
        r["result"] = deid.text(r["result"])
        r["reference"] = deid.public_private(r["reference"])   # "жалоба Ахметовой №5"
        r["notes"] = deid.public_private(r["notes"])
        r["date"] = deid.day(r["date"])
    attachments = []
    if not deid.public:
        for a in inc.attachments:
            data = cdb.incidents.attachment_data(a.id)
            attachments.append({"uuid": a.uuid, "filename": deid.text(a.filename), "mime": a.mime,
                                "size": a.size, "sha256": a.sha256, "description": deid.text(a.description),
                                "added_at": a.added_at, "data_base64": base64.b64encode(data).decode("ascii")})
    d["attachments"] = attachments
    return d


def build(cdb: "CaseDatabase", profile: str = "full", query: SearchQuery | None = None,
          progress: Progress | None = None, lang: str = "en", unknown: str = "replace") -> dict:
    """The export as a JSON-ready dict (see docs/json-export-format.md); `unknown` says what happens to
    names not in the registry (deidentify.UnknownNamesFound is raised for "ask" when there are some)."""
    progress = ensure(progress)
    deid = Deidentifier.for_database(cdb, profile, lang, unknown)
    person_uuid = dict(cdb.conn.execute("SELECT id, uuid FROM person"))
    org_uuid = dict(cdb.conn.execute("SELECT id, uuid FROM organisation"))
    ids = incident_ids(cdb, query or SearchQuery(), order="date", descending=False)
    bound: dict = {}   # uuid -> the de-identifier bound to that record's people (casework text)
    incidents, used_p, used_o = [], set(), set()
    for inc in kept_incidents(cdb, ids, deid, progress):
        used_p.update(t.person_id for t in inc.targets if t.person_id is not None)
        used_o.update(t.organisation_id for t in inc.targets if t.organisation_id is not None)
        incidents.append(_incident(cdb, deid, inc, person_uuid, org_uuid))
        bound[inc.uuid] = deid.for_record(inc)
    incidents.sort(key=lambda d: (d["date"], d["ref"]))
    everyone = query is None and not deid.public
    persons = []
    for pid in (person_uuid if everyone else sorted(used_p)):
        p = cdb.persons.get(pid)
        if p.organisation_id is not None and not deid.public:
            used_o.add(p.organisation_id)
        d = to_dict(p)
        d.pop("id", None)
        d["organisation_uuid"] = org_uuid.get(d.pop("organisation_id")) if p.organisation_id is not None and (
            everyone or p.organisation_id in used_o) else None
        if not deid.full:
            d.update(name_latin=p.pseudonym, name_cyrillic=p.pseudonym, aliases=[], contact="", notes="")
            d["tags"] = [deid.for_targets([pid]).tag(t) for t in p.tags]
        d["city"] = deid.city(p.city)
        persons.append(d)
    persons.sort(key=lambda d: (d["pseudonym"], d["uuid"]))
    organisations = []
    for oid in (org_uuid if everyone else sorted(used_o)):
        o = cdb.organisations.get(oid)
        d = to_dict(o)
        d.pop("id", None)
        if not deid.full:
            d.update(name=o.pseudonym, name_alt="", notes="")
        d["city"] = deid.city(o.city)
        organisations.append(d)
    organisations.sort(key=lambda d: (d["pseudonym"], d["uuid"]))
    for pid, uuid in person_uuid.items():
        bound[uuid] = deid.for_targets([pid])
    for oid, uuid in org_uuid.items():
        bound[uuid] = deid.for_targets(org_ids=[oid])
    casework = _casework(cdb, deid, {d["uuid"] for d in incidents}, {d["uuid"] for d in persons},
                         {d["uuid"] for d in organisations}, bound)
    links = _links(cdb, deid, {d["uuid"] for d in incidents}, {d["uuid"] for d in persons},
                   {d["uuid"] for d in organisations})
    deid.check_unknown_names()
    progress.set_progress(1.0, "")
    return {
        "format": FORMAT,
        "version": VERSION,
        "profile": deid.profile,
        "schema_version": cdb.schema_version(),
        "counts": {
            "organisations": len(organisations),
            "persons": len(persons),
            "incidents": len(incidents),
            "targets": sum(len(i["targets"]) for i in incidents),
            "threats": sum(len(t["threats"]) for i in incidents for t in i["targets"]),
            "attachments": sum(len(i["attachments"]) for i in incidents),
            **{kind: len(rows) for kind, rows in casework.items()},
            **{kind: len(rows) for kind, rows in links.items()},
        },
        "vocabularies": _vocabularies(cdb),
        "organisations": organisations,
        "persons": persons,
        "incidents": incidents,
        **casework,
        **links,
    }


def _links(cdb: "CaseDatabase", deid: Deidentifier, incidents: set, persons: set, orgs: set) -> dict:
    """Links whose both ends are exported (by uuid, no text), and the review steps of the exported
    incidents (their comments are free text: only in the full version)."""
    def kept(rows, ends):
        return [d for d in rows if d is not None and all(d[key] in pool for key, pool in ends)]

    store = cdb.links
    out = {
        "incident_links": kept((store.incident_link_export(u) for (u,) in cdb.query("SELECT uuid FROM incident_link")),
                               (("from_uuid", incidents), ("to_uuid", incidents))),
        "person_org_links": kept((store.person_org_link_export(u) for (u,) in cdb.query(
            "SELECT uuid FROM person_org_link")), (("person_uuid", persons), ("organisation_uuid", orgs))),
        "same_persons": kept((store.person_same_export(u) for (u,) in cdb.query("SELECT uuid FROM person_same")),
                             (("person_uuid", persons), ("other_uuid", persons))),
        "review_steps": [],
    }
    if deid.full:
        for iid, uuid in cdb.query("SELECT id, uuid FROM incident ORDER BY id"):
            if uuid in incidents:
                out["review_steps"] += [{**d, "incident_uuid": uuid, "revision": 1}
                                        for d in cdb.review.export_steps(iid)]
    for rows in out.values():
        rows.sort(key=lambda d: d["uuid"])
    return out


# JSON key -> (entity, free-text fields that de-identification rewrites)
_CASEWORK_KINDS = {"protection_actions": ("protection_action", ("actor", "notes")),
                   "follow_ups": ("follow_up", ("title", "owner", "notes")),
                   "risk_assessments": ("risk_assessment", ("facts", "pattern", "objective", "perpetrator",
                                                            "feasibility", "reason", "assessor"))}


def _casework(cdb: "CaseDatabase", deid: Deidentifier, incidents: set, persons: set, orgs: set,
              bound: dict) -> dict:
    """The casework of the exported records; text de-identified like the rest, bound to its subject
    (`bound`: uuid -> the de-identifier of that incident, person or organisation), so only the
    subject's codes can appear in it; none in a public export (who is being relocated, guarded or
    assessed at risk is not for publication)."""
    if deid.public:
        return {kind: [] for kind in _CASEWORK_KINDS}
    out: dict[str, list] = {}
    actions: set[str] = set()
    for kind, (entity, texts) in _CASEWORK_KINDS.items():
        rows = []
        for record in cdb.casework.all(entity):
            d = export_form(cdb, record)
            subjects = [d.get("incident_uuid") in incidents, d.get("person_uuid") in persons,
                        d.get("organisation_uuid") in orgs, d.get("action_uuid") in actions]
            if not any(subjects):
                continue
            if not deid.full:
                subject = next((bound[u] for u in (d.get("incident_uuid"), d.get("person_uuid"),
                                                   d.get("organisation_uuid"), d.get("action_uuid")) if u in bound),
                               deid.for_targets())
                if entity == "protection_action":
                    bound[d["uuid"]] = subject      # a follow-up of this action is about the same people
                for field in texts:
                    d[field] = subject.text(d[field]) if d.get(field) else d.get(field)
                if entity == "protection_action" and d["actor_kind"] == "internal":
                    d["actor"] = ""          # a team member's name stays inside the organisation
                for who in ("created_by", "updated_by"):
                    d[who] = ""
            rows.append(d)
        if entity == "protection_action":
            actions = {d["uuid"] for d in rows}
        out[kind] = rows
    return out


def dumps(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
