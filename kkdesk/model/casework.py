"""Protection casework as plain dataclasses: what was done for a defender (ProtectionAction), what is
due next (FollowUp) and how their risk changes (RiskAssessment).

Vocabulary fields hold codes (action_type, action_status, action_outcome, followup_kind,
risk_factor, risk_level). Dates are ISO strings: partial ones (YYYY, YYYY-MM) are allowed where a
monitor may only know the month; due and assessment dates are days.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_KINDS = ("internal", "partner")
# Front Line Defenders' threat assessment: the five questions, in the order they are asked.
ASSESSMENT_QUESTIONS = ("facts", "pattern", "objective", "perpetrator", "feasibility")
# Free-text fields that outputs de-identify, per record kind.
ACTION_TEXTS = ("actor", "notes")
FOLLOW_UP_TEXTS = ("title", "owner", "notes")
ASSESSMENT_TEXTS = ASSESSMENT_QUESTIONS + ("reason", "assessor")


@dataclass
class ProtectionAction:
    """Something the monitors or a partner did to protect a person, an organisation or the targets
    of an incident: an urgent appeal, legal aid, relocation, a UN communication."""

    action_type: str
    incident_id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    actor_kind: str = "internal"
    actor: str = ""
    requested_on: str | None = None
    started_on: str | None = None
    ended_on: str | None = None
    status: str = "requested"
    outcome: str = "unknown"
    notes: str = ""
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0

    @property
    def first_day(self) -> str | None:
        """The earliest date known for the action (requested, else started)."""
        return self.requested_on or self.started_on


@dataclass
class FollowUp:
    """A dated item to act on: the next hearing, an appeal deadline, a risk reassessment."""

    kind: str
    due_on: str
    title: str = ""
    incident_id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    action_id: int | None = None
    owner: str = ""
    done_on: str | None = None
    notes: str = ""
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass
class RiskAssessment:
    """One dated assessment of a person's risk; the latest one is the person's current level."""

    person_id: int
    assessed_on: str
    level: str
    facts: str = ""
    pattern: str = ""
    objective: str = ""
    perpetrator: str = ""
    feasibility: str = ""
    factors: list[str] = field(default_factory=list)
    reason: str = ""
    assessor: str = ""
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0
