-- Schema 5: protection casework. What was done for a defender (protection actions), what is due
-- next (follow-ups) and how their risk changes (dated risk assessments). Free text here is as
-- sensitive as a narrative: it lives only in these tables, is de-identified in outputs, and the
-- history of a deleted record is redacted like the rest.

CREATE TABLE protection_action (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  revision        INTEGER NOT NULL DEFAULT 1,
  incident_id     INTEGER REFERENCES incident(id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
  action_type     TEXT NOT NULL,                 -- vocabulary 'action_type'
  actor_kind      TEXT NOT NULL DEFAULT 'internal' CHECK (actor_kind IN ('internal', 'partner')),
  actor           TEXT NOT NULL DEFAULT '',      -- a team member, or the partner organisation
  requested_on    TEXT,                          -- ISO dates, possibly partial
  started_on      TEXT,
  ended_on        TEXT,
  status          TEXT NOT NULL DEFAULT 'requested',   -- vocabulary 'action_status'
  outcome         TEXT NOT NULL DEFAULT 'unknown',     -- vocabulary 'action_outcome'
  notes           TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL DEFAULT '',
  CHECK (incident_id IS NOT NULL OR person_id IS NOT NULL OR organisation_id IS NOT NULL)
) STRICT;
CREATE INDEX protection_action_incident ON protection_action(incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX protection_action_person ON protection_action(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX protection_action_org ON protection_action(organisation_id) WHERE organisation_id IS NOT NULL;

CREATE TABLE follow_up (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  revision        INTEGER NOT NULL DEFAULT 1,
  incident_id     INTEGER REFERENCES incident(id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
  action_id       INTEGER REFERENCES protection_action(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL,                 -- vocabulary 'followup_kind'
  title           TEXT NOT NULL DEFAULT '',
  due_on          TEXT NOT NULL,                 -- YYYY-MM-DD
  owner           TEXT NOT NULL DEFAULT '',
  done_on         TEXT,                          -- YYYY-MM-DD once done
  notes           TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL DEFAULT '',
  CHECK (incident_id IS NOT NULL OR person_id IS NOT NULL OR organisation_id IS NOT NULL
         OR action_id IS NOT NULL)
) STRICT;
CREATE INDEX follow_up_open ON follow_up(due_on) WHERE done_on IS NULL;
CREATE INDEX follow_up_incident ON follow_up(incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX follow_up_person ON follow_up(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX follow_up_org ON follow_up(organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX follow_up_action ON follow_up(action_id) WHERE action_id IS NOT NULL;

-- Front Line Defenders' five questions, the factors (vocabulary 'risk_factor': threat /
-- vulnerability / capacity) and the resulting level. The latest assessment sets person.risk_level.
CREATE TABLE risk_assessment (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  revision     INTEGER NOT NULL DEFAULT 1,
  person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  assessed_on  TEXT NOT NULL,                    -- YYYY-MM-DD
  level        TEXT NOT NULL,                    -- vocabulary 'risk_level'
  facts        TEXT NOT NULL DEFAULT '',
  pattern      TEXT NOT NULL DEFAULT '',
  objective    TEXT NOT NULL DEFAULT '',
  perpetrator  TEXT NOT NULL DEFAULT '',
  feasibility  TEXT NOT NULL DEFAULT '',
  factors      TEXT NOT NULL DEFAULT '[]',       -- JSON list of risk_factor codes
  reason       TEXT NOT NULL DEFAULT '',
  assessor     TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL DEFAULT '',
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX risk_assessment_person ON risk_assessment(person_id, assessed_on);

-- Casework travels in bundles: the per-record exchange state accepts its entities (SQLite cannot
-- change a CHECK in place, so the table is made anew with its rows).
CREATE TABLE exchange_state_new (
  peer_id           INTEGER NOT NULL REFERENCES exchange_peer(id) ON DELETE CASCADE,
  entity            TEXT NOT NULL CHECK (entity IN ('term', 'organisation', 'person', 'incident', 'attachment',
                                                    'protection_action', 'follow_up', 'risk_assessment')),
  uuid              TEXT NOT NULL,
  sent_revision     INTEGER,
  received_revision INTEGER,
  base_hash         TEXT,
  PRIMARY KEY (peer_id, entity, uuid)
) STRICT, WITHOUT ROWID;
INSERT INTO exchange_state_new SELECT peer_id, entity, uuid, sent_revision, received_revision, base_hash
  FROM exchange_state;
DROP TABLE exchange_state;
ALTER TABLE exchange_state_new RENAME TO exchange_state;
