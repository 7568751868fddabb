"""Records as JSON dicts in the export format (docs/json-export-format.md), and back.

Bundles and the JSON import share this codec: records refer to each other by uuid, uuids are
kept on write, and `content_hash` says whether two versions of a record hold the same content
(ignoring revision, timestamps and local-only fields) — the basis of conflict detection.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.dates import PartialDate
from kkdesk.records.casework import EXPORT_REFS, export_form
from kkdesk.model.entities import (
    CRITERIA,
    Incident,
    InfoSource,
    LegalCharge,
    Organisation,
    Person,
    Response,
    Target,
    Threat,
    to_dict,
)
from kkdesk.records.incidents import MAX_ATTACHMENT_BYTES

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

# Also the order of writing: what a record refers to is written before it.
ENTITIES = ("term", "organisation", "person", "incident", "protection_action", "follow_up", "risk_assessment",
            "review_step", "incident_link", "person_org_link", "person_same")
PLURAL = {"term": "terms", "organisation": "organisations", "person": "persons", "incident": "incidents",
          "protection_action": "protection_actions", "follow_up": "follow_ups",
          "risk_assessment": "risk_assessments", "review_step": "review_steps", "incident_link": "incident_links",
          "person_org_link": "person_org_links", "person_same": "same_persons"}
# Made once and never edited (revision 1): sent once, skipped when already here. Each names the
# records it belongs to: (entity, key of its uuid in the export form).
APPENDED = {"review_step": (("incident", "incident_uuid"),),
            "incident_link": (("incident", "from_uuid"), ("incident", "to_uuid")),
            "person_org_link": (("person", "person_uuid"), ("organisation", "organisation_uuid")),
            "person_same": (("person", "person_uuid"), ("person", "other_uuid"))}
# Not content: bookkeeping that differs between databases holding the same record.
_NOT_CONTENT = {"revision", "updated_at", "updated_by", "attachments", "pseudonym", "created_at", "sort_order", "id",
                "organisation_id", "person_id", "incident_id", "action_id",  # local ids (the JSON export
                "created_by", "corroboration",                                # leaves a null organisation_id)
                "status", "review"}   # the review state moves by review steps (kkdesk.records.review)


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def content_hash(d: dict) -> str:
    return hashlib.sha256(canonical({k: v for k, v in d.items() if k not in _NOT_CONTENT}).encode()).hexdigest()


def content_fields(d: dict) -> list[str]:
    return sorted(k for k in d if k not in _NOT_CONTENT and k != "uuid")


def forget_vocab_cache(cdb: "CaseDatabase") -> None:
    """After a rolled-back transaction the vocabulary cache may hold terms that are gone."""
    cdb.vocab._cache.clear()  # no public invalidation in VocabularyStore; the cache is plain


# ----- reading local records -------------------------------------------------------------------

def term_key(vocab: str, code: str) -> str:
    return f"{vocab}:{code}"


def term_dict(cdb: "CaseDatabase", key: str) -> dict | None:
    vocab, _, code = key.partition(":")
    row = cdb.conn.execute(
        "SELECT parent, label_en, label_ru, label_kk, aliases, sort_order, retired, revision FROM vocab_term"
        " WHERE vocab = ? AND code = ?", (vocab, code)).fetchone()
    if row is None:
        return None
    return {"uuid": key, "vocab": vocab, "code": code, "parent": row[0], "en": row[1], "ru": row[2], "kk": row[3],
            "aliases": json.loads(row[4] or "[]"), "sort_order": row[5], "retired": bool(row[6]),
            "revision": row[7]}


def organisation_dict(cdb: "CaseDatabase", uuid: str) -> dict | None:
    oid = cdb.organisations.id_for_uuid(uuid)
    if oid is None:
        return None
    d = to_dict(cdb.organisations.get(oid))
    d.pop("id", None)
    return d


def person_dict(cdb: "CaseDatabase", uuid: str) -> dict | None:
    pid = cdb.persons.id_for_uuid(uuid)
    if pid is None:
        return None
    p = cdb.persons.get(pid)
    d = to_dict(p)
    d.pop("id", None)
    d.pop("organisation_id", None)
    d["organisation_uuid"] = (cdb.scalar("SELECT uuid FROM organisation WHERE id = ?", (p.organisation_id,))
                              if p.organisation_id is not None else None)
    return d


def incident_dict(cdb: "CaseDatabase", uuid: str, attachments: bool = False,
                  only_attachments: set[str] | None = None) -> dict | None:
    """The incident in export form; attachments with their bytes when asked (only some, if given)."""
    iid = cdb.incidents.id_for_uuid(uuid)
    if iid is None:
        return None
    inc = cdb.incidents.get(iid)
    d = to_dict(inc)
    d.pop("id", None)
    d["date"] = inc.date.iso()
    for t, td in zip(inc.targets, d["targets"]):
        td.pop("id", None)
        td.pop("person_id", None)
        td.pop("organisation_id", None)
        td["person_uuid"] = _uuid_of(cdb, "person", t.person_id)
        td["organisation_uuid"] = _uuid_of(cdb, "organisation", t.organisation_id)
        for th in td["threats"]:
            th.pop("id", None)
    for part in ("sources", "responses"):
        for x in d[part]:
            x.pop("id", None)
    d["attachments"] = []
    if attachments:
        import base64

        for a in inc.attachments:
            if only_attachments is not None and a.uuid not in only_attachments:
                continue
            data = cdb.incidents.attachment_data(a.id)
            d["attachments"].append({"uuid": a.uuid, "filename": a.filename, "mime": a.mime, "size": a.size,
                                     "sha256": a.sha256, "description": a.description, "added_at": a.added_at,
                                     "data_base64": base64.b64encode(data).decode("ascii")})
    return d


def _uuid_of(cdb, table: str, local_id: int | None) -> str | None:
    if local_id is None:
        return None
    return cdb.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (local_id,))


def casework_dict(cdb: "CaseDatabase", entity: str, uuid: str) -> dict | None:
    """A protection action, follow-up or risk assessment in export form: subjects by uuid."""
    record = cdb.casework.get_by_uuid(entity, uuid)
    return None if record is None else export_form(cdb, record)


def review_step_dict(cdb: "CaseDatabase", uuid: str) -> dict | None:
    row = cdb.conn.execute("SELECT s.uuid, s.step, s.actor, s.at, s.comment, i.uuid FROM review_step s"
                           " JOIN incident i ON i.id = s.incident_id WHERE s.uuid = ?", (uuid,)).fetchone()
    return None if row is None else {"uuid": row[0], "step": row[1], "actor": row[2], "at": row[3],
                                     "comment": row[4], "incident_uuid": row[5], "revision": 1}


def load(cdb: "CaseDatabase", entity: str, uuid: str) -> dict | None:
    if entity in CASEWORK_ENTITIES:
        return casework_dict(cdb, entity, uuid)
    if entity == "review_step":
        return review_step_dict(cdb, uuid)
    if entity in APPENDED:
        return getattr(cdb.links, f"{entity}_export")(uuid)
    return {"term": term_dict, "organisation": organisation_dict, "person": person_dict,
            "incident": incident_dict}[entity](cdb, uuid)


def local_revision(cdb: "CaseDatabase", entity: str, uuid: str) -> int | None:
    if entity == "term":
        vocab, _, code = uuid.partition(":")
        return cdb.scalar("SELECT revision FROM vocab_term WHERE vocab = ? AND code = ?", (vocab, code))
    if entity in APPENDED:
        return 1 if cdb.scalar(f"SELECT 1 FROM {entity} WHERE uuid = ?", (uuid,)) else None
    return cdb.scalar(f"SELECT revision FROM {entity} WHERE uuid = ?", (uuid,))


def all_revisions(cdb: "CaseDatabase", entity: str) -> dict[str, int]:
    if entity in APPENDED:
        return {r[0]: 1 for r in cdb.conn.execute(f"SELECT uuid FROM {entity}")}
    if entity == "term":
        return {term_key(v, c): r for v, c, r in cdb.conn.execute("SELECT vocab, code, revision FROM vocab_term")}
    return dict(cdb.conn.execute(f"SELECT uuid, revision FROM {entity}"))


# ----- writing ---------------------------------------------------------------------------------

def _need(d: dict, key: str, kind=str):
    value = d.get(key)
    if not isinstance(value, kind):
        raise InvalidInput("record.field_kind", key=key)
    return value


def _opt_str(d: dict, key: str, default: str | None = "") -> str | None:
    value = d.get(key, default)
    if value is None or isinstance(value, str):
        return value
    raise InvalidInput("record.field_text", key=key)


def _str_list(d: dict, key: str) -> list[str]:
    value = d.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput("record.field_texts", key=key)
    return list(value)


def _dicts(d: dict, key: str) -> list[dict]:
    value = d.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InvalidInput("record.field_objects", key=key)
    return value


def _set_revision(cdb, table: str, uuid: str, revision: int) -> None:
    cdb.conn.execute(f"UPDATE {table} SET revision = ? WHERE uuid = ?", (revision, uuid))


def _new_revision(old: int | None, theirs: int | None) -> int:
    """Revisions only grow locally: a new record takes the sender's; an update goes past both."""
    theirs = theirs if isinstance(theirs, int) and theirs > 0 else 1
    return theirs if old is None else max(old + 1, theirs)


def write_term(cdb: "CaseDatabase", d: dict) -> None:
    vocab, code = _need(d, "vocab"), _need(d, "code")
    key = term_key(vocab, code)
    old = term_dict(cdb, key)
    label_en = _need(d, "en")
    parent = _opt_str(d, "parent", None)
    aliases = _str_list(d, "aliases")
    if old is None:
        cdb.vocab.add_term(vocab, code, label_en, _opt_str(d, "ru") or "", _opt_str(d, "kk") or "",
                           parent=parent, aliases=aliases)
    else:
        changes = {k: v for k, v in (("label_en", label_en), ("label_ru", _opt_str(d, "ru") or ""),
                                     ("label_kk", _opt_str(d, "kk") or ""), ("parent", parent),
                                     ("aliases", aliases))}
        cdb.vocab.update_term(vocab, code, **changes)
    retired = bool(d.get("retired", False))
    if (old or {}).get("retired", False) != retired:
        cdb.vocab.set_retired(vocab, code, retired)
    cdb.conn.execute("UPDATE vocab_term SET revision = ? WHERE vocab = ? AND code = ?",
                     (_new_revision(old and old["revision"], d.get("revision")), vocab, code))


def write_organisation(cdb: "CaseDatabase", d: dict) -> None:
    uuid = _need(d, "uuid")
    oid = cdb.organisations.id_for_uuid(uuid)
    o = Organisation(name=_need(d, "name"), name_alt=_opt_str(d, "name_alt") or "",
                     kind=_opt_str(d, "kind") or "ngo", region=_opt_str(d, "region", None),
                     city=_opt_str(d, "city", None), notes=_opt_str(d, "notes") or "", uuid=uuid,
                     pseudonym=_free_pseudonym(cdb, "organisation", _opt_str(d, "pseudonym") or "", uuid),
                     created_at=_opt_str(d, "created_at") or "")
    old_rev = None
    if oid is not None:
        old = cdb.organisations.get(oid)
        o.id, o.revision, o.pseudonym, old_rev = oid, old.revision, old.pseudonym, old.revision
    cdb.organisations.save(o)
    _set_revision(cdb, "organisation", uuid, _new_revision(old_rev, d.get("revision")))


def write_person(cdb: "CaseDatabase", d: dict) -> None:
    uuid = _need(d, "uuid")
    pid = cdb.persons.id_for_uuid(uuid)
    org_uuid = _opt_str(d, "organisation_uuid", None)
    org_id = cdb.organisations.id_for_uuid(org_uuid) if org_uuid else None
    if org_uuid and org_id is None:
        raise InvalidInput("record.person_org_missing")
    p = Person(name_latin=_opt_str(d, "name_latin") or "", name_cyrillic=_opt_str(d, "name_cyrillic") or "",
               aliases=_str_list(d, "aliases"), gender=_opt_str(d, "gender") or "unknown",
               categories=_str_list(d, "categories"), organisation_id=org_id, region=_opt_str(d, "region", None),
               city=_opt_str(d, "city", None), contact=_opt_str(d, "contact") or "",
               notes=_opt_str(d, "notes") or "", risk_level=_opt_str(d, "risk_level") or "unknown",
               tags=_str_list(d, "tags"), uuid=uuid, created_at=_opt_str(d, "created_at") or "",
               pseudonym=_free_pseudonym(cdb, "person", _opt_str(d, "pseudonym") or "", uuid))
    old_rev = None
    if pid is not None:
        old = cdb.persons.get(pid)
        p.id, p.revision, p.pseudonym, old_rev = pid, old.revision, old.pseudonym, old.revision
    cdb.persons.save(p)
    _set_revision(cdb, "person", uuid, _new_revision(old_rev, d.get("revision")))


def _free_pseudonym(cdb, table: str, code: str, uuid: str) -> str:
    """Keep the sender's pseudonym code unless another record here already uses it."""
    if not code:
        return ""
    owner = cdb.scalar(f"SELECT uuid FROM {table} WHERE pseudonym = ?", (code,))
    return code if owner in (None, uuid) else ""


def incident_from(cdb: "CaseDatabase", d: dict) -> Incident:
    """An Incident from its export form; persons and organisations must already be here."""
    try:
        date = PartialDate.from_iso(_need(d, "date"))
    except InvalidInput as exc:
        raise InvalidInput("record.bad_date", reason=exc.message) from None
    targets = []
    for td in _dicts(d, "targets"):
        pu, ou = _opt_str(td, "person_uuid", None), _opt_str(td, "organisation_uuid", None)
        pid = cdb.persons.id_for_uuid(pu) if pu else None
        oid = cdb.organisations.id_for_uuid(ou) if ou else None
        if (pu and pid is None) or (ou and oid is None):
            raise InvalidInput("record.target_missing")
        threats = []
        for th in _dicts(td, "threats"):
            criteria = {k: _opt_str(th, k, None) for k in CRITERIA}
            threats.append(Threat(threat_type=_need(th, "threat_type"), sources=_str_list(th, "sources"),
                                  articles=[LegalCharge(_need(a, "article"), _opt_str(a, "outcome") or "",
                                                        _opt_str(a, "detail") or "") for a in _dicts(th, "articles")],
                                  outcome=_opt_str(th, "outcome") or "", notes=_opt_str(th, "notes") or "",
                                  uuid=_opt_str(th, "uuid") or "", **criteria))
        targets.append(Target(person_id=pid, organisation_id=oid, category=_opt_str(td, "category", None),
                              threats=threats, uuid=_opt_str(td, "uuid") or ""))
    sources = [InfoSource(outlet=_opt_str(s, "outlet") or "", url=_opt_str(s, "url") or "",
                          published_on=_opt_str(s, "published_on", None), accessed_on=_opt_str(s, "accessed_on", None),
                          reliability=_opt_str(s, "reliability") or "unknown", notes=_opt_str(s, "notes") or "",
                          uuid=_opt_str(s, "uuid") or "") for s in _dicts(d, "sources")]
    responses = [Response(response_type=_need(r, "response_type"), date=_opt_str(r, "date", None),
                          result=_opt_str(r, "result") or "", reference=_opt_str(r, "reference") or "",
                          notes=_opt_str(r, "notes") or "", uuid=_opt_str(r, "uuid") or "")
                 for r in _dicts(d, "responses")]
    status = _opt_str(d, "status") or "draft"
    return Incident(title=_need(d, "title"), date=date, region=_opt_str(d, "region", None),
                    city=_opt_str(d, "city", None), place_detail=_opt_str(d, "place_detail") or "",
                    narrative=_opt_str(d, "narrative") or "", status=status,
                    review=_opt_str(d, "review") or ("verified" if status == "verified" else "draft"),
                    confidentiality=_opt_str(d, "confidentiality") or "restricted", targets=targets,
                    sources=sources, responses=responses, tags=_str_list(d, "tags"),
                    reasons=_str_list(d, "reasons"), aims=_str_list(d, "aims"), ref=_opt_str(d, "ref") or "",
                    recorded_by=_opt_str(d, "recorded_by") or "", recorded_at=_opt_str(d, "recorded_at") or "",
                    uuid=_need(d, "uuid"))


def write_incident(cdb: "CaseDatabase", d: dict, review: str | None = None) -> None:
    """Create or update an incident from its export form. review: the review state to store (a
    bundle's rule, exchange.bundle); None takes the record's own (a JSON import). The sender's last
    editor stays the last editor: whoever imports it did not edit it (and may review it)."""
    inc = incident_from(cdb, d)
    iid = cdb.incidents.id_for_uuid(inc.uuid)
    old_rev = None
    if iid is not None:
        old_rev = cdb.scalar("SELECT revision FROM incident WHERE id = ?", (iid,))
        inc.id, inc.revision = iid, old_rev
    if review is not None:
        inc.review, inc.status = review, ("verified" if review == "verified" else "draft")
    cdb.incidents.save_many([inc], history_action="import")
    _set_revision(cdb, "incident", inc.uuid, _new_revision(old_rev, d.get("revision")))
    editor = _opt_str(d, "updated_by")
    if editor:
        cdb.conn.execute("UPDATE incident SET updated_by = ? WHERE uuid = ?", (editor[:200], inc.uuid))


def _local_id(cdb, table: str, uuid) -> int:
    local = cdb.scalar(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)) if isinstance(uuid, str) else None
    if local is None:
        raise InvalidInput("record.link_target_missing", table=table)
    return local


def write_review_step(cdb: "CaseDatabase", d: dict, take_state: bool = False) -> None:
    """A review step from elsewhere; take_state: it also moves the record's review state (a
    coordinator's decision, or a monitor's submission)."""
    cdb.review.add_received(_local_id(cdb, "incident", d.get("incident_uuid")), [d], take_state=take_state)


def write_incident_link(cdb: "CaseDatabase", d: dict) -> None:
    cdb.links.link_incidents(_local_id(cdb, "incident", d.get("from_uuid")), _local_id(cdb, "incident", d.get("to_uuid")),
                             _need(d, "kind"), uuid=_need(d, "uuid"), at=_opt_str(d, "created_at") or "",
                             by=_opt_str(d, "created_by") or "")


def write_person_org_link(cdb: "CaseDatabase", d: dict) -> None:
    cdb.links.link_person_org(_local_id(cdb, "person", d.get("person_uuid")),
                              _local_id(cdb, "organisation", d.get("organisation_uuid")), _need(d, "kind"),
                              uuid=_need(d, "uuid"), at=_opt_str(d, "created_at") or "",
                              by=_opt_str(d, "created_by") or "")


def write_person_same(cdb: "CaseDatabase", d: dict) -> None:
    """A "same person" link from elsewhere; a pair decided "not the same person" here stays apart."""
    a, b = _local_id(cdb, "person", d.get("person_uuid")), _local_id(cdb, "person", d.get("other_uuid"))
    ua, ub = sorted((d["person_uuid"], d["other_uuid"]))
    if cdb.scalar("SELECT 1 FROM person_distinct WHERE person_uuid = ? AND other_uuid = ?", (ua, ub)):
        return
    cdb.links.mark_same_person(a, b, uuid=_need(d, "uuid"), at=_opt_str(d, "created_at") or "",
                               by=_opt_str(d, "created_by") or "")


def write_attachments(cdb: "CaseDatabase", incident_uuid: str, items: list[dict]) -> int:
    """Store attachments not here yet, each checked against its SHA-256 first; returns how many."""
    import base64
    import binascii

    iid = cdb.incidents.id_for_uuid(incident_uuid)
    added = 0
    for a in items:
        uuid = _need(a, "uuid")
        if cdb.scalar("SELECT 1 FROM attachment WHERE uuid = ?", (uuid,)):
            continue
        try:
            data = base64.b64decode(_need(a, "data_base64"), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput("record.attachment_base64") from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InvalidInput("record.attachment_too_large")
        if hashlib.sha256(data).hexdigest() != _need(a, "sha256"):
            raise InvalidInput("record.attachment_hash")
        filename = (_opt_str(a, "filename") or "attachment")[:255]
        cdb.conn.execute(
            "INSERT INTO attachment(uuid, incident_id, filename, mime, size, sha256, data, description, added_at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (uuid, iid, filename, _opt_str(a, "mime") or "application/octet-stream", len(data), a["sha256"], data,
             (_opt_str(a, "description") or "")[:5000], _opt_str(a, "added_at") or ""))
        cdb.history.record("import", "incident", incident_uuid,
                           {"attachment_added": {"uuid": uuid, "filename": filename, "sha256": a["sha256"],
                                                 "size": len(data)}})
        added += 1
    return added


def write_casework(cdb: "CaseDatabase", entity: str, d: dict) -> None:
    """Create or update a casework record from its export form; its subjects must already be here."""
    cls = CASEWORK_ENTITIES[entity]
    uuid = _need(d, "uuid")
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in ("id", "revision", "created_at", "updated_at", "updated_by"):
            continue
        if f.name in EXPORT_REFS:
            table, key = EXPORT_REFS[f.name]
            ref = _opt_str(d, key, None)
            local = cdb.scalar(f"SELECT id FROM {table} WHERE uuid = ?", (ref,)) if ref else None
            if ref and local is None:
                raise InvalidInput("record.ref_missing", kind=entity.replace("_", " "))
            values[f.name] = local
        elif f.name == "factors":
            values[f.name] = _str_list(d, f.name)
        elif f.name in _CASEWORK_REQUIRED:
            values[f.name] = _need(d, f.name)
        else:  # optional text or date: absent or null takes the field's default
            value = _opt_str(d, f.name, None)
            values[f.name] = f.default if value is None else value
    record = cls(**values)
    record.uuid = uuid
    record.created_at = _opt_str(d, "created_at") or ""
    old = cdb.casework.get_by_uuid(entity, uuid)
    old_rev = None
    if old is not None:
        record.id, record.revision, old_rev = old.id, old.revision, old.revision
    cdb.casework.save(record)
    _set_revision(cdb, entity, uuid, _new_revision(old_rev, d.get("revision")))


_CASEWORK_REQUIRED = {"action_type", "kind", "due_on", "assessed_on", "level"}
CASEWORK_ENTITIES = {"protection_action": ProtectionAction, "follow_up": FollowUp, "risk_assessment": RiskAssessment}

WRITERS = {"term": write_term, "organisation": write_organisation, "person": write_person,
           "incident": write_incident, "review_step": write_review_step, "incident_link": write_incident_link,
           "person_org_link": write_person_org_link, "person_same": write_person_same,
           **{e: (lambda cdb, d, e=e: write_casework(cdb, e, d)) for e in CASEWORK_ENTITIES}}
