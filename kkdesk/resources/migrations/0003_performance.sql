-- kkdesk schema version 3: pre-aggregated threat counts for fast statistics at scale.
-- A GROUP BY over two million encrypted threat rows takes seconds; these cells hold the same counts,
-- kept exact in the same transaction as every change to threat and threat_source:
--  * new threats and their sources are counted by IncidentStore._write (the only writer of new
--    threats), one aggregated upsert per batch: a per-row trigger costs ~50 us a row with
--    cipher_memory_security on, which halved the import rate;
--  * deletions (also those by ON DELETE CASCADE) and updates are counted by the triggers below.
-- kkdesk.stats answers from the cells only when the question fits them; tests compare every answer
-- with the plain SQL after random changes.
-- Statements inside trigger bodies start with ';' because the migration runner ends a statement at
-- a line ending in ';'.
-- Unknown month is stored as 0, missing region/city as '' (primary keys cannot hold NULL usefully).

CREATE TABLE stat_threat_cell (
  year        INTEGER NOT NULL,
  month       INTEGER NOT NULL,
  region      TEXT NOT NULL,
  city        TEXT NOT NULL,
  threat_type TEXT NOT NULL,
  n           INTEGER NOT NULL,
  PRIMARY KEY (year, month, region, city, threat_type)
) STRICT, WITHOUT ROWID;

-- Threats per source type; source_type '*' counts the threats with at least one source, so the
-- threats with none (shown as "not recorded") are the total minus '*'.
CREATE TABLE stat_source_cell (
  year        INTEGER NOT NULL,
  month       INTEGER NOT NULL,
  source_type TEXT NOT NULL,
  n           INTEGER NOT NULL,
  PRIMARY KEY (year, month, source_type)
) STRICT, WITHOUT ROWID;

-- Covering indexes for the common groupings: without them GROUP BY sorts ~100k cells (150 ms at 2M
-- threats); with them it is one ordered scan (~2 ms per 20k cells).
CREATE INDEX stat_threat_cell_type ON stat_threat_cell(threat_type, n);
CREATE INDEX stat_threat_cell_year_city ON stat_threat_cell(year, city, n);

INSERT INTO stat_threat_cell(year, month, region, city, threat_type, n)
  SELECT year, coalesce(month, 0), coalesce(region, ''), coalesce(city, ''), threat_type, count(*)
  FROM threat GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stat_source_cell(year, month, source_type, n)
  SELECT t.year, coalesce(t.month, 0), s.source_type, count(*)
  FROM threat_source s JOIN threat t ON t.id = s.threat_id GROUP BY 1, 2, 3;

INSERT INTO stat_source_cell(year, month, source_type, n)
  SELECT year, coalesce(month, 0), '*', count(*) FROM threat
  WHERE EXISTS (SELECT 1 FROM threat_source s WHERE s.threat_id = threat.id) GROUP BY 1, 2;

-- BEFORE: the threat's sources are still there to be subtracted; the cascade removes them after.
CREATE TRIGGER stat_threat_delete BEFORE DELETE ON threat BEGIN
  UPDATE stat_threat_cell SET n = n - 1
    WHERE year = old.year AND month = coalesce(old.month, 0) AND region = coalesce(old.region, '')
      AND city = coalesce(old.city, '') AND threat_type = old.threat_type
  ; UPDATE stat_source_cell SET n = n - 1
    WHERE year = old.year AND month = coalesce(old.month, 0)
      AND (source_type IN (SELECT source_type FROM threat_source WHERE threat_id = old.id)
           OR (source_type = '*' AND EXISTS (SELECT 1 FROM threat_source WHERE threat_id = old.id)))
; END;

CREATE TRIGGER stat_threat_update AFTER UPDATE OF year, month, region, city, threat_type ON threat BEGIN
  UPDATE stat_threat_cell SET n = n - 1
    WHERE year = old.year AND month = coalesce(old.month, 0) AND region = coalesce(old.region, '')
      AND city = coalesce(old.city, '') AND threat_type = old.threat_type
  ; INSERT INTO stat_threat_cell(year, month, region, city, threat_type, n)
    VALUES (new.year, coalesce(new.month, 0), coalesce(new.region, ''), coalesce(new.city, ''), new.threat_type, 1)
    ON CONFLICT DO UPDATE SET n = n + 1
  ; UPDATE stat_source_cell SET n = n - 1
    WHERE year = old.year AND month = coalesce(old.month, 0)
      AND (source_type IN (SELECT source_type FROM threat_source WHERE threat_id = new.id)
           OR (source_type = '*' AND EXISTS (SELECT 1 FROM threat_source WHERE threat_id = new.id)))
  ; INSERT INTO stat_source_cell(year, month, source_type, n)
    SELECT new.year, coalesce(new.month, 0), source_type, 1 FROM threat_source WHERE threat_id = new.id
    ON CONFLICT DO UPDATE SET n = n + 1
  ; INSERT INTO stat_source_cell(year, month, source_type, n)
    SELECT new.year, coalesce(new.month, 0), '*', 1 WHERE EXISTS (SELECT 1 FROM threat_source WHERE threat_id = new.id)
    ON CONFLICT DO UPDATE SET n = n + 1
; END;

-- Fires only while the threat still exists: a cascade from a deleted threat was counted above.
CREATE TRIGGER stat_source_delete AFTER DELETE ON threat_source
  WHEN EXISTS (SELECT 1 FROM threat WHERE id = old.threat_id) BEGIN
  UPDATE stat_source_cell SET n = n - 1
    WHERE (year, month) = (SELECT year, coalesce(month, 0) FROM threat WHERE id = old.threat_id)
      AND (source_type = old.source_type
           OR (source_type = '*' AND NOT EXISTS (SELECT 1 FROM threat_source WHERE threat_id = old.threat_id)))
; END;

CREATE TRIGGER stat_source_update AFTER UPDATE ON threat_source BEGIN
  UPDATE stat_source_cell SET n = n - 1
    WHERE (year, month) = (SELECT year, coalesce(month, 0) FROM threat WHERE id = old.threat_id)
      AND (source_type = old.source_type
           OR (source_type = '*' AND NOT EXISTS (SELECT 1 FROM threat_source WHERE threat_id = old.threat_id)))
  ; INSERT INTO stat_source_cell(year, month, source_type, n)
    SELECT year, coalesce(month, 0), new.source_type, 1 FROM threat WHERE id = new.threat_id
    ON CONFLICT DO UPDATE SET n = n + 1
  ; INSERT INTO stat_source_cell(year, month, source_type, n)
    SELECT year, coalesce(month, 0), '*', 1 FROM threat
    WHERE id = new.threat_id AND new.threat_id <> old.threat_id
      AND (SELECT count(*) FROM threat_source WHERE threat_id = new.threat_id) = 1
    ON CONFLICT DO UPDATE SET n = n + 1
; END;
