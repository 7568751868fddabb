"""LinkStore: typed links between records (schema 7), each readable from both ends.

- incident to incident: same case, continuation of, response to;
- person to organisation: member, employee, lawyer of;
- "same person as": two records of one defender kept apart, counted once by the statistics;
- "not the same person": a pair the duplicate finder must not propose again (by uuid).
Links are added and removed whole (never edited); adding one records it in the history of both
records. Links travel in bundles by the uuids of their ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.model.entities import INCIDENT_LINK_KINDS, PERSON_ORG_LINK_KINDS
from kkdesk.records.common import new_uuid
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase


_NOT_FOUND = {"incident": "incident.not_found", "person": "person.not_found",
              "organisation": "organisation.not_found"}


@dataclass
class IncidentLink:
    """From the point of view of one incident: `other_id` is the incident at the other end;
    `outgoing` says this incident is the link's `from` end ("this is a continuation of other")."""

    id: int
    uuid: str
    kind: str
    other_id: int
    outgoing: bool


@dataclass
class PersonOrgLink:
    id: int
    uuid: str
    kind: str
    person_id: int
    organisation_id: int


@dataclass
class DistinctPair:
    person_uuid: str
    other_uuid: str
    decided_by: str
    decided_at: str


class LinkStore:
    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb

    def _uuid(self, table: str, local_id: int) -> str:
        uuid = self.cdb.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (local_id,))
        if uuid is None:
            raise NotFound(_NOT_FOUND[table])
        return uuid

    # ----- incident to incident --------------------------------------------------------------

    def link_incidents(self, from_id: int, to_id: int, kind: str, uuid: str = "", at: str = "",
                       by: str = "") -> int:
        """Link two incidents ("from is a continuation of / a response to / the same case as to").
        Returns the link's id; linking again what is already linked returns the existing one."""
        if kind not in INCIDENT_LINK_KINDS:
            raise InvalidInput("link.incident_kind", kinds=", ".join(INCIDENT_LINK_KINDS))
        if from_id == to_id:
            raise InvalidInput("link.self")
        a, b = self._uuid("incident", from_id), self._uuid("incident", to_id)
        if kind == "same_case" and from_id > to_id:  # symmetric: one row per pair
            from_id, to_id, a, b = to_id, from_id, b, a
        existing = self.cdb.scalar("SELECT id FROM incident_link WHERE from_id = ? AND to_id = ? AND kind = ?",
                                   (from_id, to_id, kind))
        if existing is not None:
            return existing
        uuid, at, by = uuid or new_uuid(), at or now_iso(), by or self.cdb.actor
        with self.cdb.transaction():
            link_id = self.cdb.conn.execute(
                "INSERT INTO incident_link(uuid, from_id, to_id, kind, created_at, created_by) VALUES (?,?,?,?,?,?)",
                (uuid, from_id, to_id, kind, at, by)).lastrowid
            record = {"uuid": uuid, "kind": kind, "from": a, "to": b}
            self.cdb.history.record_many([("update", "incident", a, {"link_added": record}),
                                          ("update", "incident", b, {"link_added": record})])
        return link_id

    def unlink_incidents(self, link_id: int) -> None:
        row = self.cdb.conn.execute(
            "SELECT l.uuid, a.uuid, b.uuid FROM incident_link l JOIN incident a ON a.id = l.from_id"
            " JOIN incident b ON b.id = l.to_id WHERE l.id = ?", (link_id,)).fetchone()
        if row is None:
            raise NotFound("link.not_found")
        with self.cdb.transaction():
            self.cdb.conn.execute("DELETE FROM incident_link WHERE id = ?", (link_id,))
            self.cdb.history.record_many([("update", "incident", u, {"link_removed": row[0]}) for u in row[1:]])

    def incident_links(self, incident_id: int) -> list[IncidentLink]:
        """Every link of one incident, from either end, in the order they were made."""
        return [IncidentLink(r[0], r[1], r[2], r[4] if r[3] == incident_id else r[3], r[3] == incident_id)
                for r in self.cdb.conn.execute(
                    "SELECT id, uuid, kind, from_id, to_id FROM incident_link WHERE from_id = ? OR to_id = ?"
                    " ORDER BY id", (incident_id, incident_id))]

    def incident_link_export(self, link_uuid: str) -> dict | None:
        row = self.cdb.conn.execute(
            "SELECT l.uuid, l.kind, a.uuid, b.uuid, l.created_at, l.created_by FROM incident_link l"
            " JOIN incident a ON a.id = l.from_id JOIN incident b ON b.id = l.to_id WHERE l.uuid = ?",
            (link_uuid,)).fetchone()
        return None if row is None else {"uuid": row[0], "kind": row[1], "from_uuid": row[2], "to_uuid": row[3],
                                         "created_at": row[4], "created_by": row[5], "revision": 1}

    # ----- person to organisation ------------------------------------------------------------

    def link_person_org(self, person_id: int, organisation_id: int, kind: str, uuid: str = "", at: str = "",
                        by: str = "") -> int:
        """"person is a member / employee / lawyer of organisation"; returns the link's id."""
        if kind not in PERSON_ORG_LINK_KINDS:
            raise InvalidInput("link.person_org_kind", kinds=", ".join(PERSON_ORG_LINK_KINDS))
        pu, ou = self._uuid("person", person_id), self._uuid("organisation", organisation_id)
        existing = self.cdb.scalar("SELECT id FROM person_org_link WHERE person_id = ? AND organisation_id = ?"
                                   " AND kind = ?", (person_id, organisation_id, kind))
        if existing is not None:
            return existing
        uuid, at, by = uuid or new_uuid(), at or now_iso(), by or self.cdb.actor
        with self.cdb.transaction():
            link_id = self.cdb.conn.execute(
                "INSERT INTO person_org_link(uuid, person_id, organisation_id, kind, created_at, created_by)"
                " VALUES (?,?,?,?,?,?)", (uuid, person_id, organisation_id, kind, at, by)).lastrowid
            record = {"uuid": uuid, "kind": kind, "person": pu, "organisation": ou}
            self.cdb.history.record_many([("update", "person", pu, {"link_added": record}),
                                          ("update", "organisation", ou, {"link_added": record})])
        return link_id

    def unlink_person_org(self, link_id: int) -> None:
        row = self.cdb.conn.execute(
            "SELECT l.uuid, p.uuid, o.uuid FROM person_org_link l JOIN person p ON p.id = l.person_id"
            " JOIN organisation o ON o.id = l.organisation_id WHERE l.id = ?", (link_id,)).fetchone()
        if row is None:
            raise NotFound("link.not_found")
        with self.cdb.transaction():
            self.cdb.conn.execute("DELETE FROM person_org_link WHERE id = ?", (link_id,))
            self.cdb.history.record_many([("update", "person", row[1], {"link_removed": row[0]}),
                                          ("update", "organisation", row[2], {"link_removed": row[0]})])

    def person_org_links(self, person_id: int | None = None, organisation_id: int | None = None
                         ) -> list[PersonOrgLink]:
        """The ties of one person, or of one organisation (its members, staff, lawyers)."""
        column, value = ("person_id", person_id) if person_id is not None else ("organisation_id", organisation_id)
        return [PersonOrgLink(*r) for r in self.cdb.conn.execute(
            f"SELECT id, uuid, kind, person_id, organisation_id FROM person_org_link WHERE {column} = ?"
            " ORDER BY id", (value,))]

    def person_org_link_export(self, link_uuid: str) -> dict | None:
        row = self.cdb.conn.execute(
            "SELECT l.uuid, l.kind, p.uuid, o.uuid, l.created_at, l.created_by FROM person_org_link l"
            " JOIN person p ON p.id = l.person_id JOIN organisation o ON o.id = l.organisation_id"
            " WHERE l.uuid = ?", (link_uuid,)).fetchone()
        return None if row is None else {"uuid": row[0], "kind": row[1], "person_uuid": row[2],
                                         "organisation_uuid": row[3], "created_at": row[4], "created_by": row[5],
                                         "revision": 1}

    # ----- same person, kept apart -----------------------------------------------------------

    def mark_same_person(self, person_id: int, other_id: int, uuid: str = "", at: str = "", by: str = "") -> int:
        """Say two records are one defender while keeping both; statistics count the person once."""
        if person_id == other_id:
            raise InvalidInput("link.two_persons")
        a, b = sorted((person_id, other_id))
        ua, ub = self._uuid("person", a), self._uuid("person", b)
        if self._distinct(*sorted((ua, ub))) is not None:
            raise InvalidInput("link.decided_different")
        existing = self.cdb.scalar("SELECT id FROM person_same WHERE person_id = ? AND other_id = ?", (a, b))
        if existing is not None:
            return existing
        uuid, at, by = uuid or new_uuid(), at or now_iso(), by or self.cdb.actor
        with self.cdb.transaction():
            link_id = self.cdb.conn.execute(
                "INSERT INTO person_same(uuid, person_id, other_id, created_at, created_by) VALUES (?,?,?,?,?)",
                (uuid, a, b, at, by)).lastrowid
            record = {"uuid": uuid, "same_person": [ua, ub]}
            self.cdb.history.record_many([("update", "person", ua, {"link_added": record}),
                                          ("update", "person", ub, {"link_added": record})])
        return link_id

    def unmark_same_person(self, person_id: int, other_id: int) -> None:
        a, b = sorted((person_id, other_id))
        row = self.cdb.conn.execute("SELECT id, uuid FROM person_same WHERE person_id = ? AND other_id = ?",
                                    (a, b)).fetchone()
        if row is None:
            raise NotFound("link.not_same_marked")
        with self.cdb.transaction():
            self.cdb.conn.execute("DELETE FROM person_same WHERE id = ?", (row[0],))
            self.cdb.history.record_many([("update", "person", self._uuid("person", p), {"link_removed": row[1]})
                                          for p in (a, b)])

    def same_person(self, person_id: int) -> list[int]:
        """Every other record of the same defender (followed through chains of links), by id."""
        return sorted(p for p in self.person_groups().get(person_id, {person_id}) if p != person_id)

    def person_groups(self) -> dict[int, set[int]]:
        """{person id: all the ids of that defender} for the persons with a "same person" link."""
        parent: dict[int, int] = {}

        def root(x: int) -> int:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in self.cdb.conn.execute("SELECT person_id, other_id FROM person_same"):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        groups: dict[int, set[int]] = {}
        for p in list(parent):
            groups.setdefault(root(p), set()).add(p)
        return {p: g for g in groups.values() for p in g}

    def person_same_export(self, link_uuid: str) -> dict | None:
        row = self.cdb.conn.execute(
            "SELECT l.uuid, a.uuid, b.uuid, l.created_at, l.created_by FROM person_same l"
            " JOIN person a ON a.id = l.person_id JOIN person b ON b.id = l.other_id WHERE l.uuid = ?",
            (link_uuid,)).fetchone()
        return None if row is None else {"uuid": row[0], "person_uuid": row[1], "other_uuid": row[2],
                                         "created_at": row[3], "created_by": row[4], "revision": 1}

    # ----- not the same person (issue 13) ----------------------------------------------------

    def mark_not_same_person(self, person_id: int, other_id: int) -> DistinctPair:
        """Remember that two persons are different people: the duplicate finder stops proposing the
        pair. Recorded in both persons' history with who decided and when."""
        if person_id == other_id:
            raise InvalidInput("link.two_persons")
        ua, ub = sorted((self._uuid("person", person_id), self._uuid("person", other_id)))
        if self.cdb.scalar("SELECT 1 FROM person_same WHERE person_id = ? AND other_id = ?",
                           tuple(sorted((person_id, other_id)))):
            raise InvalidInput("link.marked_same")
        found = self._distinct(ua, ub)
        if found is not None:
            return found
        pair = DistinctPair(ua, ub, self.cdb.actor, now_iso())
        with self.cdb.transaction():
            self.cdb.conn.execute("INSERT INTO person_distinct(person_uuid, other_uuid, decided_by, decided_at)"
                                  " VALUES (?,?,?,?)", (ua, ub, pair.decided_by, pair.decided_at))
            self.cdb.history.record_many([("update", "person", u, {"not_same_person": [ua, ub]}) for u in (ua, ub)],
                                         at=pair.decided_at)
        return pair

    def unmark_not_same_person(self, person_id: int, other_id: int) -> None:
        """Undo a "not the same person" decision: the pair may be proposed again."""
        ua, ub = sorted((self._uuid("person", person_id), self._uuid("person", other_id)))
        if self._distinct(ua, ub) is None:
            raise NotFound("link.not_decided_different")
        with self.cdb.transaction():
            self.cdb.conn.execute("DELETE FROM person_distinct WHERE person_uuid = ? AND other_uuid = ?", (ua, ub))
            self.cdb.history.record_many([("update", "person", u, {"not_same_person_undone": [ua, ub]})
                                          for u in (ua, ub)])

    def not_same_persons(self, person_id: int | None = None) -> list[DistinctPair]:
        """The "not the same person" decisions (of one person, if given), newest first."""
        if person_id is None:
            rows = self.cdb.conn.execute("SELECT person_uuid, other_uuid, decided_by, decided_at FROM person_distinct"
                                         " ORDER BY decided_at DESC")
        else:
            u = self._uuid("person", person_id)
            rows = self.cdb.conn.execute("SELECT person_uuid, other_uuid, decided_by, decided_at FROM person_distinct"
                                         " WHERE person_uuid = ? OR other_uuid = ? ORDER BY decided_at DESC", (u, u))
        return [DistinctPair(*r) for r in rows]

    def distinct_id_pairs(self) -> set[tuple[int, int]]:
        """The decided pairs as (smaller id, larger id): what the duplicate finder leaves out."""
        return {tuple(sorted(r)) for r in self.cdb.conn.execute(
            "SELECT a.id, b.id FROM person_distinct d JOIN person a ON a.uuid = d.person_uuid"
            " JOIN person b ON b.uuid = d.other_uuid")}

    def _distinct(self, ua: str, ub: str) -> DistinctPair | None:
        row = self.cdb.conn.execute("SELECT person_uuid, other_uuid, decided_by, decided_at FROM person_distinct"
                                    " WHERE person_uuid = ? AND other_uuid = ?", (ua, ub)).fetchone()
        return DistinctPair(*row) if row else None

    def move_person(self, from_id: int, to_id: int) -> None:
        """A merge folds one person into another: the links and decisions of the one that goes
        pass to the one kept (inside the merge's transaction)."""
        conn = self.cdb.conn
        gone, kept = self._uuid("person", from_id), self._uuid("person", to_id)
        conn.execute("UPDATE OR IGNORE person_org_link SET person_id = ? WHERE person_id = ?", (to_id, from_id))
        for lid, a, b in conn.execute("SELECT id, person_id, other_id FROM person_same"
                                      " WHERE ? IN (person_id, other_id)", (from_id,)).fetchall():
            other = b if a == from_id else a
            conn.execute("DELETE FROM person_same WHERE id = ?", (lid,))
            if other != to_id:
                x, y = sorted((other, to_id))
                conn.execute("INSERT OR IGNORE INTO person_same(uuid, person_id, other_id, created_at, created_by)"
                             " VALUES (?,?,?,?,?)", (new_uuid(), x, y, now_iso(), self.cdb.actor))
        for pu, ou, by, at in conn.execute("SELECT person_uuid, other_uuid, decided_by, decided_at FROM person_distinct"
                                           " WHERE ? IN (person_uuid, other_uuid)", (gone,)).fetchall():
            other = ou if pu == gone else pu
            if other != kept:
                x, y = sorted((other, kept))
                conn.execute("INSERT OR IGNORE INTO person_distinct(person_uuid, other_uuid, decided_by, decided_at)"
                             " VALUES (?,?,?,?)", (x, y, by, at))
