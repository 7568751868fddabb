-- kkdesk schema version 1.
-- Every record has an integer id (local, for joins and FTS rowids), a UUID (global, for merging
-- between monitors) and a revision (bumped on every change, for exchange conflict detection).
-- Vocabulary references are stable text codes (see resources/vocab/); labels live in vocab_term.
-- Dates are partial ISO strings: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; date_to is set for ranges.
-- year/month are the counting attribution derived from date_from (month NULL = known to the year only).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE vocab_term (
  vocab      TEXT NOT NULL,
  code       TEXT NOT NULL,
  parent     TEXT,                       -- group (threat types), region (cities), dimension (criteria)
  label_en   TEXT NOT NULL,
  label_ru   TEXT NOT NULL DEFAULT '',
  label_kk   TEXT NOT NULL DEFAULT '',
  aliases    TEXT NOT NULL DEFAULT '[]', -- JSON list: former names, other spellings
  sort_order INTEGER NOT NULL DEFAULT 0,
  retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  revision   INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (vocab, code)
) STRICT;

CREATE TABLE organisation (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  revision   INTEGER NOT NULL DEFAULT 1,
  name       TEXT NOT NULL,
  name_alt   TEXT NOT NULL DEFAULT '',   -- the name in the other script
  kind       TEXT NOT NULL DEFAULT 'ngo',
  region     TEXT,
  city       TEXT,
  notes      TEXT NOT NULL DEFAULT '',
  pseudonym  TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  revision        INTEGER NOT NULL DEFAULT 1,
  name_latin      TEXT NOT NULL DEFAULT '',
  name_cyrillic   TEXT NOT NULL DEFAULT '',
  aliases         TEXT NOT NULL DEFAULT '[]',  -- JSON list
  gender          TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('female', 'male', 'other', 'unknown')),
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  region          TEXT,
  city            TEXT,
  contact         TEXT NOT NULL DEFAULT '',    -- sensitive
  notes           TEXT NOT NULL DEFAULT '',
  risk_level      TEXT NOT NULL DEFAULT 'unknown' CHECK (risk_level IN ('unknown', 'low', 'medium', 'high', 'critical')),
  pseudonym       TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL DEFAULT '',
  CHECK (name_latin <> '' OR name_cyrillic <> '')
) STRICT;

CREATE TABLE person_category (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  category  TEXT NOT NULL,
  PRIMARY KEY (person_id, category)
) STRICT, WITHOUT ROWID;

CREATE TABLE incident (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  revision        INTEGER NOT NULL DEFAULT 1,
  ref             TEXT NOT NULL,               -- human reference, KK-<year>-<8 hex of uuid>; the uuid is the identity
  title           TEXT NOT NULL,
  date_from       TEXT NOT NULL,
  date_to         TEXT,
  date_start      TEXT NOT NULL,               -- first day covered, full ISO (for filters and sorting)
  date_end        TEXT NOT NULL,               -- last day covered
  year            INTEGER NOT NULL,
  month           INTEGER CHECK (month BETWEEN 1 AND 12),
  region          TEXT,
  city            TEXT,
  place_detail    TEXT NOT NULL DEFAULT '',
  narrative       TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'verified')),
  confidentiality TEXT NOT NULL DEFAULT 'restricted' CHECK (confidentiality IN ('public', 'restricted', 'confidential')),
  recorded_by     TEXT NOT NULL DEFAULT '',
  recorded_at     TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX incident_date ON incident(date_start, id);
CREATE INDEX incident_ref ON incident(ref);
CREATE INDEX incident_year_month ON incident(year, month);
CREATE INDEX incident_city ON incident(city);
CREATE INDEX incident_region ON incident(region);

-- reasons / contributing factors and aims: tags from the 'reason' and 'aim' vocabularies
CREATE TABLE incident_factor (
  incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  vocab       TEXT NOT NULL CHECK (vocab IN ('reason', 'aim')),
  code        TEXT NOT NULL,
  PRIMARY KEY (incident_id, vocab, code)
) STRICT, WITHOUT ROWID;

-- A target is a person or an organisation hit by an incident.
CREATE TABLE target (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  incident_id     INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person(id) ON DELETE RESTRICT,
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  category        TEXT,                        -- defender category as of the incident
  position        INTEGER NOT NULL DEFAULT 0,
  CHECK ((person_id IS NULL) <> (organisation_id IS NULL))
) STRICT;
CREATE INDEX target_incident ON target(incident_id);
CREATE INDEX target_person ON target(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX target_organisation ON target(organisation_id) WHERE organisation_id IS NOT NULL;

-- A threat is one act of one threat type against one target.
-- incident_id, year, month, region, city are copied from the incident for fast counting.
CREATE TABLE threat (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  target_id    INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
  incident_id  INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  threat_type  TEXT NOT NULL,
  year         INTEGER NOT NULL,
  month        INTEGER,
  region       TEXT,
  city         TEXT,
  reality      TEXT CHECK (reality IN ('potential', 'actual')),
  scope        TEXT CHECK (scope IN ('general', 'special')),
  directness   TEXT CHECK (directness IN ('direct', 'indirect')),
  recurrence   TEXT CHECK (recurrence IN ('recurrent', 'one_off')),
  duration     TEXT CHECK (duration IN ('short_term', 'ongoing')),
  scale        TEXT CHECK (scale IN ('singular', 'mass')),
  effect       TEXT CHECK (effect IN ('low', 'medium', 'high', 'severe')),
  outcome      TEXT NOT NULL DEFAULT '',
  notes        TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX threat_target ON threat(target_id);
CREATE INDEX threat_incident ON threat(incident_id);
CREATE INDEX threat_year_type ON threat(year, threat_type);
CREATE INDEX threat_year_city ON threat(year, city);

CREATE TABLE threat_source (
  threat_id   INTEGER NOT NULL REFERENCES threat(id) ON DELETE CASCADE,
  source_type TEXT NOT NULL,
  PRIMARY KEY (threat_id, source_type)
) STRICT, WITHOUT ROWID;
CREATE INDEX threat_source_type ON threat_source(source_type);

CREATE TABLE threat_article (
  threat_id INTEGER NOT NULL REFERENCES threat(id) ON DELETE CASCADE,
  article   TEXT NOT NULL,                     -- 'legal_article' vocabulary code
  outcome   TEXT NOT NULL DEFAULT '',          -- 'outcome' vocabulary code
  detail    TEXT NOT NULL DEFAULT '',          -- e.g. '10 days', '5 years restricted freedom'
  PRIMARY KEY (threat_id, article)
) STRICT, WITHOUT ROWID;

CREATE TABLE info_source (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  incident_id  INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  outlet       TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  published_on TEXT,
  accessed_on  TEXT,
  reliability  TEXT NOT NULL DEFAULT 'unknown' CHECK (reliability IN ('high', 'medium', 'low', 'unknown')),
  notes        TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX info_source_incident ON info_source(incident_id);

CREATE TABLE response (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  incident_id   INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  response_type TEXT NOT NULL,
  date          TEXT,
  result        TEXT NOT NULL DEFAULT '',
  reference     TEXT NOT NULL DEFAULT '',      -- e.g. CCPR/C/112/D/2137/2012
  notes         TEXT NOT NULL DEFAULT '',
  position      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX response_incident ON response(incident_id);

CREATE TABLE attachment (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  filename    TEXT NOT NULL,
  mime        TEXT NOT NULL DEFAULT 'application/octet-stream',
  size        INTEGER NOT NULL,
  sha256      TEXT NOT NULL,
  data        BLOB NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_incident ON attachment(incident_id);

CREATE TABLE tag (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE incident_tag (
  incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  PRIMARY KEY (incident_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_tag_tag ON incident_tag(tag_id);

CREATE TABLE person_tag (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, tag_id)
) STRICT, WITHOUT ROWID;

-- Append-only, hash-chained change history. `changes` may be redacted (set NULL) when the record
-- it describes is deleted, so that a deleted name really goes; the chain covers changes_hash, so
-- the chain still verifies and any other edit is caught.
CREATE TABLE history (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'merge', 'import', 'vocab', 'redact')),
  entity       TEXT NOT NULL,
  entity_uuid  TEXT NOT NULL,
  changes      TEXT,
  changes_hash TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
) STRICT;
CREATE INDEX history_entity ON history(entity_uuid);

CREATE TABLE saved_search (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE,
  query TEXT NOT NULL                          -- JSON of a SearchQuery
) STRICT;

-- Settings that may name people or cases live here, inside the encryption, never in QSettings.
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Full-text indexes hold only folded (transliterated to Latin, lower-case) text: one query form
-- finds Cyrillic, Kazakh and Latin spellings alike. Contentless: the text lives in the records.
CREATE VIRTUAL TABLE incident_fts USING fts5(
  body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE person_fts USING fts5(
  body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE organisation_fts USING fts5(
  body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2"
);
