-- kkdesk schema version 7: review before it counts, corroboration, linked records (issue 19), and
-- pairs of persons decided "not the same person" (issue 13).

-- The review state sits beside the counted status: incident.status stays draft/verified (what
-- statistics, filters and documents count) and is 'verified' exactly when review = 'verified'.
-- draft -> submitted -> verified, or submitted -> returned (with a comment) -> submitted again.
ALTER TABLE incident ADD COLUMN review TEXT NOT NULL DEFAULT 'draft'
  CHECK (review IN ('draft', 'submitted', 'returned', 'verified'));
UPDATE incident SET review = 'verified' WHERE status = 'verified';
CREATE INDEX incident_review ON incident(review, updated_by) WHERE review IN ('submitted', 'returned');

-- Independent information sources of an incident (distinct outlets, or web sites when no outlet
-- is named), kept by the incident writer; filled for existing incidents by the conversion step.
ALTER TABLE incident ADD COLUMN corroboration INTEGER NOT NULL DEFAULT 0;

-- Every step of the review, with the reviewer's comment; travels in bundles, never edited.
CREATE TABLE review_step (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  step        TEXT NOT NULL CHECK (step IN ('submit', 'return', 'verify', 'comment', 'reopen', 'arrive')),
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL,
  comment     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX review_step_incident ON review_step(incident_id, at);

-- Typed links between incidents; 'same_case' is symmetric, the others read "from is a
-- continuation of / a response to `to`".
CREATE TABLE incident_link (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  from_id    INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  to_id      INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('same_case', 'continuation', 'response')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  CHECK (from_id <> to_id),
  UNIQUE (from_id, to_id, kind)
) STRICT;
CREATE INDEX incident_link_to ON incident_link(to_id);

-- A person's ties to an organisation: member, employee, lawyer of.
CREATE TABLE person_org_link (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('member', 'employee', 'lawyer')),
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL DEFAULT '',
  UNIQUE (person_id, organisation_id, kind)
) STRICT;
CREATE INDEX person_org_link_org ON person_org_link(organisation_id);

-- "Same person as": two records of one defender kept apart (two monitors' records); statistics
-- count the person once. The pair is stored with the smaller id first.
CREATE TABLE person_same (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  other_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  CHECK (person_id < other_id),
  UNIQUE (person_id, other_id)
) STRICT;
CREATE INDEX person_same_other ON person_same(other_id);

-- "Not the same person": a pair the duplicate finder must not propose again (by uuid, smaller
-- first), who decided and when. Goes with either person.
CREATE TABLE person_distinct (
  person_uuid TEXT NOT NULL,
  other_uuid  TEXT NOT NULL,
  decided_by  TEXT NOT NULL DEFAULT '',
  decided_at  TEXT NOT NULL,
  CHECK (person_uuid < other_uuid),
  PRIMARY KEY (person_uuid, other_uuid)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_distinct_other ON person_distinct(other_uuid);
CREATE TRIGGER person_distinct_gone AFTER DELETE ON person BEGIN
  DELETE FROM person_distinct WHERE person_uuid = old.uuid OR other_uuid = old.uuid
; END;

-- Who a peer is to this database: records from a 'monitor' arrive as submitted (never verified);
-- a 'coordinator' peer's review decisions (returned, verified) are taken as they come.
ALTER TABLE exchange_peer ADD COLUMN role TEXT NOT NULL DEFAULT 'monitor' CHECK (role IN ('monitor', 'coordinator'));

-- Review steps and links travel in bundles: the exchange state accepts them (made anew: a CHECK
-- cannot change in place).
CREATE TABLE exchange_state_new (
  peer_id           INTEGER NOT NULL REFERENCES exchange_peer(id) ON DELETE CASCADE,
  entity            TEXT NOT NULL CHECK (entity IN ('term', 'organisation', 'person', 'incident', 'attachment',
                                                    'protection_action', 'follow_up', 'risk_assessment',
                                                    'review_step', 'incident_link', 'person_org_link',
                                                    'person_same')),
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
