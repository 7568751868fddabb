-- kkdesk schema version 2: exchange of encrypted, signed bundles between monitors and the coordinator.
-- The database's own keys live in `setting` (inside the encryption); peers, per-record exchange
-- state, bundles and conflicts live here. Peer names are chosen by the user and never leave the file.

CREATE TABLE exchange_peer (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  box_public  TEXT NOT NULL UNIQUE,           -- hex X25519 key bundles to this peer are sealed to
  sign_public TEXT NOT NULL UNIQUE,           -- hex Ed25519 key this peer's bundles are signed with
  added_at    TEXT NOT NULL
) STRICT;

-- Per peer and record: what was last exchanged. base_hash is the content both sides last agreed
-- on (sent or received); a record changed on both sides since then is a conflict.
CREATE TABLE exchange_state (
  peer_id           INTEGER NOT NULL REFERENCES exchange_peer(id) ON DELETE CASCADE,
  entity            TEXT NOT NULL CHECK (entity IN ('term', 'organisation', 'person', 'incident', 'attachment')),
  uuid              TEXT NOT NULL,
  sent_revision     INTEGER,                  -- our revision last put in a bundle to this peer
  received_revision INTEGER,                  -- the peer's revision last taken from its bundles
  base_hash         TEXT,
  PRIMARY KEY (peer_id, entity, uuid)
) STRICT, WITHOUT ROWID;

-- Bundles written and read. `items` (JSON [[entity, uuid, revision], ...]) of bundles sent lets a
-- monitor purge what the coordinator acknowledged.
CREATE TABLE exchange_bundle (
  bundle_id       TEXT PRIMARY KEY,
  peer_id         INTEGER REFERENCES exchange_peer(id) ON DELETE SET NULL,
  direction       TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  at              TEXT NOT NULL,
  items           TEXT NOT NULL DEFAULT '[]',
  acknowledged_at TEXT
) STRICT;

CREATE TABLE exchange_conflict (
  id          INTEGER PRIMARY KEY,
  peer_id     INTEGER REFERENCES exchange_peer(id) ON DELETE SET NULL,
  entity      TEXT NOT NULL,
  uuid        TEXT NOT NULL,
  mine        TEXT NOT NULL,                  -- JSON of the local version when the conflict was found
  theirs      TEXT NOT NULL,                  -- JSON of the peer's version
  fields      TEXT NOT NULL,                  -- JSON list of the fields that differ
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution  TEXT                            -- JSON {field: "mine" | "theirs"}
) STRICT;
CREATE INDEX exchange_conflict_open ON exchange_conflict(entity, uuid) WHERE resolved_at IS NULL;
