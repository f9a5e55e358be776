-- Issue 27: each automatic-audit finding keeps the rule-set version it was checked under and the rule's threshold
-- at the time (days for the monthly cap, metres for the usual check-in place, visits for a worker's day), so that it
-- reads the same after the rule set changes. Findings made before have neither.
ALTER TABLE claim_finding
  ADD COLUMN rule_set_code VARCHAR(32) NULL AFTER rule_code,
  ADD COLUMN threshold     INT         NULL COMMENT 'the rule''s threshold when checked; null for rules without one'
    AFTER rule_set_code;
