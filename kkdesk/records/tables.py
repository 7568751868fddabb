"""The columns of an incident's tables, declared once: every reader and writer of these tables builds
its SQL and its rows from them, so a new column is added here (and in a migration) and nowhere else.

A classification criterion is a threat column named after its key in `model.entities.CRITERIA`.
"""

from __future__ import annotations

from collections import namedtuple

from kkdesk.model.entities import CRITERIA

# What an Incident holds of its row (the dataclass fields of the same names).
INCIDENT_FIELDS = ("id", "uuid", "revision", "ref", "title", "date_from", "date_to", "region", "city",
                   "place_detail", "narrative", "status", "confidentiality", "review", "corroboration",
                   "recorded_by", "recorded_at", "updated_by", "updated_at")
# Kept from the date for searching and counting; written, never read back into an Incident.
INCIDENT_DERIVED = ("date_start", "date_end", "year", "month")
INCIDENT_COLUMNS = INCIDENT_FIELDS + INCIDENT_DERIVED
# Set once, when the incident is first written; a later save leaves them.
INCIDENT_FIXED = ("id", "uuid", "recorded_by", "recorded_at")

TARGET_COLUMNS = ("id", "uuid", "incident_id", "person_id", "organisation_id", "category", "position")
# year .. city repeat the incident's, so statistics count threats without a join.
THREAT_COLUMNS = ("id", "uuid", "target_id", "incident_id", "threat_type", "year", "month", "region", "city",
                  *CRITERIA, "outcome", "notes", "position")
INFO_SOURCE_COLUMNS = ("id", "uuid", "incident_id", "outlet", "url", "published_on", "accessed_on", "reliability",
                       "notes", "position")
RESPONSE_COLUMNS = ("id", "uuid", "incident_id", "response_type", "date", "result", "reference", "notes",
                    "position")
# The file itself (`data`) is read only on demand.
ATTACHMENT_COLUMNS = ("id", "uuid", "incident_id", "filename", "size", "sha256", "mime", "description", "added_at")

IncidentRow = namedtuple("IncidentRow", INCIDENT_COLUMNS)
TargetRow = namedtuple("TargetRow", TARGET_COLUMNS)
ThreatRow = namedtuple("ThreatRow", THREAT_COLUMNS)
InfoSourceRow = namedtuple("InfoSourceRow", INFO_SOURCE_COLUMNS)
ResponseRow = namedtuple("ResponseRow", RESPONSE_COLUMNS)
AttachmentRow = namedtuple("AttachmentRow", ATTACHMENT_COLUMNS)


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """INSERT of one row of `columns` into `table`, for executemany over rows in that order."""
    return f"INSERT INTO {table}({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"


def select_sql(table: str, columns: tuple[str, ...], alias: str = "") -> str:
    """SELECT of `columns` from `table` (each prefixed by `alias`. when given); append the WHERE."""
    prefix = f"{alias}." if alias else ""
    return f"SELECT {', '.join(prefix + c for c in columns)} FROM {table}{f' {alias}' if alias else ''}"
