-- Fund-impact simulation (issue 9): a past period's approved and paid claim lines computed again under a draft
-- rule-set version, in these tables only — real claims are never touched.
CREATE TABLE simulation_run (
  id            BIGINT       NOT NULL PRIMARY KEY,
  region_code   CHAR(6)      NOT NULL,
  rule_set_id   BIGINT       NOT NULL,
  rule_set_code VARCHAR(32)  NOT NULL,
  from_month    CHAR(7)      NOT NULL,
  to_month      CHAR(7)      NOT NULL,
  status        VARCHAR(16)  NOT NULL COMMENT 'STARTED, COMPLETED, FAILED',
  total         INT          NOT NULL COMMENT 'months',
  done          INT          NOT NULL DEFAULT 0,
  failure       VARCHAR(500) NULL,
  started_by    VARCHAR(64)  NOT NULL,
  started_at    DATETIME(3)  NOT NULL,
  ended_at      DATETIME(3)  NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_simulation_run_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE simulation_result (
  id              BIGINT        NOT NULL PRIMARY KEY,
  run_id          BIGINT        NOT NULL,
  month           CHAR(7)       NOT NULL,
  institution_id  BIGINT        NOT NULL,
  care_type       VARCHAR(16)   NOT NULL,
  line_count      INT           NOT NULL,
  people          INT           NOT NULL COMMENT 'distinct people on the lines',
  people_affected INT           NOT NULL COMMENT 'people whose fund share changes',
  real_fund       DECIMAL(14,2) NOT NULL COMMENT 'the lines'' fund share as computed (before review deductions)',
  simulated_fund  DECIMAL(14,2) NOT NULL,
  CONSTRAINT uk_simulation_result UNIQUE (run_id, month, institution_id, care_type),
  CONSTRAINT fk_simulation_result_run FOREIGN KEY (run_id) REFERENCES simulation_run (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
