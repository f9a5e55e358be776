-- Issue 27: a fund-impact simulation's lines whose fund share the draft changes, each with the arithmetic of both
-- sides (billable days, charge, limit, ratio, fund share), so that a reviewer sees why the total moved.
CREATE TABLE simulation_line (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  run_id                  BIGINT        NOT NULL,
  month                   CHAR(7)       NOT NULL,
  institution_id          BIGINT        NOT NULL,
  claim_line_id           BIGINT        NOT NULL COMMENT 'the real line, only read',
  insured_id              BIGINT        NOT NULL,
  care_type               VARCHAR(16)   NOT NULL,
  grade                   INT           NOT NULL,
  daily_charge            DECIMAL(10,2) NOT NULL,
  real_billable_days      INT           NOT NULL,
  real_daily_limit        DECIMAL(10,2) NOT NULL,
  real_fund_ratio         DECIMAL(6,4)  NOT NULL,
  real_fund               DECIMAL(14,2) NOT NULL,
  simulated_billable_days INT           NOT NULL,
  simulated_daily_limit   DECIMAL(10,2) NOT NULL,
  simulated_fund_ratio    DECIMAL(6,4)  NOT NULL,
  simulated_fund          DECIMAL(14,2) NOT NULL,
  INDEX ix_simulation_line_run (run_id, month, institution_id),
  CONSTRAINT fk_simulation_line_run FOREIGN KEY (run_id) REFERENCES simulation_run (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
