"""The records a monitor keeps, as plain dataclasses (HURIDOCS-style events, targets, acts).

`id` is the local integer key (None until saved), `uuid` the identity that survives merging between
monitors, `revision` counts saves. Vocabulary fields hold codes, never labels.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kkdesk.model.dates import PartialDate

GENDERS = ("female", "male", "other", "unknown")
STATUSES = ("draft", "verified")
# The review beside the counted status (schema 7): status is "verified" exactly when review is.
REVIEW_STATES = ("draft", "submitted", "returned", "verified")
INCIDENT_LINK_KINDS = ("same_case", "continuation", "response")
PERSON_ORG_LINK_KINDS = ("member", "employee", "lawyer")
CONFIDENTIALITY = ("public", "restricted", "confidential")
RELIABILITY = ("high", "medium", "low", "unknown")
RISK_LEVELS = ("unknown", "low", "medium", "high", "critical")
# Classification criteria of a threat: dimension -> allowed values (labels in the 'criterion' vocabulary).
CRITERIA = {
    "reality": ("potential", "actual"),
    "scope": ("general", "special"),
    "directness": ("direct", "indirect"),
    "recurrence": ("recurrent", "one_off"),
    "duration": ("short_term", "ongoing"),
    "scale": ("singular", "mass"),
    "effect": ("low", "medium", "high", "severe"),
}


@dataclass
class LegalCharge:
    """A legal article used against the target, with what came of it."""

    article: str
    outcome: str = ""
    detail: str = ""


@dataclass
class Threat:
    """One act of one threat type against one target, from one or more source types."""

    threat_type: str
    sources: list[str] = field(default_factory=list)
    reality: str | None = None
    scope: str | None = None
    directness: str | None = None
    recurrence: str | None = None
    duration: str | None = None
    scale: str | None = None
    effect: str | None = None
    articles: list[LegalCharge] = field(default_factory=list)
    outcome: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = ""


@dataclass
class Target:
    """A person or an organisation hit by an incident, with the threats it suffered."""

    person_id: int | None = None
    organisation_id: int | None = None
    category: str | None = None
    threats: list[Threat] = field(default_factory=list)
    id: int | None = None
    uuid: str = ""

    @property
    def kind(self) -> str:
        return "person" if self.person_id is not None else "organisation"


@dataclass
class InfoSource:
    """Where the information came from: an outlet, a URL, an interview."""

    outlet: str = ""
    url: str = ""
    published_on: str | None = None
    accessed_on: str | None = None
    reliability: str = "unknown"
    notes: str = ""
    id: int | None = None
    uuid: str = ""


@dataclass
class Response:
    """What was done about the incident: complaint, appeal, UN communication, statement."""

    response_type: str
    date: str | None = None
    result: str = ""
    reference: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = ""


@dataclass
class Attachment:
    """Evidence stored encrypted inside the database; `data` is loaded only when asked for."""

    filename: str
    size: int = 0
    sha256: str = ""
    mime: str = "application/octet-stream"
    description: str = ""
    added_at: str = ""
    id: int | None = None
    uuid: str = ""


@dataclass
class Incident:
    """An event on a date, in a place, hitting one or more targets."""

    title: str
    date: PartialDate
    region: str | None = None
    city: str | None = None
    place_detail: str = ""
    narrative: str = ""
    status: str = "draft"
    confidentiality: str = "restricted"
    review: str = "draft"          # draft / submitted / returned / verified (records/review.py moves it)
    corroboration: int = 0         # independent information sources; kept by the store from `sources`
    targets: list[Target] = field(default_factory=list)
    sources: list[InfoSource] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    aims: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)  # read-only here; see IncidentStore
    ref: str = ""
    recorded_by: str = ""
    recorded_at: str = ""
    updated_by: str = ""
    updated_at: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0

    def threat_count(self) -> int:
        return sum(len(t.threats) for t in self.targets)


def independent_sources(sources: list[InfoSource]) -> int:
    """How many independent information sources: distinct outlets (case and spacing aside), or web
    sites (host without "www.") for a source that names no outlet; a source with neither is not
    counted. Two articles of one outlet are one source."""
    keys = set()
    for s in sources:
        outlet = " ".join((s.outlet or "").split()).casefold()
        if outlet:
            keys.add(("outlet", outlet))
            continue
        url = (s.url or "").strip()
        if url:
            host = urlsplit(url if "://" in url else "//" + url).hostname or url.casefold()
            keys.add(("site", host.removeprefix("www.")))
    return len(keys)


@dataclass
class Person:
    """A defender: names in both scripts, aliases, gender, categories, and sensitive contact."""

    name_latin: str = ""
    name_cyrillic: str = ""
    aliases: list[str] = field(default_factory=list)
    gender: str = "unknown"
    categories: list[str] = field(default_factory=list)
    organisation_id: int | None = None
    region: str | None = None
    city: str | None = None
    contact: str = ""
    notes: str = ""
    risk_level: str = "unknown"
    tags: list[str] = field(default_factory=list)
    pseudonym: str = ""
    created_at: str = ""
    updated_at: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0

    @property
    def display_name(self) -> str:
        return self.name_cyrillic or self.name_latin


@dataclass
class Organisation:
    """A targeted organisation: bar association, NGO, legal consulting firm, media outlet."""

    name: str
    name_alt: str = ""
    kind: str = "ngo"
    region: str | None = None
    city: str | None = None
    notes: str = ""
    pseudonym: str = ""
    created_at: str = ""
    updated_at: str = ""
    id: int | None = None
    uuid: str = ""
    revision: int = 0

    @property
    def display_name(self) -> str:
        return self.name


def to_dict(record) -> dict:
    """A JSON-ready dict of a record (PartialDate as its ISO form)."""

    def convert(value):
        if isinstance(value, PartialDate):
            return value.iso()
        if dataclasses.is_dataclass(value):
            return {f.name: convert(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, list):
            return [convert(v) for v in value]
        return value

    return convert(record)
