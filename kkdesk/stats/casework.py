"""Statistics of protection casework, each naming its counting unit like the rest of kkdesk.stats.

Units here: actions (protection actions), follow-ups, incidents and persons. An action counts in
the period of its first known day (requested, else started); a follow-up in the period it was due.
Casework tables are small beside the threats (thousands of rows, not millions): plain SQL answers.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.model.dates import PartialDate
from kkdesk.stats import StatTable

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

ACTION_DIMENSIONS = {"action_type": "action_type", "outcome": "outcome", "status": "status",
                     "actor_kind": "actor_kind", "year": "substr(coalesce(requested_on, started_on), 1, 4)"}


def _bounds(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """ISO bounds covering two partial dates (inclusive): '2021' to '2021' is the whole year."""
    lo = PartialDate(date_from).date_from if date_from else "0000"
    hi = PartialDate(date_to).end.isoformat() if date_to else "9999"
    return lo, hi


def actions_by(cdb: "CaseDatabase", by: list[str] | str = ("action_type", "outcome"),
               date_from: str | None = None, date_to: str | None = None) -> StatTable:
    """Protection actions counted by type, outcome, status, who acted or year, in a period."""
    by = [by] if isinstance(by, str) else list(by)
    exprs = [ACTION_DIMENSIONS[d] for d in by]
    lo, hi = _bounds(date_from, date_to)
    day = "coalesce(requested_on, started_on, substr(created_at, 1, 10))"
    select = ", ".join(f"{e} AS d{n}" for n, e in enumerate(exprs))
    group = ", ".join(f"d{n}" for n in range(len(exprs)))
    rows = cdb.conn.execute(
        f"SELECT {select}, count(*) FROM protection_action WHERE {day} >= ? AND {day} <= ?"
        f" GROUP BY {group} ORDER BY count(*) DESC, {group}", (lo, hi)).fetchall()
    out = [{**{d: r[n] if d != "year" else (int(r[n]) if r[n] else None) for n, d in enumerate(by)},
            "count": r[-1]} for r in rows]
    return StatTable(unit="actions", by=by, rows=out, total=sum(r["count"] for r in out))


@dataclass(frozen=True)
class ResponseTime:
    """Days from an incident (known to the day) to the first protection action for it."""

    incidents: int            # incidents in the period known to the day
    with_action: int          # of which some action was taken
    median_days: float | None
    mean_days: float | None
    max_days: int | None

    def as_json(self) -> dict:
        return {"unit": "incidents", **self.__dict__}


def time_to_first_action(cdb: "CaseDatabase", date_from: str | None = None,
                         date_to: str | None = None) -> ResponseTime:
    """How fast the monitors acted: for each incident known to the day, the first action on it or on
    one of its person targets dated on or after the incident (actions before it were for other
    events). Incidents known only to the month or year are left out: their delay is unknowable."""
    lo, hi = _bounds(date_from, date_to)
    rows = cdb.conn.execute(
        """
        SELECT i.id, i.date_start,
          (SELECT min(coalesce(a.requested_on, a.started_on)) FROM protection_action a
            WHERE length(coalesce(a.requested_on, a.started_on)) = 10
              AND coalesce(a.requested_on, a.started_on) >= i.date_start
              AND (a.incident_id = i.id OR a.person_id IN
                   (SELECT g.person_id FROM target g WHERE g.incident_id = i.id AND g.person_id IS NOT NULL)))
        FROM incident i
        WHERE length(i.date_from) = 10 AND i.date_to IS NULL AND i.date_start >= ? AND i.date_start <= ?
        """, (lo, hi)).fetchall()
    delays = [(dt.date.fromisoformat(first) - dt.date.fromisoformat(start)).days
              for _, start, first in rows if first]
    return ResponseTime(
        incidents=len(rows), with_action=len(delays),
        median_days=float(pystats.median(delays)) if delays else None,
        mean_days=round(pystats.fmean(delays), 1) if delays else None,
        max_days=max(delays) if delays else None)


FOLLOW_UP_STATES = ("on_time", "late", "overdue", "open")


def follow_ups_on_time(cdb: "CaseDatabase", date_from: str | None = None, date_to: str | None = None,
                       today: dt.date | None = None) -> StatTable:
    """Follow-ups due in a period by how they went: done on time, done late, still open past the due
    day (overdue, as of today) or open and not yet due."""
    lo, hi = _bounds(date_from, date_to)
    today_s = (today or dt.date.today()).isoformat()
    rows = dict(cdb.conn.execute(
        """
        SELECT CASE WHEN done_on IS NOT NULL AND done_on <= due_on THEN 'on_time'
                    WHEN done_on IS NOT NULL THEN 'late'
                    WHEN due_on < ? THEN 'overdue' ELSE 'open' END AS state, count(*)
        FROM follow_up WHERE due_on >= ? AND due_on <= ? GROUP BY state
        """, (today_s, lo, hi)).fetchall())
    out = [{"state": s, "count": rows.get(s, 0)} for s in FOLLOW_UP_STATES]
    return StatTable(unit="follow-ups", by=["state"], rows=out, total=sum(r["count"] for r in out))


def persons_by_risk_level(cdb: "CaseDatabase", at: dt.date | str | None = None) -> StatTable:
    """Persons by risk level: the current level, or the level assessed on or before a day (persons
    with no assessment by then count as 'unknown')."""
    if at is None:
        rows = cdb.conn.execute("SELECT risk_level, count(*) FROM person GROUP BY risk_level").fetchall()
    else:
        day = at.isoformat() if isinstance(at, dt.date) else PartialDate(at).end.isoformat()
        rows = cdb.conn.execute(
            """
            SELECT coalesce((SELECT r.level FROM risk_assessment r WHERE r.person_id = p.id
                              AND r.assessed_on <= ? ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1),
                            'unknown') AS level, count(*)
            FROM person p GROUP BY level
            """, (day,)).fetchall()
    counts = dict(rows)
    order = cdb.vocab.labels("risk_level", "en")
    out = [{"risk_level": code, "count": counts.get(code, 0)} for code in order if counts.get(code)]
    out += [{"risk_level": code, "count": n} for code, n in counts.items() if code not in order]
    return StatTable(unit="persons", by=["risk_level"], rows=out, total=sum(r["count"] for r in out))
