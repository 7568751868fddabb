"""The one reader of whole incidents: many ids at once, one query per child table for a chunk of
ids instead of about ten queries per incident. `IncidentStore.get` is this for one id; exports read
through `kept_incidents`. Columns come from records/tables.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Protocol

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import CRITERIA, Attachment, Incident, InfoSource, LegalCharge, Response, Target, Threat
from kkdesk.records.tables import (
    ATTACHMENT_COLUMNS,
    INCIDENT_FIELDS,
    INFO_SOURCE_COLUMNS,
    RESPONSE_COLUMNS,
    TARGET_COLUMNS,
    THREAT_COLUMNS,
    AttachmentRow,
    InfoSourceRow,
    ResponseRow,
    TargetRow,
    ThreatRow,
    select_sql,
)

if TYPE_CHECKING:
    from kkdesk.progress import Progress
    from kkdesk.store.database import Database

CHUNK = 200


class KeepsIncidents(Protocol):
    """Says which confidentiality levels a reader may show (a de-identification profile does)."""

    def keeps_incident(self, confidentiality: str) -> bool: ...


def kept_incidents(cdb: "Database", ids: list[int], keeps: KeepsIncidents,
                   progress: "Progress") -> Iterator[Incident]:
    """The incidents whose confidentiality `keeps` allows, loaded a chunk at a time in the order given;
    progress runs to 90 % over them."""
    for start in range(0, len(ids), CHUNK):
        progress.check()
        progress.set_progress(0.9 * start / max(1, len(ids)), "")
        for inc in load_incidents(cdb, ids[start:start + CHUNK]):
            if keeps.keeps_incident(inc.confidentiality):
                yield inc


def load_incidents(cdb: "Database", ids: list[int]) -> list[Incident]:
    """The incidents with these ids, whole, in the order given (unknown ids are skipped)."""
    if not ids:
        return []
    conn = cdb.conn
    marks = ",".join("?" * len(ids))
    by_id: dict[int, Incident] = {}
    for row in conn.execute(f"{select_sql('incident', INCIDENT_FIELDS)} WHERE id IN ({marks})", ids):
        d = dict(zip(INCIDENT_FIELDS, row))
        d["date"] = PartialDate(d.pop("date_from"), d.pop("date_to"))
        by_id[d["id"]] = Incident(**d)
    threats_by_target: dict[int, list[Threat]] = {}
    threat_by_id: dict[int, Threat] = {}
    for th in map(ThreatRow._make, conn.execute(
            f"{select_sql('threat', THREAT_COLUMNS)} WHERE incident_id IN ({marks})"
            " ORDER BY incident_id, position, id", ids)):
        t = Threat(threat_type=th.threat_type, **{c: getattr(th, c) for c in CRITERIA}, outcome=th.outcome,
                   notes=th.notes, id=th.id, uuid=th.uuid)
        threats_by_target.setdefault(th.target_id, []).append(t)
        threat_by_id[th.id] = t
    for tid, src in conn.execute(
            f"SELECT s.threat_id, s.source_type FROM threat_source s JOIN threat t ON t.id = s.threat_id"
            f" WHERE t.incident_id IN ({marks}) ORDER BY s.threat_id, s.source_type", ids):
        threat_by_id[tid].sources.append(src)
    for tid, art, outcome, detail in conn.execute(
            f"SELECT a.threat_id, a.article, a.outcome, a.detail FROM threat_article a JOIN threat t"
            f" ON t.id = a.threat_id WHERE t.incident_id IN ({marks}) ORDER BY a.threat_id, a.article", ids):
        threat_by_id[tid].articles.append(LegalCharge(art, outcome, detail))
    for g in map(TargetRow._make, conn.execute(
            f"{select_sql('target', TARGET_COLUMNS)} WHERE incident_id IN ({marks})"
            " ORDER BY incident_id, position, id", ids)):
        by_id[g.incident_id].targets.append(Target(person_id=g.person_id, organisation_id=g.organisation_id,
                                                   category=g.category, threats=threats_by_target.get(g.id, []),
                                                   id=g.id, uuid=g.uuid))
    for s in map(InfoSourceRow._make, conn.execute(
            f"{select_sql('info_source', INFO_SOURCE_COLUMNS)} WHERE incident_id IN ({marks})"
            " ORDER BY incident_id, position, id", ids)):
        by_id[s.incident_id].sources.append(InfoSource(s.outlet, s.url, s.published_on, s.accessed_on,
                                                       s.reliability, s.notes, id=s.id, uuid=s.uuid))
    for r in map(ResponseRow._make, conn.execute(
            f"{select_sql('response', RESPONSE_COLUMNS)} WHERE incident_id IN ({marks})"
            " ORDER BY incident_id, position, id", ids)):
        by_id[r.incident_id].responses.append(Response(r.response_type, r.date, r.result, r.reference, r.notes,
                                                       id=r.id, uuid=r.uuid))
    for a in map(AttachmentRow._make, conn.execute(
            f"{select_sql('attachment', ATTACHMENT_COLUMNS)} WHERE incident_id IN ({marks})"
            " ORDER BY incident_id, id", ids)):
        by_id[a.incident_id].attachments.append(Attachment(a.filename, a.size, a.sha256, a.mime, a.description,
                                                           a.added_at, id=a.id, uuid=a.uuid))
    for iid, vocab, code in conn.execute(f"SELECT incident_id, vocab, code FROM incident_factor"
                                         f" WHERE incident_id IN ({marks}) ORDER BY incident_id, vocab, code", ids):
        inc = by_id[iid]
        (inc.reasons if vocab == "reason" else inc.aims).append(code)
    for iid, name in conn.execute(f"SELECT it.incident_id, tag.name FROM incident_tag it JOIN tag ON tag.id = it.tag_id"
                                  f" WHERE it.incident_id IN ({marks}) ORDER BY it.incident_id, tag.name", ids):
        by_id[iid].tags.append(name)
    return [by_id[i] for i in ids if i in by_id]
