"""CaseworkStore: protection actions, follow-ups and risk assessments, with the agenda of what is due.

Each kind is one table whose columns are declared once here (`_Table`) and used by every read and
write. Every change is one transaction with a history entry; deleting a person, an organisation or
an incident takes its casework with it (`purge_for`), redacting the history of what went, as the
other records do. The latest risk assessment of a person sets the person's `risk_level`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound, StaleRecord
from kkdesk.messages import msg
from kkdesk.model.casework import (
    ACTOR_KINDS,
    ASSESSMENT_QUESTIONS,
    FollowUp,
    ProtectionAction,
    RiskAssessment,
)
from kkdesk.model.entities import RISK_LEVELS
from kkdesk.records.common import MAX_LONG, check_choice, check_iso_date, check_text, diff, new_uuid
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase

# The subjects a casework record can hang on: (column, table it points into).
_SUBJECTS = (("incident_id", "incident"), ("person_id", "person"), ("organisation_id", "organisation"),
             ("action_id", "protection_action"))
AGENDA_DAYS = 14


@dataclass(frozen=True)
class _Table:
    """One casework table: its name, the history entity name, the record class and its columns."""

    name: str
    entity: str
    cls: type
    json_columns: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.cls))

    def select(self, where: str) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name} WHERE {where}"

    def from_row(self, row):
        values = dict(zip(self.columns, row))
        for c in self.json_columns:
            values[c] = json.loads(values[c])
        return self.cls(**values)

    def values(self, record) -> dict:
        d = {c: getattr(record, c) for c in self.columns if c != "id"}
        for c in self.json_columns:
            d[c] = json.dumps(d[c], ensure_ascii=False)
        return d


ACTIONS = _Table("protection_action", "protection_action", ProtectionAction)
FOLLOW_UPS = _Table("follow_up", "follow_up", FollowUp)
ASSESSMENTS = _Table("risk_assessment", "risk_assessment", RiskAssessment, json_columns=("factors",))
# entity name (history, exchange, exports) -> table; ordered so that what is referred to comes first
TABLES = {t.entity: t for t in (ACTIONS, FOLLOW_UPS, ASSESSMENTS)}


@dataclass(frozen=True)
class AgendaItem:
    """An open follow-up with how it stands against today: overdue or due within the window."""

    follow_up: FollowUp
    days_left: int          # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def _day(value: str | None, field: str, required: bool = False) -> str | None:
    """A full calendar day YYYY-MM-DD (follow-ups and assessments are due or made on a day); errors name
    the field by its message code field.<field>."""
    if value in (None, ""):
        if required:
            raise InvalidInput("text.required", field=field, what=msg(f"field.{field}"))
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidInput("date.needs_day", field=field, what=msg(f"field.{field}")) from None


class CaseworkStore:
    """Reads and writes the casework of one CaseDatabase."""

    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb

    # ----- generic reading and writing --------------------------------------------------------

    def _get(self, table: _Table, record_id: int):
        row = self.cdb.conn.execute(table.select("id = ?"), (record_id,)).fetchone()
        if row is None:
            raise NotFound("casework.not_found")
        return table.from_row(row)

    def _list(self, table: _Table, where: str, params=(), order: str = "id"):
        return [table.from_row(r) for r in self.cdb.conn.execute(f"{table.select(where)} ORDER BY {order}", params)]

    def _save(self, table: _Table, record):
        """Insert (id None) or update one record in its own transaction, with a history entry."""
        now = now_iso()
        actor = self.cdb.actor
        with self.cdb.transaction():
            conn = self.cdb.conn
            if record.id is None:
                record.uuid = record.uuid or new_uuid()
                record.revision = max(record.revision, 0) + 1
                record.created_at = record.created_at or now
                record.created_by = record.created_by or actor
                record.updated_at, record.updated_by = now, actor
                values = table.values(record)
                record.id = conn.execute(
                    f"INSERT INTO {table.name}({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                    tuple(values.values())).lastrowid
                self.cdb.history.record("create", table.entity, record.uuid, _public(record))
            else:
                old = self._get(table, record.id)
                if record.revision != old.revision:
                    raise StaleRecord("record.stale")
                record.revision = old.revision + 1
                record.updated_at, record.updated_by = now, actor
                values = table.values(record)
                conn.execute(f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                             (*values.values(), record.id))
                self.cdb.history.record("update", table.entity, record.uuid, diff(_public(old), _public(record)))
        return self._get(table, record.id)

    def _delete(self, table: _Table, record_id: int) -> None:
        record = self._get(table, record_id)
        with self.cdb.transaction():
            self._drop(table, [record.id])
        self.cdb.purge_free_text()

    def _drop(self, table: _Table, ids: list[int]) -> None:
        """Delete rows (and, for actions, their follow-ups) and redact their history; in a transaction."""
        conn = self.cdb.conn
        for rid in ids:
            row = conn.execute(f"SELECT uuid FROM {table.name} WHERE id = ?", (rid,)).fetchone()
            if row is None:
                continue
            if table is ACTIONS:
                self._drop(FOLLOW_UPS, [r[0] for r in conn.execute(
                    "SELECT id FROM follow_up WHERE action_id = ?", (rid,))])
            conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (rid,))
            self.cdb.history.redact(row[0])
            self.cdb.history.record("delete", table.entity, row[0], {})

    def _check_subjects(self, record, allowed: tuple[str, ...]) -> None:
        present = [(col, tbl) for col, tbl in _SUBJECTS if col in allowed and getattr(record, col) is not None]
        if not present:
            raise InvalidInput("casework.needs_subject", field="subject")
        for col, tbl in present:
            if self.cdb.scalar(f"SELECT count(*) FROM {tbl} WHERE id = ?", (getattr(record, col),)) == 0:
                raise InvalidInput("casework.subject_missing", field="subject")

    def get_by_uuid(self, entity: str, uuid: str):
        """The record of a casework entity ('protection_action', 'follow_up', 'risk_assessment'), or None."""
        table = TABLES[entity]
        row = self.cdb.conn.execute(table.select("uuid = ?"), (uuid,)).fetchone()
        return table.from_row(row) if row else None

    def all(self, entity: str, order: str = "id") -> list:
        """Every record of one casework entity in one query (exports read them all)."""
        return self._list(TABLES[entity], "1", order=order)

    def save(self, record):
        """Save any casework record through its kind's checks (exchange and import use this)."""
        saver = {ProtectionAction: self.save_action, FollowUp: self.save_follow_up,
                 RiskAssessment: self.save_assessment}[type(record)]
        return saver(record)

    # ----- protection actions ---------------------------------------------------------------

    def validate_action(self, a: ProtectionAction) -> None:
        vocab = self.cdb.vocab
        vocab.validate("action_type", a.action_type or None, field="action_type")
        if not a.action_type:
            raise InvalidInput("casework.action_type_missing", field="action_type")
        check_choice(a.actor_kind, ACTOR_KINDS, "field.actor_kind", field="actor_kind")
        a.actor = check_text(a.actor, "field.actor_kind", field="actor").strip()
        vocab.validate("action_status", a.status, field="status")
        vocab.validate("action_outcome", a.outcome, field="outcome")
        a.requested_on = check_iso_date(a.requested_on, "field.requested_on", field="requested_on")
        a.started_on = check_iso_date(a.started_on, "field.started_on", field="started_on")
        a.ended_on = check_iso_date(a.ended_on, "field.ended_on", field="ended_on")
        if a.started_on and a.ended_on and a.ended_on < a.started_on:
            raise InvalidInput("casework.action_ends_early", field="ended_on")
        a.notes = check_text(a.notes, "field.notes", MAX_LONG, field="notes")
        self._check_subjects(a, ("incident_id", "person_id", "organisation_id"))

    def save_action(self, a: ProtectionAction) -> ProtectionAction:
        self.validate_action(a)
        return self._save(ACTIONS, a)

    def action(self, action_id: int) -> ProtectionAction:
        return self._get(ACTIONS, action_id)

    def actions(self, *, incident_id: int | None = None, person_id: int | None = None,
                organisation_id: int | None = None) -> list[ProtectionAction]:
        """Actions on a subject, earliest first. A person's list includes actions on incidents where
        the person is a target, since those were done for them too."""
        where, params = _subject_where(incident_id, person_id, organisation_id, through_incidents=True)
        return self._list(ACTIONS, where, params, order="coalesce(requested_on, started_on, created_at), id")

    def delete_action(self, action_id: int) -> None:
        self._delete(ACTIONS, action_id)

    # ----- follow-ups ------------------------------------------------------------------------

    def validate_follow_up(self, f: FollowUp) -> None:
        self.cdb.vocab.validate("followup_kind", f.kind or None, field="kind")
        if not f.kind:
            raise InvalidInput("casework.followup_kind_missing", field="kind")
        f.due_on = _day(f.due_on, "due_on", required=True)
        f.done_on = _day(f.done_on, "done_on")
        f.title = check_text(f.title, "field.title", field="title").strip()
        f.owner = check_text(f.owner, "field.owner", field="owner").strip()
        f.notes = check_text(f.notes, "field.notes", MAX_LONG, field="notes")
        self._check_subjects(f, ("incident_id", "person_id", "organisation_id", "action_id"))

    def save_follow_up(self, f: FollowUp) -> FollowUp:
        self.validate_follow_up(f)
        return self._save(FOLLOW_UPS, f)

    def follow_up(self, follow_up_id: int) -> FollowUp:
        return self._get(FOLLOW_UPS, follow_up_id)

    def follow_ups(self, *, incident_id: int | None = None, person_id: int | None = None,
                   organisation_id: int | None = None, action_id: int | None = None,
                   open_only: bool = False) -> list[FollowUp]:
        """Follow-ups on a subject (and on the actions taken for it), soonest due first."""
        if action_id is not None:
            where, params = "action_id = ?", [action_id]
        else:
            where, params = _subject_where(incident_id, person_id, organisation_id, through_incidents=True)
            where = (f"({where}) OR action_id IN (SELECT id FROM protection_action WHERE {where})")
            params = [*params, *params]
        if open_only:
            where = f"({where}) AND done_on IS NULL"
        return self._list(FOLLOW_UPS, where, params, order="due_on, id")

    def mark_done(self, follow_up_id: int, on: dt.date | str | None = None) -> FollowUp:
        f = self.follow_up(follow_up_id)
        on = on or dt.date.today()
        f.done_on = on if isinstance(on, str) else on.isoformat()
        return self.save_follow_up(f)

    def delete_follow_up(self, follow_up_id: int) -> None:
        self._delete(FOLLOW_UPS, follow_up_id)

    def agenda(self, today: dt.date | None = None, days: int = AGENDA_DAYS) -> list[AgendaItem]:
        """Open follow-ups that are overdue or due within `days` of today (the laptop's local day
        unless given: tests and the GUI inject it), most urgent first."""
        today = today or dt.date.today()
        until = (today + dt.timedelta(days=days)).isoformat()
        items = self._list(FOLLOW_UPS, "done_on IS NULL AND due_on <= ?", (until,), order="due_on, id")
        return [AgendaItem(f, (dt.date.fromisoformat(f.due_on) - today).days) for f in items]

    # ----- risk assessments ------------------------------------------------------------------

    def validate_assessment(self, r: RiskAssessment) -> None:
        r.assessed_on = _day(r.assessed_on, "assessed_on", required=True)
        check_choice(r.level, RISK_LEVELS, "field.risk_level", field="level",
                     named=lambda code: self.cdb.vocab.named("risk_level", code))
        for q in ASSESSMENT_QUESTIONS + ("reason",):
            setattr(r, q, check_text(getattr(r, q), f"field.{q}", MAX_LONG, field=q))
        r.assessor = check_text(r.assessor, "field.assessor", field="assessor").strip()
        r.factors = sorted(set(r.factors or []))
        for code in r.factors:
            self.cdb.vocab.validate("risk_factor", code, field="factors")
        self._check_subjects(r, ("person_id",))

    def save_assessment(self, r: RiskAssessment) -> RiskAssessment:
        """Store an assessment; the person's current level becomes that of their latest one."""
        self.validate_assessment(r)
        with self.cdb.transaction():
            saved = self._save(ASSESSMENTS, r)
            self._set_current_level(saved.person_id)
        return saved

    def assessment(self, assessment_id: int) -> RiskAssessment:
        return self._get(ASSESSMENTS, assessment_id)

    def assessments(self, person_id: int) -> list[RiskAssessment]:
        """A person's assessments, oldest first: the history of their risk."""
        return self._list(ASSESSMENTS, "person_id = ?", (person_id,), order="assessed_on, id")

    def delete_assessment(self, assessment_id: int) -> None:
        r = self.assessment(assessment_id)
        with self.cdb.transaction():
            self._drop(ASSESSMENTS, [r.id])
            self._set_current_level(r.person_id)
        self.cdb.purge_free_text()

    def level_at(self, person_id: int, day: dt.date | str) -> str:
        """The person's risk level as assessed on or before `day` ('unknown' before any assessment)."""
        day = day.isoformat() if isinstance(day, dt.date) else day
        row = self.cdb.conn.execute(
            "SELECT level FROM risk_assessment WHERE person_id = ? AND assessed_on <= ?"
            " ORDER BY assessed_on DESC, id DESC LIMIT 1", (person_id, day)).fetchone()
        return row[0] if row else "unknown"

    def _set_current_level(self, person_id: int) -> bool:
        row = self.cdb.conn.execute(
            "SELECT level FROM risk_assessment WHERE person_id = ? ORDER BY assessed_on DESC, id DESC LIMIT 1",
            (person_id,)).fetchone()
        if row is None:
            return False  # no assessment left: the level set by hand (or imported) stays
        old = self.cdb.scalar("SELECT risk_level FROM person WHERE id = ?", (person_id,))
        if old == row[0]:
            return False
        uuid = self.cdb.scalar("SELECT uuid FROM person WHERE id = ?", (person_id,))
        self.cdb.conn.execute("UPDATE person SET risk_level = ? WHERE id = ?", (row[0], person_id))
        self.cdb.history.record("update", "person", uuid, {"risk_level": [old, row[0]], "by": "risk_assessment"})
        return True

    # ----- when subjects go ------------------------------------------------------------------

    def purge_for(self, *, incident_ids=(), person_ids=(), organisation_ids=()) -> None:
        """Delete the casework hanging on records being deleted (call inside their transaction), so
        that no text of it and no history content survives the deletion."""
        conn = self.cdb.conn
        for col, ids in (("incident_id", incident_ids), ("person_id", person_ids),
                         ("organisation_id", organisation_ids)):
            for rid in ids:
                self._drop(FOLLOW_UPS, [r[0] for r in conn.execute(f"SELECT id FROM follow_up WHERE {col} = ?", (rid,))])
                self._drop(ACTIONS, [r[0] for r in conn.execute(
                    f"SELECT id FROM protection_action WHERE {col} = ?", (rid,))])
                if col == "person_id":
                    self._drop(ASSESSMENTS, [r[0] for r in conn.execute(
                        "SELECT id FROM risk_assessment WHERE person_id = ?", (rid,))])

    def move_person(self, from_id: int, to_id: int) -> None:
        """A merge folds one person into another: their casework follows (inside the merge's transaction)."""
        for table in ("protection_action", "follow_up", "risk_assessment"):
            self.cdb.conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (to_id, from_id))

    def refresh_level(self, person_id: int) -> bool:
        """Set the person's risk level from their latest assessment; True when it changed."""
        return self._set_current_level(person_id)


# Casework refers to its subjects by uuid outside the database: local id column -> (table, key).
EXPORT_REFS = {"incident_id": ("incident", "incident_uuid"), "person_id": ("person", "person_uuid"),
               "organisation_id": ("organisation", "organisation_uuid"),
               "action_id": ("protection_action", "action_uuid")}


def export_form(cdb: "CaseDatabase", record) -> dict:
    """A casework record as exchange bundles and the JSON export carry it: subjects by uuid."""
    d = dataclasses.asdict(record)
    d.pop("id", None)
    for column, (table, key) in EXPORT_REFS.items():
        if column in d:
            local = d.pop(column)
            d[key] = cdb.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (local,)) if local is not None else None
    return d


def _subject_where(incident_id, person_id, organisation_id, through_incidents: bool) -> tuple[str, list]:
    if sum(x is not None for x in (incident_id, person_id, organisation_id)) != 1:
        raise InvalidInput("casework.one_subject", field="subject")
    if incident_id is not None:
        return "incident_id = ?", [incident_id]
    col, value = ("person_id", person_id) if person_id is not None else ("organisation_id", organisation_id)
    if not through_incidents:
        return f"{col} = ?", [value]
    return (f"{col} = ? OR incident_id IN (SELECT incident_id FROM target WHERE {col} = ?)", [value, value])


def _public(record) -> dict:
    """What the history keeps of a record: every field but the local id and bookkeeping."""
    d = dataclasses.asdict(record)
    for k in ("id", "created_at", "updated_at", "created_by", "updated_by"):
        d.pop(k, None)
    return d
