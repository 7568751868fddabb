"""Whole incidents for many ids at once, for exports: the same aggregates IncidentStore.get builds,
read with one query per child table for a chunk of ids instead of about ten queries per incident.

A test compares the result with IncidentStore.get field by field, so the two cannot drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Attachment, Incident, InfoSource, LegalCharge, Response, Target, Threat
from kkdesk.records.incidents import _INCIDENT_COLUMNS

if TYPE_CHECKING:
    from kkdesk.progress import Progress
    from kkdesk.reports.deidentify import Deidentifier
    from kkdesk.store.database import CaseDatabase

CHUNK = 200


def kept_incidents(cdb: "CaseDatabase", ids: list[int], deid: "Deidentifier",
                   progress: "Progress") -> Iterator[Incident]:
    """The incidents an export may show (the profile keeps their confidentiality), loaded a chunk at
    a time in the order given; progress runs to 90 % over them."""
    for start in range(0, len(ids), CHUNK):
        progress.check()
        progress.set_progress(0.9 * start / max(1, len(ids)), "")
        for inc in load_incidents(cdb, ids[start:start + CHUNK]):
            if deid.keeps_incident(inc.confidentiality):
                yield inc


def load_incidents(cdb: "CaseDatabase", ids: list[int]) -> list[Incident]:
    """The incidents with these ids, in the order given (unknown ids are skipped)."""
    if not ids:
        return []
    conn = cdb.conn
    marks = ",".join("?" * len(ids))
    by_id: dict[int, Incident] = {}
    for row in conn.execute(f"SELECT {', '.join(_INCIDENT_COLUMNS)} FROM incident WHERE id IN ({marks})", ids):
        d = dict(zip(_INCIDENT_COLUMNS, row))
        d["date"] = PartialDate(d.pop("date_from"), d.pop("date_to"))
        by_id[d["id"]] = Incident(**d)
    threats_by_target: dict[int, list[Threat]] = {}
    threat_by_id: dict[int, Threat] = {}
    for r in conn.execute(
            "SELECT id, uuid, target_id, threat_type, reality, scope, directness, recurrence, duration, scale,"
            f" effect, outcome, notes FROM threat WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id",
            ids):
        t = Threat(threat_type=r[3], reality=r[4], scope=r[5], directness=r[6], recurrence=r[7], duration=r[8],
                   scale=r[9], effect=r[10], outcome=r[11], notes=r[12], id=r[0], uuid=r[1])
        threats_by_target.setdefault(r[2], []).append(t)
        threat_by_id[r[0]] = t
    for tid, src in conn.execute(
            f"SELECT s.threat_id, s.source_type FROM threat_source s JOIN threat t ON t.id = s.threat_id"
            f" WHERE t.incident_id IN ({marks}) ORDER BY s.threat_id, s.source_type", ids):
        threat_by_id[tid].sources.append(src)
    for tid, art, outcome, detail in conn.execute(
            f"SELECT a.threat_id, a.article, a.outcome, a.detail FROM threat_article a JOIN threat t"
            f" ON t.id = a.threat_id WHERE t.incident_id IN ({marks}) ORDER BY a.threat_id, a.article", ids):
        threat_by_id[tid].articles.append(LegalCharge(art, outcome, detail))
    for r in conn.execute(f"SELECT id, uuid, incident_id, person_id, organisation_id, category FROM target"
                          f" WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id", ids):
        by_id[r[2]].targets.append(Target(person_id=r[3], organisation_id=r[4], category=r[5],
                                          threats=threats_by_target.get(r[0], []), id=r[0], uuid=r[1]))
    for r in conn.execute(f"SELECT id, uuid, incident_id, outlet, url, published_on, accessed_on, reliability,"
                          f" notes FROM info_source WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id",
                          ids):
        by_id[r[2]].sources.append(InfoSource(r[3], r[4], r[5], r[6], r[7], r[8], id=r[0], uuid=r[1]))
    for r in conn.execute(f"SELECT id, uuid, incident_id, response_type, date, result, reference, notes"
                          f" FROM response WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id", ids):
        by_id[r[2]].responses.append(Response(r[3], r[4], r[5], r[6], r[7], id=r[0], uuid=r[1]))
    for r in conn.execute(f"SELECT id, uuid, incident_id, filename, size, sha256, mime, description, added_at"
                          f" FROM attachment WHERE incident_id IN ({marks}) ORDER BY incident_id, id", ids):
        by_id[r[2]].attachments.append(Attachment(r[3], r[4], r[5], r[6], r[7], r[8], id=r[0], uuid=r[1]))
    for iid, vocab, code in conn.execute(f"SELECT incident_id, vocab, code FROM incident_factor"
                                         f" WHERE incident_id IN ({marks}) ORDER BY incident_id, vocab, code", ids):
        inc = by_id[iid]
        (inc.reasons if vocab == "reason" else inc.aims).append(code)
    for iid, name in conn.execute(f"SELECT it.incident_id, tag.name FROM incident_tag it JOIN tag ON tag.id = it.tag_id"
                                  f" WHERE it.incident_id IN ({marks}) ORDER BY it.incident_id, tag.name", ids):
        by_id[iid].tags.append(name)
    return [by_id[i] for i in ids if i in by_id]
