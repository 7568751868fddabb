-- kkdesk schema version 6: deletion reaches exchange conflicts, and exchange bundles carry the
-- sender's history head (kkdesk/exchange/bundle.py, checked by kkdesk/store/verify.py).

-- A deleted record takes its exchange conflicts with it: they hold whole copies of its text.
CREATE TRIGGER exchange_conflict_incident_gone AFTER DELETE ON incident BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'incident' AND uuid = old.uuid
; END;
CREATE TRIGGER exchange_conflict_person_gone AFTER DELETE ON person BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'person' AND uuid = old.uuid
; END;
CREATE TRIGGER exchange_conflict_organisation_gone AFTER DELETE ON organisation BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'organisation' AND uuid = old.uuid
; END;
CREATE TRIGGER exchange_conflict_protection_action_gone AFTER DELETE ON protection_action BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'protection_action' AND uuid = old.uuid
; END;
CREATE TRIGGER exchange_conflict_follow_up_gone AFTER DELETE ON follow_up BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'follow_up' AND uuid = old.uuid
; END;
CREATE TRIGGER exchange_conflict_risk_assessment_gone AFTER DELETE ON risk_assessment BEGIN
  DELETE FROM exchange_conflict WHERE entity = 'risk_assessment' AND uuid = old.uuid
; END;

-- Resolved conflicts keep only what labels them (incident ref, pseudonym code): the losing
-- version stays only where the history keeps it.
DELETE FROM exchange_conflict WHERE entity <> 'term'
  AND uuid NOT IN (SELECT uuid FROM incident UNION ALL SELECT uuid FROM person UNION ALL SELECT uuid FROM organisation
                   UNION ALL SELECT uuid FROM protection_action UNION ALL SELECT uuid FROM follow_up
                   UNION ALL SELECT uuid FROM risk_assessment);
UPDATE exchange_conflict
  SET mine = json_object('uuid', uuid, 'ref', json_extract(mine, '$.ref'), 'pseudonym', json_extract(mine, '$.pseudonym')),
      theirs = '{}'
  WHERE resolved_at IS NOT NULL;

-- The history head (last seq and hash) each bundle carried: ours for bundles sent, the peer's for
-- bundles received, with the hashes the peer then gave for its earlier heads (JSON [[seq, hash]]).
ALTER TABLE exchange_bundle ADD COLUMN history_seq INTEGER;
ALTER TABLE exchange_bundle ADD COLUMN history_hash TEXT;
ALTER TABLE exchange_bundle ADD COLUMN history_anchors TEXT;
