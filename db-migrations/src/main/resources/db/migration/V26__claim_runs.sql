-- City-wide claim generation (settlement issue, part 7): a run of the Jakarta Batch job "claim-generation" for a
-- month — every institution with someone in care generates (or generates again) its draft claim with the audit.
-- The job's own repository (JBeret's tables) keeps the checkpoints; this row is what the bureau's page shows.
CREATE TABLE claim_run (
  id            BIGINT      NOT NULL PRIMARY KEY,
  month         CHAR(7)     NOT NULL,
  execution_id  BIGINT      NULL COMMENT 'the latest Jakarta Batch execution (a restart makes a new one)',
  status        VARCHAR(16) NOT NULL COMMENT 'STARTED, COMPLETED, FAILED, STOPPED',
  total         INT         NOT NULL COMMENT 'institutions to generate for',
  done          INT         NOT NULL DEFAULT 0,
  skipped       INT         NOT NULL DEFAULT 0 COMMENT 'claims already submitted: left as they are',
  line_count    INT         NOT NULL DEFAULT 0,
  started_by    VARCHAR(64) NOT NULL,
  started_at    DATETIME(3) NOT NULL,
  ended_at      DATETIME(3) NULL,
  failure       VARCHAR(500) NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  INDEX ix_claim_run_month (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
