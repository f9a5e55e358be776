-- Monthly care-fee claims (settlement issue, part 1): an institution's claim for a month, one line per admission
-- with days in the month, every input of the computation snapshotted on the line, and the rejected days with
-- their reason codes (rules.md §5). Days of a line are kept as bit masks (bit d-1 = day d of the month).
CREATE TABLE care_claim (
  id             BIGINT        NOT NULL PRIMARY KEY,
  institution_id BIGINT        NOT NULL,
  month          CHAR(7)       NOT NULL COMMENT 'yyyy-MM, the month of care claimed',
  status         VARCHAR(16)   NOT NULL COMMENT 'DRAFT, SUBMITTED',
  rule_set_code  VARCHAR(32)   NOT NULL,
  line_count     INT           NOT NULL,
  claimed_days   INT           NOT NULL,
  billable_days  INT           NOT NULL,
  total_fee      DECIMAL(14,2) NOT NULL,
  fund_share     DECIMAL(14,2) NOT NULL,
  personal_share DECIMAL(14,2) NOT NULL,
  generated_by   VARCHAR(64)   NOT NULL,
  generated_at   DATETIME(3)   NOT NULL,
  submitted_by   VARCHAR(64)   NULL,
  submitted_at   DATETIME(3)   NULL,
  cycle          CHAR(7)       NULL COMMENT 'yyyy-MM: the settlement cycle a submitted claim is in (late ones: the next)',
  payout_due_on  DATE          NULL COMMENT 'submission + the rule set''s working days',
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_care_claim UNIQUE (institution_id, month),
  CONSTRAINT fk_care_claim_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  INDEX ix_care_claim_cycle (cycle, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE care_claim_line (
  id             BIGINT        NOT NULL PRIMARY KEY,
  claim_id       BIGINT        NOT NULL,
  admission_id   BIGINT        NOT NULL,
  insured_id     BIGINT        NOT NULL,
  care_type      VARCHAR(16)   NOT NULL,
  grade          INT           NOT NULL,
  hospital_level INT           NULL,
  conclusion_on  DATE          NOT NULL,
  fund_ratio     DECIMAL(6,4)  NOT NULL,
  daily_limit    DECIMAL(10,2) NOT NULL,
  daily_charge   DECIMAL(10,2) NOT NULL,
  claimed_days   INT           NOT NULL,
  billable_days  INT           NOT NULL,
  claimed_mask   INT           NOT NULL,
  billable_mask  INT           NOT NULL,
  total_fee      DECIMAL(12,2) NOT NULL,
  fund_share     DECIMAL(12,2) NOT NULL,
  personal_share DECIMAL(12,2) NOT NULL,
  rule_set_code  VARCHAR(32)   NOT NULL,
  CONSTRAINT uk_care_claim_line UNIQUE (claim_id, admission_id),
  CONSTRAINT fk_care_claim_line_claim FOREIGN KEY (claim_id) REFERENCES care_claim (id) ON DELETE CASCADE,
  CONSTRAINT fk_care_claim_line_admission FOREIGN KEY (admission_id) REFERENCES care_admission (id),
  INDEX ix_care_claim_line_insured (insured_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE care_claim_rejection (
  line_id BIGINT      NOT NULL,
  day     DATE        NOT NULL,
  reason  VARCHAR(24) NOT NULL COMMENT 'rules.md §5 code',
  PRIMARY KEY (line_id, day),
  CONSTRAINT fk_care_claim_rejection_line FOREIGN KEY (line_id) REFERENCES care_claim_line (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
