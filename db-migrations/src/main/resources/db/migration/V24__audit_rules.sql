-- Automatic audit (智能审核, settlement issue part 5): which rules of the catalogue each rule-set version applies,
-- with a rule's parameter where it has one (metres for "far from the usual check-in place"), and the findings of
-- a claim's audit with their evidence. Versions get the reference settings on installation; drafts copy theirs.
CREATE TABLE audit_rule_setting (
  id          BIGINT      NOT NULL PRIMARY KEY,
  rule_set_id BIGINT      NOT NULL,
  rule_code   VARCHAR(32) NOT NULL,
  enabled     BOOLEAN     NOT NULL,
  threshold   INT         NULL COMMENT 'the rule''s parameter, e.g. metres; NULL for rules without one',
  version     BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_audit_rule_setting UNIQUE (rule_set_id, rule_code),
  CONSTRAINT fk_audit_rule_setting_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE claim_finding (
  id         BIGINT       NOT NULL PRIMARY KEY,
  claim_id   BIGINT       NOT NULL,
  rule_code  VARCHAR(32)  NOT NULL,
  insured_id BIGINT       NULL,
  day        DATE         NULL,
  evidence   VARCHAR(500) NOT NULL COMMENT 'the message arguments of the rule''s evidence, separated by |',
  CONSTRAINT fk_claim_finding_claim FOREIGN KEY (claim_id) REFERENCES care_claim (id) ON DELETE CASCADE,
  INDEX ix_claim_finding_claim (claim_id, rule_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
