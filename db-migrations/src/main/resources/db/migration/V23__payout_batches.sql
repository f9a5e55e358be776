-- Payout batches (settlement issue, part 4): a batch takes the approved claims of a settlement cycle and pays each
-- exactly once — one payout row per claim, unique on the claim, written with the claim's status in one
-- transaction per institution — withholding the quality deposit at the claim's rule-set rate. The bank details are
-- snapshotted on the row, so the payment file and statements read what was paid, not today's profile.
CREATE TABLE payout_batch (
  id              BIGINT        NOT NULL PRIMARY KEY,
  cycle           CHAR(7)       NOT NULL COMMENT 'yyyy-MM settlement cycle',
  status          VARCHAR(16)   NOT NULL COMMENT 'PREPARED, RUNNING, FAILED, COMPLETED',
  prepared_by     VARCHAR(64)   NOT NULL,
  prepared_at     DATETIME(3)   NOT NULL,
  completed_at    DATETIME(3)   NULL,
  claim_count     INT           NOT NULL,
  paid_count      INT           NOT NULL DEFAULT 0,
  payable         DECIMAL(16,2) NOT NULL COMMENT 'the claims'' fund share less review deductions',
  deposit         DECIMAL(16,2) NOT NULL DEFAULT 0 COMMENT 'quality deposit withheld so far',
  paid            DECIMAL(16,2) NOT NULL DEFAULT 0 COMMENT 'transferred so far',
  failure         VARCHAR(500)  NULL COMMENT 'why the last run stopped (resumable)',
  version         BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_payout_batch_cycle (cycle)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payout (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  batch_id            BIGINT        NOT NULL,
  claim_id            BIGINT        NOT NULL,
  institution_id      BIGINT        NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'PENDING, PAID',
  payable             DECIMAL(14,2) NOT NULL,
  deposit_rate        DECIMAL(6,4)  NULL,
  deposit             DECIMAL(14,2) NULL COMMENT 'round(payable × rate, 2, HALF_UP)',
  paid                DECIMAL(14,2) NULL COMMENT 'payable − deposit',
  bank_name           VARCHAR(100)  NULL,
  bank_account_name   VARCHAR(100)  NULL,
  bank_account_number VARCHAR(34)   NULL,
  reference           VARCHAR(40)   NOT NULL,
  paid_at             DATETIME(3)   NULL,
  CONSTRAINT uk_payout_claim UNIQUE (claim_id),
  CONSTRAINT fk_payout_batch FOREIGN KEY (batch_id) REFERENCES payout_batch (id),
  CONSTRAINT fk_payout_claim FOREIGN KEY (claim_id) REFERENCES care_claim (id),
  INDEX ix_payout_batch (batch_id, institution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE care_claim
  ADD COLUMN paid_at   DATETIME(3) NULL,
  ADD COLUMN payout_batch_id BIGINT NULL COMMENT 'the batch that paid it (status PAID)';
