"""After a hand-over: delete from the laptop what the coordinator acknowledged having received.

An incident goes when a bundle the coordinator acknowledged carried it at its current revision
and every attachment of it went too; persons and organisations go when no incident names them
any more and they were acknowledged at their current revision. Deletion goes through the stores
(IncidentStore.delete_many: history redacted, search index optimised, WAL truncated).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.messages import msg, render
from kkdesk.exchange.records import content_hash, load
from kkdesk.progress import Progress

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase


@dataclass
class PurgePlan:
    incident_ids: list[int]
    person_ids: list[int]
    organisation_ids: list[int]
    kept_changed: int  # exchanged before, but changed (or given attachments) since

    def text(self, lang: str = "en") -> str:
        return render(msg("purge.plan", incidents=len(self.incident_ids), persons=len(self.person_ids),
                          organisations=len(self.organisation_ids), kept=self.kept_changed), lang)


def _acknowledged(cdb: "CaseDatabase") -> dict[tuple[str, str], set]:
    acked: dict[tuple[str, str], set] = {}
    for (items,) in cdb.conn.execute(
            "SELECT items FROM exchange_bundle WHERE direction = 'out' AND acknowledged_at IS NOT NULL"):
        for entity, uuid, rev in json.loads(items):
            acked.setdefault((entity, uuid), set()).add(rev)
    return acked


def _received_as_is(cdb: "CaseDatabase", entity: str) -> set[str]:
    """Records whose current content came from a peer's bundle (so that peer holds it)."""
    out = set()
    for uuid, base in cdb.conn.execute("SELECT uuid, base_hash FROM exchange_state WHERE entity = ?"
                                       " AND received_revision IS NOT NULL", (entity,)):
        d = load(cdb, entity, uuid)
        if d is not None and content_hash(d) == base:
            out.add(uuid)
    return out


def plan_purge(cdb: "CaseDatabase") -> PurgePlan:
    acked = _acknowledged(cdb)
    received = _received_as_is(cdb, "incident")
    incidents, kept = [], 0
    for iid, uuid, rev in cdb.conn.execute("SELECT id, uuid, revision FROM incident"):
        if ("incident", uuid) not in acked and uuid not in received:
            continue
        attachments = [r[0] for r in cdb.conn.execute("SELECT uuid FROM attachment WHERE incident_id = ?", (iid,))]
        if (rev in acked.get(("incident", uuid), ()) or uuid in received) and \
                all(("attachment", a) in acked for a in attachments):
            incidents.append(iid)
        else:
            kept += 1
    gone = set(incidents)
    still_named_p, still_named_o = set(), set()
    for iid, pid, oid in cdb.conn.execute("SELECT incident_id, person_id, organisation_id FROM target"):
        if iid not in gone:
            (still_named_p if pid is not None else still_named_o).add(pid if pid is not None else oid)
    received_p = _received_as_is(cdb, "person")
    persons = [pid for pid, uuid, rev in cdb.conn.execute("SELECT id, uuid, revision FROM person")
               if pid not in still_named_p and (rev in acked.get(("person", uuid), ()) or uuid in received_p)]
    purged_persons = set(persons)
    orgs_of_kept_persons = {oid for pid, oid in cdb.conn.execute(
        "SELECT id, organisation_id FROM person WHERE organisation_id IS NOT NULL") if pid not in purged_persons}
    organisations = [oid for oid, uuid, rev in cdb.conn.execute("SELECT id, uuid, revision FROM organisation")
                     if oid not in still_named_o and oid not in orgs_of_kept_persons
                     and rev in acked.get(("organisation", uuid), ())]
    return PurgePlan(incidents, persons, organisations, kept)


def purge_exchanged(cdb: "CaseDatabase", confirm: bool = False, progress: Progress | None = None) -> PurgePlan:
    """Delete what plan_purge() lists, in one transaction. Refuses without confirm=True."""
    if not confirm:
        raise InvalidInput("purge.confirm")
    plan = plan_purge(cdb)
    # Not one outer transaction: each store delete ends with a WAL checkpoint, which SQLite refuses
    # inside an open transaction. The incidents go in one transaction, then each person and
    # organisation in its own; an interruption leaves only records that are safe to purge again.
    if plan.incident_ids:
        cdb.incidents.delete_many(plan.incident_ids, progress=progress)
    for pid in plan.person_ids:
        cdb.persons.delete(pid)
    for oid in plan.organisation_ids:
        cdb.organisations.delete(oid)
    cdb.purge_free_text()
    return plan
