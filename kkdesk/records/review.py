"""ReviewStore: a second pair of eyes before a record counts (schema 7).

draft -> submitted -> verified, or submitted -> returned (with a comment) -> submitted again. The
review state sits beside the counted status (`incident.status` stays draft/verified, and is
"verified" exactly when the review is), so statistics, filters and documents keep one status.
A reviewer (verify, return) must be neither the record's last editor (`incident.updated_by`) nor
its last submitter, by the actor names the databases carry (Database.set_actor_name), and never edits: a review step changes only the review state and
status, bumps the revision (so bundles carry it) and leaves `updated_by`. Every step is a row of
`review_step` (with its comment; it travels in bundles) and an entry in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.records.common import MAX_LONG, check_text, new_uuid, rows_in
from kkdesk.util.clock import now_precise

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase

STEPS = ("submit", "return", "verify", "comment", "reopen", "arrive")
# step -> (states it may start from, the state it leaves)
_MOVES = {
    "submit": (("draft", "returned"), "submitted"),
    "return": (("submitted",), "returned"),
    "verify": (("submitted",), "verified"),
    "reopen": (("verified",), "returned"),
    "arrive": ((), "submitted"),   # noted by the exchange, which stores the arriving record as submitted
}


@dataclass
class ReviewStep:
    step: str
    actor: str
    at: str
    comment: str = ""
    uuid: str = ""
    incident_id: int | None = None


class ReviewStore:
    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb

    # ----- the steps -------------------------------------------------------------------------

    def submit(self, ids: list[int], comment: str = "") -> int:
        """Hand drafts (or returned records, fixed) to review. Returns how many moved."""
        return self._move(ids, "submit", comment)

    def send_back(self, incident_id: int, comment: str) -> None:
        """Return a submitted record to its author with a comment saying what to fix."""
        if not (comment or "").strip():
            raise InvalidInput("review.needs_comment", field="comment")
        self._move([incident_id], "return", comment)

    def verify(self, ids: list[int], comment: str = "") -> int:
        """Verify submitted records: from now on they count as verified."""
        return self._move(ids, "verify", comment)

    def reopen(self, incident_id: int, comment: str) -> None:
        """Take back a verification (a mistake found later): the record returns to its author."""
        if not (comment or "").strip():
            raise InvalidInput("review.reopen_needs_comment", field="comment")
        self._move([incident_id], "reopen", comment)

    def comment(self, incident_id: int, text: str) -> ReviewStep:
        """A reviewer's (or author's) comment on a record, without editing it or changing its state."""
        return self.note(incident_id, "comment", check_text(text, "field.comment", MAX_LONG, required=True).strip())

    def note(self, incident_id: int, step: str, text: str = "") -> ReviewStep:
        """Record a step that does not move the state itself (a comment; a record's arrival in a
        monitor's bundle, stored as submitted by the exchange): a review_step row and a history entry."""
        if step not in STEPS:
            raise InvalidInput("review.unknown_step")
        row = self.cdb.conn.execute("SELECT uuid FROM incident WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound("incident.not_found")
        s = ReviewStep(step, self.cdb.actor, now_precise(), text, new_uuid(), incident_id)
        with self.cdb.transaction():
            self._insert([s])
            self.cdb.history.record("update", "incident", row[0], {"review_step": _public(s)})
        return s

    def _move(self, ids: list[int], step: str, comment: str) -> int:
        """The status-only write: review state and status (and the revision, so bundles carry it),
        one review_step row and one history entry per record; content, `updated_by` and the
        statistics cells (which count every status) are left alone; the facts see the change
        through their incident trigger."""
        comment = check_text(comment or "", "field.comment", MAX_LONG).strip()
        starts, leaves = _MOVES[step]
        rows = list(rows_in(self.cdb.conn, "SELECT id, uuid, review, status, updated_by FROM incident"
                                           " WHERE id IN ({marks})", list(dict.fromkeys(ids))))
        if len(rows) != len(set(ids)):
            raise NotFound("incident.not_found")
        actor = self.cdb.actor
        for iid, _, review, _, editor in rows:
            if review not in starts:
                raise InvalidInput(_REFUSED[step])
            if step in ("return", "verify", "reopen") and actor in (editor, self._submitter(iid)):
                raise InvalidInput("review.own_record")
        at = now_precise()
        status = "verified" if leaves == "verified" else "draft"
        steps, history = [], []
        for iid, uuid, review, old_status, _ in rows:
            s = ReviewStep(step, actor, at, comment, new_uuid(), iid)
            steps.append(s)
            change = {"review": [review, leaves], "review_step": _public(s)}
            if old_status != status:
                change["status"] = [old_status, status]
            history.append(("update", "incident", uuid, change))
        with self.cdb.transaction():
            self.cdb.conn.executemany(
                "UPDATE incident SET review = ?, status = ?, revision = revision + 1 WHERE id = ?",
                [(leaves, status, r[0]) for r in rows])
            self._insert(steps)
            self.cdb.history.record_many(history)
        return len(rows)

    def _insert(self, steps: list[ReviewStep]) -> None:
        self.cdb.conn.executemany(
            "INSERT INTO review_step(uuid, incident_id, step, actor, at, comment) VALUES (?,?,?,?,?,?)",
            [(s.uuid, s.incident_id, s.step, s.actor, s.at, s.comment) for s in steps])

    def add_received(self, incident_id: int, steps: list[dict], take_state: bool = False) -> int:
        """Steps that came in a bundle (by uuid; ones already here are skipped), each in the history.
        take_state: a step newer than every step here also moves the record's review state (a
        coordinator's decision; a monitor's submission). Returns how many were new."""
        conn = self.cdb.conn
        new = []
        for d in steps:
            uuid = d.get("uuid")
            if not isinstance(uuid, str) or not uuid or d.get("step") not in STEPS:
                raise InvalidInput("review.step_malformed")
            if self.cdb.scalar("SELECT 1 FROM review_step WHERE uuid = ?", (uuid,)):
                continue
            new.append(ReviewStep(d["step"], check_text(d.get("actor") or "", "field.review_actor"),
                                  check_text(d.get("at") or "", "field.review_time"),
                                  check_text(d.get("comment") or "", "field.comment", MAX_LONG), uuid,
                                  incident_id))
        if not new:
            return 0
        uuid, review, status = conn.execute("SELECT uuid, review, status FROM incident WHERE id = ?",
                                            (incident_id,)).fetchone()
        latest = self.cdb.scalar("SELECT max(at) FROM review_step WHERE incident_id = ?", (incident_id,)) or ""
        self._insert(new)
        history = []
        for s in sorted(new, key=lambda s: s.at):
            change: dict = {"review_step": _public(s)}
            if take_state and s.step in _MOVES and s.at >= latest:
                leaves = _MOVES[s.step][1]
                new_status = "verified" if leaves == "verified" else "draft"
                if leaves != review:
                    change["review"] = [review, leaves]
                if new_status != status:
                    change["status"] = [status, new_status]
                review, status, latest = leaves, new_status, s.at
            history.append(("import", "incident", uuid, change))
        conn.execute("UPDATE incident SET review = ?, status = ? WHERE id = ?", (review, status, incident_id))
        self.cdb.history.record_many(history)
        return len(new)

    # ----- reading ---------------------------------------------------------------------------

    def steps(self, incident_id: int) -> list[ReviewStep]:
        """The review of one record, oldest first."""
        return [ReviewStep(*r, incident_id=incident_id) for r in self.cdb.conn.execute(
            "SELECT step, actor, at, comment, uuid FROM review_step WHERE incident_id = ? ORDER BY at, id",
            (incident_id,))]

    def export_steps(self, incident_id: int) -> list[dict]:
        return [_public(s) for s in self.steps(incident_id)]

    def state(self, incident_id: int) -> str:
        state = self.cdb.scalar("SELECT review FROM incident WHERE id = ?", (incident_id,))
        if state is None:
            raise NotFound("incident.not_found")
        return state

    def _submitter(self, incident_id: int) -> str | None:
        return self.cdb.scalar(_LAST_SUBMITTER.format(incident="?"), (incident_id,))

    def waiting_for_me(self, actor: str | None = None) -> list[int]:
        """Submitted records someone else edited and submitted last: what this actor may review,
        oldest first."""
        actor = actor or self.cdb.actor
        return [r[0] for r in self.cdb.conn.execute(
            "SELECT id FROM incident i WHERE review = 'submitted' AND updated_by <> ?"
            f" AND coalesce(({_LAST_SUBMITTER.format(incident='i.id')}), '') <> ? ORDER BY updated_at, id",
            (actor, actor))]

    def returned_to_me(self, actor: str | None = None) -> list[int]:
        """Returned records this actor edited, submitted or recorded: theirs to fix, oldest first."""
        actor = actor or self.cdb.actor
        return [r[0] for r in self.cdb.conn.execute(
            "SELECT id FROM incident i WHERE review = 'returned' AND (updated_by = ? OR recorded_by = ?"
            f" OR ({_LAST_SUBMITTER.format(incident='i.id')}) = ?) ORDER BY updated_at, id", (actor, actor, actor))]

    def last_comment(self, ids: list[int]) -> dict[int, ReviewStep]:
        """The latest step with a comment of each record (what the lists show)."""
        out: dict[int, ReviewStep] = {}
        for iid, step, actor, at, comment, uuid in rows_in(
                self.cdb.conn, "SELECT incident_id, step, actor, at, comment, uuid FROM review_step"
                               " WHERE incident_id IN ({marks}) AND comment <> '' ORDER BY at, id", ids):
            out[iid] = ReviewStep(step, actor, at, comment, uuid, iid)
        return out


_REFUSED = {"submit": "review.cannot_submit", "return": "review.cannot_return", "verify": "review.cannot_verify",
            "reopen": "review.cannot_reopen"}
_LAST_SUBMITTER = ("SELECT actor FROM review_step WHERE incident_id = {incident} AND step = 'submit'"
                   " ORDER BY at DESC, id DESC LIMIT 1")



def _public(s: ReviewStep) -> dict:
    return {"uuid": s.uuid, "step": s.step, "actor": s.actor, "at": s.at, "comment": s.comment}
